/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Find in the designer: Ctrl+F, a query, Enter from match to match in
 * reading order, Escape back to the canvas. Run under xvfb-run. */
#include "pd-find.h"
#include "pd-window-private.h"
#include "test-gui.h"

static const char *
selected (Fixture *f)
{
  PdSelection *selection = pd_canvas_get_selection (f->canvas);

  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  return pd_selection_get_id (selection, 0);
}

static void
enter (Fixture *f)
{
  g_signal_emit_by_name (f->window->find_entry, "activate");
  wait_for_frames ();
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *entry;
  GtkRoot *root;
  g_autoptr(GArray) matches = NULL;
  const char *titles[] = { "Wellbeing café", "Group for carers", "Café drop-in" };

  TEST_GUI_REQUIRE_DISPLAY ();
  /* Three steps with a word of their own; the last one is searched for
   * without its accent. */
  pd_document_begin (f->document, "Rename");
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    pd_document_set (f->document, node_at (f, i + 1), "title", titles[i], NULL);
  pd_document_end (f->document);
  matches = pd_find (f->document, "cafe");
  g_assert_cmpuint (matches->len, ==, 2);

  entry = GTK_WIDGET (f->window->find_entry);
  root = gtk_widget_get_root (entry);
  g_assert_false (gtk_search_bar_get_search_mode (f->window->find_bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.find", NULL));
  wait_for_frames ();
  g_assert_true (gtk_search_bar_get_search_mode (f->window->find_bar));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "CAFE");
  enter (f);
  g_assert_cmpstr (selected (f), ==, g_array_index (matches, PdFindMatch, 0).id);
  g_assert_cmpstr (gtk_label_get_text (f->window->find_label), ==, "1 of 2, in the title");
  enter (f);
  g_assert_cmpstr (selected (f), ==, g_array_index (matches, PdFindMatch, 1).id);
  g_assert_cmpstr (gtk_label_get_text (f->window->find_label), ==, "2 of 2, in the title");
  /* Round again from the last, and back. */
  enter (f);
  g_assert_cmpstr (selected (f), ==, g_array_index (matches, PdFindMatch, 0).id);
  g_assert_true (gtk_widget_activate_action (entry, "win.find-previous", NULL));
  g_assert_cmpstr (selected (f), ==, g_array_index (matches, PdFindMatch, 1).id);
  g_signal_emit_by_name (entry, "previous-match");
  g_assert_cmpstr (selected (f), ==, g_array_index (matches, PdFindMatch, 0).id);

  /* Nothing found: the selection stays, the bar says so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "dentist");
  enter (f);
  g_assert_cmpstr (selected (f), ==, g_array_index (matches, PdFindMatch, 0).id);
  g_assert_cmpstr (gtk_label_get_text (f->window->find_label), ==, "No matches");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  /* Escape closes the bar; the keys go back to the diagram. */
  g_signal_emit_by_name (entry, "stop-search");
  wait_for_frames ();
  g_assert_false (gtk_search_bar_get_search_mode (f->window->find_bar));
  g_assert_true (gtk_root_get_focus (root) == GTK_WIDGET (f->canvas));

  /* Opened again, the bar starts afresh, as GNOME's search bars do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.find", NULL));
  wait_for_frames ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* A match deleted meanwhile is not gone to; the next one is. */
static void
test_find_after_edit (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *entry;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node_at (f, 0), "title", "Zebra one", NULL);
  pd_document_set (f->document, node_at (f, 1), "title", "Zebra two", NULL);
  entry = GTK_WIDGET (f->window->find_entry);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.find", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "zebra");
  enter (f);
  pd_document_set (f->document, node_at (f, 0), "title", "Horse", NULL);
  pd_document_set (f->document, node_at (f, 1), "title", "Horse", NULL);
  pd_document_set (f->document, node_at (f, 2), "title", "Zebra three", NULL);
  /* The count follows the edits at once. */
  g_assert_cmpstr (gtk_label_get_text (f->window->find_label), ==, "1 match");
  enter (f);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (node_at (f, 2)));
  g_assert_cmpstr (gtk_label_get_text (f->window->find_label), ==, "1 of 1, in the title");
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/find/next-previous-escape", test_find);
  TEST_GUI_ADD ("/find/after-edit", test_find_after_edit);
  return g_test_run ();
}
