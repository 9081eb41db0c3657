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
#include <string.h>

#include "pd-layout-private.h"

/* Room the scene keeps for a lane's name before its steps (across) or
 * above them (down), with the band's end beyond them and the margins on
 * both sides: part of the shape on paper. */
#define LANE_NAME_ACROSS 218.0
#define LANE_NAME_DOWN 108.0
/* About what the diagram adds to the steps' height: its title above them,
 * the bands' ends and the margins. Its key, 150 more below it, mostly
 * finds free room in a fitted diagram (the scene looks for it), as at
 * the end of a shorter row: counted, it made the fit choose shapes with
 * less room for it and smaller text. */
#define TITLE_AND_KEY 150.0
/* Between ranks of a row where no label needs more (room for the lines'
 * bends and arrowheads: 55 draws them as clearly as 60 did), and between
 * rows (room too for a line that runs along the gap from one row's end to
 * the next row's start). */
#define FIT_RANK_GAP 55.0
#define FIT_ROW_GAP 60.0
/* Rows tried: a bound on the work, far more than a page holds. */
#define MOST_ROWS 48



/* Up to this many ranks, and this many steps times ranks squared (the
 * work grows as the ranks' fourth power, and as the steps times their
 * square), every way of cutting the ranks into rows is weighed; beyond,
 * rows of even length. */
#define MOST_RANKS_CUT 64
#define MOST_CUT_WORK 20000000
/* What a link from one row to the next weighs against a row's depth,
 * in pixels: a cut where many lines would run back along the gap is
 * taken only if it makes the whole markedly smaller. */
#define CUT_LINK 80.0

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

/* Across the flow, the steps of ranks [@a, @b) as a row: each step's
 * place in its lane's band (@packed, nullable, from 0 at the band's
 * first step) and how deep each band is (@depth, a double a lane, below
 * 0 for none): the steps of a lane in their order as laid out, each gap
 * between them that no step of the row fills cut down to the gap
 * between steps. @reached and @moved: scratch, a double a lane. Returns
 * the row's depth, its bands one after another. */
static double
pack_row (const Wrap *w,
          guint       a,
          guint       b,
          double     *packed,
          double     *depth,
          double     *reached,
          double     *moved)
{
  Graph *g = w->g;
  double deep = 0;

  for (guint l = 0; l < g->n_lanes; l++)
    depth[l] = -1;
  for (guint k = 0; k < g->nodes->len; k++)
    {
      guint v = w->order[k], l = g->lane[v];
      double place;

      if (g->rank[v] < a || g->rank[v] >= b)
        continue;
      if (depth[l] < 0)
        {
          moved[l] = w->cross[v];
          reached[l] = w->cross[v];
        }
      else if (w->cross[v] - reached[l] > w->options->node_gap)
        moved[l] += w->cross[v] - reached[l] - w->options->node_gap;
      place = w->cross[v] - moved[l];
      if (packed)
        packed[v] = place;
      reached[l] = MAX (reached[l], w->cross[v] + w->deep[v]);
      depth[l] = MAX (depth[l], place + w->deep[v]);
    }
  for (guint l = 0, seen = 0; l < g->n_lanes; l++)
    if (depth[l] >= 0)
      deep += depth[l] + (seen++ ? w->options->lane_gap : 0);
  return deep;
}

/* The whole's width and height, about, for rows @along long at most
 * and @across deep in all. */
static void
whole_size (const Wrap *w,
            double      along,
            double      across,
            double     *width,
            double     *height)
{
  *width = w->flow_x ? along : across;
  *height = (w->flow_x ? across : along) + TITLE_AND_KEY;
  if (w->options->lanes && w->flow_x)
    *width += LANE_NAME_ACROSS;
  else if (w->options->lanes)
    *height += LANE_NAME_DOWN;
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
  guint n = g->nodes->len, lanes = g->n_lanes;
  g_autofree double *packed = g_new (double, MAX (n, 1));
  g_autofree double *depth = g_new (double, lanes);
  g_autofree double *reached = g_new (double, lanes);
  g_autofree double *moved = g_new (double, lanes);
  g_autofree double *offset = g_new (double, lanes);
  double row_start = 0, longest = 0;

  for (guint r = 0, e; r < g->n_ranks; r = e)
    {
      double deep, at;

      for (e = r; e < g->n_ranks && row[e] == row[r]; e++)
        ;
      deep = pack_row (w, r, e, packed, depth, reached, moved);
      /* The row's lanes in order, only those with steps in it. */
      at = 0;
      for (guint l = 0; l < lanes; l++)
        if (depth[l] >= 0)
          {
            at += at > 0 ? w->options->lane_gap : 0;
            offset[l] = row_start + at;
            at += depth[l];
          }
      for (guint v = 0; flow && v < n; v++)
        if (g->rank[v] >= r && g->rank[v] < e)
          {
            flow[v] = w->flow[v] - w->rank_start[g->rank[v]] + w->start[g->rank[v]] - w->start[r];
            cross[v] = packed[v] + offset[g->lane[v]];
          }
      longest = MAX (longest, w->start[e - 1] + w->size[e - 1] - w->start[r]);
      row_start += deep + FIT_ROW_GAP;
    }
  row_start -= FIT_ROW_GAP;
  whole_size (w, longest, row_start, width, height);
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


/* Rows for @row cut where the whole is drawn largest on a page of the
 * shape asked for: for each length a row may reach (that of some run of
 * ranks), the cuts that stack rows least deep with none longer (by
 * dynamic programming over the cut before each rank, each link a cut
 * sends to the next row weighing CUT_LINK), the best kept; the shorter
 * rows on a tie. Returns the number of rows. */
static guint
cut_balanced (const Wrap *w,
              guint      *row)
{
  Graph *g = w->g;
  guint n = g->n_ranks;
  g_autofree double *depth = g_new (double, (n + 1) * (n + 1));
  g_autofree double *stacked = g_new (double, n + 1);
  g_autofree guint *cut = g_new (guint, n + 1);
  g_autofree guint *best_cut = g_new (guint, n + 1);
  g_autofree guint *over = g_new (guint, n + 1);
  g_autofree double *cost = g_new (double, n + 1);
  g_autofree double *reached = g_new (double, g->n_lanes);
  g_autofree double *moved = g_new (double, g->n_lanes);
  g_autofree double *lane_depth = g_new (double, g->n_lanes);
  double best = 0;
  guint rows = 0;

#define LENGTH(a, b) (w->start[(b) - 1] + w->size[(b) - 1] - w->start[a])
  /* Links that a cut before each rank sends from one row to another. */
  memset (over, 0, (n + 1) * sizeof (guint));
  for (guint i = 0; i < g->links->len; i++)
    {
      const Link *link = &g_array_index (g->links, Link, i);
      guint a = MIN (g->rank[link->from], g->rank[link->to]);
      guint b = MAX (g->rank[link->from], g->rank[link->to]);

      for (guint r = a + 1; r <= b; r++)
        over[r]++;
    }
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b <= n; b++)
      depth[a * (n + 1) + b] = pack_row (w, a, b, NULL, lane_depth, reached, moved);
  for (guint la = 0; la < n; la++)
    for (guint lb = la + 1; lb <= n; lb++)
      {
        double bound = LENGTH (la, lb), width, height, scale;

        stacked[0] = -FIT_ROW_GAP;
        cost[0] = 0;
        for (guint b = 1; b <= n; b++)
          {
            cost[b] = G_MAXDOUBLE;
            for (guint a = b; a-- > 0 && LENGTH (a, b) <= bound;)
              {
                double deeper = FIT_ROW_GAP + depth[a * (n + 1) + b];
                double c = cost[a] + deeper + (a > 0 ? CUT_LINK * over[a] : 0);

                if (cost[a] < G_MAXDOUBLE && c < cost[b])
                  {
                    cost[b] = c;
                    stacked[b] = stacked[a] + deeper;
                    cut[b] = a;
                  }
              }
          }
        if (cost[n] == G_MAXDOUBLE)
          continue;
        whole_size (w, bound, stacked[n], &width, &height);
        scale = MIN (w->options->aspect / width, 1 / height);
        if (scale > best * (1 + 1e-9))
          {
            best = scale;
            memcpy (best_cut, cut, (n + 1) * sizeof (guint));
          }
      }
#undef LENGTH
  /* Back from the last rank, the rows counted, then numbered. */
  for (guint b = n; b > 0; b = best_cut[b])
    rows++;
  for (guint b = n, k = rows; b > 0; b = best_cut[b])
    {
      k--;
      for (guint r = best_cut[b]; r < b; r++)
        row[r] = k;
    }
  return rows;
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
  gboolean balanced;

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
  balanced = g->n_ranks <= MOST_RANKS_CUT
             && (guint64) g->n_ranks * g->n_ranks * n <= MOST_CUT_WORK;
  if (balanced)
    best_rows = cut_balanced (&w, row);
  /* Else the number of rows of even length that lets the whole be drawn
   * largest on a page of the shape asked for; the fewer on a tie. */
  for (guint rows = 1; !balanced && rows <= MIN (g->n_ranks, MOST_ROWS); rows++)
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
  if (!balanced)
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
