/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What is under the pointer, and the maths of zooming and scrolling. */
#include <math.h>

#include "pd-edit.h"
#include "pd-geometry.h"
#include "pd-hit.h"
#include "pd-view.h"
#include "test-common.h"

static PdNode *
add (PdDocument *doc,
     double      x,
     double      y)
{
  /* Centred on (x, y): 160 × 72 by default. */
  return pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, x, y);
}

static void
test_nodes (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *under = add (doc, 200, 200);
  PdNode *over = add (doc, 260, 220);
  PdRect band = { 100, 150, 220, 120 };
  PdRect reversed = { 320, 270, -220, -120 };
  g_autoptr(GPtrArray) inside = NULL;
  g_autoptr(GPtrArray) inside_reversed = NULL;

  g_assert_true (pd_hit_node (doc, 150, 180) == under);
  /* Where they overlap, the one drawn last wins. */
  g_assert_true (pd_hit_node (doc, 250, 215) == over);
  g_assert_null (pd_hit_node (doc, 50, 50));
  /* Borders belong to the step. */
  g_assert_true (pd_hit_node (doc, 120, 164) == under);
  g_assert_null (pd_hit_node (doc, 119.9, 164));

  /* A rubber band takes the steps wholly inside it, drawn either way. */
  inside = pd_hit_nodes_in_rect (doc, &band);
  g_assert_cmpuint (inside->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (inside, 0), ==, pd_node_get_id (under));
  inside_reversed = pd_hit_nodes_in_rect (doc, &reversed);
  g_assert_cmpuint (inside_reversed->len, ==, 1);
}

static void
test_handles (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *node = add (doc, 200, 200);   /* 120,164 to 280,236 */

  /* One connect handle in the middle of each side. */
  static const struct { double x, y; PdHandle handle; } sides[] = {
    { 200, 164, PD_HANDLE_CONNECT_TOP }, { 280, 200, PD_HANDLE_CONNECT_RIGHT },
    { 200, 236, PD_HANDLE_CONNECT_BOTTOM }, { 120, 200, PD_HANDLE_CONNECT_LEFT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      double hx, hy;

      pd_hit_handle_position (node, sides[i].handle, &hx, &hy);
      g_assert_cmpfloat (hx, ==, sides[i].x);
      g_assert_cmpfloat (hy, ==, sides[i].y);
      g_assert_true (PD_HANDLE_IS_CONNECT (sides[i].handle));
      g_assert_cmpint (pd_hit_handle (node, sides[i].x, sides[i].y, 6), ==, sides[i].handle);
      g_assert_cmpint (pd_hit_handle (node, sides[i].x + 3, sides[i].y - 3, 6), ==,
                       sides[i].handle);
    }
  g_assert_false (PD_HANDLE_IS_CONNECT (PD_HANDLE_RESIZE));
  g_assert_false (PD_HANDLE_IS_CONNECT (PD_HANDLE_NONE));
  g_assert_cmpint (pd_hit_handle (node, 279, 235, 6), ==, PD_HANDLE_RESIZE);
  g_assert_cmpint (pd_hit_handle (node, 200, 200, 6), ==, PD_HANDLE_NONE);
  g_assert_cmpint (pd_hit_handle (node, 280, 190, 6), ==, PD_HANDLE_NONE);
  g_assert_cmpint (pd_hit_handle (node, 200, 174, 6), ==, PD_HANDLE_NONE);
  /* Zoomed out, the reach of handles overlaps: the nearest wins. */
  g_assert_cmpint (pd_hit_handle (node, 280, 216, 40), ==, PD_HANDLE_CONNECT_RIGHT);
  g_assert_cmpint (pd_hit_handle (node, 280, 220, 40), ==, PD_HANDLE_RESIZE);
  g_assert_cmpint (pd_hit_handle (node, 262, 236, 40), ==, PD_HANDLE_RESIZE);
  g_assert_cmpint (pd_hit_handle (node, 210, 236, 40), ==, PD_HANDLE_CONNECT_BOTTOM);
}

/* With durations and roles shown, a step is hit, and its handles sit, on
 * the taller box the scene draws; without a scene, on its own box. */
static void
test_drawn_box (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *node = add (doc, 200, 200);   /* 120,164 to 280,236 */
  PdSceneOptions options = { .details = TRUE };
  g_autoptr(PdScene) scene = NULL;
  PdRect box;
  double hx, hy;

  pd_document_set (doc, node, "title", "Cognitive behavioural therapy", "sessions", 16,
                   "duration", 16.0, "staff-role", "High-intensity CBT therapist", NULL);
  scene = pd_scene_new_with_options (doc, &options);
  box = pd_hit_node_box (scene, node);
  g_assert_cmpfloat (box.y, ==, 164);
  g_assert_cmpfloat (box.height, >, 72 + 10);
  g_assert_null (pd_hit_node (doc, 200, 164 + 72 + 5));
  g_assert_true (pd_hit_node_drawn (doc, scene, 200, 164 + 72 + 5) == node);
  g_assert_null (pd_hit_node_drawn (doc, scene, 200, box.y + box.height + 1));
  pd_hit_handle_position_drawn (scene, node, PD_HANDLE_RESIZE, &hx, &hy);
  g_assert_cmpfloat (hy, ==, box.y + box.height);
  g_assert_cmpint (pd_hit_handle_drawn (scene, node, 280, box.y + box.height, 6), ==,
                   PD_HANDLE_RESIZE);
  g_assert_cmpint (pd_hit_handle_drawn (scene, node, 280, box.y + box.height / 2, 6), ==,
                   PD_HANDLE_CONNECT_RIGHT);
  g_assert_cmpint (pd_hit_handle_drawn (scene, node, 200, box.y + box.height, 6), ==,
                   PD_HANDLE_CONNECT_BOTTOM);
  /* No scene: the step's own box. */
  box = pd_hit_node_box (NULL, node);
  g_assert_cmpfloat (box.height, ==, 72);
}

static void
test_path_distance (void)
{
  g_autoptr(PdPath) line = pd_path_new ();
  g_autoptr(PdPath) curve = pd_path_new ();

  pd_path_move_to (line, 0, 0);
  pd_path_line_to (line, 100, 0);
  g_assert_cmpfloat_with_epsilon (pd_path_distance (line, 50, 5), 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_path_distance (line, 103, 4), 5, 1e-9);
  /* A quarter circle of radius 100 round (0, 0), as four Béziers make one. */
  pd_path_move_to (curve, 100, 0);
  pd_path_curve_to (curve, 100, 55.23, 55.23, 100, 0, 100);
  g_assert_cmpfloat_with_epsilon (pd_path_distance (curve, 0, 0), 100, 0.5);
  g_assert_cmpfloat (pd_path_distance (curve, 70.7, 70.7), <, 1.0);
}

/* A curve that sags below its ends lies within its hull, sag and all. */
static void
test_path_hull (void)
{
  g_autoptr(PdPath) empty = pd_path_new ();
  g_autoptr(PdPath) sag = pd_path_new ();
  PdRect hull;

  hull = pd_path_hull (empty);
  g_assert_true (pd_rect_is_empty (&hull));
  pd_path_move_to (sag, 300, 100);
  pd_path_curve_to (sag, 250, 200, 50, 180, 0, 110);
  pd_path_line_to (sag, -10, 90);
  hull = pd_path_hull (sag);
  g_assert_cmpfloat (hull.x, ==, -10);
  g_assert_cmpfloat (hull.y, ==, 90);
  g_assert_cmpfloat (hull.width, ==, 310);
  g_assert_cmpfloat (hull.height, ==, 110);
  /* The curve's middle, well below both ends, is inside. */
  g_assert_cmpfloat (pd_path_distance (sag, 150, 168.75), <, 1e-6);
}

static void
test_edges (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = add (doc, 100, 100);
  PdNode *b = add (doc, 500, 100);
  PdEdge *edge = pd_edit_connect (doc, a, b);
  g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);

  /* The line runs from x = 180 to x = 420 at y = 100. */
  g_assert_true (pd_hit_edge (doc, scene, 300, 103, 6) == edge);
  g_assert_null (pd_hit_edge (doc, scene, 300, 130, 6));
  g_assert_null (pd_hit_edge (doc, scene, 100, 100, 6));
}

/* Every point of every transition's line in the examples can be clicked,
 * the far side of a curve too, whatever its group's bounds. */
static void
test_edges_everywhere (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  guint points = 0;

  for (guint p = 0; p < paths->len; p++)
    {
      g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, p));
      g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);

      for (guint g = 0; g < scene->groups->len; g++)
        {
          const PdGroup *group = g_ptr_array_index (scene->groups, g);
          const PdShape *line;
          double cx = 0, cy = 0;

          if (group->kind != PD_GROUP_EDGE)
            continue;
          line = g_ptr_array_index (group->shapes, 0);
          for (guint i = 0; i < line->path->segments->len; i++)
            {
              const PdPathSegment *s = &g_array_index (line->path->segments, PdPathSegment, i);
              const double *q = s->points;

              if (s->op == PD_PATH_CURVE_TO)
                for (double t = 0.05; t < 1; t += 0.05)
                  {
                    double u = 1 - t;
                    double x = u * u * u * cx + 3 * u * u * t * q[0] + 3 * u * t * t * q[2]
                               + t * t * t * q[4];
                    double y = u * u * u * cy + 3 * u * u * t * q[1] + 3 * u * t * t * q[3]
                               + t * t * t * q[5];

                    if (pd_hit_edge (doc, scene, x, y, 2) == NULL)
                      g_error ("%s: %s: (%g, %g) is not on a transition",
                               (char *) g_ptr_array_index (paths, p), group->object_id, x, y);
                    points++;
                  }
              if (s->op == PD_PATH_MOVE_TO || s->op == PD_PATH_LINE_TO)
                {
                  cx = q[0];
                  cy = q[1];
                }
              else if (s->op == PD_PATH_CURVE_TO)
                {
                  cx = q[4];
                  cy = q[5];
                }
            }
        }
    }
  g_assert_cmpuint (points, >, 100);
}

static void
test_view (void)
{
  PdView view = { 1.0, -20, -30, 0, 0 };
  PdRect bounds = { 0, 0, 2000, 500 };
  double x, y, vx, vy;

  pd_view_to_document (&view, 10, 10, &x, &y);
  g_assert_cmpfloat (x, ==, -10);
  g_assert_cmpfloat (y, ==, -20);

  /* Zooming keeps the point under the pointer where it is. */
  pd_view_zoom_at (&view, 2.5, 300, 200);
  pd_view_to_document (&view, 300, 200, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 280, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 170, 1e-9);
  pd_view_to_view (&view, x, y, &vx, &vy);
  g_assert_cmpfloat_with_epsilon (vx, 300, 1e-9);
  g_assert_cmpfloat_with_epsilon (vy, 200, 1e-9);
  pd_view_zoom_at (&view, 100, 0, 0);
  g_assert_cmpfloat (view.zoom, ==, PD_VIEW_MAX_ZOOM);

  /* Zooming from the keyboard keeps the selection still when it shows,
   * else the middle of the part of the diagram that shows. */
  {
    PdView fit = { 0.5, 0, 0, 0, 0 };
    PdRect diagram = { 0, 0, 2000, 600 };
    PdRect selected = { 1800, 500, 100, 60 };
    PdRect hidden = { 3000, 500, 100, 60 };

    /* The diagram fills the top of an 1100 × 800 view: its middle, not
     * the view's, which is paper below it. */
    pd_view_zoom_anchor (&fit, 1100, 800, &diagram, NULL, &vx, &vy);
    g_assert_cmpfloat_with_epsilon (vx, 500, 1e-9);
    g_assert_cmpfloat_with_epsilon (vy, 150, 1e-9);
    pd_view_zoom_anchor (&fit, 1100, 800, &diagram, &selected, &vx, &vy);
    g_assert_cmpfloat_with_epsilon (vx, 925, 1e-9);
    g_assert_cmpfloat_with_epsilon (vy, 265, 1e-9);
    pd_view_zoom_anchor (&fit, 1100, 800, &diagram, &hidden, &vx, &vy);
    g_assert_cmpfloat_with_epsilon (vx, 500, 1e-9);
    /* Scrolled into the diagram: the view's middle. */
    fit = (PdView) { 2.0, 0, 0, 1000, 200 };
    pd_view_zoom_anchor (&fit, 1100, 800, &diagram, NULL, &vx, &vy);
    g_assert_cmpfloat_with_epsilon (vx, 550, 1e-9);
    g_assert_cmpfloat_with_epsilon (vy, 400, 1e-9);
    /* Nothing of it in view: the view's middle too. */
    fit.scroll_y = 5000;
    pd_view_zoom_anchor (&fit, 1100, 800, &diagram, NULL, &vx, &vy);
    g_assert_cmpfloat_with_epsilon (vy, 400, 1e-9);
  }

  /* Fit: the narrower way decides; never magnified past 100%. */
  g_assert_cmpfloat_with_epsilon (pd_view_fit_zoom (&bounds, 1020, 800, 10), 0.5, 1e-9);
  bounds = (PdRect) { 0, 0, 100, 50 };
  g_assert_cmpfloat (pd_view_fit_zoom (&bounds, 1000, 800, 10), ==, 1.0);
  g_assert_cmpfloat (pd_view_snap (17, 10), ==, 20);
  g_assert_cmpfloat (pd_view_snap (-14, 10), ==, -10);
  g_assert_cmpfloat (pd_view_snap (17.3, 0), ==, 17.3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hit/nodes", test_nodes);
  g_test_add_func ("/hit/handles", test_handles);
  g_test_add_func ("/hit/drawn-box", test_drawn_box);
  g_test_add_func ("/hit/path-distance", test_path_distance);
  g_test_add_func ("/hit/path-hull", test_path_hull);
  g_test_add_func ("/hit/edges", test_edges);
  g_test_add_func ("/hit/edges-everywhere", test_edges_everywhere);
  g_test_add_func ("/view/zoom-and-fit", test_view);
  return g_test_run ();
}
