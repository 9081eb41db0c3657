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

/* Each step's neighbours in two runs of @ends: those in ranks before its
 * own from @start[2v], the others from @start[2v + 1], up to
 * @start[2v + 2]. */
typedef struct {
  guint *start;
  guint *ends;
} Neighbours;

static void
neighbours_init (Neighbours *nb,
                 Graph      *g)
{
  guint n = g->nodes->len;
  g_autofree guint *fill = g_new0 (guint, 2 * n + 1);

  nb->start = g_new0 (guint, 2 * n + 1);
  nb->ends = g_new (guint, MAX (2 * g->links->len, 1));
  /* Slot 2v holds v's neighbours in ranks before it, 2v + 1 the others. */
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      fill[2 * l->from + (g->rank[l->to] >= g->rank[l->from]) + 1]++;
      fill[2 * l->to + (g->rank[l->from] >= g->rank[l->to]) + 1]++;
    }
  for (guint k = 0; k < 2 * n; k++)
    nb->start[k + 1] = nb->start[k] + fill[k + 1];
  memcpy (fill, nb->start, (2 * n + 1) * sizeof (guint));
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      nb->ends[fill[2 * l->from + (g->rank[l->to] >= g->rank[l->from])]++] = l->to;
      nb->ends[fill[2 * l->to + (g->rank[l->from] >= g->rank[l->to])]++] = l->from;
    }
}

/* Crossings between the links of @x and @y (of one rank) when @x comes
 * first (@xy) and when @y does (@yx): pairs of ends on the same side in
 * the other order, each pair looked at once. */
static void
pair_crossings (Graph      *g,
                Neighbours *nb,
                guint       x,
                guint       y,
                guint      *xy,
                guint      *yx)
{
  *xy = *yx = 0;
  for (guint side = 0; side < 2; side++)
    for (guint i = nb->start[2 * x + side]; i < nb->start[2 * x + side + 1]; i++)
      for (guint j = nb->start[2 * y + side]; j < nb->start[2 * y + side + 1]; j++)
        {
          double a = g->order[nb->ends[i]], b = g->order[nb->ends[j]];

          *xy += a > b;
          *yx += b > a;
        }
}

/* Neighbours in a rank change places when that crosses fewer links (and
 * they share a lane): what barycentres miss. */
static void
transpose (Graph     *g,
           GPtrArray *ranks)
{
  Neighbours nb;
  gboolean improved = TRUE;

  neighbours_init (&nb, g);
  for (int pass = 0; pass < 4 && improved; pass++)
    {
      improved = FALSE;
      for (guint r = 0; r < ranks->len; r++)
        {
          GArray *rank = g_ptr_array_index (ranks, r);

          for (guint k = 0; k + 1 < rank->len; k++)
            {
              guint x = g_array_index (rank, guint, k), y = g_array_index (rank, guint, k + 1);
              guint xy, yx;
              double swap;

              if (g->lane[x] != g->lane[y])
                continue;
              pair_crossings (g, &nb, x, y, &xy, &yx);
              if (yx >= xy)
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
  g_free (nb.start);
  g_free (nb.ends);
}

void
pd_layout_order_simple (Graph     *g,
                        GPtrArray *ranks)
{
  order_ranks (g, ranks);
  transpose (g, ranks);
}
