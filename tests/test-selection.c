/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The selection: view state, in the order things were selected. */
#include "pd-edit.h"
#include "pd-selection.h"
#include "test-common.h"

static void
count_changes (PdSelection *selection,
               guint       *changes)
{
  (*changes)++;
}

static void
test_modes (void)
{
  g_autoptr(PdSelection) selection = pd_selection_new ();
  const char *ab[] = { "a", "b" };
  guint changes = 0;

  g_signal_connect (selection, "changed", G_CALLBACK (count_changes), &changes);
  pd_selection_select (selection, "a", PD_SELECT_REPLACE);
  pd_selection_select (selection, "b", PD_SELECT_ADD);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 2);
  g_assert_cmpstr (pd_selection_get_last (selection), ==, "b");
  g_assert_cmpuint (changes, ==, 2);

  /* Adding what is there, or replacing by the same, changes nothing. */
  pd_selection_select (selection, "b", PD_SELECT_ADD);
  pd_selection_select_many (selection, ab, 2, PD_SELECT_REPLACE);
  g_assert_cmpuint (changes, ==, 2);

  pd_selection_select (selection, "a", PD_SELECT_TOGGLE);
  g_assert_false (pd_selection_contains (selection, "a"));
  g_assert_true (pd_selection_contains (selection, "b"));
  pd_selection_select (selection, "c", PD_SELECT_REPLACE);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_id (selection, 0), ==, "c");
  g_assert_null (pd_selection_get_id (selection, 1));
  pd_selection_clear (selection);
  pd_selection_clear (selection);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 0);
  g_assert_null (pd_selection_get_last (selection));
  g_assert_cmpuint (changes, ==, 5);
}

/* Objects by kind, and ids that the document lost are forgotten. */
static void
test_objects_and_prune (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(PdSelection) selection = pd_selection_new ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_ASSESSMENT, NULL, 100, 100);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 100);
  PdEdge *e = pd_edit_connect (doc, a, b);
  const char *ids[] = { pd_node_get_id (b), pd_edge_get_id (e), pd_node_get_id (a), "ghost",
                        NULL };
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;

  pd_selection_select_many (selection, ids, 0, PD_SELECT_REPLACE);
  nodes = pd_selection_get_nodes (selection, doc);
  edges = pd_selection_get_edges (selection, doc);
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_true (g_ptr_array_index (nodes, 0) == (gpointer) b);
  g_assert_cmpuint (edges->len, ==, 1);

  pd_document_remove_node (doc, a);   /* takes the transition with it */
  pd_selection_prune (selection, doc);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_last (selection), ==, pd_node_get_id (b));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/modes", test_modes);
  g_test_add_func ("/selection/objects-and-prune", test_objects_and_prune);
  return g_test_run ();
}
