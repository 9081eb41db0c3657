/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `pathway capacity --simulate`: its reports, options and errors. */
#include <string.h>

#include "pd-staff.h"
#include "pd-xml-writer.h"
#include "test-cli.h"

static char *folder;

static void
step (PdDocument *doc,
      const char *id,
      PdNodeKind  kind,
      guint       sessions,
      guint       minutes,
      const char *role)
{
  g_autoptr(PdNode) node = pd_node_new (id, kind);

  g_object_set (node, "title", id, "sessions", sessions, "session-minutes", minutes,
                "staff-role", role, "agency-id", "nhs", NULL);
  pd_document_add_node (doc, node);
}

/* 300 people a year for 10 hours each of one therapist, who gives 1012.5
 * hours a year: a queue that grows by about 200 a year. */
static char *
make_short_staffed (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) posts = pd_post_array_new ();
  g_autoptr(PdEdge) edge = pd_edge_new ("e1", "R", "Therapy");
  g_autoptr(GBytes) bytes = NULL;
  char *path = g_build_filename (folder, "short.pathway", NULL);

  g_object_set (doc, "pathway-id", "short", "title", "Short-staffed", "referrals-per-year", 300,
                NULL);
  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "Therapy", PD_NODE_KIND_INTERVENTION, 10, 60, "Therapist");
  pd_document_add_edge (doc, edge);
  g_ptr_array_add (posts, pd_post_new ("Therapist", NULL, 1));
  g_object_set (doc, "staffing", posts, NULL);
  bytes = pd_xml_write (doc);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  return path;
}

/* The linear model's report, then the simulation's: people a year, waits,
 * and the queue at the end of each year, growing. */
static void
test_text (void)
{
  g_autofree char *path = make_short_staffed ();
  g_auto(Run) r = { 0 };
  const char *simulated, *queues, *row;
  g_autofree char *line = NULL;
  g_auto(GStrv) numbers = NULL;
  guint year = 1;

  run (&r, "capacity", "--simulate", "5", "--seed", "3", "--arrivals", "fixed", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  simulated = strstr (r.out, "Simulated for 5 years, the first a warm-up");
  g_assert_nonnull (simulated);
  g_assert_nonnull (strstr (simulated, "seed 3; people arriving evenly spaced"));
  g_assert_true (strstr (r.out, "Staffing against staff in post") < simulated);
  g_assert_nonnull (strstr (simulated, "median wait"));
  queues = strstr (simulated, "People waiting at the end of the year");
  g_assert_nonnull (queues);
  row = strstr (queues, "\n  Therapy ");
  g_assert_nonnull (row);
  line = g_strndup (row + 10, strcspn (row + 1, "\n") - 9);
  numbers = g_strsplit (g_strstrip (line), " ", -1);
  /* About 199, 397, 596, 795, 994: (300 − 101.25) a year. */
  for (guint n = 0; numbers[n]; n++)
    if (*numbers[n])
      {
        g_assert_cmpint (ABS ((int) g_ascii_strtoll (numbers[n], NULL, 10)
                              - (int) (198.75 * year)), <=, 2);
        year++;
      }
  g_assert_cmpuint (year, ==, 6);
}

static void
test_seed (void)
{
  g_autofree char *path = make_short_staffed ();
  g_auto(Run) a = { 0 }, b = { 0 }, c = { 0 };

  run (&a, "capacity", "--simulate", "4", "--seed", "11", path, NULL);
  run (&b, "capacity", "--simulate", "4", "--seed", "11", path, NULL);
  run (&c, "capacity", "--simulate", "4", "--seed", "12", path, NULL);
  g_assert_cmpint (a.status, ==, 0);
  g_assert_cmpstr (a.out, ==, b.out);
  g_assert_cmpstr (a.out, !=, c.out);
}

/* The report's JSON object gains "simulation", with a queue for each month. */
static void
test_json (void)
{
  g_autofree char *path = make_short_staffed ();
  g_autofree char *out = g_build_filename (folder, "sim.json", NULL);
  g_autofree char *checked = NULL;
  g_auto(Run) r = { 0 };
  const char *python[] = {
    "python3", "-c",
    "import json, sys\n"
    "d = json.load(open(sys.argv[1]))\n"
    "s = d['simulation']\n"
    "steps = s['pathways'][0]['steps']\n"
    "print(d['pathways'][0]['file'] == s['pathways'][0]['file'], s['years'], s['seed'],\n"
    "      s['arrivals'], [x['id'] for x in steps], steps[0]['queue_by_month'],\n"
    "      len(steps[1]['queue_by_month']), steps[1]['median_wait_days'] > 100)",
    out, NULL
  };

  run (&r, "capacity", "--simulate", "3", "--seed", "7", "--format", "json", "-o", out, path,
       NULL);
  g_assert_cmpint (r.status, ==, 0);
  if (!test_have_program ("python3"))
    {
      g_test_skip ("no python3 to read the JSON");
      return;
    }
  checked = test_run (python);
  g_assert_cmpstr (checked, ==, "True 3 7 poisson ['R', 'Therapy'] None 36 True\n");
}

/* CSV: the simulation's table alone, one header line and a row a step. */
static void
test_csv (void)
{
  g_autofree char *path = make_short_staffed ();
  g_auto(Run) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run (&r, "capacity", "--simulate", "3", "--format", "csv", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "pathway,step,title,linear_people_per_year,people_per_year,"
                                 "served_per_year,median_wait_days,p90_wait_days,waiting_at_end");
  g_assert_true (g_str_has_prefix (lines[1], "short,R,R,300.000,"));
  g_assert_true (g_str_has_prefix (lines[2], "short,Therapy,Therapy,300.000,"));
  g_assert_cmpstr (lines[3], ==, "");
}

static void
test_usage (void)
{
  g_autofree char *path = make_short_staffed ();
  const char *wrong[][4] = {
    { "--simulate", "1", NULL },
    { "--simulate", "101", NULL },
    { "--simulate", "ten", NULL },
    { "--seed", "4", NULL },
    { "--arrivals", "fixed", NULL },
    { "--simulate", "5", "--arrivals", "weekly" },
    { "--simulate", "5", "--seed", "-1" },
    { "--simulate", "5", "--totals", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(Run) r = { 0 };

      if (wrong[i][2] != NULL)
        run (&r, "capacity", wrong[i][0], wrong[i][1], wrong[i][2], wrong[i][3], path, NULL);
      else
        run (&r, "capacity", wrong[i][0], wrong[i][1], path, NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  folder = g_dir_make_tmp ("simulate-XXXXXX", NULL);
  g_test_add_func ("/cli/simulate/text", test_text);
  g_test_add_func ("/cli/simulate/seed", test_seed);
  g_test_add_func ("/cli/simulate/json", test_json);
  g_test_add_func ("/cli/simulate/csv", test_csv);
  g_test_add_func ("/cli/simulate/usage", test_usage);
  status = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);

    for (const char *name; dir && (name = g_dir_read_name (dir));)
      {
        g_autofree char *file = g_build_filename (folder, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (folder);
  g_free (folder);
  return status;
}
