/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel: the core's figures, shown and said; What If; kept up
 * to date by edits; Export Tables; the empty and error states. Run under
 * xvfb-run. */
#include <glib/gstdio.h>
#include <zip.h>

#include "pd-capacity-panel-private.h"
#include "pd-capacity-text.h"
#include "pd-window-private.h"
#include "test-gui.h"

/* A loop no one leaves: Review sends everyone back to Therapy. */
static const char endless_loop[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"1\""
  " id=\"loop\" referrals-per-year=\"100\">\n"
  "  <title>Loop</title>\n"
  "  <agencies><agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\"><name>NHS</name></agency></agencies>\n"
  "  <nodes>\n"
  "    <node id=\"in\" kind=\"referral\" agency=\"nhs\" x=\"0\" y=\"0\"><title>Referral</title></node>\n"
  "    <node id=\"therapy\" kind=\"intervention\" agency=\"nhs\" x=\"200\" y=\"0\">"
  "<title>Therapy</title></node>\n"
  "    <node id=\"review\" kind=\"review\" agency=\"nhs\" x=\"400\" y=\"0\">"
  "<title>Review</title></node>\n"
  "  </nodes>\n"
  "  <edges>\n"
  "    <edge id=\"e1\" from=\"in\" to=\"therapy\"/>\n"
  "    <edge id=\"e2\" from=\"therapy\" to=\"review\"/>\n"
  "    <edge id=\"e3\" from=\"review\" to=\"therapy\" kind=\"step-down\"/>\n"
  "  </edges>\n"
  "</pathway>\n";

/* Runs the main loop until @panel shows @state, or ten seconds have gone
 * (the panel works its figures out in an idle, later on a busy machine). */
static void
wait_for_state (PdCapacityPanel *panel,
                const char      *state)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (pd_capacity_panel_get_state (panel), state) != 0
         && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpstr (pd_capacity_panel_get_state (panel), ==, state);
}

static PdCapacityPanel *
show_panel (Fixture *f)
{
  adw_view_stack_set_visible_child_name (f->window->side_stack, "capacity");
  wait_for_frames ();
  return f->window->capacity;
}

/* What the panel's rows say, checked against the core's figures for the
 * same pathway: @capacity step by step. */
static void
assert_people_rows (PdCapacityPanel *panel,
                    PdCapacity      *capacity)
{
  g_auto(GStrv) names = pd_capacity_panel_get_row_names (panel, "people");

  g_assert_cmpuint (g_strv_length (names), ==, pd_capacity_get_n_steps (capacity));
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);
      g_autofree char *people = pd_capacity_text_count (step->people);
      g_autofree char *hours = pd_capacity_text_count (step->hours);
      g_autofree char *wte = pd_capacity_text_wte (step->hours
                                                   / pd_capacity_get_hours_per_wte (capacity));
      g_autofree char *expected = g_strdup_printf ("%s: %s people a year, %s staff hours, %s WTE",
                                                   pd_node_get_title (step->node), people,
                                                   hours, wte);

      g_assert_true (g_str_has_prefix (names[i], expected));
    }
}

static PdCapacity *
core_figures (PdDocument *document,
              double      referrals)
{
  PdCapacityOptions options = PD_CAPACITY_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  PdCapacity *capacity;

  options.referrals = referrals;
  capacity = pd_capacity_new (document, &options, &error);
  g_assert_no_error (error);
  return capacity;
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  PdCapacityPanel *panel;
  g_autoptr(PdCapacity) capacity = NULL;
  PdCapacityChart *chart;
  g_auto(GStrv) staff = NULL;
  const PdCapacityStep *step;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = show_panel (f);
  g_assert_cmpstr (pd_capacity_panel_get_state (panel), ==, "figures");
  capacity = core_figures (f->document, -1);
  assert_people_rows (panel, capacity);
  /* The row says it to a screen reader as well. */
  step = pd_capacity_get_step (capacity, 1);
  {
    g_auto(GStrv) names = pd_capacity_panel_get_row_names (panel, "people");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (panel->people_list, 1);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         names[1]);
    /* Reached with Tab, chosen with Enter. */
    g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
    g_assert_true (gtk_list_box_row_get_activatable (row));
    g_assert_true (g_str_has_prefix (names[1], pd_node_get_title (step->node)));
  }
  /* A row for each role and agency with work, and a bar for each role. */
  staff = pd_capacity_panel_get_row_names (panel, "staff");
  g_assert_cmpuint (g_strv_length (staff), >, 0);
  chart = pd_capacity_panel_get_chart (panel);
  g_assert_cmpuint (pd_capacity_chart_get_n_bars (chart), >, 0);
  g_assert_cmpuint (pd_capacity_chart_get_n_bars (chart), <=, g_strv_length (staff));
  {
    /* The first role with work: its bar's WTE are those of every agency. */
    const PdCapacityRole *busy = NULL;
    g_autofree char *first = NULL;
    g_autofree char *wte = NULL;
    g_autofree char *said = NULL;
    double needed = 0;

    for (guint i = 0; i < pd_capacity_get_n_roles (capacity) && busy == NULL; i++)
      if (pd_capacity_get_role (capacity, i)->wte > 0)
        busy = pd_capacity_get_role (capacity, i);
    g_assert_nonnull (busy);
    first = pd_capacity_fold_role (busy->role);
    for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
      {
        const PdCapacityRole *role = pd_capacity_get_role (capacity, i);
        g_autofree char *folded = pd_capacity_fold_role (role->role);

        if (g_str_equal (folded, first))
          needed += role->wte;
      }
    wte = pd_capacity_text_wte (needed);
    said = g_strdup_printf ("%s: %s WTE needed", busy->role, wte);

    g_assert_nonnull (strstr (pd_capacity_chart_get_description (chart), said));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         pd_capacity_chart_get_description (chart));
  }
}

/* One role in two agencies: a row for each, and one bar of both. */
static void
test_role_in_two_agencies (Fixture       *f,
                           gconstpointer  data)
{
  PdCapacityPanel *panel;
  g_autoptr(PdCapacity) before = NULL;
  g_autoptr(PdCapacity) after = NULL;
  const PdCapacityStep *first = NULL, *second = NULL;
  g_auto(GStrv) staff = NULL;
  g_autofree char *wte = NULL;
  g_autofree char *said = NULL;
  g_autofree char *role = NULL;
  double needed = 0;
  guint rows = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = show_panel (f);
  before = core_figures (f->document, -1);
  /* Two steps of one agency whose only role is the same, both with work. */
  for (guint i = 0; i < pd_capacity_get_n_steps (before) && second == NULL; i++)
    for (guint j = i + 1; j < pd_capacity_get_n_steps (before) && second == NULL; j++)
      {
        const PdCapacityStep *a = pd_capacity_get_step (before, i);
        const PdCapacityStep *b = pd_capacity_get_step (before, j);

        if (a->hours > 0 && b->hours > 0 && a->n_work == 1 && b->n_work == 1
            && g_str_equal (a->work[0].role, b->work[0].role)
            && g_strcmp0 (pd_node_get_agency_id (a->node), pd_node_get_agency_id (b->node)) == 0)
          first = a, second = b;
      }
  g_assert_nonnull (second);
  role = g_strdup (first->work[0].role);
  pd_document_set (f->document, G_OBJECT (second->node), "agency-id",
                   g_str_equal (pd_node_get_agency_id (first->node), "nhs") ? "voluntary" : "nhs",
                   NULL);
  wait_for_frames ();
  after = core_figures (f->document, -1);
  for (guint i = 0; i < pd_capacity_get_n_roles (after); i++)
    if (g_str_equal (pd_capacity_get_role (after, i)->role, role))
      {
        needed += pd_capacity_get_role (after, i)->wte;
        rows++;
      }
  g_assert_cmpuint (rows, ==, 2);
  staff = pd_capacity_panel_get_row_names (panel, "staff");
  rows = 0;
  for (guint i = 0; staff[i]; i++)
    rows += g_str_has_prefix (staff[i], role) && staff[i][strlen (role)] == ' ';
  g_assert_cmpuint (rows, ==, 2);
  wte = pd_capacity_text_wte (needed);
  said = g_strdup_printf ("%s: %s WTE needed", role, wte);
  g_assert_nonnull (strstr (pd_capacity_chart_get_description (pd_capacity_panel_get_chart (panel)),
                            said));
}

/* Choosing a step's row selects it on the diagram. */
static void
test_choose_step (Fixture       *f,
                  gconstpointer  data)
{
  PdCapacityPanel *panel;
  PdSelection *selection;
  const PdCapacityStep *step;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = show_panel (f);
  selection = pd_canvas_get_selection (f->canvas);
  pd_selection_select (selection, pd_node_get_id (node_at (f, 0)), PD_SELECT_REPLACE);
  pd_capacity_panel_activate_step (panel, 2);
  step = pd_capacity_get_step (pd_capacity_panel_get_capacity (panel), 2);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_id (selection, 0), ==, pd_node_get_id (step->node));
}

/* What If changes the figures, never the pathway; Reset goes back. */
static void
test_what_if (Fixture       *f,
              gconstpointer  data)
{
  PdCapacityPanel *panel;
  GtkSpinButton *what_if;
  guint file;
  g_autoptr(PdCapacity) doubled = NULL;
  g_autoptr(PdCapacity) own = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = show_panel (f);
  what_if = pd_capacity_panel_get_what_if (panel);
  file = pd_document_get_referrals_per_year (f->document);
  g_assert_cmpuint (file, >, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (what_if), ==, file);

  gtk_spin_button_set_value (what_if, 2 * file);
  wait_for_frames ();
  doubled = core_figures (f->document, 2 * file);
  assert_people_rows (panel, doubled);
  g_assert_cmpfloat_with_epsilon (pd_capacity_get_totals (pd_capacity_panel_get_capacity (panel))
                                    ->arrivals,
                                  pd_capacity_get_totals (doubled)->arrivals, 1e-6);
  g_assert_cmpuint (pd_document_get_referrals_per_year (f->document), ==, file);
  g_assert_false (pd_document_get_modified (f->document));
  g_assert_false (pd_history_can_undo (f->history));

  g_assert_true (gtk_widget_is_sensitive (panel->reset));
  g_signal_emit_by_name (panel->reset, "clicked");
  wait_for_frames ();
  g_assert_cmpfloat (gtk_spin_button_get_value (what_if), ==, file);
  own = core_figures (f->document, -1);
  assert_people_rows (panel, own);
}

/* A likelihood edited in Properties: the figures follow. */
static void
test_follows_edits (Fixture       *f,
                    gconstpointer  data)
{
  PdCapacityPanel *panel;
  g_autoptr(PdCapacity) before = NULL;
  g_autoptr(PdCapacity) after = NULL;
  const PdCapacityFlow *flow = NULL;
  double likelihood;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = show_panel (f);
  before = core_figures (f->document, -1);
  /* The first transition carrying people. */
  for (guint i = 0; i < pd_capacity_get_n_flows (before) && flow == NULL; i++)
    if (pd_capacity_get_flow (before, i)->people > 0)
      flow = pd_capacity_get_flow (before, i);
  g_assert_nonnull (flow);
  likelihood = pd_edge_get_likelihood (flow->edge) == 10.0 ? 20.0 : 10.0;
  pd_document_set (f->document, G_OBJECT (flow->edge), "likelihood", likelihood, NULL);
  wait_for_frames ();
  after = core_figures (f->document, -1);
  g_assert_cmpfloat (pd_capacity_get_edge_people (after, flow->edge), !=,
                     pd_capacity_get_edge_people (before, flow->edge));
  assert_people_rows (panel, after);
}

static char *
first_line (const char *text)
{
  const char *end = strchr (text, '\n');

  return end ? g_strndup (text, end - text) : g_strdup (text);
}

/* The same rows and texts, and numbers equal but for the digits written
 * (no field of these examples holds a comma). */
static void
assert_same_csv (const char *written,
                 const char *expected)
{
  g_auto(GStrv) rows = g_strsplit (written, "\n", -1);
  g_auto(GStrv) expected_rows = g_strsplit (expected, "\n", -1);

  g_assert_cmpuint (g_strv_length (rows), ==, g_strv_length (expected_rows));
  for (guint i = 0; rows[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], ",", -1);
      g_auto(GStrv) expected_fields = g_strsplit (expected_rows[i], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, g_strv_length (expected_fields));
      for (guint j = 0; fields[j]; j++)
        {
          char *end = NULL;
          double value = g_ascii_strtod (expected_fields[j], &end);

          if (i > 0 && j >= 6 && end && *end == '\0')
            g_assert_cmpfloat_with_epsilon (g_ascii_strtod (fields[j], NULL), value,
                                            1e-9 * MAX (1, value));
          else
            g_assert_cmpstr (fields[j], ==, expected_fields[j]);
        }
    }
}

/* The spreadsheet @path's content.xml: (transfer full). */
static char *
ods_content (const char *path)
{
  zip_t *zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, NULL);
  zip_stat_t stat;
  zip_file_t *file;
  char *content;

  g_assert_nonnull (zip);
  g_assert_cmpint (zip_stat (zip, "content.xml", 0, &stat), ==, 0);
  content = g_malloc0 (stat.size + 1);
  file = zip_fopen (zip, "content.xml", 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, content, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  zip_close (zip);
  return content;
}

/* Export Tables writes what `pathway capacity --format csv` writes, and a
 * spreadsheet of the steps and the totals by role and agency. */
static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-tables-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tables.csv", NULL);
  g_autofree char *ods = g_build_filename (dir, "tables.ods", NULL);
  g_autofree char *content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *cli = NULL;
  g_autofree char *header = NULL;
  g_autofree char *cli_header = NULL;
  const char *argv[] = { g_getenv ("PATHWAY_CLI"), "capacity", "--format", "csv",
                         g_ptr_array_index (paths, 0), NULL };

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (pd_window_export_tables_to (f->window, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  cli = test_run (argv);
  header = first_line (written);
  cli_header = first_line (cli);
  g_assert_cmpstr (header, ==, cli_header);
  /* Row for row as well: the same steps, roles and figures. */
  assert_same_csv (written, cli);

  g_assert_true (pd_window_export_tables_to (f->window, ods, &error));
  g_assert_no_error (error);
  content = ods_content (ods);
  g_assert_nonnull (strstr (content, "table:name=\"Steps\""));
  g_assert_nonnull (strstr (content, "table:name=\"Roles and agencies\""));
  g_assert_nonnull (strstr (content, ">staff_hours_per_year<"));
  g_assert_nonnull (strstr (content, ">waiting_growth_per_year<"));
  g_remove (ods);

  g_remove (path);
  g_rmdir (dir);
}

/* No referrals: the panel says which field to fill in, and takes the user
 * there. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  PdCapacityPanel *panel;
  GtkWidget *field, *focus;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = show_panel (f);
  pd_document_set (f->document, G_OBJECT (f->document), "referrals-per-year", 0u, NULL);
  wait_for_state (panel, "empty");
  g_assert_cmpfloat (gtk_spin_button_get_value (pd_capacity_panel_get_what_if (panel)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "win.edit-field", "s",
                                             "referrals-per-year"));
  wait_for_frames ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->side_stack), ==,
                   "properties");
  field = pd_inspector_get_editor (f->window->inspector, "referrals-per-year");
  g_assert_nonnull (field);
  focus = gtk_root_get_focus (gtk_widget_get_root (field));
  g_assert_true (focus == field || gtk_widget_is_ancestor (focus, field));

  /* What If alone brings the figures back. */
  show_panel (f);
  gtk_spin_button_set_value (pd_capacity_panel_get_what_if (panel), 500);
  wait_for_state (panel, "figures");
  g_assert_cmpuint (pd_document_get_referrals_per_year (f->document), ==, 0);
}

/* A loop no one leaves: the model's message, and its steps selected on
 * request. The window is not shown: the panel needs no drawing. */
static void
test_endless_loop (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-loop-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "loop.pathway", NULL);
  g_autoptr(PdDocument) loop = NULL;
  PdCapacityPanel *panel;
  PdSelection *selection;
  PdWindow *window;
  const char *message;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (g_file_set_contents (path, endless_loop, -1, NULL));
  loop = test_load (path);
  window = pd_window_new (NULL, loop, NULL, NULL);
  panel = window->capacity;
  g_assert_cmpstr (pd_capacity_panel_get_state (panel), ==, "error");
  message = gtk_label_get_text (panel->error_message);
  g_assert_nonnull (strstr (message, "Therapy"));
  g_assert_nonnull (strstr (message, "Review"));

  pd_capacity_panel_select_loop (panel);
  selection = pd_window_get_selection (window);
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 2);
  g_assert_true (pd_selection_contains (selection, "therapy"));
  g_assert_true (pd_selection_contains (selection, "review"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  /* An accessibility context that keeps what rows and chart tell a
   * screen reader, for the test to read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/capacity-panel/figures", test_figures);
  TEST_GUI_ADD ("/capacity-panel/choose-step", test_choose_step);
  TEST_GUI_ADD ("/capacity-panel/role-in-two-agencies", test_role_in_two_agencies);
  TEST_GUI_ADD ("/capacity-panel/what-if", test_what_if);
  TEST_GUI_ADD ("/capacity-panel/follows-edits", test_follows_edits);
  TEST_GUI_ADD ("/capacity-panel/export-csv", test_export_csv);
  TEST_GUI_ADD ("/capacity-panel/empty", test_empty);
  g_test_add_func ("/capacity-panel/endless-loop", test_endless_loop);
  return g_test_run ();
}
