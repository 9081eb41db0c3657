/* SPDX-License-Identifier: GPL-3.0-or-later */
/* View ▸ Show People a Year: the canvas asks the capacity model for each
 * step's and transition's people a year whenever the pathway changes, and
 * says why when it has none to show. */
#include "pd-canvas-private.h"
#include "pd-people-flow.h"

static void
set_problem (PdCanvas   *self,
             const char *problem)
{
  if (g_strcmp0 (self->flow_problem, problem) == 0)
    return;
  g_free (self->flow_problem);
  self->flow_problem = g_strdup (problem);
  g_object_notify (G_OBJECT (self), "flow-problem");
}

void
pd_canvas_update_flow (PdCanvas *self)
{
  g_autoptr(GError) error = NULL;

  /* The scene made with the old figures goes with them. */
  g_clear_pointer (&self->scene, pd_scene_free);
  self->scene_options.flow = NULL;
  g_clear_pointer (&self->flow, pd_scene_flow_free);
  if (self->show_flow && self->document)
    self->flow = pd_people_flow_new (self->document, &error);
  self->scene_options.flow = self->flow;
  set_problem (self, error ? error->message : NULL);
}

void
pd_canvas_set_flow (PdCanvas *self,
                    gboolean  flow)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  if (self->show_flow == !!flow)
    return;
  self->show_flow = !!flow;
  pd_canvas_invalidate (self);
}

gboolean
pd_canvas_get_flow (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), FALSE);

  return self->show_flow;
}

const char *
pd_canvas_get_flow_problem (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), NULL);

  return self->flow_problem;
}

void
pd_canvas_dispose_flow (PdCanvas *self)
{
  g_clear_pointer (&self->scene, pd_scene_free);
  self->scene_options.flow = NULL;
  g_clear_pointer (&self->flow, pd_scene_flow_free);
  g_clear_pointer (&self->flow_problem, g_free);
}
