/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "pd-leaflet.h"
#include "pd-node.h"

G_BEGIN_DECLS

/* Plain sans serif faces like Arial (EASYREAD.md rule 2). */
#define PD_LEAFLET_FONT_FAMILY "Liberation Sans,Arial,DejaVu Sans,sans-serif"

/* @text laid out as @leaflet lays out words: @size points in its
 * language's fonts, aligned to the start of its lines (left, or right in a
 * right-to-left language), wrapped at @width without hyphens, its line
 * spacing apart. */
PangoLayout *pd_leaflet_layout_text (PangoContext    *context,
                                     const PdLeaflet *leaflet,
                                     const char      *text,
                                     double           size,
                                     gboolean         bold,
                                     double           width);

/* Whether @name is a path to an image of the user's own: relative, within
 * the pathway's folder (no ".."), a PNG, JPEG or SVG. */
gboolean     pd_leaflet_is_own_picture (const char *name);
/* Draws picture @name (a pictogram, or an image of the user's own that
 * was read and checked when the leaflet was composed) into @x, @y, @size
 * square on @cr; FALSE when it is neither. */
gboolean     pd_leaflet_draw_picture (PdLeaflet    *leaflet,
                                      const char   *name,
                                      cairo_t      *cr,
                                      double        x,
                                      double        y,
                                      double        size);

G_END_DECLS
