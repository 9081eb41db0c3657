/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Properties with several steps selected: the fields they share, "Mixed"
 * where they differ, a change to all of them as one undo step. Run under
 * xvfb-run. */
#include "pd-agency.h"
#include "pd-window-private.h"
#include "test-gui.h"

static GtkWidget *
editor (Fixture    *f,
        const char *property)
{
  GtkWidget *widget = pd_inspector_get_editor (f->window->inspector, property);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
agency_id (Fixture *f,
           guint    index)
{
  g_autoptr(PdAgency) agency = g_list_model_get_item (pd_document_get_agencies (f->document),
                                                      index);
  return pd_agency_get_id (agency);   /* the document keeps it */
}

static const char *
combo_text (GtkWidget *combo)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));

  return gtk_string_list_get_string (GTK_STRING_LIST (model), selected);
}

/* Three steps, each of another agency and duration. */
static void
select_three (Fixture *f)
{
  const char *ids[3];

  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_agencies (f->document)), >=, 3);
  for (guint i = 0; i < 3; i++)
    {
      pd_document_set (f->document, node_at (f, i), "agency-id", agency_id (f, i), NULL);
      pd_document_set (f->document, node_at (f, i), "duration", 2.0 + i, NULL);
      ids[i] = pd_node_get_id (node_at (f, i));
    }
  pd_selection_select_many (pd_canvas_get_selection (f->canvas), ids, 3, PD_SELECT_REPLACE);
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "many");
}

static void
test_agency (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *agency;
  guint n_agencies;
  g_autofree char *before[3] = { NULL };

  TEST_GUI_REQUIRE_DISPLAY ();
  n_agencies = g_list_model_get_n_items (pd_document_get_agencies (f->document));
  select_three (f);
  for (guint i = 0; i < 3; i++)
    before[i] = g_strdup (pd_node_get_agency_id (node_at (f, i)));
  agency = editor (f, "agency-id");
  g_assert_cmpstr (combo_text (agency), ==, "Mixed");

  /* Picking "Mixed" itself changes nothing. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (agency), n_agencies);
  g_assert_cmpstr (pd_node_get_agency_id (node_at (f, 0)), ==, before[0]);

  adw_combo_row_set_selected (ADW_COMBO_ROW (agency), 1);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (pd_node_get_agency_id (node_at (f, i)), ==, agency_id (f, 1));
  /* All the same now: no "Mixed" to pick. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (agency))),
                    ==, n_agencies);

  /* One undo puts all three back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.undo", NULL));
  wait_for_frames ();
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (pd_node_get_agency_id (node_at (f, i)), ==, before[i]);
  g_assert_cmpstr (combo_text (agency), ==, "Mixed");
}

static void
test_number_and_text (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *duration, *role;
  GtkText *role_text;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node_at (f, 0), "staff-role", "Psychologist", NULL);
  select_three (f);
  duration = editor (f, "duration");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, "Mixed");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (duration), 6);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (pd_node_get_duration (node_at (f, i)), ==, 6);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, "6.0");
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpfloat (pd_node_get_duration (node_at (f, 2)), ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, "Mixed");

  role = editor (f, "staff-role");
  role_text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (role)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (role)), ==, "");
  g_assert_cmpstr (gtk_text_get_placeholder_text (role_text), ==, "Mixed");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (role)), ==,
                   "Staff role (Mixed)");
  gtk_editable_set_text (GTK_EDITABLE (role), "Nurse");
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (pd_node_get_staff_role (node_at (f, i)), ==, "Nurse");
  g_assert_cmpstr (gtk_text_get_placeholder_text (role_text) ?: "", ==, "");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (role)), ==, "Staff role");
}

/* Steps and a transition together share no fields: a count only. */
static void
test_steps_and_transition (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PdEdge) edge = NULL;
  PdSelection *selection;

  TEST_GUI_REQUIRE_DISPLAY ();
  edge = g_list_model_get_item (pd_document_get_edges (f->document), 0);
  selection = pd_canvas_get_selection (f->canvas);
  pd_selection_select (selection, pd_node_get_id (node_at (f, 0)), PD_SELECT_REPLACE);
  pd_selection_select (selection, pd_edge_get_id (edge), PD_SELECT_ADD);
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "several");
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/inspector-many/agency", test_agency);
  TEST_GUI_ADD ("/inspector-many/number-and-text", test_number_and_text);
  TEST_GUI_ADD ("/inspector-many/steps-and-transition", test_steps_and_transition);
  return g_test_run ();
}
