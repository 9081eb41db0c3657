/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Square ways round the steps between two others, tested on their own. */
#include "pd-route.h"
#include "test-common.h"

#define MARGIN 10.0

static PdRect
rect (double x,
      double y,
      double width,
      double height)
{
  return (PdRect) { x, y, width, height };
}

static gboolean
on_border (const PdRect *r,
           double        x,
           double        y)
{
  gboolean inside_x = x >= r->x - 0.01 && x <= r->x + r->width + 0.01;
  gboolean inside_y = y >= r->y - 0.01 && y <= r->y + r->height + 0.01;

  return (inside_x && (G_APPROX_VALUE (y, r->y, 0.01)
                       || G_APPROX_VALUE (y, r->y + r->height, 0.01)))
         || (inside_y && (G_APPROX_VALUE (x, r->x, 0.01)
                          || G_APPROX_VALUE (x, r->x + r->width, 0.01)));
}

/* A way from @from to @to round @obstacles: found, square, from border to
 * border, and through none of the obstacles. */
static void
assert_way_clear (const PdRect *from,
                  const PdRect *to,
                  GArray       *obstacles)
{
  PdRect area = rect (-500, -500, 1500, 1500);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  const double *p;
  guint n;

  g_assert_true (pd_route_square (from, to, obstacles, &area, MARGIN, NULL, 0, 0, points));
  n = points->len / 2;
  p = (const double *) points->data;
  g_assert_cmpuint (n, >=, 2);
  g_assert_true (on_border (from, p[0], p[1]));
  g_assert_true (on_border (to, p[2 * n - 2], p[2 * n - 1]));
  for (guint i = 0; i + 1 < n; i++)
    {
      double x1 = p[2 * i], y1 = p[2 * i + 1], x2 = p[2 * i + 2], y2 = p[2 * i + 3];

      /* Square: each run is across or along. */
      g_assert_true (G_APPROX_VALUE (x1, x2, 1e-6) || G_APPROX_VALUE (y1, y2, 1e-6));
      for (guint k = 0; k < obstacles->len; k++)
        g_assert_false (pd_route_segment_meets (&g_array_index (obstacles, PdRect, k),
                                                x1, y1, x2, y2));
    }
  /* And as the router itself measures it, with its margin. */
  for (guint i = 0; i + 1 < n; i++)
    g_assert_true (pd_route_segment_clear (obstacles, MARGIN / 2, p[2 * i], p[2 * i + 1],
                                           p[2 * i + 2], p[2 * i + 3]));
}

/* One step squarely between the two: the way goes round it. */
static void
test_one_step_between (void)
{
  PdRect from = rect (0, 0, 100, 50), to = rect (400, 0, 100, 50);
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (PdRect));
  PdRect between = rect (200, -40, 100, 130);

  g_array_append_val (obstacles, between);
  assert_way_clear (&from, &to, obstacles);
}

/* Several steps, the first of them in the way, the others near: every one
 * counts, whatever its place in the list. */
static void
test_steps_in_every_order (void)
{
  PdRect from = rect (0, 0, 100, 50), to = rect (0, 400, 100, 50);
  PdRect steps[] = {
    rect (-30, 160, 160, 80), rect (200, 150, 100, 60), rect (-250, 100, 100, 60),
    rect (150, 300, 60, 60),
  };

  for (guint first = 0; first < G_N_ELEMENTS (steps); first++)
    {
      g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (PdRect));

      for (guint k = 0; k < G_N_ELEMENTS (steps); k++)
        g_array_append_val (obstacles, steps[(first + k) % G_N_ELEMENTS (steps)]);
      assert_way_clear (&from, &to, obstacles);
    }
}

/* The ends themselves among the obstacles, as the scene passes them. */
static void
test_ends_among_obstacles (void)
{
  PdRect from = rect (0, 0, 100, 50), to = rect (400, 200, 100, 50);
  PdRect between = rect (180, 60, 140, 120);
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (PdRect));
  PdRect area = rect (-500, -500, 1500, 1500);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  const double *p;

  g_array_append_val (obstacles, between);
  g_array_append_val (obstacles, from);
  g_array_append_val (obstacles, to);
  g_assert_true (pd_route_square (&from, &to, obstacles, &area, MARGIN, NULL, 0, 0, points));
  p = (const double *) points->data;
  for (guint i = 0; i + 1 < points->len / 2; i++)
    g_assert_false (pd_route_segment_meets (&between, p[2 * i], p[2 * i + 1], p[2 * i + 2],
                                            p[2 * i + 3]));
}

/* A side of the step it reaches closed (another way's arrowhead is
 * there): the way ends on the middle of another side, still square; a
 * side of the step it leaves closed, it starts on another; every side
 * closed, no way. */
static void
test_closed_sides (void)
{
  PdRect from = rect (0, 0, 100, 50), to = rect (400, 0, 100, 50);
  PdRect area = rect (-500, -500, 1500, 1500);
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (PdRect));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  const double *p;
  guint n;

  g_assert_true (pd_route_square (&from, &to, obstacles, &area, MARGIN, NULL, 0, 0, points));
  n = points->len / 2;
  p = (const double *) points->data;
  g_assert_cmpfloat (p[2 * n - 2], ==, 400);
  g_assert_cmpfloat (p[2 * n - 1], ==, 25);
  g_array_set_size (points, 0);
  g_assert_true (pd_route_square (&from, &to, obstacles, &area, MARGIN, NULL, 0,
                                  PD_ROUTE_SIDE_LEFT, points));
  n = points->len / 2;
  p = (const double *) points->data;
  /* The top or the bottom, the nearer ones, at their middle. */
  g_assert_cmpfloat (p[2 * n - 2], ==, 450);
  g_assert_true (p[2 * n - 1] == 0 || p[2 * n - 1] == 50);
  for (guint i = 0; i + 1 < n; i++)
    g_assert_true (p[2 * i] == p[2 * i + 2] || p[2 * i + 1] == p[2 * i + 3]);
  /* Nor out of the side of the step it leaves that is closed. */
  g_array_set_size (points, 0);
  g_assert_true (pd_route_square (&from, &to, obstacles, &area, MARGIN, NULL,
                                  PD_ROUTE_SIDE_RIGHT, 0, points));
  p = (const double *) points->data;
  g_assert_cmpfloat (p[0], ==, 50);
  g_assert_true (p[1] == 0 || p[1] == 50);
  g_array_set_size (points, 0);
  g_assert_false (pd_route_square (&from, &to, obstacles, &area, MARGIN, NULL, 0,
                                   PD_ROUTE_SIDE_LEFT | PD_ROUTE_SIDE_TOP | PD_ROUTE_SIDE_RIGHT
                                   | PD_ROUTE_SIDE_BOTTOM, points));
  g_assert_cmpuint (points->len, ==, 0);
}

/* Walled in: no way, and the points are left as they were. */
static void
test_no_way (void)
{
  PdRect from = rect (0, 0, 100, 50), to = rect (400, 0, 100, 50);
  PdRect wall = rect (200, -1000, 20, 3000);
  PdRect area = rect (-100, -100, 700, 300);
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (PdRect));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_val (obstacles, wall);
  g_assert_false (pd_route_square (&from, &to, obstacles, &area, MARGIN, NULL, 0, 0, points));
  g_assert_cmpuint (points->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/route/square/one-step-between", test_one_step_between);
  g_test_add_func ("/route/square/steps-in-every-order", test_steps_in_every_order);
  g_test_add_func ("/route/square/ends-among-obstacles", test_ends_among_obstacles);
  g_test_add_func ("/route/square/no-way", test_no_way);
  g_test_add_func ("/route/square/closed-sides", test_closed_sides);
  return g_test_run ();
}
