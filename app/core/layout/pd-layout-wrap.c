/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fit to a page: a long flow cut between ranks into rows (left to right,
 * one under another; columns when the flow runs down), so that the whole
 * layout comes near the shape asked for. Each row keeps the agencies'
 * lanes in their order, a band only for the agencies with steps in it,
 * each as deep as its steps there. */
#include <math.h>

#include "pd-layout-private.h"

/* Room the scene keeps for a lane's name before its steps (across) or
 * above them (down): part of the shape on paper. */
#define LANE_NAME_ACROSS 150.0
#define LANE_NAME_DOWN 40.0
/* About what the diagram adds to the steps' height: its title above them
 * and its key below. */
#define TITLE_AND_KEY 260.0

typedef struct {
  Graph                 *g;
  const double          *rank_start;
  const double          *rank_size;
  const PdLayoutOptions *options;
  gboolean               flow_x;
  double                *flow;      /* each step's place along the flow, as laid out */
  double                *cross;     /* and across it */
  double                *deep;      /* its size across the flow */
} Wrap;

/* Row of each rank for @rows rows: the ranks cut where their middles
 * pass each row's share of the whole length. */
static void
cut_rows (const Wrap *w,
          guint       rows,
          guint      *row)
{
  guint n = w->g->n_ranks;
  double total = w->rank_start[n - 1] + w->rank_size[n - 1];

  for (guint r = 0; r < n; r++)
    {
      double middle = w->rank_start[r] + w->rank_size[r] / 2;

      row[r] = MIN ((guint) floor (middle / (total / rows)), rows - 1);
    }
}

/* Places the steps by rows of @row into @flow and @cross (nullable, to
 * measure only); @width and @height of the whole as drawn, about. */
static void
lay_rows (const Wrap  *w,
          const guint *row,
          double      *flow,
          double      *cross,
          double      *width,
          double      *height)
{
  Graph *g = w->g;
  guint n = g->nodes->len;
  g_autofree double *lo = g_new (double, g->n_lanes);
  g_autofree double *hi = g_new (double, g->n_lanes);
  g_autofree double *offset = g_new (double, g->n_lanes);
  double row_start = 0, longest = 0;

  for (guint r = 0, e; r < g->n_ranks; r = e)
    {
      double depth = 0, length;

      for (e = r; e < g->n_ranks && row[e] == row[r]; e++)
        ;
      for (guint l = 0; l < g->n_lanes; l++)
        {
          lo[l] = G_MAXDOUBLE;
          hi[l] = -G_MAXDOUBLE;
        }
      for (guint v = 0; v < n; v++)
        if (g->rank[v] >= r && g->rank[v] < e)
          {
            lo[g->lane[v]] = MIN (lo[g->lane[v]], w->cross[v]);
            hi[g->lane[v]] = MAX (hi[g->lane[v]], w->cross[v] + w->deep[v]);
          }
      /* The row's lanes in order, only those with steps in it. */
      for (guint l = 0; l < g->n_lanes; l++)
        {
          if (lo[l] > hi[l])
            continue;
          if (depth > 0)
            depth += w->options->lane_gap;
          offset[l] = row_start + depth - lo[l];
          depth += hi[l] - lo[l];
        }
      for (guint v = 0; flow && v < n; v++)
        if (g->rank[v] >= r && g->rank[v] < e)
          {
            flow[v] = w->flow[v] - w->rank_start[r];
            cross[v] = w->cross[v] + offset[g->lane[v]];
          }
      length = w->rank_start[e - 1] + w->rank_size[e - 1] - w->rank_start[r];
      longest = MAX (longest, length);
      row_start += depth + w->options->rank_gap;
    }
  row_start -= w->options->rank_gap;
  *width = w->flow_x ? longest : row_start;
  *height = (w->flow_x ? row_start : longest) + TITLE_AND_KEY;
  if (w->options->lanes && w->flow_x)
    *width += LANE_NAME_ACROSS;
  else if (w->options->lanes)
    *height += LANE_NAME_DOWN;
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
  g_autofree guint *row = g_new (guint, MAX (g->n_ranks, 1));
  g_autofree double *new_flow = g_new (double, MAX (n, 1));
  g_autofree double *new_cross = g_new (double, MAX (n, 1));
  Wrap w = { g, rank_start, rank_size, options, flow_x, flow, cross, deep };
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
    }
  /* The number of rows that lets the whole be drawn largest on a page of
   * the shape asked for; the fewer on a tie. */
  for (guint rows = 1; rows <= g->n_ranks; rows++)
    {
      double width, height, scale;

      cut_rows (&w, rows, row);
      lay_rows (&w, row, NULL, NULL, &width, &height);
      scale = MIN (options->aspect / width, 1 / height);
      if (scale > best * (1 + 1e-9))
        {
          best = scale;
          best_rows = rows;
        }
    }
  cut_rows (&w, best_rows, row);
  lay_rows (&w, row, new_flow, new_cross, &best, &best);
  for (guint v = 0; v < n; v++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, v);
      double x = flow_x ? new_flow[v] : new_cross[v];
      double y = flow_x ? new_cross[v] : new_flow[v];

      place->x = ORIGIN + round (x);
      place->y = ORIGIN + round (y);
    }
}
