/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The simple ordering: barycentre sweeps over the steps alone (long links
 * seen only at their ends), then neighbours swapped. Its order can suit
 * links drawn straight better than the layered graph's, on small
 * pathways with long links: both are tried and the better kept. */
#include <string.h>

#include "pd-layout-private.h"

/* Top-down and bottom-up passes of barycentre ordering. */
#define ORDER_PASSES 6

static Graph *sort_graph;   /* for the comparisons below; layouts run one at a time */
G_LOCK_DEFINE_STATIC (sorting);

static int
by_lane_then_order (gconstpointer a,
                    gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (sort_graph->lane[x] != sort_graph->lane[y])
    return sort_graph->lane[x] < sort_graph->lane[y] ? -1 : 1;
  if (sort_graph->order[x] != sort_graph->order[y])
    return sort_graph->order[x] < sort_graph->order[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Barycentres: each step moves to the mean place of its neighbours in the
 * ranks before (going down) or after (going up), within its lane. The
 * best order met is kept, the first one on a tie: a tidy pathway tidied
 * again stays as it is. */
static void
order_ranks (Graph     *g,
             GPtrArray *ranks)
{
  g_autofree double *best = g_memdup2 (g->order, g->nodes->len * sizeof (double));
  guint least = pd_layout_layered_crossings (g, g->order);

  guint n = g->nodes->len;
  g_autofree double *sum = g_new0 (double, n);
  g_autofree guint *count = g_new0 (guint, n);

  G_LOCK (sorting);
  sort_graph = g;
  for (guint r = 0; r < ranks->len; r++)
    g_array_sort (g_ptr_array_index (ranks, r), by_lane_then_order);
  for (int pass = 0; pass < ORDER_PASSES; pass++)
    {
      gboolean down = pass % 2 == 0;

      for (guint i = 0; i < n; i++)
        {
          sum[i] = 0;
          count[i] = 0;
        }
      for (guint i = 0; i < g->links->len; i++)
        {
          Link *l = &g_array_index (g->links, Link, i);
          guint to = down ? l->to : l->from, from = down ? l->from : l->to;

          sum[to] += g->order[from];
          count[to]++;
        }
      for (guint r = 0; r < ranks->len; r++)
        {
          GArray *rank = g_ptr_array_index (ranks, down ? r : ranks->len - 1 - r);

          for (guint k = 0; k < rank->len; k++)
            {
              guint v = g_array_index (rank, guint, k);
              if (count[v])
                g->order[v] = sum[v] / count[v];
            }
          g_array_sort (rank, by_lane_then_order);
          /* Places become whole again, as fractions of the rank. */
          for (guint k = 0; k < rank->len; k++)
            g->order[g_array_index (rank, guint, k)] = (double) k / MAX (rank->len, 1);
        }
      {
        guint crossings = pd_layout_layered_crossings (g, g->order);

        if (crossings < least)
          {
            least = crossings;
            memcpy (best, g->order, n * sizeof (double));
          }
      }
    }
  if (n > 0)   /* memcpy from NULL is undefined even for no bytes */
    {
      memcpy (g->order, best, n * sizeof (double));
      for (guint r = 0; r < ranks->len; r++)
        g_array_sort (g_ptr_array_index (ranks, r), by_lane_then_order);
    }
  sort_graph = NULL;
  G_UNLOCK (sorting);
}

/* Crossings between the links of @x and @y on one side when @x comes
 * first: pairs whose far ends are in the other order. */
static guint
pair_crossings (Graph     *g,
                GPtrArray *neighbours,
                guint      x,
                guint      y)
{
  GArray *nx = g_ptr_array_index (neighbours, x), *ny = g_ptr_array_index (neighbours, y);
  guint crossings = 0;

  for (guint i = 0; i < nx->len; i++)
    for (guint j = 0; j < ny->len; j++)
      {
        guint a = g_array_index (nx, guint, i), b = g_array_index (ny, guint, j);
        gboolean a_before = g->rank[a] < g->rank[x], b_before = g->rank[b] < g->rank[y];

        /* Only ends on the same side can cross. */
        if (a_before == b_before && g->order[a] > g->order[b])
          crossings++;
      }
  return crossings;
}

/* Neighbours in a rank change places when that crosses fewer links (and
 * they share a lane): what barycentres miss. */
static void
transpose (Graph     *g,
           GPtrArray *ranks)
{
  guint n = g->nodes->len;
  g_autoptr(GPtrArray) neighbours = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gboolean improved = TRUE;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (neighbours, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);
      g_array_append_val (g_ptr_array_index (neighbours, l->from), l->to);
      g_array_append_val (g_ptr_array_index (neighbours, l->to), l->from);
    }
  for (int pass = 0; pass < 4 && improved; pass++)
    {
      improved = FALSE;
      for (guint r = 0; r < ranks->len; r++)
        {
          GArray *rank = g_ptr_array_index (ranks, r);

          for (guint k = 0; k + 1 < rank->len; k++)
            {
              guint x = g_array_index (rank, guint, k), y = g_array_index (rank, guint, k + 1);
              double swap;

              if (g->lane[x] != g->lane[y]
                  || pair_crossings (g, neighbours, y, x) >= pair_crossings (g, neighbours, x, y))
                continue;
              g_array_index (rank, guint, k) = y;
              g_array_index (rank, guint, k + 1) = x;
              swap = g->order[x];
              g->order[x] = g->order[y];
              g->order[y] = swap;
              improved = TRUE;
            }
        }
    }
}

void
pd_layout_order_simple (Graph     *g,
                        GPtrArray *ranks)
{
  order_ranks (g, ranks);
  transpose (g, ranks);
}
