/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-geometry.h"

G_BEGIN_DECLS

/* How a view shows the diagram: document point (origin_x, origin_y) is at
 * content pixel (0, 0), content is scaled by @zoom, and the content pixel
 * (scroll_x, scroll_y) is at the view's top left corner. */
typedef struct {
  double zoom;
  double origin_x, origin_y;
  double scroll_x, scroll_y;
} PdView;

#define PD_VIEW_MIN_ZOOM 0.05
#define PD_VIEW_MAX_ZOOM 4.0

void   pd_view_to_document (const PdView *view,
                            double        view_x,
                            double        view_y,
                            double       *x,
                            double       *y);
void   pd_view_to_view     (const PdView *view,
                            double        x,
                            double        y,
                            double       *view_x,
                            double       *view_y);
/* Zooms to @zoom (clamped) keeping the document point under (@view_x,
 * @view_y) where it is, as Ctrl+scroll and pinching do. */
void   pd_view_zoom_at     (PdView       *view,
                            double        zoom,
                            double        view_x,
                            double        view_y);
/* The view point that zooming from the keyboard keeps where it is, in a
 * @width × @height view: the centre of @selection (in the document; NULL
 * or empty: nothing selected) when it shows, else the centre of the part
 * of @diagram that shows, else the view's centre. So the view never zooms
 * into empty paper beside the diagram. @view_x, @view_y: (out). */
void   pd_view_zoom_anchor (const PdView *view,
                            double        width,
                            double        height,
                            const PdRect *diagram,
                            const PdRect *selection,
                            double       *view_x,
                            double       *view_y);
/* The zoom at which @bounds fits a @width × @height view with @margin
 * pixels around it, clamped, and never above 100%. */
double pd_view_fit_zoom    (const PdRect *bounds,
                            double        width,
                            double        height,
                            double        margin);
/* @value to the nearest multiple of @grid (unchanged when @grid is 0). */
double pd_view_snap        (double        value,
                            double        grid);

G_END_DECLS
