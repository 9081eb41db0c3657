/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's tables: the columns and rows of `pathway capacity`
 * (--format csv for the steps, --totals for roles and agencies), made of
 * the core's figures. */
#include <string.h>

#include "pd-capacity-table.h"
#include "test-common.h"

static PdCapacity *
figures (PdDocument *document)
{
  g_autoptr(GError) error = NULL;
  PdCapacity *capacity = pd_capacity_new (document, NULL, &error);

  g_assert_no_error (error);
  return capacity;
}

static char *
first_line (const char *text)
{
  const char *end = strchr (text, '\n');

  return end ? g_strndup (text, end - text) : g_strdup (text);
}

/* The command's lines of @path's figures, with `pathway capacity @extra`. */
static GStrv
command_lines (const char *path,
               const char *extra)
{
  const char *argv[7];
  g_autofree char *out = NULL;
  guint n = 0;

  argv[n++] = g_getenv ("PATHWAY_CLI");
  argv[n++] = "capacity";
  argv[n++] = "--format";
  argv[n++] = "csv";
  if (extra)
    argv[n++] = extra;
  argv[n++] = path;
  argv[n] = NULL;
  out = test_run (argv);
  return g_strsplit (out, "\n", -1);
}

/* A row a step and each of its roles, headed as the command heads them,
 * the step's figures in full. */
static void
test_steps (gconstpointer data)
{
  const char *path = data;
  g_autoptr(PdDocument) document = test_load (path);
  g_autoptr(PdCapacity) capacity = figures (document);
  g_autofree char *name = pd_capacity_table_pathway_name (document, path);
  g_autoptr(PdTable) table = pd_capacity_table_steps (capacity, name);
  g_autofree char *csv = pd_table_to_csv (table);
  g_autofree char *header = first_line (csv);
  g_auto(GStrv) lines = command_lines (path, NULL);
  guint rows = 0;

  g_assert_cmpstr (header, ==, lines[0]);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    rows += pd_capacity_get_step (capacity, i)->n_work;
  g_assert_cmpuint (pd_table_get_n_rows (table), ==, rows);
  /* The command's last line is empty: one row of it for each of ours. */
  g_assert_cmpuint (g_strv_length (lines) - 2, ==, rows);
  {
    g_auto(GStrv) csv_lines = g_strsplit (csv, "\n", -1);

    for (guint i = 1; i <= rows; i++)
      {
        /* The same pathway, step, title, agency, role and availability. */
        g_auto(GStrv) ours = g_strsplit (csv_lines[i], ",", 7);
        g_auto(GStrv) theirs = g_strsplit (lines[i], ",", 7);

        for (guint j = 0; j < 6 && !strchr (ours[2], '"'); j++)
          g_assert_cmpstr (ours[j], ==, theirs[j]);
      }
  }
}

/* A row a role and agency, headed as `pathway capacity --totals`. */
static void
test_totals (gconstpointer data)
{
  const char *path = data;
  g_autoptr(PdDocument) document = test_load (path);
  g_autoptr(PdCapacity) capacity = figures (document);
  g_autoptr(PdTable) table = pd_capacity_table_totals (capacity);
  g_autofree char *csv = pd_table_to_csv (table);
  g_autofree char *header = first_line (csv);
  g_auto(GStrv) lines = command_lines (path, "--totals");

  g_assert_cmpstr (header, ==, lines[0]);
  g_assert_cmpuint (pd_table_get_n_rows (table), ==, pd_capacity_get_n_roles (capacity));
  g_assert_cmpuint (g_strv_length (lines) - 2, ==, pd_capacity_get_n_roles (capacity));
}

/* Staff in post given for one role: its cells hold it and its gap; the
 * other roles' are left empty, as the command leaves them. */
static void
test_in_post (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) document = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdCapacity) before = figures (document);
  const PdCapacityRole *busy = NULL;
  g_autoptr(GPtrArray) staffing = pd_post_array_new ();
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdTable) table = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < pd_capacity_get_n_roles (before) && busy == NULL; i++)
    if (pd_capacity_get_role (before, i)->wte > 1)
      busy = pd_capacity_get_role (before, i);
  g_assert_nonnull (busy);
  g_ptr_array_add (staffing, pd_post_new (busy->role, busy->agency_id, 1.0));
  pd_document_set (document, G_OBJECT (document), "staffing", staffing, NULL);
  capacity = figures (document);
  table = pd_capacity_table_totals (capacity);
  csv = pd_table_to_csv (table);
  lines = g_strsplit (csv, "\n", -1);
  for (guint i = 1; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);
      gboolean given = g_str_equal (cells[0], busy->role)
                       && g_str_equal (cells[1], busy->agency_id);

      g_assert_cmpuint (g_strv_length (cells), ==, 12);
      /* wte_in_post, gap_wte. */
      g_assert_cmpint (*cells[8] != '\0', ==, given);
      g_assert_cmpint (*cells[9] != '\0', ==, given);
      if (given)
        {
          g_assert_cmpfloat (g_ascii_strtod (cells[8], NULL), ==, 1.0);
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cells[9], NULL), busy->wte - 1.0,
                                          1e-6);
        }
    }
}

/* A step with two roles has a row for each, with each role's hours. */
static void
test_two_roles (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) document = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(GPtrArray) more = pd_staff_array_new ();
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdTable) table = NULL;
  g_autofree char *csv = NULL;
  const PdCapacityStep *busy = NULL;
  PdNode *node = NULL;
  guint found = 0;

  capacity = figures (document);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity) && node == NULL; i++)
    if (pd_capacity_get_step (capacity, i)->hours > 0)
      node = pd_capacity_get_step (capacity, i)->node;
  g_assert_nonnull (node);
  g_ptr_array_add (more, pd_staff_new ("Peer support worker", NULL, 25));
  pd_document_set (document, G_OBJECT (node), "more-staff", more, NULL);
  g_clear_pointer (&capacity, pd_capacity_free);
  capacity = figures (document);
  busy = pd_capacity_lookup_step (capacity, node);
  g_assert_cmpuint (busy->n_work, ==, 2);
  table = pd_capacity_table_steps (capacity, "p");
  csv = pd_table_to_csv (table);
  {
    g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

    for (guint i = 1; lines[i] && *lines[i]; i++)
      {
        g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

        if (!g_str_equal (cells[1], pd_node_get_id (node)))
          continue;
        g_assert_cmpstr (cells[4], ==, busy->work[found].role);
        g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cells[8], NULL), busy->work[found].hours,
                                        1e-6 * MAX (1, busy->hours));
        found++;
      }
  }
  g_assert_cmpuint (found, ==, 2);
}

/* Named by the pathway's id, else its file, else its title. */
static void
test_pathway_name (void)
{
  g_autoptr(PdDocument) document = pd_document_new_default ();
  g_autofree char *by_title = NULL;
  g_autofree char *by_file = NULL;
  g_autofree char *by_id = NULL;

  pd_document_set (document, G_OBJECT (document), "title", "Memory clinic", NULL);
  pd_document_set (document, G_OBJECT (document), "pathway-id", "", NULL);
  by_title = pd_capacity_table_pathway_name (document, NULL);
  by_file = pd_capacity_table_pathway_name (document, "/some/where/memory.pathway");
  pd_document_set (document, G_OBJECT (document), "pathway-id", "memory", NULL);
  by_id = pd_capacity_table_pathway_name (document, "/some/where/other.pathway");
  g_assert_cmpstr (by_title, ==, "Memory clinic");
  g_assert_cmpstr (by_file, ==, "memory.pathway");
  g_assert_cmpstr (by_id, ==, "memory");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/capacity-table/steps", test_steps);
  test_add_per_example ("/capacity-table/totals", test_totals);
  g_test_add_func ("/capacity-table/in-post", test_in_post);
  g_test_add_func ("/capacity-table/two-roles", test_two_roles);
  g_test_add_func ("/capacity-table/pathway-name", test_pathway_name);
  return g_test_run ();
}
