/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fit to a page: a long flow cut between ranks into rows (left to right,
 * one under another; columns when the flow runs down), so that the whole
 * layout comes near the shape asked for and is drawn as large as it can
 * be on it. Each row keeps the agencies' lanes in their order, a band
 * only for the agencies with steps in it, each as deep as its steps
 * there, packed: the room a lane kept for steps of other rows is left
 * out. Ranks come closer than in one long row, apart by the room their
 * labels need. A rank of many steps in one lane may stand in two
 * sub-columns; a few ways to cut the rows, with and without them, are
 * drawn and the one drawn largest on the page is kept. */
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
/* A rank with this many steps or more in one lane is laid out, in a fit,
 * in two sub-columns, its steps taking turns: the band half as deep for
 * one column's width more along the row. */
#define SPLIT_LEAST 4
/* Between the two sub-columns along the flow: room for the lines into
 * the second, which pass between steps of the first. */
#define SPLIT_GAP 40.0
/* Up to PD_LAYOUT_FIT_DRAWN steps, this many ways to cut the rows, with
 * tall ranks in sub-columns and without, are weighed as drawn
 * (pd_layout_fit_score()): the key, the lines' bends and the title are
 * only guessed at by the rows' sizes. */
#define MOST_WAYS 6

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

static int
by_rank_lane_across (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const Wrap *w = data;
  guint u = *(const guint *) a, v = *(const guint *) b;

  if (w->g->rank[u] != w->g->rank[v])
    return w->g->rank[u] < w->g->rank[v] ? -1 : 1;
  return by_lane_then_across (a, b, data);
}

/* The @m steps of @run (one rank's in one lane, in order across) in two
 * sub-columns, the second one rank's size and SPLIT_GAP further along
 * the flow: across, their span and the lane's steps within it half as
 * deep, those beyond it closer by as much. Then no step of another rank
 * of the lane (@by_rank: all steps by rank, lane and place across) on
 * another, nor two of one sub-column. */
static void
split_rank (Wrap        *w,
            const guint *run,
            guint        m,
            const guint *by_rank)
{
  Graph *g = w->g;
  guint n = g->nodes->len, lane = g->lane[run[0]], rank = g->rank[run[0]];
  double first = w->cross[run[0]], last = w->cross[run[m - 1]];
  double gap = w->options->node_gap;

  for (guint v = 0; v < n; v++)
    if (g->lane[v] == lane && w->cross[v] > last)
      w->cross[v] -= (last - first) / 2;
    else if (g->lane[v] == lane && w->cross[v] > first)
      w->cross[v] = first + (w->cross[v] - first) / 2;
  for (guint k = 0; k < m; k++)
    {
      if (k >= 2)
        w->cross[run[k]] = MAX (w->cross[run[k]],
                                w->cross[run[k - 2]] + w->deep[run[k - 2]] + gap);
      if (k % 2)
        w->flow[run[k]] += w->size[rank] + SPLIT_GAP;
    }
  w->size[rank] = 2 * w->size[rank] + SPLIT_GAP;
  for (guint k = 1; k < n; k++)
    {
      guint u = by_rank[k - 1], v = by_rank[k];

      if (g->lane[v] == lane && g->rank[v] != rank && g->lane[u] == lane
          && g->rank[u] == g->rank[v])
        w->cross[v] = MAX (w->cross[v], w->cross[u] + w->deep[u] + gap);
    }
}

/* Each rank with SPLIT_LEAST steps or more in one lane in two
 * sub-columns. Returns whether there was one. */
static gboolean
split_tall_ranks (Wrap *w)
{
  guint n = w->g->nodes->len;
  g_autofree guint *by_rank = g_new (guint, MAX (n, 1));
  gboolean split = FALSE;

  for (guint v = 0; v < n; v++)
    by_rank[v] = v;
  g_qsort_with_data (by_rank, n, sizeof (guint), by_rank_lane_across, w);
  /* Squeezing a lane keeps its steps' order within each rank, so the
   * order stays sorted. */
  for (guint k = 0, e; k < n; k = e)
    {
      guint u = by_rank[k];

      for (e = k; e < n && w->g->rank[by_rank[e]] == w->g->rank[u]
                  && w->g->lane[by_rank[e]] == w->g->lane[u]; e++)
        ;
      if (e - k >= SPLIT_LEAST)
        {
          split_rank (w, by_rank + k, e - k, by_rank);
          split = TRUE;
        }
    }
  return split;
}

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

/* Rows of @cut (the rank each row starts at, back from the end) into
 * @row, a row a rank. */
static void
number_rows (guint        n,
             const guint *cut,
             guint       *row)
{
  guint rows = 0;

  for (guint b = n; b > 0; b = cut[b])
    rows++;
  for (guint b = n, k = rows; b > 0; b = cut[b])
    {
      k--;
      for (guint r = cut[b]; r < b; r++)
        row[r] = k;
    }
}

/* Rows cut where the whole is drawn largest on a page of the shape asked
 * for: for each length a row may reach (that of some run of ranks), the
 * cuts that stack rows least deep with none longer (by dynamic
 * programming over the cut before each rank, each link a cut sends to
 * the next row weighing CUT_LINK). The @most best ways, each different,
 * into @rows (a row a rank each), best first; the shorter rows on a tie.
 * Returns how many. */
static guint
cut_balanced (const Wrap *w,
              guint     **rows,
              guint       most)
{
  Graph *g = w->g;
  guint n = g->n_ranks;
  g_autofree double *depth = g_new (double, (n + 1) * (n + 1));
  g_autofree double *stacked = g_new (double, n + 1);
  g_autofree guint *cut = g_new (guint, n + 1);
  g_autofree guint *over = g_new (guint, n + 1);
  g_autofree double *cost = g_new (double, n + 1);
  g_autofree double *reached = g_new (double, g->n_lanes);
  g_autofree double *moved = g_new (double, g->n_lanes);
  g_autofree double *lane_depth = g_new (double, g->n_lanes);
  g_autofree guint *row = g_new (guint, n);
  g_autofree double *best = g_new0 (double, most);
  guint found = 0;

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
        guint at, same = found;

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
        number_rows (n, cut, row);
        for (guint k = 0; k < found && same == found; k++)
          if (memcmp (rows[k], row, n * sizeof (guint)) == 0)
            same = k;
        /* A way found already, kept at the larger scale. */
        if (same < found && scale <= best[same] * (1 + 1e-9))
          continue;
        if (same < found)
          {
            guint *freed = rows[same];

            memmove (rows + same, rows + same + 1, (found - same - 1) * sizeof (guint *));
            memmove (best + same, best + same + 1, (found - same - 1) * sizeof (double));
            rows[--found] = freed;
          }
        for (at = found; at > 0 && scale > best[at - 1] * (1 + 1e-9); at--)
          ;
        if (at >= most)
          continue;
        {
          guint *spare = rows[MIN (found, most - 1)];

          memmove (rows + at + 1, rows + at, (MIN (found, most - 1) - at) * sizeof (guint *));
          memmove (best + at + 1, best + at, (MIN (found, most - 1) - at) * sizeof (double));
          rows[at] = spare;
          memcpy (spare, row, n * sizeof (guint));
          best[at] = scale;
          found = MIN (found + 1, most);
        }
      }
#undef LENGTH
  return found;
}

/* @w's ranks along the flow, closer (@w->start), and the @most best
 * ways to cut them into rows (a row a rank each) into @rows, best first,
 * as far as their sizes tell. Returns how many. */
static guint
plan_rows (Wrap   *w,
           guint **rows,
           guint   most)
{
  Graph *g = w->g;
  guint n = g->nodes->len, best_rows = 1;
  double best = 0;

  for (guint v = 0; v < n; v++)
    w->order[v] = v;
  g_qsort_with_data (w->order, n, sizeof (guint), by_lane_then_across, w);
  w->start[0] = 0;
  for (guint r = 1; r < g->n_ranks; r++)
    w->start[r] = w->start[r - 1] + w->size[r - 1] + MAX (FIT_RANK_GAP, g->label_room[r - 1]);
  if (g->n_ranks <= MOST_RANKS_CUT && (guint64) g->n_ranks * g->n_ranks * n <= MOST_CUT_WORK)
    return cut_balanced (w, rows, most);
  /* Else the number of rows of even length that lets the whole be drawn
   * largest on a page of the shape asked for; the fewer on a tie. */
  for (guint k = 1; k <= MIN (g->n_ranks, MOST_ROWS); k++)
    {
      double width, height, scale;

      cut_rows (w, k, rows[0]);
      lay_rows (w, rows[0], NULL, NULL, &width, &height);
      scale = MIN (w->options->aspect / width, 1 / height);
      if (scale > best * (1 + 1e-9))
        {
          best = scale;
          best_rows = k;
        }
    }
  cut_rows (w, best_rows, rows[0]);
  return 1;
}

/* Room for a Wrap of @g's @n steps and ranks, its places along and
 * across the flow as in @places, its ranks' sizes @rank_size. */
static void
wrap_init (Wrap                  *w,
           Graph                 *g,
           GArray                *places,
           const double          *rank_start,
           const double          *rank_size,
           const PdLayoutOptions *options,
           gboolean               flow_x)
{
  guint n = g->nodes->len;

  *w = (Wrap) { g, rank_start, options, flow_x, g_new (double, MAX (n, 1)),
                g_new (double, MAX (n, 1)), g_new (double, MAX (n, 1)),
                g_new (guint, MAX (n, 1)), g_new (double, MAX (g->n_ranks, 1)),
                g_memdup2 (rank_size, MAX (g->n_ranks, 1) * sizeof (double)) };
  for (guint v = 0; v < n; v++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, v);

      w->flow[v] = (flow_x ? place->x : place->y) - ORIGIN;
      w->cross[v] = (flow_x ? place->y : place->x) - ORIGIN;
      w->deep[v] = along (g, v, flow_x);
    }
}

static void
wrap_clear (Wrap *w)
{
  g_free (w->flow);
  g_free (w->cross);
  g_free (w->deep);
  g_free (w->order);
  g_free (w->start);
  g_free (w->size);
}

/* @places (of @g's steps, as laid out in one row) set to those of @w's
 * rows by @row. */
static void
set_rows (const Wrap  *w,
          const guint *row,
          GArray      *places)
{
  guint n = w->g->nodes->len;
  g_autofree double *flow = g_new (double, MAX (n, 1));
  g_autofree double *cross = g_new (double, MAX (n, 1));
  double unused;

  lay_rows (w, row, flow, cross, &unused, &unused);
  for (guint v = 0; v < n; v++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, v);
      double x = w->flow_x ? flow[v] : cross[v];
      double y = w->flow_x ? cross[v] : flow[v];

      place->x = ORIGIN + round (x);
      place->y = ORIGIN + round (y);
    }
}

guint
pd_layout_wrap (Graph                 *g,
                GArray                *places,
                const double          *rank_start,
                const double          *rank_size,
                const PdLayoutOptions *options,
                gboolean               flow_x)
{
  guint n = g->nodes->len, found[2], most, best_way = 0, best_rows = 0;
  guint drawn = G_MAXUINT;
  guint *rows[2][MOST_WAYS];
  Wrap ways[2];
  double best = 0;

  if (!(options->aspect > 0) || n == 0 || g->n_ranks == 0)
    return G_MAXUINT;
  /* Small enough to draw, a few ways weighed as drawn; else the best by
   * the rows' sizes, as laid out (the sub-columns not tried). */
  most = n <= PD_LAYOUT_FIT_DRAWN ? MOST_WAYS : 1;
  for (guint k = 0; k < 2; k++)
    {
      wrap_init (&ways[k], g, places, rank_start, rank_size, options, flow_x);
      for (guint i = 0; i < MOST_WAYS; i++)
        rows[k][i] = g_new (guint, g->n_ranks);
      /* The second with tall ranks in two sub-columns, if any. */
      found[k] = k == 0 || (most > 1 && split_tall_ranks (&ways[k]))
                 ? plan_rows (&ways[k], rows[k], most) : 0;
    }
  for (guint k = 0; k < 2 && most > 1; k++)
    for (guint i = 0; i < found[k]; i++)
      {
        g_autoptr(GArray) laid = g_array_copy (places);
        guint crossings;
        double score;

        set_rows (&ways[k], rows[k][i], laid);
        crossings = pd_layout_count_crossings_at (g->document, laid, G_MAXUINT);
        score = pd_layout_fit_score (g->document, laid, crossings, options);
        if (score > best * (1 + 1e-9))
          {
            best = score;
            best_way = k;
            best_rows = i;
            drawn = crossings;
          }
      }
  set_rows (&ways[best_way], rows[best_way][best_rows], places);
  for (guint k = 0; k < 2; k++)
    {
      wrap_clear (&ways[k]);
      for (guint i = 0; i < MOST_WAYS; i++)
        g_free (rows[k][i]);
    }
  return drawn;
}
