/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas's keys: Space for panning, arrows to nudge, Escape, F2,
 * Enter and the editing keys bound to the window's actions while the
 * canvas has the focus. */
#include "pd-canvas-private.h"

/* Arrow keys move by this much; with Shift, five times as far. */
#define NUDGE 10.0

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdCanvas              *self)
{
  if (keyval == GDK_KEY_space)
    {
      self->space_down = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* A key (not a modifier alone) shows the focus ring again after a click,
 * as :focus-visible does. GTK's own focus-visible lasts only while keys
 * move the focus, and on the canvas Tab and the arrows do not. */
static gboolean
on_key_capture (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdCanvas              *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (!self->keys_used && event && !gdk_key_event_is_modifier (event))
    {
      self->keys_used = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return FALSE;
}

static void
on_key_released (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 PdCanvas              *self)
{
  if (keyval == GDK_KEY_space)
    self->space_down = FALSE;
}

static void
nudge (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  PdCanvas *self = PD_CANVAS (widget);
  g_autoptr(GPtrArray) nodes = NULL;
  double dx, dy;

  if (self->document == NULL)
    return;
  nodes = pd_canvas_selected_nodes (self);
  if (nodes->len == 0)
    return;
  g_variant_get (parameter, "(dd)", &dx, &dy);
  /* Repeated presses on the same steps merge into one undo step. */
  pd_document_move_nodes (self->document, nodes, dx, dy);
  pd_canvas_reveal (self, pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1)));
}

/* Escape: ends a drag in progress, or goes from a transition back to its
 * step, or else ends the selection. */
static void
clear_selection (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  PdCanvas *self = PD_CANVAS (widget);
  PdEdge *edge;

  if (pd_canvas_cancel_drag (self))
    return;
  /* From a transition reached from its step, back to the step. */
  edge = self->document ? pd_canvas_focused_edge (self) : NULL;
  if (edge && pd_document_get_node (self->document, pd_edge_get_from_id (edge)))
    pd_selection_select (self->selection, pd_edge_get_from_id (edge), PD_SELECT_REPLACE);
  else
    pd_selection_clear (self->selection);
}

static void
rename_selected (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  PdCanvas *self = PD_CANVAS (widget);
  g_autoptr(GPtrArray) nodes = pd_canvas_selected_nodes (self);

  if (nodes->len)
    pd_canvas_rename (self, pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1)));
}

void
pd_canvas_class_init_input (GtkWidgetClass *widget_class)
{
  static const struct { guint key; double dx, dy; } arrows[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 }, { GDK_KEY_Up, 0, -1 }, { GDK_KEY_Down, 0, 1 },
  };
  /* Keys that would fight a text field are the canvas's own, bound to
   * the window's actions only while the canvas has the focus. */
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_Delete, 0, "win.delete" },
    { GDK_KEY_BackSpace, 0, "win.delete" },
    { GDK_KEY_a, GDK_CONTROL_MASK, "win.select-all" },
    { GDK_KEY_c, GDK_CONTROL_MASK, "win.copy" },
    { GDK_KEY_x, GDK_CONTROL_MASK, "win.cut" },
    { GDK_KEY_v, GDK_CONTROL_MASK, "win.paste" },
    { GDK_KEY_d, GDK_CONTROL_MASK, "win.duplicate" },
    { GDK_KEY_k, GDK_CONTROL_MASK, "win.connect-to" },
  };

  gtk_widget_class_install_action (widget_class, "canvas.nudge", "(dd)", nudge);
  gtk_widget_class_install_action (widget_class, "canvas.clear-selection", NULL, clear_selection);
  pd_canvas_class_init_walk (widget_class);
  gtk_widget_class_install_action (widget_class, "canvas.rename", NULL, rename_selected);
  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, arrows[i].key, 0, "canvas.nudge", "(dd)",
                                           arrows[i].dx * NUDGE, arrows[i].dy * NUDGE);
      gtk_widget_class_add_binding_action (widget_class, arrows[i].key, GDK_SHIFT_MASK,
                                           "canvas.nudge", "(dd)", arrows[i].dx * NUDGE * 5,
                                           arrows[i].dy * NUDGE * 5);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "canvas.clear-selection",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.rename", NULL);
  /* Enter: the selection's fields in the side pane. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "win.edit-properties",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "win.edit-properties",
                                       NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].mods, keys[i].action,
                                         NULL);
}

void
pd_canvas_init_keys (PdCanvas *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *any_key = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  g_signal_connect (keys, "key-released", G_CALLBACK (on_key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* Before the canvas's own keys, which stop the event. */
  gtk_event_controller_set_propagation_phase (any_key, GTK_PHASE_CAPTURE);
  g_signal_connect (any_key, "key-pressed", G_CALLBACK (on_key_capture), self);
  gtk_widget_add_controller (GTK_WIDGET (self), any_key);
}
