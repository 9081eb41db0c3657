/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-combo-keys.h"
#include "pd-language-choice.h"
#include "pd-language.h"

struct _PdLanguageChoice
{
  GObject parent_instance;

  GPtrArray *rows;              /* of AdwComboRow, not owned: they own us */
  GPtrArray *tags;              /* of char *, the rows' items: NULL for English */
  GPtrArray *added;             /* languages added here that no text has yet */
  char *language;               /* NULL: English */
  gboolean filling;             /* refilling the rows: not a choice */
  PdDocument *document;
};

G_DEFINE_FINAL_TYPE (PdLanguageChoice, pd_language_choice, G_TYPE_OBJECT)

enum { PROP_0, PROP_LANGUAGE, N_PROPS };
static GParamSpec *props[N_PROPS];

/* English is NULL among the tags. */
static gboolean
same_tag (gconstpointer a,
          gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

static gboolean
same_tags (GPtrArray *a,
           GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static GListModel *
names_of (GPtrArray *tags)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("English (default)"));
  for (guint i = 1; i < tags->len; i++)
    {
      g_autofree char *name = pd_language_get_display_name (g_ptr_array_index (tags, i));
      gtk_string_list_append (names, name);
    }
  gtk_string_list_append (names, _("Add language…"));
  return G_LIST_MODEL (names);
}

/* English, the document's languages and those added here, then "Add
 * language…". The model is replaced only when the list changes: replacing
 * it while a choice in it is being announced would unsettle the combo. */
static void
fill (PdLanguageChoice *self)
{
  g_auto(GStrv) used = self->document ? pd_document_get_languages (self->document) : NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_ptr_array_add (tags, NULL);
  for (guint i = 0; used && used[i]; i++)
    g_ptr_array_add (tags, g_strdup (used[i]));
  for (guint i = 0; i < self->added->len; i++)
    if (!used || !g_strv_contains ((const char * const *) used, g_ptr_array_index (self->added, i)))
      g_ptr_array_add (tags, g_strdup (g_ptr_array_index (self->added, i)));
  for (guint i = 1; i < tags->len; i++)
    if (g_strcmp0 (self->language, g_ptr_array_index (tags, i)) == 0)
      selected = i;

  self->filling = TRUE;
  if (!same_tags (tags, self->tags))
    {
      g_autoptr(GListModel) names = names_of (tags);

      g_ptr_array_unref (self->tags);
      self->tags = g_steal_pointer (&tags);
      for (guint i = 0; i < self->rows->len; i++)
        adw_combo_row_set_model (g_ptr_array_index (self->rows, i), names);
    }
  for (guint i = 0; i < self->rows->len; i++)
    if (adw_combo_row_get_selected (g_ptr_array_index (self->rows, i)) != selected)
      adw_combo_row_set_selected (g_ptr_array_index (self->rows, i), selected);
  self->filling = FALSE;
}

static void
on_add_language_response (AdwMessageDialog *dialog,
                          const char       *response,
                          PdLanguageChoice *self)
{
  GtkDropDown *choice = g_object_get_data (G_OBJECT (dialog), "choice");
  GPtrArray *offered = g_object_get_data (G_OBJECT (dialog), "offered");
  guint selected = gtk_drop_down_get_selected (choice);

  if (g_strcmp0 (response, "add") == 0 && selected < offered->len)
    pd_language_choice_set_language (self, g_ptr_array_index (offered, selected));
  else
    fill (self);
}

/* A list of the languages the program knows and the drop-downs lack. */
static void
ask_language (PdLanguageChoice *self,
              GtkWidget        *row)
{
  const PdLanguageInfo *const *known = pd_language_list ();
  GPtrArray *offered = g_ptr_array_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *dialog, *choice;

  for (guint i = 0; known[i]; i++)
    if (!known[i]->readability_checks
        && !g_ptr_array_find_with_equal_func (self->tags, known[i]->tag, same_tag, NULL))
      {
        g_autofree char *name = g_strdup_printf ("%s — %s", known[i]->name,
                                                 known[i]->english_name);
        gtk_string_list_append (names, name);
        g_ptr_array_add (offered, (gpointer) known[i]->tag);
      }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (row)), _("Add a Language"),
                                   g_object_get_data (G_OBJECT (row), "body"));
  choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Language"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "choice", choice);
  g_object_set_data_full (G_OBJECT (dialog), "offered", offered,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_language_response), self, 0);
  pd_accessible_name_all_as_shown (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_selected (AdwComboRow      *row,
             GParamSpec       *pspec,
             PdLanguageChoice *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected >= self->tags->len)
    ask_language (self, GTK_WIDGET (row));
  else
    pd_language_choice_set_language (self, g_ptr_array_index (self->tags, selected));
}

static void
row_gone (gpointer  data,
          GObject  *row)
{
  PdLanguageChoice *self = data;

  g_ptr_array_remove (self->rows, row);
}

static void
pd_language_choice_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PdLanguageChoice *self = PD_LANGUAGE_CHOICE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_language_choice_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PdLanguageChoice *self = PD_LANGUAGE_CHOICE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      pd_language_choice_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_language_choice_dispose (GObject *object)
{
  PdLanguageChoice *self = PD_LANGUAGE_CHOICE (object);

  pd_language_choice_set_document (self, NULL);
  G_OBJECT_CLASS (pd_language_choice_parent_class)->dispose (object);
}

static void
pd_language_choice_finalize (GObject *object)
{
  PdLanguageChoice *self = PD_LANGUAGE_CHOICE (object);

  /* Rows hold a reference: none is left by now. */
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->tags);
  g_ptr_array_unref (self->added);
  g_free (self->language);
  G_OBJECT_CLASS (pd_language_choice_parent_class)->finalize (object);
}

static void
pd_language_choice_class_init (PdLanguageChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_language_choice_get_property;
  object_class->set_property = pd_language_choice_set_property;
  object_class->dispose = pd_language_choice_dispose;
  object_class->finalize = pd_language_choice_finalize;
  props[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL,
                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                              | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
pd_language_choice_init (PdLanguageChoice *self)
{
  self->rows = g_ptr_array_new ();
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->added = g_ptr_array_new_with_free_func (g_free);
  fill (self);
}

PdLanguageChoice *
pd_language_choice_new (void)
{
  return g_object_new (PD_TYPE_LANGUAGE_CHOICE, NULL);
}

void
pd_language_choice_set_document (PdLanguageChoice *self,
                                 PdDocument       *document)
{
  g_return_if_fail (PD_IS_LANGUAGE_CHOICE (self));

  if (self->document == document)
    {
      fill (self);
      return;
    }
  if (self->document)
    g_signal_handlers_disconnect_by_data (pd_document_get_history (self->document), self);
  g_set_object (&self->document, document);
  /* A text in a new language, or the last one in a language undone. */
  if (document)
    g_signal_connect_swapped (pd_document_get_history (document), "changed",
                              G_CALLBACK (fill), self);
  fill (self);
}

const char *
pd_language_choice_get_language (PdLanguageChoice *self)
{
  g_return_val_if_fail (PD_IS_LANGUAGE_CHOICE (self), NULL);
  return self->language;
}

void
pd_language_choice_set_language (PdLanguageChoice *self,
                                 const char       *lang)
{
  g_autofree char *tag = NULL;

  g_return_if_fail (PD_IS_LANGUAGE_CHOICE (self));

  if (!pd_language_tag_is_default (lang) && (tag = pd_language_tag_normalize (lang)) == NULL)
    g_return_if_reached ();
  if (tag && !g_ptr_array_find_with_equal_func (self->added, tag, g_str_equal, NULL))
    g_ptr_array_add (self->added, g_strdup (tag));
  if (g_strcmp0 (self->language, tag) != 0)
    {
      g_free (self->language);
      self->language = g_steal_pointer (&tag);
      fill (self);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LANGUAGE]);
      return;
    }
  fill (self);
}

GtkWidget *
pd_language_choice_new_row (PdLanguageChoice *self,
                            const char       *subtitle,
                            const char       *body)
{
  GtkWidget *row;

  g_return_val_if_fail (PD_IS_LANGUAGE_CHOICE (self), NULL);

  row = adw_combo_row_new ();
  pd_combo_row_start_at_value (ADW_COMBO_ROW (row));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Language"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "body", g_strdup (body), g_free);
  g_object_set_data_full (G_OBJECT (row), "language-choice", g_object_ref (self),
                          g_object_unref);
  g_object_weak_ref (G_OBJECT (row), row_gone, self);
  g_ptr_array_add (self->rows, row);
  self->filling = TRUE;
  {
    g_autoptr(GListModel) names = names_of (self->tags);
    adw_combo_row_set_model (ADW_COMBO_ROW (row), names);
  }
  self->filling = FALSE;
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_selected), self);
  fill (self);
  return row;
}
