/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-geometry.h"
#include "pd-scene.h"

G_BEGIN_DECLS

/* How a diagram goes on paper: one page when it fits at a readable size,
 * else tiles that overlap a little, to be trimmed and taped together. */

/* No text on paper smaller than this, in points. */
#define PD_TILES_MIN_TEXT_PT 8.0
/* Neighbouring tiles share this much of the diagram, in points (6 mm). */
#define PD_TILES_OVERLAP_PT 17.0

typedef struct {
  double scale;          /* points on paper per scene pixel */
  guint  columns;
  guint  rows;
  double step_width;     /* scene pixels from one tile's left edge to the next's */
  double step_height;
  double tile_width;     /* scene pixels one tile shows (step + overlap) */
  double tile_height;
  double overlap;        /* scene pixels shared by neighbours */
  PdRect bounds;         /* of the diagram */
} PdTiling;

/* Plans @bounds (scene pixels, whose smallest text is @smallest_text
 * pixels) on printable areas of @area_width × @area_height points: the
 * scale never puts text below @min_text_pt, is no larger than print size
 * (0.75 pt a pixel) unless that would, and the grid is as small as that
 * scale allows. With @fit, one page whatever the text size. FALSE for an
 * empty diagram or area. @tiling: (out caller-allocates). */
gboolean pd_tiles_plan        (const PdRect *bounds,
                               double        smallest_text,
                               double        area_width,
                               double        area_height,
                               double        min_text_pt,
                               gboolean      fit,
                               PdTiling     *tiling);
guint    pd_tiles_count       (const PdTiling *tiling);
/* The part of the diagram tile @index (row by row from 0) shows, in scene
 * pixels; the last row and column may reach past the diagram. @area: (out
 * caller-allocates). */
void     pd_tiles_get_area    (const PdTiling *tiling,
                               guint           index,
                               PdRect         *area);
/* The smallest text in @scene, in pixels; 0 when it has none. */
double   pd_tiles_smallest_text (PdScene *scene);

G_END_DECLS
