/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A small picture of a pathway, drawn from its scene by the core painter in
 * a thread: for the start page's recent files and templates. @source is a
 * file's path, or a GResource path when @is_resource. The picture fits
 * @width × @height pixels. */
void        pd_thumbnail_render_async  (const char          *source,
                                        gboolean             is_resource,
                                        int                  width,
                                        int                  height,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GdkTexture *pd_thumbnail_render_finish (GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
