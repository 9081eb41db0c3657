/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The outline's text: every step and every transition of a pathway, in
 * reading order, depth first, each row saying all the diagram shows. */
#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-outline-text.h"
#include "pd-reading-order.h"
#include <string.h>
#include "test-common.h"

/* r → a (typical) → a2; r → b (alternative) → b2: two branches. */
static PdDocument *
new_branches (PdNode **nodes)
{
  PdDocument *doc = pd_document_new_default ();
  struct { PdNodeKind kind; double x, y; } at[] = {
    { PD_NODE_KIND_REFERRAL, 100, 200 },
    { PD_NODE_KIND_INTERVENTION, 400, 100 },
    { PD_NODE_KIND_INTERVENTION, 700, 100 },
    { PD_NODE_KIND_INTERVENTION, 400, 300 },
    { PD_NODE_KIND_DISCHARGE, 700, 300 },
  };
  const char *titles[] = { "Referral", "CBT", "CBT review", "Counselling", "Discharge" };

  for (guint i = 0; i < G_N_ELEMENTS (at); i++)
    {
      nodes[i] = pd_edit_add_node (doc, at[i].kind, NULL, at[i].x, at[i].y);
      pd_document_set (doc, nodes[i], "title", titles[i], NULL);
    }
  pd_edit_connect (doc, nodes[0], nodes[1]);
  pd_document_set (doc, pd_edit_connect (doc, nodes[0], nodes[3]),
                   "kind", PD_EDGE_KIND_ALTERNATIVE, "label", "Prefers talking", NULL);
  pd_edit_connect (doc, nodes[1], nodes[2]);
  pd_edit_connect (doc, nodes[3], nodes[4]);
  return doc;
}

static void
assert_order (PdDocument  *doc,
              const char **titles)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;

  pd_reading_order (doc, &nodes, &edges);
  for (guint i = 0; titles[i]; i++)
    {
      g_assert_cmpuint (i, <, nodes->len);
      g_assert_cmpstr (pd_node_get_title (g_ptr_array_index (nodes, i)), ==, titles[i]);
    }
}

/* A branch's steps come before the next branch, as a person reads it. */
static void
test_depth_first (void)
{
  PdNode *n[5];
  g_autoptr(PdDocument) doc = new_branches (n);
  const char *order[] = { "Referral", "CBT", "CBT review", "Counselling", "Discharge", NULL };
  g_autoptr(GPtrArray) rows = pd_outline_rows (doc);

  assert_order (doc, order);
  /* Each step's ways out follow it, the typical one first. */
  g_assert_true (g_ptr_array_index (rows, 0) == (gpointer) n[0]);
  g_assert_true (PD_IS_EDGE (g_ptr_array_index (rows, 1)));
  g_assert_cmpint (pd_edge_get_kind (g_ptr_array_index (rows, 1)), ==, PD_EDGE_KIND_TYPICAL);
  g_assert_cmpstr (pd_edge_get_label (g_ptr_array_index (rows, 2)), ==, "Prefers talking");
  g_assert_true (g_ptr_array_index (rows, 3) == (gpointer) n[1]);
  g_assert_cmpuint (rows->len, ==, 5 + 4);
}

/* Every transition of each example is a row, once, right after the steps
 * it leaves (or after its fellow transitions). */
static void
test_rows_every_transition (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(GPtrArray) rows = pd_outline_rows (doc);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  const char *step = NULL;
  guint n_edges = 0, n_nodes = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GObject *row = g_ptr_array_index (rows, i);
      g_autofree char *text = pd_outline_row_text (doc, row);

      g_assert_true (g_hash_table_add (seen, row));
      g_assert_nonnull (text);
      if (PD_IS_NODE (row))
        {
          step = pd_node_get_id (PD_NODE (row));
          n_nodes++;
          continue;
        }
      g_assert_cmpstr (pd_edge_get_from_id (PD_EDGE (row)), ==, step);
      n_edges++;
    }
  g_assert_cmpuint (n_edges, ==, g_list_model_get_n_items (pd_document_get_edges (doc)));
  g_assert_cmpuint (n_nodes, ==, g_list_model_get_n_items (pd_document_get_nodes (doc)));
}

static void
test_step_text (void)
{
  PdNode *n[5];
  g_autoptr(PdDocument) doc = new_branches (n);
  PdAgency *agency = g_list_model_get_item (pd_document_get_agencies (doc), 0);
  g_autofree char *bare = pd_outline_row_text (doc, G_OBJECT (n[1]));
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  g_object_unref (agency);
  g_assert_null (strstr (bare, "Planned"));
  g_assert_null (strstr (bare, "comment"));
  pd_document_set (doc, n[1], "staff-role", "Psychological wellbeing practitioner",
                   "sessions", 6, "availability", PD_AVAILABILITY_PLANNED, NULL);
  pd_edit_add_comment (doc, pd_node_get_id (n[1]), "Sam", NULL, "Too long a wait?");
  pd_edit_add_comment (doc, pd_node_get_id (n[1]), "Jo", NULL, "Add a leaflet");
  text = pd_outline_row_text (doc, G_OBJECT (n[1]));
  expected = g_strdup_printf ("Step “CBT”. Intervention · %s (%s) · "
                              "Psychological wellbeing practitioner · 6 sessions · Planned · "
                              "2 open comments",
                              pd_agency_get_name (agency), pd_agency_get_cue (agency));
  g_assert_cmpstr (text, ==, expected);
}

static void
test_transition_text (void)
{
  PdNode *n[5];
  g_autoptr(PdDocument) doc = new_branches (n);
  g_autoptr(GPtrArray) rows = pd_outline_rows (doc);
  PdEdge *edge = g_ptr_array_index (rows, 2);
  g_autofree char *title = pd_outline_transition_title (doc, edge);
  g_autofree char *text = NULL;

  g_assert_cmpstr (title, ==, "To “Counselling”");
  pd_document_set (doc, edge, "likelihood", 40.0, NULL);
  text = pd_outline_row_text (doc, G_OBJECT (edge));
  g_assert_cmpstr (text, ==, "Transition from “Referral” to “Counselling”. "
                             "Alternative · “Prefers talking” · 40% likely");
}

/* Moving a step before its neighbour swaps their places, as one undo
 * step; between branches that changes the reading order too. */
static void
test_swap (void)
{
  PdNode *n[5];
  g_autoptr(PdDocument) doc = new_branches (n);
  const char *swapped[] = { "Referral", "Counselling", "Discharge", "CBT", "CBT review", NULL };
  const char *before[] = { "Referral", "CBT", "CBT review", "Counselling", "Discharge", NULL };

  g_assert_true (pd_outline_neighbour (doc, n[3], FALSE) == n[2]);
  g_assert_true (pd_outline_neighbour (doc, n[3], TRUE) == n[4]);
  g_assert_null (pd_outline_neighbour (doc, n[0], FALSE));
  g_assert_null (pd_outline_neighbour (doc, n[4], TRUE));

  /* Two typical ways out are read top first: swapping the branch heads'
   * places swaps the branches. */
  {
    g_autoptr(GPtrArray) rows = pd_outline_rows (doc);
    pd_document_set (doc, g_ptr_array_index (rows, 2), "kind", PD_EDGE_KIND_TYPICAL, NULL);
  }
  pd_edit_swap_places (doc, n[3], n[1]);
  g_assert_cmpfloat (pd_node_get_y (n[3]), <, pd_node_get_y (n[1]));
  assert_order (doc, swapped);
  g_assert_true (pd_document_undo (doc));
  assert_order (doc, before);
  g_assert_cmpfloat (pd_node_get_y (n[1]), <, pd_node_get_y (n[3]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/outline/reading-order/depth-first", test_depth_first);
  g_test_add_func ("/outline/text/step", test_step_text);
  g_test_add_func ("/outline/text/transition", test_transition_text);
  g_test_add_func ("/outline/swap", test_swap);
  test_add_per_example ("/outline/rows/every-transition", test_rows_every_transition);
  return g_test_run ();
}
