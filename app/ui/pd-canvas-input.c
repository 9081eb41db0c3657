/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas's gestures and keys, each turned into the document's editing
 * commands: a drag is one undo step, not one per pixel. */
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pd-canvas-private.h"
#include "pd-edit.h"
#include "pd-enums.h"
#include "pd-walk.h"

/* Pixels the pointer may wander before a press becomes a drag. */
#define DRAG_THRESHOLD 3.0
/* Arrow keys move by this much; with Shift, five times as far. */
#define NUDGE 10.0
/* A dragged step snaps to a line of a step near it this many pixels off. */
#define GUIDE_PIXELS 6.0

static GPtrArray *
selected_nodes (PdCanvas *self)
{
  return pd_selection_get_nodes (self->selection, self->document);
}

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

/* A transition's end dropped on a step: it goes from (or to) that step. */
static void
finish_reconnect (PdCanvas *self)
{
  GObject *object = pd_document_lookup (self->document, self->drag_node);
  PdNode *to = pd_hit_node_drawn (self->document, pd_canvas_get_scene (self), self->pointer_x,
                                  self->pointer_y);
  const char *property = self->drag_end == 0 ? "from-id" : "to-id";

  if (!PD_IS_EDGE (object) || to == NULL)
    return;
  pd_document_begin (self->document, _("Reconnect"));
  pd_document_set (self->document, object, property, pd_node_get_id (to), NULL);
  pd_document_end (self->document);
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
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Focused by a click: no focus ring until a key is pressed. */
  self->keys_used = FALSE;
  if (GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    gtk_window_set_focus_visible (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), FALSE);
  self->press_x = start_x;
  self->press_y = start_y;
  pd_canvas_to_document (self, start_x, start_y, &x, &y);
  self->drag_x = self->pointer_x = x;
  self->drag_y = self->pointer_y = y;
  self->moved_x = self->moved_y = 0;
  g_clear_pointer (&self->drag_node, g_free);
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
  }
  /* The handles of selected steps. */
  {
    g_autoptr(GPtrArray) nodes = selected_nodes (self);

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
  }

  node = pd_hit_node_drawn (self->document, pd_canvas_get_scene (self), x, y);
  if (node)
    {
      const char *id = pd_node_get_id (node);

      if (toggle)
        pd_selection_select (self->selection, id, PD_SELECT_TOGGLE);
      else if (!pd_selection_contains (self->selection, id))
        pd_selection_select (self->selection, id, extend ? PD_SELECT_ADD : PD_SELECT_REPLACE);
      if (!pd_selection_contains (self->selection, id))
        {
          self->drag = DRAG_NONE;
          return TRUE;
        }
      self->drag = DRAG_MOVE;
      self->drag_node = g_strdup (id);
      self->start_x = pd_node_get_x (node);
      self->start_y = pd_node_get_y (node);
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

static double
snap (PdCanvas *self,
      double    value)
{
  return pd_view_snap (value, self->grid);
}

/* The steps in view that are not dragged, whose lines the grabbed step
 * snaps to. */
static GArray *
collect_guide_steps (PdCanvas  *self,
                     GPtrArray *nodes)
{
  g_autoptr(GHashTable) dragged = g_hash_table_new (g_str_hash, g_str_equal);
  PdRect area;
  double x1, y1;

  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_add (dragged, (gpointer) pd_node_get_id (g_ptr_array_index (nodes, i)));
  pd_canvas_to_document (self, 0, 0, &area.x, &area.y);
  pd_canvas_to_document (self, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)), &x1, &y1);
  area.width = x1 - area.x;
  area.height = y1 - area.y;
  return pd_guides_collect (self->document, dragged, &area);
}

/* Where the grabbed step goes, its corner (@x, @y), for a drag of (@dx,
 * @dy): each way, onto a side or centre of a step near it when one is a
 * few pixels off, else onto the grid. The lines it then shares with other
 * steps are the guides drawn. */
static void
place_grabbed (PdCanvas *self,
               double    dx,
               double    dy,
               double   *x,
               double   *y)
{
  PdNode *grabbed = pd_document_get_node (self->document, self->drag_node);
  PdRect rect = { self->start_x + dx, self->start_y + dy, 0, 0 };
  gboolean on_x = FALSE, on_y = FALSE;

  g_array_set_size (self->guides, 0);
  if (grabbed)
    {
      rect.width = pd_node_get_width (grabbed);
      rect.height = pd_node_get_height (grabbed);
      pd_guides_snap (&rect, self->guide_steps, GUIDE_PIXELS / self->view.zoom, &on_x, &on_y);
    }
  *x = on_x ? rect.x : snap (self, self->start_x + dx);
  *y = on_y ? rect.y : snap (self, self->start_y + dy);
  rect.x = *x;
  rect.y = *y;
  if (grabbed)
    pd_guides_find (&rect, self->guide_steps, self->guides);
}

static void
drag_move (PdCanvas *self,
           double    dx,
           double    dy)
{
  g_autoptr(GPtrArray) nodes = selected_nodes (self);
  double want_x, want_y;

  if (nodes->len == 0)
    return;
  if (self->guide_steps == NULL)
    {
      self->guide_steps = collect_guide_steps (self, nodes);
      self->guides = g_array_new (FALSE, FALSE, sizeof (PdGuide));
    }
  /* The grabbed step lands on a guide or the grid; the others keep their
   * places relative to it. */
  place_grabbed (self, dx, dy, &want_x, &want_y);
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
  width = CLAMP (snap (self, self->start_x + dx), PD_SIZE_MIN * 4, PD_SIZE_MAX);
  height = CLAMP (snap (self, self->start_y + dy), PD_SIZE_MIN * 4, PD_SIZE_MAX);
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

PdNode *
pd_canvas_get_drop_target (PdCanvas *self)
{
  PdNode *to;

  if ((self->drag != DRAG_CONNECT && self->drag != DRAG_RECONNECT) || self->drag_node == NULL)
    return NULL;
  to = pd_hit_node_drawn (self->document, pd_canvas_get_scene (self), self->pointer_x,
                          self->pointer_y);
  if (to && self->drag == DRAG_CONNECT && g_strcmp0 (pd_node_get_id (to), self->drag_node) == 0)
    return NULL;
  return to;
}

/* Released on another step: a transition to it. Released on empty paper:
 * a new step there, joined to the first. Either is one undo step. Released
 * on the step itself: nothing, as when a drag is let go where it started. */
static void
finish_connect (PdCanvas *self,
                gboolean  moved)
{
  PdNode *from = pd_document_get_node (self->document, self->drag_node);
  PdNode *to = pd_canvas_get_drop_target (self);

  if (from == NULL || !moved)
    return;
  if (to == NULL && pd_hit_node_drawn (self->document, pd_canvas_get_scene (self),
                                       self->pointer_x, self->pointer_y) != NULL)
    return;
  pd_document_begin (self->document, _("Connect"));
  if (to == NULL)
    to = pd_edit_add_node (self->document, pd_node_get_kind (from),
                           pd_node_get_agency_id (from),
                           snap (self, self->pointer_x) + PD_NODE_DEFAULT_WIDTH / 2,
                           snap (self, self->pointer_y - PD_NODE_DEFAULT_HEIGHT / 2)
                           + PD_NODE_DEFAULT_HEIGHT / 2);
  pd_edit_connect (self->document, from, to);
  pd_document_end (self->document);
  pd_selection_select (self->selection, pd_node_get_id (to), PD_SELECT_REPLACE);
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
      finish_connect (self, moved);
      break;
    case DRAG_RECONNECT:
      if (moved)
        finish_reconnect (self);
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
pd_canvas_add_step_at (PdCanvas  *self,
                       PdNodeKind kind,
                       double     wx,
                       double     wy)
{
  const char *agency = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  PdNode *node;
  double x, y;

  g_return_if_fail (PD_IS_CANVAS (self));

  if (self->document == NULL)
    return;
  pd_canvas_get_scene (self);
  pd_canvas_to_document (self, wx, wy, &x, &y);
  /* A new step is delivered by the agency of the step last selected. */
  nodes = selected_nodes (self);
  if (nodes->len)
    agency = pd_node_get_agency_id (g_ptr_array_index (nodes, nodes->len - 1));
  node = pd_edit_add_node (self->document, kind, agency,
                           snap (self, x - PD_NODE_DEFAULT_WIDTH / 2) + PD_NODE_DEFAULT_WIDTH / 2,
                           snap (self, y - PD_NODE_DEFAULT_HEIGHT / 2)
                           + PD_NODE_DEFAULT_HEIGHT / 2);
  pd_selection_select (self->selection, pd_node_get_id (node), PD_SELECT_REPLACE);
  pd_canvas_rename (self, pd_node_get_id (node));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PdCanvas      *self)
{
  const char *text = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;
  int kind;

  if (text == NULL || !g_str_has_prefix (text, PD_CANVAS_KIND_PREFIX)
      || !pd_enum_from_string (PD_TYPE_NODE_KIND, text + strlen (PD_CANVAS_KIND_PREFIX), &kind))
    return FALSE;
  pd_canvas_add_step_at (self, kind, x, y);
  return TRUE;
}

typedef struct {
  PdCanvas *canvas;
  double x, y;
} DoubleClick;

static void
double_click_free (DoubleClick *click)
{
  g_object_unref (click->canvas);
  g_free (click);
}

/* A double-click renames the step under it, or adds a step on empty
 * canvas and opens its title for typing. Run once the press has been seen
 * by every gesture, so that the title editor keeps the focus. */
static gboolean
double_click (gpointer data)
{
  DoubleClick *click = data;
  PdCanvas *self = click->canvas;
  PdNode *node;

  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  node = pd_hit_node_drawn (self->document, pd_canvas_get_scene (self), click->x, click->y);
  if (node)
    {
      pd_canvas_rename (self, pd_node_get_id (node));
      return G_SOURCE_REMOVE;
    }
  if (pd_hit_edge (self->document, pd_canvas_get_scene (self), click->x, click->y,
                   pd_canvas_handle_radius (self) * 1.5))
    return G_SOURCE_REMOVE;
  {
    double wx, wy;

    pd_view_to_view (&self->view, click->x, click->y, &wx, &wy);
    pd_canvas_add_step_at (self, self->new_kind, wx, wy);
  }
  return G_SOURCE_REMOVE;
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           wx,
            double           wy,
            PdCanvas        *self)
{
  DoubleClick *click;

  if (n_press != 2 || self->document == NULL)
    return;
  click = g_new0 (DoubleClick, 1);
  click->canvas = g_object_ref (self);
  pd_canvas_to_document (self, wx, wy, &click->x, &click->y);
  g_idle_add_full (G_PRIORITY_DEFAULT, double_click, click, (GDestroyNotify) double_click_free);
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
      g_autoptr(GPtrArray) nodes = selected_nodes (self);
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
  nodes = selected_nodes (self);
  if (nodes->len == 0)
    return;
  g_variant_get (parameter, "(dd)", &dx, &dy);
  /* Repeated presses on the same steps merge into one undo step. */
  pd_document_move_nodes (self->document, nodes, dx, dy);
  pd_canvas_reveal (self, pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1)));
}

/* The transition selected last, when the last thing selected is one. */
static PdEdge *
focused_edge (PdCanvas *self)
{
  const char *id = pd_selection_get_last (self->selection);
  GObject *object = id ? pd_document_lookup (self->document, id) : NULL;

  return PD_IS_EDGE (object) ? PD_EDGE (object) : NULL;
}

/* On a transition: Tab and Alt+Down (Shift: back) go round the others out
 * of its step; Alt+Right to the step it leads to, Alt+Left to its step. */
static char *
walk_from_edge (PdCanvas *self,
                PdEdge   *edge,
                PdWalk    walk)
{
  switch (walk)
    {
    case PD_WALK_FORWARD:
      return g_strdup (pd_edge_get_to_id (edge));
    case PD_WALK_BACK:
      return g_strdup (pd_edge_get_from_id (edge));
    case PD_WALK_NEXT:
    case PD_WALK_NEXT_BRANCH:
      return pd_walk_transition (self->document, pd_edge_get_from_id (edge),
                                 pd_edge_get_id (edge), 1);
    case PD_WALK_PREVIOUS:
    case PD_WALK_PREVIOUS_BRANCH:
    default:
      return pd_walk_transition (self->document, pd_edge_get_from_id (edge),
                                 pd_edge_get_id (edge), -1);
    }
}

/* Shift+Alt+Right: from the step last selected to its first transition
 * out, whose fields Enter opens and which Delete removes. */
static void
select_transition (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  PdCanvas *self = PD_CANVAS (widget);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autofree char *to = NULL;

  if (self->document == NULL)
    return;
  nodes = selected_nodes (self);
  if (nodes->len)
    to = pd_walk_transition (self->document,
                             pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1)), NULL, 0);
  if (to == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  pd_selection_select (self->selection, to, PD_SELECT_REPLACE);
}

/* Tab, Shift+Tab and Alt+arrows: from the step last selected to the
 * next one that way, which becomes the selection. */
static void
walk (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  PdCanvas *self = PD_CANVAS (widget);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autofree char *to = NULL;
  const char *from = NULL;
  PdEdge *edge;

  if (self->document == NULL)
    return;
  edge = focused_edge (self);
  if (edge)
    {
      to = walk_from_edge (self, edge, (PdWalk) g_variant_get_int32 (parameter));
      if (to)
        pd_selection_select (self->selection, to, PD_SELECT_REPLACE);
      return;
    }
  nodes = selected_nodes (self);
  if (nodes->len)
    from = pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1));
  to = pd_walk (self->document, from, (PdWalk) g_variant_get_int32 (parameter));
  if (to == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  pd_selection_select (self->selection, to, PD_SELECT_REPLACE);
  pd_canvas_reveal (self, to);
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
  edge = self->document ? focused_edge (self) : NULL;
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
  g_autoptr(GPtrArray) nodes = selected_nodes (self);

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
  static const struct { guint key; GdkModifierType mods; PdWalk walk; } walks[] = {
    { GDK_KEY_Tab, 0, PD_WALK_NEXT },
    { GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, PD_WALK_PREVIOUS },
    { GDK_KEY_Tab, GDK_SHIFT_MASK, PD_WALK_PREVIOUS },
    { GDK_KEY_Right, GDK_ALT_MASK, PD_WALK_FORWARD },
    { GDK_KEY_Left, GDK_ALT_MASK, PD_WALK_BACK },
    { GDK_KEY_Down, GDK_ALT_MASK, PD_WALK_NEXT_BRANCH },
    { GDK_KEY_Up, GDK_ALT_MASK, PD_WALK_PREVIOUS_BRANCH },
  };

  gtk_widget_class_install_action (widget_class, "canvas.clear-selection", NULL, clear_selection);
  /* Tab walks the steps; Ctrl+Tab leaves the canvas, as in text views. */
  gtk_widget_class_install_action (widget_class, "canvas.walk", "i", walk);
  for (guint i = 0; i < G_N_ELEMENTS (walks); i++)
    gtk_widget_class_add_binding_action (widget_class, walks[i].key, walks[i].mods, "canvas.walk",
                                         "i", (int) walks[i].walk);
  gtk_widget_class_install_action (widget_class, "canvas.rename", NULL, rename_selected);
  gtk_widget_class_install_action (widget_class, "canvas.select-transition", NULL,
                                   select_transition);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK | GDK_ALT_MASK,
                                       "canvas.select-transition", NULL);
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
pd_canvas_init_input (PdCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *middle = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *any_key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

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

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  g_signal_connect (keys, "key-released", G_CALLBACK (on_key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* Before the canvas's own keys, which stop the event. */
  gtk_event_controller_set_propagation_phase (any_key, GTK_PHASE_CAPTURE);
  g_signal_connect (any_key, "key-pressed", G_CALLBACK (on_key_capture), self);
  gtk_widget_add_controller (GTK_WIDGET (self), any_key);
}

void
pd_canvas_dispose_input (PdCanvas *self)
{
  g_clear_pointer (&self->drag_node, g_free);
  g_clear_pointer (&self->guide_steps, g_array_unref);
  g_clear_pointer (&self->guides, g_array_unref);
  pd_canvas_dispose_rename (self);
}
