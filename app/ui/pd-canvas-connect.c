/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing a transition from a step's handle, and moving a transition's
 * end onto another step. */
#include <glib/gi18n.h>

#include "pd-canvas-private.h"
#include "pd-edit.h"

/* A transition's end dropped on a step: it goes from (or to) that step. */
void
pd_canvas_finish_reconnect (PdCanvas *self)
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
void
pd_canvas_finish_connect (PdCanvas *self,
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
                           pd_canvas_snap (self, self->pointer_x) + PD_NODE_DEFAULT_WIDTH / 2,
                           pd_canvas_snap (self, self->pointer_y - PD_NODE_DEFAULT_HEIGHT / 2)
                           + PD_NODE_DEFAULT_HEIGHT / 2);
  pd_edit_connect (self->document, from, to);
  pd_document_end (self->document);
  pd_selection_select (self->selection, pd_node_get_id (to), PD_SELECT_REPLACE);
}
