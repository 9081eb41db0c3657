/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-document.h"
#include "pd-foreign.h"
#include "test-common.h"

#include <string.h>

typedef struct {
  guint position;
  guint removed;
  guint added;
  guint calls;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->calls++;
}

static PdDocument *
make_chain (void)
{
  PdDocument *doc = pd_document_new_default ();
  const char *ids[] = { "a", "b", "c" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PdNode) node = pd_node_new (ids[i], i == 0 ? PD_NODE_KIND_REFERRAL
                                                           : PD_NODE_KIND_INTERVENTION);
      g_object_set (node, "agency-id", "nhs", NULL);
      pd_document_add_node (doc, node);
    }
  for (guint i = 0; i + 1 < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autoptr(PdEdge) edge = pd_edge_new (id, ids[i], ids[i + 1]);
      pd_document_add_edge (doc, edge);
    }
  return doc;
}

static void
test_default_agencies (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  GListModel *agencies = pd_document_get_agencies (doc);
  const char *colours[] = { "#005EB8", "#007A33", "#C75B00", "#C8102E" };
  g_autoptr(GHashTable) cues = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);

      g_assert_cmpstr (pd_agency_get_colour (agency), ==, colours[i]);
      /* Every agency has a cue of its own besides its colour. */
      g_assert_nonnull (pd_agency_get_cue (agency));
      g_assert_false (g_hash_table_contains (cues, pd_agency_get_cue (agency)));
      g_hash_table_add (cues, (gpointer) pd_agency_get_cue (agency));
      g_assert_nonnull (pd_agency_get_name (agency));
    }
  g_assert_nonnull (pd_document_get_agency (doc, "social-care"));
}

static void
test_items_changed (void)
{
  g_autoptr(PdDocument) doc = make_chain ();
  GListModel *nodes = pd_document_get_nodes (doc);
  ItemsChanged record = { 0 };
  g_autoptr(PdNode) node = pd_node_new ("d", PD_NODE_KIND_DISCHARGE);

  g_signal_connect (nodes, "items-changed", G_CALLBACK (on_items_changed), &record);
  pd_document_add_node (doc, node);
  g_assert_cmpuint (record.calls, ==, 1);
  g_assert_cmpuint (record.position, ==, 3);
  g_assert_cmpuint (record.added, ==, 1);
  pd_document_undo (doc);
  g_assert_cmpuint (record.calls, ==, 2);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_null (pd_document_lookup (doc, "d"));
  pd_document_redo (doc);
  g_assert_true (pd_document_get_node (doc, "d") == node);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_property_notify (void)
{
  g_autoptr(PdDocument) doc = make_chain ();
  PdNode *node = pd_document_get_node (doc, "b");
  guint count = 0;

  g_signal_connect (node, "notify::title", G_CALLBACK (count_notify), &count);
  pd_document_set (doc, node, "title", "CBT", NULL);
  pd_document_set (doc, node, "title", "CBT", NULL);
  g_assert_cmpuint (count, ==, 1);
  pd_document_undo (doc);
  g_assert_cmpuint (count, ==, 2);
}

static void
test_remove_node_takes_edges (void)
{
  g_autoptr(PdDocument) doc = make_chain ();
  PdNode *b = pd_document_get_node (doc, "b");
  g_autoptr(PdComment) comment = pd_comment_new ("c1", "b");
  g_autoptr(PdComment) on_edge = pd_comment_new ("c2", "e0");

  pd_document_add_comment (doc, comment);
  pd_document_add_comment (doc, on_edge);
  g_object_ref (b);
  pd_history_seal (pd_document_get_history (doc));
  pd_document_remove_node (doc, b);
  g_assert_null (pd_document_lookup (doc, "b"));
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (doc)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_comments (doc)), ==, 0);

  /* One undo step brings all back, in their places. */
  pd_document_undo (doc);
  g_assert_true (pd_document_get_node (doc, "b") == b);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (doc)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_comments (doc)), ==, 2);
  {
    g_autoptr(PdNode) second = g_list_model_get_item (pd_document_get_nodes (doc), 1);
    g_autoptr(PdEdge) first_edge = g_list_model_get_item (pd_document_get_edges (doc), 0);
    g_assert_true (second == b);
    g_assert_cmpstr (pd_edge_get_id (first_edge), ==, "e0");
  }
  g_object_unref (b);
}

static void
test_remove_agency_in_use (void)
{
  g_autoptr(PdDocument) doc = make_chain ();
  PdAgency *nhs = pd_document_get_agency (doc, "nhs");
  PdAgency *voluntary = pd_document_get_agency (doc, "voluntary");
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_document_remove_agency (doc, nhs, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "3 steps"));
  g_assert_nonnull (pd_document_get_agency (doc, "nhs"));

  g_assert_true (pd_document_remove_agency (doc, voluntary, NULL));
  g_assert_null (pd_document_get_agency (doc, "voluntary"));
  pd_document_undo (doc);
  g_assert_nonnull (pd_document_get_agency (doc, "voluntary"));
}

static void
test_move_agency (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdAgency *primary = pd_document_get_agency (doc, "primary-care");
  GListModel *agencies = pd_document_get_agencies (doc);

  pd_history_seal (pd_document_get_history (doc));
  pd_document_move_agency (doc, primary, 0);
  {
    g_autoptr(PdAgency) first = g_list_model_get_item (agencies, 0);
    g_assert_true (first == primary);
  }
  pd_document_undo (doc);
  {
    g_autoptr(PdAgency) last = g_list_model_get_item (agencies, 3);
    g_assert_true (last == primary);
  }
}

static void
test_make_id (void)
{
  g_autoptr(PdDocument) doc = make_chain ();
  g_autofree char *id = pd_document_make_id (doc, "e");

  g_assert_null (pd_document_lookup (doc, id));
  g_assert_true (g_str_has_prefix (id, "e"));
}

static void
test_copy_keeps_fields (void)
{
  g_autoptr(PdNode) node = pd_node_new ("n1", PD_NODE_KIND_INTERVENTION);
  g_autoptr(PdNode) copy = NULL;
  g_autoptr(GPtrArray) evidence = pd_link_array_new ();
  PdForeign *foreign = pd_foreign_new ();

  g_ptr_array_add (evidence, pd_link_new ("NICE NG222", "https://www.nice.org.uk/guidance/ng222"));
  pd_foreign_add_element (foreign, "<x:a xmlns:x=\"urn:x\"/>");
  pd_object_set_foreign (G_OBJECT (node), foreign);
  g_object_set (node, "title", "CBT", "sessions", 16u, "session-minutes", 60u,
                "availability", PD_AVAILABILITY_PLANNED, "evidence", evidence,
                "x", 12.5, NULL);
  copy = pd_node_copy (node, "n2");
  g_assert_cmpstr (pd_node_get_id (copy), ==, "n2");
  g_assert_cmpstr (pd_node_get_title (copy), ==, "CBT");
  g_assert_cmpuint (pd_node_get_sessions (copy), ==, 16);
  g_assert_cmpuint (pd_node_get_session_minutes (copy), ==, 60);
  g_assert_cmpint (pd_node_get_availability (copy), ==, PD_AVAILABILITY_PLANNED);
  g_assert_cmpfloat (pd_node_get_x (copy), ==, 12.5);
  g_assert_cmpuint (pd_node_get_evidence (copy)->len, ==, 1);
  g_assert_cmpuint (pd_object_get_foreign (G_OBJECT (copy))->elements->len, ==, 1);
}

/* A copy of each example, given foreign content and comments on the file,
 * saves to the same bytes; its own objects and history are its own, so
 * editing it leaves the original as it was. */
static void
test_copy_document (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdDocument) copy = NULL;
  g_autofree char *before = NULL, *copied = NULL, *after = NULL, *edited = NULL;
  const char *comments[] = { " kept with the file ", NULL };
  PdForeign *foreign = pd_foreign_new ();
  g_autoptr(PdNode) first = g_list_model_get_item (pd_document_get_nodes (doc), 0);
  g_autoptr(PdEdge) edge = g_list_model_get_item (pd_document_get_edges (doc), 0);
  g_autoptr(PdAgency) agency = g_list_model_get_item (pd_document_get_agencies (doc), 0);
  PdNode *twin;
  guint line, column, copy_line, copy_column;

  pd_foreign_add_attribute (foreign, "urn:other-tool", "o", "colour-scheme", "dark");
  pd_foreign_add_element (foreign, "<o:note xmlns:o=\"urn:other-tool\">kept</o:note>");
  pd_object_set_foreign (G_OBJECT (doc), foreign);
  pd_document_set_file_comments (doc, comments);
  pd_document_set (doc, first, "title", "Edited before the copy", NULL);
  before = test_write (doc);

  copy = pd_document_copy (doc);
  copied = test_write (copy);
  g_assert_cmpstr (copied, ==, before);
  g_assert_false (pd_document_get_modified (copy));
  g_assert_false (pd_history_can_undo (pd_document_get_history (copy)));
  g_assert_true (pd_document_get_source_position (doc, pd_node_get_id (first), &line, &column));
  g_assert_true (pd_document_get_source_position (copy, pd_node_get_id (first), &copy_line,
                                                  &copy_column));
  g_assert_cmpuint (copy_line, ==, line);
  g_assert_cmpuint (copy_column, ==, column);

  /* Every kind of edit of the copy: the original does not see it. */
  twin = pd_document_get_node (copy, pd_node_get_id (first));
  g_assert_nonnull (twin);
  g_assert_true (twin != first);
  pd_document_set (copy, copy, "title", "The copy's own title", NULL);
  pd_document_set (copy, twin, "title", "Renamed in the copy", "x", pd_node_get_x (twin) + 40,
                   NULL);
  pd_document_set_translation (copy, twin, "title", "cy", "Cam wedi'i ailenwi");
  pd_document_set (copy, pd_document_get_agency (copy, pd_agency_get_id (agency)), "name",
                   "Another agency", NULL);
  pd_document_remove_edge (copy, PD_EDGE (pd_document_lookup (copy, pd_edge_get_id (edge))));
  g_ptr_array_set_size (pd_object_get_foreign (G_OBJECT (copy))->elements, 0);
  edited = test_write (copy);
  g_assert_cmpstr (edited, !=, before);
  after = test_write (doc);
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (pd_document_lookup (doc, pd_edge_get_id (edge)));
  g_assert_cmpstr (pd_node_get_title (first), ==, "Edited before the copy");
}

static void
test_finalize (void)
{
  PdDocument *doc = make_chain ();
  PdNode *b = g_object_ref (pd_document_get_node (doc, "b"));

  pd_document_remove_node (doc, b);
  g_assert_finalize_object (doc);
  /* The history held the removed node; it is gone with the document. */
  g_assert_finalize_object (b);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/default-agencies", test_default_agencies);
  g_test_add_func ("/document/items-changed", test_items_changed);
  g_test_add_func ("/document/notify", test_property_notify);
  g_test_add_func ("/document/remove-node", test_remove_node_takes_edges);
  g_test_add_func ("/document/remove-agency", test_remove_agency_in_use);
  g_test_add_func ("/document/move-agency", test_move_agency);
  g_test_add_func ("/document/make-id", test_make_id);
  g_test_add_func ("/document/copy", test_copy_keeps_fields);
  g_test_add_func ("/document/finalize", test_finalize);
  test_add_per_example ("/document/copy-document", test_copy_document);
  return g_test_run ();
}
