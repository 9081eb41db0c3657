/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-agencies.h"
#include "pd-accessible.h"
#include "pd-combo-keys.h"
#include "pd-edit.h"
#include "pd-geometry.h"
#include "pd-language.h"

struct _PdAgencies
{
  AdwBin parent_instance;

  AdwPreferencesGroup *group;
  AdwPreferencesGroup *language_group;
  GtkWidget *language_row;
  PdLanguageChoice *language;    /* which language the names are edited in */
  GSignalGroup *language_signals;
  GPtrArray *rows;               /* of AdwExpanderRow, one per agency */
  PdDocument *document;
  GSignalGroup *history_signals; /* of the document's history */
  guint rebuild_source;
  PdLibrary *library;            /* whose agencies library_document took */
  PdDocument *library_document;  /* (weak) */
};

G_DEFINE_FINAL_TYPE (PdAgencies, pd_agencies, ADW_TYPE_BIN)

enum { PROP_0, PROP_DOCUMENT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void rebuild (PdAgencies *self);

static PdAgency *
agency_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "agency");
}

/* NULL for English. */
static const char *
language_of (PdAgencies *self)
{
  return self->language ? pd_language_choice_get_language (self->language) : NULL;
}

/* The agency's name in the language edited, else its English name. */
static const char *
shown_name (PdAgencies *self,
            PdAgency   *agency)
{
  const char *name = pd_agency_get_name_for (agency, language_of (self));

  if (name == NULL || *name == '\0')
    name = pd_agency_get_name (agency);
  return name ? name : pd_agency_get_id (agency);
}

/* The library's agency that @agency was given when its pathway was opened
 * from the library, or NULL. */
static PdAgency *
library_agency (PdAgencies *self,
                PdAgency   *agency)
{
  if (self->library == NULL || self->document == NULL
      || self->document != self->library_document)
    return NULL;
  return pd_library_lookup_agency (self->library, pd_agency_get_id (agency));
}

/* Whether @property's field edits its text in another language. */
static gboolean
is_translated (PdAgencies *self,
               PdAgency   *agency,
               const char *property)
{
  return language_of (self) != NULL && pd_document_is_translatable (agency, property);
}

static void
on_text (GtkEditable *editable,
         PdAgencies  *self)
{
  const char *property = g_object_get_data (G_OBJECT (editable), "property");
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *current = NULL;

  /* In another language an empty field takes the text away: the English
   * name stands in for it. */
  if (is_translated (self, agency_of (GTK_WIDGET (editable)), property))
    {
      pd_document_set_translation (self->document, agency_of (GTK_WIDGET (editable)), property,
                                   language_of (self), text);
      return;
    }
  g_object_get (agency_of (GTK_WIDGET (editable)), property, &current, NULL);
  if (g_strcmp0 (current, text) != 0 && (*text || g_str_equal (property, "short-name")))
    pd_document_set (self->document, agency_of (GTK_WIDGET (editable)), property,
                     *text ? text : NULL, NULL);
}

static void
on_pattern (AdwComboRow *row,
            GParamSpec  *pspec,
            PdAgencies  *self)
{
  PdAgency *agency = agency_of (GTK_WIDGET (row));
  guint selected = adw_combo_row_get_selected (row);

  if (selected != GTK_INVALID_LIST_POSITION && (PdPattern) selected != pd_agency_get_pattern (agency))
    pd_document_set (self->document, agency, "pattern", (PdPattern) selected, NULL);
}

static void
on_colour (GtkColorButton *button,
           PdAgencies     *self)
{
  PdAgency *agency = agency_of (GTK_WIDGET (button));
  GdkRGBA rgba;
  PdColor colour;
  g_autofree char *hex = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  colour = (PdColor) { rgba.red, rgba.green, rgba.blue, 1 };
  hex = pd_color_to_hex (&colour);
  if (g_ascii_strcasecmp (hex, pd_agency_get_colour (agency) ?: "") != 0)
    pd_document_set (self->document, agency, "colour", hex, NULL);
}

static void
on_move (GtkButton  *button,
         PdAgencies *self)
{
  PdAgency *agency = agency_of (GTK_WIDGET (button));
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));
  GListModel *agencies = pd_document_get_agencies (self->document);
  guint position;

  for (position = 0; position < g_list_model_get_n_items (agencies); position++)
    {
      g_autoptr(PdAgency) item = g_list_model_get_item (agencies, position);
      if (item == agency)
        break;
    }
  if ((step < 0 && position == 0) || position + step >= g_list_model_get_n_items (agencies))
    return;
  pd_document_move_agency (self->document, agency, position + step);
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    PdAgencies       *self)
{
  PdAgency *agency = g_object_get_data (G_OBJECT (dialog), "agency");
  PdAgency *heir = pd_document_get_agency (self->document, response);

  if (heir && heir != agency)
    pd_edit_remove_agency (self->document, agency, heir, NULL);
}

/* An agency no step uses goes at once (undo brings it back); one in use
 * asks which agency takes its steps over. */
void
pd_agencies_remove (PdAgencies *self,
                    PdAgency   *agency)
{
  GListModel *agencies = pd_document_get_agencies (self->document);
  guint users = pd_edit_count_agency_steps (self->document, agency);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (users == 0 || g_list_model_get_n_items (agencies) < 2)
    {
      g_autoptr(GError) error = NULL;

      if (!pd_edit_remove_agency (self->document, agency, NULL, &error))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u step is delivered by “%s”. Which agency takes it over?",
                                       "%u steps are delivered by “%s”. Which agency takes them over?",
                                       users),
                          users, pd_agency_get_name (agency) ?: pd_agency_get_id (agency));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Remove Agency?"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "", _("_Cancel"));
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) other = g_list_model_get_item (agencies, i);
      g_autofree char *label = NULL;

      if (other == agency)
        continue;
      label = g_strdup_printf (_("Give to %s"), pd_agency_get_name (other) ?: pd_agency_get_id (other));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), pd_agency_get_id (other), label);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "");
  g_object_set_data_full (G_OBJECT (dialog), "agency", g_object_ref (agency), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  pd_accessible_name_all_as_shown (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove (GtkButton  *button,
           PdAgencies *self)
{
  pd_agencies_remove (self, agency_of (GTK_WIDGET (button)));
}

static void
on_add (PdAgencies *self)
{
  pd_edit_add_agency (self->document);
}

static GtkWidget *
text_row (PdAgencies *self,
          PdAgency   *agency,
          const char *property,
          const char *title)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *value = NULL;

  if (is_translated (self, agency, property))
    {
      g_autofree char *language = pd_language_get_display_name (language_of (self));
      g_autofree char *named = NULL;

      value = g_strdup (pd_document_get_translation (self->document, agency, property,
                                                     language_of (self)));
      /* Translators: a field's name and the language it is given in, as
       * "Title (Polski)". */
      named = g_strdup_printf (_("%s (%s)"), title, language);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), named);
    }
  else
    {
      g_object_get (agency, property, &value, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    }
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
  g_object_set_data_full (G_OBJECT (row), "agency", g_object_ref (agency), g_object_unref);
  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  g_signal_connect (row, "changed", G_CALLBACK (on_text), self);
  return row;
}

/* The entry is kept on the expander under the property's name. */
static void
add_text_row (PdAgencies *self,
              GtkWidget  *expander,
              PdAgency   *agency,
              const char *property,
              const char *title)
{
  GtkWidget *entry = text_row (self, agency, property, title);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
  g_object_set_data (G_OBJECT (expander), property, entry);
}

/* The colour button and the fields of an agency that is the pathway's own. */
static void
add_editors (PdAgencies *self,
             GtkWidget  *row,
             PdAgency   *agency)
{
  GtkWidget *colour = gtk_color_button_new ();
  GtkWidget *pattern = adw_combo_row_new ();
  GtkStringList *patterns = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (PD_TYPE_PATTERN);
  PdColor parsed;
  GdkRGBA rgba;

  /* The swatch shows the colour; the letter beside it says the same. */
  pd_color_parse (pd_agency_get_colour (agency), &parsed);
  rgba = (GdkRGBA) { parsed.red, parsed.green, parsed.blue, 1 };
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (colour), &rgba);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (colour), FALSE);
  gtk_widget_set_valign (colour, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (colour, _("Colour"));
  /* The button inside is what the keyboard reaches. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (colour), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Colour"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (colour)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour"), -1);
  g_object_set_data_full (G_OBJECT (colour), "agency", g_object_ref (agency), g_object_unref);
  g_signal_connect (colour, "color-set", G_CALLBACK (on_colour), self);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), colour);

  add_text_row (self, row, agency, "name", _("Name"));
  add_text_row (self, row, agency, "short-name", _("Short name"));
  add_text_row (self, row, agency, "cue", _("Letter shown on its steps"));
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (patterns, pd_enum_get_label (PD_TYPE_PATTERN, klass->values[i].value));
  g_type_class_unref (klass);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pattern), _("Pattern"));
  adw_combo_row_set_model (ADW_COMBO_ROW (pattern), G_LIST_MODEL (patterns));
  pd_combo_row_start_at_value (ADW_COMBO_ROW (pattern));
  g_object_unref (patterns);
  adw_combo_row_set_selected (ADW_COMBO_ROW (pattern), pd_agency_get_pattern (agency));
  g_object_set_data_full (G_OBJECT (pattern), "agency", g_object_ref (agency), g_object_unref);
  g_signal_connect (pattern, "notify::selected", G_CALLBACK (on_pattern), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), pattern);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  PdColor *colour = data;

  cairo_set_source_rgb (cr, colour->red, colour->green, colour->blue);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* A field of the library's agency, shown as it is and not edited; kept on
 * the expander under @property as its editor would be. */
static void
add_shown_row (GtkWidget  *expander,
               const char *property,
               const char *title,
               const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value && *value ? value : "—");
  gtk_widget_add_css_class (row, "property");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_object_set_data (G_OBJECT (expander), property, row);
}

/* An agency the pathway took from its library: what every pathway of the
 * library shows, changed in library.xml only. Names in other languages
 * stay the pathway's to edit. */
static void
add_library_rows (PdAgencies *self,
                  GtkWidget  *row,
                  PdAgency   *agency)
{
  GtkWidget *swatch = gtk_drawing_area_new ();
  PdColor *colour = g_new0 (PdColor, 1);
  GtkWidget *note = adw_action_row_new ();
  static const struct { const char *property, *title; } fields[] = {
    { "name", N_("Name") },
    { "short-name", N_("Short name") },
    { "cue", N_("Letter shown on its steps") },
  };

  pd_color_parse (pd_agency_get_colour (agency), colour);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 32);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 24);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, colour, g_free);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (swatch, pd_agency_get_colour (agency));
  {
    /* Translators: %s is a colour as "#005EB8". */
    g_autofree char *named = g_strdup_printf (_("Colour %s"), pd_agency_get_colour (agency) ?: "");

    gtk_accessible_update_property (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_PROPERTY_LABEL, named,
                                    -1);
  }
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), swatch);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("From the library"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (note),
                               _("Its name, colour, letter and pattern are the library’s, the "
                                 "same in every pathway: change them in library.xml"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = NULL;

      if (is_translated (self, agency, fields[i].property))
        {
          add_text_row (self, row, agency, fields[i].property, _(fields[i].title));
          continue;
        }
      g_object_get (agency, fields[i].property, &value, NULL);
      add_shown_row (row, fields[i].property, _(fields[i].title), value);
    }
  add_shown_row (row, "pattern", _("Pattern"),
                 pd_enum_get_label (PD_TYPE_PATTERN, pd_agency_get_pattern (agency)));
}

static GtkWidget *
agency_row (PdAgencies *self,
            PdAgency   *agency)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *actions = adw_action_row_new ();
  guint users = pd_edit_count_agency_steps (self->document, agency);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Letter %s · %u step",
                                                            "Letter %s · %u steps", users),
                                               pd_agency_get_cue (agency) ?: "?", users);
  gboolean shared = library_agency (self, agency) != NULL;
  static const struct { const char *icon, *tooltip; int step; } moves[] = {
    { "go-up-symbolic", N_("Move Up"), -1 },
    { "go-down-symbolic", N_("Move Down"), 1 },
  };

  if (shared)
    {
      /* Translators: before an agency's letter and steps, as in "From the
       * library · Letter N · 3 steps". */
      g_autofree char *from = g_strdup_printf (_("From the library · %s"), subtitle);

      g_free (subtitle);
      subtitle = g_steal_pointer (&from);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shown_name (self, agency));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (shared)
    add_library_rows (self, row, agency);
  else
    add_editors (self, row, agency);

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      GtkWidget *move = gtk_button_new_from_icon_name (moves[i].icon);

      gtk_widget_set_tooltip_text (move, _(moves[i].tooltip));
      gtk_accessible_update_property (GTK_ACCESSIBLE (move), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(moves[i].tooltip), -1);
      g_object_set_data_full (G_OBJECT (move), "agency", g_object_ref (agency), g_object_unref);
      g_object_set_data (G_OBJECT (move), "step", GINT_TO_POINTER (moves[i].step));
      g_signal_connect (move, "clicked", G_CALLBACK (on_move), self);
      gtk_box_append (GTK_BOX (buttons), move);
    }
  {
    GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));

    gtk_widget_add_css_class (remove, "destructive-action");
    pd_accessible_name_as_shown (remove);
    g_object_set_data_full (G_OBJECT (remove), "agency", g_object_ref (agency), g_object_unref);
    g_signal_connect (remove, "clicked", G_CALLBACK (on_remove), self);
    gtk_box_append (GTK_BOX (buttons), remove);
  }
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), _("Order and removal"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), buttons);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);
  g_object_set_data_full (G_OBJECT (row), "agency", g_object_ref (agency), g_object_unref);
  return row;
}

static gboolean
rebuild_now (gpointer data)
{
  PdAgencies *self = data;
  GListModel *agencies;
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);

  self->rebuild_source = 0;
  /* Rows stay open across a rebuild. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_hash_table_add (expanded, agency_of (row));
      adw_preferences_group_remove (self->group, row);
    }
  g_ptr_array_set_size (self->rows, 0);
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  agencies = pd_document_get_agencies (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      GtkWidget *row = agency_row (self, agency);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                     g_hash_table_contains (expanded, agency));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  return G_SOURCE_REMOVE;
}

/* Not while a field is being typed in: its row would be replaced. */
static void
rebuild (PdAgencies *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->group)) && GTK_IS_TEXT (focus))
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          GtkWidget *row = g_ptr_array_index (self->rows, i);
          PdAgency *agency = agency_of (row);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shown_name (self, agency));
        }
      return;
    }
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_now, self);
}

static void
pd_agencies_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdAgencies *self = PD_AGENCIES (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_agencies_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdAgencies *self = PD_AGENCIES (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_agencies_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_agencies_dispose (GObject *object)
{
  PdAgencies *self = PD_AGENCIES (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->history_signals)
    g_signal_group_set_target (self->history_signals, NULL);
  if (self->language_signals)
    g_signal_group_set_target (self->language_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->language_signals);
  g_clear_object (&self->language);
  g_clear_object (&self->document);
  g_clear_object (&self->library);
  g_clear_weak_pointer (&self->library_document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_AGENCIES);
  G_OBJECT_CLASS (pd_agencies_parent_class)->dispose (object);
}

static void
pd_agencies_class_init (PdAgenciesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_agencies_dispose;
  object_class->get_property = pd_agencies_get_property;
  object_class->set_property = pd_agencies_set_property;
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/org/pathwaydesigner/Designer/pd-agencies.ui");
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdAgencies, group);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdAgencies, language_group);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), on_add);
}

static void on_language (PdAgencies *self);

static void
pd_agencies_init (PdAgencies *self)
{
  g_autoptr(PdLanguageChoice) own = pd_language_choice_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  /* Names, colours, order and step counts all follow the history. */
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (rebuild), self);
  self->language_signals = g_signal_group_new (PD_TYPE_LANGUAGE_CHOICE);
  g_signal_group_connect_swapped (self->language_signals, "notify::language",
                                  G_CALLBACK (on_language), self);
  pd_agencies_set_language_choice (self, own);
}

GtkWidget *
pd_agencies_new (void)
{
  return g_object_new (PD_TYPE_AGENCIES, NULL);
}

PdDocument *
pd_agencies_get_document (PdAgencies *self)
{
  g_return_val_if_fail (PD_IS_AGENCIES (self), NULL);
  return self->document;
}

void
pd_agencies_set_document (PdAgencies *self,
                          PdDocument *document)
{
  g_return_if_fail (PD_IS_AGENCIES (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->history_signals,
                             document ? pd_document_get_history (document) : NULL);
  pd_language_choice_set_document (self->language, document);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  rebuild_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* Every field shows the other language, even the one typed in. */
static void
on_language (PdAgencies *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_now, self);
}

void
pd_agencies_set_language_choice (PdAgencies       *self,
                                 PdLanguageChoice *choice)
{
  g_return_if_fail (PD_IS_AGENCIES (self));
  g_return_if_fail (PD_IS_LANGUAGE_CHOICE (choice));

  if (self->language == choice)
    return;
  if (self->language_row)
    adw_preferences_group_remove (self->language_group, self->language_row);
  g_set_object (&self->language, choice);
  self->language_row = pd_language_choice_new_row (
    choice, _("Which language the agencies’ names are in"),
    _("The agencies’ names can then be written in it too."));
  adw_preferences_group_add (self->language_group, self->language_row);
  pd_language_choice_set_document (choice, self->document);
  g_signal_group_set_target (self->language_signals, choice);
  on_language (self);
}

PdLanguageChoice *
pd_agencies_get_language_choice (PdAgencies *self)
{
  g_return_val_if_fail (PD_IS_AGENCIES (self), NULL);
  return self->language;
}

GtkWidget *
pd_agencies_get_language_row (PdAgencies *self)
{
  g_return_val_if_fail (PD_IS_AGENCIES (self), NULL);
  return self->language_row;
}

GtkWidget *
pd_agencies_get_editor (PdAgencies *self,
                        PdAgency   *agency,
                        const char *property)
{
  g_return_val_if_fail (PD_IS_AGENCIES (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (agency_of (row) == agency)
        return g_object_get_data (G_OBJECT (row), property);
    }
  return NULL;
}

guint
pd_agencies_get_n_rows (PdAgencies *self)
{
  g_return_val_if_fail (PD_IS_AGENCIES (self), 0);
  return self->rows->len;
}

void
pd_agencies_set_library (PdAgencies *self,
                         PdLibrary  *library,
                         PdDocument *document)
{
  g_return_if_fail (PD_IS_AGENCIES (self));
  g_return_if_fail (library == NULL || PD_IS_LIBRARY (library));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  g_set_object (&self->library, library);
  g_set_weak_pointer (&self->library_document, document);
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_now, self);
}

gboolean
pd_agencies_is_from_library (PdAgencies *self,
                             PdAgency   *agency)
{
  g_return_val_if_fail (PD_IS_AGENCIES (self), FALSE);
  g_return_val_if_fail (PD_IS_AGENCY (agency), FALSE);
  return library_agency (self, agency) != NULL;
}
