/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_CANVAS (pd_canvas_get_type ())
G_DECLARE_FINAL_TYPE (PdCanvas, pd_canvas, PD, CANVAS, GtkWidget)

/* Draws a document's scene, the same scene every export draws. It holds no
 * document state: it rebuilds its drawing when the document changes. */
GtkWidget  *pd_canvas_new          (void);
void        pd_canvas_set_document (PdCanvas   *self,
                                    PdDocument *document);
PdDocument *pd_canvas_get_document (PdCanvas   *self);
double      pd_canvas_get_zoom     (PdCanvas   *self);
void        pd_canvas_set_zoom     (PdCanvas   *self,
                                    double      zoom);

G_END_DECLS
