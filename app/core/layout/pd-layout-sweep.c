/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Counting crossings of straight lines with a sweep from left to right
 * after Bentley and Ottmann: O((n + k) log n) for n segments and k
 * crossings, or O((n + bound) log n) when counting stops past a bound.
 *
 * The sweep stops at each distinct x of an end (an event) and keeps the
 * segments over the sweep line in a list ordered by y, with a balanced
 * tree (a treap) over it to find where a new segment goes. Between two
 * events the segments there stay the same; only their order changes, one
 * crossing at a time. Two neighbours in the list that will change places
 * are filed under the first stage of the sweep where they have: the event
 * itself (they cross at its x) or the strip from it to the next event
 * (they cross within). Each stage swaps the neighbours filed under it,
 * one pair at a time, and files the new neighbours that each swap makes;
 * a swap always exchanges two segments whose order differs at the stage's
 * end, so a stage swaps each pair that crosses within it exactly once,
 * whatever the order the swaps come in: no crossing's x is ever worked
 * out or compared with another's.
 *
 * What counts: pairs whose insides cross at one point, each one's ends
 * strictly on either side of the other's line. Lines that only touch (an
 * end on the other line, a shared end) or run along one another do not
 * cross, nor do pairs that share an end step (@ends); several lines
 * through one point cross pairwise. A vertical segment crosses the lines
 * that pass strictly over its x, strictly between its ends.
 *
 * Exactness: coordinates are read as whole multiples of 2^-p (the least p
 * that fits them all, at most 24) below 2^25 of them in size, which the
 * designer's places (whole units, halves at centres, at most 1e6) always
 * are. Orientations then take at most 53 bits, exact in a double, which
 * is what the packed sweep and the pair-by-pair count rely on too; the
 * sweep also compares two lines' heights at a third x, three factors of
 * up to 27 bits, which takes 128-bit integers. Other coordinates are
 * left to the packed sweep (FALSE). */
#include <math.h>
#include <string.h>

#include "pd-layout-private.h"

#ifdef __SIZEOF_INT128__

/* Whole multiples of 2^-p up to this many are read exactly. */
#define EXACT_BELOW (1 << 25)
#define MOST_SHIFT  24
#define NONE        G_MAXUINT

/* A segment that is not vertical, left end first, in whole units of
 * 2^-p; @first and @last: the events at its ends. */
typedef struct {
  gint64 x0, y0, x1, y1;
  gsize  a, b;
  guint  first, last;
} Seg;

/* A vertical segment: at @x, from @lo to @hi down the page. */
typedef struct {
  gint64 x, lo, hi;
  gsize  a, b;
} Upright;

/* A place in the list and the tree; it holds a segment, which a swap
 * exchanges with its neighbour's. */
typedef struct {
  guint   left, right, parent;
  guint   prev, next;
  guint   seg;
  guint32 priority;
} Node;

/* The swap of segment @seg with the one after it, filed under @stage;
 * @prev, @next: the others filed there. One a segment at most. */
typedef struct {
  guint stage, prev, next;
} Filed;

typedef struct {
  Seg     *segs;
  gint64  *xs;
  guint    n_xs;
  Node    *nodes;
  guint   *node_of;
  Filed   *filed;
  guint   *stages;
  guint    root;
  /* Stage 2j: the crossings at event j, ending with the order just right
   * of it; stage 2j + 1: those between events j and j + 1, ending with
   * the order just left of the next. */
  guint    stage;
  guint64  count;
  guint64  bound;
} Sweep;

/* @s's height at @x times its width: below 2^52. */
static inline gint64
height_at (const Seg *s,
           gint64     x)
{
  return s->y0 * (s->x1 - x) + s->y1 * (x - s->x0);
}

/* Sign of @s's height at @x less @t's: multiplied out by both widths. */
static inline int
compare_at (const Seg *s,
            const Seg *t,
            gint64     x)
{
  __int128 l = (__int128) height_at (s, x) * (t->x1 - t->x0);
  __int128 r = (__int128) height_at (t, x) * (s->x1 - s->x0);

  return (l > r) - (l < r);
}

static inline int
compare_slopes (const Seg *s,
                const Seg *t)
{
  gint64 l = (s->y1 - s->y0) * (t->x1 - t->x0);
  gint64 r = (t->y1 - t->y0) * (s->x1 - s->x0);

  return (l > r) - (l < r);
}

/* Whether segment @s comes before @t in the order @stage ends with: by
 * height there, then by slope (just right of an event the lower slope is
 * higher up the list's order; just left of one, the other way), then by
 * index, which keeps lines along one another in one order throughout. */
static int
order (const Sweep *w,
       guint        s,
       guint        t,
       guint        stage)
{
  const Seg *a = &w->segs[s], *b = &w->segs[t];
  int c = compare_at (a, b, w->xs[(stage + 1) / 2]);

  if (c == 0)
    c = (stage & 1) ? -compare_slopes (a, b) : compare_slopes (a, b);
  if (c == 0)
    c = (s > t) - (s < t);
  return c;
}

static inline gboolean
share_end (gsize a0,
           gsize b0,
           gsize a1,
           gsize b1)
{
  return a0 == a1 || a0 == b1 || b0 == a1 || b0 == b1;
}

static void
unfile (Sweep *w,
        guint  seg)
{
  Filed *f = &w->filed[seg];

  if (f->stage == NONE)
    return;
  if (f->prev != NONE)
    w->filed[f->prev].next = f->next;
  else
    w->stages[f->stage] = f->next;
  if (f->next != NONE)
    w->filed[f->next].prev = f->prev;
  f->stage = NONE;
}

/* The stage in [@lo, @hi] where lines @a and @b roughly cross, in
 * doubles: the event at that x, or the strip after the last event
 * before it. */
static guint
guess_stage (const Sweep *w,
             const Seg   *a,
             const Seg   *b,
             guint        lo,
             guint        hi)
{
  double ax = a->x1 - a->x0, ay = a->y1 - a->y0, bx = b->x1 - b->x0, by = b->y1 - b->y0;
  double across = ax * by - ay * bx, x;
  guint first = lo / 2, last = (hi + 1) / 2, stage;

  if (across == 0)
    return lo;
  x = a->x0 + ax * (((double) (b->x0 - a->x0) * by - (double) (b->y0 - a->y0) * bx) / across);
  /* The last event at or before x. */
  while (first < last)
    {
      guint mid = last - (last - first) / 2;

      if ((double) w->xs[mid] <= x)
        first = mid;
      else
        last = mid - 1;
    }
  stage = (double) w->xs[first] == x ? 2 * first : 2 * first + 1;
  return CLAMP (stage, lo, hi);
}

/* Segment @u has a new neighbour after it (or none): files their swap
 * under the first stage from now whose order has them the other way, if
 * one comes before either ends. The orders the stages end with are those
 * at points further and further right, and two lines change places once
 * at most, so a binary search over the stages finds it. */
static void
file_after (Sweep *w,
            guint  u)
{
  guint next = w->nodes[w->node_of[u]].next, v, lo, hi, guess;

  unfile (w, u);
  if (next == NONE)
    return;
  v = w->nodes[next].seg;
  /* The strip that ends where the first of the two does. */
  hi = 2 * MIN (w->segs[u].last, w->segs[v].last) - 1;
  lo = w->stage;
  if (lo > hi || order (w, v, u, hi) >= 0)
    return;
  /* Where the crossing is worked out roughly is almost always the stage
   * or next to it: checked there exactly, the search narrows to it. */
  guess = guess_stage (w, &w->segs[u], &w->segs[v], lo, hi);
  if (order (w, v, u, guess) < 0)
    {
      hi = guess;
      if (guess > lo && order (w, v, u, guess - 1) >= 0)
        lo = guess;
    }
  else
    {
      lo = guess + 1;
      if (lo < hi && order (w, v, u, lo) < 0)
        hi = lo;
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (order (w, v, u, mid) < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  w->filed[u] = (Filed) { lo, NONE, w->stages[lo] };
  if (w->stages[lo] != NONE)
    w->filed[w->stages[lo]].prev = u;
  w->stages[lo] = u;
}

/* Node @x up over its parent. */
static void
rotate_up (Sweep *w,
           guint  x)
{
  Node *n = w->nodes;
  guint p = n[x].parent, g = n[p].parent;

  if (n[p].left == x)
    {
      n[p].left = n[x].right;
      if (n[x].right != NONE)
        n[n[x].right].parent = p;
      n[x].right = p;
    }
  else
    {
      n[p].right = n[x].left;
      if (n[x].left != NONE)
        n[n[x].left].parent = p;
      n[x].left = p;
    }
  n[p].parent = x;
  n[x].parent = g;
  if (g == NONE)
    w->root = x;
  else if (n[g].left == p)
    n[g].left = x;
  else
    n[g].right = x;
}

/* Segment @s, which starts at the event now, into the list where the
 * order just right of the event has it; its node is its own index. */
static void
insert (Sweep *w,
        guint  s)
{
  Node *n = w->nodes;
  guint at = w->root, parent = NONE, prev = NONE, next = NONE;
  gboolean left = FALSE;

  while (at != NONE)
    {
      parent = at;
      left = order (w, s, n[at].seg, w->stage - 1) < 0;
      if (left)
        {
          next = at;
          at = n[at].left;
        }
      else
        {
          prev = at;
          at = n[at].right;
        }
    }
  /* A hash of the index: a balanced tree the same way on every run. */
  n[s] = (Node) { NONE, NONE, parent, prev, next, s, (s + 1) * 2654435761u };
  n[s].priority ^= n[s].priority >> 15;
  w->node_of[s] = s;
  if (parent == NONE)
    w->root = s;
  else if (left)
    n[parent].left = s;
  else
    n[parent].right = s;
  if (prev != NONE)
    n[prev].next = s;
  if (next != NONE)
    n[next].prev = s;
  while (n[s].parent != NONE && n[n[s].parent].priority < n[s].priority)
    rotate_up (w, s);
  if (prev != NONE)
    file_after (w, n[prev].seg);
  file_after (w, s);
}

static void
remove_seg (Sweep *w,
            guint  s)
{
  Node *n = w->nodes;
  guint x = w->node_of[s], prev = n[x].prev, next = n[x].next, p;

  unfile (w, s);
  while (n[x].left != NONE || n[x].right != NONE)
    {
      guint l = n[x].left, r = n[x].right;

      rotate_up (w, r == NONE || (l != NONE && n[l].priority > n[r].priority) ? l : r);
    }
  p = n[x].parent;
  if (p == NONE)
    w->root = NONE;
  else if (n[p].left == x)
    n[p].left = NONE;
  else
    n[p].right = NONE;
  if (prev != NONE)
    n[prev].next = next;
  if (next != NONE)
    n[next].prev = prev;
  w->node_of[s] = NONE;
  if (prev != NONE)
    file_after (w, n[prev].seg);
}

/* The crossings of vertical @v with the lines over its x, which the list
 * holds by their height there: from the first strictly below its top to
 * the last strictly above its bottom. */
static void
cross_upright (Sweep         *w,
               const Upright *v)
{
  Node *n = w->nodes;
  guint at = w->root, first = NONE;
  gint64 x = v->x;

  while (at != NONE)
    {
      const Seg *s = &w->segs[n[at].seg];

      if (height_at (s, x) > v->lo * (s->x1 - s->x0))
        {
          first = at;
          at = n[at].left;
        }
      else
        at = n[at].right;
    }
  for (at = first; at != NONE && w->count <= w->bound; at = n[at].next)
    {
      const Seg *s = &w->segs[n[at].seg];

      if (height_at (s, x) >= v->hi * (s->x1 - s->x0))
        break;
      w->count += !share_end (s->a, s->b, v->a, v->b);
    }
}

/* The swaps filed under the stage now, each a crossing. */
static void
swap_filed (Sweep *w)
{
  Node *n = w->nodes;

  while (w->stages[w->stage] != NONE && w->count <= w->bound)
    {
      guint u = w->stages[w->stage], x = w->node_of[u], y = n[x].next, v = n[y].seg;

      unfile (w, u);
      n[x].seg = v;
      n[y].seg = u;
      w->node_of[v] = x;
      w->node_of[u] = y;
      w->count += !share_end (w->segs[u].a, w->segs[u].b, w->segs[v].a, w->segs[v].b);
      /* Two lines cross once: the pair swapped is never filed again. */
      if (n[x].prev != NONE)
        file_after (w, n[n[x].prev].seg);
      unfile (w, v);
      file_after (w, u);
    }
}

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  gint64 s = *(const gint64 *) a, t = *(const gint64 *) b;

  return (s > t) - (s < t);
}

static guint
event_of (const Sweep *w,
          gint64       x)
{
  guint lo = 0, hi = w->n_xs - 1;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (w->xs[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The least p for which every coordinate is a whole multiple of 2^-p
 * below EXACT_BELOW of them, if there is one. */
static gboolean
exact_shift (const double *segments,
             guint         n,
             int          *shift)
{
  double most = 0;
  int p = 0;

  for (gsize i = 0; i < 4 * (gsize) n; i++)
    {
      double c = segments[i];

      if (!isfinite (c))
        return FALSE;
      while (ldexp (c, p) != floor (ldexp (c, p)))
        if (++p > MOST_SHIFT)
          return FALSE;
      most = MAX (most, fabs (c));
    }
  *shift = p;
  return ldexp (most, p) < EXACT_BELOW;
}

/* Lists of indices by event (@of), in index order: @first[e] to
 * @first[e + 1] in @items. */
static void
group_by_event (const guint *of,
                guint        n,
                guint        n_xs,
                guint       *first,
                guint       *items)
{
  memset (first, 0, (n_xs + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    first[of[i] + 1]++;
  for (guint e = 0; e < n_xs; e++)
    first[e + 1] += first[e];
  for (guint i = 0; i < n; i++)
    items[first[of[i]]++] = i;
  for (guint e = n_xs; e > 0; e--)
    first[e] = first[e - 1];
  first[0] = 0;
}

gboolean
pd_layout_sweep_crossings (const double *segments,
                           const gsize  *ends,
                           guint         n,
                           guint         bound,
                           guint        *crossings)
{
  Sweep w;
  g_autofree Seg *segs = g_new (Seg, MAX (n, 1));
  g_autofree Upright *uprights = g_new (Upright, MAX (n, 1));
  g_autofree gint64 *xs = g_new (gint64, 2 * MAX (n, 1));
  g_autofree guint *of = NULL, *starts = NULL, *starting = NULL, *stops = NULL;
  g_autofree guint *stopping = NULL, *at_upright = NULL, *uprights_at = NULL;
  g_autofree Node *nodes = NULL;
  g_autofree guint *node_of = NULL, *stages = NULL;
  g_autofree Filed *filed = NULL;
  guint n_segs = 0, n_uprights = 0, n_xs = 0;
  int shift;

  if (!exact_shift (segments, n, &shift))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const double *s = segments + 4 * i;
      gint64 x0 = (gint64) ldexp (s[0], shift), y0 = (gint64) ldexp (s[1], shift);
      gint64 x1 = (gint64) ldexp (s[2], shift), y1 = (gint64) ldexp (s[3], shift);

      if (x0 == x1)
        {
          /* A point crosses nothing. */
          if (y0 != y1)
            {
              uprights[n_uprights++] = (Upright) { x0, MIN (y0, y1), MAX (y0, y1),
                                                   ends[2 * i], ends[2 * i + 1] };
              xs[n_xs++] = x0;
            }
          continue;
        }
      if (x0 > x1)
        segs[n_segs] = (Seg) { x1, y1, x0, y0, ends[2 * i + 1], ends[2 * i], 0, 0 };
      else
        segs[n_segs] = (Seg) { x0, y0, x1, y1, ends[2 * i], ends[2 * i + 1], 0, 0 };
      xs[n_xs++] = segs[n_segs].x0;
      xs[n_xs++] = segs[n_segs].x1;
      n_segs++;
    }
  /* The events: each distinct x once, left to right. */
  qsort (xs, n_xs, sizeof (gint64), by_value);
  {
    guint k = 0;

    for (guint i = 0; i < n_xs; i++)
      if (k == 0 || xs[k - 1] != xs[i])
        xs[k++] = xs[i];
    n_xs = k;
  }
  w = (Sweep) { segs, xs, n_xs, .root = NONE, .bound = bound };
  *crossings = 0;
  if (n_xs == 0)
    return TRUE;

  of = g_new (guint, MAX (n_segs, n_uprights) + 1);
  starts = g_new (guint, n_xs + 1);
  starting = g_new (guint, n_segs + 1);
  stops = g_new (guint, n_xs + 1);
  stopping = g_new (guint, n_segs + 1);
  at_upright = g_new (guint, n_xs + 1);
  uprights_at = g_new (guint, n_uprights + 1);
  for (guint i = 0; i < n_segs; i++)
    {
      segs[i].first = event_of (&w, segs[i].x0);
      segs[i].last = event_of (&w, segs[i].x1);
      of[i] = segs[i].first;
    }
  group_by_event (of, n_segs, n_xs, starts, starting);
  for (guint i = 0; i < n_segs; i++)
    of[i] = segs[i].last;
  group_by_event (of, n_segs, n_xs, stops, stopping);
  for (guint i = 0; i < n_uprights; i++)
    of[i] = event_of (&w, uprights[i].x);
  group_by_event (of, n_uprights, n_xs, at_upright, uprights_at);

  nodes = g_new (Node, MAX (n_segs, 1));
  node_of = g_new (guint, MAX (n_segs, 1));
  filed = g_new (Filed, MAX (n_segs, 1));
  stages = g_new (guint, 2 * n_xs);
  /* NONE in every byte. */
  memset (node_of, 0xff, MAX (n_segs, 1) * sizeof (guint));
  memset (filed, 0xff, MAX (n_segs, 1) * sizeof (Filed));
  memset (stages, 0xff, 2 * n_xs * sizeof (guint));
  w.nodes = nodes;
  w.node_of = node_of;
  w.filed = filed;
  w.stages = stages;

  for (guint e = 0; e < n_xs && w.count <= w.bound; e++)
    {
      /* At the event: the lines that end there leave (they touch what
       * they end on, and cross nothing there); verticals cross the lines
       * through it; lines through one point change places; lines that
       * start there come in. */
      w.stage = 2 * e;
      for (guint k = stops[e]; k < stops[e + 1]; k++)
        remove_seg (&w, stopping[k]);
      for (guint k = at_upright[e]; k < at_upright[e + 1] && w.count <= w.bound; k++)
        cross_upright (&w, &uprights[uprights_at[k]]);
      swap_filed (&w);
      w.stage = 2 * e + 1;
      for (guint k = starts[e]; k < starts[e + 1]; k++)
        insert (&w, starting[k]);
      /* Then on to the next event. */
      if (e + 1 < n_xs)
        swap_filed (&w);
    }
  *crossings = (guint) MIN (MIN (w.count, w.bound + 1), G_MAXUINT);
  return TRUE;
}

#else /* no 128-bit integers */

gboolean
pd_layout_sweep_crossings (const double *segments,
                           const gsize  *ends,
                           guint         n,
                           guint         bound,
                           guint        *crossings)
{
  return FALSE;
}

#endif
