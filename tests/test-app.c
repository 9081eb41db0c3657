/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application around its windows: quitting, saving names, the start
 * page, settings (run under xvfb-run). */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-application.h"
#include "pd-recent.h"
#include "pd-start.h"
#include "pd-window.h"
#include "test-gui.h"

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
  test_run_in_subprocess (quit_asks);
}

static gboolean wait_until (gboolean (*done) (gpointer),
                            gpointer   data);
static gboolean is_null    (gpointer   pointer);

static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }
  return NULL;
}

/* Save All asks for a new pathway's name, proposing its title, and quits
 * the window once it is saved. */
static void
quit_saves_untitled (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Saved at quit.pathway", NULL);
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *saved = NULL;
  AdwMessageDialog *dialog;
  GtkFileChooser *chooser;
  GtkWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  pd_document_mark_saved (doc);
  window = GTK_WINDOW (pd_window_new (ADW_APPLICATION (app), doc, NULL, NULL));
  gtk_window_present (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  pd_document_set (doc, doc, "title", "Saved at quit", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_for_frames ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  wait_for_frames ();
  /* Waiting for a name, the window stays. */
  g_assert_nonnull (window);
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "Saved at quit.pathway");
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  wait_for_frames ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the name in the background before it answers. */
  g_assert_true (wait_until (is_null, &window));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "<title>Saved at quit</title>"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_quit_saves_untitled (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  test_run_in_subprocess (quit_saves_untitled);
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
  test_run_in_subprocess (quit_discards);
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

/* Iterates the main loop until @done (@data) or 20 s have passed. */
static gboolean
wait_until (gboolean    (*done) (gpointer),
            gpointer      data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  return TRUE;
}

static gboolean
lists_two (gpointer page)
{
  return pd_start_page_get_n_recent (page) == 2;
}

static gboolean
has_thumbnail (gpointer page)
{
  for (guint i = 0; i < pd_start_page_get_n_recent (page); i++)
    if (!pd_start_page_get_recent_missing (page, i)
        && pd_start_page_get_recent_thumbnail (page, i) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static PdWindow *
only_window (PdApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (PD_IS_WINDOW (windows->data));
  return windows->data;
}

/* Started with no file: the start page, with the recent pathways (one
 * drawn, one missing) and the templates. */
static void
start_page (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  g_autofree char *path = copy_example ();
  g_autofree char *gone = g_build_filename (g_get_tmp_dir (), "gone-XXXXXX.pathway", NULL);
  g_autoptr(GPtrArray) templates = pd_start_page_list_templates ();
  g_autoptr(GPtrArray) examples = NULL;
  g_autoptr(GMenuItem) item = NULL;
  g_autofree char *label = NULL;
  GMenuModel *menu = pd_recent_get_menu ();
  PdStartPage *page;
  PdWindow *window;
  gboolean found = FALSE;

  /* Open Recent says why it is empty. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  item = g_menu_item_new_from_model (menu, 0);
  g_assert_true (g_menu_item_get_attribute (item, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "No recent pathways");

  pd_recent_note (path);
  pd_recent_note (gone);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  window = only_window (app);
  page = PD_START_PAGE (pd_window_get_start_page (window));
  g_assert_nonnull (page);
  g_assert_true (wait_until (lists_two, page));
  for (guint i = 0; i < 2; i++)
    {
      if (g_str_equal (pd_start_page_get_recent_path (page, i), path))
        {
          g_assert_false (pd_start_page_get_recent_missing (page, i));
          found = TRUE;
        }
      else
        g_assert_true (pd_start_page_get_recent_missing (page, i));
    }
  g_assert_true (found);
  g_assert_true (wait_until (has_thumbnail, page));
  /* The keyboard starts on New Pathway: Enter begins one. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_true (GTK_IS_BUTTON (focus));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==,
                     "win.start-new");
  }
  /* The menu lists the file that exists. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_clear_object (&item);
  g_clear_pointer (&label, g_free);
  item = g_menu_item_new_from_model (menu, 0);
  g_assert_true (g_menu_item_get_attribute (item, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "example.pathway");

  /* The three starters and every example, each a pathway. */
  examples = test_example_paths ();
  g_assert_cmpuint (templates->len, ==, 3 + examples->len);
  for (guint i = 0; i < templates->len; i++)
    g_assert_true (g_resources_get_info (g_ptr_array_index (templates, i),
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));

  /* New Pathway shows the canvas. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-new", NULL));
  g_assert_null (pd_window_get_start_page (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_start_page (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  test_run_in_subprocess (start_page);
}

/* A template opens as a new Untitled pathway with its steps, in place of
 * the untouched window it was chosen from. */
static void
template_opens (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  GtkWindow *start;
  GtkWindow *window;
  PdDocument *doc;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  start = GTK_WINDOW (only_window (app));
  g_object_add_weak_pointer (G_OBJECT (start), (gpointer *) &start);
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template",
                                  g_variant_new_string (PD_TEMPLATES_PATH
                                                        "stepped-care.pathway"));
  wait_for_frames ();
  g_assert_null (start);
  window = GTK_WINDOW (only_window (app));
  doc = pd_window_get_document (PD_WINDOW (window));
  g_assert_null (pd_window_get_path (PD_WINDOW (window)));
  g_assert_cmpstr (pd_document_get_title (doc), ==, "Stepped care");
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (doc)), ==, 6);
  g_assert_false (pd_document_get_modified (doc));
  /* Not untouched: a file opened from it opens beside it. */
  g_assert_false (pd_window_is_untouched (PD_WINDOW (window)));

  /* Every template reads. */
  {
    g_autoptr(GPtrArray) templates = pd_start_page_list_templates ();

    for (guint i = 0; i < templates->len; i++)
      {
        GtkWindow *opened = pd_application_open_template (app,
                                                          g_ptr_array_index (templates, i));
        g_assert_nonnull (opened);
        gtk_window_destroy (opened);
      }
  }
  gtk_window_destroy (window);
}

static void
test_template_opens (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  test_run_in_subprocess (template_opens);
}

/* Opening a file from an untouched new window replaces it; from a window
 * with a change, it opens beside it. */
static void
open_replaces (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  g_autofree char *path = copy_example ();
  GtkWindow *blank;
  GtkWindow *opened;
  PdDocument *doc;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (app), "new", NULL);
  blank = GTK_WINDOW (only_window (app));
  g_object_add_weak_pointer (G_OBJECT (blank), (gpointer *) &blank);
  g_assert_true (pd_window_is_untouched (PD_WINDOW (blank)));
  opened = pd_application_open_path (app, path);
  wait_for_frames ();
  g_assert_null (blank);
  g_assert_true (GTK_WINDOW (only_window (app)) == opened);
  gtk_window_destroy (opened);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new", NULL);
  blank = GTK_WINDOW (only_window (app));
  g_object_add_weak_pointer (G_OBJECT (blank), (gpointer *) &blank);
  doc = pd_window_get_document (PD_WINDOW (blank));
  pd_document_set (doc, doc, "title", "Begun", NULL);
  pd_document_undo (doc);
  /* Undone, but touched: it stays. */
  g_assert_false (pd_window_is_untouched (PD_WINDOW (blank)));
  opened = pd_application_open_path (app, path);
  wait_for_frames ();
  g_assert_nonnull (blank);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);
  gtk_window_destroy (opened);
  gtk_window_destroy (blank);
  g_unlink (path);
}

static void
test_open_replaces (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }
  test_run_in_subprocess (open_replaces);
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
  test_gui_init (&argc, &argv);
  g_test_add_func ("/app/quit-asks", test_quit_asks);
  g_test_add_func ("/app/quit-discards", test_quit_discards);
  g_test_add_func ("/app/quit-saves-untitled", test_quit_saves_untitled);
  g_test_add_func ("/app/save-name", test_save_name);
  g_test_add_func ("/app/window-size", test_window_size);
  g_test_add_func ("/app/start-page", test_start_page);
  g_test_add_func ("/app/template-opens", test_template_opens);
  g_test_add_func ("/app/open-replaces", test_open_replaces);
  return g_test_run ();
}
