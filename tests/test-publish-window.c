/* SPDX-License-Identifier: GPL-3.0-or-later */
/* File ▸ Publish Library… in the designer (run under xvfb-run): the
 * examples' library published through the action and its dialog gives the
 * very bytes `pathway publish` gives; Cancel writes nothing; with no
 * library open, the pathway's folder is opened as one first. With
 * PD_SCREENSHOT_DIR set, the dialog is saved as PNG mid-way and at the
 * start. */
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "pd-publish-dialog.h"
#include "pd-publish.h"
#include "test-gui.h"

typedef struct {
  PdWindow *window;
  char *top;        /* a folder of the test's own */
  char *examples;   /* the examples' library */
  char *first;      /* its first pathway */
  /* What the dialog said. */
  gboolean published;
  gboolean cancelled;
  guint count;
  char *site;
  char *problem;
} Publish;

static void
publish_set_up (Publish *p)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) document = NULL;

  p->top = g_dir_make_tmp ("pathway-publish-window-XXXXXX", NULL);
  p->first = g_strdup (g_ptr_array_index (paths, 0));
  p->examples = g_path_get_dirname (p->first);
  document = test_load (p->first);
  pd_document_mark_saved (document);
  p->window = pd_window_new (NULL, document, p->first, NULL);
  gtk_window_set_default_size (GTK_WINDOW (p->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (p->window));
  wait_for_frames ();
}

static void
publish_tear_down (Publish *p)
{
  const char *argv[] = { "rm", "-rf", p->top, NULL };

  gtk_window_destroy (GTK_WINDOW (p->window));
  wait_for_frames ();
  g_free (test_run (argv));
  g_free (p->top);
  g_free (p->examples);
  g_free (p->first);
  g_free (p->site);
  g_free (p->problem);
}

static void
wait_until (gboolean *flag)
{
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static void
wait_for_library (PdWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (pd_window_get_library (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (pd_window_get_library (window));
  wait_for_frames ();
}

/* The Publish dialog over the window, waited for: (transfer none). */
static PdPublishDialog *
find_dialog (void)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GList) windows = gtk_window_list_toplevels ();

      for (GList *l = windows; l; l = l->next)
        if (PD_IS_PUBLISH_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
          return l->data;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_not_reached ();
}

static void
on_published (PdPublishDialog *dialog,
              const char      *site,
              guint            count,
              const char      *problem,
              Publish         *p)
{
  p->published = TRUE;
  p->count = count;
  p->site = g_strdup (site);
  p->problem = g_strdup (problem);
}

static void
on_cancelled (PdPublishDialog *dialog,
              Publish         *p)
{
  p->cancelled = TRUE;
}

/* Saves @window as NAME.png once it has drawn its state, when
 * PD_SCREENSHOT_DIR says where. */
static void
shoot (GtkWidget  *window,
       const char *name)
{
  const char *dir = g_getenv ("PD_SCREENSHOT_DIR");
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  test_gui_wait_frames (window, 6);
  /* Publishing may have ended meanwhile and closed the dialog. */
  if (!gtk_widget_get_mapped (window))
    return;
  path = g_build_filename (dir, file, NULL);
  test_gui_save_png (window, path);
  g_test_message ("wrote %s", path);
}

/* Every file under @dir, by its path from @top, with its bytes. */
static void
read_tree (const char *top,
           const char *dir,
           GHashTable *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *contents;
      gsize size;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          read_tree (top, path, files);
          continue;
        }
      g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
      g_hash_table_insert (files, g_strdup (path + strlen (top) + 1),
                           g_bytes_new_take (contents, size));
    }
}

static GHashTable *
tree (const char *site)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);

  read_tree (site, site, files);
  return files;
}

/* Publish through the window's action and the dialog: the same files, the
 * same bytes, as `pathway publish` writes; the folder remembered. */
static void
test_publish (void)
{
  Publish p = { 0 };
  g_autofree char *site = NULL;
  g_autofree char *cli_site = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GHashTable) ours = NULL;
  g_autoptr(GHashTable) cli = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GVariant) remembered = NULL;
  g_autofree char *remembered_site = NULL;
  PdPublishDialog *dialog;
  GHashTableIter iter;
  gpointer key, value;
  gboolean shot = FALSE;
  gint64 end;

  TEST_GUI_REQUIRE_DISPLAY ();
  publish_set_up (&p);
  site = g_build_filename (p.top, "site", NULL);
  cli_site = g_build_filename (p.top, "cli-site", NULL);
  folder = g_file_new_for_path (p.examples);
  pd_window_open_library (p.window, folder);
  wait_for_library (p.window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p.window), "win.publish-library", NULL));
  dialog = find_dialog ();
  g_signal_connect (dialog, "published", G_CALLBACK (on_published), &p);
  /* The library's address, and no folder yet: Publish waits for one. */
  g_assert_cmpstr (pd_publish_dialog_get_base_url (dialog), ==,
                   "https://pathways.example.nhs.uk/");
  g_assert_null (pd_publish_dialog_get_site_folder (dialog));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL)
                  && pd_publish_dialog_is_publishing (dialog));
  pd_publish_dialog_set_site_folder (dialog, site);
  wait_for_frames ();
  shoot (GTK_WIDGET (dialog), "publish-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL));
  g_assert_true (pd_publish_dialog_is_publishing (dialog));
  end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  /* Held while its progress is read: the dialog closes once published. */
  g_object_ref (dialog);
  while (!p.published && g_get_monotonic_time () < end)
    {
      const char *text;

      g_main_context_iteration (NULL, TRUE);
      /* Read after the iteration: a progress report replaces the text. */
      text = pd_publish_dialog_get_progress_text (dialog);
      if (!p.published && !shot && text && strstr (text, " of 6)…"))
        {
          g_assert_true (g_str_has_prefix (text, "Publishing “"));
          shot = TRUE;
          shoot (GTK_WIDGET (dialog), "publish-dialog-progress");
        }
    }
  g_object_unref (dialog);
  wait_until (&p.published);
  g_assert_true (shot);
  g_assert_cmpuint (p.count, ==, 6);
  g_assert_cmpstr (p.site, ==, site);
  g_assert_null (p.problem);
  wait_for_frames ();
  shoot (GTK_WIDGET (p.window), "publish-done");

  {
    const char *argv[] = { g_getenv ("PATHWAY_CLI"), "publish", p.examples, "-o", cli_site,
                           "--quiet", NULL };

    g_free (test_run (argv));
  }
  ours = tree (site);
  cli = tree (cli_site);
  g_assert_cmpuint (g_hash_table_size (ours), ==, g_hash_table_size (cli));
  g_assert_true (g_hash_table_contains (ours, "index.html"));
  g_assert_true (g_hash_table_contains (ours, "pathways/dual-diagnosis.html"));
  g_assert_true (g_hash_table_contains (ours, PD_PUBLISH_MANIFEST));
  g_hash_table_iter_init (&iter, cli);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GBytes *mine = g_hash_table_lookup (ours, key);

      g_assert_nonnull (mine);
      if (!g_bytes_equal (mine, value))
        g_error ("%s differs from pathway publish's", (char *) key);
    }
  /* Offered next time for this library. */
  settings = g_settings_new ("org.pathwaydesigner.Designer");
  remembered = g_settings_get_value (settings, "publish-folders");
  g_assert_true (g_variant_lookup (remembered, p.examples, "s", &remembered_site));
  g_assert_cmpstr (remembered_site, ==, site);
  publish_tear_down (&p);
}

/* Cancel pressed at once: the dialog says so, closes, and no site is
 * made. */
static void
test_cancel (void)
{
  Publish p = { 0 };
  g_autofree char *site = NULL;
  g_autoptr(GFile) folder = NULL;
  PdPublishDialog *dialog;

  TEST_GUI_REQUIRE_DISPLAY ();
  publish_set_up (&p);
  site = g_build_filename (p.top, "cancelled", NULL);
  folder = g_file_new_for_path (p.examples);
  pd_window_open_library (p.window, folder);
  wait_for_library (p.window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p.window), "win.publish-library", NULL));
  dialog = find_dialog ();
  g_signal_connect (dialog, "published", G_CALLBACK (on_published), &p);
  g_signal_connect (dialog, "cancelled", G_CALLBACK (on_cancelled), &p);
  pd_publish_dialog_set_site_folder (dialog, site);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.cancel", NULL));
  wait_until (&p.cancelled);
  g_assert_false (p.published);
  g_assert_false (g_file_test (site, G_FILE_TEST_EXISTS));
  wait_for_frames ();
  {
    g_autoptr(GList) windows = gtk_window_list_toplevels ();

    for (GList *l = windows; l; l = l->next)
      g_assert_false (PD_IS_PUBLISH_DIALOG (l->data));
  }
  publish_tear_down (&p);
}

/* No library open: the action opens the pathway's folder as one, then
 * offers to publish it. An address typed in that is not http(s) keeps
 * Publish from starting. */
static void
test_from_pathway (void)
{
  Publish p = { 0 };
  g_autofree char *site = NULL;
  PdPublishDialog *dialog;
  GtkWidget *address;

  TEST_GUI_REQUIRE_DISPLAY ();
  publish_set_up (&p);
  site = g_build_filename (p.top, "site", NULL);
  g_assert_null (pd_window_get_library (p.window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p.window), "win.publish-library", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (pd_window_get_library (p.window));
  g_assert_cmpstr (pd_publish_dialog_get_base_url (dialog), ==,
                   "https://pathways.example.nhs.uk/");
  pd_publish_dialog_set_site_folder (dialog, site);
  address = pd_publish_dialog_get_address_row (dialog);
  gtk_editable_set_text (GTK_EDITABLE (address), "file:///etc/");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL);
  g_assert_false (pd_publish_dialog_is_publishing (dialog));
  gtk_editable_set_text (GTK_EDITABLE (address), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.cancel", NULL));
  wait_for_frames ();
  g_assert_false (g_file_test (site, G_FILE_TEST_EXISTS));
  publish_tear_down (&p);
}

/* A copy of the examples' library with a pathway that cannot be loaded;
 * the window on the copy of the first example: (transfer full). */
static char *
copy_library (Publish *p)
{
  g_autofree char *library = g_build_filename (p->top, "library", NULL);

  g_assert_cmpint (g_mkdir (library, 0755), ==, 0);
  test_copy_examples (library, NULL, NULL, NULL);
  test_add_broken_pathway (library);
  return g_steal_pointer (&library);
}

/* The pathway shown has unsaved changes: the dialog says so, and Save
 * First saves them so that the site has them. A pathway that cannot be
 * loaded is left out and said. A site folder that cannot be made is an
 * error shown in the dialog, which stays open to choose another. */
static void
test_unsaved (void)
{
  Publish p = { 0 };
  g_autofree char *library = NULL;
  g_autofree char *first = NULL;
  g_autofree char *site = NULL;
  g_autofree char *blocker = NULL;
  g_autofree char *page = NULL;
  g_autofree char *page_path = NULL;
  g_autoptr(PdDocument) document = NULL;
  g_autoptr(GFile) folder = NULL;
  PdPublishDialog *dialog;
  PdWindow *examples_window;

  TEST_GUI_REQUIRE_DISPLAY ();
  publish_set_up (&p);
  library = copy_library (&p);
  first = g_build_filename (library, "common-mental-health-stepped-care.pathway", NULL);
  document = test_load (first);
  pd_document_mark_saved (document);
  examples_window = p.window;
  p.window = pd_window_new (NULL, document, first, NULL);
  gtk_window_destroy (GTK_WINDOW (examples_window));
  gtk_window_present (GTK_WINDOW (p.window));
  folder = g_file_new_for_path (library);
  pd_window_open_library (p.window, folder);
  wait_for_library (p.window);
  pd_document_set (pd_window_get_document (p.window), pd_window_get_document (p.window),
                   "title", "Stepped care, as changed in the workshop", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p.window), "win.publish-library", NULL));
  dialog = find_dialog ();
  g_signal_connect (dialog, "published", G_CALLBACK (on_published), &p);
  g_assert_true (pd_publish_dialog_shows_unsaved (dialog));
  shoot (GTK_WIDGET (dialog), "publish-dialog-unsaved");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.save-first", NULL));
  g_assert_false (pd_document_get_modified (pd_window_get_document (p.window)));
  g_assert_false (pd_publish_dialog_shows_unsaved (dialog));

  /* A file where the site's folder would be. */
  blocker = g_build_filename (p.top, "blocker", NULL);
  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  site = g_build_filename (blocker, "site", NULL);
  pd_publish_dialog_set_site_folder (dialog, site);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL));
  while (pd_publish_dialog_is_publishing (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (p.published);
  g_assert_nonnull (pd_publish_dialog_get_error (dialog));
  g_assert_nonnull (strstr (pd_publish_dialog_get_error (dialog), site));
  wait_for_frames ();
  shoot (GTK_WIDGET (dialog), "publish-dialog-error");

  g_free (site);
  site = g_build_filename (p.top, "site", NULL);
  pd_publish_dialog_set_site_folder (dialog, site);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL));
  wait_until (&p.published);
  g_assert_cmpuint (p.count, ==, 6);
  g_assert_nonnull (p.problem);
  g_assert_nonnull (strstr (p.problem, "a-broken.pathway"));
  page_path = g_build_filename (site, "pathways", "common-mental-health-stepped-care.html", NULL);
  g_assert_true (g_file_get_contents (page_path, &page, NULL, NULL));
  g_assert_nonnull (strstr (page, "Stepped care, as changed in the workshop"));
  publish_tear_down (&p);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  g_test_add_func ("/publish-window/publish", test_publish);
  g_test_add_func ("/publish-window/cancel", test_cancel);
  g_test_add_func ("/publish-window/from-pathway", test_from_pathway);
  g_test_add_func ("/publish-window/unsaved", test_unsaved);
  return g_test_run ();
}
