/* SPDX-License-Identifier: GPL-3.0-or-later */
/* New steps: a double-click on empty paper, or a kind dropped from the
 * toolbar; a double-click on a step renames it. */
#include <string.h>

#include "pd-canvas-private.h"
#include "pd-edit.h"
#include "pd-enums.h"

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
  nodes = pd_canvas_selected_nodes (self);
  if (nodes->len)
    agency = pd_node_get_agency_id (g_ptr_array_index (nodes, nodes->len - 1));
  node = pd_edit_add_node (self->document, kind, agency,
                           pd_canvas_snap (self, x - PD_NODE_DEFAULT_WIDTH / 2)
                           + PD_NODE_DEFAULT_WIDTH / 2,
                           pd_canvas_snap (self, y - PD_NODE_DEFAULT_HEIGHT / 2)
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

/* A double-click renames the step under it (or opens a link step's
 * pathway), or adds a step on empty canvas and opens its title for typing. Run once the press has been seen
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
  if (node && pd_node_get_kind (node) == PD_NODE_KIND_LINK && pd_node_get_link_target (node)
      && *pd_node_get_link_target (node))
    {
      /* A link step leads to its pathway; F2 still renames it. */
      pd_selection_select (self->selection, pd_node_get_id (node), PD_SELECT_REPLACE);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-linked-pathway", NULL);
      return G_SOURCE_REMOVE;
    }
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
    pd_canvas_add_step_at (self, PD_NODE_KIND_INTERVENTION, wx, wy);
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

void
pd_canvas_init_add (PdCanvas *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
