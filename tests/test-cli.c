/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The `pathway` command: exit statuses, messages, outputs. */
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "test-cli.h"

static void
test_usage (void)
{
  g_auto(Run) none = { 0 }, help = { 0 }, version = { 0 }, unknown = { 0 }, no_file = { 0 };
  g_auto(Run) bad_option = { 0 };

  run (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);
  run (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  for (const char *const *c = (const char *const[]) { "validate", "check", "normalize",
                                                      "generate", NULL }; *c; c++)
    g_assert_nonnull (strstr (help.out, *c));
  run (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "pathway "));
  run (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  run (&no_file, "validate", NULL);
  g_assert_cmpint (no_file.status, ==, 2);
  run (&bad_option, "validate", "--no-such-option", "x", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
}

static void
test_validate (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *xxe = source_path ("tests", "data", "hostile", "xxe-file.pathway", NULL);
  g_autofree char *prefix = g_strdup_printf ("%s:2:", xxe);
  g_auto(Run) ok = { 0 }, bad = { 0 }, mixed = { 0 };

  run (&ok, "validate", g_ptr_array_index (paths, 0), g_ptr_array_index (paths, 1), NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "valid"));
  run (&bad, "validate", xxe, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, prefix));
  g_assert_nonnull (strstr (bad.err, ": error: "));
  g_assert_null (strstr (bad.err, "root:"));
  g_assert_null (strstr (bad.out, "root:"));
  /* One bad file among good ones fails the run, and the good are still read. */
  run (&mixed, "validate", g_ptr_array_index (paths, 0), xxe, NULL);
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_nonnull (strstr (mixed.out, "1 valid, 1 invalid"));
}

static void
test_check (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-cli-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.pathway", NULL);
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdNode) orphan = pd_node_new ("orphan", PD_NODE_KIND_INTERVENTION);
  g_auto(Run) clean = { 0 }, failing = { 0 }, strict = { 0 };

  run (&clean, "check", g_ptr_array_index (paths, 0), NULL);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_nonnull (strstr (clean.out, "0 errors, 0 warnings"));

  g_object_set (orphan, "title", "Orphan step", NULL);
  pd_document_add_node (doc, orphan);
  g_assert_true (pd_file_save (doc, broken, NULL, NULL, NULL));
  run (&failing, "check", broken, NULL);
  g_assert_cmpint (failing.status, ==, 1);
  g_assert_nonnull (strstr (failing.err, "Orphan step"));
  g_assert_nonnull (strstr (failing.err, "cannot be reached"));
  /* The position of the step in the file. */
  g_assert_true (g_str_has_prefix (failing.err, broken));
  g_assert_true (g_ascii_isdigit (failing.err[strlen (broken) + 1]));
  run (&strict, "check", "--strict", g_ptr_array_index (paths, 0), NULL);
  g_assert_cmpint (strict.status, ==, 0);
  g_unlink (broken);
  g_rmdir (dir);
}

static void
test_normalize (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-cli-XXXXXX", NULL);
  g_autofree char *messy = g_build_filename (dir, "messy.pathway", NULL);
  g_autofree char *out = g_build_filename (dir, "out.pathway", NULL);
  g_autofree char *canonical = NULL;
  g_autofree char *xxe = source_path ("tests", "data", "hostile", "xxe-file.pathway", NULL);
  const char *xml =
    "<pathway format-version='1' id='p' xmlns='https://pathwaydesigner.org/ns/pathway'>"
    "<title>Messy</title><agencies/><nodes><node y='2.500' x='1.0' kind='referral' id='a'>"
    "<title>A</title></node></nodes><edges/></pathway>";
  g_auto(Run) to_stdout = { 0 }, to_file = { 0 }, again = { 0 }, hostile = { 0 };

  g_assert_true (g_file_set_contents (messy, xml, -1, NULL));
  run (&to_stdout, "normalize", messy, NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_nonnull (strstr (to_stdout.out, "<node id=\"a\" kind=\"referral\" x=\"1\" y=\"2.5\">"));
  run (&to_file, "normalize", messy, "-o", out, NULL);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &canonical, NULL, NULL));
  g_assert_cmpstr (canonical, ==, to_stdout.out);
  run (&again, "normalize", out, NULL);
  g_assert_cmpstr (again.out, ==, canonical);
  run (&hostile, "normalize", xxe, "-o", out, NULL);
  g_assert_cmpint (hostile.status, ==, 1);
  /* A refused input leaves the output as it was. */
  {
    g_autofree char *still = NULL;
    g_assert_true (g_file_get_contents (out, &still, NULL, NULL));
    g_assert_cmpstr (still, ==, canonical);
  }
  g_unlink (messy);
  g_unlink (out);
  g_rmdir (dir);
}

static void
test_generate (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-cli-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.pathway", NULL);
  g_autofree char *b = g_build_filename (dir, "b.pathway", NULL);
  g_autofree char *ca = NULL, *cb = NULL;
  g_auto(Run) ra = { 0 }, rb = { 0 }, valid = { 0 }, missing = { 0 }, bad = { 0 }, small = { 0 };

  run (&ra, "generate", "--nodes", "300", "--seed", "5", "-o", a, NULL);
  g_assert_cmpint (ra.status, ==, 0);
  run (&rb, "generate", "--nodes", "300", "--seed", "5", "-o", b, NULL);
  g_assert_true (g_file_get_contents (a, &ca, NULL, NULL));
  g_assert_true (g_file_get_contents (b, &cb, NULL, NULL));
  g_assert_cmpstr (ca, ==, cb);
  run (&valid, "validate", a, NULL);
  g_assert_cmpint (valid.status, ==, 0);
  g_assert_nonnull (strstr (valid.out, "300 steps"));
  run (&missing, "generate", "-o", a, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  run (&bad, "generate", "--nodes", "lots", "-o", a, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  run (&small, "generate", "--nodes", "1", "-o", a, NULL);
  g_assert_cmpint (small.status, ==, 2);
  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
}

static void
test_export (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-cli-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "batch", NULL);
  g_autofree char *xxe = source_path ("tests", "data", "hostile", "xxe-file.pathway", NULL);
  const char *formats[] = { "svg", "png", "pdf" };
  const char *magic[] = { "<?xml", "\x89PNG", "%PDF" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *out = g_strdup_printf ("%s/one.%s", dir, formats[i]);
      g_autofree char *contents = NULL;
      g_auto(Run) r = { 0 };

      run (&r, "export", g_ptr_array_index (paths, 0), "-o", out, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, magic[i]));
      g_unlink (out);
    }
  {
    /* Several inputs: a folder of outputs, with progress. */
    g_auto(Run) r = { 0 };
    run (&r, "export", "--format", "png", "--scale", "0.5", "-o", folder,
         g_ptr_array_index (paths, 0), g_ptr_array_index (paths, 1), NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.err, "[2/2]"));
    g_assert_nonnull (strstr (r.err, "2 exported, 0 failed"));
    for (guint i = 0; i < 2; i++)
      {
        g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
        g_autofree char *png = NULL;
        g_autofree char *out = NULL;

        *strrchr (base, '.') = '\0';
        png = g_strdup_printf ("%s.png", base);
        out = g_build_filename (folder, png, NULL);
        g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
        g_unlink (out);
      }
    g_rmdir (folder);
  }
  {
    /* A refused input writes nothing; the batch goes on and fails. */
    g_autofree char *out = g_strdup_printf ("%s/bad.svg", dir);
    g_auto(Run) r = { 0 }, usage = { 0 }, scale = { 0 }, page = { 0 };

    run (&r, "export", xxe, "-o", out, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    run (&usage, "export", g_ptr_array_index (paths, 0), "-o", "out.doc", NULL);
    g_assert_cmpint (usage.status, ==, 2);
    run (&scale, "export", g_ptr_array_index (paths, 0), "-o", out, "--scale", "0", NULL);
    g_assert_cmpint (scale.status, ==, 2);
    run (&page, "export", g_ptr_array_index (paths, 0), "-o", out, "--page", "letter", NULL);
    g_assert_cmpint (page.status, ==, 2);
  }
  g_rmdir (dir);
}

/* --details: each step's sessions, duration and role, as text in the SVG;
 * without it, none; --help tells of it. */
static void
test_export_details (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-cli-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.svg", NULL);
  g_autofree char *detailed = g_build_filename (dir, "detailed.svg", NULL);
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_auto(Run) on = { 0 }, off = { 0 }, help = { 0 };

  run (&on, "export", "--details", g_ptr_array_index (paths, 0), "-o", detailed, NULL);
  g_assert_cmpint (on.status, ==, 0);
  run (&off, "export", g_ptr_array_index (paths, 0), "-o", plain, NULL);
  g_assert_cmpint (off.status, ==, 0);
  g_assert_true (g_file_get_contents (detailed, &with, NULL, NULL));
  g_assert_true (g_file_get_contents (plain, &without, NULL, NULL));
  /* The stepped-care example's individual CBT: 16 sessions over about 16
   * weeks with a high-intensity therapist. */
  g_assert_nonnull (strstr (with, ">16 sessions<"));
  g_assert_nonnull (strstr (with, ">about 16 weeks<"));
  g_assert_nonnull (strstr (with, ">High-intensity therapist<"));
  g_assert_null (strstr (without, "sessions<"));
  g_assert_null (strstr (without, ">High-intensity therapist<"));
  run (&help, "export", "--help", NULL);
  g_assert_nonnull (strstr (help.out, "--details"));
  g_unlink (plain);
  g_unlink (detailed);
  g_rmdir (dir);
}

/* --flow: people a year from the capacity model as text in the SVG, and in
 * PNG and PDF too; without referrals it says why and draws none; --help
 * tells of it. */
static void
test_export_flow (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-cli-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "flow.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "flow.png", NULL);
  g_autofree char *plain_png = g_build_filename (dir, "plain.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "flow.pdf", NULL);
  g_autofree char *nobody = g_build_filename (dir, "nobody.pathway", NULL);
  g_autofree char *nobody_svg = g_build_filename (dir, "nobody.svg", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *png_with = NULL;
  g_autofree char *png_without = NULL;
  gsize png_with_length, png_without_length;
  g_autoptr(GRegex) referrals = g_regex_new (" referrals-per-year=\"[0-9]+\"", 0, 0, NULL);
  g_autofree char *no_referrals = NULL;
  g_auto(Run) on = { 0 }, bitmap = { 0 }, plain = { 0 }, paper = { 0 }, none = { 0 };
  g_auto(Run) help = { 0 };

  run (&on, "export", "--flow", g_ptr_array_index (paths, 0), "-o", svg, NULL);
  g_assert_cmpint (on.status, ==, 0);
  g_assert_cmpstr (on.err, ==, "");
  g_assert_true (g_file_get_contents (svg, &with, NULL, NULL));
  /* The stepped-care example's 12,500 referrals a year, all at its one
   * referral step (digits grouped as the locale does). */
  g_assert_true (strstr (with, ">12500 people a year<") || strstr (with, ">12,500 people a year<"));
  g_assert_nonnull (strstr (with, " a year.</title>"));
  run (&bitmap, "export", "--flow", g_ptr_array_index (paths, 0), "-o", png, NULL);
  run (&plain, "export", g_ptr_array_index (paths, 0), "-o", plain_png, NULL);
  g_assert_cmpint (bitmap.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &png_with, &png_with_length, NULL));
  g_assert_true (g_file_get_contents (plain_png, &png_without, &png_without_length, NULL));
  g_assert_false (png_with_length == png_without_length
                  && memcmp (png_with, png_without, png_with_length) == 0);
  run (&paper, "export", "--flow", g_ptr_array_index (paths, 0), "-o", pdf, NULL);
  g_assert_cmpint (paper.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 0), &contents, NULL, NULL));
  no_referrals = g_regex_replace_literal (referrals, contents, -1, 0, "", 0, NULL);
  g_assert_true (g_file_set_contents (nobody, no_referrals, -1, NULL));
  run (&none, "export", "--flow", nobody, "-o", nobody_svg, NULL);
  g_assert_cmpint (none.status, ==, 0);
  g_assert_nonnull (strstr (none.err, "no people a year shown"));
  g_assert_nonnull (strstr (none.err, "referrals a year"));
  g_assert_true (g_file_get_contents (nobody_svg, &without, NULL, NULL));
  g_assert_null (strstr (without, "a year"));
  run (&help, "export", "--help", NULL);
  g_assert_nonnull (strstr (help.out, "--flow"));
  for (const char *const *f = (const char *const[]) { svg, png, plain_png, pdf, nobody,
                                                      nobody_svg, NULL }; *f; f++)
    g_unlink (*f);
  g_rmdir (dir);
}

static void
test_leaflet_check (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-leaflet-XXXXXX", NULL);
  g_autofree char *wordy = g_build_filename (dir, "wordy.pathway", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GString) edited = NULL;
  g_auto(Run) ok = { 0 }, long_sentence = { 0 }, no_check = { 0 };
  const char *marker = "<easy-read pictogram=\"phone\">";
  char *at;

  run (&ok, "leaflet", "--check", g_ptr_array_index (paths, 0), NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "reading ease"));
  g_assert_nonnull (strstr (ok.out, "grade"));

  /* A 34-word sentence in a step's easy-read text fails, at its step. */
  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 0), &contents, NULL, NULL));
  at = strstr (contents, marker);
  g_assert_nonnull (at);
  edited = g_string_new_len (contents, at - contents + strlen (marker));
  g_string_append (edited, "You and your family and your friends and your doctor and your worker "
                           "and your nurse and your carer and your teacher can all talk about "
                           "what help you would like to have now. ");
  g_string_append (edited, at + strlen (marker));
  g_assert_true (g_file_set_contents (wordy, edited->str, -1, NULL));
  run (&long_sentence, "leaflet", "--check", wordy, NULL);
  g_assert_cmpint (long_sentence.status, ==, 1);
  prefix = g_strdup_printf ("%s:", wordy);
  g_assert_nonnull (strstr (long_sentence.err, prefix));
  g_assert_nonnull (strstr (long_sentence.err, ": error: This sentence has 34 words"));

  run (&no_check, "leaflet", wordy, NULL);
  g_assert_cmpint (no_check.status, ==, 2);

  /* The leaflet as PDF; sizes it does not make are refused. */
  {
    g_autofree char *pdf = g_build_filename (dir, "leaflet.pdf", NULL);
    g_autofree char *bytes = NULL;
    g_auto(Run) written = { 0 }, a3 = { 0 }, tiny = { 0 }, svg = { 0 };

    run (&written, "leaflet", g_ptr_array_index (paths, 0), "-o", pdf, "--paper", "a5", NULL);
    g_assert_cmpint (written.status, ==, 0);
    g_assert_nonnull (strstr (written.out, "pages"));
    g_assert_true (g_file_get_contents (pdf, &bytes, NULL, NULL));
    g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
    run (&a3, "leaflet", g_ptr_array_index (paths, 0), "-o", pdf, "--paper", "a3", NULL);
    g_assert_cmpint (a3.status, ==, 2);
    run (&tiny, "leaflet", g_ptr_array_index (paths, 0), "-o", pdf, "--font-size", "10", NULL);
    g_assert_cmpint (tiny.status, ==, 2);
    g_assert_nonnull (strstr (tiny.err, "14"));
    run (&svg, "leaflet", g_ptr_array_index (paths, 0), "-o", "x.txt", NULL);
    g_assert_cmpint (svg.status, ==, 2);
    g_unlink (pdf);
  }
  /* One SVG a page. */
  {
    g_autofree char *stem = g_build_filename (dir, "page.svg", NULL);
    g_autofree char *first = g_build_filename (dir, "page-1.svg", NULL);
    g_autofree char *second = g_build_filename (dir, "page-2.svg", NULL);
    g_autofree char *svg = NULL;
    g_auto(Run) pages = { 0 };

    run (&pages, "leaflet", g_ptr_array_index (paths, 0), "-o", stem, NULL);
    g_assert_cmpint (pages.status, ==, 0);
    g_assert_true (g_file_get_contents (first, &svg, NULL, NULL));
    g_assert_nonnull (strstr (svg, "<svg"));
    g_assert_true (g_file_test (second, G_FILE_TEST_EXISTS));
    g_unlink (first);
    g_unlink (second);
    for (int i = 3; i < 30; i++)
      {
        g_autofree char *name = g_strdup_printf ("%s/page-%d.svg", dir, i);
        g_unlink (name);
      }
  }
  g_unlink (wordy);
  g_rmdir (dir);
}

static void
test_layout (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-layout-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "tidy.pathway", NULL);
  g_auto(Run) tidy = { 0 }, valid = { 0 }, bad = { 0 }, piped = { 0 };

  run (&tidy, "layout", g_ptr_array_index (paths, 0), "-o", out, "--direction", "tb", NULL);
  g_assert_cmpint (tidy.status, ==, 0);
  g_assert_nonnull (strstr (tidy.out, "crossing"));
  /* What it writes is a valid pathway. */
  run (&valid, "validate", out, NULL);
  g_assert_cmpint (valid.status, ==, 0);
  run (&bad, "layout", g_ptr_array_index (paths, 0), "--direction", "diagonal", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  run (&piped, "layout", g_ptr_array_index (paths, 0), "--no-lanes", NULL);
  g_assert_cmpint (piped.status, ==, 0);
  g_assert_true (g_str_has_prefix (piped.out, "<?xml"));
  /* Room for durations and roles: the steps are placed otherwise. */
  {
    g_auto(Run) usual = { 0 }, detailed = { 0 };

    run (&usual, "layout", g_ptr_array_index (paths, 0), NULL);
    run (&detailed, "layout", g_ptr_array_index (paths, 0), "--details", NULL);
    g_assert_cmpint (detailed.status, ==, 0);
    g_assert_cmpstr (detailed.out, !=, usual.out);
  }
  /* Fit to a page: rows, so other places; a shape out of range is a
   * usage error. */
  {
    g_auto(Run) usual = { 0 }, fitted = { 0 }, flat = { 0 }, word = { 0 };

    run (&usual, "layout", g_ptr_array_index (paths, 0), NULL);
    run (&fitted, "layout", g_ptr_array_index (paths, 0), "--aspect", "1.414", NULL);
    g_assert_cmpint (fitted.status, ==, 0);
    g_assert_true (g_str_has_prefix (fitted.out, "<?xml"));
    g_assert_cmpstr (fitted.out, !=, usual.out);
    run (&flat, "layout", g_ptr_array_index (paths, 0), "--aspect", "0", NULL);
    g_assert_cmpint (flat.status, ==, 2);
    run (&word, "layout", g_ptr_array_index (paths, 0), "--aspect", "wide", NULL);
    g_assert_cmpint (word.status, ==, 2);
  }
  /* Where the lanes force crossings that were not there, it says so. */
  {
    g_autofree char *turns = g_build_filename (dir, "turns.pathway", NULL);
    const char *xml =
      "<pathway format-version='1' id='p' xmlns='https://pathwaydesigner.org/ns/pathway'>"
      "<title>Turns</title><agencies>"
      "<agency id='one' colour='#005EB8' cue='O'><name>One</name></agency>"
      "<agency id='two' colour='#007A33' cue='T'><name>Two</name></agency></agencies><nodes>"
      "<node id='a' kind='referral' agency='one' x='0' y='0'><title>A</title></node>"
      "<node id='b' kind='referral' agency='two' x='0' y='300'><title>B</title></node>"
      "<node id='c' kind='intervention' agency='two' x='400' y='0'><title>C</title></node>"
      "<node id='d' kind='intervention' agency='one' x='400' y='300'><title>D</title></node>"
      "</nodes><edges><edge id='e1' from='a' to='c'/><edge id='e2' from='b' to='d'/>"
      "</edges></pathway>";
    g_auto(Run) lanes = { 0 }, plain = { 0 };

    g_assert_true (g_file_set_contents (turns, xml, -1, NULL));
    run (&lanes, "layout", turns, "-o", out, NULL);
    g_assert_cmpint (lanes.status, ==, 0);
    g_assert_nonnull (strstr (lanes.err, "lanes add 1 crossing; --no-lanes gives 0"));
    g_assert_nonnull (strstr (lanes.out, "0 before, 1 after"));
    g_assert_nonnull (strstr (lanes.out, "2 of 4 steps moved"));
    /* Tidied again: it stays as it is. */
    {
      g_auto(Run) again = { 0 };

      run (&again, "layout", out, "-o", out, NULL);
      g_assert_cmpint (again.status, ==, 0);
      g_assert_nonnull (strstr (again.out, "0 of 4 steps moved; transitions crossing: 1 before, "
                                           "1 after"));
    }
    run (&plain, "layout", turns, "-o", out, "--no-lanes", NULL);
    g_assert_cmpstr (plain.err, ==, "");
    g_assert_nonnull (strstr (plain.out, "0 before, 0 after"));
    g_unlink (turns);
  }
  g_unlink (out);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/normalize", test_normalize);
  g_test_add_func ("/cli/generate", test_generate);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/export-details", test_export_details);
  g_test_add_func ("/cli/export-flow", test_export_flow);
  g_test_add_func ("/cli/leaflet-check", test_leaflet_check);
  g_test_add_func ("/cli/layout", test_layout);
  return g_test_run ();
}
