/* SPDX-License-Identifier: GPL-3.0-or-later */
/* In-place renaming: an entry laid over the step, in the canvas itself. */
#include <glib/gi18n.h>

#include "pd-canvas-private.h"
#include "pd-edit.h"

static void
rename_done (PdCanvas *self,
             gboolean  apply)
{
  GtkWidget *entry = self->rename_entry;
  g_autofree char *id = g_steal_pointer (&self->rename_id);

  if (entry == NULL)
    return;
  self->rename_entry = NULL;
  if (apply && id && self->document)
    {
      PdNode *node = pd_document_get_node (self->document, id);
      g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

      if (node && *title && g_strcmp0 (title, pd_node_get_title (node)) != 0)
        {
          pd_document_begin (self->document, _("Rename"));
          pd_document_set (self->document, node, "title", title, NULL);
          pd_document_end (self->document);
          pd_history_seal (pd_document_get_history (self->document));
        }
    }
  g_signal_handlers_disconnect_by_data (entry, self);
  if (gtk_widget_has_focus (entry) || gtk_widget_get_focus_child (GTK_WIDGET (self)) == entry)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_unparent (entry);
}

static void
on_rename_activate (PdCanvas *self)
{
  rename_done (self, TRUE);
}

static gboolean
rename_done_later (gpointer data)
{
  PdCanvas *self = data;
  GtkRoot *root;

  /* Unless the focus came back to the entry in the meantime, or only the
   * window lost it (to another window): the entry waits for the user. */
  if (self->rename_entry == NULL || gtk_widget_has_focus (self->rename_entry)
      || gtk_widget_get_focus_child (self->rename_entry) != NULL)
    return G_SOURCE_REMOVE;
  root = gtk_widget_get_root (self->rename_entry);
  if (GTK_IS_WINDOW (root) && !gtk_window_is_active (GTK_WINDOW (root))
      && gtk_window_get_focus (GTK_WINDOW (root)) != NULL
      && gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (root)), self->rename_entry))
    return G_SOURCE_REMOVE;
  rename_done (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Clicking elsewhere keeps what was typed, as renaming files does; not
 * while the focus is still moving. */
static void
on_rename_focus_leave (PdCanvas *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, rename_done_later, g_object_ref (self), g_object_unref);
}

static gboolean
on_rename_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               PdCanvas              *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  rename_done (self, FALSE);
  return TRUE;
}

void
pd_canvas_rename (PdCanvas   *self,
                  const char *id)
{
  PdNode *node;
  GtkEventController *keys, *focus;

  g_return_if_fail (PD_IS_CANVAS (self));

  node = self->document ? pd_document_get_node (self->document, id) : NULL;
  if (node == NULL)
    return;
  rename_done (self, TRUE);
  pd_canvas_reveal (self, id);

  self->rename_id = g_strdup (id);
  self->rename_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry),
                         pd_node_get_title (node) ? pd_node_get_title (node) : "");
  gtk_editable_set_alignment (GTK_EDITABLE (self->rename_entry), 0.5);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Step title"), -1);
  g_signal_connect_object (self->rename_entry, "activate", G_CALLBACK (on_rename_activate), self,
                           G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_rename_key), self);
  gtk_widget_add_controller (self->rename_entry, keys);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_rename_focus_leave), self);
  gtk_widget_add_controller (self->rename_entry, focus);

  gtk_widget_set_parent (self->rename_entry, GTK_WIDGET (self));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->rename_entry);
}

gboolean
pd_canvas_is_renaming (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), FALSE);
  return self->rename_entry != NULL;
}

void
pd_canvas_finish_rename (PdCanvas *self,
                         gboolean  apply)
{
  g_return_if_fail (PD_IS_CANVAS (self));
  rename_done (self, apply);
}

GtkWidget *
pd_canvas_get_rename_entry (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), NULL);
  return self->rename_entry;
}

void
pd_canvas_dispose_rename (PdCanvas *self)
{
  g_clear_pointer (&self->rename_id, g_free);
  if (self->rename_entry)
    {
      GtkWidget *entry = g_steal_pointer (&self->rename_entry);
      g_signal_handlers_disconnect_by_data (entry, self);
      gtk_widget_unparent (entry);
    }
}
