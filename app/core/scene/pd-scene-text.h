/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "pd-scene.h"

G_BEGIN_DECLS

/* Lays out text into lines with Pango, measured with the scene's font and
 * unhinted metrics, so that the same lines fit on screen, on paper and in
 * a browser. */
typedef struct _PdTextLayouter PdTextLayouter;

typedef enum {
  PD_ALIGN_START,
  PD_ALIGN_CENTER,
} PdAlign;

/* Returns: (transfer full). */
PdTextLayouter *pd_text_layouter_new  (void);
void            pd_text_layouter_free (PdTextLayouter *layouter);
/* The calling thread's layouter, which keeps the layouts it made: use it
 * from one thread only, as Pango's default font map. (transfer none). */
PdTextLayouter *pd_text_layouter_get_default (void);

/* A text shape of @text wrapped to @width (no wrapping when 0), at most
 * @max_lines lines (0: any; the last one ends with "…" when cut), its first
 * line's top at @y. @height: (out) (nullable) receives the height of the
 * lines. Returns: (transfer full). */
PdShape *pd_text_layouter_layout (PdTextLayouter *layouter,
                                  const char     *text,
                                  double          font_size,
                                  gboolean        bold,
                                  PdColor         color,
                                  double          x,
                                  double          y,
                                  double          width,
                                  guint           max_lines,
                                  PdAlign         align,
                                  double         *height);
/* @text (one clean line) laid out, kept for drawing it again: the
 * layouter owns it: (transfer none). */
PangoLayout *pd_text_layouter_line (PdTextLayouter *layouter,
                                    const char     *text,
                                    double          font_size,
                                    gboolean        bold);
/* The advance of @text on one line. */
double   pd_text_layouter_measure (PdTextLayouter *layouter,
                                   const char     *text,
                                   double          font_size,
                                   gboolean        bold);

/* @text made fit for any output: valid UTF-8, no control characters other
 * than newlines (tabs become spaces). @text (nullable); returns
 * (transfer full), "" for NULL. */
char    *pd_text_clean (const char *text);

/* Accepts NULL. */
void     pd_shape_free (PdShape *shape);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTextLayouter, pd_text_layouter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdShape, pd_shape_free)

G_END_DECLS
