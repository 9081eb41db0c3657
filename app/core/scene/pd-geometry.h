/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} PdRect;

/* Components from 0 to 1. */
typedef struct {
  double red, green, blue, alpha;
} PdColor;

#define PD_COLOR_NONE ((PdColor) { 0, 0, 0, 0 })
#define PD_COLOR_BLACK ((PdColor) { 0, 0, 0, 1 })
#define PD_COLOR_WHITE ((PdColor) { 1, 1, 1, 1 })

/* "#RRGGBB" (@text (nullable)); FALSE (and mid grey) when it is not one.
 * @color: (out). */
gboolean pd_color_parse         (const char *text,
                                 PdColor    *color);
/* "#rrggbb", for SVG: (transfer full). */
char    *pd_color_to_hex        (const PdColor *color);
/* WCAG relative luminance and contrast ratio (1 to 21). The luminance is
 * public only for the tests. */
double   pd_color_luminance     (const PdColor *color);
double   pd_color_contrast      (const PdColor *a,
                                 const PdColor *b);

void     pd_rect_union          (PdRect       *rect,
                                 const PdRect *other);
gboolean pd_rect_is_empty       (const PdRect *rect);
/* @rect with @by added on every side (taken off when negative). */
PdRect   pd_rect_grown          (const PdRect *rect,
                                 double        by);

/* A path of lines and cubic curves, drawn the same by every painter. */
typedef enum {
  PD_PATH_MOVE_TO,
  PD_PATH_LINE_TO,
  PD_PATH_CURVE_TO,
  PD_PATH_CLOSE,
} PdPathOp;

typedef struct {
  PdPathOp op;
  double points[6];   /* x, y (and two control points first for curves) */
} PdPathSegment;

typedef struct {
  GArray *segments;   /* of PdPathSegment */
} PdPath;

/* Returns: (transfer full); free accepts NULL. */
PdPath  *pd_path_new            (void);
void     pd_path_free           (PdPath *path);
/* Public only for the tests, which draw paths of their own. */
void     pd_path_move_to        (PdPath *path, double x, double y);
void     pd_path_line_to        (PdPath *path, double x, double y);
void     pd_path_curve_to       (PdPath *path,
                                 double x1, double y1,
                                 double x2, double y2,
                                 double x3, double y3);
/* How many points (x, y pairs) @segment holds: 3 for a curve, 0 for a
 * close, else 1. */
guint    pd_path_segment_n_points (const PdPathSegment *segment);
/* SVG path data ("M 1 2 L 3 4 Z"), numbers with g_ascii_formatd:
 * (transfer full). */
char    *pd_path_to_svg         (const PdPath *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPath, pd_path_free)

G_END_DECLS
