/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>
#include <math.h>

#include "pd-agency.h"
#include "pd-clusters.h"
#include "pd-combo-keys.h"
#include "pd-edit-changes.h"
#include "pd-enums.h"
#include "pd-inspector-rows-private.h"
#include "pd-language.h"
#include "pd-link.h"
#include "pd-text-area.h"

static void
row_free (Row *row)
{
  g_clear_pointer (&row->items, g_ptr_array_unref);
  g_clear_pointer (&row->agency_ids, g_ptr_array_unref);
  g_free (row);
}

/* Whether @row shows a translation rather than the property itself. */
static gboolean
is_translated (Row *row)
{
  return row->rows->language != NULL && row->rows->object != NULL && row->rows->objects == NULL
         && pd_document_is_translatable (row->rows->object, row->spec->property);
}

static void show_value (Row *row);

void
pd_rows_set_value (Row          *row,
                   const GValue *value)
{
  PdRows *rows = row->rows;

  if (rows->updating || rows->object == NULL)
    return;
  if (rows->objects)
    {
      /* One undo step for all of them. */
      /* Half done, they differ: the field would say "Mixed" while typed in. */
      rows->applying = TRUE;
      pd_document_begin (rows->document, _("Edit Several Steps"));
      for (guint i = 0; i < rows->objects->len; i++)
        pd_document_set_value (rows->document, g_ptr_array_index (rows->objects, i),
                               row->spec->property, value);
      pd_document_end (rows->document);
      rows->applying = FALSE;
      show_value (row);
    }
  else if (PD_IS_DOCUMENT (rows->object) && g_str_equal (row->spec->property, "status"))
    {
      /* A change of status is logged with it, in one undo step. */
      g_autofree char *today = pd_edit_today ();
      pd_edit_set_status (rows->document, g_value_get_enum (value), today, g_get_real_name ());
    }
  else if (is_translated (row))
    pd_document_set_translation (rows->document, rows->object, row->spec->property,
                                 rows->language, g_value_get_string (value));
  else
    pd_document_set_value (rows->document, rows->object, row->spec->property, value);
}

/* Model to widgets. */

/* A number's "not set" as what it means, so that a group of 1 and a group
 * not given are the same. */
static void
get_meant (Row     *row,
           GObject *object,
           GValue  *value)
{
  g_value_init (value, row->pspec->value_type);
  g_object_get_property (object, row->spec->property, value);
  if (row->spec->unset_as == 0)
    return;
  if (G_VALUE_HOLDS_DOUBLE (value) && g_value_get_double (value) == 0)
    g_value_set_double (value, row->spec->unset_as);
  else if (G_VALUE_HOLDS_UINT (value) && g_value_get_uint (value) == 0)
    g_value_set_uint (value, (guint) row->spec->unset_as);
}

/* Whether the objects edited at once hold different values of the row's
 * property. */
static gboolean
differs (Row *row)
{
  GPtrArray *objects = row->rows->objects;
  GValue first = G_VALUE_INIT;
  gboolean differ = FALSE;

  if (objects == NULL)
    return FALSE;
  get_meant (row, g_ptr_array_index (objects, 0), &first);
  for (guint i = 1; i < objects->len && !differ; i++)
    {
      GValue other = G_VALUE_INIT;

      get_meant (row, g_ptr_array_index (objects, i), &other);
      differ = g_param_values_cmp (row->pspec, &first, &other) != 0;
      g_value_unset (&other);
    }
  g_value_unset (&first);
  return differ;
}

/* A drop-down's "Mixed" item, after the real choices, only while the
 * values differ: picking it changes nothing. */
static void
show_mixed_choice (Row *row)
{
  GtkStringList *list = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (row->editor)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (row->mixed && n == row->n_choices)
    gtk_string_list_append (list, _("Mixed"));
  else if (!row->mixed && n > row->n_choices)
    gtk_string_list_remove (list, row->n_choices);
  if (row->mixed)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row->editor), row->n_choices);
}

static void
show_mixed_number (Row *row)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (row->editor);
  g_autofree char *text = NULL;

  /* The spin button shows the value again only when it changes. */
  if (row->mixed)
    text = g_strdup (_("Mixed"));
  else if (gtk_spin_button_get_value (spin) < 0)
    return;
  else
    text = g_strdup_printf ("%.*f", (int) gtk_spin_button_get_digits (spin),
                            gtk_spin_button_get_value (spin));
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (spin)), text);
}

static void
show_long_text (Row        *row,
                const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor));
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (shown, text ? text : "") != 0)
    gtk_text_buffer_set_text (buffer, text ? text : "", -1);
}

/* Each cluster's check button on when @clusters holds its number. */
static void
show_clusters (Row          *row,
               const GArray *clusters)
{
  for (guint i = 0; i < row->items->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (row->items, i);
      guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "number"));
      gboolean on = FALSE;

      for (guint c = 0; clusters && c < clusters->len; c++)
        on |= g_array_index (clusters, guint, c) == number;
      gtk_check_button_set_active (check, on);
    }
}

/* A number the model keeps as 0 for "not set" shows what that means: a
 * group of 1, the usual hours of a whole-time equivalent. */
static void
show_number (Row    *row,
             double  number)
{
  if (number == 0 && row->spec->unset_as != 0)
    number = row->spec->unset_as;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->editor), number);
}

/* @value in the row's editor, whatever its kind. */
static void
show_in_editor (Row          *row,
                const GValue *value)
{
  switch (row->spec->kind)
    {
    case PD_ROW_TEXT:
      {
        const char *text = g_value_get_string (value);
        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->editor)), text ? text : "") != 0)
          gtk_editable_set_text (GTK_EDITABLE (row->editor), text ? text : "");
      }
      break;
    case PD_ROW_READ_ONLY:
      {
        const char *text = g_value_get_string (value);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row->editor),
                                     text && *text ? text : _("Not set"));
      }
      break;
    case PD_ROW_LONG_TEXT:
      show_long_text (row, g_value_get_string (value));
      break;
    case PD_ROW_ENUM:
      adw_combo_row_set_selected (ADW_COMBO_ROW (row->editor), (guint) g_value_get_enum (value));
      break;
    case PD_ROW_AGENCY:
      {
        guint index = GTK_INVALID_LIST_POSITION;

        g_ptr_array_find_with_equal_func (row->agency_ids, g_value_get_string (value) ?: "",
                                          g_str_equal, &index);
        adw_combo_row_set_selected (ADW_COMBO_ROW (row->editor), index);
      }
      break;
    case PD_ROW_NUMBER:
      show_number (row, G_VALUE_HOLDS_DOUBLE (value) ? g_value_get_double (value)
                                                     : g_value_get_uint (value));
      break;
    case PD_ROW_CLUSTERS:
      show_clusters (row, g_value_get_boxed (value));
      break;
    case PD_ROW_LINKS:
    case PD_ROW_PARTICIPANTS:
      pd_rows_show_list (row);
      break;
    case PD_ROW_STAFF:
    case PD_ROW_POSTS:
      pd_rows_show_staff (row);
      break;
    case PD_ROW_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (row->editor), g_value_get_boolean (value));
      break;
    case PD_ROW_CHANGES:
      pd_rows_show_changes (row);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* An entry row's "Mixed": empty, with a placeholder and its title saying
 * so. */
static void
show_mixed_text (Row *row)
{
  PdRows *rows = row->rows;
  GtkText *text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (row->editor)));

  if (row->mixed)
    gtk_editable_set_text (GTK_EDITABLE (row->editor), "");
  gtk_text_set_placeholder_text (text, row->mixed ? _("Mixed") : NULL);
  /* Empty and not focused, an entry row shows its title, not the
   * placeholder. */
  if (rows->objects)
    {
      g_autofree char *title = NULL;

      if (row->mixed)
        /* Translators: a field whose values differ in the selected steps. */
        title = g_strdup_printf (_("%s (Mixed)"), _(row->spec->title));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row),
                                     title ? title : _(row->spec->title));
    }
}

static void
show_value (Row *row)
{
  GValue value = G_VALUE_INIT;
  PdRows *rows = row->rows;
  gboolean was_mixed = row->mixed;

  if (rows->object == NULL)
    return;
  row->mixed = differs (row);
  g_value_init (&value, row->pspec->value_type);
  if (is_translated (row))
    g_value_set_string (&value, pd_document_get_translation (rows->document, rows->object,
                                                             row->spec->property,
                                                             rows->language));
  else
    g_object_get_property (rows->object, row->spec->property, &value);
  rows->updating = TRUE;
  show_in_editor (row, &value);
  if (row->spec->kind == PD_ROW_ENUM || row->spec->kind == PD_ROW_AGENCY)
    show_mixed_choice (row);
  else if (row->spec->kind == PD_ROW_NUMBER && (row->mixed || was_mixed))
    show_mixed_number (row);
  else if (row->spec->kind == PD_ROW_TEXT && (rows->objects || was_mixed))
    show_mixed_text (row);
  rows->updating = FALSE;
  g_value_unset (&value);
}

/* Widgets to model. */

static void
on_text_changed (Row *row)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (row->spec->kind == PD_ROW_LONG_TEXT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      g_value_take_string (&value, gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  else
    g_value_set_string (&value, gtk_editable_get_text (GTK_EDITABLE (row->editor)));
  /* An emptied field is an absent one, as in the file. */
  if (g_value_get_string (&value) && *g_value_get_string (&value) == '\0')
    g_value_set_string (&value, NULL);
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
}

static void
on_selected (Row *row)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row->editor));
  GValue value = G_VALUE_INIT;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= row->n_choices)
    return;
  g_value_init (&value, row->pspec->value_type);
  if (row->spec->kind == PD_ROW_AGENCY)
    {
      if (selected >= row->agency_ids->len)
        return;
      g_value_set_string (&value, g_ptr_array_index (row->agency_ids, selected));
    }
  else
    g_value_set_enum (&value, (int) selected);
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
}

static void
on_number_changed (Row *row)
{
  double number = gtk_spin_button_get_value (GTK_SPIN_BUTTON (row->editor));
  GValue value = G_VALUE_INIT;

  g_value_init (&value, row->pspec->value_type);
  if (G_VALUE_HOLDS_DOUBLE (&value))
    g_value_set_double (&value, number);
  else
    g_value_set_uint (&value, (guint) MAX (number, 0));
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
}

static void
on_switch_active (Row *row)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (GTK_SWITCH (row->editor)));
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
}

/* A likelihood below zero is one nobody has estimated. */
static gboolean
on_number_output (GtkSpinButton *spin,
                  Row           *row)
{
  const char *text;

  if (row->mixed)
    text = _("Mixed");
  else if (gtk_spin_button_get_value (spin) < 0)
    text = _("Not set");
  else
    return FALSE;
  /* The spin button's own set_text would parse the words as a number. */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (spin)), text);
  return TRUE;
}

static int
on_number_input (GtkSpinButton *spin,
                 double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;

  *value = g_strtod (text, &end);
  if (end == text)
    *value = -1;
  return TRUE;
}

static void
on_cluster_toggled (Row *row)
{
  g_autoptr(GArray) clusters = g_array_new (FALSE, FALSE, sizeof (guint));
  GValue value = G_VALUE_INIT;

  for (guint i = 0; i < row->items->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (row->items, i);
      guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "number"));

      if (gtk_check_button_get_active (check))
        g_array_append_val (clusters, number);
    }
  g_value_init (&value, G_TYPE_ARRAY);
  g_value_set_boxed (&value, clusters);
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
}

/* The agencies' names, kept up to date. */
static void
fill_agencies (Row *row)
{
  GListModel *agencies;
  GtkStringList *names = gtk_string_list_new (NULL);

  if (row->rows->document == NULL)
    return;
  agencies = pd_document_get_agencies (row->rows->document);
  g_ptr_array_set_size (row->agency_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      g_autofree char *name = g_strdup_printf ("%s (%s)", pd_agency_get_name (agency)
                                                          ? pd_agency_get_name (agency)
                                                          : pd_agency_get_id (agency),
                                               pd_agency_get_cue (agency)
                                               ? pd_agency_get_cue (agency) : "");
      gtk_string_list_append (names, name);
      g_ptr_array_add (row->agency_ids, g_strdup (pd_agency_get_id (agency)));
    }
  row->n_choices = row->agency_ids->len;
  row->rows->updating = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (row->editor), G_LIST_MODEL (names));
  row->rows->updating = FALSE;
  g_object_unref (names);
  show_value (row);
}

/* Building the rows. */

/* A text view in a frame, for words that run to lines. */
static GtkWidget *
make_long_text_row (Row        *row,
                    const char *title)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  row->editor = pd_text_area_new ();
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (row->editor), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (row->editor), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (row->editor), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (row->editor), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (row->editor), 8);
  gtk_widget_set_size_request (row->editor, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor)), "changed",
                            G_CALLBACK (on_text_changed), row);
  gtk_frame_set_child (GTK_FRAME (frame), row->editor);
  row->row = frame;
  return frame;
}

/* A drop-down of an enumeration's labels, or of the agencies (filled in
 * by fill_agencies). */
static GtkWidget *
make_choice_row (Row        *row,
                 const char *title)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  if (row->spec->kind == PD_ROW_ENUM)
    {
      GEnumClass *klass = g_type_class_ref (row->pspec->value_type);
      for (guint i = 0; i < klass->n_values; i++)
        gtk_string_list_append (labels, pd_enum_get_label (row->pspec->value_type,
                                                           klass->values[i].value));
      row->n_choices = klass->n_values;
      g_type_class_unref (klass);
    }
  else
    row->agency_ids = g_ptr_array_new_with_free_func (g_free);
  row->row = row->editor = adw_combo_row_new ();
  pd_combo_row_start_at_value (ADW_COMBO_ROW (row->row));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row->row), G_LIST_MODEL (labels));
  g_object_unref (labels);
  g_signal_connect_swapped (row->editor, "notify::selected", G_CALLBACK (on_selected), row);
  return row->row;
}

/* A spin button within the property's range, whole for whole numbers. */
static GtkWidget *
make_number_row (Row        *row,
                 const char *title)
{
  double lower = 0, upper = 100000;
  gboolean whole = G_IS_PARAM_SPEC_UINT (row->pspec);

  if (G_IS_PARAM_SPEC_DOUBLE (row->pspec))
    {
      lower = G_PARAM_SPEC_DOUBLE (row->pspec)->minimum;
      upper = MIN (G_PARAM_SPEC_DOUBLE (row->pspec)->maximum, 100000);
    }
  /* Its 0 means "not set": there is no such number to pick. */
  if (row->spec->unset_as != 0)
    lower = whole ? 1 : 0.1;
  row->row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  if (row->spec->subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), _(row->spec->subtitle));
  row->editor = gtk_spin_button_new_with_range (lower, upper, 1);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (row->editor), whole ? 0 : 1);
  gtk_widget_set_valign (row->editor, GTK_ALIGN_CENTER);
  /* Named once, by the row's title: the row makes it "labelled-by". */
  g_signal_connect (row->editor, "output", G_CALLBACK (on_number_output), row);
  if (lower < 0)
    g_signal_connect (row->editor, "input", G_CALLBACK (on_number_input), NULL);
  /* Room for the words shown instead of a number, whole: a spin
   * button is only as wide as its largest number. */
  gtk_editable_set_width_chars (GTK_EDITABLE (row->editor),
                                MAX (g_utf8_strlen (_("Not set"), -1),
                                     g_utf8_strlen (_("Mixed"), -1)));
  g_signal_connect_swapped (row->editor, "value-changed", G_CALLBACK (on_number_changed),
                            row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->editor);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), row->editor);
  return row->row;
}

/* The row's title names the switch: the row makes it "labelled-by", and
 * activating the row toggles it. */
static GtkWidget *
make_switch_row (Row        *row,
                 const char *title)
{
  row->row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  if (row->spec->subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), _(row->spec->subtitle));
  row->editor = gtk_switch_new ();
  gtk_widget_set_valign (row->editor, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (row->editor, "notify::active", G_CALLBACK (on_switch_active), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->editor);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), row->editor);
  return row->row;
}

/* An expander with a check button for each care cluster in use. */
static GtkWidget *
make_clusters_row (Row        *row,
                   const char *title)
{
  row->row = row->editor = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  row->items = g_ptr_array_new ();
  for (guint i = 0; i < pd_clusters_get_n_items (); i++)
    {
      const PdCluster *cluster = pd_clusters_get_item (i);
      g_autofree char *name = NULL;
      GtkWidget *item, *check;

      if (cluster->unused)
        continue;
      name = g_strdup_printf ("%u. %s", cluster->number, cluster->name);
      item = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (item), cluster->super_class_name);
      check = gtk_check_button_new ();
      g_object_set_data (G_OBJECT (check), "number", GUINT_TO_POINTER (cluster->number));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_cluster_toggled), row);
      adw_action_row_add_prefix (ADW_ACTION_ROW (item), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), item);
      g_ptr_array_add (row->items, check);
    }
  return row->row;
}

/* A text view or a list of items is not a row: its own small group. */
static gboolean
has_own_group (PdRowKind kind)
{
  return kind == PD_ROW_LONG_TEXT || kind == PD_ROW_STAFF || kind == PD_ROW_POSTS
         || kind == PD_ROW_CHANGES;
}

static GtkWidget *
make_row (Row        *row,
          const char *title)
{
  switch (row->spec->kind)
    {
    case PD_ROW_TEXT:
      row->row = row->editor = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
      g_signal_connect_swapped (row->editor, "changed", G_CALLBACK (on_text_changed), row);
      return row->row;
    case PD_ROW_READ_ONLY:
      row->row = row->editor = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
      return row->row;
    case PD_ROW_LONG_TEXT:
      return make_long_text_row (row, title);
    case PD_ROW_ENUM:
    case PD_ROW_AGENCY:
      return make_choice_row (row, title);
    case PD_ROW_NUMBER:
      return make_number_row (row, title);
    case PD_ROW_SWITCH:
      return make_switch_row (row, title);
    case PD_ROW_CLUSTERS:
      return make_clusters_row (row, title);
    case PD_ROW_LINKS:
    case PD_ROW_PARTICIPANTS:
      return pd_rows_make_list_row (row, title);
    case PD_ROW_STAFF:
    case PD_ROW_POSTS:
      return pd_rows_make_staff_row (row);
    case PD_ROW_CHANGES:
      return pd_rows_make_changes_row (row);
    default:
      g_assert_not_reached ();
    }
}

static void on_agencies_changed (PdRows *rows);

PdRows *
pd_rows_new (AdwPreferencesPage *page,
             GType               object_type,
             const PdRowSpec    *specs,
             guint               n_specs)
{
  PdRows *rows = g_new0 (PdRows, 1);
  GObjectClass *klass = g_type_class_ref (object_type);
  AdwPreferencesGroup *group = NULL;
  const char *group_title = NULL;

  rows->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  rows->object_signals = g_ptr_array_new_with_free_func (g_object_unref);
  rows->agency_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (rows->agency_signals, "items-changed",
                                  G_CALLBACK (on_agencies_changed), rows);
  for (guint i = 0; i < n_specs; i++)
    {
      Row *row = g_new0 (Row, 1);
      GtkWidget *widget;

      row->rows = rows;
      row->spec = &specs[i];
      row->pspec = g_object_class_find_property (klass, specs[i].property);
      g_assert (row->pspec != NULL);
      if (group == NULL || g_strcmp0 (group_title, specs[i].group) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          group_title = specs[i].group;
          if (group_title)
            adw_preferences_group_set_title (group, _(group_title));
          adw_preferences_page_add (page, group);
        }
      widget = make_row (row, _(specs[i].title));
      if (has_own_group (specs[i].kind))
        {
          /* A text view or a list of items is not a row: its own small
           * group with a title. */
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, _(specs[i].title));
          if (specs[i].subtitle)
            adw_preferences_group_set_description (group, _(specs[i].subtitle));
          adw_preferences_page_add (page, group);
          adw_preferences_group_add (group, widget);
          row->group = group;
          group = NULL;
        }
      else
        adw_preferences_group_add (group, widget);
      g_ptr_array_add (rows->rows, row);
    }
  g_type_class_unref (klass);
  return rows;
}

void
pd_rows_free (PdRows *rows)
{
  if (rows == NULL)
    return;
  pd_rows_bind (rows, NULL, NULL);
  g_ptr_array_unref (rows->object_signals);
  g_object_unref (rows->agency_signals);
  g_ptr_array_unref (rows->rows);
  g_free (rows->language);
  g_free (rows);
}

static void show_title (Row *row);

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           PdRows     *rows)
{
  if (rows->applying)
    return;
  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);
      gboolean translation = g_str_equal (pspec->name, "translations");

      if (translation ? is_translated (row) : g_str_equal (row->spec->property, pspec->name)
                                              && !is_translated (row))
        show_value (row);
    }
}

static void
on_agencies_changed (PdRows *rows)
{
  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);
      if (row->spec->kind == PD_ROW_AGENCY)
        fill_agencies (row);
      else if (row->spec->kind == PD_ROW_POSTS)
        pd_rows_refill_staff (row);
    }
}

/* Shows what changes in @object, one of those edited. */
static void
watch_object (PdRows  *rows,
              GObject *object)
{
  GSignalGroup *signals = g_signal_group_new (G_OBJECT_TYPE (object));

  g_signal_group_connect (signals, "notify", G_CALLBACK (on_notify), rows);
  g_signal_group_set_target (signals, object);
  g_ptr_array_add (rows->object_signals, signals);
}

void
pd_rows_bind (PdRows     *rows,
              PdDocument *document,
              GObject    *object)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();

  if (object)
    g_ptr_array_add (objects, object);
  pd_rows_bind_many (rows, document, objects);
}

void
pd_rows_bind_many (PdRows     *rows,
                   PdDocument *document,
                   GPtrArray  *objects)
{
  g_ptr_array_set_size (rows->object_signals, 0);
  g_signal_group_set_target (rows->agency_signals, NULL);
  g_clear_object (&rows->object);
  g_clear_pointer (&rows->objects, g_ptr_array_unref);
  g_set_object (&rows->document, document);
  if (document == NULL || objects == NULL || objects->len == 0)
    {
      g_clear_object (&rows->document);
      return;
    }
  rows->object = g_object_ref (g_ptr_array_index (objects, 0));
  if (objects->len > 1)
    {
      rows->objects = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < objects->len; i++)
        {
          g_ptr_array_add (rows->objects, g_object_ref (g_ptr_array_index (objects, i)));
          watch_object (rows, g_ptr_array_index (objects, i));
        }
    }
  else
    watch_object (rows, rows->object);
  g_signal_group_set_target (rows->agency_signals, pd_document_get_agencies (document));
  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);

      /* The title first: a field of several says in it when they differ. */
      if (row->spec->kind == PD_ROW_TEXT || row->spec->kind == PD_ROW_LONG_TEXT)
        show_title (row);
      if (row->spec->kind == PD_ROW_AGENCY)
        fill_agencies (row);
      else if (row->spec->kind == PD_ROW_POSTS)
        pd_rows_refill_staff (row);
      else
        show_value (row);
    }
}

GtkWidget *
pd_rows_get_editor (PdRows     *rows,
                    const char *property)
{
  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);
      if (g_str_equal (row->spec->property, property))
        return row->editor;
    }
  return NULL;
}

/* The field's title, with the language it is in when that is not English. */
static void
show_title (Row *row)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  const char *plain = _(row->spec->title);

  if (row->rows->language && pd_document_is_translatable (row->rows->object, row->spec->property))
    {
      name = pd_language_get_display_name (row->rows->language);
      /* Translators: a field's name and the language it is given in, as
       * "Title (Polski)". */
      title = g_strdup_printf (_("%s (%s)"), plain, name);
    }
  if (row->group)
    adw_preferences_group_set_title (row->group, title ? title : plain);
  else if (ADW_IS_ENTRY_ROW (row->row))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title ? title : plain);
  if (row->spec->kind == PD_ROW_LONG_TEXT)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row->editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    title ? title : plain, -1);
}

void
pd_rows_set_language (PdRows     *rows,
                      const char *lang)
{
  g_return_if_fail (rows != NULL);

  if (pd_language_tag_is_default (lang))
    lang = NULL;
  g_free (rows->language);
  rows->language = g_strdup (lang);
  if (rows->object == NULL)
    return;
  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);

      if (!pd_document_is_translatable (rows->object, row->spec->property))
        continue;
      show_title (row);
      show_value (row);
    }
}
