/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "pd-pdf-tags.h"
#include "pd-scene.h"

G_BEGIN_DECLS

/* Draws a scene with cairo: the canvas, PNG, PDF and printing all use this. */

typedef enum {
  PD_PAGE_DIAGRAM,   /* one page the size of the diagram */
  PD_PAGE_A4,        /* A4 landscape, the diagram fitted */
  PD_PAGE_A3,        /* A3 landscape, the diagram fitted */
} PdPageSize;

/* The largest PNG side, in pixels. */
#define PD_PAINTER_MAX_PIXELS 32000

/* Starts a new path on @cr and traces @path in it. */
void    pd_painter_trace_path (cairo_t      *cr,
                               const PdPath *path);
/* Draws @scene in scene coordinates on @cr (whose transformation the
 * caller sets). */
void    pd_painter_draw       (PdScene    *scene,
                               cairo_t    *cr);
/* The same, with text drawn as glyph outlines when @text_as_outlines (as
 * librsvg draws SVG text) or as text (selectable in a PDF). */
void    pd_painter_draw_full  (PdScene    *scene,
                               cairo_t    *cr,
                               gboolean    text_as_outlines);
/* Draws @scene but for the groups of the objects in the set @skip (ids;
 * (element-type utf8 utf8) (nullable)):
 * what stays still while those objects are dragged. */
void    pd_painter_draw_except (PdScene    *scene,
                                cairo_t    *cr,
                                GHashTable *skip);
/* The language of a diagram's texts: a pathway's own texts are English,
 * other languages are translations of them (pd-translations.h). */
#define PD_PAINTER_DIAGRAM_LANGUAGE "en"
/* Returns: (transfer full) (nullable), NULL with @error set. */
GBytes *pd_painter_render_png (PdScene    *scene,
                               double      scale,
                               GError    **error);
/* A cairo_write_func_t appending to the GByteArray @closure. */
cairo_status_t pd_painter_append_bytes (void                *closure,
                                        const unsigned char *data,
                                        unsigned int         length);
/* @surface as PNG bytes: (transfer full) (nullable). */
GBytes  *pd_painter_png_bytes  (cairo_surface_t *surface);
/* A PDF surface of @width × @height points writing into @out, with
 * @title (nullable) and the program as its creator: (transfer full);
 * @out (transfer none) must outlive it. */
cairo_surface_t *pd_painter_pdf_surface_new (GByteArray *out,
                                             double      width,
                                             double      height,
                                             const char *title);
/* Finishes and destroys @surface ((transfer full)): @out's bytes, or NULL
 * with @error (and @out freed): @out (transfer full); returns
 * (transfer full) (nullable). */
GBytes  *pd_painter_pdf_finish (cairo_surface_t *surface,
                                GByteArray      *out,
                                GError         **error);

G_END_DECLS
