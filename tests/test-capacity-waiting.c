/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's Waiting section: the simulation's waits, the same as
 * the core's for the same seed; Cancel; out of date after an edit; the
 * pathway untouched. Run under xvfb-run. */
#include <math.h>
#include <glib/gstdio.h>
#include <zip.h>

#include "pd-capacity-panel-private.h"
#include "pd-capacity-sim.h"
#include "pd-capacity-text.h"
#include "pd-capacity-waiting-private.h"
#include "pd-table-private.h"
#include "pd-window-private.h"
#include "pd-xml-writer.h"
#include "test-gui.h"

static PdCapacityWaiting *
show_waiting (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  /* Each test from the first settings, whatever the one before chose. */
  g_settings_reset (settings, "simulation-years");
  g_settings_reset (settings, "simulation-seed");
  g_settings_reset (settings, "simulation-arrivals");
  adw_view_stack_set_visible_child_name (f->window->side_stack, "capacity");
  wait_for_frames ();
  return f->window->capacity->waiting;
}

/* Until every run's thread has ended. */
static void
wait_for_runs (PdCapacityWaiting *waiting)
{
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (waiting->running > 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (waiting->running, ==, 0);
  wait_for_frames ();
}

static char *
days (double value)
{
  return isnan (value) ? g_strdup ("none seen") : g_strdup_printf ("%.1f", value);
}

/* What the rows should say, from the core run directly. */
static GStrv
expected_rows_with (PdDocument    *document,
                    guint          years,
                    guint64        seed,
                    PdSimArrivals  arrivals)
{
  PdSimOptions options = { years, seed, arrivals };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacity) capacity = pd_capacity_new (document, NULL, &error);
  g_autoptr(PdCapacitySim) sim = NULL;
  g_autoptr(GStrvBuilder) rows = g_strv_builder_new ();
  g_autoptr(GString) no_wait = g_string_new (NULL);

  g_assert_no_error (error);
  sim = pd_capacity_sim_run (capacity, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pd_capacity_sim_get_n_steps (sim); i++)
    {
      const char *title = pd_node_get_title (pd_capacity_get_step (capacity, i)->node);
      guint n_months = 0;
      const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);
      guint waiting = queue ? queue[n_months - 1] : 0;
      double p90 = pd_capacity_sim_get_p90_wait (sim, i);
      g_autofree char *median_text = days (pd_capacity_sim_get_median_wait (sim, i));
      g_autofree char *p90_text = days (p90);
      g_autofree char *waiting_text = pd_capacity_text_count (waiting);

      if (!pd_capacity_sim_get_has_queue (sim, i) || (!(p90 >= 0.05) && waiting == 0))
        {
          g_string_append_printf (no_wait, "%s%s", no_wait->len ? ", " : "", title);
          continue;
        }
      {
        g_autofree char *row = g_strdup_printf ("%s: Median wait %s days, 90%% within %s days; "
                                                "%s waiting at the end", title, median_text,
                                                p90_text, waiting_text);

        g_strv_builder_add (rows, row);
      }
    }
  if (no_wait->len)
    {
      g_autofree char *row = g_strdup_printf ("No one waits at: %s", no_wait->str);

      g_strv_builder_add (rows, row);
    }
  return g_strv_builder_end (rows);
}

static GStrv
expected_rows (PdDocument *document,
               guint       years,
               guint64     seed)
{
  return expected_rows_with (document, years, seed, PD_SIM_ARRIVALS_POISSON);
}

static void
test_results (Fixture       *f,
              gconstpointer  data)
{
  PdCapacityWaiting *waiting;
  g_auto(GStrv) rows = NULL;
  g_auto(GStrv) expected = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "idle");
  before = pd_xml_write (f->document);
  g_signal_emit_by_name (waiting->simulate, "clicked");
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "running");
  g_assert_true (gtk_widget_get_visible (waiting->cancel));
  wait_for_runs (waiting);
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "results");
  g_assert_false (pd_capacity_waiting_get_out_of_date (waiting));

  rows = pd_capacity_waiting_get_row_names (waiting);
  expected = expected_rows (f->document, 10, 1);
  g_assert_cmpuint (g_strv_length (expected), >, 1);
  g_assert_cmpstrv (rows, expected);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (waiting->results, 0);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         rows[0]);
  }
  /* The pathway is as it was. */
  after = pd_xml_write (f->document);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_false (pd_document_get_modified (f->document));
  g_assert_false (pd_history_can_undo (f->history));

  /* Another seed, another run: its own figures. */
  gtk_spin_button_set_value (waiting->seed, 7);
  g_signal_emit_by_name (waiting->simulate, "clicked");
  wait_for_runs (waiting);
  {
    g_auto(GStrv) seven = pd_capacity_waiting_get_row_names (waiting);
    g_auto(GStrv) expected_seven = expected_rows (f->document, 10, 7);

    g_assert_cmpstrv (seven, expected_seven);
  }
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  PdCapacityWaiting *waiting;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  gtk_spin_button_set_value (waiting->years, 100);
  g_signal_emit_by_name (waiting->simulate, "clicked");
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "running");
  g_signal_emit_by_name (waiting->cancel, "clicked");
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "idle");
  g_assert_true (gtk_widget_get_sensitive (waiting->simulate));
  wait_for_runs (waiting);
  /* The thread stopped before its end, and nothing of it is shown. */
  g_assert_cmpuint (waiting->stopped_early, ==, 1);
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "idle");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (waiting->results)));
}

/* An edit while the results are shown, and while a run goes. */
static void
test_out_of_date (Fixture       *f,
                  gconstpointer  data)
{
  PdCapacityWaiting *waiting;
  guint referrals;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  g_signal_emit_by_name (waiting->simulate, "clicked");
  wait_for_runs (waiting);
  g_assert_false (pd_capacity_waiting_get_out_of_date (waiting));
  referrals = pd_document_get_referrals_per_year (f->document);
  pd_document_set (f->document, G_OBJECT (f->document), "referrals-per-year", referrals + 100,
                   NULL);
  wait_for_frames ();
  g_assert_true (pd_capacity_waiting_get_out_of_date (waiting));
  g_assert_true (gtk_widget_get_mapped (waiting->out_of_date));
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "results");

  /* A new run clears it; an edit during the run marks it again. */
  g_signal_emit_by_name (waiting->simulate, "clicked");
  g_assert_false (pd_capacity_waiting_get_out_of_date (waiting));
  pd_document_undo (f->document);
  wait_for_frames ();
  wait_for_runs (waiting);
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "results");
  g_assert_true (pd_capacity_waiting_get_out_of_date (waiting));
}

static void
test_too_big (Fixture       *f,
              gconstpointer  data)
{
  PdCapacityWaiting *waiting;
  PdCapacityPanel *panel;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  panel = f->window->capacity;
  gtk_spin_button_set_value (pd_capacity_panel_get_what_if (panel), 9000000);
  wait_for_frames ();
  gtk_spin_button_set_value (waiting->years, 100);
  g_signal_emit_by_name (waiting->simulate, "clicked");
  wait_for_runs (waiting);
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "error");
  g_assert_true (g_str_has_prefix (pd_capacity_waiting_get_error (waiting), "No waits: "));
  g_assert_nonnull (strstr (pd_capacity_waiting_get_error (waiting), "simulate fewer years"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (waiting->results)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (waiting->message)));
}

/* Years, seed and arrivals chosen in one window are in the next one
 * opened, and a run there uses them. */
static void
test_remembered (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  PdCapacityWaiting *waiting;
  PdCapacityWaiting *next_waiting;
  PdWindow *next;
  g_auto(GStrv) rows = NULL;
  g_auto(GStrv) expected = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  settings = g_settings_new (APPLICATION_ID);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (waiting->years), ==, 10);
  g_assert_cmpuint (adw_combo_row_get_selected (waiting->arrivals), ==, 0);

  gtk_spin_button_set_value (waiting->years, 12);
  gtk_spin_button_set_value (waiting->seed, 77);
  adw_combo_row_set_selected (waiting->arrivals, 1);
  g_assert_cmpint (g_settings_get_int (settings, "simulation-years"), ==, 12);
  g_assert_cmpint (g_settings_get_int (settings, "simulation-seed"), ==, 77);
  g_assert_cmpstr (g_settings_get_string (settings, "simulation-arrivals"), ==, "fixed");

  next = pd_window_new (NULL, f->document, NULL, NULL);
  gtk_window_present (GTK_WINDOW (next));
  next_waiting = next->capacity->waiting;
  g_assert_cmpint (gtk_spin_button_get_value_as_int (next_waiting->years), ==, 12);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (next_waiting->seed), ==, 77);
  g_assert_cmpuint (adw_combo_row_get_selected (next_waiting->arrivals), ==, 1);
  adw_view_stack_set_visible_child_name (next->side_stack, "capacity");
  wait_for_frames ();
  g_signal_emit_by_name (next_waiting->simulate, "clicked");
  wait_for_runs (next_waiting);
  rows = pd_capacity_waiting_get_row_names (next_waiting);
  expected = expected_rows_with (f->document, 12, 77, PD_SIM_ARRIVALS_FIXED);
  g_assert_cmpstrv (rows, expected);
  gtk_window_destroy (GTK_WINDOW (next));

  /* Back to random arrivals: remembered as the command line names them. */
  adw_combo_row_set_selected (waiting->arrivals, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "simulation-arrivals"), ==, "poisson");
}

static void
find_areas (GtkWidget *widget,
            GPtrArray *areas)
{
  if (GTK_IS_DRAWING_AREA (widget))
    g_ptr_array_add (areas, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    find_areas (child, areas);
}

/* The first row of @area's drawing with anything painted: where its line
 * is highest. */
static int
top_of_line (GtkWidget *area)
{
  int width = gtk_widget_get_width (area), height = gtk_widget_get_height (area);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  int top = -1;

  GTK_WIDGET_GET_CLASS (area)->snapshot (area, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < height && top < 0; y++)
    for (int x = 0; x < width && top < 0; x++)
      {
        const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface)
                                                + y * cairo_image_surface_get_stride (surface));

        if ((row[x] >> 24) > 0x40)
          top = y;
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return top;
}

/* The lines of each step's queue share one scale, the most waiting at any
 * step listed, said under the list and to a screen reader: a step with
 * half the most people waiting peaks half way up. */
static void
test_scale (Fixture       *f,
            gconstpointer  data)
{
  PdCapacityWaiting *waiting;
  PdSimOptions options = { 10, 1, PD_SIM_ARRIVALS_POISSON };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  g_autoptr(GArray) peaks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autofree char *expected = NULL;
  guint most = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (waiting->scale)));
  g_signal_emit_by_name (waiting->simulate, "clicked");
  wait_for_runs (waiting);

  /* Each step's highest queue, for the steps given a row and a line. */
  capacity = pd_capacity_new (f->document, NULL, &error);
  g_assert_no_error (error);
  sim = pd_capacity_sim_run (capacity, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pd_capacity_sim_get_n_steps (sim); i++)
    {
      guint n_months = 0, peak = 0;
      const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);
      double p90 = pd_capacity_sim_get_p90_wait (sim, i);

      if (queue == NULL || (!(p90 >= 0.05) && queue[n_months - 1] == 0))
        continue;
      for (guint m = 0; m < n_months; m++)
        peak = MAX (peak, queue[m]);
      g_array_append_val (peaks, peak);
      most = MAX (most, peak);
    }
  g_assert_cmpuint (peaks->len, >=, 2);
  g_assert_cmpuint (most, >, 0);

  expected = g_strdup_printf ("Queues drawn to one scale: top = %u people", most);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (waiting->scale)));
  g_assert_cmpstr (gtk_label_get_text (waiting->scale), ==, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (waiting->results),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  find_areas (GTK_WIDGET (waiting->results), areas);
  g_assert_cmpuint (areas->len, ==, peaks->len);
  for (guint i = 0; i < areas->len; i++)
    {
      GtkWidget *area = g_ptr_array_index (areas, i);
      int height = gtk_widget_get_height (area);
      double want = height - 1 - (height - 2.0) * g_array_index (peaks, guint, i) / most;

      g_test_message ("line %u: peak %u of %u, top at %d, %.1f wanted", i,
                      g_array_index (peaks, guint, i), most, top_of_line (area), want);
      g_assert_cmpfloat (fabs (top_of_line (area) - want), <=, 2);
    }
}

/* The spreadsheet @path's sheet named @name, from its start to its end, or
 * NULL when it has none: (transfer full) (nullable). */
static char *
ods_sheet (const char *path,
           const char *name)
{
  zip_t *zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, NULL);
  g_autofree char *start = g_strdup_printf ("<table:table table:name=\"%s\"", name);
  g_autofree char *content = NULL;
  zip_stat_t stat;
  zip_file_t *file;
  char *sheet, *end;

  g_assert_nonnull (zip);
  g_assert_cmpint (zip_stat (zip, "content.xml", 0, &stat), ==, 0);
  content = g_malloc0 (stat.size + 1);
  file = zip_fopen (zip, "content.xml", 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, content, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  zip_close (zip);
  sheet = strstr (content, start);
  if (sheet == NULL)
    return NULL;
  end = strstr (sheet, "</table:table>");
  g_assert_nonnull (end);
  return g_strndup (sheet, end - sheet);
}

static guint
count (const char *text,
       const char *part)
{
  guint n = 0;

  for (const char *p = strstr (text, part); p; p = strstr (p + 1, part))
    n++;
  return n;
}

/* Export Tables after a run: the spreadsheet has a Waiting sheet of each
 * step's waits and queue at each year's end, and CSV writes the waits
 * beside the steps just as `pathway capacity --simulate --format csv` does
 * with the same years, seed and arrivals. Out of date, they are left out. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-waiting-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "tables.csv", NULL);
  g_autofree char *waiting_csv = g_build_filename (dir, "tables-waiting.csv", NULL);
  g_autofree char *ods = g_build_filename (dir, "tables.ods", NULL);
  const char *argv[] = { g_getenv ("PATHWAY_CLI"), "capacity", "--simulate", "5", "--seed", "3",
                         "--arrivals", "fixed", "--format", "csv",
                         g_ptr_array_index (paths, 0), NULL };
  PdSimOptions options = { 5, 3, PD_SIM_ARRIVALS_FIXED };
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cli = NULL;
  g_autofree char *written = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *stale = NULL;
  guint checked = 0;
  PdCapacityWaiting *waiting;

  TEST_GUI_REQUIRE_DISPLAY ();
  waiting = show_waiting (f);
  gtk_spin_button_set_value (waiting->years, 5);
  gtk_spin_button_set_value (waiting->seed, 3);
  adw_combo_row_set_selected (waiting->arrivals, 1);
  g_signal_emit_by_name (waiting->simulate, "clicked");
  wait_for_runs (waiting);
  g_assert_cmpstr (pd_capacity_waiting_get_state (waiting), ==, "results");

  g_assert_true (pd_window_export_tables_to (f->window, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (waiting_csv, &written, NULL, NULL));
  cli = test_run (argv);
  g_assert_cmpstr (written, ==, cli);

  g_assert_true (pd_window_export_tables_to (f->window, ods, &error));
  g_assert_no_error (error);
  sheet = ods_sheet (ods, "Waiting");
  g_assert_nonnull (sheet);
  g_assert_nonnull (strstr (sheet, ">median_wait_days<"));
  g_assert_nonnull (strstr (sheet, ">p90_wait_days<"));
  g_assert_nonnull (strstr (sheet, ">waiting_end_of_year_5<"));
  g_assert_null (strstr (sheet, ">waiting_end_of_year_6<"));
  g_assert_nonnull (ods_sheet (ods, "Steps"));

  /* Row by row, the run's figures in order: each step's title, then its
   * median wait, 90th percentile and queue at each year's end. */
  capacity = pd_capacity_new (f->document, NULL, &error);
  g_assert_no_error (error);
  sim = pd_capacity_sim_run (capacity, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (sheet, "<table:table-row"), ==, pd_capacity_get_n_steps (capacity) + 1);
  {
    const char *at = strstr (sheet, "</table:table-row>");

    for (guint i = 0; i < pd_capacity_sim_get_n_steps (sim); i++)
      {
        guint n_months = 0;
        const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);
        double median = pd_capacity_sim_get_median_wait (sim, i);
        const char *end = strstr (at + 1, "</table:table-row>");
        g_autofree char *row = g_strndup (at, end - at);
        g_autofree char *title = g_markup_escape_text (
          pd_node_get_title (pd_capacity_get_step (capacity, i)->node), -1);
        g_autofree char *median_value = NULL;
        g_autofree char *median_text = NULL;

        g_assert_nonnull (strstr (row, title));
        if (!isnan (median))
          {
            median_text = pd_table_format_number (median);
            median_value = g_strdup_printf ("office:value=\"%s\"", median_text);
            g_assert_nonnull (strstr (row, median_value));
          }
        for (guint y = 1; queue && y <= 5; y++)
          {
            g_autofree char *value = g_strdup_printf ("office:value=\"%u\"",
                                                      queue[y * 12 - 1]);

            g_assert_nonnull (strstr (row, value));
            checked++;
          }
        at = end;
      }
  }
  g_assert_cmpuint (checked, >, 0);

  /* An edit: the waits no longer fit the pathway, and are not exported. */
  g_remove (waiting_csv);
  pd_document_set (f->document, G_OBJECT (f->document), "referrals-per-year",
                   pd_document_get_referrals_per_year (f->document) + 100, NULL);
  wait_for_frames ();
  g_assert_true (pd_capacity_waiting_get_out_of_date (waiting));
  g_assert_true (pd_window_export_tables_to (f->window, ods, &error));
  g_assert_no_error (error);
  stale = ods_sheet (ods, "Waiting");
  g_assert_null (stale);
  g_assert_true (pd_window_export_tables_to (f->window, csv, &error));
  g_assert_false (g_file_test (waiting_csv, G_FILE_TEST_EXISTS));

  g_remove (csv);
  g_remove (ods);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/capacity-waiting/results", test_results);
  TEST_GUI_ADD ("/capacity-waiting/cancel", test_cancel);
  TEST_GUI_ADD ("/capacity-waiting/out-of-date", test_out_of_date);
  TEST_GUI_ADD ("/capacity-waiting/too-big", test_too_big);
  TEST_GUI_ADD ("/capacity-waiting/remembered", test_remembered);
  TEST_GUI_ADD ("/capacity-waiting/scale", test_scale);
  TEST_GUI_ADD ("/capacity-waiting/export", test_export);
  return g_test_run ();
}
