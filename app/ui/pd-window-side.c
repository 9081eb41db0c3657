/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side pane: shown and hidden (F9), folded away on a narrow window,
 * and left for the diagram with Escape. */
#include "pd-window-private.h"

/* Escape that no field took (to close a list, a search): back to the
 * diagram, closing the pane if it lies over it. */
static gboolean
on_escape (GtkWidget *widget,
           GVariant  *arguments,
           gpointer   data)
{
  PdWindow *self = PD_WINDOW (data);

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  return TRUE;
}

/* Folded away while it held the focus: the keys go to the diagram rather
 * than to a pane nobody sees. */
static void
on_reveal_flap (PdWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!adw_flap_get_reveal_flap (self->flap) && focus
      && gtk_widget_is_ancestor (focus, self->side_pane))
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

void
pd_window_init_side (PdWindow *self)
{
  g_autoptr(GPropertyAction) show = g_property_action_new ("show-sidebar", self->flap,
                                                           "reveal-flap");
  GtkEventController *keys = gtk_shortcut_controller_new ();

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show));
  /* After the fields: a field's own Escape comes first. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_BUBBLE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_callback_action_new (on_escape, self, NULL)));
  gtk_widget_add_controller (self->side_pane, keys);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap), self,
                           G_CONNECT_SWAPPED);
}

void
pd_window_class_init_side (GtkWidgetClass *widget_class)
{
  /* Connect To works wherever the focus is, as its menu item does: the
   * fields have no use for Ctrl+K. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "win.connect-to", NULL);
}
