/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Real key presses (xdotool, under xvfb-run) in a designer window: F9,
 * Escape and Ctrl+K from the side pane, drop-downs from the keyboard, the
 * outline's keys and its steps moved along a chain. */
#include <gdk/x11/gdkx.h>

#include "pd-application.h"
#include "pd-window-private.h"
#include "test-gui.h"

/* Lets key presses arrive and what they set off (a popover, a slide)
 * finish. */
static void
settle (void)
{
  for (int i = 0; i < 25; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20000);
    }
}

/* Presses @keys (xdotool's names, e.g. "ctrl+k") in @window. */
static void
press (PdWindow   *window,
       const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", xid, "key", "--clearmodifiers", keys, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  settle ();
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  settle ();
}

/* A designer window on the first example, as the application opens it
 * (with its accelerators); its first step selected. */
static PdWindow *
open_window (PdApplication *app)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  PdWindow *window;
  g_autoptr(PdNode) node = NULL;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = PD_WINDOW (pd_application_open_path (app, g_ptr_array_index (paths, 0)));
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  node = g_list_model_get_item (pd_document_get_nodes (pd_window_get_document (window)), 0);
  pd_selection_select (pd_canvas_get_selection (window->canvas), pd_node_get_id (node),
                       PD_SELECT_REPLACE);
  settle ();
  return window;
}

static gboolean
skip_without_xdotool (void)
{
  if (have_display && test_have_program ("xdotool")
      && GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return FALSE;
  g_test_skip ("needs xdotool in an X display (run under xvfb-run)");
  return TRUE;
}

static GtkWidget *
focus_of (PdWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_in (PdWindow  *window,
          GtkWidget *ancestor)
{
  GtkWidget *focus = focus_of (window);

  return focus && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

/* F9 hides the side pane and shows it again. */
static void
f9_toggles (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  PdWindow *window = open_window (app);

  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  press (window, "F9");
  g_assert_false (adw_flap_get_reveal_flap (window->flap));
  g_assert_false (gtk_widget_get_mapped (window->side_pane));
  press (window, "F9");
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  g_assert_true (gtk_widget_get_mapped (window->side_pane));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_f9_toggles (void)
{
  if (!skip_without_xdotool ())
    test_run_in_subprocess (f9_toggles);
}

/* Escape in a field of the side pane hands the keys back to the diagram. */
static void
escape_to_canvas (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  PdWindow *window = open_window (app);

  pd_inspector_focus (window->inspector);
  settle ();
  g_assert_true (focus_in (window, window->side_pane));
  press (window, "Escape");
  g_assert_true (focus_of (window) == GTK_WIDGET (window->canvas));
  /* And from a drop-down's row. */
  gtk_widget_grab_focus (pd_inspector_get_editor (window->inspector, "kind"));
  press (window, "Escape");
  g_assert_true (focus_of (window) == GTK_WIDGET (window->canvas));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_escape_to_canvas (void)
{
  if (!skip_without_xdotool ())
    test_run_in_subprocess (escape_to_canvas);
}

static GtkWindow *
connect_dialog (PdWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (other != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (other))
          && gtk_window_get_transient_for (other) == GTK_WINDOW (window))
        return other;
    }
  return NULL;
}

/* Ctrl+K (Connect To) opens its dialog from a field of the side pane as
 * it does from the diagram. */
static void
connect_from_side_pane (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  PdWindow *window = open_window (app);
  GtkWindow *dialog;

  pd_inspector_focus (window->inspector);
  settle ();
  g_assert_true (focus_in (window, window->side_pane));
  g_assert_null (connect_dialog (window));
  press (window, "ctrl+k");
  dialog = connect_dialog (window);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_connect_from_side_pane (void)
{
  if (!skip_without_xdotool ())
    test_run_in_subprocess (connect_from_side_pane);
}

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

/* In the outline: Down to the first step's first transition, Delete
 * deletes it; Home, Alt+Down moves the first step; Ctrl+K connects it;
 * F2 opens its title. */
static void
outline_keys (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  PdWindow *window = open_window (app);
  PdDocument *doc = pd_window_get_document (window);
  GListModel *rows = pd_outline_get_model (window->outline);
  guint n_edges = g_list_model_get_n_items (pd_document_get_edges (doc));
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) transition = NULL;
  double x;

  adw_view_stack_set_visible_child_name (window->side_stack, "outline");
  settle ();
  gtk_widget_grab_focus (find_list_view (GTK_WIDGET (window->outline)));
  press (window, "Home");
  press (window, "Down");
  transition = g_list_model_get_item (rows, 1);
  g_assert_true (PD_IS_EDGE (transition));
  g_assert_cmpstr (pd_selection_get_last (pd_canvas_get_selection (window->canvas)), ==,
                   pd_edge_get_id (PD_EDGE (transition)));
  press (window, "Delete");
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (doc)), ==, n_edges - 1);
  g_assert_null (pd_document_lookup (doc, pd_edge_get_id (PD_EDGE (transition))));

  press (window, "Home");
  first = g_list_model_get_item (rows, 0);
  x = pd_node_get_x (PD_NODE (first));
  press (window, "alt+Down");
  g_assert_cmpfloat (pd_node_get_x (PD_NODE (first)), !=, x);
  /* Ctrl+K: Connect To… from the step's row. */
  g_assert_null (connect_dialog (window));
  press (window, "ctrl+k");
  g_assert_nonnull (connect_dialog (window));
  gtk_window_destroy (connect_dialog (window));
  settle ();
  gtk_widget_grab_focus (find_list_view (GTK_WIDGET (window->outline)));
  press (window, "F2");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "properties");
  g_assert_true (focus_in (window, pd_inspector_get_editor (window->inspector, "title")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_outline_keys (void)
{
  if (!skip_without_xdotool ())
    test_run_in_subprocess (outline_keys);
}

static guint
row_of (GListModel *rows,
        const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (PD_IS_NODE (row) && g_str_equal (pd_node_get_id (PD_NODE (row)), id))
        return i;
    }
  g_assert_not_reached ();
}

static void
assert_edge (PdDocument *doc,
             const char *id,
             const char *from,
             const char *to)
{
  PdEdge *edge = PD_EDGE (pd_document_lookup (doc, id));

  g_assert_cmpstr (pd_edge_get_from_id (edge), ==, from);
  g_assert_cmpstr (pd_edge_get_to_id (edge), ==, to);
}

/* In the outline, Alt+Up on "Severity and risk?" moves it before
 * "Initial assessment", the step before it in their chain: the ways into
 * the assessment now lead to it, and its ways out leave the assessment;
 * the two trade places on the canvas. Ctrl+Z puts all back. Alt+Up on the
 * first step moves nothing and says why. */
static void
outline_chain (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  PdWindow *window = open_window (app);
  PdDocument *doc = pd_window_get_document (window);
  GListModel *rows = pd_outline_get_model (window->outline);
  g_autofree char *before = test_write (doc);
  g_autofree char *undone = NULL;
  g_autofree char *same = NULL;
  PdNode *severity = pd_document_get_node (doc, "n-severity");
  PdNode *assessment = pd_document_get_node (doc, "n-assessment");
  double x = pd_node_get_x (severity), assessment_x = pd_node_get_x (assessment);

  g_assert_cmpuint (row_of (rows, "n-assessment"), <, row_of (rows, "n-severity"));
  adw_view_stack_set_visible_child_name (window->side_stack, "outline");
  settle ();
  pd_outline_select (window->outline, row_of (rows, "n-severity"));
  gtk_widget_grab_focus (find_list_view (GTK_WIDGET (window->outline)));
  press (window, "alt+Up");
  g_assert_cmpuint (row_of (rows, "n-severity"), <, row_of (rows, "n-assessment"));
  assert_edge (doc, "e1", "n-referral", "n-severity");
  assert_edge (doc, "e3", "n-waiting-info", "n-severity");
  assert_edge (doc, "e4", "n-severity", "n-assessment");
  assert_edge (doc, "e5", "n-assessment", "n-gsh");
  g_assert_cmpfloat (pd_node_get_x (severity), ==, assessment_x);
  g_assert_cmpfloat (pd_node_get_x (assessment), ==, x);
  /* Still the step selected, on its new row. */
  g_assert_cmpuint (pd_outline_get_selected (window->outline), ==, row_of (rows, "n-severity"));

  press (window, "ctrl+z");
  undone = test_write (doc);
  g_assert_cmpstr (undone, ==, before);

  pd_outline_select (window->outline, 0);
  gtk_widget_grab_focus (find_list_view (GTK_WIDGET (window->outline)));
  press (window, "alt+Up");
  same = test_write (doc);
  g_assert_cmpstr (same, ==, before);
  g_assert_true (shows_label (GTK_WIDGET (window->toasts),
                              "“Self-referral or GP referral” is the first step of its chain"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_outline_chain (void)
{
  if (!skip_without_xdotool ())
    test_run_in_subprocess (outline_chain);
}

/* A drop-down opened from the keyboard starts at its value: Enter keeps
 * it, Down then Enter takes the next one. */
static void
drop_down_keys (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  PdWindow *window = open_window (app);
  AdwComboRow *kind = ADW_COMBO_ROW (pd_inspector_get_editor (window->inspector, "kind"));
  guint before;

  g_assert_nonnull (kind);
  /* Not the first choice, where a list would start anyway. */
  adw_combo_row_set_selected (kind, 2);
  settle ();
  before = adw_combo_row_get_selected (kind);
  g_assert_cmpuint (before, ==, 2);
  gtk_widget_grab_focus (GTK_WIDGET (kind));
  press (window, "Return");
  press (window, "Return");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, before);

  gtk_widget_grab_focus (GTK_WIDGET (kind));
  press (window, "Return");
  press (window, "Down");
  press (window, "Return");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_down_keys (void)
{
  if (!skip_without_xdotool ())
    test_run_in_subprocess (drop_down_keys);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("pathway-state-XXXXXX", NULL);
  g_autofree char *data = g_dir_make_tmp ("pathway-data-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  g_test_add_func ("/keys/f9-toggles", test_f9_toggles);
  g_test_add_func ("/keys/escape-to-canvas", test_escape_to_canvas);
  g_test_add_func ("/keys/connect-from-side-pane", test_connect_from_side_pane);
  g_test_add_func ("/keys/drop-down", test_drop_down_keys);
  g_test_add_func ("/keys/outline", test_outline_keys);
  g_test_add_func ("/keys/outline-chain", test_outline_chain);
  return g_test_run ();
}
