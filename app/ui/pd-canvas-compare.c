/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compare With…: the canvas draws the marks of the comparison the window
 * made (new, changed, removed steps) and tells a screen reader of them
 * after what it says of the pathway. */
#include "pd-canvas-private.h"

void
pd_canvas_set_compare (PdCanvas       *self,
                       PdSceneCompare *compare,
                       const char     *summary)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  self->scene_options.compare = NULL;
  g_clear_pointer (&self->compare, pd_scene_compare_free);
  self->compare = compare;
  self->scene_options.compare = compare;
  g_free (self->compare_summary);
  self->compare_summary = g_strdup (summary);
  pd_canvas_invalidate (self);
}

const PdSceneCompare *
pd_canvas_get_compare (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), NULL);

  return self->compare;
}

void
pd_canvas_dispose_compare (PdCanvas *self)
{
  g_clear_pointer (&self->scene, pd_scene_free);
  self->scene_options.compare = NULL;
  g_clear_pointer (&self->compare, pd_scene_compare_free);
  g_clear_pointer (&self->compare_summary, g_free);
}
