/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Layered layout (after Sugiyama et al.): break cycles, rank along the
 * flow, order each rank to cross few transitions while keeping each
 * agency's steps together, then place ranks and lanes. */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pd-agency.h"
#include "pd-edge.h"
#include "pd-layout.h"
#include "pd-node.h"
#include "pd-reading-order.h"
#include "pd-scene.h"

/* Top-down and bottom-up passes of barycentre ordering. */
#define ORDER_PASSES 6
/* The layout starts here, clear of the page's edge. */
#define ORIGIN 40.0

typedef struct {
  guint from, to;     /* node indices, laid out from → to (a reversed edge swapped) */
} Link;

typedef struct {
  GPtrArray *nodes;   /* PdNode, in document order */
  GArray    *links;   /* of Link */
  guint     *rank;
  guint     *lane;
  double    *order;   /* place within its rank, for barycentres */
  guint      n_ranks;
  guint      n_lanes;
  double    *label_room;  /* after each rank, along the flow, for labels */
} Graph;

static void
graph_clear (Graph *g)
{
  g_ptr_array_unref (g->nodes);
  g_array_unref (g->links);
  g_free (g->rank);
  g_free (g->lane);
  g_free (g->order);
  g_free (g->label_room);
}

/* Depth first from the steps in reading order, the usual way first: a
 * transition back to a step still being walked closes a cycle and is
 * laid out reversed. */
static void
break_cycles (Graph      *g,
              GPtrArray  *reading,
              GHashTable *index,
              GPtrArray **out)
{
  guint n = g->nodes->len;
  g_autofree guint8 *state = g_new0 (guint8, n);       /* 0 new, 1 walking, 2 done */
  g_autofree guint *next = g_new0 (guint, n);          /* next way out to try */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < reading->len; r++)
    {
      guint start = GPOINTER_TO_UINT (g_hash_table_lookup (index, g_ptr_array_index (reading, r)))
                    - 1;

      if (state[start])
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

/* Longest path from the sources, in a topological order; FALSE when the
 * links still hold a cycle. */
static gboolean
assign_ranks (Graph *g)
{
  guint n = g->nodes->len;
  g_autofree guint *incoming = g_new0 (guint, n);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);
      g_array_append_val (g_ptr_array_index (out, l->from), l->to);
      incoming[l->to]++;
    }
  for (guint i = 0; i < n; i++)
    if (incoming[i] == 0)
      g_array_append_val (queue, i);
  for (guint q = 0; q < queue->len; q++)
    {
      guint v = g_array_index (queue, guint, q);
      GArray *ways = g_ptr_array_index (out, v);

      for (guint k = 0; k < ways->len; k++)
        {
          guint w = g_array_index (ways, guint, k);

          g->rank[w] = MAX (g->rank[w], g->rank[v] + 1);
          if (--incoming[w] == 0)
            g_array_append_val (queue, w);
        }
    }
  g->n_ranks = 0;
  for (guint i = 0; i < n; i++)
    g->n_ranks = MAX (g->n_ranks, g->rank[i] + 1);
  return queue->len == n;
}

/* The links to lay out: each transition, reversed where it closes a cycle
 * (and, when @by_kind, where it is a re-referral). */
static void
link_steps (Graph      *g,
            GPtrArray  *reading,
            GPtrArray  *reading_edges,
            GHashTable *index,
            gboolean    by_kind)
{
  guint n = g->nodes->len;
  GPtrArray **out = g_new0 (GPtrArray *, n);
  g_autoptr(GPtrArray) reading_ids = g_ptr_array_new ();

  for (guint i = 0; i < reading_edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (reading_edges, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_edge_get_from_id (edge)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_edge_get_to_id (edge)));

      if (from == 0 || to == 0 || from == to)
        continue;
      /* A re-referral goes back along the journey: laid out as the
       * transition it returns along, it keeps the ranks. (A step down
       * moves on in time, often to an earlier step: depth first finds
       * the cycles it closes.) */
      if (by_kind && pd_edge_get_kind (edge) == PD_EDGE_KIND_RE_REFERRAL)
        {
          Link back = { to - 1, from - 1 };
          g_array_append_val (g->links, back);
          continue;
        }
      if (out[from - 1] == NULL)
        out[from - 1] = g_ptr_array_new ();
      g_ptr_array_add (out[from - 1], GUINT_TO_POINTER (to - 1));
    }
  for (guint i = 0; i < reading->len; i++)
    if (g_hash_table_contains (index, pd_node_get_id (g_ptr_array_index (reading, i))))
      g_ptr_array_add (reading_ids, (gpointer) pd_node_get_id (g_ptr_array_index (reading, i)));
  break_cycles (g, reading_ids, index, out);
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&out[i], g_ptr_array_unref);
  g_free (out);
}

static Graph *sort_graph;   /* for the comparisons below; layouts run one at a time */
static const double *sort_across;
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

/* A pathway with more transitions than this is ordered once, from reading
 * order, without comparing orders: comparing every pair of transitions
 * would cost more than it saves. */
#define MAX_COMPARED_LINKS 800

/* Pairs of links that cross, each drawn straight between places in its
 * ranks (places as fractions of their rank): what ordering lowers. */
static guint
link_crossings (Graph *g)
{
  guint crossings = 0;

  for (guint i = 0; i < g->links->len; i++)
    {
      Link *a = &g_array_index (g->links, Link, i);
      guint a0 = g->rank[a->from], a1 = g->rank[a->to];

      for (guint j = i + 1; j < g->links->len; j++)
        {
          Link *b = &g_array_index (g->links, Link, j);
          guint b0 = g->rank[b->from], b1 = g->rank[b->to];
          guint lo = MAX (a0, b0), hi = MIN (a1, b1);
          double d0, d1;

          if (lo >= hi || a->from == b->from || a->to == b->to)
            continue;
          /* Where each is at the first and last rank both span. */
          d0 = g->order[a->from] + (g->order[a->to] - g->order[a->from]) * (lo - a0) / (a1 - a0)
               - g->order[b->from] - (g->order[b->to] - g->order[b->from]) * (lo - b0) / (b1 - b0);
          d1 = g->order[a->from] + (g->order[a->to] - g->order[a->from]) * (hi - a0) / (a1 - a0)
               - g->order[b->from] - (g->order[b->to] - g->order[b->from]) * (hi - b0) / (b1 - b0);
          if (d0 * d1 < 0)
            crossings++;
        }
    }
  return crossings;
}

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

/* Barycentres: each step moves to the mean place of its neighbours in the
 * ranks before (going down) or after (going up), within its lane. The
 * best order met is kept, the first one on a tie: a tidy pathway tidied
 * again stays as it is. */
static void
order_ranks (Graph     *g,
             GPtrArray *ranks)
{
  gboolean compare = g->links->len <= MAX_COMPARED_LINKS;
  g_autofree double *best = compare ? g_memdup2 (g->order, g->nodes->len * sizeof (double)) : NULL;
  guint least = compare ? link_crossings (g) : 0;

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
      if (compare)
        {
          guint crossings = link_crossings (g);

          if (crossings < least)
            {
              least = crossings;
              memcpy (best, g->order, n * sizeof (double));
            }
        }
    }
  if (compare)
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

static double
along (PdNode  *node,
       gboolean across)
{
  return across ? pd_node_get_height (node) : pd_node_get_width (node);
}

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

static const double *sweep_segments;   /* for by_left_end, under the lock */

static int
by_left_end (gconstpointer a,
             gconstpointer b)
{
  const double *s = sweep_segments + 4 * *(const guint *) a;
  const double *t = sweep_segments + 4 * *(const guint *) b;
  double x = MIN (s[0], s[2]), y = MIN (t[0], t[2]);

  return x < y ? -1 : x > y ? 1 : (int) (*(const guint *) a > *(const guint *) b)
                                  - (int) (*(const guint *) a < *(const guint *) b);
}

/* Pairs of the @n segments (x1, y1, x2, y2 each) that cross, leaving out
 * pairs that share an end (@ends: two ids a segment). A sweep from left
 * to right: only segments whose spans across x meet are compared. */
static guint
count_crossings (const double *segments,
                 const gsize  *ends,
                 guint         n)
{
  g_autofree guint *sorted = g_new (guint, MAX (n, 1));
  guint crossings = 0;

  for (guint i = 0; i < n; i++)
    sorted[i] = i;
  G_LOCK (sorting);
  sweep_segments = segments;
  qsort (sorted, n, sizeof (guint), by_left_end);
  sweep_segments = NULL;
  G_UNLOCK (sorting);
  for (guint a = 0; a < n; a++)
    {
      guint i = sorted[a];
      const double *s = segments + 4 * i;
      double right = MAX (s[0], s[2]), top = MIN (s[1], s[3]), bottom = MAX (s[1], s[3]);

      for (guint b = a + 1; b < n; b++)
        {
          guint j = sorted[b];
          const double *t = segments + 4 * j;

          if (MIN (t[0], t[2]) > right)
            break;
          if (MAX (t[1], t[3]) < top || MIN (t[1], t[3]) > bottom)
            continue;
          /* Segments that share a step meet there; that is no crossing. */
          if (ends[2 * i] == ends[2 * j] || ends[2 * i] == ends[2 * j + 1]
              || ends[2 * i + 1] == ends[2 * j] || ends[2 * i + 1] == ends[2 * j + 1])
            continue;
          crossings += segments_cross (s, t);
        }
    }
  return crossings;
}

/* Places a column (steps @v[0..m) of one lane in one rank, in order)
 * across the flow: each as near its target centre as it can be, in order,
 * @gap apart, between @lo and @hi. Least squares under those constraints:
 * pool adjacent violators on the targets less each step's offset, then
 * clipped to the bounds. */
static void
place_column (const guint  *v,
              guint         m,
              const double *size,
              const double *target,
              double        gap,
              double        lo,
              double        hi,
              double       *centre)
{
  g_autofree double *offset = g_new (double, m);
  g_autofree double *sum = g_new (double, m);
  g_autofree guint *count = g_new (guint, m);
  guint blocks = 0;
  double first, last;

  offset[0] = 0;
  for (guint i = 1; i < m; i++)
    offset[i] = offset[i - 1] + (size[v[i - 1]] + size[v[i]]) / 2 + gap;
  for (guint i = 0; i < m; i++)
    {
      sum[blocks] = target[v[i]] - offset[i];
      count[blocks] = 1;
      blocks++;
      while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1])
        {
          sum[blocks - 2] += sum[blocks - 1];
          count[blocks - 2] += count[blocks - 1];
          blocks--;
        }
    }
  first = lo + size[v[0]] / 2;
  last = hi - size[v[m - 1]] / 2 - offset[m - 1];
  for (guint b = 0, i = 0; b < blocks; b++)
    {
      double y = CLAMP (sum[b] / count[b], first, MAX (first, last));

      for (guint c = 0; c < count[b]; c++, i++)
        centre[v[i]] = y + offset[i];
    }
}

/* The median of @values (sorted in place). */
static double
median (double *values,
        guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && values[j - 1] > values[j]; j--)
      {
        double t = values[j];
        values[j] = values[j - 1];
        values[j - 1] = t;
      }
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Passes of straightening across the flow: forwards, backwards, ... */
#define STRAIGHTEN_PASSES 4

/* A pass that moves steps across the flow, within their lane and keeping their order,
 * towards the median of their neighbours before them (going forwards) or
 * after them (going back), of their own lane where there are any: runs of
 * steps line up and transitions run straight. */
static void
straighten (Graph        *g,
            GPtrArray    *ranks,
            const double *size,
            const double *lane_start,
            const double *lane_size,
            double        gap,
            gboolean      forwards,
            double       *centre)
{
  guint n = g->nodes->len;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree double *target = g_new (double, n);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (before, g_array_new (FALSE, FALSE, sizeof (guint)));
      g_ptr_array_add (after, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      if (l->from == l->to)
        continue;
      g_array_append_val (g_ptr_array_index (after, l->from), l->to);
      g_array_append_val (g_ptr_array_index (before, l->to), l->from);
    }
    {
      for (guint ri = 0; ri < ranks->len; ri++)
        {
          GArray *rank = g_ptr_array_index (ranks, forwards ? ri : ranks->len - 1 - ri);
          const guint *column = (const guint *) rank->data;

          for (guint k = 0; k < rank->len; k++)
            {
              guint v = column[k];
              GArray *side = g_ptr_array_index (forwards ? before : after, v);
              gboolean own_lane = FALSE;

              if (side->len == 0)
                side = g_ptr_array_index (forwards ? after : before, v);
              for (guint j = 0; j < side->len; j++)
                own_lane |= g->lane[g_array_index (side, guint, j)] == g->lane[v];
              g_array_set_size (values, 0);
              for (guint j = 0; j < side->len; j++)
                {
                  guint u = g_array_index (side, guint, j);

                  if (!own_lane || g->lane[u] == g->lane[v])
                    g_array_append_val (values, centre[u]);
                }
              target[v] = values->len ? median ((double *) values->data, values->len) : centre[v];
            }
          /* Each lane's part of the rank, a column at a time. */
          for (guint k = 0, e; k < rank->len; k = e)
            {
              guint lane = g->lane[column[k]];

              for (e = k; e < rank->len && g->lane[column[e]] == lane; e++)
                ;
              place_column (column + k, e - k, size, target, gap, lane_start[lane],
                            lane_start[lane] + lane_size[lane], centre);
            }
        }
    }
}

static guint place_crossings (Graph  *g,
                              GArray *places);

/* The places of the steps: centred in their rank, their centre across the
 * flow at @centre. */
static GArray *
make_places (Graph        *g,
             GPtrArray    *ranks,
             const double *rank_start,
             const double *rank_size,
             const double *size,
             const double *centre,
             gboolean      flow_x)
{
  GArray *places = g_array_sized_new (FALSE, TRUE, sizeof (PdLayoutPlace), g->nodes->len);

  g_array_set_size (places, g->nodes->len);
  for (guint r = 0; r < g->n_ranks; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);

      for (guint k = 0; k < rank->len; k++)
        {
          guint v = g_array_index (rank, guint, k);
          PdNode *node = g_ptr_array_index (g->nodes, v);
          PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, v);
          double flow = rank_start[r] + (rank_size[r] - along (node, !flow_x)) / 2;
          double cross = centre[v] - size[v] / 2;

          place->id = pd_node_get_id (node);
          place->rank = r;
          place->lane = g->lane[v];
          place->x = ORIGIN + round (flow_x ? flow : cross);
          place->y = ORIGIN + round (flow_x ? cross : flow);
        }
    }
  return places;
}

/* Orders each rank and places the steps: ranks along the flow, lanes
 * across it. */
static GArray *
order_and_place (Graph                 *g,
                 GPtrArray             *reading,
                 GHashTable            *index,
                 const double          *across,
                 const PdLayoutOptions *options,
                 gboolean               flow_x)
{
  guint n = g->nodes->len;
  g_autoptr(GPtrArray) ranks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree double *rank_start = NULL;
  g_autofree double *rank_size = NULL;
  g_autofree double *lane_start = NULL;
  g_autofree double *lane_size = NULL;
  g_autofree double *size = NULL;
  g_autofree double *centre = NULL;
  guint least;
  GArray *places;

  for (guint r = 0; r < g->n_ranks; r++)
    g_ptr_array_add (ranks, g_array_new (FALSE, FALSE, sizeof (guint)));
  /* First in reading order, then (when @across is given) as they are
   * now across the flow, then by barycentres. */
  for (guint i = 0; i < reading->len; i++)
    {
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_node_get_id (
                                        g_ptr_array_index (reading, i))));
      guint v;
      GArray *rank;

      if (found == 0)
        continue;
      v = found - 1;
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
  order_ranks (g, ranks);
  transpose (g, ranks);

  /* Sizes: a rank is as deep as its deepest step; a lane as wide as its
   * widest column of steps. */
  rank_size = g_new0 (double, MAX (g->n_ranks, 1));
  rank_start = g_new0 (double, MAX (g->n_ranks, 1));
  lane_size = g_new0 (double, g->n_lanes);
  lane_start = g_new0 (double, g->n_lanes);
  for (guint r = 0; r < g->n_ranks; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);
      g_autofree double *column = g_new0 (double, g->n_lanes);

      for (guint k = 0; k < rank->len; k++)
        {
          guint v = g_array_index (rank, guint, k);
          PdNode *node = g_ptr_array_index (g->nodes, v);

          rank_size[r] = MAX (rank_size[r], along (node, !flow_x));
          column[g->lane[v]] += along (node, flow_x) + options->node_gap;
        }
      for (guint l = 0; l < g->n_lanes; l++)
        lane_size[l] = MAX (lane_size[l], column[l] > 0 ? column[l] - options->node_gap : 0);
    }
  for (guint r = 1; r < g->n_ranks; r++)
    rank_start[r] = rank_start[r - 1] + rank_size[r - 1]
                    + MAX (options->rank_gap, g->label_room[r - 1]);
  for (guint l = 1; l < g->n_lanes; l++)
    lane_start[l] = lane_start[l - 1] + lane_size[l - 1]
                    + (lane_size[l - 1] > 0 ? options->lane_gap : 0);

  /* Across the flow: each lane's steps of a rank one after the other from
   * the lane's start, then straightened. */
  size = g_new (double, MAX (n, 1));
  centre = g_new (double, MAX (n, 1));
  for (guint r = 0; r < g->n_ranks; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);
      g_autofree double *filled = g_new0 (double, g->n_lanes);

      for (guint k = 0; k < rank->len; k++)
        {
          guint v = g_array_index (rank, guint, k);

          size[v] = along (g_ptr_array_index (g->nodes, v), flow_x);
          centre[v] = lane_start[g->lane[v]] + filled[g->lane[v]] + size[v] / 2;
          filled[g->lane[v]] += size[v] + options->node_gap;
        }
    }
  /* Laid out again: from as near where the steps are as their lanes and
   * order allow, so that a small edit makes a small change. */
  if (across)
    {
      g_autofree double *target = g_new (double, MAX (n, 1));

      for (guint v = 0; v < n; v++)
        target[v] = across[v] - ORIGIN;
      for (guint r = 0; r < g->n_ranks; r++)
        {
          GArray *rank = g_ptr_array_index (ranks, r);
          const guint *column = (const guint *) rank->data;

          for (guint k = 0, e; k < rank->len; k = e)
            {
              guint lane = g->lane[column[k]];

              for (e = k; e < rank->len && g->lane[column[e]] == lane; e++)
                ;
              place_column (column + k, e - k, size, target, options->node_gap, lane_start[lane],
                            lane_start[lane] + lane_size[lane], centre);
            }
        }
    }
  /* Straightened a pass at a time; kept after the pass that crosses
   * fewest lines drawn straight (the later on a tie: straighter). */
  places = make_places (g, ranks, rank_start, rank_size, size, centre, flow_x);
  least = place_crossings (g, places);
  for (guint pass = 0; pass < STRAIGHTEN_PASSES; pass++)
    {
      g_autoptr(GArray) other = NULL;
      guint crossings;

      straighten (g, ranks, size, lane_start, lane_size, options->node_gap, pass % 2 == 0,
                  centre);
      other = make_places (g, ranks, rank_start, rank_size, size, centre, flow_x);
      crossings = place_crossings (g, other);
      if (crossings <= least)
        {
          least = crossings;
          g_array_unref (places);
          places = g_steal_pointer (&other);
        }
    }
  return places;
}

/* Pairs of transitions that cross, drawn straight between the centres of
 * their steps at @places. */
static guint
place_crossings (Graph  *g,
                 GArray *places)
{
  guint n_links = g->links->len;
  g_autofree double *segments = g_new (double, 4 * MAX (n_links, 1));
  g_autofree gsize *ends = g_new (gsize, 2 * MAX (n_links, 1));

  for (guint i = 0; i < n_links; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);
      PdLayoutPlace *a = &g_array_index (places, PdLayoutPlace, l->from);
      PdLayoutPlace *b = &g_array_index (places, PdLayoutPlace, l->to);
      PdNode *na = g_ptr_array_index (g->nodes, l->from), *nb = g_ptr_array_index (g->nodes, l->to);

      segments[4 * i] = a->x + pd_node_get_width (na) / 2;
      segments[4 * i + 1] = a->y + pd_node_get_height (na) / 2;
      segments[4 * i + 2] = b->x + pd_node_get_width (nb) / 2;
      segments[4 * i + 3] = b->y + pd_node_get_height (nb) / 2;
      ends[2 * i] = l->from;
      ends[2 * i + 1] = l->to;
    }
  return count_crossings (segments, ends, n_links);
}

/* Room between ranks for the labels of the transitions across them: a
 * label sits half way along its line, so in the gap at the middle of the
 * ranks it spans, with room for the line and its arrow on each side. */
#define LABEL_CLEARANCE 24.0
/* Wider than most characters of the scene's font, as a share of its
 * size: the layout does not lay text out (that would load fonts, which
 * costs more than the whole layout of a usual pathway). */
#define LABEL_CHAR_WIDTH 0.58
#define LABEL_LINE_HEIGHT 1.2

/* About the size of the box the scene draws @label in, rather larger. */
static void
label_size (const char *label,
            double     *width,
            double     *height)
{
  double length = g_utf8_strlen (label, -1) * LABEL_CHAR_WIDTH * PD_SCENE_EDGE_FONT;
  double lines = MIN (ceil (length / PD_SCENE_LABEL_WIDTH), PD_SCENE_LABEL_LINES);

  *width = MIN (length, PD_SCENE_LABEL_WIDTH) + 9;
  *height = MAX (lines, 1) * LABEL_LINE_HEIGHT * PD_SCENE_EDGE_FONT + 4;
}

static void
leave_room_for_labels (Graph                 *g,
                       GPtrArray             *edges,
                       GHashTable            *index,
                       const PdLayoutOptions *options,
                       gboolean               flow_x)
{
  g->label_room = g_new0 (double, MAX (g->n_ranks, 1));
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_edge_get_from_id (edge)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index, pd_edge_get_to_id (edge)));
      g_autofree char *label = NULL;
      guint first, last;
      double width, height;

      if (from == 0 || to == 0 || g->rank[from - 1] == g->rank[to - 1]
          || (label = pd_scene_edge_label_text (edge)) == NULL)
        continue;
      label_size (label, &width, &height);
      first = MIN (g->rank[from - 1], g->rank[to - 1]);
      last = MAX (g->rank[from - 1], g->rank[to - 1]);
      first += (last - first - 1) / 2;
      g->label_room[first] = MAX (g->label_room[first],
                                  (flow_x ? width : height) + 2 * LABEL_CLEARANCE);
    }
}

static GArray *
compute (PdDocument            *document,
         const PdLayoutOptions *options,
         GHashTable            *only)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  GListModel *node_list, *agencies;
  g_autoptr(GPtrArray) reading = NULL;
  g_autoptr(GPtrArray) reading_edges = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lanes = g_hash_table_new (g_str_hash, g_str_equal);
  Graph g = { 0 };
  GArray *places;
  gboolean flow_x;
  guint n;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  flow_x = options->direction == PD_LAYOUT_LEFT_RIGHT;
  node_list = pd_document_get_nodes (document);
  agencies = pd_document_get_agencies (document);
  g.nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g.links = g_array_new (FALSE, FALSE, sizeof (Link));
  for (guint i = 0; i < g_list_model_get_n_items (node_list); i++)
    {
      PdNode *node = g_list_model_get_item (node_list, i);

      /* Only the steps asked for; transitions to the others are ignored. */
      if (only && !g_hash_table_contains (only, pd_node_get_id (node)))
        {
          g_object_unref (node);
          continue;
        }
      g_ptr_array_add (g.nodes, node);
      g_hash_table_insert (index, (gpointer) pd_node_get_id (node),
                           GUINT_TO_POINTER (g.nodes->len));
    }
  n = g.nodes->len;
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      g_hash_table_insert (lanes, (gpointer) pd_agency_get_id (agency), GUINT_TO_POINTER (i + 1));
    }
  g.rank = g_new0 (guint, n);
  g.lane = g_new0 (guint, n);
  g.order = g_new0 (double, n);
  g.n_lanes = options->lanes ? g_list_model_get_n_items (agencies) + 1 : 1;

  /* Re-referrals laid out reversed; should that still leave a cycle (a
   * "re-referral" that goes forward), depth first alone decides. */
  pd_reading_order (document, &reading, &reading_edges);
  link_steps (&g, reading, reading_edges, index, TRUE);
  if (!assign_ranks (&g))
    {
      g_array_set_size (g.links, 0);
      memset (g.rank, 0, n * sizeof (guint));
      link_steps (&g, reading, reading_edges, index, FALSE);
      assign_ranks (&g);
    }

  leave_room_for_labels (&g, reading_edges, index, options, flow_x);

  /* Lanes in the agencies' order; steps of no known agency go last. */
  for (guint i = 0; i < n; i++)
    {
      PdNode *node = g_ptr_array_index (g.nodes, i);
      guint lane = GPOINTER_TO_UINT (g_hash_table_lookup (lanes, pd_node_get_agency_id (node)
                                                                 ? pd_node_get_agency_id (node)
                                                                 : ""));
      g.lane[i] = options->lanes ? (lane ? lane - 1 : g.n_lanes - 1) : 0;
    }
  /* Two orders tried on a pathway of a usual size: from the steps' places
   * now (so that tidying again keeps what a tidy decided) and from reading
   * order; the one with fewer crossings wins, the first on a tie. */
  if (g.links->len <= MAX_COMPARED_LINKS)
    {
      g_autofree double *across = g_new (double, n);
      g_autoptr(GArray) other = NULL;
      guint least, crossings;

      for (guint i = 0; i < n; i++)
        {
          PdNode *node = g_ptr_array_index (g.nodes, i);
          across[i] = flow_x ? pd_node_get_y (node) + pd_node_get_height (node) / 2
                             : pd_node_get_x (node) + pd_node_get_width (node) / 2;
        }
      places = order_and_place (&g, reading, index, across, options, flow_x);
      other = order_and_place (&g, reading, index, NULL, options, flow_x);
      least = place_crossings (&g, places);
      crossings = place_crossings (&g, other);
      /* Where the steps are wins unless the other crosses clearly less:
       * a small edit then gives a small change. */
      if (crossings + least / 10 < least)
        {
          g_array_unref (places);
          places = g_steal_pointer (&other);
          least = crossings;
        }
    }
  else
    places = order_and_place (&g, reading, index, NULL, options, flow_x);
  graph_clear (&g);
  return places;
}

GArray *
pd_layout_compute (PdDocument            *document,
                   const PdLayoutOptions *options)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  return compute (document, options, NULL);
}

void
pd_layout_apply_to (PdDocument            *document,
                    const PdLayoutOptions *options,
                    GPtrArray             *ids)
{
  g_autoptr(GHashTable) only = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) places = NULL;
  double old_x = G_MAXDOUBLE, old_y = G_MAXDOUBLE, new_x = G_MAXDOUBLE, new_y = G_MAXDOUBLE;

  g_return_if_fail (PD_IS_DOCUMENT (document));

  for (guint i = 0; i < ids->len; i++)
    {
      PdNode *node = pd_document_get_node (document, g_ptr_array_index (ids, i));

      if (node == NULL)
        continue;
      g_hash_table_add (only, (gpointer) pd_node_get_id (node));
      old_x = MIN (old_x, pd_node_get_x (node));
      old_y = MIN (old_y, pd_node_get_y (node));
    }
  if (g_hash_table_size (only) < 2)
    return;
  places = compute (document, options, only);
  for (guint i = 0; i < places->len; i++)
    {
      new_x = MIN (new_x, g_array_index (places, PdLayoutPlace, i).x);
      new_y = MIN (new_y, g_array_index (places, PdLayoutPlace, i).y);
    }
  /* The tidied steps stay where they were, as a block. */
  pd_document_begin (document, _("Tidy Selection"));
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);

      pd_document_set (document, pd_document_get_node (document, place->id),
                       "x", place->x - new_x + old_x, "y", place->y - new_y + old_y, NULL);
    }
  pd_document_end (document);
}

static void
set_places (PdDocument *document,
            GArray     *places)
{
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (document, place->id);

      pd_document_set (document, node, "x", place->x, "y", place->y, NULL);
    }
}

static void
set_lanes (PdDocument            *document,
           const PdLayoutOptions *options)
{
  /* The diagram draws the lanes the steps were laid out in. */
  pd_document_set (document, document, "lanes",
                   !options->lanes ? PD_LANES_NONE
                   : options->direction == PD_LAYOUT_LEFT_RIGHT ? PD_LANES_ACROSS : PD_LANES_DOWN,
                   NULL);
}

void
pd_layout_apply_from (PdDocument            *document,
                      PdDocument            *laid_out,
                      const PdLayoutOptions *options)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  GListModel *nodes;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (PD_IS_DOCUMENT (laid_out));

  if (options == NULL)
    options = &defaults;
  nodes = pd_document_get_nodes (laid_out);
  pd_document_begin (document, _("Tidy"));
  set_lanes (document, options);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) placed = g_list_model_get_item (nodes, i);
      PdNode *node = pd_document_get_node (document, pd_node_get_id (placed));

      if (node)
        pd_document_set (document, node, "x", pd_node_get_x (placed),
                         "y", pd_node_get_y (placed), NULL);
    }
  pd_document_end (document);
}

void
pd_layout_apply (PdDocument            *document,
                 const PdLayoutOptions *options)
{
  g_autoptr(GArray) places = pd_layout_compute (document, options);
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;

  if (options == NULL)
    options = &defaults;
  pd_document_begin (document, _("Tidy"));
  set_lanes (document, options);
  set_places (document, places);
  /* Reading order, and so the layout, depends on where steps are: laid
   * out again from the new places while that crosses fewer transitions.
   * Tidying a tidy pathway then leaves it as it is. */
  if (g_list_model_get_n_items (pd_document_get_edges (document)) <= MAX_COMPARED_LINKS)
    {
      guint least = pd_layout_count_crossings (document);

      for (guint round = 0; round < 3 && least > 0; round++)
        {
          g_autoptr(GArray) again = pd_layout_compute (document, options);
          guint crossings;

          set_places (document, again);
          crossings = pd_layout_count_crossings (document);
          if (crossings >= least)
            {
              set_places (document, places);
              break;
            }
          least = crossings;
          g_array_unref (places);
          places = g_steal_pointer (&again);
        }
    }
  pd_document_end (document);
}

guint
pd_layout_count_crossings (PdDocument *document)
{
  GListModel *edges = pd_document_get_edges (document);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      PdNode *a = pd_document_get_node (document, pd_edge_get_from_id (edge));
      PdNode *b = pd_document_get_node (document, pd_edge_get_to_id (edge));
      double s[4];

      if (a == NULL || b == NULL || a == b)
        continue;
      s[0] = pd_node_get_x (a) + pd_node_get_width (a) / 2;
      s[1] = pd_node_get_y (a) + pd_node_get_height (a) / 2;
      s[2] = pd_node_get_x (b) + pd_node_get_width (b) / 2;
      s[3] = pd_node_get_y (b) + pd_node_get_height (b) / 2;
      g_array_append_vals (segments, s, 1);
      {
        gsize pair[2] = { GPOINTER_TO_SIZE (a), GPOINTER_TO_SIZE (b) };
        g_array_append_vals (ends, pair, 2);
      }
    }
  return count_crossings ((const double *) segments->data, (const gsize *) ends->data,
                          segments->len);
}
