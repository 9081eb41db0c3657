/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The outline as a keyboard or screen-reader user has it: every step and
 * transition as a row that says all the diagram shows, edited from the
 * keyboard; and a pathway built with the keyboard's commands alone. Run
 * under xvfb-run. */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-edit.h"
#include "pd-outline-text.h"
#include "pd-reading-order.h"
#include "pd-walk.h"
#include "pd-window-private.h"
#include "test-gui.h"

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);
      if (found)
        return found;
    }
  return NULL;
}

/* Lets the outline rebuild after an edit (it waits for edits to settle). */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  wait_for_frames ();
}

static guint
count_rows (GListModel *model,
            GType       type)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);
      n += G_TYPE_CHECK_INSTANCE_TYPE (row, type);
    }
  return n;
}

/* The position of the first row of @type after @from, or -1. */
static int
find_row (GListModel *model,
          GType       type,
          guint       from)
{
  for (guint i = from; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (row, type))
        return (int) i;
    }
  return -1;
}

static const char *
selected_id (Fixture *f)
{
  return pd_selection_get_last (pd_canvas_get_selection (f->canvas));
}

static gboolean
has_focus_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  return focus && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Every transition of the example is a row under its step, and each row
 * tells a screen reader the whole of it. */
static void
test_every_transition (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *model;
  GtkWidget *list, *row;
  g_autoptr(GObject) first = NULL;
  g_autofree char *text = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  adw_view_stack_set_visible_child_name (f->window->side_stack, "outline");
  wait_for_frames ();
  model = pd_outline_get_model (f->window->outline);
  g_assert_cmpuint (count_rows (model, PD_TYPE_EDGE), ==,
                    g_list_model_get_n_items (pd_document_get_edges (f->document)));
  g_assert_cmpuint (count_rows (model, PD_TYPE_NODE), ==,
                    g_list_model_get_n_items (pd_document_get_nodes (f->document)));
  g_assert_cmpuint (count_rows (model, PD_TYPE_EDGE), >, 0);

  list = find_list_view (GTK_WIDGET (f->window->outline));
  g_assert_nonnull (list);
  row = gtk_widget_get_first_child (list);
  g_assert_nonnull (row);
  first = g_list_model_get_item (model, 0);
  text = pd_outline_row_text (f->document, first);
  g_assert_nonnull (strstr (text, pd_node_get_title (PD_NODE (first))));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text);
}

/* A row selected selects its step or transition, and Properties (F2 or
 * Enter) then edits it, with the name's field focused. */
static void
test_select_and_edit (Fixture       *f,
                      gconstpointer  data)
{
  PdOutline *outline;
  GListModel *model;
  int edge_row;
  g_autoptr(PdEdge) edge = NULL;
  g_autoptr(PdNode) node = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  outline = f->window->outline;
  model = pd_outline_get_model (outline);
  edge_row = find_row (model, PD_TYPE_EDGE, 0);
  g_assert_cmpint (edge_row, >, 0);
  edge = g_list_model_get_item (model, edge_row);
  pd_outline_select (outline, edge_row);
  wait_for_frames ();
  g_assert_cmpstr (selected_id (f), ==, pd_edge_get_id (edge));
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "transition");
  adw_view_stack_set_visible_child_name (f->window->side_stack, "outline");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (outline), "outline.edit", NULL));
  wait_for_frames ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->side_stack), ==,
                   "properties");
  g_assert_true (has_focus_in (pd_inspector_get_editor (f->window->inspector, "label")));

  node = g_list_model_get_item (model, 0);
  pd_outline_select (outline, 0);
  wait_for_frames ();
  g_assert_cmpstr (selected_id (f), ==, pd_node_get_id (node));
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "step");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (outline), "outline.edit", NULL));
  wait_for_frames ();
  g_assert_true (has_focus_in (pd_inspector_get_editor (f->window->inspector, "title")));
}

/* Alt+Down: the step changes places with the next in reading order, and
 * one Undo puts both back. */
static void
test_move_step (Fixture       *f,
                gconstpointer  data)
{
  PdOutline *outline;
  GListModel *model;
  g_autoptr(PdNode) node = NULL;
  PdNode *next;
  double x, y, next_x, next_y;
  int at;

  TEST_GUI_REQUIRE_DISPLAY ();
  outline = f->window->outline;
  model = pd_outline_get_model (outline);
  at = find_row (model, PD_TYPE_NODE, 1);
  node = g_list_model_get_item (model, at);
  next = pd_outline_neighbour (f->document, node, TRUE);
  g_assert_nonnull (next);
  x = pd_node_get_x (node);
  y = pd_node_get_y (node);
  next_x = pd_node_get_x (next);
  next_y = pd_node_get_y (next);
  pd_outline_select (outline, at);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (outline), "outline.move-step", "b",
                                             TRUE));
  wait_for_frames ();
  g_assert_cmpfloat (pd_node_get_x (node), ==, next_x);
  g_assert_cmpfloat (pd_node_get_y (node), ==, next_y);
  g_assert_cmpfloat (pd_node_get_x (next), ==, x);
  g_assert_cmpfloat (pd_node_get_y (next), ==, y);
  /* Still the step selected, wherever its row went. */
  g_assert_cmpstr (selected_id (f), ==, pd_node_get_id (node));
  {
    g_autoptr(GObject) shown = g_list_model_get_item (model, pd_outline_get_selected (outline));
    g_assert_true (shown == G_OBJECT (node));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpfloat (pd_node_get_x (node), ==, x);
  g_assert_cmpfloat (pd_node_get_y (node), ==, y);
  g_assert_cmpfloat (pd_node_get_x (next), ==, next_x);
  g_assert_cmpfloat (pd_node_get_y (next), ==, next_y);
  g_assert_false (pd_document_get_modified (f->document));

  /* The first step has none before it: nothing moves. */
  pd_outline_select (outline, 0);
  {
    g_autofree char *before = test_write (f->document);
    g_autofree char *after = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (outline), "outline.move-step", "b",
                                               FALSE));
    after = test_write (f->document);
    g_assert_cmpstr (before, ==, after);
  }
}

/* Delete on a transition's row deletes the transition alone, one undo
 * step. */
static void
test_delete_transition (Fixture       *f,
                        gconstpointer  data)
{
  PdOutline *outline;
  GListModel *model;
  g_autoptr(PdEdge) edge = NULL;
  guint n_nodes, n_edges;
  int at;

  TEST_GUI_REQUIRE_DISPLAY ();
  outline = f->window->outline;
  model = pd_outline_get_model (outline);
  n_nodes = g_list_model_get_n_items (pd_document_get_nodes (f->document));
  n_edges = g_list_model_get_n_items (pd_document_get_edges (f->document));
  at = find_row (model, PD_TYPE_EDGE, 0);
  edge = g_list_model_get_item (model, at);
  pd_outline_select (outline, at);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (outline), "outline.delete", NULL));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (f->document)), ==,
                    n_edges - 1);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (f->document)), ==, n_nodes);
  g_assert_null (pd_document_lookup (f->document, pd_edge_get_id (edge)));
  g_assert_cmpuint (count_rows (model, PD_TYPE_EDGE), ==, n_edges - 1);
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (f->document)), ==, n_edges);
  g_assert_false (pd_document_get_modified (f->document));
}

/* On the canvas: from a step to its transitions out and round them,
 * their fields, deleting one, and back to the step. */
static void
test_canvas_transitions (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (f->canvas);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autofree char *step = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint n_edges = g_list_model_get_n_items (pd_document_get_edges (f->document));

  TEST_GUI_REQUIRE_DISPLAY ();
  /* A step with two ways out. */
  pd_reading_order (f->document, &nodes, &edges);
  for (guint i = 0; i < nodes->len && step == NULL; i++)
    {
      const char *id = pd_node_get_id (g_ptr_array_index (nodes, i));
      g_autofree char *a = pd_walk_transition (f->document, id, NULL, 0);
      g_autofree char *b = a ? pd_walk_transition (f->document, id, a, 1) : NULL;

      if (b && g_strcmp0 (a, b) != 0)
        {
          step = g_strdup (id);
          first = g_steal_pointer (&a);
          second = g_steal_pointer (&b);
        }
    }
  g_assert_nonnull (step);
  pd_selection_select (pd_canvas_get_selection (f->canvas), step, PD_SELECT_REPLACE);
  gtk_widget_grab_focus (canvas);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.select-transition", NULL));
  g_assert_cmpstr (selected_id (f), ==, first);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_NEXT));
  g_assert_cmpstr (selected_id (f), ==, second);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_PREVIOUS));
  g_assert_cmpstr (selected_id (f), ==, first);
  /* Escape: back to the step. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.clear-selection", NULL));
  g_assert_cmpstr (selected_id (f), ==, step);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.select-transition", NULL));
  /* Enter: its label, ready for typing. */
  g_assert_true (gtk_widget_activate_action (canvas, "win.edit-properties", NULL));
  wait_for_frames ();
  g_assert_true (has_focus_in (pd_inspector_get_editor (f->window->inspector, "label")));
  /* Delete: that transition, one undo step. */
  gtk_widget_grab_focus (canvas);
  g_assert_true (gtk_widget_activate_action (canvas, "win.delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (f->document)), ==,
                    n_edges - 1);
  g_assert_null (pd_document_lookup (f->document, first));
  g_assert_true (pd_document_undo (f->document));
  g_assert_nonnull (pd_document_lookup (f->document, first));
  g_assert_false (pd_document_get_modified (f->document));
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

/* Typing a new step's name where Add Step opens it, then Enter. */
static void
type_title (PdCanvas   *canvas,
            const char *title)
{
  GtkWidget *entry;

  wait_for_frames ();
  g_assert_true (pd_canvas_is_renaming (canvas));
  entry = pd_canvas_get_rename_entry (canvas);
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_emit_by_name (entry, "activate");
  wait_for_frames ();
}

static const char *
title_of_selected (PdWindow *window)
{
  PdDocument *doc = pd_window_get_document (window);
  PdNode *node = pd_document_get_node (
    doc, pd_selection_get_last (pd_canvas_get_selection (window->canvas)));
  return node ? pd_node_get_title (node) : NULL;
}

/* The selected transition's label, typed in Properties after Enter. */
static void
type_label (PdWindow   *window,
            const char *label)
{
  GtkWidget *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->canvas), "win.edit-properties",
                                             NULL));
  wait_for_frames ();
  editor = pd_inspector_get_editor (window->inspector, "label");
  g_assert_true (has_focus_in (editor));
  gtk_editable_set_text (GTK_EDITABLE (editor), label);
  /* Escape from the side pane: back to the diagram. */
  gtk_widget_grab_focus (GTK_WIDGET (window->canvas));
  wait_for_frames ();
}

/* From a new pathway to five steps and two labelled branches with the
 * keyboard's commands alone, saved and read back. */
static void
test_keyboard_build (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdWindow *window;
  GtkWidget *win, *canvas;
  GtkWindow *dialog;
  GtkWidget *search;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PdDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  const char *titles[] = { "GP referral", "Assessment", "CBT", "Discharge", "Guided self-help" };
  const char *assessment;
  guint labelled = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (doc)), ==, 0);
  window = pd_window_new (NULL, doc, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  win = GTK_WIDGET (window);
  canvas = GTK_WIDGET (window->canvas);
  gtk_widget_grab_focus (canvas);

  /* Ctrl+Return and its kinds: each step after the one selected. */
  g_assert_true (gtk_widget_activate_action (win, "win.add-step", "s", "referral"));
  type_title (window->canvas, titles[0]);
  g_assert_true (gtk_widget_activate_action (win, "win.add-step", "s", "assessment"));
  type_title (window->canvas, titles[1]);
  assessment = g_intern_string (pd_selection_get_last (pd_canvas_get_selection (window->canvas)));
  g_assert_true (gtk_widget_activate_action (win, "win.add-step", "s", "intervention"));
  type_title (window->canvas, titles[2]);
  g_assert_true (gtk_widget_activate_action (win, "win.add-step", "s", "discharge"));
  type_title (window->canvas, titles[3]);
  /* Alt+Left twice: back to the assessment, for the second branch. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_BACK));
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_BACK));
  g_assert_cmpstr (title_of_selected (window), ==, titles[1]);
  g_assert_true (gtk_widget_activate_action (win, "win.add-step", "s", "intervention"));
  type_title (window->canvas, titles[4]);
  /* Ctrl+K: Connect To… the discharge, chosen by name. */
  g_assert_true (gtk_widget_activate_action (win, "win.connect-to", NULL));
  wait_for_frames ();
  dialog = find_dialog ("pd-connect-search");
  g_assert_nonnull (dialog);
  search = g_object_get_data (G_OBJECT (dialog), "pd-connect-search");
  gtk_editable_set_text (GTK_EDITABLE (search), "disch");
  wait_for_frames ();
  g_signal_emit_by_name (search, "activate");
  wait_for_frames ();
  g_assert_null (find_dialog ("pd-connect-search"));

  /* Back to the assessment; Shift+Alt+Right to its first way out, Tab to
   * the second, each labelled in Properties. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_BACK));
  g_assert_cmpstr (pd_selection_get_last (pd_canvas_get_selection (window->canvas)), ==,
                   assessment);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.select-transition", NULL));
  type_label (window, "Moderate symptoms");
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.walk", "i", PD_WALK_NEXT));
  type_label (window, "Mild symptoms");
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.clear-selection", NULL));
  g_assert_cmpstr (pd_selection_get_last (pd_canvas_get_selection (window->canvas)), ==,
                   assessment);

  /* A folder of its own: runs side by side do not save over each other. */
  dir = g_dir_make_tmp ("outline-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "keyboard-build.pathway", NULL);
  g_assert_true (pd_window_save_to (window, path, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();

  saved = pd_file_load (path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_unlink (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  pd_reading_order (saved, &nodes, &edges);
  g_assert_cmpuint (nodes->len, ==, 5);
  g_assert_cmpuint (edges->len, ==, 5);
  /* Depth first: the CBT branch to the discharge, then the other. */
  {
    const char *order[] = { "GP referral", "Assessment", "CBT", "Discharge", "Guided self-help" };
    for (guint i = 0; i < 5; i++)
      g_assert_cmpstr (pd_node_get_title (g_ptr_array_index (nodes, i)), ==, order[i]);
  }
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      PdNode *from = pd_document_get_node (saved, pd_edge_get_from_id (edge));
      PdNode *to = pd_document_get_node (saved, pd_edge_get_to_id (edge));

      g_assert_nonnull (from);
      g_assert_nonnull (to);
      if (g_str_equal (pd_node_get_title (from), "Assessment"))
        {
          g_assert_cmpstr (pd_edge_get_label (edge), ==,
                           g_str_equal (pd_node_get_title (to), "CBT") ? "Moderate symptoms"
                                                                       : "Mild symptoms");
          labelled++;
        }
      else
        g_assert_null (pd_edge_get_label (edge));
    }
  g_assert_cmpuint (labelled, ==, 2);
  /* Guided self-help → Discharge, from Connect To…. */
  {
    PdEdge *last = g_ptr_array_index (edges, 4);
    g_assert_cmpstr (pd_node_get_title (pd_document_get_node (saved, pd_edge_get_from_id (last))),
                     ==, "Guided self-help");
    g_assert_cmpstr (pd_node_get_title (pd_document_get_node (saved, pd_edge_get_to_id (last))),
                     ==, "Discharge");
  }
}

int
main (int    argc,
      char **argv)
{
  /* An accessibility context that keeps what the rows tell a screen
   * reader, for the test to read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/outline/every-transition", test_every_transition);
  TEST_GUI_ADD ("/outline/select-and-edit", test_select_and_edit);
  TEST_GUI_ADD ("/outline/move-step", test_move_step);
  TEST_GUI_ADD ("/outline/delete-transition", test_delete_transition);
  TEST_GUI_ADD ("/canvas/transitions-from-keyboard", test_canvas_transitions);
  g_test_add_func ("/outline/keyboard-build", test_keyboard_build);
  return g_test_run ();
}
