/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side panels follow the window's "document" and "selection": given
 * another pathway they show it, and the one before no longer reaches them.
 * The window is not shown: the panels need no drawing, and the canvas is
 * not laid out again between two frames. Run under xvfb-run. */
#include "pd-agency.h"
#include "pd-check.h"
#include "pd-edit.h"
#include "pd-outline-text.h"
#include "pd-window-private.h"
#include "test-gui.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* How many findings `pathway check` makes of @document. */
static guint
n_findings (PdDocument *document)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();

  pd_check_document (document, NULL, diagnostics);
  return diagnostics->len;
}

/* Long enough for the problems' and agencies' delayed refreshes, or
 * until @done (when given) is set. */
static void
settle (guint *done)
{
  gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until && (done == NULL || *done == 0))
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* The Outline lists @document's steps and transitions, and only them. */
static void
assert_outline_lists (PdOutline  *outline,
                      PdDocument *document)
{
  g_autoptr(GPtrArray) rows = pd_outline_rows (document);
  GListModel *listed = pd_outline_get_model (outline);

  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (listed, i);

      g_assert_true (row == g_ptr_array_index (rows, i));
    }
}

static PdAgency *
first_agency (PdDocument *document)
{
  g_autoptr(PdAgency) agency = g_list_model_get_item (pd_document_get_agencies (document), 0);

  return agency;   /* the document keeps it */
}

static void
test_follow_document (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) before = NULL;
  g_autoptr(PdDocument) after = NULL;
  PdWindow *window;
  GtkWidget *name;
  guint n_agencies;
  guint counted = 0;
  guint outline_changes = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_cmpuint (paths->len, >, 1);
  before = test_load (g_ptr_array_index (paths, 0));
  after = test_load (g_ptr_array_index (paths, 1));
  window = pd_window_new (NULL, before, NULL, NULL);
  settle (NULL);
  g_assert_cmpstr (pd_document_get_title (before), !=, pd_document_get_title (after));
  g_assert_true (pd_inspector_get_selection (window->inspector) == pd_window_get_selection (window));

  g_object_set (window, "document", after, NULL);
  settle (NULL);
  g_assert_true (pd_window_get_document (window) == after);
  /* Each panel shows the new pathway. */
  g_assert_true (pd_inspector_get_document (window->inspector) == after);
  g_assert_cmpstr (pd_inspector_get_page (window->inspector), ==, "pathway");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pd_inspector_get_editor (window->inspector, "title"))),
                   ==, pd_document_get_title (after));
  n_agencies = g_list_model_get_n_items (pd_document_get_agencies (after));
  g_assert_cmpuint (pd_agencies_get_n_rows (window->agencies), ==, n_agencies);
  g_assert_cmpuint (pd_problems_get_count (window->problems), ==, n_findings (after));
  g_assert_true (pd_leaflet_preview_get_document (window->leaflet) == after);
  g_assert_true (pd_leaflet_preview_get_selection (window->leaflet)
                 == pd_window_get_selection (window));
  g_assert_true (pd_problems_get_selection (window->problems) == pd_window_get_selection (window));
  g_assert_true (pd_comments_get_document (pd_inspector_get_comments (window->inspector)) == after);
  g_assert_true (pd_outline_get_selection (window->outline) == pd_window_get_selection (window));
  assert_outline_lists (window->outline, after);
  g_assert_true (pd_capacity_panel_get_document (window->capacity) == after);
  g_assert_true (pd_capacity_panel_get_selection (window->capacity)
                 == pd_window_get_selection (window));
  g_assert_true (pd_capacity_get_document (pd_capacity_panel_get_capacity (window->capacity))
                 == after);

  /* Edits of the pathway shown reach the panels... */
  g_signal_connect (window->problems, "notify::count", G_CALLBACK (count_notify), &counted);
  g_signal_connect (pd_outline_get_model (window->outline), "items-changed",
                    G_CALLBACK (count_items_changed), &outline_changes);
  pd_edit_add_agency (after);
  /* The whole while: the Problems list's check (after 300 ms) can come
   * before the Agencies panel's rebuild (when idle). */
  settle (NULL);
  g_assert_cmpuint (counted, ==, 1);
  g_assert_cmpuint (outline_changes, >, 0);
  g_assert_cmpuint (pd_agencies_get_n_rows (window->agencies), ==, n_agencies + 1);

  /* ...those of the one before do not: no rebuild replaces a row being
   * typed in, no check is run again. */
  name = pd_agencies_get_editor (window->agencies, first_agency (after), "name");
  g_assert_nonnull (name);
  counted = 0;
  outline_changes = 0;
  pd_edit_add_agency (before);
  pd_document_set (before, G_OBJECT (before), "title", "Not shown", NULL);
  settle (NULL);
  g_assert_cmpuint (counted, ==, 0);
  g_assert_cmpuint (outline_changes, ==, 0);
  assert_outline_lists (window->outline, after);
  g_assert_true (pd_agencies_get_editor (window->agencies, first_agency (after), "name") == name);
  g_assert_cmpuint (pd_agencies_get_n_rows (window->agencies), ==, n_agencies + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pd_inspector_get_editor (window->inspector, "title"))),
                   ==, pd_document_get_title (after));
  g_signal_handlers_disconnect_by_func (window->problems, count_notify, &counted);
  g_signal_handlers_disconnect_by_func (pd_outline_get_model (window->outline),
                                        count_items_changed, &outline_changes);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Find, open across a swap, searches the pathway shown: the count is
 * the new one's at once, and follows its edits as it did the one before's. */
static void
test_find_follows_document (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) before = NULL;
  g_autoptr(PdDocument) after = NULL;
  g_autoptr(PdNode) step = NULL;
  PdSelection *selection;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  before = test_load (g_ptr_array_index (paths, 0));
  after = test_load (g_ptr_array_index (paths, 1));
  window = pd_window_new (NULL, before, NULL, NULL);
  selection = pd_window_get_selection (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  step = g_list_model_get_item (pd_document_get_nodes (after), 0);
  pd_document_set (after, G_OBJECT (step), "title", "Quokka clinic", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->find_entry), "Quokka");
  settle (NULL);
  g_assert_cmpstr (gtk_label_get_text (window->find_label), ==, "No matches");

  pd_window_set_document (window, after);
  g_assert_cmpstr (gtk_label_get_text (window->find_label), ==, "1 match");
  g_signal_emit_by_name (window->find_entry, "activate");
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_id (selection, 0), ==, pd_node_get_id (step));
  g_assert_cmpstr (gtk_label_get_text (window->find_label), ==, "1 of 1, in the title");

  /* Undone in the pathway shown, the match goes. */
  pd_history_undo (pd_document_get_history (after));
  settle (NULL);
  g_assert_cmpstr (gtk_label_get_text (window->find_label), ==, "No matches");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Nothing keeps the pathway no longer shown. */
static void
test_release_document (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) after = pd_document_new_default ();
  PdDocument *before;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  before = test_load (g_ptr_array_index (paths, 0));
  window = pd_window_new (NULL, before, NULL, NULL);
  settle (NULL);
  pd_window_set_document (window, after);
  settle (NULL);
  g_assert_finalize_object (before);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  g_test_add_func ("/panels/follow-document", test_follow_document);
  g_test_add_func ("/panels/release-document", test_release_document);
  g_test_add_func ("/panels/find-follows-document", test_find_follows_document);
  return g_test_run ();
}
