/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Walking from step to step with the keyboard. */
#include "pd-edit.h"
#include "pd-walk.h"
#include "test-common.h"

static void
set_kind (PdDocument *doc,
          PdEdge     *edge,
          PdEdgeKind  kind)
{
  pd_document_set (doc, edge, "kind", kind, NULL);
}

static void
test_follow (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, NULL, 100, 100);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 100);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 300);
  PdNode *d = pd_edit_add_node (doc, PD_NODE_KIND_DISCHARGE, NULL, 700, 200);
  const char *ia = pd_node_get_id (a), *ib = pd_node_get_id (b);
  const char *ic = pd_node_get_id (c), *id = pd_node_get_id (d);
  struct { const char *from; PdWalk walk; const char *to; } cases[] = {
    { NULL, PD_WALK_NEXT, ia },
    { ia, PD_WALK_FORWARD, ib },          /* the typical way first */
    { ib, PD_WALK_BACK, ia },
    { ib, PD_WALK_NEXT_BRANCH, ic },
    { ic, PD_WALK_NEXT_BRANCH, ib },      /* round the branches */
    { ib, PD_WALK_PREVIOUS_BRANCH, ic },
    { ib, PD_WALK_FORWARD, id },
    { id, PD_WALK_FORWARD, NULL },        /* the end */
    { ia, PD_WALK_BACK, NULL },
    { ia, PD_WALK_NEXT_BRANCH, NULL },    /* no step before the first */
    { ia, PD_WALK_PREVIOUS, NULL },       /* filled in below: the last */
  };

  /* Added c's transition first, so that only its kind makes b typical. */
  set_kind (doc, pd_edit_connect (doc, a, c), PD_EDGE_KIND_ALTERNATIVE);
  pd_edit_connect (doc, a, b);
  pd_edit_connect (doc, b, d);
  pd_edit_connect (doc, c, d);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *to = pd_walk (doc, cases[i].from, cases[i].walk);

      if (cases[i].walk == PD_WALK_PREVIOUS)
        g_assert_nonnull (to);
      else
        g_assert_cmpstr (to, ==, cases[i].to);
    }
}

/* Tab among a step's transitions: the typical one first, then round. */
static void
test_transitions (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, NULL, 100, 100);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 100);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 300);
  PdEdge *to_c = pd_edit_connect (doc, a, c);
  PdEdge *to_b = pd_edit_connect (doc, a, b);
  const char *ib = pd_edge_get_id (to_b), *ic = pd_edge_get_id (to_c);
  struct { const char *edge; int step; const char *to; } cases[] = {
    { NULL, 0, ib },          /* both typical: the higher one first */
    { ib, 1, ic },
    { ic, 1, ib },            /* round */
    { ib, -1, ic },
    { ic, -1, ib },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *to = pd_walk_transition (doc, pd_node_get_id (a), cases[i].edge,
                                                cases[i].step);
      g_assert_cmpstr (to, ==, cases[i].to);
    }
  set_kind (doc, to_b, PD_EDGE_KIND_ALTERNATIVE);
  {
    g_autofree char *first = pd_walk_transition (doc, pd_node_get_id (a), NULL, 0);
    g_assert_cmpstr (first, ==, ic);
  }
  g_assert_null (pd_walk_transition (doc, pd_node_get_id (b), NULL, 0));
}

/* Tab from the first step meets every step once and comes back. */
static void
test_tab_meets_all (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (pd_document_get_nodes (doc));
  g_autofree char *first = pd_walk (doc, NULL, PD_WALK_NEXT);
  char *at = g_strdup (first);

  for (guint i = 0; i < n; i++)
    {
      char *next = pd_walk (doc, at, PD_WALK_NEXT);

      g_assert_true (g_hash_table_add (seen, at));
      at = next;
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n);
  g_assert_cmpstr (at, ==, first);
  {
    g_autofree char *back = pd_walk (doc, first, PD_WALK_PREVIOUS);
    g_autofree char *again = pd_walk (doc, back, PD_WALK_NEXT);
    g_assert_cmpstr (again, ==, first);
  }
  g_free (at);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/walk/follow", test_follow);
  g_test_add_func ("/walk/transitions", test_transitions);
  test_add_per_example ("/walk/tab-meets-all", test_tab_meets_all);
  return g_test_run ();
}
