/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Publishing that the designer runs in a thread: it says how far it is
 * once per pathway and once before writing, and a cancel at any of those
 * points writes nothing, neither a new site nor over an old one. An empty
 * address is a site with a relative sitemap whatever the library says. */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-publish.h"
#include "test-common.h"

typedef struct {
  guint calls;
  guint cancel_at;          /* the call that cancels, counted from 1; 0: none */
  GCancellable *cancellable;
  GPtrArray *titles;        /* of what each call said, "" for NULL */
  guint total;
  gboolean in_order;
} Progress;

static void
on_progress (guint       done,
             guint       total,
             const char *title,
             gpointer    data)
{
  Progress *p = data;

  if (done != p->calls || (p->calls > 0 && total != p->total))
    p->in_order = FALSE;
  p->total = total;
  p->calls++;
  g_ptr_array_add (p->titles, g_strdup (title ? title : ""));
  if (p->calls == p->cancel_at)
    g_cancellable_cancel (p->cancellable);
}

static char *
examples_folder (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();

  return g_path_get_dirname (g_ptr_array_index (paths, 0));
}

static GPtrArray *
load (PdLibrary **library)
{
  g_autofree char *folder = examples_folder ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;

  *library = pd_library_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return pd_publish_library_pathways (*library);
}

/* Publishes the examples into @site, cancelling at the @cancel_at-th call
 * of the progress (0: never). */
static gboolean
publish (const char  *site,
         guint        cancel_at,
         Progress    *p,
         GError     **error)
{
  g_autoptr(PdLibrary) library = NULL;
  g_autoptr(GPtrArray) pathways = load (&library);
  PdPublishOptions options = PD_PUBLISH_OPTIONS_DEFAULT;
  PdPublishReport report = { 0 };
  gboolean ok;

  p->calls = 0;
  p->cancel_at = cancel_at;
  p->in_order = TRUE;
  p->cancellable = g_cancellable_new ();
  p->titles = g_ptr_array_new_with_free_func (g_free);
  options.library = library;
  options.progress = on_progress;
  options.progress_data = p;
  ok = pd_publish_site (pathways, site, &options, &report, p->cancellable, error);
  if (ok)
    g_assert_cmpuint (report.published, ==, pathways->len);
  pd_publish_report_clear (&report);
  g_clear_object (&p->cancellable);
  return ok;
}

static void
progress_clear (Progress *p)
{
  g_clear_pointer (&p->titles, g_ptr_array_unref);
}

static void
remove_tree (const char *dir)
{
  const char *argv[] = { "rm", "-rf", dir, NULL };

  g_free (test_run (argv));
}

/* Once per pathway, in the order of their pages' names, with its title,
 * then once more before the files are written. */
static void
test_progress (void)
{
  g_autofree char *top = g_dir_make_tmp ("pathway-progress-XXXXXX", NULL);
  g_autofree char *site = g_build_filename (top, "site", NULL);
  g_autofree char *index = g_build_filename (site, "index.html", NULL);
  g_autoptr(PdLibrary) library = NULL;
  g_autoptr(GPtrArray) pathways = load (&library);
  g_autoptr(GError) error = NULL;
  Progress p = { 0 };
  guint n = pathways->len;

  g_assert_cmpuint (n, ==, 6);
  g_assert_true (publish (site, 0, &p, &error));
  g_assert_no_error (error);
  g_assert_true (p.in_order);
  g_assert_cmpuint (p.calls, ==, n + 1);
  g_assert_cmpuint (p.total, ==, n);
  /* The examples' ids sort as their file names do. */
  for (guint i = 0; i < n; i++)
    {
      PdPublishPathway *pathway = g_ptr_array_index (pathways, i);

      g_assert_cmpstr (g_ptr_array_index (p.titles, i), ==,
                       pd_document_get_title (pathway->document));
    }
  g_assert_cmpstr (g_ptr_array_index (p.titles, n), ==, "");
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  progress_clear (&p);
  remove_tree (top);
}

/* Cancelled while the pages are made, or just before writing: an error
 * that says so, and no folder made. */
static void
test_cancel_writes_nothing (void)
{
  g_autofree char *top = g_dir_make_tmp ("pathway-progress-XXXXXX", NULL);
  g_autofree char *site = g_build_filename (top, "site", NULL);
  const guint points[] = { 1, 3, 7 };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(GError) error = NULL;
      Progress p = { 0 };

      g_assert_false (publish (site, points[i], &p, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      /* It stopped where it was cancelled. */
      g_assert_cmpuint (p.calls, ==, points[i]);
      g_assert_false (g_file_test (site, G_FILE_TEST_EXISTS));
      progress_clear (&p);
    }
  remove_tree (top);
}

/* Over a site published before, a cancelled publish leaves every byte
 * and the manifest as they were. */
static void
test_cancel_keeps_site (void)
{
  g_autofree char *top = g_dir_make_tmp ("pathway-progress-XXXXXX", NULL);
  g_autofree char *site = g_build_filename (top, "site", NULL);
  g_autofree char *index = g_build_filename (site, "index.html", NULL);
  g_autofree char *manifest = g_build_filename (site, PD_PUBLISH_MANIFEST, NULL);
  g_autofree char *after = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *listed_after = NULL;
  g_autoptr(GError) error = NULL;
  Progress p = { 0 };

  g_assert_true (publish (site, 0, &p, &error));
  progress_clear (&p);
  /* A stale page that the new site no longer has. */
  g_assert_true (g_file_set_contents (index, "old", -1, NULL));
  g_assert_true (g_file_get_contents (manifest, &listed, NULL, NULL));
  g_assert_false (publish (site, 7, &p, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  progress_clear (&p);
  g_assert_true (g_file_get_contents (index, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "old");
  g_assert_true (g_file_get_contents (manifest, &listed_after, NULL, NULL));
  g_assert_cmpstr (listed_after, ==, listed);
  remove_tree (top);
}

/* The library gives an address; "" publishes without it. */
static void
test_no_address (void)
{
  g_autofree char *top = g_dir_make_tmp ("pathway-progress-XXXXXX", NULL);
  g_autofree char *site = g_build_filename (top, "site", NULL);
  g_autofree char *path = g_build_filename (site, "sitemap.xml", NULL);
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autoptr(PdLibrary) library = NULL;
  g_autoptr(GPtrArray) pathways = load (&library);
  g_autoptr(GError) error = NULL;
  PdPublishOptions options = PD_PUBLISH_OPTIONS_DEFAULT;

  options.library = library;
  g_assert_true (pd_publish_site (pathways, site, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &with, NULL, NULL));
  g_assert_nonnull (strstr (with, "<loc>https://pathways.example.nhs.uk/index.html</loc>"));
  options.base_url = "";
  g_assert_true (pd_publish_site (pathways, site, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &without, NULL, NULL));
  g_assert_null (strstr (without, "https://"));
  g_assert_nonnull (strstr (without, "<loc>index.html</loc>"));
  remove_tree (top);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/publish-progress/count", test_progress);
  g_test_add_func ("/publish-progress/cancel/writes-nothing", test_cancel_writes_nothing);
  g_test_add_func ("/publish-progress/cancel/keeps-site", test_cancel_keeps_site);
  g_test_add_func ("/publish-progress/no-address", test_no_address);
  return g_test_run ();
}
