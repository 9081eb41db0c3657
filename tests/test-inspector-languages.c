/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The inspector's language switcher: the step's and the pathway's texts
 * edited in another language, through the history; the Agencies panel's,
 * which follows it, for the agencies' names. Run under xvfb-run. */
#include <string.h>

#include "pd-language.h"

#include "pd-window-private.h"
#include "test-gui.h"

static void
select_id (Fixture    *f,
           const char *id)
{
  pd_selection_select (pd_canvas_get_selection (f->canvas), id, PD_SELECT_REPLACE);
  wait_for_frames ();
}

/* The switcher's item named @name, as a person picks it. */
static void
choose (Fixture    *f,
        const char *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (pd_inspector_get_language_row (f->window->inspector));
  GListModel *items = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (items), i), name))
      {
        adw_combo_row_set_selected (row, i);
        wait_for_frames ();
        return;
      }
  g_error ("the language switcher has no “%s”", name);
}

static const char *
entry_text (Fixture    *f,
            const char *property)
{
  return gtk_editable_get_text (GTK_EDITABLE (pd_inspector_get_editor (f->window->inspector,
                                                                       property)));
}

static char *
area_text (Fixture    *f,
           const char *property)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (
    GTK_TEXT_VIEW (pd_inspector_get_editor (f->window->inspector, property)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_switch_type_undo (Fixture       *f,
                       gconstpointer  data)
{
  PdNode *node;
  g_autofree char *english = NULL;
  g_autofree char *polish = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *title;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = pd_document_get_node (f->document, "n-assessment");
  english = g_strdup (pd_node_get_title (node));
  polish = g_strdup (pd_node_get_title_for (node, "pl"));
  g_assert_nonnull (polish);
  select_id (f, "n-assessment");
  g_assert_cmpstr (entry_text (f, "title"), ==, english);

  choose (f, "Polski");
  g_assert_cmpstr (pd_inspector_get_language (f->window->inspector), ==, "pl");
  title = pd_inspector_get_editor (f->window->inspector, "title");
  g_assert_cmpstr (entry_text (f, "title"), ==, polish);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (title)), ==,
                   "Title (Polski)");
  shown = area_text (f, "easy-read");
  g_assert_cmpstr (shown, ==, pd_node_get_easy_read_for (node, "pl"));

  /* Typing edits the Polish title only, as one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (title), "O");
  gtk_editable_set_text (GTK_EDITABLE (title), "Oc");
  gtk_editable_set_text (GTK_EDITABLE (title), "Ocena");
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, "Ocena");
  g_assert_cmpstr (pd_node_get_title (node), ==, english);
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, polish);
  g_assert_cmpstr (entry_text (f, "title"), ==, polish);
  g_assert_true (pd_document_redo (f->document));
  g_assert_cmpstr (entry_text (f, "title"), ==, "Ocena");

  /* The step's other fields are the same in every language. */
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (pd_inspector_get_editor (f->window->inspector,
                                                                   "staff-role"))), ==,
                   "Staff role");

  /* Another step keeps the language; back in English, the English text. */
  select_id (f, "n-cbt");
  g_assert_cmpstr (entry_text (f, "title"), ==, pd_node_get_title_for (
                     pd_document_get_node (f->document, "n-cbt"), "pl"));
  choose (f, "English (default)");
  g_assert_null (pd_inspector_get_language (f->window->inspector));
  g_assert_cmpstr (entry_text (f, "title"), ==,
                   pd_node_get_title (pd_document_get_node (f->document, "n-cbt")));
}

/* A language no text has yet: added, written in, undone. */
static void
test_new_language (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *summary = NULL;
  GtkTextBuffer *buffer;
  g_auto(GStrv) languages = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "pathway");
  g_assert_null (pd_document_get_title_for (f->document, "ar"));
  pd_inspector_set_language (f->window->inspector, "AR");
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_language (f->window->inspector), ==, "ar");
  g_assert_cmpstr (entry_text (f, "title"), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (pd_inspector_get_editor (f->window->inspector, "title")),
                         "الرعاية المتدرجة");
  buffer = gtk_text_view_get_buffer (
    GTK_TEXT_VIEW (pd_inspector_get_editor (f->window->inspector, "summary")));
  gtk_text_buffer_set_text (buffer, "مساعدة خطوة بخطوة.", -1);
  g_assert_cmpstr (pd_document_get_title_for (f->document, "ar"), ==, "الرعاية المتدرجة");
  g_assert_cmpstr (pd_document_get_summary_for (f->document, "ar"), ==, "مساعدة خطوة بخطوة.");
  languages = pd_document_get_languages (f->document);
  g_assert_true (g_strv_contains ((const char * const *) languages, "ar"));
  g_object_get (f->document, "summary", &summary, NULL);
  g_assert_nonnull (strstr (summary, "illustrative"));

  g_assert_true (pd_document_undo (f->document));
  g_assert_null (pd_document_get_summary_for (f->document, "ar"));
  g_assert_true (pd_document_undo (f->document));
  g_assert_null (pd_document_get_title_for (f->document, "ar"));
  /* The language stays on offer while it is being worked on. */
  g_assert_cmpstr (entry_text (f, "title"), ==, "");
  choose (f, "العربية");
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *windows = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* "Add language…" offers the languages the switcher lacks, by their own
 * names; the one picked becomes the one edited. */
static void
test_add_language_dialog (Fixture       *f,
                          gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkDropDown *choice;
  GListModel *offered;
  guint somali = GTK_INVALID_LIST_POSITION;

  TEST_GUI_REQUIRE_DISPLAY ();
  select_id (f, "n-gsh");
  choose (f, "Add language…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  choice = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  offered = gtk_drop_down_get_model (choice);
  for (guint i = 0; i < g_list_model_get_n_items (offered); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (offered), i);

      /* Those the example already has are not offered again. */
      g_assert_false (g_str_has_prefix (name, "Polski"));
      if (g_str_has_prefix (name, "Soomaali"))
        somali = i;
    }
  g_assert_cmpuint (somali, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (choice, somali);
  adw_message_dialog_response (dialog, "add");
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_language (f->window->inspector), ==, "so");
  g_assert_cmpstr (entry_text (f, "title"), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (pd_inspector_get_editor (f->window->inspector, "title")),
                         "Is-caawin");
  g_assert_cmpstr (pd_node_get_title_for (pd_document_get_node (f->document, "n-gsh"), "so"), ==,
                   "Is-caawin");

  /* Cancelled, nothing changes but the switcher shows the language edited. */
  choose (f, "Add language…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_language (f->window->inspector), ==, "so");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (pd_inspector_get_language_row (
                                                  f->window->inspector))), !=,
                    g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (
                      pd_inspector_get_language_row (f->window->inspector)))) - 1);
}

/* @row's item named @name, as a person picks it. */
static void
choose_in (GtkWidget  *row,
           const char *name)
{
  GListModel *items = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (items), i), name))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
        wait_for_frames ();
        return;
      }
  g_error ("the language drop-down has no “%s”", name);
}

static const char *
agency_entry_text (Fixture  *f,
                   PdAgency *agency)
{
  return gtk_editable_get_text (GTK_EDITABLE (pd_agencies_get_editor (f->window->agencies, agency,
                                                                      "name")));
}

/* The Agencies panel's drop-down: the name in Urdu typed, undone; the
 * choice is the Properties pane's too. */
static void
test_agencies (Fixture       *f,
               gconstpointer  data)
{
  PdAgencies *agencies;
  AdwMessageDialog *dialog;
  PdAgency *nhs;
  GtkWidget *row, *name;
  g_autofree char *urdu = NULL, *title = NULL, *before = NULL;
  g_autofree char *english = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  agencies = f->window->agencies;
  nhs = pd_document_get_agency (f->document, "nhs");
  english = g_strdup (pd_agency_get_name (nhs));
  before = g_strdup (pd_agency_get_name_for (nhs, "ur"));
  g_assert_nonnull (before);
  urdu = pd_language_get_display_name ("ur");
  row = pd_agencies_get_language_row (agencies);
  g_assert_true (pd_agencies_get_language_choice (agencies)
                 == pd_inspector_get_language_choice (f->window->inspector));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  g_assert_cmpstr (agency_entry_text (f, nhs), ==, english);

  choose_in (row, urdu);
  g_assert_cmpstr (pd_inspector_get_language (f->window->inspector), ==, "ur");
  name = pd_agencies_get_editor (agencies, nhs, "name");
  g_assert_cmpstr (agency_entry_text (f, nhs), ==, before);
  title = g_strdup_printf ("Name (%s)", urdu);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (name)), ==, title);
  /* The short name is the same in every language. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     pd_agencies_get_editor (agencies, nhs, "short-name"))), ==, "Short name");

  /* Typed a letter at a time: the Urdu name only, one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (name), "ٹ");
  gtk_editable_set_text (GTK_EDITABLE (name), "ٹرس");
  gtk_editable_set_text (GTK_EDITABLE (name), "ٹرسٹ");
  g_assert_cmpstr (pd_agency_get_name_for (nhs, "ur"), ==, "ٹرسٹ");
  g_assert_cmpstr (pd_agency_get_name (nhs), ==, english);
  g_assert_cmpstr (pd_agency_get_name_for (nhs, "pl"), ==, "Zespół NHS");
  g_assert_true (pd_document_undo (f->document));
  wait_for_frames ();
  g_assert_cmpstr (pd_agency_get_name_for (nhs, "ur"), ==, before);
  g_assert_cmpstr (agency_entry_text (f, nhs), ==, before);
  g_assert_true (pd_document_redo (f->document));
  wait_for_frames ();
  g_assert_cmpstr (agency_entry_text (f, nhs), ==, "ٹرسٹ");

  /* Back to English from the Properties pane: the panel follows, and
   * English edits the agency's own name. */
  pd_inspector_set_language (f->window->inspector, NULL);
  wait_for_frames ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  g_assert_cmpstr (agency_entry_text (f, nhs), ==, english);
  gtk_editable_set_text (GTK_EDITABLE (pd_agencies_get_editor (agencies, nhs, "name")),
                         "NHS mental health trust");
  g_assert_cmpstr (pd_agency_get_name (nhs), ==, "NHS mental health trust");
  g_assert_cmpstr (pd_agency_get_name_for (nhs, "ur"), ==, "ٹرسٹ");
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpstr (pd_agency_get_name (nhs), ==, english);

  /* "Add language…" here speaks of the agencies' names; cancelled, the
   * drop-down shows English again. */
  choose_in (row, "Add language…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The agencies’ names can then be written in it too.");
  adw_message_dialog_response (dialog, "cancel");
  wait_for_frames ();
  g_assert_null (pd_inspector_get_language (f->window->inspector));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/inspector/language/switch-type-undo", test_switch_type_undo);
  TEST_GUI_ADD ("/inspector/language/new", test_new_language);
  TEST_GUI_ADD ("/inspector/language/add-dialog", test_add_language_dialog);
  TEST_GUI_ADD ("/agencies/language", test_agencies);
  return g_test_run ();
}
