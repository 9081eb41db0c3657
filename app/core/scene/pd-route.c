/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Square routing: a shortest way with few corners on the grid of lines
 * through the margins of the steps nearby (and the middles between
 * them), found with A*. Every box edge is a grid line, so a run between
 * two neighbouring grid points is either wholly clear of a box or wholly
 * inside it. */
#include <math.h>
#include <string.h>

#include "pd-route-private.h"

/* A corner costs as much as this much length. */
#define BEND 28.0
/* Running along a step's margin costs this much more per unit than along
 * a line in the middle between steps. */
#define HUG 0.15
/* Running along another transition's way costs this much more per unit:
 * ways keep apart where there is room. */
#define SHARE 1.5
/* Larger grids are not searched: the caller draws the transition its
 * simpler way. */
#define MAX_VERTICES 200000
#define EPS 0.01

static const int dx[4] = { 1, 0, -1, 0 };
static const int dy[4] = { 0, 1, 0, -1 };

typedef struct {
  double x0, y0, x1, y1;
} Box;

typedef struct {
  double f;
  guint  state;
} Entry;

typedef struct {
  GArray *xs, *ys;     /* of double, sorted */
  guint   nx, ny;
  guint8 *blocked;     /* a point inside a box */
  guint8 *h_blocked;   /* the run from (i, j) to (i + 1, j) */
  guint8 *v_blocked;   /* the run from (i, j) to (i, j + 1) */
  guint8 *x_hug;       /* the line is a box's edge */
  guint8 *y_hug;
  guint8 *h_used;      /* the run lies on another way */
  guint8 *v_used;
} Grid;

static Box
box_of (const PdRect *r,
        double        grow)
{
  return (Box) { r->x - grow, r->y - grow, r->x + r->width + grow, r->y + r->height + grow };
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
sort_unique (GArray *values)
{
  guint kept = 0;

  g_array_sort (values, compare_doubles);
  for (guint i = 0; i < values->len; i++)
    if (kept == 0 || g_array_index (values, double, i) - g_array_index (values, double, kept - 1) > EPS)
      g_array_index (values, double, kept++) = g_array_index (values, double, i);
  g_array_set_size (values, kept);
}

/* The first index whose value is at least @x. */
static guint
lower_bound (GArray *values,
             double  x)
{
  guint lo = 0, hi = values->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (values, double, mid) < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The index of the line at @x, or -1. */
static int
line_at (GArray *values,
         double  x)
{
  guint i = lower_bound (values, x - EPS);
  return i < values->len && fabs (g_array_index (values, double, i) - x) <= EPS ? (int) i : -1;
}

static void
add_line (GArray *values,
          double  v,
          double  lo,
          double  hi)
{
  if (v >= lo - EPS && v <= hi + EPS)
    g_array_append_val (values, v);
}

/* Lines between each pair of neighbouring lines, so that a way can keep
 * to the middle of a gap. */
static void
add_middles (GArray *values)
{
  guint n = values->len;

  for (guint i = 0; i + 1 < n; i++)
    {
      double a = g_array_index (values, double, i), b = g_array_index (values, double, i + 1);
      double mid = (a + b) / 2;

      if (b - a > 4)
        g_array_append_val (values, mid);
      /* Wide gaps get more lines, for ways side by side. */
      if (b - a > 40)
        {
          double quarter = a + (b - a) / 4, three = a + 3 * (b - a) / 4;
          g_array_append_val (values, quarter);
          g_array_append_val (values, three);
        }
    }
  sort_unique (values);
}

static void
mark_hugs (guint8 *hug,
           GArray *values,
           double  a,
           double  b)
{
  int i = line_at (values, a), k = line_at (values, b);

  if (i >= 0)
    hug[i] = 1;
  if (k >= 0)
    hug[k] = 1;
}

static void
grid_clear (Grid *grid)
{
  g_array_unref (grid->xs);
  g_array_unref (grid->ys);
  g_free (grid->blocked);
  g_free (grid->h_blocked);
  g_free (grid->v_blocked);
  g_free (grid->x_hug);
  g_free (grid->y_hug);
  g_free (grid->h_used);
  g_free (grid->v_used);
}

static gboolean
grid_build (Grid         *grid,
            const Box    *boxes,
            guint         n_boxes,
            const Box    *area,
            const double *extra_x,
            const double *extra_y,
            guint         n_extra)
{
  grid->xs = g_array_new (FALSE, FALSE, sizeof (double));
  grid->ys = g_array_new (FALSE, FALSE, sizeof (double));
  add_line (grid->xs, area->x0, area->x0, area->x1);
  add_line (grid->xs, area->x1, area->x0, area->x1);
  add_line (grid->ys, area->y0, area->y0, area->y1);
  add_line (grid->ys, area->y1, area->y0, area->y1);
  for (guint k = 0; k < n_boxes; k++)
    {
      add_line (grid->xs, boxes[k].x0, area->x0, area->x1);
      add_line (grid->xs, boxes[k].x1, area->x0, area->x1);
      add_line (grid->ys, boxes[k].y0, area->y0, area->y1);
      add_line (grid->ys, boxes[k].y1, area->y0, area->y1);
    }
  sort_unique (grid->xs);
  sort_unique (grid->ys);
  add_middles (grid->xs);
  add_middles (grid->ys);
  for (guint k = 0; k < n_extra; k++)
    {
      add_line (grid->xs, extra_x[k], area->x0, area->x1);
      add_line (grid->ys, extra_y[k], area->y0, area->y1);
    }
  sort_unique (grid->xs);
  sort_unique (grid->ys);
  grid->nx = grid->xs->len;
  grid->ny = grid->ys->len;
  grid->blocked = NULL;
  grid->h_blocked = NULL;
  grid->v_blocked = NULL;
  grid->h_used = NULL;
  grid->v_used = NULL;
  grid->x_hug = g_new0 (guint8, grid->nx);
  grid->y_hug = g_new0 (guint8, grid->ny);
  if ((guint64) grid->nx * grid->ny > MAX_VERTICES || grid->nx < 2 || grid->ny < 2)
    return FALSE;
  grid->blocked = g_new0 (guint8, grid->nx * grid->ny);
  grid->h_blocked = g_new0 (guint8, grid->nx * grid->ny);
  grid->v_blocked = g_new0 (guint8, grid->nx * grid->ny);
  grid->h_used = g_new0 (guint8, grid->nx * grid->ny);
  grid->v_used = g_new0 (guint8, grid->nx * grid->ny);

  for (guint k = 0; k < n_boxes; k++)
    {
      const Box *b = &boxes[k];
      /* Lines strictly inside the box, and lines from edge to edge. */
      guint i_in0 = lower_bound (grid->xs, b->x0 + EPS), i_in1 = lower_bound (grid->xs, b->x1 - EPS);
      guint j_in0 = lower_bound (grid->ys, b->y0 + EPS), j_in1 = lower_bound (grid->ys, b->y1 - EPS);
      guint i_on0 = lower_bound (grid->xs, b->x0 - EPS), i_on1 = lower_bound (grid->xs, b->x1 + EPS);
      guint j_on0 = lower_bound (grid->ys, b->y0 - EPS), j_on1 = lower_bound (grid->ys, b->y1 + EPS);

      mark_hugs (grid->x_hug, grid->xs, b->x0, b->x1);
      mark_hugs (grid->y_hug, grid->ys, b->y0, b->y1);
      for (guint j = j_in0; j < j_in1; j++)
        {
          for (guint i = i_in0; i < i_in1; i++)
            grid->blocked[j * grid->nx + i] = 1;
          /* Horizontal runs between lines within [x0, x1]. */
          for (guint i = i_on0; i + 1 < i_on1; i++)
            grid->h_blocked[j * grid->nx + i] = 1;
        }
      for (guint i = i_in0; i < i_in1; i++)
        for (guint j = j_on0; j + 1 < j_on1; j++)
          grid->v_blocked[j * grid->nx + i] = 1;
    }
  return TRUE;
}

/* Marks the runs that lie on @used's segments (thin rectangles). */
static void
grid_mark_used (Grid         *grid,
                const GArray *used)
{
  for (guint k = 0; used && k < used->len; k++)
    {
      const PdRect *r = &g_array_index (used, PdRect, k);
      gboolean across = r->width >= r->height;
      GArray *along = across ? grid->xs : grid->ys;
      double at = across ? r->y + r->height / 2 : r->x + r->width / 2;
      double from = across ? r->x : r->y, to = across ? r->x + r->width : r->y + r->height;
      int line = line_at (across ? grid->ys : grid->xs, at);

      if (line < 0)
        continue;
      for (guint i = lower_bound (along, from - 1); i + 1 < along->len
           && g_array_index (along, double, i + 1) <= to + 1; i++)
        {
          if (across)
            grid->h_used[(guint) line * grid->nx + i] = 1;
          else
            grid->v_used[i * grid->nx + (guint) line] = 1;
        }
    }
}

/* A binary heap of entries, least f first. */
static void
heap_push (GArray *heap,
           double  f,
           guint   state)
{
  Entry e = { f, state };
  guint i = heap->len;

  g_array_append_val (heap, e);
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Entry *p = &g_array_index (heap, Entry, parent), *c = &g_array_index (heap, Entry, i);
      Entry swap;

      if (p->f <= c->f)
        break;
      swap = *p;
      *p = *c;
      *c = swap;
      i = parent;
    }
}

static Entry
heap_pop (GArray *heap)
{
  Entry top = g_array_index (heap, Entry, 0);
  guint n = heap->len - 1, i = 0;

  g_array_index (heap, Entry, 0) = g_array_index (heap, Entry, n);
  g_array_set_size (heap, n);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, least = i;
      Entry swap;

      if (l < n && g_array_index (heap, Entry, l).f < g_array_index (heap, Entry, least).f)
        least = l;
      if (r < n && g_array_index (heap, Entry, r).f < g_array_index (heap, Entry, least).f)
        least = r;
      if (least == i)
        break;
      swap = g_array_index (heap, Entry, i);
      g_array_index (heap, Entry, i) = g_array_index (heap, Entry, least);
      g_array_index (heap, Entry, least) = swap;
      i = least;
    }
  return top;
}

/* The middle of side @side (0 right, 1 bottom, 2 left, 3 top: also the
 * way out of it) of @r, @out beyond the border. */
static void
side_point (const PdRect *r,
            int           side,
            double        out,
            double       *x,
            double       *y)
{
  *x = r->x + r->width / 2 + dx[side] * (r->width / 2 + out);
  *y = r->y + r->height / 2 + dy[side] * (r->height / 2 + out);
}

static void
append_point (GArray *points,
              double  x,
              double  y)
{
  /* A point on the line through the last two is not a corner. */
  if (points->len >= 4)
    {
      double *p = &g_array_index (points, double, points->len - 4);
      if ((fabs (p[0] - p[2]) < EPS && fabs (p[2] - x) < EPS)
          || (fabs (p[1] - p[3]) < EPS && fabs (p[3] - y) < EPS))
        {
          p[2] = x;
          p[3] = y;
          return;
        }
    }
  g_array_append_val (points, x);
  g_array_append_val (points, y);
}

/* The length still to go from grid point @v, at least: to the nearest
 * side of the goal, then in. */
static double
estimate (const Grid *grid,
          const int   goal[4],
          guint       v,
          double      margin)
{
  double x = g_array_index (grid->xs, double, v % grid->nx);
  double y = g_array_index (grid->ys, double, v / grid->nx);
  double best = G_MAXDOUBLE;

  for (int s = 0; s < 4; s++)
    if (goal[s] >= 0)
      best = MIN (best, fabs (x - g_array_index (grid->xs, double, (guint) goal[s] % grid->nx))
                        + fabs (y - g_array_index (grid->ys, double, (guint) goal[s] / grid->nx)));
  return best + margin;
}

/* The search's costs and ways back, kept from one search to the next in
 * each thread: a state is known when its stamp is this search's, so a
 * search costs what it visits, not the whole grid (which can be large).
 * At most 16 bytes a state of the largest grid (MAX_VERTICES × 4 states:
 * 13 MB) stay allocated in a thread that routed. */
typedef struct {
  double *cost;
  guint  *prev;
  guint  *stamp;
  gsize   capacity;
  guint   generation;
} Search;

static void
search_free (gpointer data)
{
  Search *search = data;

  g_free (search->cost);
  g_free (search->prev);
  g_free (search->stamp);
  g_free (search);
}

static GPrivate search_key = G_PRIVATE_INIT (search_free);

static Search *
search_begin (gsize n_states)
{
  Search *search = g_private_get (&search_key);

  if (search == NULL)
    {
      search = g_new0 (Search, 1);
      g_private_set (&search_key, search);
    }
  if (n_states > search->capacity)
    {
      g_free (search->cost);
      g_free (search->prev);
      g_free (search->stamp);
      search->cost = g_new (double, n_states);
      search->prev = g_new (guint, n_states);
      search->stamp = g_new0 (guint, n_states);
      search->capacity = n_states;
      search->generation = 0;
    }
  if (++search->generation == 0)
    {
      memset (search->stamp, 0, search->capacity * sizeof (guint));
      search->generation = 1;
    }
  return search;
}

static inline double
cost_of (const Search *search,
         guint         state)
{
  return search->stamp[state] == search->generation ? search->cost[state] : G_MAXDOUBLE;
}

static inline void
reach (Search *search,
       guint   state,
       double  cost,
       guint   from)
{
  search->stamp[state] = search->generation;
  search->cost[state] = cost;
  search->prev[state] = from;
}

/* One square route being searched for: the grid, where it may start
 * and end (a grid point by side of @from and @to, -1 where a side is
 * blocked), and the search's costs. */
typedef struct {
  Grid    grid;
  int     start[4];
  int     goal[4];
  guint   goal_state;
  guint   goal_side;
  double  margin;
  Search *search;
  GArray *heap;
} Router;

/* The grid round @obstacles and the two ends (all @margin out), with
 * lines through the ends' middles. */
static gboolean
router_build_grid (Router       *router,
                   const PdRect *from,
                   const PdRect *to,
                   const GArray *obstacles,
                   const PdRect *area,
                   const GArray *used)
{
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  Box limits = box_of (area, 0);
  Box ends[2] = { box_of (from, router->margin), box_of (to, router->margin) };
  double extra_x[2] = { from->x + from->width / 2, to->x + to->width / 2 };
  double extra_y[2] = { from->y + from->height / 2, to->y + to->height / 2 };

  for (guint k = 0; k < obstacles->len; k++)
    {
      Box b = box_of (&g_array_index (obstacles, PdRect, k), router->margin);
      g_array_append_val (boxes, b);
    }
  g_array_append_vals (boxes, ends, 2);
  if (!grid_build (&router->grid, (Box *) boxes->data, boxes->len, &limits, extra_x, extra_y, 2))
    return FALSE;
  grid_mark_used (&router->grid, used);
  return TRUE;
}

/* The grid point at the middle of @r's side @side, @margin out, or -1
 * when it is blocked or off the grid. */
static int
router_side_vertex (const Router *router,
                    const PdRect *r,
                    int           side)
{
  const Grid *grid = &router->grid;
  double x, y;
  int i, j;

  side_point (r, side, router->margin, &x, &y);
  i = line_at (grid->xs, x);
  j = line_at (grid->ys, y);
  if (i < 0 || j < 0 || grid->blocked[j * grid->nx + i])
    return -1;
  return j * (int) grid->nx + i;
}

/* Where the way may leave @from and reach @to: the middles of their
 * sides, @margin out, but none in @closed_from or @closed_to. FALSE when
 * either has no side free. */
static gboolean
router_find_ends (Router       *router,
                  const PdRect *from,
                  const PdRect *to,
                  guint         closed_from,
                  guint         closed_to)
{
  gboolean any_start = FALSE, any_goal = FALSE;

  for (int s = 0; s < 4; s++)
    {
      router->start[s] = closed_from & (1u << s) ? -1 : router_side_vertex (router, from, s);
      router->goal[s] = closed_to & (1u << s) ? -1 : router_side_vertex (router, to, s);
      any_start |= router->start[s] >= 0;
      any_goal |= router->goal[s] >= 0;
    }
  return any_start && any_goal;
}

static void
router_push (Router *router,
             guint   state,
             double  cost,
             guint   from,
             double  estimate_left)
{
  reach (router->search, state, cost, from);
  heap_push (router->heap, cost + estimate_left, state);
}

/* At a side of @to: in, turning if need be. */
static void
router_try_goal (Router *router,
                 guint   state,
                 double  g)
{
  guint v = state / 4, d = state % 4;

  for (int s = 0; s < 4; s++)
    if (router->goal[s] == (int) v && d != (guint) s)
      {
        double total = g + router->margin + (d == (guint) (s + 2) % 4 ? 0 : BEND);

        if (total < cost_of (router->search, router->goal_state))
          {
            router->goal_side = s;
            router_push (router, router->goal_state, total, state, 0);
          }
      }
}

/* On from @state to the next grid point in each direction but back:
 * its length, dearer along a box's edge (hug) or a line another route
 * takes (shared), and a bend for turning. */
static void
router_expand (Router *router,
               guint   state,
               double  g)
{
  const Grid *grid = &router->grid;
  guint v = state / 4, d = state % 4;
  guint i = v % grid->nx, j = v / grid->nx;

  for (guint nd = 0; nd < 4; nd++)
    {
      int ni = (int) i + dx[nd], nj = (int) j + dy[nd];
      gboolean across = dy[nd] == 0;
      guint w, next;
      double length, step;
      gboolean hug, shared;

      if (nd == (d + 2) % 4 || ni < 0 || nj < 0 || ni >= (int) grid->nx || nj >= (int) grid->ny)
        continue;
      w = (guint) nj * grid->nx + (guint) ni;
      if (grid->blocked[w])
        continue;
      if (across ? grid->h_blocked[j * grid->nx + MIN (i, (guint) ni)]
                 : grid->v_blocked[MIN (j, (guint) nj) * grid->nx + i])
        continue;
      length = across ? fabs (g_array_index (grid->xs, double, ni) - g_array_index (grid->xs, double, i))
                      : fabs (g_array_index (grid->ys, double, nj) - g_array_index (grid->ys, double, j));
      hug = across ? grid->y_hug[j] : grid->x_hug[i];
      shared = across ? grid->h_used[j * grid->nx + MIN (i, (guint) ni)]
                      : grid->v_used[MIN (j, (guint) nj) * grid->nx + i];
      step = length * (1 + (hug ? HUG : 0) + (shared ? SHARE : 0)) + (nd == d ? 0 : BEND);
      next = w * 4 + nd;
      if (g + step < cost_of (router->search, next))
        router_push (router, next, g + step, state,
                     estimate (grid, router->goal, w, router->margin));
    }
}

/* The cheapest way (A*) over states "at a grid point, going one way",
 * from a free side of @from to a free side of @to. */
static gboolean
router_search (Router *router)
{
  guint n_states = router->grid.nx * router->grid.ny * 4;

  router->goal_state = n_states;
  router->search = search_begin (n_states + 1);
  for (int s = 0; s < 4; s++)
    if (router->start[s] >= 0)
      router_push (router, (guint) router->start[s] * 4 + s, router->margin, G_MAXUINT,
                   estimate (&router->grid, router->goal, (guint) router->start[s], router->margin));

  while (router->heap->len)
    {
      Entry e = heap_pop (router->heap);
      double g;

      if (e.state == router->goal_state)
        return TRUE;
      g = cost_of (router->search, e.state);
      if (e.f > g + estimate (&router->grid, router->goal, e.state / 4, router->margin) + EPS)
        continue;                       /* a stale entry */
      router_try_goal (router, e.state, g);
      router_expand (router, e.state, g);
    }
  return FALSE;
}

/* Back from @to to @from, then the corners in order. */
static void
router_trace (const Router *router,
              const PdRect *from,
              const PdRect *to,
              GArray       *points)
{
  const Grid *grid = &router->grid;
  g_autoptr(GArray) way = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first;
  double x, y;

  for (guint s = router->search->prev[router->goal_state]; s != G_MAXUINT; s = router->search->prev[s])
    g_array_append_val (way, s);
  first = g_array_index (way, guint, way->len - 1);
  side_point (from, (int) (first % 4), 0, &x, &y);
  g_array_set_size (points, 0);
  append_point (points, x, y);
  for (guint k = way->len; k-- > 0;)
    {
      guint v = g_array_index (way, guint, k) / 4;
      append_point (points, g_array_index (grid->xs, double, v % grid->nx),
                    g_array_index (grid->ys, double, v / grid->nx));
    }
  side_point (to, (int) router->goal_side, 0, &x, &y);
  append_point (points, x, y);
}

gboolean
pd_route_square (const PdRect *from,
                 const PdRect *to,
                 const GArray *obstacles,
                 const PdRect *area,
                 double        margin,
                 const GArray *used,
                 guint         closed_from,
                 guint         closed_to,
                 GArray       *points)
{
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (Entry));
  Router router = { .margin = margin, .heap = heap };
  gboolean found;

  g_return_val_if_fail (from && to && obstacles && area && points, FALSE);

  found = router_build_grid (&router, from, to, obstacles, area, used)
          && router_find_ends (&router, from, to, closed_from, closed_to)
          && router_search (&router);
  if (found)
    router_trace (&router, from, to, points);
  grid_clear (&router.grid);
  return found;
}

void
pd_route_offset (GArray *points,
                 double  distance)
{
  guint n = points->len / 2;
  g_autofree double *moved = NULL;

  if (n < 2)
    return;
  moved = g_new (double, 2 * n);
  for (guint k = 0; k < n; k++)
    {
      double *p = (double *) points->data;
      /* The runs before and after point k, and their right-hand normals
       * (y grows downwards). */
      guint a = k > 0 ? k - 1 : k, b = k + 1 < n ? k + 1 : k;
      double ax = p[2 * k] - p[2 * a], ay = p[2 * k + 1] - p[2 * a + 1];
      double bx = p[2 * b] - p[2 * k], by = p[2 * b + 1] - p[2 * k + 1];
      double la = hypot (ax, ay), lb = hypot (bx, by);
      double nax, nay, nbx, nby, cross;

      if (la < EPS)
        {
          ax = bx;
          ay = by;
          la = lb;
        }
      if (lb < EPS)
        {
          bx = ax;
          by = ay;
          lb = la;
        }
      if (la < EPS)
        {
          moved[2 * k] = p[2 * k];
          moved[2 * k + 1] = p[2 * k + 1];
          continue;
        }
      nax = -ay / la;
      nay = ax / la;
      nbx = -by / lb;
      nby = bx / lb;
      cross = (ax / la) * (by / lb) - (ay / la) * (bx / lb);
      if (fabs (cross) < 1e-6)
        {
          moved[2 * k] = p[2 * k] + nax * distance;
          moved[2 * k + 1] = p[2 * k + 1] + nay * distance;
        }
      else
        {
          /* Where the two moved runs meet. */
          double qx = p[2 * k] + nax * distance, qy = p[2 * k + 1] + nay * distance;
          double rx = p[2 * k] + nbx * distance, ry = p[2 * k + 1] + nby * distance;
          double t = ((rx - qx) * by - (ry - qy) * bx) / (ax * by - ay * bx);

          moved[2 * k] = qx + ax * t;
          moved[2 * k + 1] = qy + ay * t;
        }
    }
  memcpy (points->data, moved, 2 * n * sizeof (double));
}

/* Liang–Barsky: whether the segment runs inside @b. */
static gboolean
segment_enters (const Box *b,
                double x1, double y1, double x2, double y2)
{
  double ddx = x2 - x1, ddy = y2 - y1;
  double p[4] = { -ddx, ddx, -ddy, ddy };
  double q[4] = { x1 - b->x0, b->x1 - x1, y1 - b->y0, b->y1 - y1 };
  double t0 = 0, t1 = 1;

  for (int i = 0; i < 4; i++)
    {
      double t;

      if (p[i] == 0)
        {
          if (q[i] <= EPS)
            return FALSE;
          continue;
        }
      t = q[i] / p[i];
      if (p[i] < 0)
        t0 = MAX (t0, t);
      else
        t1 = MIN (t1, t);
      if (t0 >= t1)
        return FALSE;
    }
  return (t1 - t0) * hypot (ddx, ddy) > EPS;
}

gboolean
pd_route_segment_meets (const PdRect *rect,
                        double x1, double y1, double x2, double y2)
{
  Box b = box_of (rect, 0);
  return segment_enters (&b, x1, y1, x2, y2);
}

gboolean
pd_route_segment_clear (const GArray *obstacles,
                        double        clearance,
                        double x1, double y1, double x2, double y2)
{
  for (guint k = 0; k < obstacles->len; k++)
    {
      Box b = box_of (&g_array_index (obstacles, PdRect, k), clearance);
      if (segment_enters (&b, x1, y1, x2, y2))
        return FALSE;
    }
  return TRUE;
}

void
pd_route_straighten (GArray       *points,
                     const GArray *obstacles,
                     double        clearance)
{
  guint n = points->len / 2;
  g_autoptr(GArray) kept = NULL;
  const double *p = (const double *) points->data;
  guint i = 1;

  if (n < 5)
    return;
  kept = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_vals (kept, p, 4);
  while (i < n - 2)
    {
      guint j = n - 2;

      while (j > i + 1
             && !pd_route_segment_clear (obstacles, clearance, p[2 * i], p[2 * i + 1],
                                         p[2 * j], p[2 * j + 1]))
        j--;
      g_array_append_vals (kept, &p[2 * j], 2);
      i = j;
    }
  g_array_append_vals (kept, &p[2 * (n - 1)], 2);
  g_array_set_size (points, 0);
  g_array_append_vals (points, kept->data, kept->len);
}
