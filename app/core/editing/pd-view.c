/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-view.h"

void
pd_view_to_document (const PdView *view,
                     double        view_x,
                     double        view_y,
                     double       *x,
                     double       *y)
{
  *x = (view_x + view->scroll_x) / view->zoom + view->origin_x;
  *y = (view_y + view->scroll_y) / view->zoom + view->origin_y;
}

void
pd_view_to_view (const PdView *view,
                 double        x,
                 double        y,
                 double       *view_x,
                 double       *view_y)
{
  *view_x = (x - view->origin_x) * view->zoom - view->scroll_x;
  *view_y = (y - view->origin_y) * view->zoom - view->scroll_y;
}

void
pd_view_zoom_at (PdView *view,
                 double  zoom,
                 double  view_x,
                 double  view_y)
{
  double x, y;

  pd_view_to_document (view, view_x, view_y, &x, &y);
  view->zoom = CLAMP (zoom, PD_VIEW_MIN_ZOOM, PD_VIEW_MAX_ZOOM);
  view->scroll_x = (x - view->origin_x) * view->zoom - view_x;
  view->scroll_y = (y - view->origin_y) * view->zoom - view_y;
}

void
pd_view_zoom_anchor (const PdView *view,
                     double        width,
                     double        height,
                     const PdRect *diagram,
                     const PdRect *selection,
                     double       *view_x,
                     double       *view_y)
{
  double x0, y0, x1, y1;

  if (selection && !pd_rect_is_empty (selection))
    {
      pd_view_to_view (view, selection->x + selection->width / 2,
                       selection->y + selection->height / 2, view_x, view_y);
      if (*view_x >= 0 && *view_x <= width && *view_y >= 0 && *view_y <= height)
        return;
    }
  *view_x = width / 2;
  *view_y = height / 2;
  if (diagram == NULL)
    return;
  /* The part of the diagram in view. */
  pd_view_to_document (view, 0, 0, &x0, &y0);
  pd_view_to_document (view, width, height, &x1, &y1);
  x0 = MAX (x0, diagram->x);
  y0 = MAX (y0, diagram->y);
  x1 = MIN (x1, diagram->x + diagram->width);
  y1 = MIN (y1, diagram->y + diagram->height);
  if (x0 < x1 && y0 < y1)
    pd_view_to_view (view, (x0 + x1) / 2, (y0 + y1) / 2, view_x, view_y);
}

double
pd_view_fit_zoom (const PdRect *bounds,
                  double        width,
                  double        height,
                  double        margin)
{
  double zx, zy;

  if (bounds->width <= 0 || bounds->height <= 0)
    return 1.0;
  zx = (width - 2 * margin) / bounds->width;
  zy = (height - 2 * margin) / bounds->height;
  return CLAMP (MIN (MIN (zx, zy), 1.0), PD_VIEW_MIN_ZOOM, PD_VIEW_MAX_ZOOM);
}

double
pd_view_snap (double value,
              double grid)
{
  return grid > 0 ? round (value / grid) * grid : value;
}
