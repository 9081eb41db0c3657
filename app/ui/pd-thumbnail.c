/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-painter.h"
#include "pd-scene.h"
#include "pd-thumbnail.h"
#include "pd-xml-reader.h"

typedef struct {
  char *source;
  gboolean is_resource;
  int width;
  int height;
} Request;

static void
request_free (Request *request)
{
  g_free (request->source);
  g_free (request);
}

static GBytes *
read_source (Request  *request,
             GError  **error)
{
  if (request->is_resource)
    return g_resources_lookup_data (request->source, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  return pd_file_read_bytes (request->source, NULL, error);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Request *request = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_source (request, &error);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) document = NULL;
  g_autoptr(GBytes) pixels = NULL;
  cairo_surface_t *surface;
  PdScene *scene;
  cairo_t *cr;
  double scale;
  int width, height;

  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  document = pd_xml_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                          request->source, diagnostics);
  if (document == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               "%s is not a pathway", request->source);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  scene = pd_scene_new_from_document (document);
  /* The whole diagram, fitted; never enlarged past its own size. */
  scale = MIN (request->width / MAX (scene->bounds.width, 1.0),
               request->height / MAX (scene->bounds.height, 1.0));
  scale = MIN (scale, 1.0);
  width = MAX (1, (int) ceil (scene->bounds.width * scale));
  height = MAX (1, (int) ceil (scene->bounds.height * scale));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -scene->bounds.x, -scene->bounds.y);
  pd_painter_draw (scene, cr);
  cairo_destroy (cr);
  pd_scene_free (scene);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * height);
  /* Cairo's ARGB32 is B, G, R, A in memory on little-endian machines. */
  g_task_return_pointer (task,
                         gdk_memory_texture_new (width, height,
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
                                                 GDK_MEMORY_B8G8R8A8_PREMULTIPLIED,
#else
                                                 GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
#endif
                                                 pixels,
                                                 cairo_image_surface_get_stride (surface)),
                         g_object_unref);
  cairo_surface_destroy (surface);
}

void
pd_thumbnail_render_async (const char          *source,
                           gboolean             is_resource,
                           int                  width,
                           int                  height,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Request *request = g_new0 (Request, 1);

  g_return_if_fail (source != NULL);

  request->source = g_strdup (source);
  request->is_resource = is_resource;
  request->width = width;
  request->height = height;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  g_task_set_source_tag (task, pd_thumbnail_render_async);
  g_task_run_in_thread (task, render_in_thread);
}

GdkTexture *
pd_thumbnail_render_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
