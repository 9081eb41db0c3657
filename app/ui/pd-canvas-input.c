/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas's event controllers, each concern's in its own file
 * (pd-canvas-pointer.c, -connect, -guides, -add, -keys, -walk); here the
 * pointer's hover, and zooming by Ctrl+scroll and pinch. */
#include <math.h>

#include "pd-canvas-private.h"

GPtrArray *
pd_canvas_selected_nodes (PdCanvas *self)
{
  return pd_selection_get_nodes (self->selection, self->document);
}

/* Ctrl+scroll zooms about the pointer; plain scrolling is the scrolled
 * window's. */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PdCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
    GTK_EVENT_CONTROLLER (controller));
  double wx = self->hovering ? self->hover_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double wy = self->hovering ? self->hover_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  pd_view_zoom_at (&self->view, self->view.zoom * pow (1.1, -dy), wx, wy);
  pd_canvas_update_view (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                PdCanvas         *self)
{
  self->pinch_zoom = self->view.zoom;
}

static void
on_pinch (GtkGestureZoom *gesture,
          double          scale,
          PdCanvas       *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    return;
  pd_view_zoom_at (&self->view, self->pinch_zoom * scale, cx, cy);
  pd_canvas_update_view (self);
}

/* Over a handle of a selected step, the pointer shows what a drag from
 * there does: a crosshair draws a transition, a diagonal arrow resizes. */
void
pd_canvas_hover (PdCanvas *self,
                 double    wx,
                 double    wy)
{
  const char *name = NULL;
  GdkCursor *cursor = gtk_widget_get_cursor (GTK_WIDGET (self));

  if (self->document && self->drag == DRAG_NONE && !self->spotlight)
    {
      g_autoptr(GPtrArray) nodes = pd_canvas_selected_nodes (self);
      double x, y, radius = pd_canvas_handle_radius (self) * 1.5;

      pd_canvas_to_document (self, wx, wy, &x, &y);
      for (guint i = nodes->len; i > 0 && name == NULL; i--)
        {
          PdHandle handle = pd_hit_handle_drawn (pd_canvas_get_scene (self),
                                                 g_ptr_array_index (nodes, i - 1), x, y, radius);

          if (handle == PD_HANDLE_RESIZE)
            name = "nwse-resize";
          else if (PD_HANDLE_IS_CONNECT (handle))
            name = "crosshair";
        }
    }
  if (g_strcmp0 (name, cursor ? gdk_cursor_get_name (cursor) : NULL) != 0)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PdCanvas                 *self)
{
  self->hover_x = x;
  self->hover_y = y;
  self->hovering = TRUE;
  pd_canvas_hover (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          PdCanvas                 *self)
{
  self->hovering = FALSE;
}

void
pd_canvas_init_input (PdCanvas *self)
{
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  /* The primary button's drag before its clicks, as they always were. */
  pd_canvas_init_pointer (self);
  pd_canvas_init_add (self);

  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  pd_canvas_init_keys (self);
}

void
pd_canvas_dispose_input (PdCanvas *self)
{
  g_clear_pointer (&self->drag_node, g_free);
  g_clear_pointer (&self->guide_steps, g_array_unref);
  g_clear_pointer (&self->guides, g_array_unref);
  pd_canvas_dispose_rename (self);
}
