/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ordering each rank to cross few links (after Sugiyama et al.): from a
 * first order (reading order, or the steps' places now), the layered
 * graph with a virtual step on each rank a long link passes is ordered
 * by sweeps of medians and transposition (pd-layout-mincross.c), each
 * step kept in its lane. */
#include <string.h>

#include "pd-layout-layers.h"

static Graph *sort_graph;   /* for the comparison below; layouts run one at a time */
static const double *sort_across;
G_LOCK_DEFINE_STATIC (sorting);

/* By lane, then by place across the flow, then by reading order. */
static int
by_lane_then_across (gconstpointer a,
                     gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (sort_graph->lane[x] != sort_graph->lane[y])
    return sort_graph->lane[x] < sort_graph->lane[y] ? -1 : 1;
  if (sort_across[x] != sort_across[y])
    return sort_across[x] < sort_across[y] ? -1 : 1;
  return sort_graph->order[x] < sort_graph->order[y] ? -1 : sort_graph->order[x] > sort_graph->order[y];
}

static int
by_order (gconstpointer a,
          gconstpointer b,
          gpointer      data)
{
  Graph *g = data;
  double x = g->order[*(const guint *) a], y = g->order[*(const guint *) b];

  return (x > y) - (x < y);
}

/* Each rank's order as shares of it, so that ranks of different sizes
 * compare. */
static void
share_out (Graph     *g,
           GPtrArray *ranks)
{
  for (guint r = 0; r < ranks->len; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);

      for (guint k = 0; k < rank->len; k++)
        g->order[g_array_index (rank, guint, k)] = (k + 0.5) / rank->len;
    }
}

/* Crossings of the order @g->order, long links drawn straight. */
static guint64
straight_crossings (Graph *g)
{
  PdLayers layers;
  guint64 crossings;

  pd_layers_init (&layers, g);
  pd_layers_straighten (&layers);
  crossings = pd_layers_crossings (&layers);
  pd_layers_clear (&layers);
  return crossings;
}

void
pd_layout_order_layered (Graph     *g,
                         GPtrArray *ranks,
                         gboolean   stable_ties)
{
  guint n = g->nodes->len;
  g_autofree double *first = g_memdup2 (g->order, MAX (n, 1) * sizeof (double));
  g_autofree double *layered = NULL;
  PdLayers layers;
  guint64 crossings;


  pd_layers_init (&layers, g);
  layers.stable_ties = stable_ties;
  pd_layers_minimise (&layers);
  /* The steps back from the layered graph, in its order. */
  for (guint r = 0; r < g->n_ranks; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);

      g_array_set_size (rank, 0);
      for (guint k = layers.layer_start[r]; k < layers.layer_start[r + 1]; k++)
        if (layers.layer[k] < layers.n_real)
          g_array_append_val (rank, layers.layer[k]);
    }
  pd_layers_clear (&layers);
  share_out (g, ranks);
  crossings = straight_crossings (g);
  if (crossings == 0)
    return;

  /* The simple sweep from the same first order, kept should it cross
   * fewer: this order is never the worse of the two. */
  layered = g_memdup2 (g->order, MAX (n, 1) * sizeof (double));
  memcpy (g->order, first, n * sizeof (double));
  pd_layout_order_simple (g, ranks);
  share_out (g, ranks);
  if (straight_crossings (g) < crossings)
    return;
  memcpy (g->order, layered, n * sizeof (double));
  for (guint r = 0; r < ranks->len; r++)
    g_array_sort_with_data (g_ptr_array_index (ranks, r), by_order, g);
}

void
pd_layout_order_ranks (Graph        *g,
                       GPtrArray    *ranks,
                       GPtrArray    *reading,
                       const double *across,
                       gboolean      simple)
{
  /* First in reading order, then (when @across is given) as they are
   * now across the flow. */
  for (guint i = 0; i < reading->len; i++)
    {
      guint v = g->reading_at[i];
      GArray *rank;

      if (v == G_MAXUINT)
        continue;
      rank = g_ptr_array_index (ranks, g->rank[v]);

      g->order[v] = rank->len;
      g_array_append_val (rank, v);
    }
  if (across)
  {
    G_LOCK (sorting);
    sort_across = across;
    sort_graph = g;
    for (guint r = 0; r < g->n_ranks; r++)
      {
        GArray *rank = g_ptr_array_index (ranks, r);

        g_array_sort (rank, by_lane_then_across);
        for (guint k = 0; k < rank->len; k++)
          g->order[g_array_index (rank, guint, k)] = (double) k / MAX (rank->len, 1);
      }
    sort_graph = NULL;
    sort_across = NULL;
    G_UNLOCK (sorting);
  }
  if (g->as_stood)
    return;
  if (simple)
    {
      pd_layout_order_simple (g, ranks);
      return;
    }
  share_out (g, ranks);
  /* Stable ties search further, and only from the steps' places: from
   * reading order the search stays as it was, so that a layout from
   * scratch, which a tidy after a small edit is held to, does not outdo
   * the layout the edit started from and so move many steps (stepped
   * care without lanes, a step added after each: three in four tidies
   * moved 17 steps or fewer, not 2). A pathway thrown about gets the
   * deeper search all the same, being ordered from its places too. */
  pd_layout_order_layered (g, ranks, across != NULL);
}
