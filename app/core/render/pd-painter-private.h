/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-painter.h"

G_BEGIN_DECLS

/* For the pages of paper and the exports of render/. */

/* The same, tagged with @tags for a PDF's structure (pd-pdf-tags.h): the
 * groups whose centre is in @owned (all when NULL) in the order they are
 * drawn, the others drawn out of it, their text as outlines, so that what
 * several pages show is read once. */
void    pd_painter_draw_tagged (PdScene      *scene,
                                cairo_t      *cr,
                                PdPdfTags    *tags,
                                const PdRect *owned);
/* Sets on @cr the text rendering the scene was measured with. */
void    pd_painter_set_text_options (cairo_t *cr);
/* Returns: (transfer full) (nullable), NULL with @error set. */
GBytes *pd_painter_render_pdf (PdScene    *scene,
                               PdPageSize  page,
                               GError    **error);

G_END_DECLS
