/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-edge.h"
#include "pd-node.h"
#include "pd-scene.h"

G_BEGIN_DECLS

/* What lies under a point of the diagram, in document coordinates: what a
 * click, a drag or a rubber band means. */

/* The topmost step at (@x, @y) (the last drawn): (transfer none)
 * (nullable). The objects these return are @document's. */
PdNode    *pd_hit_node          (PdDocument   *document,
                                 double        x,
                                 double        y);
/* The box @scene draws @node in: taller than its own when it shows the
 * step's details; its own when @scene (NULL) does not draw it. */
PdRect     pd_hit_node_box      (PdScene      *scene,
                                 PdNode       *node);
/* As pd_hit_node(), with the steps' boxes as @scene (nullable) draws them:
 * (transfer none) (nullable). */
PdNode    *pd_hit_node_drawn    (PdDocument   *document,
                                 PdScene      *scene,
                                 double        x,
                                 double        y);
/* The transition whose line or label is within @tolerance of (@x, @y),
 * the nearest when several are: (transfer none) (nullable). Uses the routes
 * of @scene. */
PdEdge    *pd_hit_edge          (PdDocument   *document,
                                 PdScene      *scene,
                                 double        x,
                                 double        y,
                                 double        tolerance);
/* The ids of the steps wholly inside @rect, in document order:
 * (transfer full) (element-type utf8), copies. */
GPtrArray *pd_hit_nodes_in_rect (PdDocument   *document,
                                 const PdRect *rect);

/* The handles drawn on a selected step. */
typedef enum {
  PD_HANDLE_NONE,
  PD_HANDLE_RESIZE,          /* bottom right corner: drag to resize */
  /* The middle of each side: drag to another step. */
  PD_HANDLE_CONNECT_TOP,
  PD_HANDLE_CONNECT_RIGHT,
  PD_HANDLE_CONNECT_BOTTOM,
  PD_HANDLE_CONNECT_LEFT,
} PdHandle;

#define PD_HANDLE_IS_CONNECT(handle) \
  ((handle) >= PD_HANDLE_CONNECT_TOP && (handle) <= PD_HANDLE_CONNECT_LEFT)

/* Where @handle of @node is drawn: @x, @y (out). */
void       pd_hit_handle_position (PdNode  *node,
                                   PdHandle handle,
                                   double  *x,
                                   double  *y);
/* The same on the box @scene draws @node in (pd_hit_node_box()). */
void       pd_hit_handle_position_drawn (PdScene *scene,
                                         PdNode  *node,
                                         PdHandle handle,
                                         double  *x,
                                         double  *y);
/* The handle of @node within @radius of (@x, @y), the nearest when
 * several are (on a small step, or zoomed out, they come close). */
PdHandle   pd_hit_handle        (PdNode       *node,
                                 double        x,
                                 double        y,
                                 double        radius);
/* The same on the box @scene draws @node in. */
PdHandle   pd_hit_handle_drawn  (PdScene      *scene,
                                 PdNode       *node,
                                 double        x,
                                 double        y,
                                 double        radius);

/* The distance from (@x, @y) to @path, curves flattened. */
double     pd_path_distance     (const PdPath *path,
                                 double        x,
                                 double        y);

/* The rectangle round every point of @path, control points included: a
 * curve stays inside it. Empty for an empty path. */
PdRect     pd_path_hull         (const PdPath *path);

G_END_DECLS
