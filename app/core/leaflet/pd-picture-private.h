/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-picture.h"

G_BEGIN_DECLS

/* Whether @data starts as a PNG or a JPEG does. */
gboolean         pd_picture_is_png      (const guchar *data,
                                         gsize         length);
gboolean         pd_picture_is_jpeg     (const guchar *data,
                                         gsize         length);

/* The pixel size of PNG or JPEG @data from its header alone, checked
 * against the limits; @name names it in @error. */
gboolean         pd_picture_photo_size  (const guchar *data,
                                         gsize         length,
                                         gboolean      jpeg,
                                         const char   *name,
                                         int          *width,
                                         int          *height,
                                         GError      **error);

/* PNG or JPEG @data decoded, @pixels on its long side at most. */
cairo_surface_t *pd_picture_photo_load  (const guchar *data,
                                         gsize         length,
                                         gboolean      jpeg,
                                         const char   *name,
                                         int           pixels,
                                         GError      **error);

/* SVG @data checked and rendered, @pixels on its long side. */
cairo_surface_t *pd_picture_svg_load    (const char   *data,
                                         gsize         length,
                                         const char   *name,
                                         int           pixels,
                                         GError      **error);

G_END_DECLS
