/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The designer window, driven through its actions (run under xvfb-run). */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pd-application.h"
#include "pd-canvas.h"
#include "pd-diagnostic.h"
#include "pd-recovery.h"
#include "pd-window.h"
#include "test-common.h"

static gboolean have_display;

static void
wait_for_frames (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static PdWindow *
open_example (char **copy_out)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-window-XXXXXX", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *etag = NULL;
  char *copy = g_build_filename (dir, "example.pathway", NULL);
  g_autoptr(PdDocument) doc = NULL;
  PdWindow *window;
  gsize length;

  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 1), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  doc = pd_file_load (copy, &etag, NULL, NULL);
  g_assert_nonnull (doc);
  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, copy, etag);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  *copy_out = copy;
  return window;
}

static void
test_title_and_edits (void)
{
  g_autofree char *path = NULL;
  PdWindow *window;
  PdDocument *doc;
  g_autoptr(PdNode) node = NULL;
  const char *title;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  window = open_example (&path);
  doc = pd_window_get_document (window);
  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_cmpstr (title, ==, pd_document_get_title (doc));
  g_assert_false (pd_document_get_modified (doc));

  node = g_list_model_get_item (pd_document_get_nodes (doc), 0);
  pd_document_set (doc, node, "title", "Renamed in the window", NULL);
  wait_for_frames ();
  /* The modified mark. */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (pd_node_get_title (node), !=, "Renamed in the window");
  g_assert_false (pd_document_get_modified (doc));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (pd_node_get_title (node), ==, "Renamed in the window");

  /* Save writes what the document holds, and clears the mark. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (pd_document_get_modified (doc));
  {
    g_autofree char *saved = NULL;
    g_autofree char *expected = test_write (doc);
    g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
    g_assert_cmpstr (saved, ==, expected);
  }
  {
    /* Saving stamps today's date, in the file too, and is no undo step. */
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *attribute = g_strdup_printf ("modified=\"%s\"", today);
    g_autofree char *saved = NULL;
    g_autofree char *modified = NULL;

    g_object_get (doc, "modified-date", &modified, NULL);
    g_assert_cmpstr (modified, ==, today);
    g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
    g_assert_nonnull (strstr (saved, attribute));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpstr (pd_node_get_title (node), !=, "Renamed in the window");
    g_clear_pointer (&modified, g_free);
    g_object_get (doc, "modified-date", &modified, NULL);
    g_assert_cmpstr (modified, ==, today);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_zoom (void)
{
  g_autofree char *path = NULL;
  PdWindow *window;
  PdCanvas *canvas;
  GtkAdjustment *hadjustment;
  double before, after;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  window = open_example (&path);
  canvas = PD_CANVAS (pd_window_get_canvas (window));
  /* The scrolled area grows with the zoom. */
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (canvas));
  before = gtk_adjustment_get_upper (hadjustment);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (pd_canvas_get_zoom (canvas), ==, 1.25);
  wait_for_frames ();
  after = gtk_adjustment_get_upper (hadjustment);
  g_assert_cmpfloat (after, >, before * 1.2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (pd_canvas_get_zoom (canvas), ==, 1.0);
  /* The shortcuts window exists and opens. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  wait_for_frames ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)))));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_changed_on_disk (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  PdWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  window = open_example (&path);
  g_assert_true (g_file_set_contents (path, "someone else's", -1, NULL));
  pd_document_set (pd_window_get_document (window), pd_window_get_document (window), "title",
                   "Mine", NULL);
  /* Nothing is overwritten; the user is told. */
  g_assert_false (pd_window_save_to (window, path, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_CHANGED);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "someone else's");

  /* Save asks: Cancel keeps their file, Replace writes ours. */
  g_assert_false (pd_window_save (window));
  wait_for_frames ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "someone else's");
  g_assert_false (pd_window_save (window));
  wait_for_frames ();
  dialog = find_dialog (GTK_WINDOW (window));
  adw_message_dialog_response (dialog, "replace");
  wait_for_frames ();
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "<title>Mine</title>"));
  g_assert_false (pd_document_get_modified (pd_window_get_document (window)));
  /* Saved, the next save does not ask. */
  g_assert_true (pd_window_save (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* Save over a read-only file asks: Cancel, or Save As…, and never
 * replaces it. */
static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *base = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *date_before = NULL;
  g_autofree char *date_after = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  PdWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  window = open_example (&path);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  pd_document_set (pd_window_get_document (window), pd_window_get_document (window), "title",
                   "Mine", NULL);
  g_object_get (pd_window_get_document (window), "modified-date", &date_before, NULL);
  g_assert_false (pd_window_save_to (window, path, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_READ_ONLY);
  /* Not saved: not stamped. */
  g_object_get (pd_window_get_document (window), "modified-date", &date_after, NULL);
  g_assert_cmpstr (date_after, ==, date_before);

  g_assert_false (pd_window_save (window));
  wait_for_frames ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  base = g_path_get_basename (path);
  heading = g_strdup_printf ("“%s” is read-only", base);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_false (adw_message_dialog_has_response (dialog, "replace"));
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (pd_document_get_modified (pd_window_get_document (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_close_asks (void)
{
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PdWindow *window;
  PdDocument *doc;
  AdwMessageDialog *dialog;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  /* Unchanged: closes at once. */
  window = open_example (&path);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  wait_for_frames ();
  g_assert_null (window);
  g_unlink (path);
  g_clear_pointer (&path, g_free);

  /* Changed: asks; Cancel keeps the window, Save saves then closes. */
  window = open_example (&path);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  doc = pd_window_get_document (window);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  pd_document_set (doc, doc, "title", "Changed in the workshop", NULL);
  gtk_window_close (GTK_WINDOW (window));
  wait_for_frames ();
  g_assert_nonnull (window);
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_nonnull (window);
  gtk_window_close (GTK_WINDOW (window));
  wait_for_frames ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  wait_for_frames ();
  g_assert_null (window);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, !=, after);
  g_assert_nonnull (strstr (after, "Changed in the workshop"));
  g_unlink (path);
}

static gboolean
copy_exists (PdWindow *window)
{
  g_autofree char *dir = pd_recovery_dir (NULL);
  g_autofree char *name = g_strconcat (pd_window_get_recovery_id (window), ".pathway", NULL);
  g_autofree char *copy = g_build_filename (dir, name, NULL);

  return g_file_test (copy, G_FILE_TEST_EXISTS);
}

static void
test_autosave (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PdWindow *window;
  PdDocument *doc;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  window = open_example (&path);
  doc = pd_window_get_document (window);
  g_assert_true (pd_window_autosave_now (window, &error));
  /* Nothing unsaved, no copy. */
  g_assert_false (copy_exists (window));
  pd_document_set (doc, doc, "title", "Edited in the workshop", NULL);
  g_assert_true (pd_window_autosave_now (window, &error));
  g_assert_no_error (error);
  g_assert_true (copy_exists (window));
  {
    g_autoptr(GPtrArray) items = pd_recovery_list (NULL);
    g_autoptr(PdDocument) copy = NULL;
    PdRecoveryItem *item;

    g_assert_cmpuint (items->len, ==, 1);
    item = g_ptr_array_index (items, 0);
    g_assert_cmpstr (item->origin, ==, path);
    copy = pd_file_load (item->copy_path, NULL, NULL, NULL);
    g_assert_cmpstr (pd_document_get_title (copy), ==, "Edited in the workshop");
  }
  /* A clean save removes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (copy_exists (window));
  /* So does closing on purpose. */
  pd_document_set (doc, doc, "title", "Edited again", NULL);
  g_assert_true (pd_window_autosave_now (window, &error));
  g_assert_true (copy_exists (window));
  gtk_window_destroy (GTK_WINDOW (window));
  {
    g_autoptr(GPtrArray) items = pd_recovery_list (NULL);
    g_assert_cmpuint (items->len, ==, 0);
  }
  g_unlink (path);
}

/* Waits up to @seconds for the window's recovery copy; how long it took in
 * seconds, or -1. */
static double
wait_for_copy (PdWindow *window,
               double    seconds)
{
  gint64 start = g_get_monotonic_time ();

  while (!copy_exists (window))
    {
      if (g_get_monotonic_time () - start > seconds * G_USEC_PER_SEC)
        return -1;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* An edit reaches the recovery copy within 2 s, even while editing goes
 * on; but not a write per keystroke. */
static void
test_autosave_soon (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = pd_recovery_dir (NULL);
  g_autoptr(PdDocument) copy = NULL;
  PdWindow *window;
  PdDocument *doc;
  gint64 start;
  double took;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  window = open_example (&path);
  doc = pd_window_get_document (window);
  pd_document_set (doc, doc, "title", "T", NULL);
  /* Written later, not on the keystroke itself. */
  g_assert_false (copy_exists (window));
  /* Typing goes on, a key every 100 ms: the copy still comes in time. */
  start = g_get_monotonic_time ();
  for (int typed = 1; typed <= 5; typed++)
    {
      g_autofree char *title = g_strndup ("Typed", typed);

      pd_document_set (doc, doc, "title", title, NULL);
      while (g_get_monotonic_time () - start < 100000 * typed)
        g_main_context_iteration (NULL, FALSE);
    }
  took = wait_for_copy (window, 2.0);
  g_assert_cmpfloat (took, >=, 0);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, <=, 2.0);
  /* It holds the last state the history reached. */
  while (g_get_monotonic_time () - start < 2 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);
  {
    g_autofree char *name = g_strconcat (pd_window_get_recovery_id (window), ".pathway", NULL);
    g_autofree char *file = g_build_filename (dir, name, NULL);

    copy = pd_file_load (file, NULL, NULL, NULL);
    g_assert_nonnull (copy);
    g_assert_cmpstr (pd_document_get_title (copy), ==, "Typed");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* The child: opens @path, edits it, waits for its recovery copy, says so,
 * and waits to be killed. */
static int
run_crashing_child (const char *path)
{
  g_autofree char *etag = NULL;
  g_autoptr(PdDocument) doc = NULL;
  PdWindow *window;

  if (!gtk_init_check ())
    return 1;
  adw_init ();
  doc = pd_file_load (path, &etag, NULL, NULL);
  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, path, etag);
  gtk_window_present (GTK_WINDOW (window));
  pd_document_set (doc, doc, "title", "Edited before the crash", NULL);
  /* The ordinary autosave, a second after the edit. */
  while (!copy_exists (window))
    g_main_context_iteration (NULL, TRUE);
  if (write (STDOUT_FILENO, "S", 1) != 1)
    return 1;
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

static void
crash_recovery (void)
{
  g_autofree char *path = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdApplication) app = NULL;
  AdwMessageDialog *dialog = NULL;
  PdWindow *restored = NULL;
  GPid pid;
  int out, status;
  char ready = 0;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  gtk_window_destroy (GTK_WINDOW (open_example (&path)));
  {
    const char *argv[] = { self_exe, "--crashing-child", path, NULL };
    g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                             G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL,
                                             &out, NULL, &error));
  }
  g_assert_no_error (error);
  g_assert_cmpint (read (out, &ready, 1), ==, 1);
  close (out);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));

  /* The next start offers the copy back, with the edit. */
  app = pd_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  pd_application_offer_recovery (app);
  wait_for_frames ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (ADW_IS_MESSAGE_DIALOG (w))
          dialog = ADW_MESSAGE_DIALOG (w);
      }
  }
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "example.pathway"));
  adw_message_dialog_response (dialog, "restore");
  wait_for_frames ();
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (PD_IS_WINDOW (l->data))
      restored = l->data;
  g_assert_nonnull (restored);
  g_assert_cmpstr (pd_document_get_title (pd_window_get_document (restored)), ==,
                   "Edited before the crash");
  g_assert_true (pd_document_get_modified (pd_window_get_document (restored)));
  g_assert_cmpstr (pd_window_get_path (restored), ==, path);
  gtk_window_destroy (GTK_WINDOW (restored));
  g_unlink (path);
}

static void
hostile_opens_nothing (void)
{
  g_autoptr(PdApplication) app = NULL;
  g_autofree char *xxe = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "tests", "data",
                                           "hostile", "xxe-file.pathway", NULL);

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  app = pd_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_null (pd_application_open_path (app, xxe));
  /* Only the message dialog, no pathway window. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    g_assert_false (PD_IS_WINDOW (l->data));
  {
    /* The message, then nothing left open. */
    GListModel *toplevels = gtk_window_get_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (ADW_IS_MESSAGE_DIALOG (w))
          dialog = ADW_MESSAGE_DIALOG (w);
      }
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "DOCTYPE"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
}

static void
test_crash_recovery (void)
{
  test_run_in_subprocess (crash_recovery);
}

static void
test_hostile_opens_nothing (void)
{
  test_run_in_subprocess (hostile_opens_nothing);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = NULL;

  if (argc == 3 && g_str_equal (argv[1], "--crashing-child"))
    return run_crashing_child (argv[2]);
  /* Recovery copies go to a folder of the test's own. */
  state = g_dir_make_tmp ("pathway-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  g_test_add_func ("/window/title-and-edits", test_title_and_edits);
  g_test_add_func ("/window/zoom", test_zoom);
  g_test_add_func ("/window/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window/read-only", test_read_only);
  g_test_add_func ("/window/hostile-opens-nothing", test_hostile_opens_nothing);
  g_test_add_func ("/window/close-asks", test_close_asks);
  g_test_add_func ("/window/autosave", test_autosave);
  g_test_add_func ("/window/autosave-soon", test_autosave_soon);
  g_test_add_func ("/window/crash-recovery", test_crash_recovery);
  return g_test_run ();
}
