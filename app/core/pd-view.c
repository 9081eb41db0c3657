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
