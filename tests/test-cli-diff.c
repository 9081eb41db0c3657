/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway diff: its exit statuses and its three reports. */
#include <string.h>
#include <libxml/parser.h>

#include "test-cli.h"

static char *
data_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".pathway", NULL);

  return source_path ("tests", "data", "diff", file, NULL);
}

static void
test_exit_status (void)
{
  g_autofree char *base = data_path ("base");
  g_autofree char *changed = data_path ("changed-step");
  g_autofree char *moved = data_path ("moved");
  g_autofree char *broken = g_build_filename (g_get_tmp_dir (), "diff-broken.pathway", NULL);
  g_auto(Run) same = { 0 };
  g_auto(Run) different = { 0 };
  g_auto(Run) ignored = { 0 };
  g_auto(Run) error = { 0 };
  g_auto(Run) usage = { 0 };

  run (&same, "diff", base, base, NULL);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_cmpstr (same.out, ==, "No differences.\n");
  run (&different, "diff", base, changed, NULL);
  g_assert_cmpint (different.status, ==, 1);
  g_assert_cmpstr (different.out, ==, "Step “CBT” changed: sessions 8 → 12\n");
  run (&ignored, "diff", "--ignore-moves", base, moved, NULL);
  g_assert_cmpint (ignored.status, ==, 0);

  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?>\n<pathway\n", -1, NULL));
  run (&error, "diff", base, broken, NULL);
  g_assert_cmpint (error.status, ==, 2);
  g_assert_true (g_str_has_prefix (error.err, broken));
  g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: error", error.err, 0, 0));
  g_unlink (broken);

  run (&usage, "diff", "--format", "csv", base, changed, NULL);
  g_assert_cmpint (usage.status, ==, 2);
}

/* Moved-only steps come last, under a heading of their own. */
static void
test_text_moves_apart (void)
{
  g_autofree char *base = data_path ("base");
  g_autofree char *moved = data_path ("moved");
  g_auto(Run) r = { 0 };

  run (&r, "diff", base, moved, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "Moved only:\nStep “CBT” moved: x 480 → 500; y 40 → 20\n");
}

/* The JSON report read back by Python's parser: the fields as documented. */
static void
test_json (void)
{
  g_autofree char *base = data_path ("base");
  g_autofree char *easy = data_path ("easy-read");
  g_autofree char *json = g_build_filename (g_get_tmp_dir (), "diff-report.json", NULL);
  const char *script =
    "import json, sys\n"
    "d = json.load(open(sys.argv[1]))\n"
    "c = d['changes'][0]\n"
    "f = c['fields'][0]\n"
    "print(d['equal'], c['subject'], c['change'], c['id'], c['old_id'], c['name'],"
    " f['field'], f['lang'], f['old'], f['new'], sep='|')\n";
  g_auto(Run) r = { 0 };
  g_autofree char *out = NULL;
  const char *argv[] = { "python3", "-c", script, json, NULL };

  if (!test_have_program ("python3"))
    {
      g_test_skip ("python3 is needed to read the JSON back");
      return;
    }
  run (&r, "diff", "--format", "json", "-o", json, base, easy, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  out = test_run (argv);
  g_assert_cmpstr (out, ==, "False|step|changed|assess|assess|Assessment|easy-read|cy|"
                            "Mae gweithiwr yn siarad â chi.|Mae gweithiwr yn siarad gyda chi.\n");
  g_unlink (json);
}

/* The web page is well-formed XML, names its language, has headings and
 * tables with headers, says added or removed in words and fetches
 * nothing. */
static void
test_html (void)
{
  g_autofree char *base = data_path ("base");
  g_autofree char *removed = data_path ("removed-step");
  g_auto(Run) r = { 0 };
  xmlDocPtr doc;

  run (&r, "diff", "--format", "html", base, removed, NULL);
  g_assert_cmpint (r.status, ==, 1);
  doc = xmlReadMemory (r.out, strlen (r.out), "diff.html", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
  g_assert_nonnull (strstr (r.out, "<html lang=\"en\""));
  g_assert_nonnull (strstr (r.out, "<h1>"));
  g_assert_nonnull (strstr (r.out, "<h2>Steps</h2>"));
  g_assert_nonnull (strstr (r.out, "<h2>Transitions</h2>"));
  g_assert_nonnull (strstr (r.out, "<th scope=\"col\">Change</th>"));
  g_assert_nonnull (strstr (r.out, "<th scope=\"row\" rowspan=\"1\">Group course</th>"
                                   "<td rowspan=\"1\" class=\"removed\">Removed</td>"));
  g_assert_null (strstr (r.out, "<script"));
  g_assert_null (strstr (r.out, "src="));
  g_assert_null (strstr (r.out, "href="));
  g_assert_null (strstr (r.out, "url("));
}

static void
test_html_fields (void)
{
  g_autofree char *base = data_path ("base");
  g_autofree char *field = data_path ("pathway-field");
  g_auto(Run) r = { 0 };

  run (&r, "diff", "--format", "html", base, field, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, "<td>status</td><td><del>draft</del></td>"
                                   "<td><ins>approved</ins></td>"));
}

static void
test_listed_in_help (void)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) own = { 0 };
  g_autofree char *base = data_path ("base");

  run (&r, "--help", NULL);
  g_assert_nonnull (strstr (r.out, "  diff "));
  run (&own, "diff", "-o", base, base, base, NULL);
  g_assert_cmpint (own.status, ==, 2);
  g_assert_nonnull (strstr (own.err, "would destroy the input"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/diff/exit-status", test_exit_status);
  g_test_add_func ("/cli/diff/text-moves-apart", test_text_moves_apart);
  g_test_add_func ("/cli/diff/json", test_json);
  g_test_add_func ("/cli/diff/html", test_html);
  g_test_add_func ("/cli/diff/html-fields", test_html_fields);
  g_test_add_func ("/cli/diff/listed-in-help", test_listed_in_help);
  return g_test_run ();
}
