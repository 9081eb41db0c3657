/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-edit.h"
#include "pd-link.h"
#include "pd-present-comment.h"

struct _PdPresentComment
{
  AdwBin parent_instance;

  GtkLabel *heading;
  GtkWidget *entry;
  GtkWidget *picker;
  GtkWidget *cancel;
  GtkWidget *add;
  PdDocument *document;
  char *target_id;
  GPtrArray *participants;      /* as listed after "No one in particular" */
  /* Who was chosen last, for the next comment. */
  char *last_name, *last_role;
};

G_DEFINE_FINAL_TYPE (PdPresentComment, pd_present_comment, ADW_TYPE_BIN)

enum { CLOSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static PdParticipant *
chosen (PdPresentComment *self)
{
  guint at = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->picker));

  if (at == 0 || at == GTK_INVALID_LIST_POSITION || at > self->participants->len)
    return NULL;
  return g_ptr_array_index (self->participants, at - 1);
}

static void
on_chosen (PdPresentComment *self)
{
  PdParticipant *who = chosen (self);

  g_free (self->last_name);
  g_free (self->last_role);
  self->last_name = who ? g_strdup (who->name) : NULL;
  self->last_role = who ? g_strdup (who->role) : NULL;
}

static void
close_card (PdPresentComment *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_clear_object (&self->document);
  g_clear_pointer (&self->target_id, g_free);
  g_signal_emit (self, signals[CLOSED], 0);
}

void
pd_present_comment_add (PdPresentComment *self)
{
  PdParticipant *who;
  g_autofree char *text = NULL;

  g_return_if_fail (PD_IS_PRESENT_COMMENT (self));

  if (self->document == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (*text == '\0')
    {
      gtk_widget_error_bell (self->entry);
      return;
    }
  who = chosen (self);
  pd_edit_add_comment (self->document, self->target_id, who ? who->name : NULL,
                       who ? who->role : NULL, text);
  close_card (self);
}

void
pd_present_comment_cancel (PdPresentComment *self)
{
  g_return_if_fail (PD_IS_PRESENT_COMMENT (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    close_card (self);
}

static gboolean
on_key_pressed (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdPresentComment      *self)
{
  GtkDirectionType direction = GTK_DIR_TAB_FORWARD;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      pd_present_comment_cancel (self);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      direction = GTK_DIR_TAB_BACKWARD;
      G_GNUC_FALLTHROUGH;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (state & GDK_SHIFT_MASK)
        direction = GTK_DIR_TAB_BACKWARD;
      /* Round the card, never out to the diagram behind it; nor do the
       * arrows below leave it. */
      if (!gtk_widget_child_focus (GTK_WIDGET (self), direction))
        gtk_widget_grab_focus (direction == GTK_DIR_TAB_FORWARD ? self->entry : self->add);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_UP);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_DOWN);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_LEFT);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_RIGHT);
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
describe (PdParticipant *participant)
{
  if (participant->role == NULL || *participant->role == '\0')
    return g_strdup (participant->name);
  /* TRANSLATORS: a participant in the pathway's co-design: name (role). */
  return g_strdup_printf (_("%s (%s)"), participant->name, participant->role);
}

void
pd_present_comment_start (PdPresentComment *self,
                          PdDocument       *document,
                          const char       *target_id,
                          const char       *target_title)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  guint last = 0;

  g_return_if_fail (PD_IS_PRESENT_COMMENT (self));
  g_return_if_fail (PD_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_free (self->target_id);
  self->target_id = g_strdup (target_id);
  g_object_get (document, "participants", &participants, NULL);
  g_ptr_array_set_size (self->participants, 0);
  gtk_string_list_append (names, _("No one in particular"));
  for (guint i = 0; participants && i < participants->len; i++)
    {
      PdParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *name = describe (participant);

      g_ptr_array_add (self->participants, pd_participant_copy (participant));
      gtk_string_list_append (names, name);
      if (last == 0 && self->last_name && g_strcmp0 (participant->name, self->last_name) == 0
          && g_strcmp0 (participant->role, self->last_role) == 0)
        last = i + 1;
    }
  g_signal_handlers_block_by_func (self->picker, on_chosen, self);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->picker), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->picker), last);
  g_signal_handlers_unblock_by_func (self->picker, on_chosen, self);

  /* TRANSLATORS: the heading of the comment taken while presenting a step. */
  heading = g_strdup_printf (_("Comment on “%s”"), target_title ? target_title : "");
  gtk_label_set_text (self->heading, heading);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_widget_grab_focus (self->entry);
}

void
pd_present_comment_forget (PdPresentComment *self)
{
  g_return_if_fail (PD_IS_PRESENT_COMMENT (self));

  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->last_role, g_free);
}

void
pd_present_comment_focus (PdPresentComment *self)
{
  g_return_if_fail (PD_IS_PRESENT_COMMENT (self));
  gtk_widget_grab_focus (self->entry);
}

gboolean
pd_present_comment_is_open (PdPresentComment *self)
{
  g_return_val_if_fail (PD_IS_PRESENT_COMMENT (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self));
}

GtkEditable *
pd_present_comment_get_entry (PdPresentComment *self)
{
  g_return_val_if_fail (PD_IS_PRESENT_COMMENT (self), NULL);
  return GTK_EDITABLE (self->entry);
}

GtkDropDown *
pd_present_comment_get_picker (PdPresentComment *self)
{
  g_return_val_if_fail (PD_IS_PRESENT_COMMENT (self), NULL);
  return GTK_DROP_DOWN (self->picker);
}

static void
pd_present_comment_dispose (GObject *object)
{
  PdPresentComment *self = PD_PRESENT_COMMENT (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PRESENT_COMMENT);
  G_OBJECT_CLASS (pd_present_comment_parent_class)->dispose (object);
}

static void
pd_present_comment_finalize (GObject *object)
{
  PdPresentComment *self = PD_PRESENT_COMMENT (object);

  g_free (self->target_id);
  g_free (self->last_name);
  g_free (self->last_role);
  g_ptr_array_unref (self->participants);
  G_OBJECT_CLASS (pd_present_comment_parent_class)->finalize (object);
}

static void
pd_present_comment_class_init (PdPresentCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_present_comment_dispose;
  object_class->finalize = pd_present_comment_finalize;
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/pathwaydesigner/Designer/pd-present-comment.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPresentComment, heading);
  gtk_widget_class_bind_template_child (widget_class, PdPresentComment, entry);
  gtk_widget_class_bind_template_child (widget_class, PdPresentComment, picker);
  gtk_widget_class_bind_template_child (widget_class, PdPresentComment, cancel);
  gtk_widget_class_bind_template_child (widget_class, PdPresentComment, add);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_chosen);
  gtk_widget_class_bind_template_callback (widget_class, pd_present_comment_add);
  gtk_widget_class_bind_template_callback (widget_class, pd_present_comment_cancel);
}

static void
pd_present_comment_init (PdPresentComment *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_participant_free);
  pd_accessible_name_as_shown (self->cancel);
  pd_accessible_name_as_shown (self->add);
}

GtkWidget *
pd_present_comment_new (void)
{
  return g_object_new (PD_TYPE_PRESENT_COMMENT, NULL);
}
