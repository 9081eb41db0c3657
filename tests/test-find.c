/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Find: which steps and transitions hold a text, in reading order. */
#include "pd-edit.h"
#include "pd-find.h"
#include "test-common.h"

static void
add_step (PdDocument *doc,
          const char *id,
          PdNodeKind  kind,
          double      x,
          const char *title,
          const char *description,
          const char *easy_read)
{
  g_autoptr(PdNode) node = pd_node_new (id, kind);

  g_object_set (node, "x", x, "y", 0.0, "title", title, "description", description,
                "easy-read", easy_read, NULL);
  pd_document_add_node (doc, node);
}

static void
add_transition (PdDocument *doc,
                const char *id,
                const char *from,
                const char *to,
                const char *label)
{
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);

  g_object_set (edge, "label", label, NULL);
  pd_document_add_edge (doc, edge);
}

/* Drawn right to left, so that reading order differs from the order the
 * steps were added in. */
static PdDocument *
make_pathway (void)
{
  PdDocument *doc = pd_document_new ();

  add_step (doc, "end", PD_NODE_KIND_DISCHARGE, 0, "Discharge to GP", NULL,
            "You go back to your doctor");
  add_step (doc, "cbt", PD_NODE_KIND_INTERVENTION, 200, "Thérapie CBT",
            "Twelve sessions of therapy", NULL);
  add_step (doc, "ref", PD_NODE_KIND_REFERRAL, 400, "Referral", "From the GP", NULL);
  add_transition (doc, "e1", "ref", "cbt", "Accepted for THERAPY");
  add_transition (doc, "e2", "cbt", "end", NULL);
  pd_edit_add_comment (doc, "e2", "Amira", NULL, "Say what happens after therapy");
  pd_edit_add_comment (doc, NULL, "Sam", NULL, "Therapy for everyone");
  return doc;
}

static void
test_order_and_fields (void)
{
  g_autoptr(PdDocument) doc = make_pathway ();
  g_autoptr(GArray) matches = pd_find (doc, "therapy");
  PdFindMatch *m = (PdFindMatch *) matches->data;

  /* The referral first, then its transition, then the steps it leads to;
   * the comment on the pathway itself is nowhere to go to. */
  g_assert_cmpuint (matches->len, ==, 3);
  g_assert_cmpstr (m[0].id, ==, "e1");
  g_assert_cmpint (m[0].field, ==, PD_FIND_TITLE);
  g_assert_cmpstr (m[1].id, ==, "cbt");
  g_assert_cmpint (m[1].field, ==, PD_FIND_DESCRIPTION);
  g_assert_cmpstr (m[2].id, ==, "e2");
  g_assert_cmpint (m[2].field, ==, PD_FIND_COMMENT);
}

static void
test_case_and_accents (void)
{
  g_autoptr(PdDocument) doc = make_pathway ();
  g_autoptr(GArray) plain = pd_find (doc, "therapie");
  g_autoptr(GArray) upper = pd_find (doc, "  THÉRAPIE ");
  g_autoptr(GArray) easy = pd_find (doc, "Your Doctor");
  g_autoptr(GArray) author = pd_find (doc, "amira");

  g_assert_cmpuint (plain->len, ==, 1);
  g_assert_cmpstr (g_array_index (plain, PdFindMatch, 0).id, ==, "cbt");
  g_assert_cmpint (g_array_index (plain, PdFindMatch, 0).field, ==, PD_FIND_TITLE);
  g_assert_cmpuint (upper->len, ==, 1);
  g_assert_cmpuint (easy->len, ==, 1);
  g_assert_cmpstr (g_array_index (easy, PdFindMatch, 0).id, ==, "end");
  g_assert_cmpint (g_array_index (easy, PdFindMatch, 0).field, ==, PD_FIND_EASY_READ);
  g_assert_cmpuint (author->len, ==, 1);
  g_assert_cmpstr (g_array_index (author, PdFindMatch, 0).id, ==, "e2");
}

static void
test_nothing (void)
{
  g_autoptr(PdDocument) doc = make_pathway ();
  g_autoptr(GArray) none = pd_find (doc, "dentist");
  g_autoptr(GArray) blank = pd_find (doc, "   ");
  g_autoptr(GArray) null = pd_find (doc, NULL);
  g_autoptr(PdDocument) empty = pd_document_new ();
  g_autoptr(GArray) in_empty = pd_find (empty, "therapy");
  g_autofree char *folded = pd_find_fold ("Ǆemal Œuvre ﬁt");

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
  g_assert_cmpuint (null->len, ==, 0);
  g_assert_cmpuint (in_empty->len, ==, 0);
  g_assert_cmpstr (folded, ==, "dzemal œuvre fit");
}

static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(PdNode) first = g_list_model_get_item (nodes, 0);
  g_autoptr(GArray) matches = pd_find (doc, pd_node_get_title (first));
  gboolean found = FALSE;

  /* A step is found by its own title, and nothing is found twice. */
  for (guint i = 0; i < matches->len; i++)
    {
      const char *id = g_array_index (matches, PdFindMatch, i).id;

      found |= g_strcmp0 (id, pd_node_get_id (first)) == 0;
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (g_array_index (matches, PdFindMatch, j).id, !=, id);
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/find/order-and-fields", test_order_and_fields);
  g_test_add_func ("/find/case-and-accents", test_case_and_accents);
  g_test_add_func ("/find/nothing", test_nothing);
  test_add_per_example ("/find/example", test_example);
  return g_test_run ();
}
