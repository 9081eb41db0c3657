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

  g_assert_cmpint (pd_hit_handle (node, 280, 200, 6), ==, PD_HANDLE_CONNECT);
  g_assert_cmpint (pd_hit_handle (node, 283, 203, 6), ==, PD_HANDLE_CONNECT);
  g_assert_cmpint (pd_hit_handle (node, 279, 235, 6), ==, PD_HANDLE_RESIZE);
  g_assert_cmpint (pd_hit_handle (node, 200, 200, 6), ==, PD_HANDLE_NONE);
  g_assert_cmpint (pd_hit_handle (node, 280, 190, 6), ==, PD_HANDLE_NONE);
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
                   PD_HANDLE_CONNECT);
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
  g_test_add_func ("/hit/edges", test_edges);
  g_test_add_func ("/view/zoom-and-fit", test_view);
  return g_test_run ();
}
