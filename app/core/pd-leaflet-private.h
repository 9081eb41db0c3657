/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "pd-leaflet.h"

G_BEGIN_DECLS

/* Plain sans serif faces like Arial (EASYREAD.md rule 2). */
#define PD_LEAFLET_FONT_FAMILY "Liberation Sans,Arial,DejaVu Sans,sans-serif"

/* @text laid out as the leaflet lays out words: @size points, left
 * aligned, wrapped at @width without hyphens, @line_spacing apart. */
PangoLayout *pd_leaflet_layout_text (PangoContext *context,
                                     const char   *text,
                                     double        size,
                                     gboolean      bold,
                                     double        width,
                                     double        line_spacing);

G_END_DECLS
