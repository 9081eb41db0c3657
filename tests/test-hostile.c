/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Hostile and broken files: each is refused with FILE:LINE:COL: error:,
 * without a crash, a hang, or anything read from outside the file. */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pd-diagnostic.h"
#include "pd-library.h"
#include "pd-xml-parse.h"
#include "pd-xml-reader.h"
#include "test-common.h"

typedef struct {
  char *file;
  guint line;
  char *fragment;
} Case;

static char *
hostile_dir (void)
{
  return g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "tests", "data", "hostile", NULL);
}

static void
assert_refused (const char *path,
                guint       line,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = pd_file_load (path, NULL, diagnostics, &error);
  g_autofree char *lower = NULL;
  g_autofree char *prefix = NULL;

  g_assert_null (doc);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PD_FILE_ERROR);
  prefix = line > 0 ? g_strdup_printf ("%s:%u:", path, line) : g_strdup_printf ("%s:", path);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  g_assert_nonnull (strstr (error->message, "error: "));
  lower = g_utf8_strdown (error->message, -1);
  if (strstr (lower, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
  /* Nothing of /etc/passwd, whatever the file asked for. */
  g_assert_null (strstr (error->message, "root:"));
  for (guint i = 0; i < diagnostics->len; i++)
    g_assert_null (strstr (((PdDiagnostic *) g_ptr_array_index (diagnostics, i))->message,
                           "root:"));
}

/* A library-*.xml of the corpus is the library.xml of a folder of its
 * own: the library is refused, at the line that says why. */
static void
assert_library_refused (const char *source,
                        guint       line,
                        const char *fragment)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-library-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, PD_LIBRARY_FILE_NAME, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *where = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  library = pd_library_load (folder, diagnostics, NULL, &error);
  g_assert_null (library);
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID);
  where = g_strdup_printf ("library.xml:%u:", line);
  if (strstr (error->message, where) == NULL)
    g_error ("“%s” is not at “%s”", error->message, where);
  lower = g_utf8_strdown (error->message, -1);
  if (strstr (lower, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
  g_assert_null (strstr (error->message, "root:"));
  for (guint i = 0; i < diagnostics->len; i++)
    g_assert_null (strstr (((PdDiagnostic *) g_ptr_array_index (diagnostics, i))->message,
                           "root:"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = hostile_dir ();
  g_autofree char *path = g_build_filename (dir, c->file, NULL);

  if (g_str_has_prefix (c->file, "library-"))
    assert_library_refused (path, c->line, c->fragment);
  else
    assert_refused (path, c->line, c->fragment);
}

static GPtrArray *
read_cases (void)
{
  g_autofree char *dir = hostile_dir ();
  g_autofree char *tsv = g_build_filename (dir, "expected.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new ();

  g_assert_true (g_file_get_contents (tsv, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      Case *c;

      if (g_strv_length (fields) != 3)
        continue;
      c = g_new0 (Case, 1);
      c->file = g_strdup (fields[0]);
      c->line = (guint) g_ascii_strtoull (fields[1], NULL, 10);
      c->fragment = g_strdup (fields[2]);
      g_ptr_array_add (cases, c);
    }
  return cases;
}

/* Every file in the folder has its expected refusal. */
static void
test_all_listed (gconstpointer data)
{
  GPtrArray *cases = (GPtrArray *) data;
  g_autofree char *dir = hostile_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint files = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      gboolean listed = FALSE;

      if (g_str_equal (name, "README") || g_str_equal (name, "expected.tsv"))
        continue;
      files++;
      for (guint i = 0; i < cases->len; i++)
        listed |= g_str_equal (((Case *) g_ptr_array_index (cases, i))->file, name);
      if (!listed)
        g_error ("%s has no line in expected.tsv", name);
    }
  g_assert_cmpuint (files, ==, cases->len);
  g_assert_cmpuint (files, >=, 24);
}

static void
test_huge_label (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge-label.pathway", NULL);
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<pathway xmlns=\""
                               "https://pathwaydesigner.org/ns/pathway\" format-version=\"1\" "
                               "id=\"p\">\n  <title>");

  for (guint i = 0; i < 20 * 1024 * 1024 / 16; i++)
    g_string_append (xml, "A very long one.");
  g_string_append (xml, "</title>\n  <agencies/>\n  <nodes/>\n  <edges/>\n</pathway>\n");
  g_assert_true (g_file_set_contents (path, xml->str, xml->len, NULL));
  g_string_free (xml, TRUE);
  assert_refused (path, 3, "longer than the limit");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.pathway", NULL);

  g_assert_true (g_file_set_contents (path, "<", 1, NULL));
  /* Sparse: no 40 MB written to disk. */
  g_assert_cmpint (truncate (path, 40 * 1024 * 1024), ==, 0);
  assert_refused (path, 0, "larger than the limit");
  g_unlink (path);
  g_rmdir (dir);
}

/* Bytes that come from elsewhere than a file (the clipboard, a pipe) are
 * held to the same limit. */
static void
test_too_large_in_memory (void)
{
  gsize length = PD_MAX_FILE_SIZE + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = NULL;
  PdDiagnostic *first;

  memset (data, ' ', length);
  memcpy (data, "<pathway", 8);
  doc = pd_xml_read (data, length, "pasted", diagnostics);
  g_assert_null (doc);
  g_assert_cmpuint (diagnostics->len, >=, 1);
  first = g_ptr_array_index (diagnostics, 0);
  g_assert_nonnull (strstr (first->message, "larger than the limit"));
}

static void
test_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-XXXXXX", NULL);

  assert_refused (dir, 0, "folder");
  g_rmdir (dir);
}

static void
test_missing (void)
{
  assert_refused ("/nonexistent/pathway/file.pathway", 0, "no such file");
}

static void
test_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fifo.pathway", NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* Opening a FIFO with no writer must not hang. */
  assert_refused (path, 0, "not a regular file");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can read any file");
      return;
    }
  dir = g_dir_make_tmp ("pathway-XXXXXX", NULL);
  path = g_build_filename (dir, "secret.pathway", NULL);
  g_assert_true (g_file_set_contents (path, "<pathway/>", -1, NULL));
  g_chmod (path, 0);
  assert_refused (path, 0, "permission denied");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  GPtrArray *cases;

  g_test_init (&argc, &argv, NULL);
  cases = read_cases ();
  for (guint i = 0; i < cases->len; i++)
    {
      Case *c = g_ptr_array_index (cases, i);
      g_autofree char *name = g_strdup_printf ("/hostile/%s", c->file);
      g_test_add_data_func (name, c, test_case);
    }
  g_test_add_data_func ("/hostile/all-listed", cases, test_all_listed);
  g_test_add_func ("/hostile/huge-label", test_huge_label);
  g_test_add_func ("/hostile/too-large", test_too_large);
  g_test_add_func ("/hostile/too-large-in-memory", test_too_large_in_memory);
  g_test_add_func ("/hostile/directory", test_directory);
  g_test_add_func ("/hostile/missing", test_missing);
  g_test_add_func ("/hostile/fifo", test_fifo);
  g_test_add_func ("/hostile/unreadable", test_unreadable);
  return g_test_run ();
}
