/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `pathway capacity`: its reports, options and errors. */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pd-staff.h"
#include "pd-xml-writer.h"
#include "test-cli.h"

static char *folder;

static PdNode *
step (PdDocument *doc,
      const char *id,
      PdNodeKind  kind,
      guint       sessions,
      guint       minutes,
      const char *role,
      double      x)
{
  g_autoptr(PdNode) node = pd_node_new (id, kind);

  g_object_set (node, "title", id, "sessions", sessions, "session-minutes", minutes,
                "staff-role", role, "agency-id", "nhs", "x", x, NULL);
  pd_document_add_node (doc, node);
  return node;
}

static void
way (PdDocument *doc,
     const char *from,
     const char *to,
     double      likelihood)
{
  g_autofree char *id = g_strdup_printf ("%s-%s", from, to);
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);

  g_object_set (edge, "likelihood", likelihood, NULL);
  pd_document_add_edge (doc, edge);
}

static char *
save (PdDocument *doc,
      const char *name)
{
  g_autoptr(GBytes) bytes = pd_xml_write (doc);
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  return path;
}

/* Referral (400 a year) → a quarter to a group of 8 (6 × 120 min, two
 * staff: a therapist 60%, an assistant the rest) → discharge; the rest to
 * counselling in groups of 7 (8 × 50 min), not yet offered. */
static char *
make_talking (const char *role)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) more = pd_staff_array_new ();
  g_autoptr(GPtrArray) posts = pd_post_array_new ();
  PdNode *group, *counselling;

  g_object_set (doc, "pathway-id", "talking", "title", "Talking", "referrals-per-year", 400,
                NULL);
  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL, 0);
  group = step (doc, "Group", PD_NODE_KIND_INTERVENTION, 6, 120, role, 200);
  counselling = step (doc, "Counselling", PD_NODE_KIND_INTERVENTION, 8, 50, "Counsellor", 200);
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL, 400);
  g_ptr_array_add (more, pd_staff_new ("Assistant", NULL, PD_STAFF_SHARE_UNSET));
  g_object_set (group, "group-size", 8, "staff-per-session", 2.0, "staff-share", 60.0,
                "more-staff", more, NULL);
  g_object_set (counselling, "availability", PD_AVAILABILITY_NOT_OFFERED, "group-size", 7, NULL);
  way (doc, "R", "Group", 25);
  way (doc, "R", "Counselling", PD_LIKELIHOOD_UNSET);
  way (doc, "Group", "D", PD_LIKELIHOOD_UNSET);
  way (doc, "Counselling", "D", PD_LIKELIHOOD_UNSET);
  g_ptr_array_add (posts, pd_post_new (role, "nhs", 0.1));
  g_object_set (doc, "staffing", posts, NULL);
  return save (doc, role[0] == 'T' ? "talking.pathway" : "other.pathway");
}

static void
test_csv (void)
{
  g_autofree char *path = make_talking ("Therapist");
  g_auto(Run) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run (&r, "capacity", "--format", "csv", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "pathway,step,title,agency,role,availability,people_per_year,"
                                 "sessions_per_year,staff_hours_per_year");
  /* In reading order R, Counselling, D, Group (two roles), and the empty
   * string after the last line break. */
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  g_assert_cmpstr (lines[1], ==, "talking,R,R,nhs,,offered,400.000,0.000,0.000");
  /* 100 people, 75 sessions, 300 staff hours: 180 and 120. */
  g_assert_cmpstr (lines[4], ==, "talking,Group,Group,nhs,Therapist,offered,100.000,75.000,"
                                 "180.000");
  g_assert_cmpstr (lines[5], ==, "talking,Group,Group,nhs,Assistant,offered,100.000,75.000,"
                                 "120.000");
  /* 300 people × 8 ÷ 7 sessions of 50 minutes, unrounded. */
  g_assert_cmpstr (lines[2], ==, "talking,Counselling,Counselling,nhs,Counsellor,not-offered,"
                                 "300.000,342.857142857143,285.714285714286");
}

/* A title a spreadsheet would take for a formula is written as text, and
 * -o FILE.ods writes an OpenDocument spreadsheet (its mimetype stored first,
 * as the format requires); a folder that does not exist is an error that
 * leaves nothing behind. */
static void
test_formula_and_spreadsheet (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autofree char *path = NULL;
  g_autofree char *ods = g_build_filename (folder, "figures.ods", NULL);
  g_autofree char *nowhere = g_build_filename (folder, "no-such-folder", "figures.ods", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_auto(Run) r = { 0 };
  g_auto(Run) s = { 0 };
  g_auto(Run) t = { 0 };
  PdNode *node;

  g_object_set (doc, "referrals-per-year", 10, NULL);
  node = step (doc, "R", PD_NODE_KIND_REFERRAL, 1, 30, "=HYPERLINK(\"x\")", 0);
  g_object_set (node, "title", "=1+1", NULL);
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL, 200);
  way (doc, "R", "D", 100);
  path = save (doc, "formula.pathway");

  run (&r, "capacity", "--format", "csv", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, ",R,'=1+1,nhs,\"'=HYPERLINK(\"\"x\"\")\",offered,"));
  g_assert_null (strstr (r.out, ",=1+1,"));

  run (&s, "capacity", "-o", ods, path, NULL);
  g_assert_cmpint (s.status, ==, 0);
  g_assert_true (g_file_get_contents (ods, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 38 + 46);
  g_assert_true (memcmp (contents, "PK\003\004", 4) == 0);
  g_assert_true (memcmp (contents + 30, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
                         8 + 46) == 0);

  run (&t, "capacity", "-o", nowhere, path, NULL);
  g_assert_cmpint (t.status, !=, 0);
  g_assert_nonnull (strstr (t.err, "figures.ods"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_unlink (ods);
}

/* '.' in the numbers in a German locale, where printf writes ','. */
static void
test_csv_locale (void)
{
  g_autofree char *path = make_talking ("Therapist");
  g_auto(Run) r = { 0 };
  const char *old = g_getenv ("LC_ALL");
  g_autofree char *saved = g_strdup (old);

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("no de_DE.UTF-8 locale");
      return;
    }
  setlocale (LC_ALL, "C");
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  run (&r, "capacity", "--format", "csv", path, NULL);
  if (saved)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, ",342.857142857143,285.714285714286\n"));
  g_assert_null (strstr (r.out, "285,7"));
}

static void
test_text (void)
{
  g_autofree char *path = make_talking ("Therapist");
  g_auto(Run) r = { 0 };
  const char *unmet;

  run (&r, "capacity", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "people a year"));
  g_assert_nonnull (strstr (r.out, "hours a year"));
  g_assert_nonnull (strstr (r.out, "WTE"));
  unmet = strstr (r.out, "Unmet need");
  g_assert_nonnull (unmet);
  /* Counselling is listed apart, after the steps offered. */
  g_assert_nonnull (strstr (unmet, "Counselling"));
  g_assert_true (strstr (r.out, "Counselling") == strstr (unmet, "Counselling"));
  /* 180 hours = 0.178 WTE needed against 0.10 in post. */
  g_assert_nonnull (strstr (r.out, "Staffing against staff in post"));
  g_assert_nonnull (strstr (r.out, "+0.08"));
  g_assert_nonnull (strstr (r.out, "178%"));
}

static void
test_json_and_what_if (void)
{
  g_autofree char *path = make_talking ("Therapist");
  g_auto(Run) r = { 0 };

  run (&r, "capacity", "--format", "json", "--referrals", "600", "--hours-per-wte", "1000",
       path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "{\n  \"pathways\": ["));
  g_assert_nonnull (strstr (r.out, "\"id\": \"Group\", \"title\": \"Group\", \"agency\": \"nhs\", "
                                   "\"availability\": \"offered\", \"arrivals_per_year\": 0.000, "
                                   "\"people_per_year\": 150.000"));
  g_assert_nonnull (strstr (r.out, "{ \"role\": \"Therapist\", \"agency\": \"nhs\", "
                                   "\"people_per_year\": 90.000, "
                                   "\"staff_hours_per_year\": 270.000, \"wte\": 0.270"));
  g_assert_nonnull (strstr (r.out, "\"wte_in_post\": 0.100"));
  g_assert_true (g_str_has_suffix (r.out, "}\n"));
}

/* Two pathways, the same role spelt two ways: one row of the totals. */
static void
test_totals (void)
{
  g_autofree char *a = make_talking ("Therapist");
  g_autofree char *b = make_talking (" THERAPIST");
  g_autofree char *out = g_build_filename (folder, "totals.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(Run) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run (&r, "capacity", "--totals", "-o", out, a, b, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "role,agency,people_per_year,"));
  /* Counsellor, Therapist, Assistant, and the empty string at the end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[2], ==, "Therapist,nhs,120.000,360.000,0.355555555555556,0.000,0.000,"
                                 "0.000,0.200,0.155555555555556,1.77777777777778,"
                                 "52.500");
}

static void
test_loop_error (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autofree char *path = NULL, *prefix = NULL;
  g_auto(Run) r = { 0 };

  g_object_set (doc, "referrals-per-year", 10, NULL);
  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL, 0);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 0, 0, NULL, 200);
  step (doc, "Review", PD_NODE_KIND_REVIEW, 0, 0, NULL, 400);
  way (doc, "R", "CBT", PD_LIKELIHOOD_UNSET);
  way (doc, "CBT", "Review", PD_LIKELIHOOD_UNSET);
  way (doc, "Review", "CBT", PD_LIKELIHOOD_UNSET);
  path = save (doc, "loop.pathway");
  run (&r, "capacity", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  prefix = g_strdup_printf ("%s:", path);
  g_assert_true (g_str_has_prefix (r.err, prefix));
  g_assert_true (g_ascii_isdigit (r.err[strlen (prefix)]));
  g_assert_nonnull (strstr (r.err, ": error: "));
  g_assert_nonnull (strstr (r.err, "way back from “Review” to “CBT”"));
  g_assert_cmpstr (r.out, ==, "");
}

static void
test_usage (void)
{
  g_autofree char *path = make_talking ("Therapist");
  g_auto(Run) format = { 0 }, referrals = { 0 }, none = { 0 }, totals = { 0 }, help = { 0 };
  g_auto(Run) same = { 0 };

  run (&format, "capacity", "--format", "xml", path, NULL);
  g_assert_cmpint (format.status, ==, 2);
  run (&referrals, "capacity", "--referrals", "-5", path, NULL);
  g_assert_cmpint (referrals.status, ==, 2);
  run (&none, "capacity", NULL);
  g_assert_cmpint (none.status, ==, 2);
  run (&totals, "capacity", "--totals", "--format", "json", path, NULL);
  g_assert_cmpint (totals.status, ==, 2);
  run (&same, "capacity", "-o", path, path, NULL);
  g_assert_cmpint (same.status, ==, 2);
  run (&help, "--help", NULL);
  g_assert_nonnull (strstr (help.out, "capacity"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  folder = g_dir_make_tmp ("capacity-XXXXXX", NULL);

  g_test_add_func ("/cli/capacity/csv", test_csv);
  g_test_add_func ("/cli/capacity/csv-locale", test_csv_locale);
  g_test_add_func ("/cli/capacity/formula-and-spreadsheet", test_formula_and_spreadsheet);
  g_test_add_func ("/cli/capacity/text", test_text);
  g_test_add_func ("/cli/capacity/json", test_json_and_what_if);
  g_test_add_func ("/cli/capacity/totals", test_totals);
  g_test_add_func ("/cli/capacity/loop", test_loop_error);
  g_test_add_func ("/cli/capacity/usage", test_usage);
  status = g_test_run ();
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(GFileEnumerator) files = g_file_enumerate_children (dir, "standard::name",
                                                                G_FILE_QUERY_INFO_NONE,
                                                                NULL, NULL);
  for (GFileInfo *info; files && (info = g_file_enumerator_next_file (files, NULL, NULL));)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));
      g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_rmdir (folder);
  g_free (folder);
  return status;
}
