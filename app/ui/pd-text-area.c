/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-text-area.h"

struct _PdTextArea
{
  GtkTextView parent_instance;

  int width;              /* last allocated */
  guint remeasure_source;
};

G_DEFINE_FINAL_TYPE (PdTextArea, pd_text_area, GTK_TYPE_TEXT_VIEW)

static gboolean
remeasure (gpointer data)
{
  PdTextArea *self = data;

  self->remeasure_source = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
pd_text_area_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  PdTextArea *self = PD_TEXT_AREA (widget);

  GTK_WIDGET_CLASS (pd_text_area_parent_class)->size_allocate (widget, width, height, baseline);
  /* Its lines are laid out for the new width once the text view has
   * validated them: measured again after that, it asks for their height. */
  if (width != self->width && self->remeasure_source == 0)
    self->remeasure_source = g_idle_add_full (G_PRIORITY_LOW, remeasure, self, NULL);
  self->width = width;
}

static void
pd_text_area_dispose (GObject *object)
{
  PdTextArea *self = PD_TEXT_AREA (object);

  g_clear_handle_id (&self->remeasure_source, g_source_remove);
  G_OBJECT_CLASS (pd_text_area_parent_class)->dispose (object);
}

static void
pd_text_area_class_init (PdTextAreaClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_text_area_dispose;
  GTK_WIDGET_CLASS (klass)->size_allocate = pd_text_area_size_allocate;
}

static void
pd_text_area_init (PdTextArea *self)
{
  self->width = -1;
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
}

GtkWidget *
pd_text_area_new (void)
{
  return g_object_new (PD_TYPE_TEXT_AREA, NULL);
}
