/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-check.h"
#include "pd-staff.h"
#include "pd-xml-reader.h"
#include "test-common.h"

typedef struct {
  const char *name;
  const char *nodes;     /* id:kind[:agency][:easy] separated by spaces */
  const char *edges;     /* from>to[@likelihood] separated by spaces */
  const char *expected;  /* "E id fragment" or "W id fragment" lines, ';' separated */
} CheckCase;

static PdDocument *
build (const CheckCase *c)
{
  PdDocument *doc = pd_document_new_default ();
  g_auto(GStrv) nodes = g_strsplit (c->nodes, " ", -1);
  g_auto(GStrv) edges = g_strsplit (c->edges, " ", -1);

  for (guint i = 0; nodes[i] && *nodes[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit (nodes[i], ":", -1);
      int kind;
      g_autoptr(PdNode) node = NULL;

      g_assert_true (pd_enum_from_string (PD_TYPE_NODE_KIND, f[1], &kind));
      node = pd_node_new (f[0], kind);
      g_object_set (node, "title", f[0], NULL);
      if (f[2] && *f[2])
        g_object_set (node, "agency-id", f[2], NULL);
      if (!f[2] || !f[3])
        g_object_set (node, "easy-read", "Text.", NULL);
      pd_document_add_node (doc, node);
    }
  for (guint i = 0; edges[i] && *edges[i]; i++)
    {
      g_auto(GStrv) at = g_strsplit (edges[i], "@", 2);
      g_auto(GStrv) ends = g_strsplit (at[0], ">", 2);
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autoptr(PdEdge) edge = pd_edge_new (id, ends[0], ends[1]);

      if (at[1])
        g_object_set (edge, "likelihood", g_ascii_strtod (at[1], NULL), NULL);
      pd_document_add_edge (doc, edge);
    }
  return doc;
}

static void
test_case (gconstpointer data)
{
  const CheckCase *c = data;
  g_autoptr(PdDocument) doc = build (c);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_auto(GStrv) expected = g_strsplit (c->expected, ";", -1);
  guint n_expected = 0;

  pd_check_document (doc, "t.pathway", diagnostics);
  for (guint i = 0; expected[i] && *expected[i]; i++, n_expected++)
    {
      g_auto(GStrv) e = g_strsplit (g_strstrip (expected[i]), " ", 3);
      PdSeverity severity = e[0][0] == 'E' ? PD_SEVERITY_ERROR : PD_SEVERITY_WARNING;
      const char *id = g_str_equal (e[1], "-") ? NULL : e[1];
      gboolean found = FALSE;

      for (guint d = 0; d < diagnostics->len; d++)
        {
          PdDiagnostic *diag = g_ptr_array_index (diagnostics, d);
          found |= diag->severity == severity && g_strcmp0 (diag->object_id, id) == 0
                   && strstr (diag->message, e[2]) != NULL;
        }
      if (!found)
        g_error ("%s: expected “%s”", c->name, expected[i]);
    }
  if (diagnostics->len != n_expected)
    {
      for (guint d = 0; d < diagnostics->len; d++)
        {
          g_autofree char *line = pd_diagnostic_format (g_ptr_array_index (diagnostics, d));
          g_printerr ("%s\n", line);
        }
      g_error ("%s: %u findings, expected %u", c->name, diagnostics->len, n_expected);
    }
}

static const CheckCase cases[] = {
  { "clean", "s:referral:nhs a:assessment:nhs d:discharge:nhs", "s>a a>d", "" },
  { "no-start", "a:assessment:nhs d:discharge:nhs", "a>d", "E - no referral" },
  { "unreachable", "s:referral:nhs a:assessment:nhs x:review:nhs d:discharge:nhs",
    "s>a a>d x>d", "E x cannot be reached" },
  { "dead-end", "s:referral:nhs a:intervention:nhs d:discharge:nhs", "s>a s>d",
    "E a dead end" },
  { "link-may-end", "s:referral:nhs l:link:nhs", "s>l", "" },
  { "decision-one-way", "s:referral:nhs q:decision:nhs d:discharge:nhs", "s>q q>d",
    "E q needs two or more" },
  { "no-agency", "s:referral: d:discharge:nhs", "s>d", "W s has no agency" },
  { "no-easy-read", "s:referral:nhs:- d:discharge:nhs", "s>d", "W s easy-read" },
  { "likelihood-over", "s:referral:nhs q:decision:nhs a:discharge:nhs b:discharge:nhs",
    "s>q q>a@70 q>b@50", "E q more than 100%" },
  { "likelihood-under", "s:referral:nhs q:decision:nhs a:discharge:nhs b:discharge:nhs",
    "s>q q>a@70 q>b@20", "W q not 100%" },
  { "likelihood-partial", "s:referral:nhs q:decision:nhs a:discharge:nhs b:discharge:nhs",
    "s>q q>a@70 q>b", "" },
  { "likelihood-leave", "s:referral:nhs a:intervention:nhs d:discharge:nhs",
    "s>a a>d@78", "" },
  { "likelihood-alongside",
    "s:referral:nhs a:intervention:nhs b:intervention:nhs c:intervention:nhs d:discharge:nhs",
    "s>a a>b@70 a>c@50 b>d c>d", "W d from “a” come to “d” once for each" },
  { "decision-no-likelihoods",
    "s:referral:nhs q:decision:nhs a:discharge:nhs b:discharge:nhs",
    "s>q q>a q>b", "W q no likelihood" },
  { "parallel-offers", "s:referral:nhs a:discharge:nhs b:discharge:nhs", "s>a@100 s>b@60", "" },
  { "endless-loop", "s:referral:nhs a:intervention:nhs r:review:nhs", "s>a a>r r>a",
    "W a way back from “r” to “a”" },
  { "cycle-reachable", "s:referral:nhs a:intervention:nhs r:review:nhs d:discharge:nhs",
    "s>a a>r r>a r>d", "" },
};

/* Where capacity planning needs data: minutes for the sessions, and staff
 * in post under the name of the role they fill. */
static void
test_capacity_data (void)
{
  static const CheckCase c = { "capacity", "s:referral:nhs a:intervention:nhs "
                               "b:intervention:nhs d:discharge:nhs", "s>a a>b b>d", "" };
  g_autoptr(PdDocument) doc = build (&c);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GPtrArray) posts = pd_post_array_new ();
  PdDiagnostic *d;

  g_object_set (pd_document_get_node (doc, "a"), "sessions", 6, "session-minutes", 0,
                "staff-role", "High-intensity therapist", NULL);
  g_object_set (pd_document_get_node (doc, "b"), "sessions", 6, "session-minutes", 60,
                "staff-role", "Counsellor", NULL);
  g_ptr_array_add (posts, pd_post_new ("High-intensity CBT therapist", "nhs", 4));
  g_ptr_array_add (posts, pd_post_new (" counsellor", "nhs", 2));
  g_object_set (doc, "staffing", posts, NULL);
  pd_check_document (doc, "t.pathway", diagnostics);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = pd_diagnostic_format (g_ptr_array_index (diagnostics, i));
      g_printerr ("%s\n", line);
    }
  g_assert_cmpuint (diagnostics->len, ==, 2);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (d->severity, ==, PD_SEVERITY_WARNING);
  g_assert_cmpstr (d->object_id, ==, "a");
  g_assert_nonnull (strstr (d->message, "“a” has sessions but no minutes"));
  d = g_ptr_array_index (diagnostics, 1);
  g_assert_cmpstr (d->object_id, ==, "a");
  g_assert_nonnull (strstr (d->message, "“High-intensity CBT therapist” and the role "
                                        "“High-intensity therapist” nearly match"));
}

static void
test_examples_clean (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();

  pd_check_document (doc, data, diagnostics);
  for (guint d = 0; d < diagnostics->len; d++)
    {
      g_autofree char *line = pd_diagnostic_format (g_ptr_array_index (diagnostics, d));
      g_printerr ("%s\n", line);
    }
  g_assert_cmpuint (diagnostics->len, ==, 0);
}

static void
test_positions (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdNode) node = g_list_model_get_item (pd_document_get_nodes (doc), 1);
  PdDiagnostic *d;
  guint line, column;

  /* A step without easy-read text is reported where the file defines it. */
  g_object_set (node, "easy-read", NULL, NULL);
  pd_check_document (doc, "x.pathway", diagnostics);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_true (pd_document_get_source_position (doc, pd_node_get_id (node), &line, &column));
  g_assert_cmpuint (d->line, ==, line);
  g_assert_cmpuint (d->column, ==, column);
  g_assert_cmpuint (d->line, >, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/check/%s", cases[i].name);
      g_test_add_data_func (name, &cases[i], test_case);
    }
  test_add_per_example ("/check/examples", test_examples_clean);
  g_test_add_func ("/check/positions", test_positions);
  g_test_add_func ("/check/capacity-data", test_capacity_data);
  return g_test_run ();
}
