/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's Whole Library figures for the examples' library:
 * the same as `pathway capacity FOLDER --totals`, role by role, the
 * library's staff in post in place of the pathways' own, shown and
 * said a row each; following edits of the pathway shown; and Export Tables
 * writing the library's tables. Run under xvfb-run. */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pd-capacity-panel-private.h"
#include "pd-capacity-text.h"
#include "pd-window-private.h"
#include "test-gui.h"

static char *
examples_dir (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  return g_path_get_dirname (g_ptr_array_index (paths, 0));
}

/* A CSV line's fields; quoted fields unquoted. */
static GStrv
csv_fields (const char *line)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (*p == '"' && quoted && p[1] == '"')
        g_string_append_c (field, *++p);
      else if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0')
        {
          g_strv_builder_add (builder, field->str);
          g_string_truncate (field, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (field, *p);
    }
  return g_strv_builder_end (builder);
}

static void
assert_close (const char *field,
              double      value)
{
  double expected = g_ascii_strtod (field, NULL);

  g_assert_cmpfloat (fabs (expected - value), <=, 1e-9 * MAX (1, fabs (expected)));
}

/* A copy of the examples' library whose staff in post differ from the
 * sum of the pathways' own: 80 high-intensity therapists, not 71.8. */
static char *
copy_library (void)
{
  char *dir = g_dir_make_tmp ("capacity-library-XXXXXX", NULL);

  test_copy_examples (dir, "library.xml",
                      "role=\"High-intensity therapist\" agency=\"nhs\" wte=\"71.8\"",
                      "role=\"High-intensity therapist\" agency=\"nhs\" wte=\"80\"");
  return dir;
}

/* A window on @dir's stepped-care pathway, with @dir open as its library
 * and the Capacity page shown. */
static PdWindow *
library_window (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "common-mental-health-stepped-care.pathway",
                                            NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *etag = NULL;
  g_autoptr(PdDocument) doc = pd_file_load (path, &etag, NULL, NULL);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  PdWindow *window;

  g_assert_nonnull (doc);
  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, path, etag);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();
  pd_window_open_library (window, folder);
  while (pd_window_get_library (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (pd_window_get_library (window));
  adw_view_stack_set_visible_child_name (window->side_stack, "capacity");
  wait_for_frames ();
  return window;
}

/* The roles of @capacity, in order, as the CLI's --totals CSV gives them. */
static void
assert_same_as_cli (PdCapacity *capacity,
                    const char *dir)
{
  const char *argv[] = { g_getenv ("PATHWAY_CLI"), "capacity", dir, "--totals", NULL };
  g_autofree char *out = test_run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;

  g_assert_true (g_str_has_prefix (lines[0], "role,agency,people_per_year,"));
  for (guint i = 1; lines[i] && *lines[i]; i++, n++)
    {
      g_auto(GStrv) fields = csv_fields (lines[i]);
      const PdCapacityRole *role;

      g_assert_cmpuint (n, <, pd_capacity_get_n_roles (capacity));
      role = pd_capacity_get_role (capacity, n);
      g_assert_cmpstr (fields[0], ==, role->role);
      g_assert_cmpstr (fields[1], ==, role->agency_id);
      assert_close (fields[2], role->people);
      assert_close (fields[3], role->hours);
      assert_close (fields[4], role->wte);
      if (*fields[8])
        {
          g_assert_true (role->has_in_post);
          assert_close (fields[8], role->in_post);
          assert_close (fields[9], role->gap);
        }
      else
        g_assert_false (role->has_in_post);
    }
  g_assert_cmpuint (n, ==, pd_capacity_get_n_roles (capacity));
  g_assert_cmpuint (n, >, 3);
}

/* Each row says its role's hours and WTE as the core works them out. */
static void
assert_rows (PdCapacityPanel *panel,
             PdCapacity      *capacity)
{
  g_auto(GStrv) names = pd_capacity_panel_get_row_names (panel, "library");
  guint row = 0;

  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    {
      const PdCapacityRole *role = pd_capacity_get_role (capacity, i);
      g_autofree char *hours = pd_capacity_text_count (role->hours);
      g_autofree char *wte = pd_capacity_text_wte (role->wte);
      g_autofree char *figures = g_strdup_printf (": %s hours a year, %s WTE", hours, wte);

      if (role->hours <= 0 && role->unmet_hours <= 0 && !role->has_in_post)
        continue;
      g_assert_nonnull (names[row]);
      g_assert_true (g_str_has_prefix (names[row], role->role));
      g_assert_nonnull (strstr (names[row], figures));
      if (role->has_in_post)
        {
          g_autofree char *in_post = pd_capacity_text_wte (role->in_post);
          g_autofree char *said = g_strdup_printf ("%s in post", in_post);

          g_assert_nonnull (strstr (names[row], said));
        }
      row++;
    }
  g_assert_null (names[row]);
  g_assert_cmpuint (row, >, 3);
}

static void
test_whole_library (void)
{
  g_autofree char *dir = NULL;
  PdCapacityPanel *panel;
  PdCapacity *capacity;
  PdDocument *doc;
  PdWindow *window;
  double before;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = copy_library ();
  window = library_window (dir);
  panel = window->capacity;
  g_assert_true (gtk_widget_get_visible (panel->scope));
  g_assert_false (pd_capacity_panel_get_whole_library (panel));
  g_assert_cmpstr (pd_capacity_panel_get_state (panel), ==, "figures");

  pd_capacity_panel_set_whole_library (panel, TRUE);
  wait_for_frames ();
  g_assert_true (pd_capacity_panel_get_whole_library (panel));
  g_assert_cmpstr (pd_capacity_panel_get_state (panel), ==, "library");
  g_assert_false (gtk_widget_get_visible (panel->what_if_group));
  capacity = pd_capacity_panel_get_library_capacity (panel);
  g_assert_nonnull (capacity);
  assert_same_as_cli (capacity, dir);
  assert_rows (panel, capacity);
  /* The library's staff in post, not the pathways' own. */
  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    if (g_str_equal (pd_capacity_get_role (capacity, i)->role, "High-intensity therapist"))
      g_assert_cmpfloat (pd_capacity_get_role (capacity, i)->in_post, ==, 80);
  g_assert_cmpuint (pd_capacity_chart_get_n_bars (panel->library_chart), >, 0);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (panel->library_group),
                            "The library’s 6 pathways as one workforce"));

  /* The pathway shown counts as it is now: twice the referrals, more hours. */
  before = pd_capacity_get_totals (capacity)->hours;
  doc = pd_window_get_document (window);
  pd_document_set (doc, doc, "referrals-per-year",
                   2 * pd_document_get_referrals_per_year (doc), NULL);
  wait_for_frames ();
  capacity = pd_capacity_panel_get_library_capacity (panel);
  g_assert_cmpfloat (pd_capacity_get_totals (capacity)->hours, >, before);
  pd_document_undo (doc);
  wait_for_frames ();
  capacity = pd_capacity_panel_get_library_capacity (panel);
  g_assert_cmpfloat (fabs (pd_capacity_get_totals (capacity)->hours - before), <, 1e-6);

  /* Back to the pathway's own figures. */
  pd_capacity_panel_set_whole_library (panel, FALSE);
  wait_for_frames ();
  g_assert_cmpstr (pd_capacity_panel_get_state (panel), ==, "figures");
  g_assert_true (gtk_widget_get_visible (panel->what_if_group));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  test_remove_folder (dir);
}

/* Export Tables in Whole Library: as CSV the totals, a row a role and
 * agency; as a spreadsheet, a file. */
static void
test_export (void)
{
  g_autofree char *examples = examples_dir ();
  g_autofree char *dir = g_dir_make_tmp ("capacity-library-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "library.csv", NULL);
  g_autofree char *ods = g_build_filename (dir, "library.ods", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  PdCapacity *capacity;
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  window = library_window (examples);
  pd_capacity_panel_set_whole_library (window->capacity, TRUE);
  wait_for_frames ();
  capacity = pd_capacity_panel_get_library_capacity (window->capacity);
  g_assert_true (pd_window_export_tables_to (window, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  lines = g_strsplit (g_strchomp (text), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + pd_capacity_get_n_roles (capacity));
  g_assert_true (g_str_has_prefix (lines[1], pd_capacity_get_role (capacity, 0)->role));
  g_assert_true (pd_window_export_tables_to (window, ods, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (ods, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  g_unlink (csv);
  g_unlink (ods);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  test_gui_init (&argc, &argv);
  g_test_add_func ("/capacity-library-panel/whole-library", test_whole_library);
  g_test_add_func ("/capacity-library-panel/export", test_export);
  return g_test_run ();
}
