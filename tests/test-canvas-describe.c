/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a screen reader says of the canvas: its accessible description
 * follows the selection, and the edits of what is selected. */
#include <string.h>

#include "pd-edit.h"
#include "test-gui.h"

/* The description as the canvas's accessible has it. */
static void
assert_described (Fixture    *f,
                  const char *prefix,
                  const char *part)
{
  const char *said;
  g_autofree char *message = NULL;

  wait_for_frames ();
  said = pd_canvas_get_description (f->canvas);
  g_assert_nonnull (said);
  if (!g_str_has_prefix (said, prefix) || (part && strstr (said, part) == NULL))
    g_error ("the canvas says “%s”, not “%s…%s…”", said, prefix, part ? part : "");
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->canvas),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, said);
  g_assert_cmpstr (message, ==, NULL);
}

static void
test_follows_selection (Fixture       *f,
                        gconstpointer  data)
{
  PdSelection *selection;
  PdNode *first, *second;

  TEST_GUI_REQUIRE_DISPLAY ();
  selection = pd_canvas_get_selection (f->canvas);
  first = node_at (f, 0);
  second = node_at (f, 1);
  assert_described (f, "Pathway: ", " steps, ");
  pd_selection_select (selection, pd_node_get_id (first), PD_SELECT_REPLACE);
  assert_described (f, "Step ", pd_node_get_title (first));
  pd_selection_select (selection, pd_node_get_id (second), PD_SELECT_ADD);
  assert_described (f, "2 steps selected: ", pd_node_get_title (second));
  pd_selection_clear (selection);
  assert_described (f, "Pathway: ", NULL);
}

static void
test_follows_edits (Fixture       *f,
                    gconstpointer  data)
{
  PdNode *node;
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 2);
  title = g_strdup (pd_node_get_title (node));
  n = g_list_model_get_n_items (pd_document_get_nodes (f->document));
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_node_get_id (node),
                       PD_SELECT_REPLACE);
  assert_described (f, "Step ", title);

  pd_document_set (f->document, node, "title", "Renamed step", NULL);
  assert_described (f, "Step ", ": Renamed step.");
  g_assert_true (pd_document_undo (f->document));
  assert_described (f, "Step ", title);

  /* Deleted, it is no longer selected: the pathway, one step fewer. */
  g_ptr_array_add (ids, (gpointer) pd_node_get_id (node));
  g_assert_cmpuint (pd_edit_delete (f->document, ids), >=, 1);
  count = g_strdup_printf (", %u steps, ", n - 1);
  assert_described (f, "Pathway: ", count);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/canvas/describe/follows-selection", test_follows_selection);
  TEST_GUI_ADD ("/canvas/describe/follows-edits", test_follows_edits);
  return g_test_run ();
}
