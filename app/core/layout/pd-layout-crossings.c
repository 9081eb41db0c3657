/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Counting crossings of straight lines: what the layout lowers and what
 * pathway layout reports. */
#include <string.h>

#include "pd-edge.h"
#include "pd-layout-private.h"

/* A segment as the sweep meets it: left end first, its span down the
 * page, and the steps at its ends; packed so that the inner loop reads
 * memory in order. */
typedef struct {
  double x0, x1, top, bottom;
  gsize  a, b;
  guint  index;
} Swept;

static gboolean
segments_cross (const double *a,
                const double *b)
{
  double d1 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
  double d2 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);
  double d3 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
  double d4 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/* The packed sweep runs alone for this many pairs a segment: a laid-out
 * drawing's count is done by then. */
#define PACKED_FIRST 128
/* Segments whose pairs are sampled to estimate the rest's cost. */
#define SAMPLE 256
/* Rough costs, in nanoseconds as measured on generated pathways laid out
 * and scrambled and on long lines (bench-crossings): the packed sweep's
 * for each pair in reach, and more where their boxes meet; the
 * Bentley-Ottmann sweep's for each segment and level of its tree (as
 * deep as the log of the pairs in reach a segment, which is about how
 * many lines are over an x), and for each crossing. Only which is less
 * matters. */
#define PACKED_PAIR    2
#define PACKED_MEET    12
#define SWEEP_LEVEL    65
#define SWEEP_CROSSING 60

static int
by_left_end (gconstpointer a,
             gconstpointer b)
{
  const Swept *s = a, *t = b;

  if (s->x0 != t->x0)
    return s->x0 < t->x0 ? -1 : 1;
  return (s->index > t->index) - (s->index < t->index);
}

/* The segments packed and sorted by left end. */
static Swept *
pack (const double *segments,
      const gsize  *ends,
      guint         n)
{
  Swept *swept = g_new (Swept, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const double *s = segments + 4 * i;
      Swept *w = &swept[i];

      w->x0 = MIN (s[0], s[2]);
      w->x1 = MAX (s[0], s[2]);
      w->top = MIN (s[1], s[3]);
      w->bottom = MAX (s[1], s[3]);
      w->a = ends[2 * i];
      w->b = ends[2 * i + 1];
      w->index = i;
    }
  qsort (swept, n, sizeof (Swept), by_left_end);
  return swept;
}

/* Where the packed sweep is: the next segment, the crossings so far and
 * the pairs compared. */
typedef struct {
  guint   p;
  guint   crossings;
  guint64 pairs;
} Packed;

/* A sweep from left to right: only segments whose spans across x meet are
 * compared. Counting stops once past @bound, which is all a comparison
 * with another count needs: the answer is exact up to @bound, and more
 * than @bound means more. It also stops between segments past @budget
 * pairs compared, to go on later (FALSE); TRUE when done. */
static gboolean
packed_crossings (const double *segments,
                  const Swept  *swept,
                  guint         n,
                  guint         bound,
                  Packed       *at,
                  guint64       budget)
{
  guint crossings = at->crossings;

  for (; at->p < n && crossings <= bound; at->p++)
    {
      const Swept *s = &swept[at->p];
      double right = s->x1, top = s->top, bottom = s->bottom;
      guint q;

      if (at->pairs > budget)
        break;
      for (q = at->p + 1; q < n; q++)
        {
          const Swept *t = &swept[q];

          if (t->x0 >= right)
            break;
          if (t->bottom < top || t->top > bottom)
            continue;
          /* Segments that share a step meet there; that is no crossing. */
          if (s->a == t->a || s->a == t->b || s->b == t->a || s->b == t->b)
            continue;
          if (segments_cross (segments + 4 * s->index, segments + 4 * t->index)
              && ++crossings > bound)
            break;
        }
      at->pairs += q - at->p - 1;
    }
  at->crossings = crossings;
  return at->p >= n || crossings > bound;
}

/* Whether the Bentley-Ottmann sweep would take less time than the rest
 * of the packed sweep, from @at: estimated from SAMPLE of the segments
 * left, evenly apart, each with its pairs in reach (a binary search) and
 * one of them, the same every time, tried. */
static gboolean
sweep_is_quicker (const double *segments,
                  const Swept  *swept,
                  guint         n,
                  guint         bound,
                  const Packed *at)
{
  guint left = n - at->p, tried = MIN (left, SAMPLE);
  double pairs = 0, meet = 0, cross = 0, scale, packed, sweep;
  guint levels;

  for (guint i = 0; i < tried; i++)
    {
      guint p = at->p + (guint) ((2 * (guint64) i + 1) * left / (2 * tried));
      guint lo = p + 1, hi = n;
      const Swept *s = &swept[p], *t;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (swept[mid].x0 >= s->x1)
            hi = mid;
          else
            lo = mid + 1;
        }
      if (lo == p + 1)
        continue;
      pairs += lo - p - 1;
      t = &swept[p + 1 + (p * 2654435761u) % (lo - p - 1)];
      if (t->bottom < s->top || t->top > s->bottom)
        continue;
      meet += lo - p - 1;
      if (s->a == t->a || s->a == t->b || s->b == t->a || s->b == t->b)
        continue;
      cross += (lo - p - 1) * segments_cross (segments + 4 * s->index, segments + 4 * t->index);
    }
  scale = (double) left / tried;
  pairs *= scale;
  meet *= scale;
  cross *= scale;
  /* The packed sweep stops once past @bound: as far into its pairs as the
   * crossings it needs are into all of them. */
  packed = PACKED_PAIR * pairs + PACKED_MEET * meet;
  if (cross > (double) bound + 1 - at->crossings)
    packed *= ((double) bound + 1 - at->crossings) / cross;
  levels = g_bit_storage ((guint) MIN ((at->pairs + pairs) / n + 2, G_MAXUINT));
  sweep = SWEEP_LEVEL * (double) n * levels
          + SWEEP_CROSSING * MIN (at->crossings + cross, (double) bound + 1);
  return sweep < packed;
}

guint
pd_layout_packed_crossings_within (const double *segments,
                                   const gsize  *ends,
                                   guint         n,
                                   guint         bound)
{
  g_autofree Swept *swept = pack (segments, ends, n);
  Packed at = { 0, 0, 0 };

  packed_crossings (segments, swept, n, bound, &at, G_MAXUINT64);
  return at.crossings;
}

/* The packed sweep first: on a laid-out drawing (short lines, few over
 * any x) it is done within a few pairs a segment. If not, the rest of it
 * is estimated and the Bentley-Ottmann sweep counts instead where it
 * would take less time: where long lines cross few others. Where lines
 * cross often the packed sweep goes on (its tight loop beats the tree
 * there). Chosen by counts, so a drawing always takes the same path;
 * both count exactly. */
guint
pd_layout_segment_crossings_within (const double *segments,
                                    const gsize  *ends,
                                    guint         n,
                                    guint         bound)
{
  g_autofree Swept *swept = pack (segments, ends, n);
  Packed at = { 0, 0, 0 };
  guint crossings;

  if (packed_crossings (segments, swept, n, bound, &at, PACKED_FIRST * (guint64) n))
    return at.crossings;
  if (sweep_is_quicker (segments, swept, n, bound, &at)
      && pd_layout_sweep_crossings (segments, ends, n, bound, &crossings))
    return crossings;
  packed_crossings (segments, swept, n, bound, &at, G_MAXUINT64);
  return at.crossings;
}

guint
pd_layout_segment_crossings (const double *segments,
                             const gsize  *ends,
                             guint         n)
{
  return pd_layout_segment_crossings_within (segments, ends, n, G_MAXUINT);
}

struct _PdLayoutDrawing {
  GPtrArray *steps;   /* PdNode, in the document's order */
  GArray    *ends;    /* of Link: each transition between two of them */
};

PdLayoutDrawing *
pd_layout_drawing_new (PdDocument *document)
{
  GListModel *nodes = pd_document_get_nodes (document);
  GListModel *edges = pd_document_get_edges (document);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  PdLayoutDrawing *drawing = g_new0 (PdLayoutDrawing, 1);

  drawing->steps = g_ptr_array_new_with_free_func (g_object_unref);
  drawing->ends = g_array_new (FALSE, FALSE, sizeof (Link));
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      PdNode *node = g_list_model_get_item (nodes, i);

      g_ptr_array_add (drawing->steps, node);
      g_hash_table_insert (index, (gpointer) pd_node_get_id (node), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_edge_get_from_id (edge)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_edge_get_to_id (edge)));
      Link link = { from - 1, to - 1 };

      if (from != 0 && to != 0 && from != to)
        g_array_append_val (drawing->ends, link);
    }
  return drawing;
}

void
pd_layout_drawing_free (PdLayoutDrawing *drawing)
{
  g_ptr_array_unref (drawing->steps);
  g_array_unref (drawing->ends);
  g_free (drawing);
}

guint
pd_layout_drawing_crossings (PdLayoutDrawing *drawing,
                             GArray          *places,
                             guint            bound)
{
  guint n = drawing->steps->len, m = drawing->ends->len;
  g_autofree double *centres = g_new (double, 2 * MAX (n, 1));
  g_autofree double *segments = g_new (double, 4 * MAX (m, 1));
  g_autofree gsize *ends = g_new (gsize, 2 * MAX (m, 1));
  g_autoptr(GHashTable) at = NULL;
  gboolean in_order = places && places->len == n;

  /* A layout's places are the steps' in their order; others are looked
   * up, and steps not among them stay where they stand. */
  for (guint i = 0; in_order && i < n; i++)
    in_order = g_array_index (places, PdLayoutPlace, i).id
               == pd_node_get_id (g_ptr_array_index (drawing->steps, i));
  if (places && !in_order)
    {
      at = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < places->len; i++)
        {
          PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
          g_hash_table_insert (at, (gpointer) place->id, place);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      PdNode *node = g_ptr_array_index (drawing->steps, i);
      PdLayoutPlace *place = in_order ? &g_array_index (places, PdLayoutPlace, i)
                             : at ? g_hash_table_lookup (at, pd_node_get_id (node)) : NULL;

      centres[2 * i] = (place ? place->x : pd_node_get_x (node)) + pd_node_get_width (node) / 2;
      centres[2 * i + 1] = (place ? place->y : pd_node_get_y (node))
                           + pd_node_get_height (node) / 2;
    }
  for (guint i = 0; i < m; i++)
    {
      const Link *link = &g_array_index (drawing->ends, Link, i);

      segments[4 * i] = centres[2 * link->from];
      segments[4 * i + 1] = centres[2 * link->from + 1];
      segments[4 * i + 2] = centres[2 * link->to];
      segments[4 * i + 3] = centres[2 * link->to + 1];
      ends[2 * i] = GPOINTER_TO_SIZE (g_ptr_array_index (drawing->steps, link->from));
      ends[2 * i + 1] = GPOINTER_TO_SIZE (g_ptr_array_index (drawing->steps, link->to));
    }
  return pd_layout_segment_crossings_within (segments, ends, m, bound);
}

guint
pd_layout_count_crossings_at (PdDocument *document,
                              GArray     *places,
                              guint       bound)
{
  g_autoptr(PdLayoutDrawing) drawing = pd_layout_drawing_new (document);

  return pd_layout_drawing_crossings (drawing, places, bound);
}

guint
pd_layout_count_crossings_within (PdDocument *document,
                                  guint       bound)
{
  return pd_layout_count_crossings_at (document, NULL, bound);
}

guint
pd_layout_count_crossings (PdDocument *document)
{
  return pd_layout_count_crossings_within (document, G_MAXUINT);
}

/* A link over the gap between two neighbouring ranks: where it is across
 * the flow at the gap's start and at its end. */
typedef struct {
  double start, end;
} Span;

static inline gboolean
before_span (const Span *s,
             const Span *t)
{
  return s->start < t->start || (s->start == t->start && s->end < t->end);
}

/* @spans[0..n) by start, then end: a merge sort with the comparison in
 * line, which a gap's thousands of spans, sorted every time an order is
 * tried, make worth having over qsort(). */
static void
sort_spans (Span  *spans,
            Span  *scratch,
            guint  n)
{
  guint half = n / 2, i = 0, j = half, k = 0;

  if (n < 16)
    {
      for (guint a = 1; a < n; a++)
        {
          Span held = spans[a];
          guint b = a;

          for (; b > 0 && before_span (&held, &spans[b - 1]); b--)
            spans[b] = spans[b - 1];
          spans[b] = held;
        }
      return;
    }
  sort_spans (spans, scratch, half);
  sort_spans (spans + half, scratch, n - half);
  while (i < half && j < n)
    scratch[k++] = before_span (&spans[j], &spans[i]) ? spans[j++] : spans[i++];
  while (i < half)
    scratch[k++] = spans[i++];
  while (j < n)
    scratch[k++] = spans[j++];
  memcpy (spans, scratch, n * sizeof (Span));
}

/* Pairs out of order in @spans[0..n) by their ends (sorted on the way),
 * by merge sort: O(n log n). */
static guint64
inversions (Span  *spans,
            Span  *scratch,
            guint  n)
{
  guint64 count = 0;
  guint half = n / 2, i = 0, j = half, k = 0;

  if (n < 2)
    return 0;
  count += inversions (spans, scratch, half);
  count += inversions (spans + half, scratch, n - half);
  while (i < half && j < n)
    {
      if (spans[j].end < spans[i].end)
        {
          /* Ahead of every one left in the first half, which it crosses. */
          count += half - i;
          scratch[k++] = spans[j++];
        }
      else
        scratch[k++] = spans[i++];
    }
  while (i < half)
    scratch[k++] = spans[i++];
  while (j < n)
    scratch[k++] = spans[j++];
  memcpy (spans, scratch, n * sizeof (Span));
  return count;
}

guint
pd_layout_layered_crossings (Graph        *g,
                             const double *across)
{
  guint n_gaps = g->n_ranks > 1 ? g->n_ranks - 1 : 0;
  g_autofree guint *first = g_new0 (guint, n_gaps + 1);
  g_autofree Span *spans = NULL;
  g_autofree Span *scratch = NULL;
  g_autofree guint *filled = NULL;
  guint64 crossings = 0;
  guint total;

  /* Each gap's spans together: counted first, then placed. */
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      for (guint r = g->rank[l->from]; r < g->rank[l->to]; r++)
        first[r + 1]++;
    }
  for (guint r = 0; r < n_gaps; r++)
    first[r + 1] += first[r];
  total = first[n_gaps];
  spans = g_new (Span, MAX (total, 1));
  scratch = g_new (Span, MAX (total, 1));
  filled = g_memdup2 (first, (n_gaps + 1) * sizeof (guint));
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);
      guint r0 = g->rank[l->from], r1 = g->rank[l->to];
      double a = across[l->from], b = across[l->to];

      /* Straight from rank to rank: where it is at each rank between,
       * and exactly at its ends, which links sharing a step meet at. */
      for (guint r = r0; r < r1; r++)
        spans[filled[r]++] = (Span) {
          r == r0 ? a : a + (b - a) * (r - r0) / (r1 - r0),
          r + 1 == r1 ? b : a + (b - a) * (r + 1 - r0) / (r1 - r0) };
    }
  for (guint r = 0; r < n_gaps; r++)
    {
      guint n = first[r + 1] - first[r];

      sort_spans (spans + first[r], scratch, n);
      crossings += inversions (spans + first[r], scratch, n);
    }
  return (guint) MIN (crossings, G_MAXUINT);
}
