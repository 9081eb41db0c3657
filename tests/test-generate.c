/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-check.h"
#include "pd-generate.h"
#include "pd-xml-reader.h"
#include "test-common.h"

static void
test_shape (gconstpointer data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autoptr(PdDocument) doc = pd_generate_pathway (n, 7, 5);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  GListModel *nodes = pd_document_get_nodes (doc);
  guint referrals = 0, discharges = 0, decisions = 0;

  g_assert_cmpuint (g_list_model_get_n_items (nodes), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_agencies (doc)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_edges (doc)), >=, n - 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      referrals += pd_node_get_kind (node) == PD_NODE_KIND_REFERRAL;
      discharges += pd_node_get_kind (node) == PD_NODE_KIND_DISCHARGE;
      decisions += pd_node_get_kind (node) == PD_NODE_KIND_DECISION;
    }
  g_assert_cmpuint (referrals, ==, 1);
  g_assert_cmpuint (discharges, >=, 1);
  if (n >= 100)
    g_assert_cmpuint (decisions, >, 0);

  /* Shaped like a real pathway: every step reachable, no dead ends. */
  pd_check_document (doc, "generated", diagnostics);
  for (guint d = 0; d < diagnostics->len; d++)
    {
      g_autofree char *line = pd_diagnostic_format (g_ptr_array_index (diagnostics, d));
      g_printerr ("%s\n", line);
    }
  g_assert_cmpuint (pd_diagnostics_count_errors (diagnostics), ==, 0);
}

static void
test_deterministic (void)
{
  g_autoptr(PdDocument) a = pd_generate_pathway (500, 3, 4);
  g_autoptr(PdDocument) b = pd_generate_pathway (500, 3, 4);
  g_autoptr(PdDocument) c = pd_generate_pathway (500, 4, 4);
  g_autofree char *xa = test_write (a);
  g_autofree char *xb = test_write (b);
  g_autofree char *xc = test_write (c);

  g_assert_cmpstr (xa, ==, xb);
  g_assert_cmpstr (xa, !=, xc);
}

static void
test_valid_file (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (2000, 1, 6);
  g_autoptr(GBytes) bytes = pd_xml_write (doc);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) back = pd_xml_read (g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), "generated", diagnostics);

  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_nonnull (back);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (back)), ==, 2000);
}

int
main (int    argc,
      char **argv)
{
  const guint sizes[] = { 2, 3, 10, 37, 100, 1000 };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("/generate/shape/%u", sizes[i]);
      g_test_add_data_func (name, GUINT_TO_POINTER (sizes[i]), test_shape);
    }
  g_test_add_func ("/generate/deterministic", test_deterministic);
  g_test_add_func ("/generate/valid-file", test_valid_file);
  return g_test_run ();
}
