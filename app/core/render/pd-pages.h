/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "pd-pdf-tags.h"
#include "pd-scene.h"
#include "pd-tiles.h"

G_BEGIN_DECLS

/* A diagram on pages of paper, for printing and for PDF pages: one page
 * when it fits at a readable size, else an overview of the whole diagram
 * with the grid of tiles drawn on it, then the tiles, each with its label,
 * corner marks and the lines where its neighbours' parts begin. */

/* The band under each page's drawing that holds the label, in points. */
#define PD_PAGES_LABEL_PT 16.0

/* Plans @scene on printable areas of @width × @height points; @tiling:
 * (out caller-allocates). */
gboolean pd_pages_plan  (PdScene  *scene,
                         double    width,
                         double    height,
                         gboolean  fit,
                         PdTiling *tiling);
/* The number of pages: the tiles, and an overview first when more than one. */
guint    pd_pages_count (const PdTiling *tiling);
/* Draws page @page (from 0) on @cr, whose origin is the printable area's
 * top left corner, in points. */
void     pd_pages_draw  (PdScene        *scene,
                         const PdTiling *tiling,
                         cairo_t        *cr,
                         double          width,
                         double          height,
                         guint           page);
/* The same on a PDF surface, its structure tagged with @tags as
 * pd_pages_render_pdf() tags it: the caller begins the "Document" element
 * before the first page and ends it on the last. @tags: (nullable). */
void     pd_pages_draw_tagged (PdScene        *scene,
                               const PdTiling *tiling,
                               cairo_t        *cr,
                               double          width,
                               double          height,
                               guint           page,
                               PdPdfTags      *tags);
/* A PDF of @page_width × @page_height points with a margin:
 * (transfer full) (nullable), NULL with @error set. */
GBytes  *pd_pages_render_pdf (PdScene  *scene,
                              double    page_width,
                              double    page_height,
                              gboolean  fit,
                              GError  **error);

G_END_DECLS
