/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A step's shared service in Properties: shown, and the link broken by
 * emptying it, which keeps the step's own copy of the fields and takes the
 * file back to the version it needs without it; undo links it again. Run
 * under xvfb-run. */
#include "pd-window-private.h"
#include "test-gui.h"

static void
test_break_link (Fixture       *f,
                 gconstpointer  data)
{
  PdNode *node;
  GtkWidget *entry;
  g_autofree char *description = NULL;
  g_autofree char *written = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = pd_document_get_node (f->document, "n-social-prescribing");
  g_assert_nonnull (node);
  description = g_strdup (pd_node_get_description (node));
  pd_selection_select (pd_canvas_get_selection (f->canvas), "n-social-prescribing",
                       PD_SELECT_REPLACE);
  wait_for_frames ();
  entry = pd_inspector_get_editor (f->window->inspector, "service");
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "svc-social-prescribing");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_for_frames ();
  g_assert_null (pd_node_get_service (node));
  g_assert_cmpstr (pd_node_get_description (node), ==, description);
  written = test_write (f->document);
  g_assert_null (strstr (written, "service="));
  g_assert_nonnull (strstr (written, "format-version=\"3\""));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.undo", NULL));
  wait_for_frames ();
  g_assert_cmpstr (pd_node_get_service (node), ==, "svc-social-prescribing");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "svc-social-prescribing");
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/inspector-service/break-link", test_break_link);
  return g_test_run ();
}
