/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-comments.h"
#include "pd-edge.h"
#include "pd-inspector-rows.h"
#include "pd-inspector.h"
#include "pd-language.h"
#include "pd-node.h"

struct _PdInspector
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkLabel *several;
  PdRows *pathway_rows;
  PdRows *step_rows;
  PdRows *transition_rows;
  PdComments *comments[3];      /* on the pathway, step and transition pages */
  AdwComboRow *languages[2];    /* the switchers of the pathway and step pages */
  GPtrArray *tags;              /* of char *, the switchers' items: NULL for English */
  GPtrArray *added;             /* languages added here that no text has yet */
  char *language;               /* NULL: English */
  gboolean filling;             /* refilling the switchers: not a choice */
  PdDocument *document;
  PdSelection *selection;
};

G_DEFINE_FINAL_TYPE (PdInspector, pd_inspector, ADW_TYPE_BIN)

/* The fields of the model, in the order a pathway lead fills them in. */
static const PdRowSpec step_fields[] = {
  { N_("Step"), "title", N_("Title"), PD_ROW_TEXT },
  { N_("Step"), "kind", N_("Kind"), PD_ROW_ENUM },
  { N_("Step"), "agency-id", N_("Agency"), PD_ROW_AGENCY },
  { N_("Step"), "availability", N_("Availability"), PD_ROW_ENUM },
  { N_("Step"), "provision", N_("Standard or optional"), PD_ROW_ENUM },
  { NULL, "description", N_("Description"), PD_ROW_LONG_TEXT },
  { NULL, "easy-read", N_("Easy-read text"), PD_ROW_LONG_TEXT },
  { N_("Easy read"), "pictogram", N_("Pictogram"), PD_ROW_TEXT },
  { N_("Time and capacity"), "duration", N_("Typical duration"), PD_ROW_NUMBER },
  { N_("Time and capacity"), "duration-unit", N_("Duration in"), PD_ROW_ENUM },
  { N_("Time and capacity"), "sessions", N_("Sessions"), PD_ROW_NUMBER },
  { N_("Time and capacity"), "session-minutes", N_("Minutes a session"), PD_ROW_NUMBER },
  { N_("Staff"), "staff-role", N_("Staff role"), PD_ROW_TEXT },
  { N_("Staff"), "staff-skills", N_("Skills"), PD_ROW_TEXT },
  { N_("Evidence and links"), "evidence", N_("Evidence"), PD_ROW_LINKS },
  { N_("Evidence and links"), "link-target", N_("Linked pathway"), PD_ROW_TEXT },
};

static const PdRowSpec transition_fields[] = {
  { N_("Transition"), "label", N_("Label"), PD_ROW_TEXT },
  { N_("Transition"), "kind", N_("Kind"), PD_ROW_ENUM },
  { N_("Transition"), "likelihood", N_("Likelihood (%)"), PD_ROW_NUMBER },
};

static const PdRowSpec pathway_fields[] = {
  { N_("Pathway"), "title", N_("Title"), PD_ROW_TEXT },
  { NULL, "summary", N_("Summary"), PD_ROW_LONG_TEXT },
  { N_("Publishing"), "status", N_("Status"), PD_ROW_ENUM },
  { N_("Publishing"), "version", N_("Version"), PD_ROW_TEXT },
  { N_("Publishing"), "lead", N_("Pathway lead"), PD_ROW_TEXT },
  { N_("Publishing"), "review-by", N_("Review by (YYYY-MM-DD)"), PD_ROW_TEXT },
  { N_("Care"), "clusters", N_("Care clusters"), PD_ROW_CLUSTERS },
  { N_("Care"), "referrals-per-year", N_("Referrals a year"), PD_ROW_NUMBER },
  { N_("Care"), "documents", N_("Supporting documents"), PD_ROW_LINKS },
  { N_("Care"), "participants", N_("Co-design participants"), PD_ROW_PARTICIPANTS },
  { N_("Diagram"), "lanes", N_("Agency lanes"), PD_ROW_ENUM },
  { N_("Diagram"), "routing", N_("Transitions"), PD_ROW_ENUM },
};

/* The language switchers */

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

/* English, the document's languages and those added here, then "Add
 * language…". The model is replaced only when the list changes: replacing
 * it while a choice in it is being announced would unsettle the combo. */
static void
fill_languages (PdInspector *self)
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
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      gtk_string_list_append (names, _("English (default)"));
      for (guint i = 1; i < tags->len; i++)
        {
          g_autofree char *name = pd_language_get_display_name (g_ptr_array_index (tags, i));
          gtk_string_list_append (names, name);
        }
      gtk_string_list_append (names, _("Add language…"));
      g_ptr_array_unref (self->tags);
      self->tags = g_steal_pointer (&tags);
      for (guint i = 0; i < G_N_ELEMENTS (self->languages); i++)
        adw_combo_row_set_model (self->languages[i], G_LIST_MODEL (names));
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->languages); i++)
    if (adw_combo_row_get_selected (self->languages[i]) != selected)
      adw_combo_row_set_selected (self->languages[i], selected);
  self->filling = FALSE;
}

static void
on_add_language_response (AdwMessageDialog *dialog,
                          const char       *response,
                          PdInspector      *self)
{
  GtkDropDown *choice = g_object_get_data (G_OBJECT (dialog), "choice");
  GPtrArray *offered = g_object_get_data (G_OBJECT (dialog), "offered");
  guint selected = gtk_drop_down_get_selected (choice);

  if (g_strcmp0 (response, "add") == 0 && selected < offered->len)
    pd_inspector_set_language (self, g_ptr_array_index (offered, selected));
  else
    fill_languages (self);
}

/* A list of the languages the program knows and the switcher lacks. */
static void
ask_language (PdInspector *self)
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
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Add a Language"),
                                   _("The step’s and the pathway’s texts can then be written "
                                     "in it too."));
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
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_language_selected (AdwComboRow *combo,
                      GParamSpec  *pspec,
                      PdInspector *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (self->filling || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected >= self->tags->len)
    ask_language (self);
  else
    pd_inspector_set_language (self, g_ptr_array_index (self->tags, selected));
}

static GtkWidget *
language_group (PdInspector *self,
                AdwComboRow **row)
{
  GtkWidget *group = adw_preferences_group_new ();

  *row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*row), _("Language"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (*row),
                               _("Which language the title, easy-read text and summary are in"));
  g_signal_connect (*row, "notify::selected", G_CALLBACK (on_language_selected), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*row));
  return group;
}

/* A page of fields, with the workshop's comments at its foot; @languages
 * puts a language switcher above the fields. */
static GtkWidget *
add_page (PdInspector     *self,
          const char      *name,
          GType            type,
          const PdRowSpec *specs,
          guint            n_specs,
          PdRows         **rows,
          PdComments     **comments,
          AdwComboRow    **languages)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  if (languages)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                              ADW_PREFERENCES_GROUP (language_group (self, languages)));
  *rows = pd_rows_new (ADW_PREFERENCES_PAGE (page), type, specs, n_specs);
  *comments = PD_COMMENTS (pd_comments_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*comments));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_stack_add_named (self->stack, page, name);
  return page;
}

static void
update (PdInspector *self)
{
  GObject *object = NULL;
  guint n;

  pd_rows_bind (self->pathway_rows, NULL, NULL);
  pd_rows_bind (self->step_rows, NULL, NULL);
  pd_rows_bind (self->transition_rows, NULL, NULL);
  if (self->document == NULL)
    return;
  fill_languages (self);
  n = pd_selection_get_length (self->selection);
  if (n == 1)
    object = pd_document_lookup (self->document, pd_selection_get_id (self->selection, 0));
  for (guint i = 0; i < G_N_ELEMENTS (self->comments); i++)
    pd_comments_set_target (self->comments[i], NULL, NULL);
  if (PD_IS_NODE (object))
    {
      pd_rows_bind (self->step_rows, self->document, object);
      pd_comments_set_target (self->comments[1], self->document, pd_node_get_id (PD_NODE (object)));
      gtk_stack_set_visible_child_name (self->stack, "step");
    }
  else if (PD_IS_EDGE (object))
    {
      pd_rows_bind (self->transition_rows, self->document, object);
      pd_comments_set_target (self->comments[2], self->document, pd_edge_get_id (PD_EDGE (object)));
      gtk_stack_set_visible_child_name (self->stack, "transition");
    }
  else if (n > 1)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item selected",
                                                            "%u items selected", n), n);
      gtk_label_set_text (self->several, text);
      gtk_stack_set_visible_child_name (self->stack, "several");
    }
  else
    {
      pd_rows_bind (self->pathway_rows, self->document, G_OBJECT (self->document));
      pd_comments_set_target (self->comments[0], self->document, NULL);
      gtk_stack_set_visible_child_name (self->stack, "pathway");
    }
}

static void
pd_inspector_dispose (GObject *object)
{
  PdInspector *self = PD_INSPECTOR (object);

  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_pointer (&self->pathway_rows, pd_rows_free);
  g_clear_pointer (&self->step_rows, pd_rows_free);
  g_clear_pointer (&self->transition_rows, pd_rows_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->added, g_ptr_array_unref);
  g_clear_pointer (&self->language, g_free);
  G_OBJECT_CLASS (pd_inspector_parent_class)->dispose (object);
}

static void
pd_inspector_class_init (PdInspectorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_inspector_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "inspector");
}

static void
pd_inspector_init (PdInspector *self)
{
  GtkWidget *several;

  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->added = g_ptr_array_new_with_free_func (g_free);
  self->stack = GTK_STACK (gtk_stack_new ());
  add_page (self, "pathway", PD_TYPE_DOCUMENT, pathway_fields, G_N_ELEMENTS (pathway_fields),
            &self->pathway_rows, &self->comments[0], &self->languages[0]);
  add_page (self, "step", PD_TYPE_NODE, step_fields, G_N_ELEMENTS (step_fields),
            &self->step_rows, &self->comments[1], &self->languages[1]);
  add_page (self, "transition", PD_TYPE_EDGE, transition_fields,
            G_N_ELEMENTS (transition_fields), &self->transition_rows, &self->comments[2], NULL);
  fill_languages (self);
  several = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (several), "edit-select-all-symbolic");
  self->several = GTK_LABEL (gtk_label_new (NULL));
  adw_status_page_set_child (ADW_STATUS_PAGE (several), GTK_WIDGET (self->several));
  gtk_stack_add_named (self->stack, several, "several");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
pd_inspector_new (void)
{
  return g_object_new (PD_TYPE_INSPECTOR, NULL);
}

void
pd_inspector_set_document (PdInspector *self,
                           PdDocument  *document,
                           PdSelection *selection)
{
  g_return_if_fail (PD_IS_INSPECTOR (self));

  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->document, document);
  g_set_object (&self->selection, selection);
  if (selection)
    g_signal_connect_swapped (selection, "changed", G_CALLBACK (update), self);
  update (self);
}

PdComments *
pd_inspector_get_comments (PdInspector *self)
{
  const char *page;

  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "step") == 0)
    return self->comments[1];
  if (g_strcmp0 (page, "transition") == 0)
    return self->comments[2];
  if (g_strcmp0 (page, "pathway") == 0)
    return self->comments[0];
  return NULL;
}

const char *
pd_inspector_get_page (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static PdRows *
shown_rows (PdInspector *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "step") == 0)
    return self->step_rows;
  if (g_strcmp0 (page, "transition") == 0)
    return self->transition_rows;
  if (g_strcmp0 (page, "pathway") == 0)
    return self->pathway_rows;
  return NULL;
}

GtkWidget *
pd_inspector_get_editor (PdInspector *self,
                         const char  *property)
{
  PdRows *rows;

  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  rows = shown_rows (self);
  return rows ? pd_rows_get_editor (rows, property) : NULL;
}

void
pd_inspector_focus (PdInspector *self)
{
  GtkWidget *first;

  g_return_if_fail (PD_IS_INSPECTOR (self));
  first = pd_inspector_get_editor (self, "title");
  if (first == NULL)
    first = pd_inspector_get_editor (self, "label");
  if (first)
    gtk_widget_grab_focus (first);
}

const char *
pd_inspector_get_language (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return self->language;
}

void
pd_inspector_set_language (PdInspector *self,
                           const char  *lang)
{
  g_autofree char *tag = NULL;

  g_return_if_fail (PD_IS_INSPECTOR (self));

  if (!pd_language_tag_is_default (lang) && (tag = pd_language_tag_normalize (lang)) == NULL)
    g_return_if_reached ();
  g_free (self->language);
  self->language = g_strdup (tag);
  if (tag && !g_ptr_array_find_with_equal_func (self->added, tag, g_str_equal, NULL))
    g_ptr_array_add (self->added, g_strdup (tag));
  fill_languages (self);
  pd_rows_set_language (self->pathway_rows, tag);
  pd_rows_set_language (self->step_rows, tag);
}

GtkWidget *
pd_inspector_get_language_row (PdInspector *self)
{
  const char *page;

  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "pathway") == 0)
    return GTK_WIDGET (self->languages[0]);
  if (g_strcmp0 (page, "step") == 0)
    return GTK_WIDGET (self->languages[1]);
  return NULL;
}
