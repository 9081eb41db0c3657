/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pd-document.h"
#include "pd-scene-compare.h"
#include "pd-selection.h"

G_BEGIN_DECLS

#define PD_TYPE_CANVAS (pd_canvas_get_type ())
G_DECLARE_FINAL_TYPE (PdCanvas, pd_canvas, PD, CANVAS, GtkWidget)

/* Draws a document's scene, the same scene every export draws, and turns
 * gestures into the document's editing commands. It holds no document
 * state: it rebuilds its drawing when the document changes. It scrolls
 * (GtkScrollable) inside a GtkScrolledWindow. */
/* What a palette button dragged onto the canvas carries, before the
 * kind's nick: the canvas adds a step of that kind where it is dropped. */
#define PD_CANVAS_KIND_PREFIX "pathway-kind:"

GtkWidget   *pd_canvas_new           (void);
void         pd_canvas_set_document  (PdCanvas   *self,
                                      PdDocument *document);
/* What is selected; shared with the panels that follow the selection. */
PdSelection *pd_canvas_get_selection (PdCanvas   *self);
double       pd_canvas_get_zoom      (PdCanvas   *self);
/* Zooms about the selection when it shows, else about the middle of the
 * part of the diagram in view (see pd_view_zoom_anchor()). */
void         pd_canvas_set_zoom      (PdCanvas   *self,
                                      double      zoom);
/* Shows the whole diagram (never magnified past 100%). */
void         pd_canvas_zoom_to_fit   (PdCanvas   *self);
/* Snapping of moves, resizes and new steps to a grid of @grid units
 * (0: off). */
void         pd_canvas_set_grid      (PdCanvas   *self,
                                      double      grid);
double       pd_canvas_get_grid      (PdCanvas   *self);
/* The document point in the middle of the view. */
void         pd_canvas_get_center    (PdCanvas   *self,
                                      double     *x,
                                      double     *y);
/* Scrolls as little as needed for the step or transition @id to show. */
void         pd_canvas_reveal        (PdCanvas   *self,
                                      const char *id);
/* Zooms in on the step @id, large enough to read on a projector, and
 * centres it in the view above @bottom_inset pixels (a caption). */
void         pd_canvas_show_large    (PdCanvas   *self,
                                      const char *id,
                                      double      bottom_inset);
/* Presenting: the selected step ringed thickly, without handles. */
void         pd_canvas_set_spotlight (PdCanvas   *self,
                                      gboolean    spotlight);
/* Each step's duration, sessions and staff role under its title. */
void         pd_canvas_set_details   (PdCanvas   *self,
                                      gboolean    details);
gboolean     pd_canvas_get_details   (PdCanvas   *self);
/* People a year on each step and transition, from the capacity model,
 * worked out again whenever the pathway changes. */
void         pd_canvas_set_flow      (PdCanvas   *self,
                                      gboolean    flow);
gboolean     pd_canvas_get_flow      (PdCanvas   *self);
/* Why people a year are asked for but not shown (the "flow-problem"
 * property): (transfer none) (nullable), NULL when they are shown or not
 * asked for. */
const char  *pd_canvas_get_flow_problem (PdCanvas *self);
/* Black, heavier lines and no pale tints; follows the system's high
 * contrast setting. */
void         pd_canvas_set_high_contrast (PdCanvas *self,
                                          gboolean  high_contrast);
gboolean     pd_canvas_get_high_contrast (PdCanvas *self);
/* Opens the in-place title editor on step @id; Enter or leaving it
 * renames the step (one undo step), Escape does not. */
void         pd_canvas_rename        (PdCanvas   *self,
                                      const char *id);
gboolean     pd_canvas_is_renaming   (PdCanvas   *self);
/* Adds a step of @kind centred near (@x, @y) of the widget, on the grid,
 * selects it and opens its title: what a double-click or a drop does. */
void         pd_canvas_add_step_at   (PdCanvas   *self,
                                      PdNodeKind  kind,
                                      double      x,
                                      double      y);
GtkWidget   *pd_canvas_get_rename_entry (PdCanvas *self);
void         pd_canvas_finish_rename (PdCanvas   *self,
                                      gboolean    apply);

/* Compare With…: draws the marks of @compare ((transfer full)
 * (nullable): NULL removes them) and adds @summary ((nullable)) to what the
 * canvas tells a screen reader. The getter: (transfer none) (nullable). */
void         pd_canvas_set_compare   (PdCanvas       *self,
                                      PdSceneCompare *compare,
                                      const char     *summary);
const PdSceneCompare *pd_canvas_get_compare (PdCanvas *self);
/* Tells a screen reader @notice, what a command just did ("Tidied: 3
 * steps moved, 4 crossings"), at once and before what the canvas says of
 * the pathway, until the pathway or the selection changes. */
void         pd_canvas_announce      (PdCanvas   *self,
                                      const char *notice);

G_END_DECLS
