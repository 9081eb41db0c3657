/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-document.h"

static PdNode *
add_node (PdDocument *doc,
          const char *id)
{
  g_autoptr(PdNode) node = pd_node_new (id, PD_NODE_KIND_ASSESSMENT);
  pd_document_add_node (doc, node);
  return node;
}

static void
test_undo_redo_property (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");

  pd_document_set (doc, node, "title", "Assessment", NULL);
  g_assert_cmpstr (pd_node_get_title (node), ==, "Assessment");
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_title (node));
  g_assert_true (pd_document_redo (doc));
  g_assert_cmpstr (pd_node_get_title (node), ==, "Assessment");
  g_assert_false (pd_document_redo (doc));
}

static void
test_unchanged_records_nothing (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");
  PdHistory *history = pd_document_get_history (doc);

  pd_document_mark_saved (doc);
  pd_document_set (doc, node, "kind", PD_NODE_KIND_ASSESSMENT, "title", "", NULL);
  g_assert_false (pd_document_get_modified (doc));
  g_assert_null (pd_history_get_redo_label (history));
  pd_document_set (doc, node, "title", "Changed", NULL);
  g_assert_true (pd_document_get_modified (doc));
}

static void
test_transaction_is_one_step (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");
  PdHistory *history = pd_document_get_history (doc);

  pd_history_seal (history);
  pd_document_begin (doc, "Edit");
  g_assert_false (pd_history_can_undo (history));
  pd_document_set (doc, node, "title", "A", NULL);
  pd_document_set (doc, node, "sessions", 6u, NULL);
  pd_document_set (doc, node, "duration", 12.0, NULL);
  pd_document_end (doc);
  g_assert_cmpstr (pd_history_get_undo_label (history), ==, "Edit");

  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_title (node));
  g_assert_cmpuint (pd_node_get_sessions (node), ==, 0);
  g_assert_cmpfloat (pd_node_get_duration (node), ==, 0);
  /* Only the node's addition is left. */
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (doc)), ==, 0);
  g_assert_false (pd_document_undo (doc));
}

static void
test_drag_is_one_step (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  g_ptr_array_add (nodes, node);
  pd_history_seal (pd_document_get_history (doc));
  pd_document_begin (doc, "Move");
  for (int i = 0; i < 500; i++)
    pd_document_move_nodes (doc, nodes, 1, 0.5);
  pd_document_end (doc);
  g_assert_cmpfloat (pd_node_get_x (node), ==, 500);
  g_assert_cmpfloat (pd_node_get_y (node), ==, 250);

  /* A second drag is its own step, not merged into the first. */
  pd_document_begin (doc, "Move");
  pd_document_move_nodes (doc, nodes, 10, 0);
  pd_document_end (doc);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_x (node), ==, 500);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_x (node), ==, 0);
  g_assert_cmpfloat (pd_node_get_y (node), ==, 0);
}

static void
test_consecutive_moves_merge (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *a = add_node (doc, "a");
  PdNode *b = add_node (doc, "b");
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_autoptr(GPtrArray) only_a = g_ptr_array_new ();

  g_ptr_array_add (both, a);
  g_ptr_array_add (both, b);
  g_ptr_array_add (only_a, a);
  pd_history_seal (pd_document_get_history (doc));

  /* Arrow keys: three moves of the same nodes are one step... */
  for (int i = 0; i < 3; i++)
    pd_document_move_nodes (doc, both, 8, 0);
  /* ...a move of other nodes is another. */
  pd_document_move_nodes (doc, only_a, 0, 8);

  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_y (a), ==, 0);
  g_assert_cmpfloat (pd_node_get_x (a), ==, 24);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_x (a), ==, 0);
  g_assert_cmpfloat (pd_node_get_x (b), ==, 0);
}

/* Moves of different steps, as many of them, are steps of their own; so
 * are edits of another field or another step. */
static void
test_different_things_do_not_merge (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *a = add_node (doc, "a");
  PdNode *b = add_node (doc, "b");
  PdNode *c = add_node (doc, "c");
  g_autoptr(GPtrArray) only_a = g_ptr_array_new ();
  g_autoptr(GPtrArray) only_b = g_ptr_array_new ();
  g_autoptr(GPtrArray) a_and_b = g_ptr_array_new ();
  g_autoptr(GPtrArray) a_and_c = g_ptr_array_new ();

  g_ptr_array_add (only_a, a);
  g_ptr_array_add (only_b, b);
  g_ptr_array_add (a_and_b, a);
  g_ptr_array_add (a_and_b, b);
  g_ptr_array_add (a_and_c, a);
  g_ptr_array_add (a_and_c, c);
  pd_history_seal (pd_document_get_history (doc));

  pd_document_move_nodes (doc, only_a, 10, 0);
  pd_document_move_nodes (doc, only_b, 20, 0);
  pd_document_move_nodes (doc, a_and_b, 0, 5);
  pd_document_move_nodes (doc, a_and_c, 0, 7);
  pd_document_set (doc, a, "title", "A", NULL);
  pd_document_set (doc, b, "title", "B", NULL);
  pd_document_set (doc, b, "sessions", 4u, NULL);

  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (pd_node_get_sessions (b), ==, 0);
  g_assert_cmpstr (pd_node_get_title (b), ==, "B");
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_title (b));
  g_assert_cmpstr (pd_node_get_title (a), ==, "A");
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_title (a));
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_y (a), ==, 5);
  g_assert_cmpfloat (pd_node_get_y (c), ==, 0);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_y (a), ==, 0);
  g_assert_cmpfloat (pd_node_get_x (b), ==, 20);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_x (b), ==, 0);
  g_assert_cmpfloat (pd_node_get_x (a), ==, 10);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpfloat (pd_node_get_x (a), ==, 0);
  /* Seven edits, seven steps: the next undoes the last step added. */
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (doc)), ==, 3);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (doc)), ==, 2);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_saved_marker (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");
  guint notified = 0;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  g_ptr_array_add (nodes, node);
  g_signal_connect (doc, "notify::modified", G_CALLBACK (count_notify), &notified);
  g_assert_true (pd_document_get_modified (doc));
  pd_document_mark_saved (doc);
  g_assert_false (pd_document_get_modified (doc));
  g_assert_cmpuint (notified, ==, 1);

  pd_document_move_nodes (doc, nodes, 5, 5);
  g_assert_true (pd_document_get_modified (doc));
  g_assert_cmpuint (notified, ==, 2);
  /* The moves after saving merge with each other, not into the step that
   * was saved: one undo goes back to the saved state. */
  pd_document_move_nodes (doc, nodes, 5, 5);
  pd_document_undo (doc);
  g_assert_false (pd_document_get_modified (doc));
  g_assert_cmpfloat (pd_node_get_x (node), ==, 0);
  pd_document_redo (doc);
  g_assert_true (pd_document_get_modified (doc));
  pd_document_undo (doc);
  g_assert_false (pd_document_get_modified (doc));

  /* Undo past the saved state, then a new edit: it can never be reached. */
  pd_document_undo (doc);
  g_assert_true (pd_document_get_modified (doc));
  pd_document_set (doc, doc, "title", "New", NULL);
  g_assert_true (pd_document_get_modified (doc));
  pd_document_undo (doc);
  g_assert_true (pd_document_get_modified (doc));
}

static void
test_mark_unsaved (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdHistory *history = pd_document_get_history (doc);

  pd_document_mark_saved (doc);
  g_assert_false (pd_document_get_modified (doc));
  /* Restored work: no state is on disk, so undoing to the start does not
   * make it saved. */
  pd_history_mark_unsaved (history);
  g_assert_true (pd_document_get_modified (doc));
  pd_document_set (doc, doc, "title", "Restored", NULL);
  pd_document_undo (doc);
  g_assert_true (pd_document_get_modified (doc));
  pd_document_mark_saved (doc);
  g_assert_false (pd_document_get_modified (doc));
}

static void
test_typing_merges (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");

  pd_history_seal (pd_document_get_history (doc));
  pd_document_set (doc, node, "title", "C", NULL);
  pd_document_set (doc, node, "title", "CB", NULL);
  pd_document_set (doc, node, "title", "CBT", NULL);
  pd_document_undo (doc);
  g_assert_null (pd_node_get_title (node));
  pd_document_redo (doc);
  g_assert_cmpstr (pd_node_get_title (node), ==, "CBT");
}

static void
test_nested_transactions (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdNode *node = add_node (doc, "n1");

  pd_history_seal (pd_document_get_history (doc));
  pd_document_begin (doc, "Outer");
  pd_document_set (doc, node, "title", "A", NULL);
  pd_document_begin (doc, "Inner");
  pd_document_set (doc, node, "sessions", 3u, NULL);
  pd_document_end (doc);
  pd_document_end (doc);
  pd_document_undo (doc);
  g_assert_null (pd_node_get_title (node));
  g_assert_cmpuint (pd_node_get_sessions (node), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (doc)), ==, 1);
}

static void
test_empty_transaction (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdHistory *history = pd_document_get_history (doc);

  pd_document_begin (doc, "Nothing");
  pd_document_end (doc);
  g_assert_false (pd_history_can_undo (history));
  g_assert_false (pd_document_get_modified (doc));
}

/* The count of changes goes up with every command, each of a transaction
 * and each merged into the last step too, and with every undo and redo; it
 * stays with what changes nothing. */
static void
test_changes_counted (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  PdHistory *history = pd_document_get_history (doc);
  PdNode *node;
  guint64 count = pd_history_get_changes (history);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  node = add_node (doc, "n1");
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  pd_document_set (doc, node, "title", "C", NULL);
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  pd_document_set (doc, node, "title", "CB", NULL);    /* merges into the last step */
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  pd_document_set (doc, node, "title", "CB", NULL);    /* no change */
  g_assert_cmpuint (pd_history_get_changes (history), ==, count);

  pd_document_begin (doc, "Both");
  pd_document_set (doc, node, "sessions", 3u, NULL);
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  g_ptr_array_add (nodes, node);
  pd_document_move_nodes (doc, nodes, 10, 0);
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  pd_document_end (doc);
  g_assert_cmpuint (pd_history_get_changes (history), ==, count);

  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  g_assert_true (pd_document_redo (doc));
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  /* Back where it was before the undo, but later: still counted. */
  g_assert_true (pd_document_redo (doc));
  g_assert_cmpuint (pd_history_get_changes (history), ==, ++count);
  g_assert_false (pd_document_redo (doc));
  pd_document_mark_saved (doc);
  pd_document_begin (doc, "Nothing");
  pd_document_end (doc);
  g_assert_cmpuint (pd_history_get_changes (history), ==, count);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/undo-redo/property", test_undo_redo_property);
  g_test_add_func ("/history/unchanged", test_unchanged_records_nothing);
  g_test_add_func ("/history/transaction", test_transaction_is_one_step);
  g_test_add_func ("/history/transaction/nested", test_nested_transactions);
  g_test_add_func ("/history/transaction/empty", test_empty_transaction);
  g_test_add_func ("/history/move/drag", test_drag_is_one_step);
  g_test_add_func ("/history/move/merge", test_consecutive_moves_merge);
  g_test_add_func ("/history/merge/different-things", test_different_things_do_not_merge);
  g_test_add_func ("/history/merge/typing", test_typing_merges);
  g_test_add_func ("/history/saved-marker", test_saved_marker);
  g_test_add_func ("/history/mark-unsaved", test_mark_unsaved);
  g_test_add_func ("/history/changes", test_changes_counted);
  return g_test_run ();
}
