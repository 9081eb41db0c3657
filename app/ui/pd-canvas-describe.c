/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas is one accessible object (an image named "Pathway diagram");
 * its description tells a screen reader what is selected, or the whole
 * pathway when nothing is, in the words of pd-describe.c, after what a
 * command just did when it says so. */
#include "pd-canvas-private.h"
#include "pd-describe.h"

static gboolean
describe_now (gpointer data)
{
  PdCanvas *self = data;
  g_autofree char *text = NULL;

  self->describe_source = 0;
  if (self->document)
    text = pd_describe_selection (self->document, self->selection);
  if (text && self->compare_summary)
    {
      char *joined = g_strconcat (text, " ", self->compare_summary, NULL);
      g_free (text);
      text = joined;
    }
  /* The notice holds while the pathway is as the command left it. */
  if (self->notice && self->document
      && pd_history_get_changes (pd_document_get_history (self->document)) != self->notice_changes)
    g_clear_pointer (&self->notice, g_free);
  if (text && self->notice)
    {
      char *joined = g_strconcat (self->notice, " ", text, NULL);
      g_free (text);
      text = joined;
    }
  /* Only a real change is told: a screen reader may speak each one. */
  if (g_strcmp0 (text, self->description) == 0)
    return G_SOURCE_REMOVE;
  g_free (self->description);
  self->description = g_steal_pointer (&text);
  if (self->description)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  return G_SOURCE_REMOVE;
}

void
pd_canvas_describe_later (PdCanvas *self)
{
  /* Once for all the changes of one command or one gesture. */
  if (self->describe_source == 0)
    self->describe_source = g_idle_add_full (G_PRIORITY_LOW, describe_now, self, NULL);
}

void
pd_canvas_announce (PdCanvas   *self,
                    const char *notice)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  g_free (self->notice);
  self->notice = g_strdup (notice);
  if (self->document)
    self->notice_changes = pd_history_get_changes (pd_document_get_history (self->document));
  /* Said again even when it is what was said last. */
  g_clear_pointer (&self->description, g_free);
  g_clear_handle_id (&self->describe_source, g_source_remove);
  describe_now (self);
}

void
pd_canvas_clear_notice (PdCanvas *self)
{
  g_clear_pointer (&self->notice, g_free);
}

const char *
pd_canvas_get_description (PdCanvas *self)
{
  if (self->describe_source)
    {
      g_clear_handle_id (&self->describe_source, g_source_remove);
      describe_now (self);
    }
  return self->description;
}

void
pd_canvas_dispose_describe (PdCanvas *self)
{
  g_clear_handle_id (&self->describe_source, g_source_remove);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->notice, g_free);
}
