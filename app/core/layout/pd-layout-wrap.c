/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fit to a page: a long flow cut between ranks into rows (left to right,
 * one under another; columns when the flow runs down), so that the whole
 * layout comes near the shape asked for and is drawn as large as it can
 * be on it. Each row keeps the agencies' lanes in their order, a band
 * only for the agencies with steps in it, each as deep as its steps
 * there, packed: the room a lane kept for steps of other rows is left
 * out. Ranks come closer than in one long row, apart by the room their
 * labels need. */
#include <math.h>

#include "pd-layout-private.h"

/* Room the scene keeps for a lane's name before its steps (across) or
 * above them (down): part of the shape on paper. */
#define LANE_NAME_ACROSS 150.0
#define LANE_NAME_DOWN 40.0
/* About what the diagram adds to the steps' height: its title above them
 * and its key below. */
#define TITLE_AND_KEY 260.0
/* Between ranks of a row where no label needs more, and between rows:
 * room for the lines' bends and arrowheads, and for a line that runs
 * along the gap from one row's end to the next row's start. */
#define FIT_RANK_GAP 60.0
#define FIT_ROW_GAP 60.0
/* Rows tried: a bound on the work, far more than a page holds. */
#define MOST_ROWS 48

typedef struct {
  Graph                 *g;
  const double          *rank_start;
  const PdLayoutOptions *options;
  gboolean               flow_x;
  double                *flow;      /* each step's place along the flow, as laid out */
  double                *cross;     /* and across it */
  double                *deep;      /* its size across the flow */
  guint                 *order;     /* the steps by lane, then across the flow */
  double                *start;     /* each rank's start along the flow, ranks closer */
  double                *size;      /* and its size along it */
} Wrap;

/* Row of each rank for @rows rows: the ranks cut where their middles
 * pass each row's share of the whole length. */
static void
cut_rows (const Wrap *w,
          guint       rows,
          guint      *row)
{
  guint n = w->g->n_ranks;
  double total = w->start[n - 1] + w->size[n - 1];

  for (guint r = 0; r < n; r++)
    {
      double middle = w->start[r] + w->size[r] / 2;

      row[r] = MIN ((guint) floor (middle / (total / rows)), rows - 1);
    }
}

/* Across the flow, each step's place in its lane's band of its row
 * (@packed, from 0 at the band's first step) and how deep each band is
 * (@depth, rows × lanes, below 0 for none): the steps of a lane in a
 * row in their order as laid out, each gap between them that no step
 * of the row fills cut down to the gap between steps. */
static void
pack_lanes (const Wrap  *w,
            const guint *row,
            guint        rows,
            double      *packed,
            double      *depth)
{
  Graph *g = w->g;
  guint lanes = g->n_lanes;
  g_autofree double *reached = g_new (double, rows * lanes);
  g_autofree double *moved = g_new (double, rows * lanes);

  for (guint i = 0; i < rows * lanes; i++)
    depth[i] = -1;
  for (guint k = 0; k < g->nodes->len; k++)
    {
      guint v = w->order[k];
      guint i = row[g->rank[v]] * lanes + g->lane[v];

      if (depth[i] < 0)
        {
          moved[i] = w->cross[v];
          reached[i] = w->cross[v];
        }
      else if (w->cross[v] - reached[i] > w->options->node_gap)
        moved[i] += w->cross[v] - reached[i] - w->options->node_gap;
      packed[v] = w->cross[v] - moved[i];
      reached[i] = MAX (reached[i], w->cross[v] + w->deep[v]);
      depth[i] = MAX (depth[i], packed[v] + w->deep[v]);
    }
}

/* Places the steps by rows of @row (@rows of them) into @flow and @cross
 * (nullable, to measure only); @width and @height of the whole as drawn,
 * about. */
static void
lay_rows (const Wrap  *w,
          const guint *row,
          guint        rows,
          double      *flow,
          double      *cross,
          double      *width,
          double      *height)
{
  Graph *g = w->g;
  guint n = g->nodes->len, lanes = g->n_lanes;
  g_autofree double *packed = g_new (double, MAX (n, 1));
  g_autofree double *depth = g_new (double, rows * lanes);
  g_autofree double *offset = g_new (double, rows * lanes);
  g_autofree double *row_from = g_new (double, rows);
  double row_start = 0, longest = 0;

  pack_lanes (w, row, rows, packed, depth);
  for (guint r = 0, e; r < g->n_ranks; r = e)
    {
      guint k = row[r];
      double deep = 0;

      for (e = r; e < g->n_ranks && row[e] == k; e++)
        ;
      /* The row's lanes in order, only those with steps in it. */
      for (guint l = 0; l < lanes; l++)
        {
          if (depth[k * lanes + l] < 0)
            continue;
          if (deep > 0)
            deep += w->options->lane_gap;
          offset[k * lanes + l] = row_start + deep;
          deep += depth[k * lanes + l];
        }
      row_from[k] = w->start[r];
      longest = MAX (longest, w->start[e - 1] + w->size[e - 1] - w->start[r]);
      row_start += deep + FIT_ROW_GAP;
    }
  row_start -= FIT_ROW_GAP;
  for (guint v = 0; flow && v < n; v++)
    {
      guint r = g->rank[v], k = row[r];

      flow[v] = w->flow[v] - w->rank_start[r] + w->start[r] - row_from[k];
      cross[v] = packed[v] + offset[k * lanes + g->lane[v]];
    }
  *width = w->flow_x ? longest : row_start;
  *height = (w->flow_x ? row_start : longest) + TITLE_AND_KEY;
  if (w->options->lanes && w->flow_x)
    *width += LANE_NAME_ACROSS;
  else if (w->options->lanes)
    *height += LANE_NAME_DOWN;
}

static int
by_lane_then_across (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const Wrap *w = data;
  guint u = *(const guint *) a, v = *(const guint *) b;

  if (w->g->lane[u] != w->g->lane[v])
    return w->g->lane[u] < w->g->lane[v] ? -1 : 1;
  if (w->cross[u] != w->cross[v])
    return w->cross[u] < w->cross[v] ? -1 : 1;
  return (u > v) - (u < v);
}

void
pd_layout_wrap (Graph                 *g,
                GArray                *places,
                const double          *rank_start,
                const double          *rank_size,
                const PdLayoutOptions *options,
                gboolean               flow_x)
{
  guint n = g->nodes->len;
  g_autofree double *flow = g_new (double, MAX (n, 1));
  g_autofree double *cross = g_new (double, MAX (n, 1));
  g_autofree double *deep = g_new (double, MAX (n, 1));
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree double *start = g_new (double, MAX (g->n_ranks, 1));
  g_autofree guint *row = g_new (guint, MAX (g->n_ranks, 1));
  g_autofree double *new_flow = g_new (double, MAX (n, 1));
  g_autofree double *new_cross = g_new (double, MAX (n, 1));
  Wrap w = { g, rank_start, options, flow_x, flow, cross, deep, order, start, (double *) rank_size };
  double best = 0;
  guint best_rows = 1;

  if (!(options->aspect > 0) || n == 0 || g->n_ranks == 0)
    return;
  for (guint v = 0; v < n; v++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, v);

      flow[v] = (flow_x ? place->x : place->y) - ORIGIN;
      cross[v] = (flow_x ? place->y : place->x) - ORIGIN;
      deep[v] = along (g, v, flow_x);
      order[v] = v;
    }
  g_qsort_with_data (order, n, sizeof (guint), by_lane_then_across, &w);
  start[0] = 0;
  for (guint r = 1; r < g->n_ranks; r++)
    start[r] = start[r - 1] + rank_size[r - 1] + MAX (FIT_RANK_GAP, g->label_room[r - 1]);
  /* The number of rows that lets the whole be drawn largest on a page of
   * the shape asked for; the fewer on a tie. */
  for (guint rows = 1; rows <= MIN (g->n_ranks, MOST_ROWS); rows++)
    {
      double width, height, scale;

      cut_rows (&w, rows, row);
      lay_rows (&w, row, rows, NULL, NULL, &width, &height);
      scale = MIN (options->aspect / width, 1 / height);
      if (scale > best * (1 + 1e-9))
        {
          best = scale;
          best_rows = rows;
        }
    }
  cut_rows (&w, best_rows, row);
  lay_rows (&w, row, best_rows, new_flow, new_cross, &best, &best);
  for (guint v = 0; v < n; v++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, v);
      double x = flow_x ? new_flow[v] : new_cross[v];
      double y = flow_x ? new_cross[v] : new_flow[v];

      place->x = ORIGIN + round (x);
      place->y = ORIGIN + round (y);
    }
}
