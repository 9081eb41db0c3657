/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library's problems on the designer's Library page, the same as
 * `pathway check FOLDER` prints; a problem opens its pathway at its step;
 * agencies that come from the library say so (run under xvfb-run). */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-agencies.h"
#include "pd-library-panel.h"
#include "test-gui.h"

/* A copy of the examples' library with a pathway that cannot be loaded
 * and an agency whose colour differs from the library's. */
static char *
make_library (void)
{
  char *dir = g_dir_make_tmp ("pathway-problems-XXXXXX", NULL);

  test_copy_examples (dir, "dual-diagnosis.pathway", "<agency id=\"nhs\" colour=\"#005EB8\"",
                      "<agency id=\"nhs\" colour=\"#FF0000\"");
  test_add_broken_pathway (dir);
  return dir;
}

static gpointer
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, type);
      if (found)
        return found;
    }
  return NULL;
}

static PdLibraryProblems *
find_problems (PdWindow *window)
{
  return pd_library_panel_get_problems (find_widget (GTK_WIDGET (window),
                                                     PD_TYPE_LIBRARY_PANEL));
}

/* Until the library is read and checked. */
static void
wait_for_check (PdWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  /* Opening a library clears the summary; a check ends by setting it. */
  while ((pd_window_get_library (window) == NULL
          || pd_library_problems_is_checking (find_problems (window))
          || g_strcmp0 (pd_library_problems_get_summary (find_problems (window)), "") == 0)
         && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (pd_window_get_library (window));
  g_assert_false (pd_library_problems_is_checking (find_problems (window)));
  wait_for_frames ();
}

static PdWindow *
open_library (const char *dir)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  PdWindow *window;

  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, NULL, NULL);
  pd_window_mark_blank (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pd_window_open_library (window, folder);
  wait_for_check (window);
  return window;
}

static GPtrArray *
rows_of (PdWindow *window)
{
  GtkListBox *list = pd_library_problems_get_list (find_problems (window));
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)); i++)
    g_ptr_array_add (rows, row);
  return rows;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* What `pathway check DIR` prints, one finding a line, sorted. */
static GPtrArray *
cli_findings (const char *dir)
{
  const char *argv[] = { g_getenv ("PATHWAY_CLI"), "check", dir, NULL };
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                               NULL, NULL, &err, NULL, NULL));
  lines = g_strsplit (err, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (*lines[i])
      g_ptr_array_add (findings, g_strdup (lines[i]));
  g_ptr_array_sort (findings, compare_strings);
  return findings;
}

static guint
count_saying (GPtrArray  *findings,
              const char *text)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (strstr (g_ptr_array_index (findings, i), text))
      n++;
  return n;
}

static GtkListBoxRow *
row_saying (PdWindow   *window,
            const char *text)
{
  g_autoptr(GPtrArray) rows = rows_of (window);

  for (guint i = 0; i < rows->len; i++)
    if (strstr (pd_library_problems_row_get_diagnostic (rows->pdata[i]), text))
      return rows->pdata[i];
  return NULL;
}

/* The rows are the command's findings, errors first, each read out with
 * its severity in words; the heading counts them in words. */
static void
test_rows_are_cli (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) cli = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *summary = NULL;
  PdLibraryProblems *problems;
  PdWindow *window;
  GtkListBoxRow *row;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  problems = find_problems (window);
  cli = cli_findings (dir);
  rows = rows_of (window);
  g_assert_cmpuint (rows->len, ==, cli->len);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (shown, (gpointer) pd_library_problems_row_get_diagnostic (rows->pdata[i]));
  g_ptr_array_sort (shown, compare_strings);
  for (guint i = 0; i < cli->len; i++)
    g_assert_cmpstr (g_ptr_array_index (shown, i), ==, g_ptr_array_index (cli, i));

  /* The broken pathway's error first; the agency's difference a note. */
  g_assert_true (strstr (pd_library_problems_row_get_diagnostic (rows->pdata[0]), ": error: "));
  g_assert_true (g_str_has_prefix (pd_library_problems_row_get_sentence (rows->pdata[0]),
                                   "Error: "));
  row = row_saying (window, "agency “nhs” differs from the library’s");
  g_assert_nonnull (row);
  g_assert_true (strstr (pd_library_problems_row_get_diagnostic (row), ": note: "));
  g_assert_true (g_str_has_prefix (pd_library_problems_row_get_sentence (row), "Note: "));
  g_assert_true (g_str_has_suffix (pd_library_problems_row_get_sentence (row),
                                   ". Coexisting severe mental illness and substance misuse"));
  summary = g_strdup_printf ("%u error, %u warnings, %u notes",
                             count_saying (cli, ": error: "), count_saying (cli, ": warning: "),
                             count_saying (cli, ": note: "));
  g_assert_cmpstr (pd_library_problems_get_summary (problems), ==, summary);
  g_assert_cmpstr (summary, ==, "1 error, 5 warnings, 8 notes");

  /* Checked again when the library is opened again. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    pd_window_open_library (window, folder);
    g_assert_cmpuint (rows_of (window)->len, ==, 0);
    wait_for_check (window);
    g_assert_cmpuint (rows_of (window)->len, ==, cli->len);
  }
  /* And with Check Library. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-library", NULL));
  g_assert_true (pd_library_problems_is_checking (problems));
  wait_for_check (window);
  g_assert_cmpuint (rows_of (window)->len, ==, cli->len);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* Enter on a problem opens its pathway with the step it names selected,
 * asking first about unsaved changes. */
static void
test_row_opens_step (void)
{
  g_autofree char *dir = NULL;
  GtkListBoxRow *row;
  PdWindow *window;
  PdDocument *doc;
  g_autoptr(PdNode) node = NULL;
  GListModel *toplevels;
  AdwMessageDialog *dialog = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  g_assert_true (g_str_has_suffix (pd_window_get_path (window),
                                   "common-mental-health-stepped-care.pathway"));
  row = row_saying (window, "step “Relapse prevention plan” is also a step of");
  g_assert_nonnull (row);
  g_assert_cmpstr (pd_library_problems_row_get_object_id (row), ==, "n-relapse");
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  wait_for_frames ();
  g_assert_true (g_str_has_suffix (pd_window_get_path (window), "first-episode-psychosis.pathway"));
  g_assert_cmpstr (pd_selection_get_last (pd_window_get_selection (window)), ==, "n-relapse");

  /* Unsaved changes: asked first; the step is selected once they are let go. */
  doc = pd_window_get_document (window);
  node = g_list_model_get_item (pd_document_get_nodes (doc), 0);
  pd_document_set (doc, node, "title", "Changed", NULL);
  row = row_saying (window, "the role “Consultant perinatal psychiatrist” nearly matches");
  g_assert_nonnull (row);
  gtk_widget_activate (GTK_WIDGET (row));
  wait_for_frames ();
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  g_assert_true (pd_window_get_document (window) == doc);
  adw_message_dialog_response (dialog, "discard");
  wait_for_frames ();
  g_assert_true (g_str_has_suffix (pd_window_get_path (window), "perinatal-mental-health.pathway"));
  g_assert_cmpstr (pd_selection_get_last (pd_window_get_selection (window)), ==,
                   pd_library_problems_row_get_object_id (row));
  g_assert_nonnull (pd_document_get_node (pd_window_get_document (window),
                                          pd_library_problems_row_get_object_id (row)));

  /* A problem of library.xml opens nothing. */
  row = row_saying (window, "care cluster 0 (Variance) is covered by no pathway");
  g_assert_nonnull (row);
  g_assert_null (pd_library_problems_row_get_file (row));
  g_assert_false (gtk_list_box_row_get_activatable (row));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* Opened from the library, a pathway's agencies are the library's, say so
 * and are not edited; the pathway is not changed by it. */
static void
test_agencies_from_library (void)
{
  g_autofree char *dir = NULL;
  PdWindow *window;
  PdAgencies *agencies;
  PdDocument *doc;
  PdAgency *nhs;
  GtkWidget *name;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = make_library ();
  window = open_library (dir);
  pd_window_open_library_entry (window, pd_library_lookup_pathway (pd_window_get_library (window),
                                                                   "dual-diagnosis"), NULL);
  wait_for_frames ();
  doc = pd_window_get_document (window);
  g_assert_true (g_str_has_suffix (pd_window_get_path (window), "dual-diagnosis.pathway"));
  g_assert_false (pd_document_get_modified (doc));
  nhs = pd_document_get_agency (doc, "nhs");
  g_assert_cmpstr (pd_agency_get_colour (nhs), ==, "#005EB8");
  agencies = find_widget (GTK_WIDGET (window), PD_TYPE_AGENCIES);
  wait_for_frames ();
  g_assert_true (pd_agencies_is_from_library (agencies, nhs));
  name = pd_agencies_get_editor (agencies, nhs, "name");
  /* Shown, not edited. */
  g_assert_true (ADW_IS_ACTION_ROW (name));
  g_assert_false (GTK_IS_EDITABLE (name));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (name)), ==, "NHS trust");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pd_agencies_get_editor (
    agencies, nhs, "cue"))), ==, "N");

  /* A pathway opened otherwise edits its own. */
  {
    g_autofree char *path = g_build_filename (dir, "dual-diagnosis.pathway", NULL);
    g_autoptr(PdDocument) alone = test_load (path);

    pd_agencies_set_document (agencies, alone);
    wait_for_frames ();
    nhs = pd_document_get_agency (alone, "nhs");
    g_assert_cmpstr (pd_agency_get_colour (nhs), ==, "#FF0000");
    g_assert_false (pd_agencies_is_from_library (agencies, nhs));
    g_assert_true (GTK_IS_EDITABLE (pd_agencies_get_editor (agencies, nhs, "name")));
    pd_agencies_set_document (agencies, doc);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* A library of more problems than are listed (510 pathways that cannot be
 * loaded, 21 care clusters no pathway covers): 500 rows, then one saying
 * how many more; the heading counts them all. Before a library is open,
 * there is nothing to check. */
static void
test_many (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-problems-XXXXXX", NULL);
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) rows = NULL;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  for (guint i = 0; i < 510; i++)
    {
      g_autofree char *name = g_strdup_printf ("p%03u.pathway", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (path, "<pathway", -1, NULL));
    }
  window = pd_window_new (NULL, doc, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.check-library", NULL);
  g_assert_false (pd_library_problems_is_checking (find_problems (window)));
  pd_window_open_library (window, folder);
  wait_for_check (window);
  rows = rows_of (window);
  g_assert_cmpuint (rows->len, ==, 501);
  g_assert_cmpstr (pd_library_problems_row_get_sentence (rows->pdata[500]), ==,
                   "31 more problems are not listed here; pathway check lists them all");
  g_assert_false (gtk_list_box_row_get_activatable (rows->pdata[500]));
  g_assert_true (gtk_list_box_row_get_activatable (rows->pdata[499]));
  g_assert_cmpstr (pd_library_problems_get_summary (find_problems (window)), ==,
                   "510 errors, 21 notes");
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  test_gui_init (&argc, &argv);
  g_test_add_func ("/library-problems/rows-are-cli", test_rows_are_cli);
  g_test_add_func ("/library-problems/row-opens-step", test_row_opens_step);
  g_test_add_func ("/library-problems/agencies-from-library", test_agencies_from_library);
  g_test_add_func ("/library-problems/many", test_many);
  return g_test_run ();
}
