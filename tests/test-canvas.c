/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing on the canvas: gestures (through the functions the gestures
 * call, in widget coordinates) and the window's editing actions. Run under
 * xvfb-run. */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pd-edit.h"
#include "pd-generate.h"
#include "pd-layout.h"
#include "pd-reading-order.h"
#include "pd-walk.h"
#include "pd-window-private.h"
#include "test-gui.h"

/* The widget point of a document point. */
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

/* A drag in ten steps, as a hand does it. */
static void
drag (Fixture        *f,
      double          wx,
      double          wy,
      double          dx,
      double          dy,
      GdkModifierType state)
{
  g_assert_true (pd_canvas_press (f->canvas, wx, wy, state));
  for (int i = 1; i <= 10; i++)
    pd_canvas_drag_to (f->canvas, dx * i / 10, dy * i / 10);
  pd_canvas_release (f->canvas, dx, dy, state);
  wait_for_frames ();
}

static void
click (Fixture        *f,
       double          wx,
       double          wy,
       GdkModifierType state)
{
  g_assert_true (pd_canvas_press (f->canvas, wx, wy, state));
  pd_canvas_release (f->canvas, 0, 0, state);
}

static guint
count_undo_steps (PdHistory *history)
{
  guint n = 0;

  while (pd_history_can_undo (history))
    {
      pd_history_undo (history);
      n++;
    }
  return n;
}

static void
test_drag_moves_one_step (Fixture       *f,
                          gconstpointer  data)
{
  PdNode *node;
  double x0, y0, wx, wy;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 1);
  x0 = pd_node_get_x (node);
  y0 = pd_node_get_y (node);
  before = test_write (f->document);
  centre_of (f, node, &wx, &wy);
  /* 100 × 0.8 = 80 pixels: 100 units, on the grid of 10. */
  drag (f, wx, wy, 80, 28, 0);
  /* Nowhere near another step's side or centre: the grabbed step's corner
   * lands on the grid. */
  g_assert_cmpfloat (pd_node_get_x (node), ==, pd_view_snap (x0 + 100, 10));
  g_assert_cmpfloat (pd_node_get_y (node), ==, pd_view_snap (y0 + 35, 10));
  g_assert_true (pd_selection_contains (pd_canvas_get_selection (f->canvas),
                                        pd_node_get_id (node)));
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Move");
  /* Ten motions, one undo step. */
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  after = test_write (f->document);
  g_assert_cmpstr (after, ==, before);
}

/* A step dragged to within a few pixels of another's left side snaps to
 * it, off the grid, with a guide drawn down both until the release. */
static void
test_drag_snaps_to_guide (Fixture       *f,
                          gconstpointer  data)
{
  PdNode *still = node_at (f, 1), *moved = node_at (f, 2);
  double x, y, wx, wy, dx, dy;
  gboolean found = FALSE;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_canvas_to_document (f->canvas, 200, 60, &x, &y);
  g_object_set (still, "x", round (x / 10) * 10 + 3.5, "y", round (y / 10) * 10, NULL);
  wait_for_frames ();
  centre_of (f, moved, &wx, &wy);
  g_assert_cmpfloat (wx, >, 0);
  g_assert_cmpfloat (wy, >, 0);
  /* Its left side 2 units (1.6 pixels) right of the other's, well below. */
  dx = (pd_node_get_x (still) + 2 - pd_node_get_x (moved)) * 0.8;
  dy = (pd_node_get_y (still) + 300 - pd_node_get_y (moved)) * 0.8;
  g_assert_true (pd_canvas_press (f->canvas, wx, wy, 0));
  for (int i = 1; i <= 10; i++)
    pd_canvas_drag_to (f->canvas, dx * i / 10, dy * i / 10);
  g_assert_cmpfloat (pd_node_get_x (moved), ==, pd_node_get_x (still));
  g_assert_nonnull (f->canvas->guides);
  for (guint i = 0; i < f->canvas->guides->len; i++)
    {
      PdGuide *guide = &g_array_index (f->canvas->guides, PdGuide, i);

      if (guide->vertical && guide->at == pd_node_get_x (still))
        {
          g_assert_cmpfloat (guide->start, <=, pd_node_get_y (still));
          g_assert_cmpfloat (guide->end, >=, pd_node_get_y (moved) + pd_node_get_height (moved));
          found = TRUE;
        }
    }
  g_assert_true (found);
  pd_canvas_release (f->canvas, dx, dy, 0);
  g_assert_null (f->canvas->guides);
  g_assert_cmpfloat (pd_node_get_x (moved), ==, pd_node_get_x (still));
}

/* Two drags of the same step are two steps of the history. */
static void
test_drags_do_not_merge (Fixture       *f,
                         gconstpointer  data)
{
  PdNode *node;
  double wx, wy;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 2);
  centre_of (f, node, &wx, &wy);
  drag (f, wx, wy, 40, 0, 0);
  centre_of (f, node, &wx, &wy);
  drag (f, wx, wy, 0, 40, 0);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
}

static void
test_rubber_band (Fixture       *f,
                  gconstpointer  data)
{
  PdSelection *selection;
  PdNode *a = NULL;
  double ax = 0, ay = 0, bx = 0, by = 0, ex, ey;

  TEST_GUI_REQUIRE_DISPLAY ();
  selection = pd_canvas_get_selection (f->canvas);
  g_assert_true (find_empty (f, &ex, &ey));
  /* A band drawn from just outside one step's corner to past its other. */
  for (guint i = 0; i < g_list_model_get_n_items (pd_document_get_nodes (f->document)); i++)
    {
      double dx, dy;

      a = node_at (f, i);
      to_widget (f, pd_node_get_x (a), pd_node_get_y (a), &ax, &ay);
      to_widget (f, pd_node_get_x (a) + pd_node_get_width (a),
                 pd_node_get_y (a) + pd_node_get_height (a), &bx, &by);
      pd_canvas_to_document (f->canvas, ax - 6, ay - 6, &dx, &dy);
      if (pd_hit_node (f->document, dx, dy) == NULL
          && pd_hit_edge (f->document, pd_canvas_get_scene (f->canvas), dx, dy, 12) == NULL)
        break;
      a = NULL;
    }
  g_assert_nonnull (a);
  drag (f, ax - 6, ay - 6, bx - ax + 12, by - ay + 12, 0);
  g_assert_true (pd_selection_contains (selection, pd_node_get_id (a)));
  g_assert_false (pd_history_can_undo (f->history));

  /* A click on empty canvas selects nothing. */
  click (f, ex, ey, 0);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 0);
}

static void
test_click_selection (Fixture       *f,
                      gconstpointer  data)
{
  PdSelection *selection;
  double x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  selection = pd_canvas_get_selection (f->canvas);
  centre_of (f, node_at (f, 0), &x, &y);
  click (f, x, y, 0);
  centre_of (f, node_at (f, 3), &x, &y);
  click (f, x, y, GDK_SHIFT_MASK);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 2);
  click (f, x, y, GDK_CONTROL_MASK);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_last (selection), ==, pd_node_get_id (node_at (f, 0)));
  /* Clicks select; they do not edit. */
  g_assert_false (pd_history_can_undo (f->history));
}

static void
test_connect_by_handle (Fixture       *f,
                        gconstpointer  data)
{
  PdNode *from, *to;
  guint edges;
  double fx, fy, hx, hy, tx, ty;

  TEST_GUI_REQUIRE_DISPLAY ();
  edges = g_list_model_get_n_items (pd_document_get_edges (f->document));
  from = node_at (f, 0);
  to = node_at (f, 4);
  centre_of (f, from, &fx, &fy);
  click (f, fx, fy, 0);
  pd_hit_handle_position (from, PD_HANDLE_CONNECT_RIGHT, &hx, &hy);
  to_widget (f, hx, hy, &hx, &hy);
  centre_of (f, to, &tx, &ty);
  drag (f, hx, hy, tx - hx, ty - hy, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (f->document)), ==, edges + 1);
  {
    g_autoptr(PdEdge) edge = g_list_model_get_item (pd_document_get_edges (f->document), edges);
    g_assert_cmpstr (pd_edge_get_from_id (edge), ==, pd_node_get_id (from));
    g_assert_cmpstr (pd_edge_get_to_id (edge), ==, pd_node_get_id (to));
  }
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Connect");
}

static void
test_reconnect (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PdEdge) edge = NULL;
  g_autofree char *old_to = NULL;
  PdGroup *group;
  PdNode *target = NULL;
  double hx, hy, tx, ty;

  TEST_GUI_REQUIRE_DISPLAY ();
  edge = g_list_model_get_item (pd_document_get_edges (f->document), 0);
  old_to = g_strdup (pd_edge_get_to_id (edge));
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_edge_get_id (edge),
                       PD_SELECT_REPLACE);
  group = pd_scene_find_group (pd_canvas_get_scene (f->canvas), pd_edge_get_id (edge));
  g_assert_nonnull (group);
  /* A step that is neither end. */
  for (guint i = 0; target == NULL; i++)
    {
      PdNode *node = node_at (f, i);
      if (g_strcmp0 (pd_node_get_id (node), old_to) != 0
          && g_strcmp0 (pd_node_get_id (node), pd_edge_get_from_id (edge)) != 0)
        target = node;
    }
  to_widget (f, group->ends[2], group->ends[3], &hx, &hy);
  centre_of (f, target, &tx, &ty);
  drag (f, hx, hy, tx - hx, ty - hy, 0);
  g_assert_cmpstr (pd_edge_get_to_id (edge), ==, pd_node_get_id (target));
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Reconnect");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_cmpstr (pd_edge_get_to_id (edge), ==, old_to);
}

/* What a double-click or a palette drop does. */
static void
test_add_at_point (Fixture       *f,
                   gconstpointer  data)
{
  PdNode *added;
  double ex, ey, x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (find_empty (f, &ex, &ey));
  /* Before the view scrolls to show the new step's title. */
  pd_canvas_to_document (f->canvas, ex, ey, &x, &y);
  pd_canvas_add_step_at (f->canvas, PD_NODE_KIND_DECISION, ex, ey);
  added = pd_document_get_node (f->document,
                                pd_selection_get_last (pd_canvas_get_selection (f->canvas)));
  g_assert_nonnull (added);
  g_assert_cmpint (pd_node_get_kind (added), ==, PD_NODE_KIND_DECISION);
  /* Centred within a grid step of the point, its corner on the grid. */
  g_assert_cmpfloat (fabs (pd_node_get_x (added) + pd_node_get_width (added) / 2 - x), <=, 5);
  g_assert_cmpfloat (fmod (pd_node_get_y (added), 10), ==, 0);
  g_assert_true (pd_canvas_is_renaming (f->canvas));
  pd_canvas_finish_rename (f->canvas, FALSE);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
}

static void
test_resize (Fixture       *f,
             gconstpointer  data)
{
  PdNode *node;
  double w, h, x, y, hx, hy;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 1);
  w = pd_node_get_width (node);
  h = pd_node_get_height (node);
  centre_of (f, node, &x, &y);
  click (f, x, y, 0);
  pd_hit_handle_position (node, PD_HANDLE_RESIZE, &hx, &hy);
  to_widget (f, hx, hy, &hx, &hy);
  drag (f, hx, hy, 40, 16, 0);   /* 50 × 20 units */
  g_assert_cmpfloat (pd_node_get_width (node), ==, pd_view_snap (w + 50, 10));
  g_assert_cmpfloat (pd_node_get_height (node), ==, pd_view_snap (h + 20, 10));
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_cmpfloat (pd_node_get_width (node), ==, w);
}

static void
test_nudge_merges (Fixture       *f,
                   gconstpointer  data)
{
  PdNode *node;
  double x0, x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 2);
  x0 = pd_node_get_x (node);
  centre_of (f, node, &x, &y);
  click (f, x, y, 0);
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.nudge", "(dd)",
                                               10.0, 0.0));
  g_assert_cmpfloat (pd_node_get_x (node), ==, x0 + 30);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_cmpfloat (pd_node_get_x (node), ==, x0);
}

/* Keyboard-made steps: Add Step after the selected step joins them, and
 * the title typed into the editor names the new step. */
static void
test_add_after_and_rename (Fixture       *f,
                           gconstpointer  data)
{
  PdSelection *selection;
  PdNode *first, *added;
  GtkWidget *entry;
  guint edges;
  double x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  selection = pd_canvas_get_selection (f->canvas);
  edges = g_list_model_get_n_items (pd_document_get_edges (f->document));
  first = node_at (f, 0);
  centre_of (f, first, &x, &y);
  click (f, x, y, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-step", "s",
                                             "assessment"));
  wait_for_frames ();
  added = pd_document_get_node (f->document, pd_selection_get_last (selection));
  g_assert_nonnull (added);
  g_assert_true (added != first);
  g_assert_cmpint (pd_node_get_kind (added), ==, PD_NODE_KIND_ASSESSMENT);
  g_assert_cmpstr (pd_node_get_agency_id (added), ==, pd_node_get_agency_id (first));
  g_assert_cmpfloat (pd_node_get_x (added), >, pd_node_get_x (first) + pd_node_get_width (first));
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (f->document)), ==,
                    edges + 1);

  g_assert_true (pd_canvas_is_renaming (f->canvas));
  entry = pd_canvas_get_rename_entry (f->canvas);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Carer's assessment ");
  g_signal_emit_by_name (entry, "activate");
  wait_for_frames ();
  g_assert_false (pd_canvas_is_renaming (f->canvas));
  g_assert_cmpstr (pd_node_get_title (added), ==, "Carer's assessment");
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Rename");

  /* Escape leaves the title as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.rename", NULL));
  entry = pd_canvas_get_rename_entry (f->canvas);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Not this");
  pd_canvas_finish_rename (f->canvas, FALSE);
  g_assert_cmpstr (pd_node_get_title (added), ==, "Carer's assessment");

  /* Add, join and rename: two undo steps. */
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
  g_assert_null (pd_document_get_node (f->document, pd_node_get_id (added)));
}

static void
test_delete_all_and_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  before = test_write (f->document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.select-all", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL));
  wait_for_frames ();
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (f->document)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (f->document)), ==, 0);
  g_assert_cmpuint (pd_selection_get_length (pd_canvas_get_selection (f->canvas)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_for_frames ();
  after = test_write (f->document);
  g_assert_cmpstr (after, ==, before);
}

/* How many handlers @canvas has on @object. */
static guint
handlers_of (gpointer  object,
             PdCanvas *canvas)
{
  guint n = g_signal_handlers_block_matched (object, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                             canvas);

  g_signal_handlers_unblock_matched (object, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, canvas);
  return n;
}

/* Deleting a step and undoing puts the same object back: the canvas keeps
 * one handler on it however often that happens, and none on the steps of a
 * document it no longer shows. */
static void
test_handlers_not_duplicated (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(PdNode) node = NULL;
  g_autoptr(PdDocument) other = NULL;
  PdSelection *selection;

  TEST_GUI_REQUIRE_DISPLAY ();
  selection = pd_canvas_get_selection (f->canvas);
  node = g_object_ref (node_at (f, 0));
  g_assert_cmpuint (handlers_of (node, f->canvas), ==, 1);
  pd_selection_select (selection, pd_node_get_id (node), PD_SELECT_REPLACE);
  for (int i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
      pd_selection_select (selection, pd_node_get_id (node), PD_SELECT_REPLACE);
    }
  wait_for_frames ();
  g_assert_nonnull (pd_document_get_node (f->document, pd_node_get_id (node)));
  g_assert_cmpuint (handlers_of (node, f->canvas), ==, 1);

  other = pd_document_new_default ();
  pd_canvas_set_document (f->canvas, other);
  g_assert_cmpuint (handlers_of (node, f->canvas), ==, 0);
  g_assert_cmpuint (handlers_of (pd_document_get_nodes (f->document), f->canvas), ==, 0);
  pd_canvas_set_document (f->canvas, f->document);
  g_assert_cmpuint (handlers_of (node, f->canvas), ==, 1);
}

static void
on_text (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  char **text = data;
  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  PdSelection *selection;
  g_autofree char *text = NULL;
  guint nodes;
  double x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  selection = pd_canvas_get_selection (f->canvas);
  nodes = g_list_model_get_n_items (pd_document_get_nodes (f->document));
  centre_of (f, node_at (f, 1), &x, &y);
  click (f, x, y, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy", NULL));
  /* Any application gets the steps as pathway XML text. */
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), NULL,
                                 on_text, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (text, "<pathway"));
  g_assert_nonnull (strstr (text, pd_node_get_title (node_at (f, 1))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.paste", NULL));
  while (g_list_model_get_n_items (pd_document_get_nodes (f->document)) == nodes)
    g_main_context_iteration (NULL, TRUE);
  /* The pasted step is selected, with an id of its own. */
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_last (selection), !=, pd_node_get_id (node_at (f, 1)));
  g_assert_cmpstr (pd_node_get_title (pd_document_get_node (f->document,
                                                            pd_selection_get_last (selection))),
                   ==, pd_node_get_title (node_at (f, 1)));
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Paste");
}

static void
test_zoom_to_fit (Fixture       *f,
                  gconstpointer  data)
{
  PdScene *scene;
  double x0, y0, x1, y1;
  int width, height;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_canvas_set_zoom (f->canvas, 3.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-fit", NULL));
  wait_for_frames ();
  scene = pd_canvas_get_scene (f->canvas);
  width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  to_widget (f, scene->bounds.x, scene->bounds.y, &x0, &y0);
  to_widget (f, scene->bounds.x + scene->bounds.width, scene->bounds.y + scene->bounds.height,
             &x1, &y1);
  g_assert_cmpfloat (pd_canvas_get_zoom (f->canvas), <=, 1.0);
  g_assert_cmpfloat (x0, >=, -0.5);
  g_assert_cmpfloat (y0, >=, -0.5);
  g_assert_cmpfloat (x1, <=, width + 0.5);
  g_assert_cmpfloat (y1, <=, height + 0.5);
}

static gboolean
steps_overlap (PdNode *a,
               PdNode *b)
{
  return pd_node_get_x (a) < pd_node_get_x (b) + pd_node_get_width (b)
         && pd_node_get_x (b) < pd_node_get_x (a) + pd_node_get_width (a)
         && pd_node_get_y (a) < pd_node_get_y (b) + pd_node_get_height (b)
         && pd_node_get_y (b) < pd_node_get_y (a) + pd_node_get_height (a);
}

/* Align Left from the menu: the step selected first stays, the others
 * line up on its left side without landing on any step, in one undo
 * step. */
static void
test_align_to_first_selected (Fixture       *f,
                              gconstpointer  data)
{
  PdSelection *selection = pd_canvas_get_selection (f->canvas);
  PdNode *reference = node_at (f, 3);
  PdNode *others[] = { node_at (f, 1), node_at (f, 2), node_at (f, 4) };
  GListModel *nodes = pd_document_get_nodes (f->document);
  double x = pd_node_get_x (reference), y = pd_node_get_y (reference);
  g_autofree char *before = test_write (f->document);
  g_autofree char *undone = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_selection_select (selection, pd_node_get_id (reference), PD_SELECT_REPLACE);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    pd_selection_select (selection, pd_node_get_id (others[i]), PD_SELECT_ADD);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.align", "s", "left"));
  wait_for_frames ();
  g_assert_cmpfloat (pd_node_get_x (reference), ==, x);
  g_assert_cmpfloat (pd_node_get_y (reference), ==, y);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_assert_cmpfloat (pd_node_get_x (others[i]), ==, x);
      for (guint j = 0; j < g_list_model_get_n_items (nodes); j++)
        g_assert_true (node_at (f, j) == others[i] || !steps_overlap (others[i], node_at (f, j)));
    }
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Align");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  undone = test_write (f->document);
  g_assert_cmpstr (undone, ==, before);
}

/* The colour of the canvas's pixel at (@wx, @wy), as it draws now. */
static void
canvas_pixel (Fixture *f,
              int      wx,
              int      wy,
              guchar   rgb[3])
{
  GtkWidget *widget = GTK_WIDGET (f->canvas);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  guchar *pixel = pixels + ((gsize) wy * width + wx) * 4;

  pd_canvas_snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  /* Cairo's order: blue, green, red, alpha in memory on little-endian. */
  rgb[0] = G_BYTE_ORDER == G_LITTLE_ENDIAN ? pixel[2] : pixel[1];
  rgb[1] = G_BYTE_ORDER == G_LITTLE_ENDIAN ? pixel[1] : pixel[2];
  rgb[2] = G_BYTE_ORDER == G_LITTLE_ENDIAN ? pixel[0] : pixel[3];
}

static gboolean
is_accent (const guchar rgb[3])
{
  return ABS (rgb[0] - 53) < 12 && ABS (rgb[1] - 132) < 12 && ABS (rgb[2] - 228) < 12;
}

/* A selected step's ring is two lines: black against the step, the accent
 * outside it; each agency's colour meets 3:1 against the black, the paper
 * against the accent, so the ring shows whatever it lies over. */
static void
test_selection_ring (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *agencies = pd_document_get_agencies (f->document);
  const PdColor accent = { 0.208, 0.518, 0.894, 1 };
  PdNode *step = NULL;
  PdRect box = { 0 };
  double wx = 0, wy = 0;
  guchar rgb[3];

  TEST_GUI_REQUIRE_DISPLAY ();
  for (guint i = 0; i < g_list_model_get_n_items (pd_document_get_nodes (f->document)); i++)
    {
      box = pd_hit_node_box (pd_canvas_get_scene (f->canvas), node_at (f, i));
      to_widget (f, box.x + box.width / 4, box.y, &wx, &wy);
      if (wy > 20 && wy < gtk_widget_get_height (GTK_WIDGET (f->canvas))
          && wx > 0 && wx < gtk_widget_get_width (GTK_WIDGET (f->canvas)))
        {
          step = node_at (f, i);
          break;
        }
    }
  g_assert_nonnull (step);
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_node_get_id (step),
                       PD_SELECT_REPLACE);
  canvas_pixel (f, (int) round (wx), (int) floor (wy - 1.75), rgb);
  g_assert_cmpint (MAX (rgb[0], MAX (rgb[1], rgb[2])), <, 90);
  canvas_pixel (f, (int) round (wx), (int) floor (wy - 3.5), rgb);
  g_assert_true (is_accent (rgb));

  g_assert_cmpfloat (pd_color_contrast (&accent, &PD_COLOR_WHITE), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      PdColor colour;

      g_assert_true (pd_color_parse (pd_agency_get_colour (agency), &colour));
      g_assert_cmpfloat (pd_color_contrast (&colour, &PD_COLOR_BLACK), >=, 3);
    }
}

/* With several steps selected, the one Align goes by wears a pin over
 * its top; alone, it does not. */
static void
test_align_reference_drawn (Fixture       *f,
                            gconstpointer  data)
{
  PdSelection *selection = pd_canvas_get_selection (f->canvas);
  PdNode *reference = NULL;
  double wx = 0, wy = 0;
  guchar rgb[3];

  TEST_GUI_REQUIRE_DISPLAY ();
  for (guint i = 0; i < g_list_model_get_n_items (pd_document_get_nodes (f->document)); i++)
    {
      to_widget (f, pd_node_get_x (node_at (f, i)), pd_node_get_y (node_at (f, i)), &wx, &wy);
      wx += 5;   /* the pin's stem: 12 pixels into its ring, which is 7 outside the step */
      if (wy > 40 && wy < gtk_widget_get_height (GTK_WIDGET (f->canvas))
          && wx > 0 && wx < gtk_widget_get_width (GTK_WIDGET (f->canvas)))
        {
          reference = node_at (f, i);
          break;
        }
    }
  g_assert_nonnull (reference);
  pd_selection_select (selection, pd_node_get_id (reference), PD_SELECT_REPLACE);
  pd_selection_select (selection, pd_node_get_id (node_at (f, 0)) != pd_node_get_id (reference)
                       ? pd_node_get_id (node_at (f, 0)) : pd_node_get_id (node_at (f, 1)),
                       PD_SELECT_ADD);
  /* The pin: a dot on a stem, from 25 to 7 pixels above the step's top. */
  canvas_pixel (f, (int) round (wx), (int) round (wy) - 15, rgb);
  g_assert_true (is_accent (rgb));
  pd_selection_select (selection, pd_node_get_id (reference), PD_SELECT_REPLACE);
  canvas_pixel (f, (int) round (wx), (int) round (wy) - 15, rgb);
  g_assert_false (is_accent (rgb));
}

static void
assert_shows (Fixture *f,
              double   x,
              double   y)
{
  double wx, wy;

  to_widget (f, x, y, &wx, &wy);
  g_assert_cmpfloat (wx, >=, 0);
  g_assert_cmpfloat (wx, <=, gtk_widget_get_width (GTK_WIDGET (f->canvas)));
  g_assert_cmpfloat (wy, >=, 0);
  g_assert_cmpfloat (wy, <=, gtk_widget_get_height (GTK_WIDGET (f->canvas)));
}

static void
zoom_action (Fixture    *f,
             const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  wait_for_frames ();
}

/* Zoom to Fit leaves paper below a wide diagram; zooming in or back to
 * 100% from there keeps the diagram, or the selection, in view. */
static void
test_zoom_keeps_diagram (Fixture       *f,
                         gconstpointer  data)
{
  PdScene *scene;
  PdNode *far = NULL;
  GListModel *nodes;
  double cx, cy;

  TEST_GUI_REQUIRE_DISPLAY ();
  zoom_action (f, "win.zoom-fit");
  scene = pd_canvas_get_scene (f->canvas);
  cx = scene->bounds.x + scene->bounds.width / 2;
  cy = scene->bounds.y + scene->bounds.height / 2;
  zoom_action (f, "win.zoom-in");
  g_assert_cmpfloat (pd_canvas_get_zoom (f->canvas), <, 1.0);
  assert_shows (f, cx, cy);
  zoom_action (f, "win.zoom-reset");
  g_assert_cmpfloat (pd_canvas_get_zoom (f->canvas), ==, 1.0);
  assert_shows (f, cx, cy);

  /* The step furthest right and down, selected: zooming keeps it. */
  zoom_action (f, "win.zoom-fit");
  nodes = pd_document_get_nodes (f->document);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    if (far == NULL || pd_node_get_x (node_at (f, i)) + pd_node_get_y (node_at (f, i))
                       > pd_node_get_x (far) + pd_node_get_y (far))
      far = node_at (f, i);
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_node_get_id (far),
                       PD_SELECT_REPLACE);
  cx = pd_node_get_x (far) + pd_node_get_width (far) / 2;
  cy = pd_node_get_y (far) + pd_node_get_height (far) / 2;
  zoom_action (f, "win.zoom-in");
  assert_shows (f, cx, cy);
  zoom_action (f, "win.zoom-reset");
  assert_shows (f, cx, cy);
}

static void
type_title (Fixture    *f,
            const char *title)
{
  GtkWidget *entry;

  wait_for_frames ();
  g_assert_true (pd_canvas_is_renaming (f->canvas));
  entry = pd_canvas_get_rename_entry (f->canvas);
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_emit_by_name (entry, "activate");
  wait_for_frames ();
}

static const char *
selected_title (Fixture *f)
{
  PdNode *node = pd_document_get_node (f->document,
                                       pd_selection_get_last (pd_canvas_get_selection (f->canvas)));
  return node ? pd_node_get_title (node) : NULL;
}

static GtkWindow *
find_dialog (const char *key)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (g_object_get_data (G_OBJECT (window), key))
        return window;
    }
  return NULL;
}

/* A pathway made and walked with the keyboard's commands alone. */
static void
test_keyboard_only (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (f->canvas);
  GtkWidget *window = GTK_WIDGET (f->window);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PdDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkWidget *search;
  guint n = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  /* Tab meets every step of the example, in reading order. */
  n = g_list_model_get_n_items (pd_document_get_nodes (f->document));
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < n; i++)
      {
        g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_NEXT));
        g_hash_table_add (seen, (gpointer) g_intern_string (
          pd_selection_get_last (pd_canvas_get_selection (f->canvas))));
      }
    g_assert_cmpuint (g_hash_table_size (seen), ==, n);
  }

  /* Now a new pathway from nothing. */
  g_assert_true (gtk_widget_activate_action (window, "win.select-all", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.delete", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.add-step", "s", "referral"));
  type_title (f, "GP referral");
  g_assert_true (gtk_widget_activate_action (window, "win.add-step", "s", "assessment"));
  type_title (f, "Assessment");
  g_assert_true (gtk_widget_activate_action (window, "win.add-step", "s", "intervention"));
  type_title (f, "CBT");
  /* Back to the assessment, and a second way out of it. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_BACK));
  g_assert_cmpstr (selected_title (f), ==, "Assessment");
  g_assert_true (gtk_widget_activate_action (window, "win.add-step", "s", "intervention"));
  type_title (f, "Guided self-help");
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_PREVIOUS_BRANCH));
  g_assert_cmpstr (selected_title (f), ==, "CBT");
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_NEXT_BRANCH));
  g_assert_cmpstr (selected_title (f), ==, "Guided self-help");
  /* Step up from guided self-help to CBT, chosen by name. */
  g_assert_true (gtk_widget_activate_action (window, "win.connect-to", NULL));
  wait_for_frames ();
  dialog = find_dialog ("pd-connect-search");
  g_assert_nonnull (dialog);
  search = g_object_get_data (G_OBJECT (dialog), "pd-connect-search");
  gtk_editable_set_text (GTK_EDITABLE (search), "cbt");
  wait_for_frames ();
  g_signal_emit_by_name (search, "activate");
  wait_for_frames ();
  g_assert_null (find_dialog ("pd-connect-search"));
  /* Nudge it down out of the way. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.nudge", "(dd)", 0.0, 100.0));

  path = g_build_filename (g_get_tmp_dir (), "keyboard-only.pathway", NULL);
  g_assert_true (pd_window_save_to (f->window, path, &error));
  g_assert_no_error (error);
  saved = pd_file_load (path, NULL, NULL, &error);
  g_assert_no_error (error);
  pd_reading_order (saved, &nodes, &edges);
  g_assert_cmpuint (nodes->len, ==, 4);
  g_assert_cmpuint (edges->len, ==, 4);
  {
    const char *titles[] = { "GP referral", "Assessment", "CBT", "Guided self-help" };
    for (guint i = 0; i < 4; i++)
      g_assert_cmpstr (pd_node_get_title (g_ptr_array_index (nodes, i)), ==, titles[i]);
    /* Guided self-help → CBT, the last transition made. */
    g_assert_cmpstr (pd_edge_get_to_id (g_ptr_array_index (edges, 3)), ==,
                     pd_node_get_id (g_ptr_array_index (nodes, 2)));
  }
  g_unlink (path);
}

static void
test_tidy (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  before = test_write (f->document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "left-right"));
  wait_for_frames ();
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Tidy");
  g_assert_cmpfloat (pd_canvas_get_zoom (f->canvas), <=, 1.0);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  after = test_write (f->document);
  g_assert_cmpstr (after, ==, before);
}

/* The width and height of the steps' bounding box. */
static void
extent (PdDocument *doc,
        double     *width,
        double     *height)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      x0 = MIN (x0, pd_node_get_x (node));
      y0 = MIN (y0, pd_node_get_y (node));
      x1 = MAX (x1, pd_node_get_x (node) + pd_node_get_width (node));
      y1 = MAX (y1, pd_node_get_y (node) + pd_node_get_height (node));
    }
  *width = x1 - x0;
  *height = y1 - y0;
}

/* Runs the main loop until @canvas's description starts with @prefix
 * (a tidy in the background has said what it did), or a minute has
 * gone. */
static gboolean
wait_for_description (PdCanvas   *canvas,
                      const char *prefix)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      const char *said = pd_canvas_get_description (canvas);

      if (said && g_str_has_prefix (said, prefix))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return FALSE;
}

/* Tidy to Fit a Page: one undo step, rows: far narrower and taller than
 * the one long row of a plain tidy. Its rows cross more transitions than
 * the steps did where they stood, which the toast and a screen reader on
 * the diagram are told, with a button (and its keys) to fit the page
 * without lanes. */
static void
test_tidy_fit_page (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) reference = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdDocument) fitted = test_load (g_ptr_array_index (paths, 0));
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;
  g_autofree char *said = NULL;
  g_autofree char *spoken = NULL;
  GtkWidget *button;
  double fit_w, fit_h, plain_w, plain_h;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "fit-page"));
  /* Laid out in a thread: the window live meanwhile. */
  g_assert_false (pd_history_can_undo (f->history));
  g_assert_true (wait_for_undo_label (f->document, "Tidy"));
  options.aspect = G_SQRT2;
  pd_layout_tidy (fitted, &options, &outcome);
  g_assert_cmpuint (outcome.after, >, outcome.before);
  said = g_strdup_printf ("Tidied: %u steps moved, %u crossings, %u before", outcome.moved,
                          outcome.after, outcome.before);
  spoken = g_strconcat (said, ". Shift+Ctrl+N fits the page without lanes. ", NULL);
  g_assert_true (wait_for_description (f->canvas, spoken));
  g_assert_true (shows_label (GTK_WIDGET (f->window->toasts), said));
  button = find_button (GTK_WIDGET (f->window->toasts), "Fit Without Lanes");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.tidy-without-lanes");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  extent (f->document, &fit_w, &fit_h);
  pd_layout_tidy (reference, NULL, NULL);
  extent (reference, &plain_w, &plain_h);
  g_assert_cmpfloat (fit_w, <, plain_w * 0.7);
  g_assert_cmpfloat (fit_h, >, plain_h * 1.3);
}

/* The Arrange menu's options: without lanes the steps are laid out as the
 * core does without lanes and no bands are drawn; roomy spacing spreads
 * them wider than usual. */
static void
test_tidy_options (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) reference = NULL;
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autofree char *expected = NULL;
  g_autofree char *tidied = NULL;
  double usual_w, usual_h, roomy_w, roomy_h;
  PdLanes lanes;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_action_group_change_action_state (G_ACTION_GROUP (f->window), "tidy-lanes",
                                      g_variant_new_boolean (FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "left-right"));
  wait_for_frames ();
  g_object_get (f->document, "lanes", &lanes, NULL);
  g_assert_cmpint (lanes, ==, PD_LANES_NONE);
  reference = test_load (g_ptr_array_index (paths, 0));
  options.lanes = FALSE;
  pd_layout_apply (reference, &options);
  expected = test_write (reference);
  tidied = test_write (f->document);
  g_assert_cmpstr (tidied, ==, expected);

  g_action_group_change_action_state (G_ACTION_GROUP (f->window), "tidy-lanes",
                                      g_variant_new_boolean (TRUE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "left-right"));
  wait_for_frames ();
  g_object_get (f->document, "lanes", &lanes, NULL);
  g_assert_cmpint (lanes, ==, PD_LANES_ACROSS);
  extent (f->document, &usual_w, &usual_h);
  g_action_group_change_action_state (G_ACTION_GROUP (f->window), "tidy-spacing",
                                      g_variant_new_string ("roomy"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "left-right"));
  wait_for_frames ();
  extent (f->document, &roomy_w, &roomy_h);
  g_assert_cmpfloat (roomy_w, >, usual_w);
  g_assert_cmpfloat (roomy_h, >, usual_h);
}

/* Draw Transitions in the Arrange menu sets the pathway's routing, one
 * undo step, and shows the routing the pathway has (after an undo too). */
static void
test_routing_menu (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GVariant) state = NULL;
  PdRouting routing;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_object_get (f->document, "routing", &routing, NULL);
  g_assert_cmpint (routing, ==, PD_ROUTING_DIRECT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.routing", "s",
                                             "orthogonal"));
  g_object_get (f->document, "routing", &routing, NULL);
  g_assert_cmpint (routing, ==, PD_ROUTING_ORTHOGONAL);
  state = g_action_group_get_action_state (G_ACTION_GROUP (f->window), "routing");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "orthogonal");
  g_clear_pointer (&state, g_variant_unref);
  g_assert_true (pd_document_undo (f->document));
  g_assert_false (pd_history_can_undo (f->history));
  state = g_action_group_get_action_state (G_ACTION_GROUP (f->window), "routing");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "direct");
}

/* A window on a generated pathway of @n steps. */
static PdWindow *
window_on_generated (guint n)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (n, 7, 5);
  PdWindow *window;

  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  return window;
}

/* The places of @doc's steps, x and y, in document order. */
static GArray *
places_of (PdDocument *doc)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  GArray *places = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      double xy[2] = { pd_node_get_x (node), pd_node_get_y (node) };

      g_array_append_vals (places, xy, 2);
    }
  return places;
}

/* A large pathway is tidied in a thread: Cancel leaves it as it was; let
 * run, the steps end where a tidy made at once puts them, in one undo
 * step, and what it did is said. */
static void
test_tidy_large (Fixture       *f,
                 gconstpointer  data)
{
  PdWindow *window;
  PdDocument *document;
  g_autoptr(PdDocument) reference = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  window = window_on_generated (1000);
  document = pd_window_get_document (window);
  before = test_write (document);

  /* Cancelled: nothing moves, nothing to undo, Tidy can start again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy", "s", "left-right"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy-cancel", NULL));
  for (int i = 0; i < 200; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_assert_false (pd_history_can_undo (pd_document_get_history (document)));
  after = test_write (document);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* Let run. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy", "s", "left-right"));
  g_assert_true (wait_for_undo_label (document, "Tidy"));
  reference = pd_generate_pathway (1000, 7, 5);
  pd_layout_apply (reference, NULL);
  expected = test_write (reference);
  after = test_write (document);
  g_assert_cmpstr (after, ==, expected);
  /* Said from the thread's tidy too: lanes cost crossings here. */
  g_assert_true (g_str_has_prefix (pd_canvas_get_description (window->canvas), "Lanes add "));
  g_assert_nonnull (strstr (pd_canvas_get_description (window->canvas),
                            ". Shift+Ctrl+N tidies without lanes. "));
  g_assert_true (pd_document_undo (document));
  g_assert_false (pd_history_can_undo (pd_document_get_history (document)));
  g_clear_pointer (&after, g_free);
  after = test_write (document);
  g_assert_cmpstr (after, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
}

/* A large pathway edited while it is tidied (by a shortcut: the canvas
 * takes nothing then) keeps the edit, and its steps stay where they were:
 * the places were found for a pathway that is no longer there. */
static void
test_tidy_changed_meanwhile (Fixture       *f,
                             gconstpointer  data)
{
  PdWindow *window;
  PdDocument *document;
  GtkWidget *canvas;
  g_autoptr(PdNode) node = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *after = NULL;
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  TEST_GUI_REQUIRE_DISPLAY ();
  window = window_on_generated (1000);
  document = pd_window_get_document (window);
  canvas = pd_window_get_canvas (window);
  node = g_list_model_get_item (pd_document_get_nodes (document), 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy", "s", "left-right"));
  g_assert_false (gtk_widget_is_sensitive (canvas));
  pd_document_set (document, node, "title", "Renamed while tidying", NULL);
  edited = test_write (document);
  /* The tidy is over when the canvas takes edits again. */
  while (!gtk_widget_is_sensitive (canvas) && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (gtk_widget_is_sensitive (canvas));
  after = test_write (document);
  g_assert_cmpstr (after, ==, edited);
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (document)), !=, "Tidy");
  g_assert_true (pd_document_undo (document));
  g_assert_false (pd_history_can_undo (pd_document_get_history (document)));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
}

/* The words of @group's text shapes, one line each. */
static char *
group_words (const PdGroup *group)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < group->shapes->len; i++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, i);

      for (guint l = 0; shape->type == PD_SHAPE_TEXT && l < shape->lines->len; l++)
        g_string_append_printf (s, "%s\n", ((PdTextLine *) g_ptr_array_index (shape->lines,
                                                                             l))->text);
    }
  return g_string_free (s, FALSE);
}

/* High contrast (the system's setting, passed on by the window): the
 * steps' outlines and the transitions black and heavier; back again when
 * it is switched off. */
static void
test_high_contrast (Fixture       *f,
                    gconstpointer  data)
{
  PdShape *outline, *line;

  TEST_GUI_REQUIRE_DISPLAY ();
  outline = g_ptr_array_index (pd_scene_find_group (pd_canvas_get_scene (f->canvas),
                                                    "n-cbt")->shapes, 0);
  g_assert_cmpfloat (outline->line_width, <, 2);
  pd_canvas_set_high_contrast (f->canvas, TRUE);
  g_assert_true (pd_canvas_get_high_contrast (f->canvas));
  wait_for_frames ();
  outline = g_ptr_array_index (pd_scene_find_group (pd_canvas_get_scene (f->canvas),
                                                    "n-cbt")->shapes, 0);
  g_assert_cmpfloat (outline->line_width, >=, 2);
  g_assert_cmpfloat (outline->stroke.red + outline->stroke.green + outline->stroke.blue, ==, 0);
  for (guint i = 0; i < pd_canvas_get_scene (f->canvas)->groups->len; i++)
    {
      PdGroup *group = g_ptr_array_index (pd_canvas_get_scene (f->canvas)->groups, i);

      if (group->kind != PD_GROUP_EDGE)
        continue;
      line = g_ptr_array_index (group->shapes, 0);
      g_assert_cmpfloat (line->stroke.red + line->stroke.green + line->stroke.blue, ==, 0);
    }
  pd_canvas_set_high_contrast (f->canvas, FALSE);
  wait_for_frames ();
  outline = g_ptr_array_index (pd_scene_find_group (pd_canvas_get_scene (f->canvas),
                                                    "n-cbt")->shapes, 0);
  g_assert_cmpfloat (outline->line_width, <, 2);
}

/* View ▸ Show Durations and Roles draws each step's details on the
 * canvas, in a taller box that a click anywhere in selects, and off again;
 * it is remembered for the next window, and Tidy leaves room for the
 * taller boxes. */
static void
test_show_details (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *detailed = NULL;
  g_autofree char *again = NULL;
  double plain_height;
  PdWindow *next;
  PdLayoutOptions options;

  TEST_GUI_REQUIRE_DISPLAY ();
  settings = g_settings_new (APPLICATION_ID);
  /* The stepped-care example's guided self-help. */
  plain = group_words (pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-gsh"));
  plain_height = pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-gsh")->bounds.height;
  g_assert_null (strstr (plain, "7 sessions"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-details", NULL));
  wait_for_frames ();
  detailed = group_words (pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-gsh"));
  g_assert_nonnull (strstr (detailed, "7 sessions"));
  g_assert_nonnull (strstr (detailed, "about 10 weeks"));
  g_assert_nonnull (strstr (detailed, "practitioner"));
  g_assert_cmpfloat (pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-gsh")->bounds.height,
                     >, plain_height);
  g_assert_true (g_settings_get_boolean (settings, "show-details"));
  /* A click on the grown part of the box, below the step's own height,
   * selects the step. */
  {
    PdGroup *step = pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-gsh");
    PdNode *node = pd_document_get_node (f->document, "n-gsh");
    double wx, wy;

    g_assert_cmpfloat (step->bounds.y + step->bounds.height - 4, >,
                       pd_node_get_y (node) + pd_node_get_height (node));
    to_widget (f, pd_node_get_x (node) + pd_node_get_width (node) / 2,
               step->bounds.y + step->bounds.height - 4, &wx, &wy);
    pd_selection_clear (pd_canvas_get_selection (f->canvas));
    click (f, wx, wy, 0);
    g_assert_cmpstr (pd_selection_get_last (pd_canvas_get_selection (f->canvas)), ==, "n-gsh");
  }
  pd_window_get_tidy_options (f->window, &options);
  g_assert_true (options.details);

  /* A window opened next starts with them shown. */
  next = pd_window_new (NULL, f->document, NULL, NULL);
  g_assert_true (pd_canvas_get_details (PD_CANVAS (pd_window_get_canvas (next))));
  gtk_window_destroy (GTK_WINDOW (next));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-details", NULL));
  wait_for_frames ();
  again = group_words (pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-gsh"));
  g_assert_cmpstr (again, ==, plain);
  g_assert_false (g_settings_get_boolean (settings, "show-details"));
}

/* Two agencies whose steps take turns, drawn without a crossing: in
 * lanes their transitions must cross. */
static PdDocument *
turns_document (void)
{
  PdDocument *doc = pd_document_new_default ();
  GListModel *agencies = pd_document_get_agencies (doc);
  g_autoptr(PdAgency) first = g_list_model_get_item (agencies, 0);
  g_autoptr(PdAgency) second = g_list_model_get_item (agencies, 1);
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, pd_agency_get_id (first), 0, 0);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, pd_agency_get_id (second), 0, 300);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, pd_agency_get_id (second), 400, 0);
  PdNode *d = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, pd_agency_get_id (first), 400, 300);

  pd_edit_connect (doc, a, c);
  pd_edit_connect (doc, b, d);
  return doc;
}

/* Where the lanes force crossings that were not there, Tidy says so in a
 * toast whose button (and Shift+Ctrl+N) tidies without lanes instead: lanes off in the
 * Arrange menu, nothing crossing, and one undo back to where the steps
 * were before either tidy. */
static void
test_tidy_without_lanes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PdDocument) turns = NULL;
  g_autoptr(GVariant) lanes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *undone = NULL;
  PdWindow *window;
  PdDocument *doc;
  GtkWidget *button;
  PdLanes drawn;

  TEST_GUI_REQUIRE_DISPLAY ();
  turns = turns_document ();
  before = test_write (turns);
  window = pd_window_new (NULL, turns, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  doc = pd_window_get_document (window);
  g_assert_null (find_button (GTK_WIDGET (window->toasts), "Tidy Without Lanes"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy", "s", "left-right"));
  wait_for_frames ();
  g_assert_cmpuint (pd_layout_count_crossings (doc), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (window->toasts),
                              "Lanes add 1 crossing; Tidy without lanes gives 0"));
  button = find_button (GTK_WIDGET (window->toasts), "Tidy Without Lanes");
  g_assert_nonnull (button);
  /* A screen reader on the diagram is told, with the keys to do it. */
  g_assert_true (g_str_has_prefix (pd_canvas_get_description (window->canvas),
                                   "Lanes add 1 crossing; Tidy without lanes gives 0. "
                                   "Shift+Ctrl+N tidies without lanes. "));
  /* Shift+Ctrl+N, the button's action, which leaves the toast shown. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.tidy-without-lanes");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy-without-lanes", NULL));
  wait_for_frames ();
  g_assert_cmpuint (pd_layout_count_crossings (doc), ==, 0);
  g_assert_true (g_str_has_prefix (pd_canvas_get_description (window->canvas),
                                   "Tidied: 0 steps moved, 0 crossings. "));
  /* The lanes toast, which stays until closed, gives way to the new one. */
  /* (The toast that gives way may still be fading out for a moment.) */
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       (!shows_label (GTK_WIDGET (window->toasts), "Tidied: 0 steps moved, 0 crossings")
        || shows_label (GTK_WIDGET (window->toasts),
                        "Lanes add 1 crossing; Tidy without lanes gives 0"))
       && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (shows_label (GTK_WIDGET (window->toasts), "Tidied: 0 steps moved, 0 crossings"));
  g_assert_false (shows_label (GTK_WIDGET (window->toasts),
                               "Lanes add 1 crossing; Tidy without lanes gives 0"));
  g_object_get (doc, "lanes", &drawn, NULL);
  g_assert_cmpint (drawn, ==, PD_LANES_NONE);
  lanes = g_action_group_get_action_state (G_ACTION_GROUP (window), "tidy-lanes");
  g_assert_false (g_variant_get_boolean (lanes));
  /* The tidy with lanes was taken back, and without lanes the steps
   * already stood in a layout that crosses nothing: they stay put. */
  undone = test_write (doc);
  g_assert_cmpstr (undone, ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* After Tidy the toast and the diagram's accessible description (what a
 * screen reader on it hears) say how many steps moved and how many
 * transitions cross, until the selection or the pathway changes. */
static void
test_tidy_announced (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autofree char *said = NULL;
  g_autofree char *said_spoken = NULL;
  PdNode *node;
  guint moved = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 0);
  pd_document_set (f->document, G_OBJECT (node), "x", pd_node_get_x (node) + 3000.0, NULL);
  before = places_of (f->document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "left-right"));
  wait_for_frames ();
  after = places_of (f->document);
  for (guint i = 0; i < after->len; i += 2)
    if (g_array_index (after, double, i) != g_array_index (before, double, i)
        || g_array_index (after, double, i + 1) != g_array_index (before, double, i + 1))
      moved++;
  g_assert_cmpuint (moved, >, 0);
  said = g_strdup_printf (moved == 1 ? "Tidied: %u step moved, %u crossings"
                                     : "Tidied: %u steps moved, %u crossings",
                          moved, pd_layout_count_crossings (f->document));
  g_assert_true (shows_label (GTK_WIDGET (f->window->toasts), said));
  said_spoken = g_strconcat (said, ". ", NULL);
  g_assert_true (g_str_has_prefix (pd_canvas_get_description (f->canvas), said_spoken));
  /* Said once: gone with a new selection. */
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_node_get_id (node),
                       PD_SELECT_REPLACE);
  wait_for_frames ();
  g_assert_null (strstr (pd_canvas_get_description (f->canvas), "Tidied"));
  pd_selection_clear (pd_canvas_get_selection (f->canvas));
  /* Tidied again: nothing moves, and that is said; undone, it is not. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "left-right"));
  wait_for_frames ();
  g_assert_true (g_str_has_prefix (pd_canvas_get_description (f->canvas),
                                   "Tidied: 0 steps moved, "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_for_frames ();
  g_assert_null (strstr (pd_canvas_get_description (f->canvas), "Tidied"));
}

/* Tidy Without Lanes after Tidy to Fit a Page fits the page without lanes,
 * rather than laying the steps out in one long row: far narrower, nearer
 * a page's shape; each step where the core's fit without lanes puts it,
 * and fitted again, no step moves. */
static void
test_tidy_without_lanes_fit_page (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) reference = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdDocument) fitted = test_load (g_ptr_array_index (paths, 0));
  GListModel *nodes = pd_document_get_nodes (fitted);
  g_autoptr(GVariant) lanes = NULL;
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  double fit_w, fit_h, plain_w, plain_h;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "fit-page"));
  g_assert_true (wait_for_undo_label (f->document, "Tidy"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy-without-lanes",
                                             NULL));
  g_assert_true (wait_for_undo_label (f->document, "Tidy"));
  lanes = g_action_group_get_action_state (G_ACTION_GROUP (f->window), "tidy-lanes");
  g_assert_false (g_variant_get_boolean (lanes));
  extent (f->document, &fit_w, &fit_h);
  options.lanes = FALSE;
  pd_layout_tidy (reference, &options, NULL);
  extent (reference, &plain_w, &plain_h);
  g_assert_cmpfloat (fit_w, <, plain_w * 0.7);
  g_assert_cmpfloat (fit_w / fit_h, <, plain_w / plain_h * 0.7);
  options.aspect = G_SQRT2;
  pd_layout_tidy (fitted, &options, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) expected = g_list_model_get_item (nodes, i);
      PdNode *node = pd_document_get_node (f->document, pd_node_get_id (expected));

      g_assert_cmpfloat (pd_node_get_x (node), ==, pd_node_get_x (expected));
      g_assert_cmpfloat (pd_node_get_y (node), ==, pd_node_get_y (expected));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tidy", "s",
                                             "fit-page"));
  g_assert_true (wait_for_description (f->canvas, "Tidied: 0 steps moved, "));
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
#define ADD(path, func) TEST_GUI_ADD ("/canvas/" path, func)
  ADD ("drag-moves-one-step", test_drag_moves_one_step);
  ADD ("drags-do-not-merge", test_drags_do_not_merge);
  ADD ("drag-snaps-to-guide", test_drag_snaps_to_guide);
  ADD ("click-selection", test_click_selection);
  ADD ("rubber-band", test_rubber_band);
  ADD ("connect-by-handle", test_connect_by_handle);
  ADD ("resize", test_resize);
  ADD ("reconnect", test_reconnect);
  ADD ("add-at-point", test_add_at_point);
  ADD ("nudge-merges", test_nudge_merges);
  ADD ("add-after-and-rename", test_add_after_and_rename);
  ADD ("delete-all-and-undo", test_delete_all_and_undo);
  ADD ("copy-paste", test_copy_paste);
  ADD ("handlers-not-duplicated", test_handlers_not_duplicated);
  ADD ("align-to-first-selected", test_align_to_first_selected);
  ADD ("align-reference-drawn", test_align_reference_drawn);
  ADD ("selection-ring", test_selection_ring);
  ADD ("zoom-to-fit", test_zoom_to_fit);
  ADD ("zoom-keeps-diagram", test_zoom_keeps_diagram);
  ADD ("keyboard-only", test_keyboard_only);
  ADD ("tidy", test_tidy);
  ADD ("tidy-large", test_tidy_large);
  ADD ("tidy-changed-meanwhile", test_tidy_changed_meanwhile);
  ADD ("tidy-options", test_tidy_options);
  ADD ("tidy-fit-page", test_tidy_fit_page);
  ADD ("tidy-without-lanes", test_tidy_without_lanes);
  ADD ("tidy-without-lanes-fit-page", test_tidy_without_lanes_fit_page);
  ADD ("tidy-announced", test_tidy_announced);
  ADD ("routing-menu", test_routing_menu);
  ADD ("show-details", test_show_details);
  ADD ("high-contrast", test_high_contrast);
#undef ADD
  return g_test_run ();
}
