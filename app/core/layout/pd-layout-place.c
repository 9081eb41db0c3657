/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placing the ordered steps: ranks along the flow, lanes across it, and
 * steps moved within their lane so that runs line up. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pd-layout-private.h"

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

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @values (sorted in place): by insertion for the few
 * neighbours most steps have, by qsort() for a step many transitions
 * meet, which insertion would make quadratic. */
static double
median (double *values,
        guint   n)
{
  if (n > 16)
    qsort (values, n, sizeof (double), by_value);
  else
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
/* Each step's neighbours before it along the flow and after it: arrays
 * of step indices, made once for all passes. */
static void
find_neighbours (Graph      *g,
                 GPtrArray **before,
                 GPtrArray **after)
{
  *before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  *after = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < g->nodes->len; i++)
    {
      g_ptr_array_add (*before, g_array_new (FALSE, FALSE, sizeof (guint)));
      g_ptr_array_add (*after, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      if (l->from == l->to)
        continue;
      g_array_append_val (g_ptr_array_index (*after, l->from), l->to);
      g_array_append_val (g_ptr_array_index (*before, l->to), l->from);
    }
}

static void
straighten (Graph        *g,
            GPtrArray    *ranks,
            GPtrArray    *before,
            GPtrArray    *after,
            const double *size,
            const double *lane_start,
            const double *lane_size,
            double        gap,
            gboolean      forwards,
            double       *centre)
{
  g_autofree double *target = g_new (double, MAX (g->nodes->len, 1));
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

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
          double flow = rank_start[r] + (rank_size[r] - along (g, v, !flow_x)) / 2;
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

/* Where each rank begins along the flow and how deep it is; where each
 * lane begins across it and how wide it is. */
typedef struct {
  double *rank_start;
  double *rank_size;
  double *lane_start;
  double *lane_size;
} Bands;

static void
bands_clear (Bands *bands)
{
  g_free (bands->rank_start);
  g_free (bands->rank_size);
  g_free (bands->lane_start);
  g_free (bands->lane_size);
}

/* Sizes: a rank is as deep as its deepest step; a lane as wide as its
 * widest column of steps. */
static void
measure_bands (Graph                 *g,
               GPtrArray             *ranks,
               const PdLayoutOptions *options,
               gboolean               flow_x,
               Bands                 *bands)
{
  bands->rank_size = g_new0 (double, MAX (g->n_ranks, 1));
  bands->rank_start = g_new0 (double, MAX (g->n_ranks, 1));
  bands->lane_size = g_new0 (double, g->n_lanes);
  bands->lane_start = g_new0 (double, g->n_lanes);
  for (guint r = 0; r < g->n_ranks; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);
      g_autofree double *column = g_new0 (double, g->n_lanes);

      for (guint k = 0; k < rank->len; k++)
        {
          guint v = g_array_index (rank, guint, k);

          bands->rank_size[r] = MAX (bands->rank_size[r], along (g, v, !flow_x));
          column[g->lane[v]] += along (g, v, flow_x) + options->node_gap;
        }
      for (guint l = 0; l < g->n_lanes; l++)
        bands->lane_size[l] = MAX (bands->lane_size[l],
                                   column[l] > 0 ? column[l] - options->node_gap : 0);
    }
  for (guint r = 1; r < g->n_ranks; r++)
    bands->rank_start[r] = bands->rank_start[r - 1] + bands->rank_size[r - 1]
                           + MAX (options->rank_gap, g->label_room[r - 1]);
  for (guint l = 1; l < g->n_lanes; l++)
    bands->lane_start[l] = bands->lane_start[l - 1] + bands->lane_size[l - 1]
                           + (bands->lane_size[l - 1] > 0 ? options->lane_gap : 0);
}

/* Across the flow: each lane's steps of a rank one after the other from
 * the lane's start. */
static void
stack_in_lanes (Graph                 *g,
                GPtrArray             *ranks,
                const Bands           *bands,
                const PdLayoutOptions *options,
                gboolean               flow_x,
                double                *size,
                double                *centre)
{
  for (guint r = 0; r < g->n_ranks; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);
      g_autofree double *filled = g_new0 (double, g->n_lanes);

      for (guint k = 0; k < rank->len; k++)
        {
          guint v = g_array_index (rank, guint, k);

          size[v] = along (g, v, flow_x);
          centre[v] = bands->lane_start[g->lane[v]] + filled[g->lane[v]] + size[v] / 2;
          filled[g->lane[v]] += size[v] + options->node_gap;
        }
    }
}

/* Laid out again: from as near where the steps are (@across) as their
 * lanes and order allow, so that a small edit makes a small change. */
static void
keep_near (Graph                 *g,
           GPtrArray             *ranks,
           const double          *across,
           const Bands           *bands,
           const PdLayoutOptions *options,
           const double          *size,
           double                *centre)
{
  g_autofree double *target = g_new (double, MAX (g->nodes->len, 1));

  for (guint v = 0; v < g->nodes->len; v++)
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
          place_column (column + k, e - k, size, target, options->node_gap,
                        bands->lane_start[lane], bands->lane_start[lane] + bands->lane_size[lane],
                        centre);
        }
    }
}

GArray *
pd_layout_place (Graph                 *g,
                 GPtrArray             *ranks,
                 const double          *across,
                 const PdLayoutOptions *options,
                 gboolean               flow_x,
                 guint                 *crossings_out)
{
  guint n = g->nodes->len;
  g_autofree double *size = g_new (double, MAX (n, 1));
  g_autofree double *centre = g_new (double, MAX (n, 1));
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  Bands bands;
  guint least, drawn;
  GArray *places;

  find_neighbours (g, &before, &after);
  measure_bands (g, ranks, options, flow_x, &bands);
  stack_in_lanes (g, ranks, &bands, options, flow_x, size, centre);
  if (across)
    keep_near (g, ranks, across, &bands, options, size, centre);

  /* Straightened a pass at a time; kept after the pass that crosses
   * fewest lines drawn straight (the later on a tie: straighter). */
  places = make_places (g, ranks, bands.rank_start, bands.rank_size, size, centre, flow_x);
  least = g->as_stood ? 0 : pd_layout_layered_crossings (g, centre);
  for (guint pass = 0; pass < (g->as_stood ? 0 : STRAIGHTEN_PASSES); pass++)
    {
      g_autoptr(GArray) other = NULL;
      guint crossings;

      straighten (g, ranks, before, after, size, bands.lane_start, bands.lane_size,
                  options->node_gap, pass % 2 == 0, centre);
      other = make_places (g, ranks, bands.rank_start, bands.rank_size, size, centre, flow_x);
      crossings = pd_layout_layered_crossings (g, centre);
      if (crossings <= least)
        {
          least = crossings;
          g_array_unref (places);
          places = g_steal_pointer (&other);
        }
    }
  drawn = pd_layout_wrap (g, places, bands.rank_start, bands.rank_size, options, flow_x);
  bands_clear (&bands);
  /* A fit in one lane is weighed by its rows as drawn: there the long
   * row's count tells little of theirs (dual diagnosis: 7 in one long
   * row, 26 in rows; another order 15, and 12). */
  *crossings_out = !options->lanes && drawn != G_MAXUINT ? drawn : least;
  return places;
}
