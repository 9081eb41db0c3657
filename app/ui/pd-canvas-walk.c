/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Keyboard transitions: Tab and Alt+arrows from step to step, and onto a
 * step's transitions and round them. */
#include "pd-canvas-private.h"
#include "pd-walk.h"

/* The transition selected last, when the last thing selected is one. */
PdEdge *
pd_canvas_focused_edge (PdCanvas *self)
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
  nodes = pd_canvas_selected_nodes (self);
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

/* From the step last selected to the next one @way, which becomes the
 * selection; FALSE when there is none that way. */
static gboolean
walk_to (PdCanvas *self,
         PdWalk    way)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autofree char *to = NULL;
  const char *from = NULL;
  PdEdge *edge;

  if (self->document == NULL)
    return TRUE;
  edge = pd_canvas_focused_edge (self);
  if (edge)
    {
      to = walk_from_edge (self, edge, way);
      if (to)
        pd_selection_select (self->selection, to, PD_SELECT_REPLACE);
      return TRUE;
    }
  nodes = pd_canvas_selected_nodes (self);
  if (nodes->len)
    from = pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1));
  to = pd_walk (self->document, from, way);
  if (to == NULL)
    return FALSE;
  pd_selection_select (self->selection, to, PD_SELECT_REPLACE);
  pd_canvas_reveal (self, to);
  return TRUE;
}

/* Tab, Shift+Tab and Alt+Up, Alt+Down: the next step that way. */
static void
walk (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  if (!walk_to (PD_CANVAS (widget), (PdWalk) g_variant_get_int32 (parameter)))
    gtk_widget_error_bell (widget);
}

/* Alt+Left and Alt+Right: along a transition; from a step with none that
 * way the keys go on to the window, whose Back and Forward they are. */
static gboolean
walk_or_pass (GtkWidget *widget,
              GVariant  *args,
              gpointer   data)
{
  return walk_to (PD_CANVAS (widget), (PdWalk) g_variant_get_int32 (args));
}

void
pd_canvas_class_init_walk (GtkWidgetClass *widget_class)
{
  static const struct { guint key; GdkModifierType mods; PdWalk walk; } walks[] = {
    { GDK_KEY_Tab, 0, PD_WALK_NEXT },
    { GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, PD_WALK_PREVIOUS },
    { GDK_KEY_Tab, GDK_SHIFT_MASK, PD_WALK_PREVIOUS },
    { GDK_KEY_Right, GDK_ALT_MASK, PD_WALK_FORWARD },
    { GDK_KEY_Left, GDK_ALT_MASK, PD_WALK_BACK },
    { GDK_KEY_Down, GDK_ALT_MASK, PD_WALK_NEXT_BRANCH },
    { GDK_KEY_Up, GDK_ALT_MASK, PD_WALK_PREVIOUS_BRANCH },
  };

  /* Tab walks the steps; Ctrl+Tab leaves the canvas, as in text views. */
  gtk_widget_class_install_action (widget_class, "canvas.walk", "i", walk);
  for (guint i = 0; i < G_N_ELEMENTS (walks); i++)
    if (walks[i].walk == PD_WALK_FORWARD || walks[i].walk == PD_WALK_BACK)
      gtk_widget_class_add_binding (widget_class, walks[i].key, walks[i].mods, walk_or_pass,
                                    "i", (int) walks[i].walk);
    else
      gtk_widget_class_add_binding_action (widget_class, walks[i].key, walks[i].mods,
                                           "canvas.walk", "i", (int) walks[i].walk);
  gtk_widget_class_install_action (widget_class, "canvas.select-transition", NULL,
                                   select_transition);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK | GDK_ALT_MASK,
                                       "canvas.select-transition", NULL);
}
