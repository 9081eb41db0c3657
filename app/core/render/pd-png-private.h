/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Draws rows @first to @first + @rows - 1 of the picture on @cr, whose
 * origin is the picture's top left corner (the strip's surface is
 * translated so) and which is clipped to the strip. */
typedef void (*PdPngDrawStrip) (cairo_t  *cr,
                                guint     first,
                                guint     rows,
                                gpointer  data);

/* An opaque @width × @height PNG drawn a strip of @strip_rows rows at a
 * time, so that only one strip is ever held in memory, not the picture. */
GBytes *pd_png_write_strips (guint            width,
                             guint            height,
                             guint            strip_rows,
                             PdPngDrawStrip   draw,
                             gpointer         data,
                             GError         **error);

G_END_DECLS
