/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
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
