/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library open in the designer: listed in the side pane, its pathways
 * opened from their rows, and link steps followed to their pathways (run
 * under xvfb-run). */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-hit.h"
#include "pd-inspector.h"
#include "pd-library-panel.h"
#include "pd-window-private.h"
#include "test-gui.h"

/* A copy of the examples' library, one of whose reviews is overdue, with a
 * pathway that cannot be loaded. */
static char *
make_library (void)
{
  char *dir = g_dir_make_tmp ("pathway-library-XXXXXX", NULL);

  test_copy_examples (dir, "dual-diagnosis.pathway", "review-by=\"2027-06-30\"",
                      "review-by=\"2020-01-31\"");
  /* First by name: the window still opens the first pathway it can. */
  test_add_broken_pathway (dir);
  return dir;
}

static void
wait_for_library (PdWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (pd_window_get_library (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (pd_window_get_library (window));
  wait_for_frames ();
}

static gpointer
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, type);
      if (found)
        return found;
    }
  return NULL;
}

static PdLibraryPanel *
find_panel (GtkWidget *widget)
{
  return find_widget (widget, PD_TYPE_LIBRARY_PANEL);
}

/* The rows of the list whose sentence holds @text. */
static GPtrArray *
rows_saying (PdWindow   *window,
             const char *text)
{
  GtkListBox *list = pd_library_panel_get_list (find_panel (GTK_WIDGET (window)));
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)); i++)
    if (strstr (pd_library_panel_row_get_sentence (row), text))
      g_ptr_array_add (rows, row);
  return rows;
}

static PdWindow *
blank_window (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdWindow *window;

  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, NULL, NULL);
  pd_window_mark_blank (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static PdWindow *
open_library (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  PdWindow *window = blank_window ();

  pd_window_open_library (window, folder);
  wait_for_library (window);
  return window;
}

static gboolean
path_is (PdWindow   *window,
         const char *base)
{
  return pd_window_get_path (window) && g_str_has_suffix (pd_window_get_path (window), base);
}

/* Opened on a folder: its first pathway that loads, and rows by cluster
 * saying status, version, review date, an overdue review and an error. */
static void
test_library_listed (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  g_assert_true (path_is (window, "common-mental-health-stepped-care.pathway"));
  g_assert_false (pd_document_get_modified (pd_window_get_document (window)));

  /* In each of its four clusters. */
  rows = rows_saying (window, "Stepped care for depression and anxiety in adults, "
                              "Consultation, version 0.4, review by 31 October 2027");
  g_assert_cmpuint (rows->len, ==, 4);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rows_saying (window, "Review overdue since 31 January 2020");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (strstr (pd_library_panel_row_get_sentence (rows->pdata[0]), "Draft, version 0.3"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  /* Only the overdue one says so. */
  rows = rows_saying (window, "overdue");
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rows_saying (window, "a-broken.pathway. Could not be opened: ");
  g_assert_cmpuint (rows->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* On an 800×600 screen the pathways stay in sight under the services and
 * problems. */
static void
test_small_window (void)
{
  g_autofree char *dir = NULL;
  GtkWidget *scroller;
  g_autoptr(GFile) folder = NULL;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  folder = g_file_new_for_path (dir);
  window = blank_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  pd_window_open_library (window, folder);
  wait_for_library (window);
  for (int i = 0; i < 10; i++)
    wait_for_frames ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 600);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (pd_library_panel_get_list (find_panel
                                                                   (GTK_WIDGET (window)))),
                                      GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_get_mapped (scroller));
  /* Two rows or more. */
  g_assert_cmpint (gtk_widget_get_height (scroller), >=, 120);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* A row's pathway opens in the window; unsaved changes are asked about
 * first. */
static void
test_row_opens (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(PdNode) node = NULL;
  AdwMessageDialog *dialog;
  PdDocument *doc;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  rows = rows_saying (window, "Early intervention in psychosis");
  g_assert_cmpuint (rows->len, >=, 1);
  /* Enter on the row. */
  gtk_widget_grab_focus (rows->pdata[0]);
  g_assert_true (gtk_widget_activate (rows->pdata[0]));
  wait_for_frames ();
  g_assert_true (path_is (window, "first-episode-psychosis.pathway"));
  doc = pd_window_get_document (window);
  g_assert_cmpstr (pd_document_get_title (doc), ==, "Early intervention in psychosis");

  node = g_list_model_get_item (pd_document_get_nodes (doc), 0);
  pd_document_set (doc, node, "title", "Changed", NULL);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rows_saying (window, "Coexisting severe mental illness");
  g_assert_cmpuint (rows->len, >=, 1);
  gtk_widget_activate (rows->pdata[0]);
  wait_for_frames ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (pd_window_get_document (window) == doc);
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_true (path_is (window, "first-episode-psychosis.pathway"));
  gtk_widget_activate (rows->pdata[0]);
  wait_for_frames ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  wait_for_frames ();
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));
  g_assert_false (pd_document_get_modified (pd_window_get_document (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

static const char *
selected (PdWindow *window)
{
  return pd_selection_get_last (pd_window_get_selection (window));
}

/* Open Linked Pathway: the target pathway, at the step named after "#"
 * or else its first; a missing target opens nothing. */
static void
test_link_opens (void)
{
  g_autofree char *dir = NULL;
  PdDocument *doc;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  doc = pd_window_get_document (window);

  pd_selection_select (pd_window_get_selection (window), "n-link-dual", PD_SELECT_REPLACE);
  g_assert_true (pd_window_can_open_link (window));
  pd_document_set (doc, pd_document_get_node (doc, "n-link-dual"), "link-target",
                   "no-such-pathway", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-linked-pathway",
                                             NULL));
  wait_for_frames ();
  g_assert_true (pd_window_get_document (window) == doc);
  pd_document_set (doc, pd_document_get_node (doc, "n-link-dual"), "link-target",
                   "dual-diagnosis#n-joint-assessment", NULL);
  pd_document_mark_saved (doc);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-linked-pathway", NULL);
  wait_for_frames ();
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));
  g_assert_cmpstr (selected (window), ==, "n-joint-assessment");

  /* To a pathway without the step named: its first. */
  doc = pd_window_get_document (window);
  pd_document_set (doc, pd_document_get_node (doc, "n-link-eip"), "link-target",
                   "first-episode-psychosis#no-such-step", NULL);
  pd_document_mark_saved (doc);
  pd_selection_select (pd_window_get_selection (window), "n-link-eip", PD_SELECT_REPLACE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-linked-pathway", NULL);
  wait_for_frames ();
  g_assert_true (path_is (window, "first-episode-psychosis.pathway"));
  {
    g_autoptr(PdNode) first = g_list_model_get_item (
      pd_document_get_nodes (pd_window_get_document (window)), 0);
    g_assert_cmpstr (selected (window), ==, pd_node_get_id (first));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* A point of @canvas on the step @id. */
static gboolean
find_node (PdCanvas   *canvas,
           const char *id,
           double     *wx,
           double     *wy)
{
  PdDocument *doc = canvas->document;
  int width;
  int height;

  pd_canvas_reveal (canvas, id);
  wait_for_frames ();
  width = gtk_widget_get_width (GTK_WIDGET (canvas));
  height = gtk_widget_get_height (GTK_WIDGET (canvas));

  for (double y = 2; y < height; y += 9)
    for (double x = 2; x < width; x += 9)
      {
        double dx, dy;
        PdNode *node;

        pd_canvas_to_document (canvas, x, y, &dx, &dy);
        node = pd_hit_node_drawn (doc, pd_canvas_get_scene (canvas), dx, dy);
        if (node && g_str_equal (pd_node_get_id (node), id))
          {
            *wx = x;
            *wy = y;
            return TRUE;
          }
      }
  return FALSE;
}

static void
double_click (GtkWidget *widget,
              double     x,
              double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "pressed", 2, x, y);
    }
  wait_for_frames ();
}

/* Double-click on a link step, in a window opened on one pathway of the
 * folder: the folder is read as a library and the target opens. Other
 * steps are still renamed. */
static void
test_double_click_link (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(PdDocument) doc = NULL;
  PdCanvas *canvas;
  PdWindow *window;
  double x, y;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  path = g_build_filename (dir, "common-mental-health-stepped-care.pathway", NULL);
  doc = pd_file_load (path, &etag, NULL, NULL);
  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, path, etag);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  canvas = PD_CANVAS (pd_window_get_canvas (window));

  g_assert_true (find_node (canvas, "n-link-dual", &x, &y));
  double_click (GTK_WIDGET (canvas), x, y);
  g_assert_false (pd_canvas_is_renaming (canvas));
  wait_for_library (window);
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));

  /* Any other step: renamed, as before. */
  canvas = PD_CANVAS (pd_window_get_canvas (window));
  g_assert_true (find_node (canvas, "n-screening", &x, &y));
  double_click (GTK_WIDGET (canvas), x, y);
  g_assert_true (pd_canvas_is_renaming (canvas));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* A step using a shared service says which and where else it is used;
 * Stop Using the Shared Service is one undo step and keeps the fields. */
static void
test_shared_service (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  PdSharedGroup *shared;
  PdDocument *doc;
  PdWindow *window;
  PdNode *node;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  rows = rows_saying (window, "Coexisting severe mental illness");
  gtk_widget_activate (rows->pdata[0]);
  wait_for_frames ();
  doc = pd_window_get_document (window);
  shared = pd_inspector_get_shared_group (find_widget (GTK_WIDGET (window), PD_TYPE_INSPECTOR));
  pd_selection_select (pd_window_get_selection (window), "n-screening", PD_SELECT_REPLACE);
  wait_for_frames ();
  g_assert_null (pd_shared_group_get_service_text (shared));
  pd_selection_select (pd_window_get_selection (window), "n-social-care", PD_SELECT_REPLACE);
  wait_for_frames ();
  g_assert_cmpstr (pd_shared_group_get_service_text (shared), ==,
                   "Uses the shared service “Social care needs assessment”, also in: "
                   "Memory assessment and dementia care");
  node = pd_document_get_node (doc, "n-social-care");
  description = g_strdup (pd_node_get_description (node));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-shared-service",
                                             NULL));
  wait_for_frames ();
  g_assert_null (pd_node_get_service (node));
  g_assert_cmpstr (pd_node_get_description (node), ==, description);
  g_assert_null (pd_shared_group_get_service_text (shared));
  g_assert_true (pd_document_get_modified (doc));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  wait_for_frames ();
  g_assert_cmpstr (pd_node_get_service (node), ==, "svc-social-care-assessment");
  g_assert_false (pd_document_get_modified (doc));
  g_assert_nonnull (pd_shared_group_get_service_text (shared));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* Presses @keyval with @mods as GTK would: each widget's own shortcuts
 * from the focus out to the window, until one takes the key. */
static gboolean
press_key (PdWindow        *window,
           guint            keyval,
           GdkModifierType  mods)
{
  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window)); widget;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller),
                                                                       k);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger)
                  && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
                  && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods
                  && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                   gtk_shortcut_get_arguments (shortcut)))
                {
                  wait_for_frames ();
                  return TRUE;
                }
            }
        }
    }
  return FALSE;
}

/* Whether Back (or Forward) may be used: its button in the header bar
 * follows the action. */
static gboolean
enabled (PdWindow   *window,
         const char *action)
{
  GtkWidget *button = g_str_equal (action, "go-back")
                      ? gtk_widget_get_first_child (window->history_buttons)
                      : gtk_widget_get_last_child (window->history_buttons);

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) + 4, ==, action);
  return gtk_widget_get_sensitive (button);
}

/* A window on @dir's stepped-care pathway, then @dir opened as its
 * library: no start page to leave. */
static PdWindow *
open_library_on_pathway (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "common-mental-health-stepped-care.pathway",
                                            NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *etag = NULL;
  g_autoptr(PdDocument) doc = pd_file_load (path, &etag, NULL, NULL);
  PdWindow *window;

  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, path, etag);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  pd_window_open_library (window, folder);
  wait_for_library (window);
  return window;
}

/* Back and Forward: after a link, Alt+Left (outside the diagram) and
 * Ctrl+[ come back to the pathway left with its step selected, Alt+Right
 * and Ctrl+] go forward again; on the diagram Alt+Left walks its
 * transitions as before. Unsaved changes are asked about first. */
static void
test_back_forward (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *buttons;
  AdwMessageDialog *dialog;
  PdCanvas *canvas;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library_on_pathway (dir);
  buttons = window->history_buttons;
  g_assert_false (enabled (window, "go-back"));
  g_assert_false (enabled (window, "go-forward"));
  g_assert_false (gtk_widget_get_visible (buttons));

  pd_selection_select (pd_window_get_selection (window), "n-link-dual", PD_SELECT_REPLACE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-linked-pathway", NULL);
  wait_for_frames ();
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));
  g_assert_true (enabled (window, "go-back"));
  g_assert_false (enabled (window, "go-forward"));
  g_assert_true (gtk_widget_get_visible (buttons));
  g_assert_cmpuint (pd_window_get_n_places (window, TRUE), ==, 1);

  /* From the Library page's list. */
  rows = rows_saying (window, "Early intervention in psychosis");
  gtk_widget_grab_focus (rows->pdata[0]);
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_true (path_is (window, "common-mental-health-stepped-care.pathway"));
  g_assert_cmpstr (selected (window), ==, "n-link-dual");
  g_assert_false (enabled (window, "go-back"));
  g_assert_true (enabled (window, "go-forward"));
  g_assert_false (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));
  g_assert_true (enabled (window, "go-back"));
  g_assert_false (enabled (window, "go-forward"));

  /* On the diagram, Alt+Left walks back along a transition in... */
  canvas = PD_CANVAS (pd_window_get_canvas (window));
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  pd_selection_select (pd_window_get_selection (window), "n-joint-assessment",
                       PD_SELECT_REPLACE);
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));
  g_assert_cmpstr (selected (window), ==, "n-screening");
  /* ...and Ctrl+[ goes back from anywhere, asking first about changes. */
  pd_document_set (pd_window_get_document (window),
                   pd_document_get_node (pd_window_get_document (window), "n-screening"),
                   "title", "Changed", NULL);
  g_assert_true (press_key (window, GDK_KEY_bracketleft, GDK_CONTROL_MASK));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_true (path_is (window, "dual-diagnosis.pathway"));
  g_assert_true (enabled (window, "go-back"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  wait_for_frames ();
  adw_message_dialog_response (find_dialog (GTK_WINDOW (window)), "discard");
  wait_for_frames ();
  g_assert_true (path_is (window, "common-mental-health-stepped-care.pathway"));
  g_assert_cmpstr (selected (window), ==, "n-link-dual");
  g_assert_false (pd_document_get_modified (pd_window_get_document (window)));

  /* Opening from the library starts a new way forward. */
  gtk_widget_activate (rows->pdata[0]);
  wait_for_frames ();
  g_assert_true (path_is (window, "first-episode-psychosis.pathway"));
  g_assert_false (enabled (window, "go-forward"));
  g_assert_true (press_key (window, GDK_KEY_bracketleft, GDK_CONTROL_MASK));
  g_assert_true (path_is (window, "common-mental-health-stepped-care.pathway"));
  g_assert_true (press_key (window, GDK_KEY_bracketright, GDK_CONTROL_MASK));
  g_assert_true (path_is (window, "first-episode-psychosis.pathway"));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

static void
test_overdue_text (void)
{
  GDate today;
  g_autofree char *text = NULL;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_DECEMBER, 2026);
  text = pd_library_panel_overdue_text ("2026-09-30", &today);
  g_assert_cmpstr (text, ==, "Review overdue since 30 September 2026");
  g_assert_null (pd_library_panel_overdue_text ("2026-12-01", &today));
  g_assert_null (pd_library_panel_overdue_text ("2027-01-01", &today));
  g_assert_null (pd_library_panel_overdue_text ("soon", &today));
  g_assert_null (pd_library_panel_overdue_text (NULL, &today));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  test_gui_init (&argc, &argv);
  g_test_add_func ("/library-window/overdue-text", test_overdue_text);
  g_test_add_func ("/library-window/listed", test_library_listed);
  g_test_add_func ("/library-window/small-window", test_small_window);
  g_test_add_func ("/library-window/row-opens", test_row_opens);
  g_test_add_func ("/library-window/link-opens", test_link_opens);
  g_test_add_func ("/library-window/double-click-link", test_double_click_link);
  g_test_add_func ("/library-window/shared-service", test_shared_service);
  g_test_add_func ("/library-window/back-forward", test_back_forward);
  return g_test_run ();
}
