/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <sys/wait.h>

#include "pd-document.h"
#include "pd-file.h"
#include "pd-xml-writer.h"

/* Runs @test in a process of its own: a registered GtkApplication is only
 * torn down by g_application_run(), so two tests' applications in one
 * process would both be exported at the same object path on a session bus,
 * and the second refused. */
static inline void
test_run_in_subprocess (void (*test) (void))
{
  if (g_test_subprocess ())
    {
      test ();
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Whether @program is on PATH (tests that need it skip without it). */
static inline gboolean
test_have_program (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  return path != NULL;
}

static inline int
test_compare_paths (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/* The example pathways shipped in pathways-xml/examples, sorted. */
static inline GPtrArray *
test_example_paths (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml",
                                           "examples", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".pathway"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, test_compare_paths);
  g_assert_cmpuint (paths->len, >=, 4);
  return paths;
}

/* Copies the examples' library (every example pathway and library.xml)
 * into the folder @dir; in the file named @file (nullable), @from is
 * replaced by @to, and must be there once. */
static inline void
test_copy_examples (const char *dir,
                    const char *file,
                    const char *from,
                    const char *to)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *examples = g_path_get_dirname (g_ptr_array_index (paths, 0));

  g_ptr_array_add (paths, g_build_filename (examples, "library.xml", NULL));
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *copy = g_build_filename (dir, base, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GString) text = NULL;

      g_assert_true (g_file_get_contents (g_ptr_array_index (paths, i), &contents, NULL, NULL));
      text = g_string_new (contents);
      if (g_strcmp0 (base, file) == 0)
        g_assert_cmpuint (g_string_replace (text, from, to, 0), ==, 1);
      g_assert_true (g_file_set_contents (copy, text->str, text->len, NULL));
    }
}

/* A pathway that cannot be loaded in @dir, first by name. */
static inline void
test_add_broken_pathway (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "a-broken.pathway", NULL);

  g_assert_true (g_file_set_contents (path, "<pathway", -1, NULL));
}

/* Removes the folder @dir and the files in it (made writable first). */
static inline void
test_remove_folder (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_chmod (dir, 0700);
  d = g_dir_open (dir, 0, NULL);
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static inline PdDocument *
test_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdDocument *doc = pd_file_load (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static inline char *
test_write (PdDocument *doc)
{
  g_autoptr(GBytes) bytes = pd_xml_write (doc);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Adds @func as "@prefix/NAME.pathway" for each example, with the example's
 * path as its data (kept for the whole run). */
static inline void
test_add_per_example (const char    *prefix,
                      GTestDataFunc  func)
{
  static GPtrArray *paths;

  if (paths == NULL)
    paths = test_example_paths ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *name = g_strdup_printf ("%s/%s", prefix, base);
      g_test_add_data_func (name, g_ptr_array_index (paths, i), func);
    }
}

/* The standard output of @argv (a program on PATH and its arguments),
 * which must succeed. */
static inline char *
test_run (const char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_steal_pointer (&out);
}

/* The standard output of `TOOL FILE [EXTRA]`, which must succeed. */
static inline char *
test_run_tool (const char *tool,
               const char *file,
               const char *extra)
{
  const char *argv[] = { tool, file, extra, NULL };

  return test_run (argv);
}
