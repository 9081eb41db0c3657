/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application around its windows: quitting, saving names, the start
 * page, settings (run under xvfb-run). */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-application.h"
#include "pd-window.h"
#include "test-common.h"

static gboolean have_display;

static void
wait_for_frames (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* A registered GtkApplication is only torn down by g_application_run(), so
 * each test that registers one runs in a process of its own. */
static void
run_in_subprocess (void (*test) (void))
{
  if (g_test_subprocess ())
    {
      test ();
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A copy of an example in a folder of its own. */
static char *
copy_example (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-app-XXXXXX", NULL);
  g_autofree char *contents = NULL;
  char *copy = g_build_filename (dir, "example.pathway", NULL);
  gsize length;

  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 1), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  return copy;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
quit_asks (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  g_autofree char *path = copy_example ();
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  PdDocument *doc;
  GtkWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = pd_application_open_path (app, path);
  g_assert_nonnull (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  doc = pd_window_get_document (PD_WINDOW (window));
  pd_document_set (doc, doc, "title", "Changed before quitting", NULL);

  /* Ctrl+Q asks, naming the pathway; Cancel keeps everything. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_for_frames ();
  g_assert_nonnull (window);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Changed before quitting"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_nonnull (window);
  g_assert_true (pd_document_get_modified (doc));

  /* Save All writes the file, then the window goes. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_for_frames ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  wait_for_frames ();
  g_assert_null (window);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "<title>Changed before quitting</title>"));
  g_unlink (path);
}

static void
test_quit_asks (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  run_in_subprocess (quit_asks);
}

static gboolean dialog_seen;

static gboolean
answer_discard (gpointer data)
{
  AdwMessageDialog *dialog = find_dialog ();

  if (dialog == NULL)
    return G_SOURCE_CONTINUE;
  dialog_seen = TRUE;
  adw_message_dialog_response (dialog, "discard");
  return G_SOURCE_REMOVE;
}

static gboolean
edit_and_quit (gpointer data)
{
  GApplication *app = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  PdDocument *doc;

  g_assert_true (PD_IS_WINDOW (window));
  doc = pd_window_get_document (PD_WINDOW (window));
  pd_document_set (doc, doc, "title", "Thrown away", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_timeout_add (50, answer_discard, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
give_up (gpointer data)
{
  g_error ("the application did not quit");
  return G_SOURCE_REMOVE;
}

/* Discard All quits: g_application_run() returns. */
static void
quit_discards (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();

  g_idle_add (edit_and_quit, app);
  g_timeout_add_seconds (30, give_up, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (dialog_seen);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_quit_discards (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  run_in_subprocess (quit_discards);
}

/* Save proposes the pathway's title as the file's name. */
static void
test_save_name (void)
{
  static const struct { const char *title; const char *name; } cases[] = {
    { "Stepped care for depression", "Stepped care for depression.pathway" },
    { "Adult/older adult memory service", "Adult-older adult memory service.pathway" },
    { "../hidden", "-hidden.pathway" },
    { "  ", "Untitled.pathway" },
  };
  g_autoptr(PdDocument) doc = NULL;
  PdWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  doc = pd_document_new_default ();
  window = pd_window_new (NULL, doc, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;

      pd_document_set (doc, doc, "title", cases[i].title, NULL);
      name = pd_window_suggest_file_name (window);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The size of the last window closed is the next one's. */
static void
test_window_size (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(PdDocument) doc = NULL;
  PdWindow *window;
  int width, height;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  settings = g_settings_new (APPLICATION_ID);
  doc = pd_document_new_default ();
  window = pd_window_new (NULL, doc, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = pd_window_new (NULL, doc, NULL, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("pathway-state-XXXXXX", NULL);
  g_autofree char *data = g_dir_make_tmp ("pathway-data-XXXXXX", NULL);

  /* Recovery copies and recent files in folders of the test's own. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/app/quit-asks", test_quit_asks);
  g_test_add_func ("/app/quit-discards", test_quit_discards);
  g_test_add_func ("/app/save-name", test_save_name);
  g_test_add_func ("/app/window-size", test_window_size);
  return g_test_run ();
}
