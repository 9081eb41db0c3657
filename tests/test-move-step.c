/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Moving a step one place earlier or later in the journey, as the
 * outline's Alt+Up and Alt+Down: along a chain the steps trade places in
 * it, the first steps of branches trade places on the canvas, and where
 * no single step is next to it nothing moves and the user is told why. */
#include "pd-edit.h"
#include "pd-reading-order.h"
#include "test-common.h"

/* A → B → C → D left to right, the transitions labelled by their place. */
static PdDocument *
new_chain (PdNode **nodes)
{
  PdDocument *doc = pd_document_new_default ();
  const char *titles[] = { "A", "B", "C", "D" };
  const char *labels[] = { "First", "Second", "Third" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      nodes[i] = pd_edit_add_node (doc, i == 0 ? PD_NODE_KIND_REFERRAL
                                               : PD_NODE_KIND_INTERVENTION, NULL,
                                   100 + 300 * i, 200 + 10 * i);
      pd_document_set (doc, nodes[i], "title", titles[i], NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    pd_document_set (doc, pd_edit_connect (doc, nodes[i], nodes[i + 1]), "label", labels[i],
                     "likelihood", 10.0 * (i + 1), NULL);
  return doc;
}

static char *
reading_order (PdDocument *doc)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  GString *text = g_string_new (NULL);

  pd_reading_order (doc, &nodes, &edges);
  for (guint i = 0; i < nodes->len; i++)
    g_string_append (text, pd_node_get_title (g_ptr_array_index (nodes, i)));
  return g_string_free (text, FALSE);
}

/* "From→To label likelihood" for the transition labelled @label. */
static char *
transition (PdDocument *doc,
            const char *label)
{
  GListModel *edges = pd_document_get_edges (doc);

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);

      if (g_strcmp0 (pd_edge_get_label (edge), label) == 0)
        return g_strdup_printf ("%s→%s %g",
                                pd_node_get_title (pd_document_get_node (doc,
                                                     pd_edge_get_from_id (edge))),
                                pd_node_get_title (pd_document_get_node (doc,
                                                     pd_edge_get_to_id (edge))),
                                pd_edge_get_likelihood (edge));
    }
  g_assert_not_reached ();
}

static void
assert_transition (PdDocument *doc,
                   const char *label,
                   const char *expected)
{
  g_autofree char *text = transition (doc, label);

  g_assert_cmpstr (text, ==, expected);
}

/* C earlier in A → B → C → D: A → C → B → D, the transitions' labels and
 * likelihoods where they were in the journey, the places on the canvas
 * swapped; one undo puts it all back. */
static void
test_chain (void)
{
  PdNode *n[4];
  g_autoptr(PdDocument) doc = new_chain (n);
  g_autofree char *before = test_write (doc);
  g_autofree char *order = NULL;
  g_autofree char *undone = NULL;
  double bx = pd_node_get_x (n[1]), cx = pd_node_get_x (n[2]);

  pd_document_mark_saved (doc);
  g_assert_true (pd_edit_move_step (doc, n[2], FALSE, NULL));
  order = reading_order (doc);
  g_assert_cmpstr (order, ==, "ACBD");
  assert_transition (doc, "First", "A→C 10");
  assert_transition (doc, "Second", "C→B 20");
  assert_transition (doc, "Third", "B→D 30");
  g_assert_cmpfloat (pd_node_get_x (n[2]), ==, bx);
  g_assert_cmpfloat (pd_node_get_x (n[1]), ==, cx);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (doc)), ==, 3);

  g_assert_true (pd_document_undo (doc));
  undone = test_write (doc);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (pd_document_get_modified (doc));
}

/* The ends of a chain stay put, and the user is told why. */
static void
test_chain_ends (void)
{
  PdNode *n[4];
  g_autoptr(PdDocument) doc = new_chain (n);
  g_autofree char *before = test_write (doc);
  g_autofree char *after = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  pd_document_mark_saved (doc);
  g_assert_false (pd_edit_move_step (doc, n[0], FALSE, &first));
  g_assert_false (pd_edit_move_step (doc, n[3], TRUE, &last));
  g_assert_cmpstr (first, ==, "“A” is the first step of its chain");
  g_assert_cmpstr (last, ==, "“D” is the last step of its chain");
  after = test_write (doc);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (pd_document_get_modified (doc));
}

/* R → X (typical) → X2, R → Y (typical) → Y2, R → Z (alternative): the
 * first steps of the typical branches change places, and so the order the
 * branches are read in; the alternative, read after them whatever its
 * place, does not move; nor does a step that would take a branch's
 * first place. */
static void
test_branches (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  const char *titles[] = { "R", "X", "x", "Y", "y", "Z" };
  double at[][2] = { { 100, 300 }, { 400, 100 }, { 700, 100 }, { 400, 300 }, { 700, 300 },
                     { 400, 500 } };
  PdNode *n[6];
  g_autofree char *order = NULL;
  g_autofree char *back = NULL;
  g_autofree char *why = NULL;
  g_autofree char *why_not = NULL;
  double x_top;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      n[i] = pd_edit_add_node (doc, i == 0 ? PD_NODE_KIND_REFERRAL
                                           : PD_NODE_KIND_INTERVENTION, NULL, at[i][0], at[i][1]);
      pd_document_set (doc, n[i], "title", titles[i], NULL);
    }
  pd_edit_connect (doc, n[0], n[1]);
  pd_edit_connect (doc, n[1], n[2]);
  pd_edit_connect (doc, n[0], n[3]);
  pd_edit_connect (doc, n[3], n[4]);
  pd_document_set (doc, pd_edit_connect (doc, n[0], n[5]), "kind", PD_EDGE_KIND_ALTERNATIVE,
                   NULL);

  x_top = pd_node_get_y (n[1]);
  g_assert_true (pd_edit_move_step (doc, n[3], FALSE, NULL));
  order = reading_order (doc);
  g_assert_cmpstr (order, ==, "RYyXxZ");
  g_assert_cmpfloat (pd_node_get_y (n[3]), ==, x_top);
  g_assert_true (pd_document_undo (doc));
  back = reading_order (doc);
  g_assert_cmpstr (back, ==, "RXxYyZ");

  g_assert_false (pd_edit_move_step (doc, n[3], TRUE, &why));
  g_assert_cmpstr (why, ==, "“Y” is already the last of its kind of way out of “R”");
  g_assert_false (pd_edit_move_step (doc, n[4], FALSE, &why_not));
  g_assert_cmpstr (why_not, ==, "“y” cannot move before “Y”, the first step of a branch from “R”");
}

/* Every step of each example moved earlier then later (and later then
 * earlier) gives back the file it was, byte for byte; so does Undo; and
 * where a step does not move, nothing changes and the user is told why. */
static void
test_round_trip (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autofree char *original = test_write (doc);
  GListModel *nodes = pd_document_get_nodes (doc);
  guint moved = 0, refused = 0;

  pd_document_mark_saved (doc);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    for (guint later = 0; later < 2; later++)
      {
        g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
        g_autofree char *why = NULL;
        g_autofree char *there = NULL;
        g_autofree char *back = NULL;
        g_autofree char *undone = NULL;

        if (!pd_edit_move_step (doc, node, later, &why))
          {
            g_autofree char *same = test_write (doc);

            g_assert_nonnull (why);
            g_assert_cmpstr (same, ==, original);
            refused++;
            continue;
          }
        moved++;
        there = test_write (doc);
        g_assert_cmpstr (there, !=, original);
        g_assert_true (pd_edit_move_step (doc, node, !later, NULL));
        back = test_write (doc);
        g_assert_cmpstr (back, ==, original);
        /* Two moves, two undo steps, back to the file as saved. */
        g_assert_true (pd_document_undo (doc));
        g_assert_true (pd_document_get_modified (doc));
        g_assert_true (pd_document_undo (doc));
        undone = test_write (doc);
        g_assert_cmpstr (undone, ==, original);
        g_assert_false (pd_document_get_modified (doc));
      }
  g_test_message ("%u moves, %u refused", moved, refused);
  g_assert_cmpuint (moved, >, 0);
  g_assert_cmpuint (refused, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/move-step/chain", test_chain);
  g_test_add_func ("/move-step/chain-ends", test_chain_ends);
  g_test_add_func ("/move-step/branches", test_branches);
  test_add_per_example ("/move-step/round-trip", test_round_trip);
  return g_test_run ();
}
