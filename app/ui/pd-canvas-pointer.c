/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The primary button's press, drag and release on the canvas, each turned
 * into the document's editing commands: a drag is one undo step, not one
 * per pixel. The middle button pans. */
#include <glib/gi18n.h>
#include <math.h>

#include "pd-canvas-private.h"

/* Pixels the pointer may wander before a press becomes a drag. */
#define DRAG_THRESHOLD 3.0

static void
begin_step (PdCanvas   *self,
            const char *label)
{
  if (!self->drag_started)
    {
      pd_document_begin (self->document, label);
      self->drag_started = TRUE;
    }
}

static void
end_step (PdCanvas *self)
{
  if (self->drag_started)
    {
      pd_document_end (self->document);
      /* The next drag is a step of its own, even of the same steps. */
      pd_history_seal (pd_document_get_history (self->document));
      self->drag_started = FALSE;
    }
}

static void
reset_drag (PdCanvas *self)
{
  end_step (self);
  if (self->moving)
    pd_canvas_set_moving (self, NULL);
  g_clear_pointer (&self->guide_steps, g_array_unref);
  g_clear_pointer (&self->guides, g_array_unref);
  self->drag = DRAG_NONE;
  g_clear_pointer (&self->drag_node, g_free);
  pd_canvas_invalidate_overlay (self);
}

/* Focuses the canvas and notes where a press at (@start_x, @start_y)
 * began, in the widget and (@x, @y) in the document. */
static void
start_press (PdCanvas *self,
             double    start_x,
             double    start_y,
             double   *x,
             double   *y)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Focused by a click: no focus ring until a key is pressed. */
  self->keys_used = FALSE;
  if (GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    gtk_window_set_focus_visible (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), FALSE);
  self->press_x = start_x;
  self->press_y = start_y;
  pd_canvas_to_document (self, start_x, start_y, x, y);
  self->drag_x = self->pointer_x = *x;
  self->drag_y = self->pointer_y = *y;
  self->moved_x = self->moved_y = 0;
  g_clear_pointer (&self->drag_node, g_free);
}

/* A press on an end of a selected transition starts reconnecting it. */
static gboolean
press_edge_end (PdCanvas *self,
                PdScene  *scene,
                double    x,
                double    y,
                double    radius)
{
  g_autoptr(GPtrArray) edges = pd_selection_get_edges (self->selection, self->document);

  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *selected = g_ptr_array_index (edges, i);
      PdGroup *group = pd_scene_find_group (scene, pd_edge_get_id (selected));

      for (int end = 0; group && end < 2; end++)
        if (hypot (x - group->ends[2 * end], y - group->ends[2 * end + 1]) <= radius)
          {
            self->drag = DRAG_RECONNECT;
            self->drag_node = g_strdup (pd_edge_get_id (selected));
            self->drag_end = end;
            return TRUE;
          }
    }
  return FALSE;
}

/* A press on a handle of a selected step starts resizing it or drawing a
 * transition from it. */
static gboolean
press_node_handle (PdCanvas *self,
                   PdScene  *scene,
                   double    x,
                   double    y,
                   double    radius)
{
  g_autoptr(GPtrArray) nodes = pd_canvas_selected_nodes (self);

  for (guint i = nodes->len; i > 0; i--)
    {
      PdNode *selected = g_ptr_array_index (nodes, i - 1);
      PdHandle handle = pd_hit_handle_drawn (scene, selected, x, y, radius);

      if (handle == PD_HANDLE_NONE)
        continue;
      self->drag = PD_HANDLE_IS_CONNECT (handle) ? DRAG_CONNECT : DRAG_RESIZE;
      self->drag_handle = handle;
      self->drag_node = g_strdup (pd_node_get_id (selected));
      self->start_x = pd_node_get_width (selected);
      /* Its own height, not the height drawn to hold its details:
       * widening a step does not make it taller for good. */
      self->start_y = pd_node_get_height (selected);
      return TRUE;
    }
  return FALSE;
}

/* A press on a step selects it and, if it stays selected, starts moving
 * the selection. */
static void
press_node (PdCanvas *self,
            PdNode   *node,
            gboolean  extend,
            gboolean  toggle)
{
  const char *id = pd_node_get_id (node);

  if (toggle)
    pd_selection_select (self->selection, id, PD_SELECT_TOGGLE);
  else if (!pd_selection_contains (self->selection, id))
    pd_selection_select (self->selection, id, extend ? PD_SELECT_ADD : PD_SELECT_REPLACE);
  if (!pd_selection_contains (self->selection, id))
    {
      self->drag = DRAG_NONE;
      return;
    }
  self->drag = DRAG_MOVE;
  self->drag_node = g_strdup (id);
  self->start_x = pd_node_get_x (node);
  self->start_y = pd_node_get_y (node);
}

/* A press of the primary button at (@start_x, @start_y) in the widget:
 * selects, and decides what a drag from there does. FALSE when it does
 * nothing. */
gboolean
pd_canvas_press (PdCanvas       *self,
                 double          start_x,
                 double          start_y,
                 GdkModifierType state)
{
  gboolean extend = (state & GDK_SHIFT_MASK) != 0;
  gboolean toggle = (state & GDK_CONTROL_MASK) != 0;
  double x, y, radius;
  PdScene *scene = pd_canvas_get_scene (self);
  PdNode *node;
  PdEdge *edge;

  if (self->document == NULL || scene == NULL)
    return FALSE;
  start_press (self, start_x, start_y, &x, &y);
  radius = pd_canvas_handle_radius (self) * 1.5;

  if (self->space_down)
    {
      self->drag = DRAG_PAN;
      self->pan_x = gtk_adjustment_get_value (self->hadjustment);
      self->pan_y = gtk_adjustment_get_value (self->vadjustment);
      return TRUE;
    }

  /* The ends of selected transitions, then the handles of selected steps:
   * they stick out. */
  if (press_edge_end (self, scene, x, y, radius) || press_node_handle (self, scene, x, y, radius))
    return TRUE;

  node = pd_hit_node_drawn (self->document, pd_canvas_get_scene (self), x, y);
  if (node)
    {
      press_node (self, node, extend, toggle);
      return TRUE;
    }

  edge = pd_hit_edge (self->document, scene, x, y, radius);
  if (edge)
    {
      pd_selection_select (self->selection, pd_edge_get_id (edge),
                           toggle ? PD_SELECT_TOGGLE : extend ? PD_SELECT_ADD : PD_SELECT_REPLACE);
      self->drag = DRAG_NONE;
      return TRUE;
    }

  if (!extend && !toggle)
    pd_selection_clear (self->selection);
  self->drag = DRAG_RUBBER_BAND;
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          start_x,
               double          start_y,
               PdCanvas       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
    GTK_EVENT_CONTROLLER (gesture));

  if (!pd_canvas_press (self, start_x, start_y, state))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
drag_move (PdCanvas *self,
           double    dx,
           double    dy)
{
  g_autoptr(GPtrArray) nodes = pd_canvas_selected_nodes (self);
  double want_x, want_y;

  if (nodes->len == 0)
    return;
  if (self->guide_steps == NULL)
    {
      self->guide_steps = pd_canvas_collect_guide_steps (self, nodes);
      self->guides = g_array_new (FALSE, FALSE, sizeof (PdGuide));
    }
  /* The grabbed step lands on a guide or the grid; the others keep their
   * places relative to it. */
  pd_canvas_place_grabbed (self, dx, dy, &want_x, &want_y);
  want_x -= self->start_x;
  want_y -= self->start_y;
  pd_canvas_invalidate_overlay (self);
  if (want_x == self->moved_x && want_y == self->moved_y)
    return;
  if (!self->drag_started)
    {
      /* From now on only the steps dragged are drawn again. */
      g_autoptr(GHashTable) moving = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < nodes->len; i++)
        g_hash_table_add (moving, (gpointer) g_intern_string (
          pd_node_get_id (g_ptr_array_index (nodes, i))));
      pd_canvas_set_moving (self, moving);
    }
  begin_step (self, _("Move"));
  pd_document_move_nodes (self->document, nodes, want_x - self->moved_x, want_y - self->moved_y);
  self->moved_x = want_x;
  self->moved_y = want_y;
}

static void
drag_resize (PdCanvas *self,
             double    dx,
             double    dy)
{
  PdNode *node = pd_document_get_node (self->document, self->drag_node);
  double width, height;

  if (node == NULL)
    return;
  width = CLAMP (pd_canvas_snap (self, self->start_x + dx), PD_SIZE_MIN * 4, PD_SIZE_MAX);
  height = CLAMP (pd_canvas_snap (self, self->start_y + dy), PD_SIZE_MIN * 4, PD_SIZE_MAX);
  if (width == pd_node_get_width (node) && height == pd_node_get_height (node))
    return;
  begin_step (self, _("Resize"));
  pd_document_set (self->document, node, "width", width, "height", height, NULL);
}

/* The pointer, still pressed, is (@offset_x, @offset_y) from the press. */
void
pd_canvas_drag_to (PdCanvas *self,
                   double    offset_x,
                   double    offset_y)
{
  double start_x = self->press_x, start_y = self->press_y, dx, dy;

  if (self->drag == DRAG_NONE)
    return;
  if (self->drag == DRAG_PAN)
    {
      gtk_adjustment_set_value (self->hadjustment, self->pan_x - offset_x);
      gtk_adjustment_set_value (self->vadjustment, self->pan_y - offset_y);
      return;
    }
  if (!self->drag_started && hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;
  pd_canvas_to_document (self, start_x + offset_x, start_y + offset_y, &self->pointer_x,
                         &self->pointer_y);
  dx = self->pointer_x - self->drag_x;
  dy = self->pointer_y - self->drag_y;
  switch (self->drag)
    {
    case DRAG_MOVE:
      drag_move (self, dx, dy);
      break;
    case DRAG_RESIZE:
      drag_resize (self, dx, dy);
      break;
    case DRAG_CONNECT:
    case DRAG_RECONNECT:
    case DRAG_RUBBER_BAND:
      /* Drawn as an overlay until the release. */
      pd_canvas_invalidate_overlay (self);
      break;
    case DRAG_NONE:
    case DRAG_PAN:
    default:
      break;
    }
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                PdCanvas       *self)
{
  pd_canvas_drag_to (self, offset_x, offset_y);
}

/* The release, (@offset_x, @offset_y) from the press. */
void
pd_canvas_release (PdCanvas       *self,
                   double          offset_x,
                   double          offset_y,
                   GdkModifierType state)
{
  gboolean moved = hypot (offset_x, offset_y) >= DRAG_THRESHOLD;

  pd_canvas_drag_to (self, offset_x, offset_y);

  switch (self->drag)
    {
    case DRAG_CONNECT:
      pd_canvas_finish_connect (self, moved);
      break;
    case DRAG_RECONNECT:
      if (moved)
        pd_canvas_finish_reconnect (self);
      break;
    case DRAG_RUBBER_BAND:
      if (moved)
        {
          PdRect band = { self->drag_x, self->drag_y, self->pointer_x - self->drag_x,
                          self->pointer_y - self->drag_y };
          g_autoptr(GPtrArray) ids = pd_hit_nodes_in_rect (self->document, &band);

          pd_selection_select_many (self->selection, (const char * const *) ids->pdata,
                                    ids->len,
                                    (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
                                    ? PD_SELECT_ADD : PD_SELECT_REPLACE);
        }
      break;
    case DRAG_MOVE:
    case DRAG_RESIZE:
    case DRAG_PAN:
    case DRAG_NONE:
    default:
      break;
    }
  reset_drag (self);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             PdCanvas       *self)
{
  pd_canvas_release (self, offset_x, offset_y,
                     gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)));
}

/* Escape or a lost grab: whatever the drag did so far is one undo step
 * that is taken back at once; a transition being drawn is dropped. */
gboolean
pd_canvas_cancel_drag (PdCanvas *self)
{
  gboolean undo = self->drag_started && (self->drag == DRAG_MOVE || self->drag == DRAG_RESIZE);

  if (self->drag == DRAG_NONE)
    return FALSE;
  end_step (self);
  if (undo)
    pd_document_undo (self->document);
  reset_drag (self);
  return TRUE;
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                PdCanvas         *self)
{
  pd_canvas_cancel_drag (self);
}

static void
on_middle_begin (GtkGestureDrag *gesture,
                 double          x,
                 double          y,
                 PdCanvas       *self)
{
  self->pan_x = gtk_adjustment_get_value (self->hadjustment);
  self->pan_y = gtk_adjustment_get_value (self->vadjustment);
}

static void
on_middle_update (GtkGestureDrag *gesture,
                  double          offset_x,
                  double          offset_y,
                  PdCanvas       *self)
{
  gtk_adjustment_set_value (self->hadjustment, self->pan_x - offset_x);
  gtk_adjustment_set_value (self->vadjustment, self->pan_y - offset_y);
}

void
pd_canvas_init_pointer (PdCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *middle = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (middle), GDK_BUTTON_MIDDLE);
  g_signal_connect (middle, "drag-begin", G_CALLBACK (on_middle_begin), self);
  g_signal_connect (middle, "drag-update", G_CALLBACK (on_middle_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (middle));
}
