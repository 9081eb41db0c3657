/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ranks by network simplex (Gansner, Koutsofios, North and Vo, "A
 * technique for drawing directed graphs", 1993, section 2): the links'
 * total length, each at least one rank, made as short as can be. Every
 * rank a link passes is a virtual step to order, and each of those can
 * cross other links: short links cross less.
 *
 * A spanning tree of tight links (one rank long) is grown from a feasible
 * ranking; then, while a tree link has a negative cut value (the ranks
 * each side of it pulled apart would shorten the links in all), it
 * leaves the tree and the link across the same cut with least slack
 * enters it. Cut values are kept up to date along the tree's path
 * between the entering link's ends, and the tree's nodes are numbered in
 * postorder (low, lim) so that "in this subtree" is two comparisons. */
#include <string.h>

#include "pd-layout-rank.h"

/* Tree links with a negative cut value looked at before the most
 * negative of them leaves the tree, as dot does. */
#define SEARCH_SIZE 30
/* The work allowed: this much for each node and link, and this much
 * more, so that a pathway of a thousand steps or so is ranked best. */
#define WORK_PER_ELEMENT 16
#define WORK_LEAST (1 << 18)

static inline gboolean
below (Simplex *s,
       guint    v,
       guint    w)
{
  return s->low[v] <= s->lim[w] && s->lim[w] <= s->lim[v];
}

static void
tree_remove_at (Simplex *s,
                guint    v,
                guint    e)
{
  guint *list = s->tree + s->tree_start[v];

  for (guint k = 0; k < s->tree_count[v]; k++)
    if (list[k] == e)
      {
        /* Moved down rather than swapped: the order stays the order of
         * entering, whatever was removed. */
        memmove (list + k, list + k + 1, (s->tree_count[v] - k - 1) * sizeof (guint));
        s->tree_count[v]--;
        return;
      }
}

/* The subtree of @root (reached from its parent by @par) numbered in
 * postorder from @low: each node's lim its number, its low the least
 * number below it. A subtree below @root reached by the same link and
 * starting at the same number as before is as it was, and is skipped
 * (a changed one has had its low cleared, as dot does). */
static void
number_subtree (Simplex *s,
                guint    root,
                guint    par,
                guint    low,
                guint   *stack,
                guint   *next)
{
  guint depth = 0, count = low;

  s->par[root] = par;
  s->low[root] = count;
  next[root] = 0;
  stack[depth++] = root;
  while (depth)
    {
      guint v = stack[depth - 1];

      if (next[v] < s->tree_count[v])
        {
          guint e = s->tree[s->tree_start[v] + next[v]++];
          guint w = other_end (s, e, v);

          if (e == s->par[v])
            continue;
          if (s->par[w] == e && s->low[w] == count)
            {
              count = s->lim[w] + 1;
              continue;
            }
          s->par[w] = e;
          s->low[w] = count;
          next[w] = 0;
          stack[depth++] = w;
          continue;
        }
      s->lim[v] = count;
      s->by_lim[count++] = v;
      s->work++;
      depth--;
    }
}

/* The part of the cut value of @v's link to its parent (@dir 1 when @v
 * is its tail) that link @e of @v gives, as dot's x_val. */
static gint
cut_part (Simplex *s,
          guint    e,
          guint    v,
          gint     dir)
{
  guint w = other_end (s, e, v);
  gint value, d;
  gboolean across = !below (s, v, w);

  if (across)
    value = 1;
  else
    value = (s->slot[e] >= 0 ? s->cut[e] : 0) - 1;
  if (dir > 0)
    d = s->links[e].to == v ? 1 : -1;
  else
    d = s->links[e].from == v ? 1 : -1;
  if (across)
    d = -d;
  return d < 0 ? -value : value;
}

/* The cut value of @v's link to its parent, those of the tree links
 * below @v known. */
static void
cut_value (Simplex *s,
           guint    v)
{
  guint f = s->par[v];
  gint dir = s->links[f].from == v ? 1 : -1, sum = 0;

  for (guint k = s->out_start[v]; k < s->out_start[v + 1]; k++)
    sum += cut_part (s, s->out[k], v, dir);
  for (guint k = s->in_start[v]; k < s->in_start[v + 1]; k++)
    sum += cut_part (s, s->in[k], v, dir);
  s->cut[f] = sum;
}

/* A tree link with a negative cut value: of the first SEARCH_SIZE found,
 * going on round from where the last search stopped, the most negative;
 * G_MAXUINT when there is none. */
static guint
leaving_link (Simplex *s)
{
  guint best = G_MAXUINT, found = 0;

  for (guint k = 0; k < s->n_tree; k++)
    {
      guint i = (s->search_from + k) % s->n_tree;
      guint e = s->tree_links[i];

      s->work++;
      if (s->cut[e] >= 0)
        continue;
      if (best == G_MAXUINT || s->cut[e] < s->cut[best])
        best = e;
      if (++found >= SEARCH_SIZE)
        {
          s->search_from = i;
          return best;
        }
    }
  return best;
}

/* The link with least slack (the first such) that crosses the cut tree
 * link @e makes, the way @e goes: out of the subtree below @e when its
 * head is there, into it when its tail is. The nodes of the subtree are
 * numbered [low, lim], those of the rest of its part the other numbers
 * of the part: the smaller side is searched. */
static guint
entering_link (Simplex *s,
               guint    e)
{
  guint from = s->links[e].from, to = s->links[e].to;
  guint v = s->lim[from] < s->lim[to] ? from : to;
  gboolean out_of_subtree = v == to;
  guint low = s->low[v], lim = s->lim[v];
  guint part_low = s->component[v], part_lim = s->component_lim[v];
  guint best = G_MAXUINT;
  gint least = G_MAXINT;
  gboolean inside = lim - low + 1 <= (part_lim - part_low + 1) / 2;

  for (guint i = part_low; i <= part_lim && least > 0; i++)
    {
      guint u = s->by_lim[i];
      gboolean u_below = low <= i && i <= lim;
      /* Searching out of the subtree from inside it is searching into
       * it from outside. */
      gboolean outwards = u_below ? out_of_subtree : !out_of_subtree;
      const guint *list = outwards ? s->out + s->out_start[u] : s->in + s->in_start[u];
      guint len = outwards ? s->out_start[u + 1] - s->out_start[u]
                           : s->in_start[u + 1] - s->in_start[u];

      if (u_below != inside)
        {
          /* The other side: skipped in a run. */
          i = inside ? (i < low ? low - 1 : part_lim) : lim;
          continue;
        }
      s->work += 1 + len;
      for (guint k = 0; k < len; k++)
        {
          guint f = list[k];
          guint w = other_end (s, f, u);
          gboolean w_below = low <= s->lim[w] && s->lim[w] <= lim;
          gint sl;

          if (s->slot[f] >= 0 || w_below == u_below)
            continue;
          sl = slack (s, f);
          if (sl < least)
            {
              least = sl;
              best = f;
            }
        }
    }
  return best;
}

/* Cut values on the tree path from @v up to where @w is below: each
 * changed by @value, as dot's treeupdate. Returns that node. */
static guint
update_path (Simplex *s,
             guint    v,
             guint    w,
             gint     value,
             gboolean dir)
{
  while (!below (s, v, w))
    {
      guint e = s->par[v];
      gboolean d = s->links[e].from == v ? dir : !dir;

      s->cut[e] += d ? value : -value;
      v = s->lim[s->links[e].from] > s->lim[s->links[e].to] ? s->links[e].from
                                                              : s->links[e].to;
    }
  return v;
}

/* The nodes from @v up to @top renumbered at the next numbering. */
static void
invalidate_path (Simplex *s,
                 guint    v,
                 guint    top)
{
  for (;;)
    {
      guint e = s->par[v];

      s->low[v] = G_MAXUINT;
      if (v == top)
        return;
      v = s->lim[s->links[e].from] > s->lim[s->links[e].to] ? s->links[e].from
                                                              : s->links[e].to;
    }
}

/* Link @f enters the tree for @e: one side of the cut moved to make @f
 * tight (the smaller side), cut values updated along the path between
 * @f's ends, and the subtree above both renumbered. */
static void
exchange (Simplex *s,
          guint    e,
          guint    f,
          guint   *stack,
          guint   *next)
{
  gint delta = slack (s, f), value = s->cut[e];
  guint from = s->links[e].from, to = s->links[e].to;
  guint v = s->lim[from] < s->lim[to] ? from : to;
  guint low = s->low[v], lim = s->lim[v];
  guint part_low = s->component[v], part_lim = s->component_lim[v];
  guint top, top_low;

  if (delta > 0)
    {
      /* The subtree below @e moves up by @delta when it holds @e's tail
       * (@f goes into it), down when it holds the head; or the rest of
       * the part the other way. */
      gint move = v == from ? -delta : delta;

      s->work += MIN (lim - low + 1, part_lim - part_low - (lim - low));
      if (lim - low + 1 <= (part_lim - part_low + 1) / 2)
        for (guint i = low; i <= lim; i++)
          s->rank[s->by_lim[i]] += move;
      else
        for (guint i = part_low; i <= part_lim; i++)
          if (i < low || i > lim)
            s->rank[s->by_lim[i]] -= move;
    }
  top = update_path (s, s->links[f].from, s->links[f].to, value, TRUE);
  if (update_path (s, s->links[f].to, s->links[f].from, value, FALSE) != top)
    g_return_if_reached ();
  /* The nodes from @f's ends up to @top are those whose subtrees
   * change. */
  top_low = s->low[top];
  invalidate_path (s, s->links[f].from, top);
  invalidate_path (s, s->links[f].to, top);
  s->cut[f] = -value;
  s->cut[e] = 0;
  s->slot[f] = s->slot[e];
  s->tree_links[s->slot[e]] = f;
  s->slot[e] = -1;
  tree_remove_at (s, from, e);
  tree_remove_at (s, to, e);
  tree_add (s, f);
  number_subtree (s, top, s->par[top], top_low, stack, next);
}

guint
pd_layout_rank_links (guint       n,
                      const Link *links,
                      guint       n_links,
                      guint      *rank,
                      guint       budget)
{
  Simplex s = { .n = n, .n_links = n_links, .links = links };
  g_autofree guint *stack = g_new (guint, MAX (n, 1));
  g_autofree guint *next = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = NULL;
  guint pivots = 0, e, count;
  /* Many pivots change no rank (their link has no slack), and each
   * renumbers a subtree: on a large graph they can take long. The work
   * (nodes and links looked at) is bounded in proportion to the graph,
   * the ranking after the last pivot kept: never longer than before. */
  guint64 work_budget = WORK_PER_ELEMENT * ((guint64) n + n_links) + WORK_LEAST;

  if (n == 0)
    return 0;
  s.rank = g_new (gint, n);
  s.out_start = g_new0 (guint, n + 1);
  s.in_start = g_new0 (guint, n + 1);
  s.tree_start = g_new0 (guint, n + 1);
  s.out = g_new (guint, MAX (n_links, 1));
  s.in = g_new (guint, MAX (n_links, 1));
  s.tree = g_new (guint, MAX (2 * n_links, 1));
  s.tree_count = g_new0 (guint, n);
  s.cut = g_new0 (gint, MAX (n_links, 1));
  s.slot = g_new (gint, MAX (n_links, 1));
  s.tree_links = g_new (guint, n);
  s.par = g_new (guint, n);
  s.low = g_new (guint, n);
  s.lim = g_new (guint, n);
  s.by_lim = g_new (guint, n);
  s.component = g_new (guint, n);
  s.component_lim = g_new (guint, n);
  for (guint v = 0; v < n; v++)
    s.rank[v] = rank[v];
  for (guint i = 0; i < n_links; i++)
    {
      s.out_start[links[i].from + 1]++;
      s.in_start[links[i].to + 1]++;
    }
  for (guint v = 0; v < n; v++)
    {
      s.out_start[v + 1] += s.out_start[v];
      s.in_start[v + 1] += s.in_start[v];
      s.tree_start[v + 1] = s.out_start[v + 1] + s.in_start[v + 1];
    }
  fill = g_new0 (guint, 2 * n);
  for (guint i = 0; i < n_links; i++)
    {
      s.out[s.out_start[links[i].from] + fill[links[i].from]++] = i;
      s.in[s.in_start[links[i].to] + fill[n + links[i].to]++] = i;
      s.slot[i] = -1;
    }

  pd_layout_rank_feasible_tree (&s);
  /* Each part's tree numbered from its first node, in turn. */
  count = 0;
  memset (s.par, 0xff, n * sizeof (guint));
  for (guint v = 0; v < n; v++)
    for (guint k = 0; k < s.tree_count[v]; k++)
      {
        e = s.tree[s.tree_start[v] + k];
        if (s.links[e].from == v)
          {
            s.slot[e] = s.n_tree;
            s.tree_links[s.n_tree++] = e;
          }
      }
  for (guint v = 0; v < n; v++)
    s.low[v] = G_MAXUINT;
  for (guint v = 0; v < n; v++)
    if (s.low[v] == G_MAXUINT)
      {
        number_subtree (&s, v, G_MAXUINT, count, stack, next);
        for (guint i = count; i <= s.lim[v]; i++)
          {
            s.component[s.by_lim[i]] = count;
            s.component_lim[s.by_lim[i]] = s.lim[v];
          }
        count = s.lim[v] + 1;
      }
  for (guint i = 0; i < n; i++)
    if (s.par[s.by_lim[i]] != G_MAXUINT)
      cut_value (&s, s.by_lim[i]);

  while (pivots < budget && s.work < work_budget && (e = leaving_link (&s)) != G_MAXUINT)
    {
      guint f = entering_link (&s, e);

      if (f == G_MAXUINT)
        break;
      exchange (&s, e, f, stack, next);
      pivots++;
    }

  /* Each part from rank 0. */
  {
    g_autofree gint *least = g_new (gint, n);

    for (guint v = 0; v < n; v++)
      least[v] = G_MAXINT;
    for (guint v = 0; v < n; v++)
      least[s.component[v]] = MIN (least[s.component[v]], s.rank[v]);
    for (guint v = 0; v < n; v++)
      s.rank[v] -= least[s.component[v]];
  }
  for (guint v = 0; v < n; v++)
    rank[v] = s.rank[v];

  g_free (s.rank);
  g_free (s.out_start);
  g_free (s.in_start);
  g_free (s.tree_start);
  g_free (s.out);
  g_free (s.in);
  g_free (s.tree);
  g_free (s.tree_count);
  g_free (s.cut);
  g_free (s.slot);
  g_free (s.tree_links);
  g_free (s.par);
  g_free (s.low);
  g_free (s.lim);
  g_free (s.by_lim);
  g_free (s.component);
  g_free (s.component_lim);
  return pivots;
}

void
pd_layout_rank (Graph *g)
{
  guint n = g->nodes->len;

  /* Each pivot shortens the links in all or leaves them as long: the
   * ranking after the last one the budgets allow is kept. */
  pd_layout_rank_links (n, (const Link *) g->links->data, g->links->len, g->rank,
                        PD_LAYOUT_RANK_BUDGET (g->links->len));
}
