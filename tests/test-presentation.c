/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Walking a pathway through step by step in front of an audience. */
#include "pd-edit.h"
#include "pd-presentation.h"
#include "pd-reading-order.h"
#include "test-common.h"

static void
test_ways_out (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_DECISION, NULL, 100, 100);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 100);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 300);
  PdNode *d = pd_edit_add_node (doc, PD_NODE_KIND_DISCHARGE, NULL, 700, 200);
  g_autoptr(PdPresentation) presentation = NULL;
  g_autoptr(GPtrArray) ways = NULL;
  g_autoptr(GPtrArray) none = NULL;
  PdEdge *other;

  pd_document_set (doc, b, "title", "CBT", NULL);
  pd_edit_connect (doc, a, b);
  other = pd_edit_connect (doc, a, c);
  pd_document_set (doc, other, "kind", PD_EDGE_KIND_ALTERNATIVE, "label", "Guided self-help",
                   NULL);
  /* Neither a second line to the same step nor a loop is another way. */
  pd_edit_connect (doc, a, b);
  pd_edit_connect (doc, a, a);
  pd_edit_connect (doc, b, d);
  pd_edit_connect (doc, c, d);

  presentation = pd_presentation_new (doc);
  ways = pd_presentation_ways_out (presentation, pd_node_get_id (a));
  g_assert_cmpuint (ways->len, ==, 2);
  g_assert_cmpstr (pd_edge_get_to_id (g_ptr_array_index (ways, 0)), ==, pd_node_get_id (b));
  g_assert_cmpstr (pd_edge_get_to_id (g_ptr_array_index (ways, 1)), ==, pd_node_get_id (c));
  /* Unlabelled, a way is called by its step's title. */
  g_assert_cmpstr (pd_presentation_way_name (presentation, g_ptr_array_index (ways, 0)), ==,
                   "CBT");
  g_assert_cmpstr (pd_presentation_way_name (presentation, g_ptr_array_index (ways, 1)), ==,
                   "Guided self-help");
  none = pd_presentation_ways_out (presentation, pd_node_get_id (d));
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpint (pd_presentation_index_of (presentation, "no-such-step"), ==, -1);
  g_assert_cmpint (pd_presentation_index_of (presentation, NULL), ==, -1);
}

/* The walk is the reading order, and every way out leads to a step of it. */
static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdPresentation) presentation = pd_presentation_new (doc);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;

  pd_reading_order (doc, &nodes, &edges);
  g_assert_cmpuint (presentation->steps->len, ==, nodes->len);
  g_assert_cmpuint (presentation->steps->len, ==,
                    g_list_model_get_n_items (pd_document_get_nodes (doc)));
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *step = g_ptr_array_index (presentation->steps, i);
      g_autoptr(GPtrArray) ways = pd_presentation_ways_out (presentation, pd_node_get_id (step));

      g_assert_true (step == g_ptr_array_index (nodes, i));
      g_assert_cmpint (pd_presentation_index_of (presentation, pd_node_get_id (step)), ==, i);
      for (guint j = 0; j < ways->len; j++)
        {
          PdEdge *way = g_ptr_array_index (ways, j);

          g_assert_cmpint (pd_presentation_index_of (presentation, pd_edge_get_to_id (way)), >=, 0);
          g_assert_nonnull (pd_presentation_way_name (presentation, way));
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/presentation/ways-out", test_ways_out);
  test_add_per_example ("/presentation/example", test_example);
  return g_test_run ();
}
