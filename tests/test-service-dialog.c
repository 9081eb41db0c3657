/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Edit Shared Service: a step's service edited through its dialog in a
 * copy of the examples' library; library.xml on disk changes, the step
 * shown changes as one undo step, and a library.xml that cannot be written
 * says so in the dialog. Run under xvfb-run; with PATHWAY_SCREENSHOT_DIR
 * set, the dialog is also saved there as service-dialog.png. */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-inspector.h"
#include "pd-service-dialog.h"
#include "pd-service-list.h"
#include "pd-shared-group.h"
#include "pd-window-private.h"
#include "test-gui.h"

#define SERVICE "svc-social-care-assessment"

static char *
copy_examples (void)
{
  char *dir = g_dir_make_tmp ("pathway-service-XXXXXX", NULL);

  test_copy_examples (dir, NULL, NULL, NULL);
  return dir;
}

static char *
library_xml (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "library.xml", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The window on the library of @dir, showing dual-diagnosis with its step
 * that uses the service selected. */
static PdWindow *
open_window (const char *dir)
{
  g_autoptr(PdDocument) blank = pd_document_new_default ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  PdWindow *window;
  PdLibrary *library;

  pd_document_mark_saved (blank);
  window = pd_window_new (NULL, blank, NULL, NULL);
  pd_window_mark_blank (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pd_window_open_library (window, folder);
  while (pd_window_get_library (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  library = pd_window_get_library (window);
  g_assert_nonnull (library);
  wait_for_frames ();
  pd_window_open_library_entry (window, pd_library_lookup_pathway (library, "dual-diagnosis"),
                                "n-social-care");
  wait_for_frames ();
  g_assert_true (g_str_has_suffix (pd_window_get_path (window), "dual-diagnosis.pathway"));
  g_assert_cmpstr (pd_selection_get_last (pd_window_get_selection (window)), ==,
                   "n-social-care");
  return window;
}

static PdServiceDialog *
find_dialog (PdWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (PD_IS_SERVICE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        return PD_SERVICE_DIALOG (w);
    }
  return NULL;
}

static PdServiceDialog *
open_dialog (PdWindow *window)
{
  PdServiceDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-shared-service",
                                             NULL));
  wait_for_frames ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return dialog;
}

static void
set_description (PdServiceDialog *dialog,
                 const char      *text)
{
  GtkWidget *view = pd_service_dialog_get_editor (dialog, "description");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* The dialog as a PNG, to look at. */
static void
maybe_shoot (GtkWidget  *window,
             const char *name)
{
  const char *dir = g_getenv ("PATHWAY_SCREENSHOT_DIR");
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  /* Laid out and drawn, twice. */
  test_gui_wait_frames (window, 3);
  path = g_build_filename (dir, file, NULL);
  test_gui_save_png (window, path);
}

/* Save writes library.xml, changes the step shown as one undo step and the
 * library's other pathway in memory; the group offers the edit. */
static void
test_edit_description (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *old = NULL;
  g_autoptr(GArray) uses = NULL;
  PdServiceDialog *dialog;
  PdLibrary *library;
  PdDocument *doc;
  PdWindow *window;
  PdNode *node;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = copy_examples ();
  before = library_xml (dir);
  window = open_window (dir);
  library = pd_window_get_library (window);
  doc = pd_window_get_document (window);
  node = pd_document_get_node (doc, "n-social-care");
  old = g_strdup (pd_node_get_description (node));
  g_assert_false (pd_document_get_modified (doc));
  adw_view_stack_set_visible_child_name (window->side_stack, "properties");
  maybe_shoot (GTK_WIDGET (window), "shared-group");

  dialog = open_dialog (window);
  g_assert_cmpstr (pd_service_dialog_get_usage (dialog), ==,
                   "Used by 2 steps in 2 pathways: Coexisting severe mental illness and "
                   "substance misuse, Memory assessment and dementia care");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pd_service_dialog_get_editor (dialog, "title"))), ==,
                   "Social care needs assessment");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pd_service_dialog_get_editor (dialog, "staff-role"))), ==, "Social worker");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                      pd_service_dialog_get_editor (dialog, "agency"))), ==, 3);
  set_description (dialog, "Edited through the dialog.");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (pd_service_dialog_get_editor (dialog, "sessions")),
                             2);
  maybe_shoot (GTK_WIDGET (dialog), "service-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "service.save", NULL));
  wait_for_frames ();
  g_assert_null (find_dialog (window));

  after = library_xml (dir);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "<description>Edited through the dialog.</description>"));
  g_assert_nonnull (strstr (after, "sessions=\"2\""));
  /* The rest of the file as it was: only that service's lines differ. */
  g_assert_nonnull (strstr (after, "<!-- The library of the example pathways"));
  g_assert_cmpstr (pd_node_get_description (node), ==, "Edited through the dialog.");
  g_assert_cmpuint (pd_node_get_sessions (node), ==, 2);
  g_assert_true (pd_document_get_modified (doc));
  uses = pd_library_get_service_uses (library, SERVICE);
  for (guint i = 0; i < uses->len; i++)
    g_assert_cmpstr (pd_node_get_description (g_array_index (uses, PdServiceUse, i).node), ==,
                     "Edited through the dialog.");

  /* One undo step takes the step back, and the pathway to unmodified. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_frames ();
  g_assert_cmpstr (pd_node_get_description (node), ==, old);
  g_assert_false (pd_document_get_modified (doc));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* A read-only library.xml: the dialog says so and stays open, nothing
 * changes; a blank title is refused the same way; Escape closes. */
static void
test_cannot_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PdServiceDialog *dialog;
  PdDocument *doc;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = copy_examples ();
  path = g_build_filename (dir, "library.xml", NULL);
  before = library_xml (dir);
  window = open_window (dir);
  doc = pd_window_get_document (window);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  dialog = open_dialog (window);
  g_assert_null (pd_service_dialog_get_error (dialog));
  set_description (dialog, "Not saved.");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "service.save", NULL);
  wait_for_frames ();
  g_assert_true (find_dialog (window) == dialog);
  g_assert_nonnull (strstr (pd_service_dialog_get_error (dialog), "read-only"));
  after = library_xml (dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (pd_document_get_modified (doc));

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (pd_service_dialog_get_editor (dialog, "title")), "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "service.save", NULL);
  wait_for_frames ();
  g_assert_nonnull (strstr (pd_service_dialog_get_error (dialog), "needs a title"));
  g_assert_false (pd_document_get_modified (doc));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  wait_for_frames ();
  g_assert_null (find_dialog (window));
  g_assert_false (pd_document_get_modified (doc));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* Evidence added through the dialog is written and given to the step. */
static void
test_add_evidence (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *after = NULL;
  PdServiceDialog *dialog;
  PdWindow *window;
  PdNode *node;
  GPtrArray *evidence;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = copy_examples ();
  window = open_window (dir);
  node = pd_document_get_node (pd_window_get_document (window), "n-social-care");
  dialog = open_dialog (window);
  g_assert_null (pd_service_dialog_get_editor (dialog, "evidence-title-0"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "service.add-evidence", NULL);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "service.add-evidence", NULL);
  gtk_editable_set_text (GTK_EDITABLE (pd_service_dialog_get_editor (dialog,
                                                                     "evidence-title-0")),
                         "Care Act 2014");
  gtk_editable_set_text (GTK_EDITABLE (pd_service_dialog_get_editor (dialog,
                                                                     "evidence-href-0")),
                         "https://www.legislation.gov.uk/ukpga/2014/23");
  /* The second is left empty: dropped. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "service.save", NULL);
  wait_for_frames ();
  g_assert_null (find_dialog (window));
  after = library_xml (dir);
  g_assert_nonnull (strstr (after, "<evidence href=\"https://www.legislation.gov.uk/ukpga/"
                                   "2014/23\">Care Act 2014</evidence>"));
  g_object_get (node, "evidence", &evidence, NULL);
  g_assert_cmpuint (evidence->len, ==, 1);
  g_ptr_array_unref (evidence);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
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

/* The Library page lists the services, each with Edit; a service no step
 * of the pathway shown uses is saved without touching that pathway, and
 * the list says its new title. */
static void
test_library_page (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *after = NULL;
  PdServiceDialog *dialog;
  PdServiceList *list;
  GtkListBoxRow *row;
  GtkWidget *button;
  GVariant *target;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = copy_examples ();
  window = open_window (dir);
  list = find_widget (GTK_WIDGET (window), PD_TYPE_SERVICE_LIST);
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));
  row = gtk_list_box_get_row_at_index (pd_service_list_get_list (list), 1);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (pd_service_list_get_list (list), 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Social prescribing");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Used by 1 step in 1 pathway");
  maybe_shoot (GTK_WIDGET (window), "library-services");
  /* A screen reader names the fold by its heading, not "GtkExpander". */
  gtk_test_accessible_assert_property (find_widget (GTK_WIDGET (list), GTK_TYPE_EXPANDER),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "2 Shared Services");

  /* Its Edit button's action, with the service's id. */
  button = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.edit-library-service");
  g_assert_true (gtk_widget_is_sensitive (button));
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "svc-social-prescribing");
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window),
                                                     "win.edit-library-service", target));
  wait_for_frames ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (pd_service_dialog_get_usage (dialog), ==,
                   "Used by 1 step in 1 pathway: Stepped care for depression and anxiety "
                   "in adults");
  gtk_editable_set_text (GTK_EDITABLE (pd_service_dialog_get_editor (dialog, "title")),
                         "Social prescribing link work");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "service.save", NULL);
  wait_for_frames ();
  g_assert_null (find_dialog (window));
  after = library_xml (dir);
  g_assert_nonnull (strstr (after, "<title>Social prescribing link work</title>"));
  g_assert_false (pd_document_get_modified (pd_window_get_document (window)));
  row = gtk_list_box_get_row_at_index (pd_service_list_get_list (list), 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Social prescribing link work");
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* Keeps what the widgets tell a screen reader, for the test to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  test_gui_init (&argc, &argv);
  g_test_add_func ("/service-dialog/edit-description", test_edit_description);
  g_test_add_func ("/service-dialog/cannot-save", test_cannot_save);
  g_test_add_func ("/service-dialog/add-evidence", test_add_evidence);
  g_test_add_func ("/service-dialog/library-page", test_library_page);
  return g_test_run ();
}
