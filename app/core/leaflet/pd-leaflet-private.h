/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "pd-leaflet.h"
#include "pd-node.h"
#include "pd-pdf-tags.h"

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

/* What picture @name shows, as alternative text, and the language that is
 * said in (@lang NULL: the leaflet's); as pd_leaflet_draw_picture() draws
 * it, "person" for a picture that is not there. */
char        *pd_leaflet_picture_alt  (PdLeaflet    *leaflet,
                                      const char   *name,
                                      const char  **lang);

/* The structure a tagged PDF gives a leaflet's boxes (pd-leaflet-tags.c),
 * begun before each box is drawn and ended after it. */
typedef struct {
  PdLeaflet *leaflet;
  PdPdfTags *tags;      /* NULL: not tagged */
  int        row;       /* of the box before */
  gboolean   leaf;      /* an element was begun for the box being drawn */
} PdLeafletTagging;

void         pd_leaflet_tags_before  (PdLeafletTagging    *tagging,
                                      cairo_t             *cr,
                                      const PdLeafletPage *page,
                                      guint                box);
void         pd_leaflet_tags_after   (PdLeafletTagging    *tagging,
                                      cairo_t             *cr);
/* Ends every element still open, the document's too. */
void         pd_leaflet_tags_end     (PdLeafletTagging    *tagging,
                                      cairo_t             *cr);

/* Helpers of the leaflet's other parts that only composing it calls. */

/* The title of @node in @lang, or in English when it has no title in
 * @lang (pd-journey.c): (transfer full). */
char        *pd_journey_title_for    (PdNode     *node,
                                      const char *lang);
/* Where the pictures come from, in @lang (pd-pictograms.c): (transfer none). */
const char  *pd_pictograms_attribution_for (const char *lang);
/* Whether @name names a file inside a folder: relative, every part a name
 * (no "..", no empty part), nothing a URL or another system would read as
 * a root (pd-picture.c). */
gboolean     pd_picture_is_folder_name (const char *name);

G_END_DECLS
