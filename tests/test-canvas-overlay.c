/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the canvas draws over the diagram, and the gestures that go with
 * it: a handle on every side of a selected step that draws a transition,
 * the highlight of a selected transition, the keyboard focus ring. Checked
 * in the pixels the window draws. Run under xvfb-run. */
#include <math.h>

#include "test-gui.h"

static void
to_widget (Fixture *f,
           double   x,
           double   y,
           double  *wx,
           double  *wy)
{
  pd_view_to_view (&f->canvas->view, x, y, wx, wy);
}

static void
centre_of (Fixture *f,
           PdNode  *node,
           double  *wx,
           double  *wy)
{
  to_widget (f, pd_node_get_x (node) + pd_node_get_width (node) / 2,
             pd_node_get_y (node) + pd_node_get_height (node) / 2, wx, wy);
}

static void
select_only (Fixture *f,
             PdNode  *node)
{
  double x, y;

  centre_of (f, node, &x, &y);
  g_assert_true (pd_canvas_press (f->canvas, x, y, 0));
  pd_canvas_release (f->canvas, 0, 0, 0);
}

/* Presses at (@wx, @wy) and moves, in ten steps, to (@tx, @ty), still
 * pressed. */
static void
press_and_move (Fixture *f,
                double   wx,
                double   wy,
                double   tx,
                double   ty)
{
  g_assert_true (pd_canvas_press (f->canvas, wx, wy, 0));
  for (int i = 1; i <= 10; i++)
    pd_canvas_drag_to (f->canvas, (tx - wx) * i / 10, (ty - wy) * i / 10);
}

static guint
n_edges (Fixture *f)
{
  return g_list_model_get_n_items (pd_document_get_edges (f->document));
}

static guint
n_nodes (Fixture *f)
{
  return g_list_model_get_n_items (pd_document_get_nodes (f->document));
}

/* Dragged from each of its four sides to another step: a transition from
 * the one to the other, one undo step each; while dragging, the other
 * step is the one outlined. */
static void
test_connect_from_every_side (Fixture       *f,
                              gconstpointer  data)
{
  PdNode *from, *to;
  guint edges;

  TEST_GUI_REQUIRE_DISPLAY ();
  from = node_at (f, 0);
  to = node_at (f, 4);
  edges = n_edges (f);
  for (PdHandle handle = PD_HANDLE_CONNECT_TOP; handle <= PD_HANDLE_CONNECT_LEFT; handle++)
    {
      double hx, hy, tx, ty;

      select_only (f, from);
      pd_hit_handle_position (from, handle, &hx, &hy);
      to_widget (f, hx, hy, &hx, &hy);
      centre_of (f, to, &tx, &ty);
      press_and_move (f, hx, hy, tx, ty);
      g_assert_cmpint (f->canvas->drag, ==, DRAG_CONNECT);
      g_assert_true (pd_canvas_get_drop_target (f->canvas) == to);
      pd_canvas_release (f->canvas, tx - hx, ty - hy, 0);
      wait_for_frames ();
      g_assert_cmpuint (n_edges (f), ==, edges + 1);
      {
        g_autoptr(PdEdge) edge = g_list_model_get_item (pd_document_get_edges (f->document),
                                                        edges);
        g_assert_cmpstr (pd_edge_get_from_id (edge), ==, pd_node_get_id (from));
        g_assert_cmpstr (pd_edge_get_to_id (edge), ==, pd_node_get_id (to));
      }
      g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Connect");
      g_assert_true (pd_document_undo (f->document));
      g_assert_cmpuint (n_edges (f), ==, edges);
      g_assert_false (pd_history_can_undo (f->history));
    }
}

static const char *
cursor_name (Fixture *f)
{
  GdkCursor *cursor = gtk_widget_get_cursor (GTK_WIDGET (f->canvas));

  return cursor ? gdk_cursor_get_name (cursor) : NULL;
}

/* Over a selected step's handles the pointer says what a drag does. */
static void
test_handle_cursors (Fixture       *f,
                     gconstpointer  data)
{
  PdNode *node;
  double x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 1);
  pd_hit_handle_position (node, PD_HANDLE_CONNECT_LEFT, &x, &y);
  to_widget (f, x, y, &x, &y);
  pd_canvas_hover (f->canvas, x, y);
  /* Not selected: no handles. */
  g_assert_null (cursor_name (f));
  select_only (f, node);
  for (PdHandle handle = PD_HANDLE_CONNECT_TOP; handle <= PD_HANDLE_CONNECT_LEFT; handle++)
    {
      pd_hit_handle_position (node, handle, &x, &y);
      to_widget (f, x, y, &x, &y);
      pd_canvas_hover (f->canvas, x + 1, y - 1);
      g_assert_cmpstr (cursor_name (f), ==, "crosshair");
    }
  pd_hit_handle_position (node, PD_HANDLE_RESIZE, &x, &y);
  to_widget (f, x, y, &x, &y);
  pd_canvas_hover (f->canvas, x, y);
  g_assert_cmpstr (cursor_name (f), ==, "nwse-resize");
  centre_of (f, node, &x, &y);
  pd_canvas_hover (f->canvas, x, y);
  g_assert_null (cursor_name (f));
}

/* Let go over empty paper: a new step there, joined, one undo step. Back
 * over the step it started from: nothing, nothing in the history. Escape
 * while dragging drops the transition even over another step. */
static void
test_connect_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  PdNode *from, *to;
  guint edges, nodes;
  double hx, hy, ex, ey, sx, sy, tx, ty;

  TEST_GUI_REQUIRE_DISPLAY ();
  from = node_at (f, 0);
  to = node_at (f, 4);
  edges = n_edges (f);
  nodes = n_nodes (f);
  g_assert_true (find_empty (f, &ex, &ey));

  select_only (f, from);
  pd_hit_handle_position (from, PD_HANDLE_CONNECT_BOTTOM, &hx, &hy);
  to_widget (f, hx, hy, &hx, &hy);
  press_and_move (f, hx, hy, ex, ey);
  g_assert_null (pd_canvas_get_drop_target (f->canvas));
  pd_canvas_release (f->canvas, ex - hx, ey - hy, 0);
  /* On empty paper: a new step there, joined, in one undo step. */
  g_assert_cmpuint (n_edges (f), ==, edges + 1);
  g_assert_cmpuint (n_nodes (f), ==, nodes + 1);
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpuint (n_edges (f), ==, edges);
  g_assert_cmpuint (n_nodes (f), ==, nodes);
  g_assert_false (pd_history_can_undo (f->history));

  select_only (f, from);
  centre_of (f, from, &sx, &sy);
  press_and_move (f, hx, hy, sx, sy);
  g_assert_null (pd_canvas_get_drop_target (f->canvas));
  pd_canvas_release (f->canvas, sx - hx, sy - hy, 0);
  g_assert_cmpuint (n_edges (f), ==, edges);
  g_assert_false (pd_history_can_undo (f->history));

  centre_of (f, to, &tx, &ty);
  press_and_move (f, hx, hy, tx, ty);
  g_assert_true (pd_canvas_get_drop_target (f->canvas) == to);
  /* Escape is bound to this action while the canvas has the focus. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.clear-selection",
                                             NULL));
  g_assert_null (pd_canvas_get_drop_target (f->canvas));
  pd_canvas_drag_to (f->canvas, tx - hx + 2, ty - hy + 2);
  pd_canvas_release (f->canvas, tx - hx + 2, ty - hy + 2, 0);
  g_assert_cmpuint (n_edges (f), ==, edges);
  g_assert_false (pd_history_can_undo (f->history));
  /* It ended the drag, not the selection. */
  g_assert_true (pd_selection_contains (pd_canvas_get_selection (f->canvas),
                                        pd_node_get_id (from)));
}

/* The window as it is drawn now, through its own snapshot function and
 * renderer, as 4 bytes a pixel. */
static guchar *
render_window (Fixture *f,
               int     *width,
               int     *height)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  test_gui_wait_frames (window, 3);
  *width = gtk_widget_get_width (window);
  *height = gtk_widget_get_height (window);
  GTK_WIDGET_GET_CLASS (window)->snapshot (window, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

/* The pixel at the canvas point (@wx, @wy) in the window's @pixels; in
 * gdk_texture_download's order: blue, green, red, alpha. */
static const guchar *
canvas_pixel (Fixture      *f,
              const guchar *pixels,
              int           width,
              int           height,
              double        wx,
              double        wy)
{
  graphene_point_t p;
  int x, y;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->canvas), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (wx, wy), &p));
  x = (int) floor (p.x);
  y = (int) floor (p.y);
  g_assert_true (x >= 0 && y >= 0 && x < width && y < height);
  return pixels + ((gsize) y * width + x) * 4;
}

static gboolean
differs (const guchar *a,
         const guchar *b)
{
  return abs (a[0] - b[0]) + abs (a[1] - b[1]) + abs (a[2] - b[2]) > 60;
}

/* The transition whose bounds are largest. */
static const PdGroup *
longest_edge (PdScene *scene)
{
  const PdGroup *longest = NULL;

  for (guint i = 0; i < scene->groups->len; i++)
    {
      const PdGroup *group = g_ptr_array_index (scene->groups, i);

      if (group->kind == PD_GROUP_EDGE
          && (longest == NULL || group->bounds.width + group->bounds.height
                                 > longest->bounds.width + longest->bounds.height))
        longest = group;
    }
  return longest;
}

/* The document distance from (@x, @y) to @group's line or its ends. */
static double
edge_distance (const PdGroup *group,
               double         x,
               double         y)
{
  const PdShape *line = g_ptr_array_index (group->shapes, 0);

  return MIN (pd_path_distance (line->path, x, y),
              MIN (hypot (x - group->ends[0], y - group->ends[1]),
                   hypot (x - group->ends[2], y - group->ends[3])));
}

/* Zoomed to fit (well below 100%), a selected transition is highlighted
 * along the whole of its line, and nowhere else: the highlight is where
 * the transition is, not offset from it, and not cut short. */
static void
test_transition_highlight_at_fit (Fixture       *f,
                                  gconstpointer  data)
{
  const PdGroup *group;
  const PdShape *line;
  g_autofree guchar *before = NULL;
  g_autofree guchar *after = NULL;
  int width, height, canvas_width, canvas_height;
  guint samples = 0, highlighted = 0, stray = 0;
  double zoom, cx = 0, cy = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  /* No focus ring to come or go between the two drawings compared, as
   * another test's window takes the focus or gives it back. */
  gtk_window_set_focus_visible (GTK_WINDOW (f->window), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-fit", NULL));
  wait_for_frames ();
  zoom = pd_canvas_get_zoom (f->canvas);
  g_assert_cmpfloat (zoom, <, 0.95);
  group = longest_edge (pd_canvas_get_scene (f->canvas));
  g_assert_nonnull (group);
  line = g_ptr_array_index (group->shapes, 0);
  g_assert_cmpint (line->type, ==, PD_SHAPE_PATH);

  before = render_window (f, &width, &height);
  pd_selection_select (pd_canvas_get_selection (f->canvas), group->object_id,
                       PD_SELECT_REPLACE);
  after = render_window (f, &width, &height);

  /* Along the line, every few pixels, away from the handles at its ends. */
  for (guint i = 0; i < line->path->segments->len; i++)
    {
      const PdPathSegment *s = &g_array_index (line->path->segments, PdPathSegment, i);
      const double *p = s->points;
      double ex, ey;

      if (s->op == PD_PATH_MOVE_TO)
        {
          cx = p[0];
          cy = p[1];
          continue;
        }
      if (s->op == PD_PATH_CLOSE)
        continue;
      /* A curve is followed along its chord's length, on the curve. */
      ex = s->op == PD_PATH_CURVE_TO ? p[4] : p[0];
      ey = s->op == PD_PATH_CURVE_TO ? p[5] : p[1];
      for (double t = 0; t <= 1; t += 3 / (zoom * MAX (hypot (ex - cx, ey - cy), 1)))
        {
          double u = 1 - t, x, y, wx, wy;

          if (s->op == PD_PATH_CURVE_TO)
            {
              x = u * u * u * cx + 3 * u * u * t * p[0] + 3 * u * t * t * p[2] + t * t * t * p[4];
              y = u * u * u * cy + 3 * u * u * t * p[1] + 3 * u * t * t * p[3] + t * t * t * p[5];
            }
          else
            {
              x = u * cx + t * ex;
              y = u * cy + t * ey;
            }
          if (hypot (x - group->ends[0], y - group->ends[1]) * zoom < 10
              || hypot (x - group->ends[2], y - group->ends[3]) * zoom < 10)
            continue;
          to_widget (f, x, y, &wx, &wy);
          samples++;
          if (differs (canvas_pixel (f, before, width, height, wx, wy),
                       canvas_pixel (f, after, width, height, wx, wy)))
            highlighted++;
        }
      cx = ex;
      cy = ey;
    }
  g_assert_cmpuint (samples, >, 20);
  g_test_message ("%u of %u points along the line highlighted", highlighted, samples);
  g_assert_cmpuint (highlighted, >=, samples * 95 / 100);

  /* Nothing else changes on the canvas. */
  canvas_width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  canvas_height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  for (int wy = 0; wy < canvas_height; wy += 2)
    for (int wx = 0; wx < canvas_width; wx += 2)
      if (differs (canvas_pixel (f, before, width, height, wx + 0.5, wy + 0.5),
                   canvas_pixel (f, after, width, height, wx + 0.5, wy + 0.5)))
        {
          double x, y;

          pd_canvas_to_document (f->canvas, wx + 0.5, wy + 0.5, &x, &y);
          if (edge_distance (group, x, y) * zoom > 9)
            stray++;
        }
  g_test_message ("%u pixels changed away from the line", stray);
  g_assert_cmpuint (stray, ==, 0);
}

/* The relative luminance of a pixel (WCAG 2). */
static double
luminance (const guchar *pixel)
{
  double c[3];

  for (int i = 0; i < 3; i++)
    {
      double v = pixel[2 - i] / 255.0;   /* red, green, blue */

      c[i] = v <= 0.04045 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double
contrast (const guchar *a,
          const guchar *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Only the active window shows where its focus is. The GUI tests share
 * one display, and another test's window may have taken the focus: this
 * takes it back, or says it could not. */
static gboolean
make_active (Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_window_is_active (GTK_WINDOW (f->window)) && g_get_monotonic_time () < end)
    {
      gtk_window_present (GTK_WINDOW (f->window));
      for (int i = 0; i < 10; i++)
        g_main_context_iteration (NULL, FALSE);
      g_usleep (20000);
    }
  return gtk_window_is_active (GTK_WINDOW (f->window));
}

/* The contrast of the canvas's edge, left and top, between two drawings. */
static double
edge_contrast (Fixture      *f,
               const guchar *a,
               const guchar *b,
               int           width,
               int           height)
{
  double left_y = gtk_widget_get_height (GTK_WIDGET (f->canvas)) / 2.0;
  double top_x = gtk_widget_get_width (GTK_WIDGET (f->canvas)) / 2.0;

  return MIN (contrast (canvas_pixel (f, a, width, height, 1.5, left_y),
                        canvas_pixel (f, b, width, height, 1.5, left_y)),
              contrast (canvas_pixel (f, a, width, height, top_x, 1.5),
                        canvas_pixel (f, b, width, height, top_x, 1.5)));
}

/* Focused from the keyboard, the canvas shows a ring round its edge that
 * stands out from what it covers (3:1 at least); after a click, none
 * until a key is pressed again. */
static void
test_focus_ring (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *canvas;
  g_autofree guchar *keyboard = NULL;
  g_autofree guchar *pointer = NULL;
  g_autofree guchar *again = NULL;
  int width, height;
  double ex, ey;

  TEST_GUI_REQUIRE_DISPLAY ();
  canvas = GTK_WIDGET (f->canvas);
  if (!make_active (f))
    {
      g_test_skip ("another window on the display keeps the focus");
      return;
    }
  /* Tab into the canvas: GTK makes the focus visible. */
  gtk_window_set_focus_visible (GTK_WINDOW (f->window), TRUE);
  gtk_widget_grab_focus (canvas);
  g_assert_true (gtk_widget_has_visible_focus (canvas));
  keyboard = render_window (f, &width, &height);

  /* Keys used on the canvas, then a click on the paper: the focus stays,
   * the ring goes. */
  g_assert_true (make_active (f));
  f->canvas->keys_used = TRUE;
  g_assert_true (find_empty (f, &ex, &ey));
  g_assert_true (pd_canvas_press (f->canvas, ex, ey, 0));
  pd_canvas_release (f->canvas, 0, 0, 0);
  g_assert_true (gtk_widget_has_focus (canvas));
  pointer = render_window (f, &width, &height);
  g_assert_cmpfloat (edge_contrast (f, keyboard, pointer, width, height), >=, 3);

  /* A key on the canvas (its key controller sets this; GTK's own
   * focus-visible ends when a key does not move the focus) brings it
   * back. */
  g_assert_true (make_active (f));
  f->canvas->keys_used = TRUE;
  gtk_widget_queue_draw (canvas);
  again = render_window (f, &width, &height);
  g_assert_cmpfloat (edge_contrast (f, again, pointer, width, height), >=, 3);
  g_assert_cmpfloat (edge_contrast (f, again, keyboard, width, height), <, 1.1);

  /* The focus elsewhere forgets the keys. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_false (gtk_widget_has_focus (canvas));
  g_assert_false (f->canvas->keys_used);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
#define ADD(path, func) TEST_GUI_ADD ("/canvas-overlay/" path, func)
  ADD ("connect-from-every-side", test_connect_from_every_side);
  ADD ("connect-elsewhere", test_connect_elsewhere);
  ADD ("handle-cursors", test_handle_cursors);
  ADD ("transition-highlight-at-fit", test_transition_highlight_at_fit);
  ADD ("focus-ring", test_focus_ring);
#undef ADD
  return g_test_run ();
}
