/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Thousands of random edits, then undo all and redo all: the document must
 * come back byte for byte. */
#include "test-common.h"

#define N_EDITS 4000

typedef struct {
  PdDocument *doc;
  guint counter;
} Fuzz;

static gpointer
random_item (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return NULL;
  return g_list_model_get_item (model, g_test_rand_int_range (0, n));
}

static void
edit_once (Fuzz *f)
{
  PdDocument *doc = f->doc;
  g_autoptr(PdNode) node = random_item (pd_document_get_nodes (doc));
  g_autoptr(PdNode) other = random_item (pd_document_get_nodes (doc));
  g_autoptr(PdEdge) edge = random_item (pd_document_get_edges (doc));
  g_autoptr(PdAgency) agency = random_item (pd_document_get_agencies (doc));
  g_autoptr(PdComment) comment = random_item (pd_document_get_comments (doc));
  g_autofree char *text = g_strdup_printf ("Text %u <&> \"é\"", f->counter++);

  switch (g_test_rand_int_range (0, 14))
    {
    case 0:
      {
        g_autofree char *id = pd_document_make_id (doc, "n");
        g_autoptr(PdNode) added = pd_node_new (id, g_test_rand_int_range (0, PD_N_NODE_KINDS));
        g_object_set (added, "title", text, "x", (double) g_test_rand_int_range (-500, 5000),
                      "y", g_test_rand_double_range (0, 3000), NULL);
        pd_document_add_node (doc, added);
        break;
      }
    case 1:
      if (node && g_test_rand_bit ())
        pd_document_remove_node (doc, node);
      break;
    case 2:
      if (node && other)
        {
          g_autofree char *id = pd_document_make_id (doc, "e");
          g_autoptr(PdEdge) added = pd_edge_new (id, pd_node_get_id (node), pd_node_get_id (other));
          g_object_set (added, "kind", g_test_rand_int_range (0, PD_N_EDGE_KINDS), NULL);
          pd_document_add_edge (doc, added);
        }
      break;
    case 3:
      if (edge)
        pd_document_remove_edge (doc, edge);
      break;
    case 4:
      if (node)
        pd_document_set (doc, node, "title", text, NULL);
      break;
    case 5:
      if (node)
        pd_document_set (doc, node, "sessions", (guint) g_test_rand_int_range (0, 30),
                         "session-minutes", (guint) g_test_rand_int_range (0, 90),
                         "duration", (double) g_test_rand_int_range (0, 52), NULL);
      break;
    case 6:
      if (node && agency)
        pd_document_set (doc, node, "agency-id", pd_agency_get_id (agency),
                         "availability", g_test_rand_int_range (0, 3), NULL);
      break;
    case 7:
      {
        g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
        GListModel *all = pd_document_get_nodes (doc);
        for (guint i = 0; i < g_list_model_get_n_items (all); i++)
          if (g_test_rand_int_range (0, 4) == 0)
            {
              g_autoptr(PdNode) n = g_list_model_get_item (all, i);
              g_ptr_array_add (nodes, n);
            }
        pd_document_move_nodes (doc, nodes, g_test_rand_double_range (-50, 50),
                                g_test_rand_int_range (-3, 3) * 8.0);
        break;
      }
    case 8:
      pd_document_set (doc, doc, "title", text, "status", g_test_rand_int_range (0, 4), NULL);
      break;
    case 9:
      if (node || edge)
        {
          g_autofree char *id = pd_document_make_id (doc, "c");
          g_autoptr(PdComment) added = pd_comment_new (id, node ? pd_node_get_id (node)
                                                                : pd_edge_get_id (edge));
          g_object_set (added, "text", text, "author", "Carer", NULL);
          pd_document_add_comment (doc, added);
        }
      break;
    case 10:
      if (comment)
        {
          if (g_test_rand_bit ())
            pd_document_remove_comment (doc, comment);
          else
            pd_document_set (doc, comment, "resolved", !pd_comment_get_resolved (comment), NULL);
        }
      break;
    case 11:
      if (agency)
        pd_document_move_agency (doc, agency, g_test_rand_int_range (
                                   0, g_list_model_get_n_items (pd_document_get_agencies (doc))));
      break;
    case 12:
      if (edge)
        pd_document_set (doc, edge, "label", g_test_rand_bit () ? text : NULL,
                         "likelihood", g_test_rand_double_range (0, 100), NULL);
      break;
    case 13:
      /* A gesture made of several edits. */
      pd_document_begin (doc, "Gesture");
      for (int i = g_test_rand_int_range (1, 4); i > 0; i--)
        edit_once (f);
      pd_document_end (doc);
      break;
    default:
      g_assert_not_reached ();
    }
}

static guint
undo_all (PdDocument *doc)
{
  guint n = 0;

  while (pd_document_undo (doc))
    n++;
  return n;
}

static void
test_random_edits (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autofree char *start = test_write (doc);
  g_autofree char *end = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  Fuzz f = { doc, 0 };
  guint steps, redo_steps = 0;

  for (guint i = 0; i < N_EDITS; i++)
    {
      edit_once (&f);
      /* Now and then undo a little, so that redo stacks are dropped. */
      if (g_test_rand_int_range (0, 50) == 0)
        for (int u = g_test_rand_int_range (1, 5); u > 0; u--)
          pd_document_undo (doc);
      if (g_test_rand_int_range (0, 100) == 0)
        pd_document_redo (doc);
    }
  /* A last edit: undos at the very end would leave steps to redo past it. */
  pd_document_set (doc, doc, "title", "The end of the random edits", NULL);
  end = test_write (doc);
  g_assert_cmpstr (start, !=, end);

  steps = undo_all (doc);
  g_assert_cmpuint (steps, >, 100);
  undone = test_write (doc);
  g_assert_cmpstr (undone, ==, start);
  g_assert_false (pd_document_get_modified (doc));

  while (pd_document_redo (doc))
    redo_steps++;
  g_assert_cmpuint (redo_steps, ==, steps);
  redone = test_write (doc);
  g_assert_cmpstr (redone, ==, end);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/property/undo-redo-all", test_random_edits);
  return g_test_run ();
}
