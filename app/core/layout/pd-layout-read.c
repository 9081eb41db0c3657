/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The steps of a layout read in reading order and ranked from scratch:
 * the transitions linked, cycles broken depth first (re-referrals laid
 * out reversed), ranks by longest path improved by network simplex; and
 * all that kept in a PdLayoutRanked for the next layouts of a tidy. */
#include <string.h>

#include "pd-edge.h"
#include "pd-layout-private.h"
#include "pd-reading-order.h"

/* Depth first from the steps in reading order, the usual way first: a
 * transition back to a step still being walked closes a cycle and is
 * laid out reversed. */
static void
break_cycles (Graph      *g,
              guint       n_reading,
              GPtrArray **out)
{
  guint n = g->nodes->len;
  g_autofree guint8 *state = g_new0 (guint8, n);       /* 0 new, 1 walking, 2 done */
  g_autofree guint *next = g_new0 (guint, n);          /* next way out to try */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < n_reading; r++)
    {
      guint start = g->reading_at[r];

      if (start == G_MAXUINT || state[start])
        continue;
      state[start] = 1;
      g_array_append_val (stack, start);
      while (stack->len)
        {
          guint v = g_array_index (stack, guint, stack->len - 1);
          GPtrArray *ways = out[v];

          if (ways && next[v] < ways->len)
            {
              guint w = GPOINTER_TO_UINT (g_ptr_array_index (ways, next[v]++));
              Link link = { v, w };

              if (state[w] == 1)
                link = (Link) { w, v };          /* closes a cycle: reversed */
              else if (state[w] == 0)
                {
                  state[w] = 1;
                  g_array_append_val (stack, w);
                }
              g_array_append_val (g->links, link);
              continue;
            }
          state[v] = 2;
          g_array_set_size (stack, stack->len - 1);
        }
    }
}

/* Longest path from the sources, in a topological order, then the links
 * made as short as can be; FALSE when the links still hold a cycle. */
static gboolean
assign_ranks (Graph *g)
{
  guint n = g->nodes->len, queued = 0;
  g_autofree guint *incoming = g_new0 (guint, MAX (n, 1));
  g_autofree guint *queue = g_new (guint, MAX (n, 1));
  g_autofree guint *start = g_new0 (guint, n + 1);
  g_autofree guint *fill = NULL;
  g_autofree guint *ways = g_new (guint, MAX (g->links->len, 1));

  /* Each step's ways out, packed, in the links' order. */
  for (guint i = 0; i < g->links->len; i++)
    start[g_array_index (g->links, Link, i).from + 1]++;
  for (guint v = 0; v < n; v++)
    start[v + 1] += start[v];
  fill = g_memdup2 (start, (n + 1) * sizeof (guint));
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      ways[fill[l->from]++] = l->to;
      incoming[l->to]++;
    }
  for (guint i = 0; i < n; i++)
    if (incoming[i] == 0)
      queue[queued++] = i;
  for (guint q = 0; q < queued; q++)
    {
      guint v = queue[q];

      for (guint k = start[v]; k < start[v + 1]; k++)
        {
          guint w = ways[k];

          g->rank[w] = MAX (g->rank[w], g->rank[v] + 1);
          if (--incoming[w] == 0)
            queue[queued++] = w;
        }
    }
  /* Longest path seeds network simplex, which shortens the links. */
  if (queued == n)
    pd_layout_rank (g);
  g->n_ranks = 0;
  for (guint i = 0; i < n; i++)
    g->n_ranks = MAX (g->n_ranks, g->rank[i] + 1);
  return queued == n;
}

/* The links to lay out: each transition, reversed where it closes a cycle
 * (and, when @by_kind, where it is a re-referral). */
static void
link_steps (Graph      *g,
            GPtrArray  *reading,
            GPtrArray  *reading_edges,
            gboolean    by_kind)
{
  guint n = g->nodes->len;
  GPtrArray **out = g_new0 (GPtrArray *, n);

  for (guint i = 0; i < reading_edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (reading_edges, i);
      guint from = g->reading_ends[i].from, to = g->reading_ends[i].to;

      if (from == G_MAXUINT || to == G_MAXUINT || from == to)
        continue;
      /* A re-referral goes back along the journey: laid out as the
       * transition it returns along, it keeps the ranks. (A step down
       * moves on in time, often to an earlier step: depth first finds
       * the cycles it closes.) */
      if (by_kind && pd_edge_get_kind (edge) == PD_EDGE_KIND_RE_REFERRAL)
        {
          Link back = { to, from };
          g_array_append_val (g->links, back);
          continue;
        }
      if (out[from] == NULL)
        out[from] = g_ptr_array_new ();
      g_ptr_array_add (out[from], GUINT_TO_POINTER (to));
    }
  break_cycles (g, reading->len, out);
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&out[i], g_ptr_array_unref);
  g_free (out);
}

/* Re-referrals laid out reversed; should that still leave a cycle (a
 * "re-referral" that goes forward), depth first alone decides. */
static void
rank_steps (Graph      *g,
            GPtrArray  *reading,
            GPtrArray  *reading_edges)
{
  link_steps (g, reading, reading_edges, TRUE);
  if (!assign_ranks (g))
    {
      g_array_set_size (g->links, 0);
      memset (g->rank, 0, g->nodes->len * sizeof (guint));
      link_steps (g, reading, reading_edges, FALSE);
      assign_ranks (g);
    }
}

/* Layouts that read and ranked the steps, for the tests. */
static gint rankings;

guint
pd_layout_ranked (void)
{
  return (guint) g_atomic_int_get (&rankings);
}

struct _PdLayoutRanked {
  guint      n_steps;        /* 0: not worked out yet */
  GPtrArray *reading;        /* PdNode */
  GPtrArray *reading_edges;  /* PdEdge */
  guint     *reading_at;     /* as Graph has them */
  Link      *reading_ends;
  GArray    *links;          /* of Link, as rank_steps() left them */
  guint     *rank;
  guint      n_ranks;
};

PdLayoutRanked *
pd_layout_ranked_new (void)
{
  return g_new0 (PdLayoutRanked, 1);
}

/* What @ranked keeps, let go. */
static void
ranked_clear (PdLayoutRanked *ranked)
{
  g_clear_pointer (&ranked->reading, g_ptr_array_unref);
  g_clear_pointer (&ranked->reading_edges, g_ptr_array_unref);
  g_clear_pointer (&ranked->links, g_array_unref);
  g_clear_pointer (&ranked->reading_at, g_free);
  g_clear_pointer (&ranked->reading_ends, g_free);
  g_clear_pointer (&ranked->rank, g_free);
}

void
pd_layout_ranked_free (PdLayoutRanked *ranked)
{
  ranked_clear (ranked);
  g_free (ranked);
}

/* Each step of @reading and the ends of each of @reading_edges as their
 * numbers in @g, by @index. */
static void
number_reading (Graph      *g,
                GPtrArray  *reading,
                GPtrArray  *reading_edges,
                GHashTable *index)
{
  g->reading_at = g_new (guint, MAX (reading->len, 1));
  g->reading_ends = g_new (Link, MAX (reading_edges->len, 1));
  for (guint i = 0; i < reading->len; i++)
    {
      PdNode *node = g_ptr_array_index (reading, i);

      g->reading_at[i] = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_node_get_id (node)))
                         - 1;
    }
  for (guint i = 0; i < reading_edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (reading_edges, i);

      g->reading_ends[i].from = GPOINTER_TO_UINT (g_hash_table_lookup (index,
                                                                       pd_edge_get_from_id (edge)))
                                - 1;
      g->reading_ends[i].to = GPOINTER_TO_UINT (g_hash_table_lookup (index,
                                                                     pd_edge_get_to_id (edge)))
                              - 1;
    }
}

void
pd_layout_read_and_rank (Graph           *g,
                         PdDocument      *document,
                         GHashTable      *index,
                         PdLayoutRanked  *ranked,
                         GPtrArray      **reading,
                         GPtrArray      **reading_edges)
{
  guint n = g->nodes->len;

  if (ranked && ranked->n_steps > 0 && ranked->n_steps == n)
    {
      *reading = g_ptr_array_ref (ranked->reading);
      *reading_edges = g_ptr_array_ref (ranked->reading_edges);
      g->reading_at = g_memdup2 (ranked->reading_at, MAX (ranked->reading->len, 1) * sizeof (guint));
      g->reading_ends = g_memdup2 (ranked->reading_ends,
                                   MAX (ranked->reading_edges->len, 1) * sizeof (Link));
      g_array_append_vals (g->links, ranked->links->data, ranked->links->len);
      memcpy (g->rank, ranked->rank, n * sizeof (guint));
      g->n_ranks = ranked->n_ranks;
      return;
    }
  g_atomic_int_inc (&rankings);
  pd_reading_order (document, reading, reading_edges);
  number_reading (g, *reading, *reading_edges, index);
  rank_steps (g, *reading, *reading_edges);
  if (ranked == NULL || n == 0)
    return;
  ranked_clear (ranked);
  ranked->n_steps = n;
  ranked->reading = g_ptr_array_ref (*reading);
  ranked->reading_edges = g_ptr_array_ref (*reading_edges);
  ranked->reading_at = g_memdup2 (g->reading_at, MAX ((*reading)->len, 1) * sizeof (guint));
  ranked->reading_ends = g_memdup2 (g->reading_ends,
                                    MAX ((*reading_edges)->len, 1) * sizeof (Link));
  ranked->links = g_array_copy (g->links);
  ranked->rank = g_memdup2 (g->rank, n * sizeof (guint));
  ranked->n_ranks = g->n_ranks;
}
