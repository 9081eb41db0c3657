/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-comment.h"
#include "pd-comments.h"
#include "pd-edit.h"

struct _PdComments
{
  AdwBin parent_instance;

  AdwPreferencesGroup *group;
  AdwEntryRow *author;
  AdwEntryRow *role;
  AdwEntryRow *text;
  GPtrArray *rows;
  PdDocument *document;
  GSignalGroup *history_signals;   /* of the document's history */
  char *target_id;
};

G_DEFINE_FINAL_TYPE (PdComments, pd_comments, ADW_TYPE_BIN)

enum { PROP_0, PROP_DOCUMENT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
on_resolve (GtkButton  *button,
            PdComments *self)
{
  PdComment *comment = g_object_get_data (G_OBJECT (button), "comment");

  pd_document_set (self->document, comment, "resolved", !pd_comment_get_resolved (comment), NULL);
}

static GtkWidget *
comment_row (PdComments *self,
             PdComment  *comment)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autoptr(GDateTime) when = pd_comment_get_time (comment)
                              ? g_date_time_new_from_iso8601 (pd_comment_get_time (comment), NULL)
                              : NULL;
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;
  g_autofree char *date = local ? g_date_time_format (local, "%e %b %Y, %H:%M") : NULL;
  const char *author = pd_comment_get_author (comment);
  const char *role = pd_comment_get_role (comment);
  GString *who = g_string_new (author ? author : _("Someone"));
  gboolean resolved = pd_comment_get_resolved (comment);

  if (role)
    g_string_append_printf (who, " (%s)", role);
  if (date)
    g_string_append_printf (who, " · %s", g_strstrip (date));
  if (resolved)
    g_string_append_printf (who, " · %s", _("Resolved"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_comment_get_text (comment)
                                                            ? pd_comment_get_text (comment) : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), who->str);
  g_string_free (who, TRUE);
  if (resolved)
    gtk_widget_add_css_class (row, "dim-label");

  button = gtk_button_new_with_label (resolved ? _("Reopen") : _("Resolve"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "comment", g_object_ref (comment), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_resolve), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
rebuild (PdComments *self)
{
  GListModel *comments;
  guint open = 0;
  g_autofree char *title = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (self->document == NULL)
    return;
  comments = pd_document_get_comments (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);
      GtkWidget *row;

      if (g_strcmp0 (pd_comment_get_target_id (comment), self->target_id) != 0)
        continue;
      row = comment_row (self, comment);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      open += !pd_comment_get_resolved (comment);
    }
  title = open ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comments (%u open)",
                                               "Comments (%u open)", open), open)
               : g_strdup (_("Comments"));
  adw_preferences_group_set_title (self->group, title);
}

void
pd_comments_add (PdComments *self,
                 const char *author,
                 const char *role,
                 const char *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (PD_IS_COMMENTS (self));

  if (self->document == NULL || *clean == '\0')
    return;
  pd_edit_add_comment (self->document, self->target_id, author, role, clean);
}

static void
on_apply (PdComments *self)
{
  pd_comments_add (self, gtk_editable_get_text (GTK_EDITABLE (self->author)),
                   gtk_editable_get_text (GTK_EDITABLE (self->role)),
                   gtk_editable_get_text (GTK_EDITABLE (self->text)));
  /* The speaker stays for the next comment; the words go. */
  gtk_editable_set_text (GTK_EDITABLE (self->text), "");
}

static void
pd_comments_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdComments *self = PD_COMMENTS (object);

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
pd_comments_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdComments *self = PD_COMMENTS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_comments_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_comments_dispose (GObject *object)
{
  PdComments *self = PD_COMMENTS (object);

  if (self->history_signals)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->document);
  g_clear_pointer (&self->target_id, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMMENTS);
  G_OBJECT_CLASS (pd_comments_parent_class)->dispose (object);
}

static void
pd_comments_class_init (PdCommentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_comments_dispose;
  object_class->get_property = pd_comments_get_property;
  object_class->set_property = pd_comments_set_property;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/org/pathwaydesigner/Designer/pd-comments.ui");
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdComments, group);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdComments, author);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdComments, role);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdComments, text);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), on_apply);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_comments_init (PdComments *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (rebuild), self);
}

GtkWidget *
pd_comments_new (void)
{
  return g_object_new (PD_TYPE_COMMENTS, NULL);
}

void
pd_comments_set_target (PdComments *self,
                        PdDocument *document,
                        const char *target_id)
{
  g_return_if_fail (PD_IS_COMMENTS (self));

  g_free (self->target_id);
  self->target_id = g_strdup (target_id);
  if (self->document == document)
    rebuild (self);
  else
    pd_comments_set_document (self, document);
}

PdDocument *
pd_comments_get_document (PdComments *self)
{
  g_return_val_if_fail (PD_IS_COMMENTS (self), NULL);
  return self->document;
}

void
pd_comments_set_document (PdComments *self,
                          PdDocument *document)
{
  g_return_if_fail (PD_IS_COMMENTS (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->history_signals,
                             document ? pd_document_get_history (document) : NULL);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

guint
pd_comments_get_n_rows (PdComments *self)
{
  g_return_val_if_fail (PD_IS_COMMENTS (self), 0);
  return self->rows->len;
}
