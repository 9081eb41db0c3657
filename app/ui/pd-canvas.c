/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-canvas.h"
#include "pd-painter.h"
#include "pd-scene.h"

#define MIN_ZOOM 0.1
#define MAX_ZOOM 4.0

struct _PdCanvas
{
  GtkWidget parent_instance;

  PdDocument *document;
  PdScene *scene;
  GskRenderNode *cache;     /* the drawing, kept until the document changes */
  double zoom;
};

G_DEFINE_FINAL_TYPE (PdCanvas, pd_canvas, GTK_TYPE_WIDGET)

static void
invalidate (PdCanvas *self)
{
  g_clear_pointer (&self->scene, pd_scene_free);
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static PdScene *
get_scene (PdCanvas *self)
{
  if (self->scene == NULL && self->document != NULL)
    self->scene = pd_scene_new_from_document (self->document);
  return self->scene;
}

static void
pd_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  PdCanvas *self = PD_CANVAS (widget);
  PdScene *scene = get_scene (self);

  if (scene == NULL)
    return;
  if (self->cache == NULL)
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, scene->bounds.width,
                                                   scene->bounds.height);
      GtkSnapshot *inner = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (inner, &bounds);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, -scene->bounds.x, -scene->bounds.y);
      pd_painter_draw (scene, cr);
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (inner);
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_scale (snapshot, self->zoom, self->zoom);
  gtk_snapshot_append_node (snapshot, self->cache);
  gtk_snapshot_restore (snapshot);
}

static void
pd_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  PdCanvas *self = PD_CANVAS (widget);
  PdScene *scene = get_scene (self);

  *minimum = 0;
  *natural = 0;
  if (scene)
    *minimum = *natural = (int) ceil ((orientation == GTK_ORIENTATION_HORIZONTAL
                                       ? scene->bounds.width : scene->bounds.height) * self->zoom);
}

static void
pd_canvas_dispose (GObject *object)
{
  PdCanvas *self = PD_CANVAS (object);

  g_clear_pointer (&self->scene, pd_scene_free);
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (pd_canvas_parent_class)->dispose (object);
}

static void
pd_canvas_class_init (PdCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_canvas_dispose;
  widget_class->snapshot = pd_canvas_snapshot;
  widget_class->measure = pd_canvas_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pd_canvas_init (PdCanvas *self)
{
  self->zoom = 1.0;
}

GtkWidget *
pd_canvas_new (void)
{
  return g_object_new (PD_TYPE_CANVAS, NULL);
}

/* Any property of any object: the scene is rebuilt on the next frame. */
static void
on_object_notify (PdCanvas *self)
{
  invalidate (self);
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  PdCanvas   *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_signal_connect_object (item, "notify", G_CALLBACK (on_object_notify), self,
                               G_CONNECT_SWAPPED);
    }
  invalidate (self);
}

static void
watch_list (PdCanvas   *self,
            GListModel *list)
{
  g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changed), self, 0);
}

static void
watch_items (PdCanvas   *self,
             GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_signal_connect_object (item, "notify", G_CALLBACK (on_object_notify), self,
                               G_CONNECT_SWAPPED);
    }
}

void
pd_canvas_set_document (PdCanvas   *self,
                        PdDocument *document)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  if (self->document == document)
    return;
  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document)
    {
      g_signal_connect_object (document, "notify", G_CALLBACK (on_object_notify), self,
                               G_CONNECT_SWAPPED);
      watch_list (self, pd_document_get_nodes (document));
      watch_list (self, pd_document_get_edges (document));
      watch_list (self, pd_document_get_agencies (document));
      watch_items (self, pd_document_get_nodes (document));
      watch_items (self, pd_document_get_edges (document));
      watch_items (self, pd_document_get_agencies (document));
    }
  invalidate (self);
}

PdDocument *
pd_canvas_get_document (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), NULL);
  return self->document;
}

double
pd_canvas_get_zoom (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), 1.0);
  return self->zoom;
}

void
pd_canvas_set_zoom (PdCanvas *self,
                    double    zoom)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
