/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-geometry.h"

G_BEGIN_DECLS

/* Ways for transitions that keep clear of the steps in between. Points
 * are x, y pairs of doubles in a GArray; obstacles a GArray of PdRect. */

/* The way of horizontal and vertical runs, with few corners, from the
 * middle of a side of @from to the middle of a side of @to, keeping
 * @margin clear of every rectangle of @obstacles (which may hold @from
 * and @to) and staying inside @area. The first point is on @from's
 * border, the last on @to's; the runs next to them are @margin long.
 * Runs along @used (thin PdRects: other ways' segments; may be NULL) cost
 * more, so that ways keep apart where they can. The way leaves @from by
 * none of its sides in @closed_from, and ends on none of @to's in
 * @closed_to (PdRouteSide bits): another way's arrowhead is there.
 * FALSE (and @points unchanged) when there is no such way in @area.
 * @points: (element-type double) (inout), points appended; @obstacles and
 * @used: (element-type PdRect) (transfer none); @used (nullable). */
gboolean pd_route_square     (const PdRect *from,
                              const PdRect *to,
                              const GArray *obstacles,
                              const PdRect *area,
                              double        margin,
                              const GArray *used,
                              guint         closed_from,
                              guint         closed_to,
                              GArray       *points);

/* A rectangle's sides, as bits of pd_route_square()'s @closed_from and
 * @closed_to. */
typedef enum {
  PD_ROUTE_SIDE_RIGHT = 1 << 0,
  PD_ROUTE_SIDE_BOTTOM = 1 << 1,
  PD_ROUTE_SIDE_LEFT = 1 << 2,
  PD_ROUTE_SIDE_TOP = 1 << 3,
} PdRouteSide;



/* Whether the segment from (@x1, @y1) to (@x2, @y2) keeps @clearance
 * from every obstacle. */
gboolean pd_route_segment_clear (const GArray *obstacles,
                                 double        clearance,
                                 double x1, double y1, double x2, double y2);

/* Whether the segment runs through @rect. */
gboolean pd_route_segment_meets (const PdRect *rect,
                                 double x1, double y1, double x2, double y2);

G_END_DECLS
