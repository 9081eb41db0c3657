/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-geometry.h"

G_BEGIN_DECLS

/* For the scene's shapes, colours and routes. */

/* @amount of the way from @a to @b. */
PdColor pd_color_mix           (const PdColor *a,
                                const PdColor *b,
                                double         amount);

/* How far the segment runs inside @rect (0 when outside or along an
 * edge). */
double  pd_rect_segment_length (const PdRect *rect,
                                double x1, double y1, double x2, double y2);

void    pd_path_close          (PdPath *path);
void    pd_path_rectangle      (PdPath *path, double x, double y, double w, double h);
void    pd_path_rounded_rect   (PdPath *path, double x, double y, double w, double h,
                                double radius);
void    pd_path_circle         (PdPath *path, double cx, double cy, double radius);

G_END_DECLS
