/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The `pathway` command never destroys what it reads, reports every write
 * that fails, and takes only numbers it can use. */
#include <string.h>
#include <sys/stat.h>

#include "test-cli.h"

typedef struct {
  char *dir;
  char *input;      /* a copy of an example */
  char *original;   /* its contents */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();

  f->dir = g_dir_make_tmp ("pathway-safety-XXXXXX", NULL);
  f->input = g_build_filename (f->dir, "in.pathway", NULL);
  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 0), &f->original, NULL, NULL));
  g_assert_true (g_file_set_contents (f->input, f->original, -1, NULL));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->input);
  g_free (f->original);
}

static void
assert_unchanged (Fixture *f)
{
  g_autofree char *now = NULL;

  g_assert_true (g_file_get_contents (f->input, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, f->original);
}

/* Refused as a usage error naming both, before anything is written. */
static void
assert_refused (Fixture    *f,
                Run        *r,
                const char *output)
{
  g_assert_cmpint (r->status, ==, 2);
  g_assert_nonnull (strstr (r->err, output));
  g_assert_nonnull (strstr (r->err, f->input));
  g_assert_nonnull (strstr (r->err, "destroy the input"));
  assert_unchanged (f);
}

static void
test_output_is_input (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *soft = g_build_filename (f->dir, "link.svg", NULL);
  g_autofree char *hard = g_build_filename (f->dir, "hard.pdf", NULL);
  g_autofree char *later = g_build_filename (f->dir, "not-yet", "..", "in.pathway", NULL);
  g_autofree char *page_input = g_build_filename (f->dir, "page-1.svg", NULL);
  g_autofree char *pages = g_build_filename (f->dir, "page.svg", NULL);
  g_auto(Run) same = { 0 }, linked = { 0 }, hard_linked = { 0 }, not_yet = { 0 };
  g_auto(Run) leaflet = { 0 }, leaflet_page = { 0 }, normalize = { 0 }, layout = { 0 };

  g_assert_cmpint (symlink (f->input, soft), ==, 0);
  g_assert_cmpint (link (f->input, hard), ==, 0);

  run (&same, "export", f->input, "-o", f->input, "--format", "svg", NULL);
  assert_refused (f, &same, f->input);
  run (&linked, "export", f->input, "-o", soft, NULL);
  assert_refused (f, &linked, soft);
  run (&hard_linked, "export", f->input, "-o", hard, NULL);
  assert_refused (f, &hard_linked, hard);
  /* A path through a folder not made yet, that leads back to the input. */
  run (&not_yet, "export", f->input, "-o", later, "--format", "svg", NULL);
  assert_refused (f, &not_yet, later);
  run (&leaflet, "leaflet", f->input, "-o", hard, NULL);
  assert_refused (f, &leaflet, hard);

  /* One SVG a page: OUT-1.svg is the input. */
  g_assert_true (g_file_set_contents (page_input, f->original, -1, NULL));
  run (&leaflet_page, "leaflet", page_input, "-o", pages, NULL);
  g_assert_cmpint (leaflet_page.status, ==, 2);
  g_assert_nonnull (strstr (leaflet_page.err, "destroy the input"));
  {
    g_autofree char *now = NULL;
    g_assert_true (g_file_get_contents (page_input, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, f->original);
  }

  /* Normalizing or laying out a file in place is what -o FILE asks for. */
  run (&normalize, "normalize", f->input, "-o", f->input, NULL);
  g_assert_cmpint (normalize.status, ==, 0);
  assert_unchanged (f);
  run (&layout, "layout", f->input, "-o", f->input, NULL);
  g_assert_cmpint (layout.status, ==, 0);
  g_assert_true (g_file_test (f->input, G_FILE_TEST_IS_REGULAR));
}

/* Two inputs of one name in a batch would share an output. */
static void
test_batch_collision (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b", NULL);
  g_autofree char *ax = g_build_filename (a, "x.pathway", NULL);
  g_autofree char *bx = g_build_filename (b, "x.pathway", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_auto(Run) twice = { 0 }, same_input = { 0 }, distinct = { 0 };

  g_assert_cmpint (g_mkdir (a, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (b, 0700), ==, 0);
  g_assert_true (g_file_set_contents (ax, f->original, -1, NULL));
  g_assert_true (g_file_set_contents (bx, f->original, -1, NULL));
  run (&twice, "export", ax, bx, "-o", out, NULL);
  g_assert_cmpint (twice.status, ==, 2);
  g_assert_nonnull (strstr (twice.err, ax));
  g_assert_nonnull (strstr (twice.err, bx));
  g_assert_null (strstr (twice.err, "exported"));
  /* Refused before anything is written. */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run (&same_input, "export", ax, ax, "-o", out, NULL);
  g_assert_cmpint (same_input.status, ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run (&distinct, "export", ax, f->input, "-o", out, NULL);
  g_assert_cmpint (distinct.status, ==, 0);
  g_assert_nonnull (strstr (distinct.err, "2 exported, 0 failed"));
}

/* Every command that writes to standard output fails when the writing
 * does, with a message. */
static void
test_stdout_full (Fixture       *f,
                  gconstpointer  data)
{
  const char *const commands[][8] = {
    { "normalize", f->input, NULL },
    { "normalize", f->input, "-o", "-", NULL },
    { "generate", "--nodes", "50", "-o", "-", NULL },
    { "layout", f->input, NULL },
    { "validate", f->input, NULL },
    { "check", f->input, NULL },
    { "leaflet", "--check", f->input, NULL },
    { "--version", NULL },
    { "export", "--help", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) r = { 0 };
      const char *const *c = commands[i];

      run_to (&r, "/dev/full", c[0], c[1], c[2], c[3], c[4], c[5], NULL);
      g_test_message ("pathway %s: %d, %s", c[0], r.status, r.err);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, "standard output"));
    }
}

/* Numbers are plain decimals in range: no nan, inf, hexadecimal or junk. */
static void
test_numbers (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *svg = g_build_filename (f->dir, "out.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "out.pdf", NULL);
  const char *const bad[] = { "nan", "NaN", "inf", "-inf", "infinity", "1e999", "0x10", "",
                              "16abc", " 16", "16 ", "1,5", "--", "+", "." };
  const char *const bad_int[] = { "1.5", "1e3", "010x", "99999999999999999999", "-0x1" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) font = { 0 }, spacing = { 0 }, scale = { 0 }, nodes = { 0 }, seed = { 0 };
      g_auto(Run) agencies = { 0 };

      run (&font, "leaflet", f->input, "-o", pdf, "--font-size", bad[i], NULL);
      run (&spacing, "layout", f->input, "--spacing", bad[i], NULL);
      run (&scale, "export", f->input, "-o", svg, "--scale", bad[i], NULL);
      run (&nodes, "generate", "--nodes", bad[i], "-o", "-", NULL);
      run (&seed, "generate", "--nodes", "5", "--seed", bad[i], "-o", "-", NULL);
      run (&agencies, "generate", "--nodes", "5", "--agencies", bad[i], "-o", "-", NULL);
      g_test_message ("“%s”: %s", bad[i], font.err);
      g_assert_cmpint (font.status, ==, 2);
      g_assert_nonnull (strstr (font.err, "--font-size must be a number from 14 to"));
      g_assert_cmpint (spacing.status, ==, 2);
      g_assert_nonnull (strstr (spacing.err, "--spacing must be a number from 0.5 to 3"));
      g_assert_cmpint (scale.status, ==, 2);
      g_assert_nonnull (strstr (scale.err, "--scale must be a number above 0 and at most 16"));
      g_assert_cmpint (nodes.status, ==, 2);
      g_assert_nonnull (strstr (nodes.err, "--nodes"));
      g_assert_cmpint (seed.status, ==, 2);
      g_assert_nonnull (strstr (seed.err, "--seed"));
      g_assert_cmpint (agencies.status, ==, 2);
      g_assert_nonnull (strstr (agencies.err, "--agencies"));
    }
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (bad_int); i++)
    {
      g_auto(Run) nodes = { 0 };

      run (&nodes, "generate", "--nodes", bad_int[i], "-o", "-", NULL);
      g_assert_cmpint (nodes.status, ==, 2);
    }
  /* Good numbers in every form a person writes them. */
  {
    g_auto(Run) scale = { 0 }, spacing = { 0 }, nodes = { 0 }, octal = { 0 };

    run (&scale, "export", f->input, "-o", svg, "--scale", "1.5e0", NULL);
    g_assert_cmpint (scale.status, ==, 0);
    run (&spacing, "layout", f->input, "--spacing", "+.5", NULL);
    g_assert_cmpint (spacing.status, ==, 0);
    run (&nodes, "generate", "--nodes", "10", "-o", "-", NULL);
    g_assert_cmpint (nodes.status, ==, 0);
    g_assert_nonnull (strstr (nodes.out, "<pathway"));
    /* Ten, not eight. */
    run (&octal, "generate", "--nodes", "010", "-o", "-", NULL);
    g_assert_cmpstr (octal.out, ==, nodes.out);
  }
}

/* Several normalize runs of one file at once all succeed; the file stays
 * valid. */
static void
test_concurrent_normalize (Fixture       *f,
                           gconstpointer  data)
{
  const char *const argv[] = { g_getenv ("PATHWAY_CLI"), "normalize", f->input, "-o", f->input,
                               NULL };

  for (guint round = 0; round < 10; round++)
    {
      GPid pids[4];

      for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                        G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                        NULL, NULL, &pids[i], &error));
          g_assert_no_error (error);
        }
      for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
        {
          int status;

          g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
          g_spawn_close_pid (pids[i]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
        }
      assert_unchanged (f);
    }
}

/* A read-only file is not replaced; the command says why and fails. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *svg = g_build_filename (f->dir, "locked.svg", NULL);
  g_auto(Run) normalize = { 0 }, export = { 0 };

  g_assert_cmpint (g_chmod (f->input, 0444), ==, 0);
  run (&normalize, "normalize", f->input, "-o", f->input, NULL);
  g_assert_cmpint (normalize.status, ==, 1);
  g_assert_nonnull (strstr (normalize.err, "read-only"));
  assert_unchanged (f);
  g_assert_true (g_file_set_contents (svg, "<svg/>", -1, NULL));
  g_assert_cmpint (g_chmod (svg, 0444), ==, 0);
  run (&export, "export", f->input, "-o", svg, NULL);
  g_assert_cmpint (export.status, ==, 1);
  g_assert_nonnull (strstr (export.err, "read-only"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/output-is-input", test_output_is_input);
  ADD ("/cli/batch-collision", test_batch_collision);
  ADD ("/cli/stdout-full", test_stdout_full);
  ADD ("/cli/numbers", test_numbers);
  ADD ("/cli/concurrent-normalize", test_concurrent_normalize);
  ADD ("/cli/read-only", test_read_only);
  return g_test_run ();
}
