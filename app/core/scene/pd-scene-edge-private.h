/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-scene-private.h"

G_BEGIN_DECLS

/* The parts of drawing a transition: its way (pd-scene-edge-route.c), its
 * line and arrowhead (pd-scene-edge.c) and its label, placed once every
 * line is in (pd-scene-edge-label.c). */

/* The way a transition goes: straight, a curve bowed round the steps a
 * straight line would cross (a quadratic Bézier through control point q),
 * or through the corners of @points (x, y pairs, first and last at the
 * ends), drawn square or smooth. */
typedef struct {
  double x1, y1;
  double x2, y2;
  double qx, qy;
  gboolean curved;
  GArray *points;
  GArray *obstacles;   /* the steps near a polyline way (PdRect) */
  gboolean smooth;
} PdSceneRoute;

/* Where a transition's ends are on its steps' borders, when several
 * lines meet the same side of a step: [0] its start, [1] its end. */
typedef struct {
  gboolean has[2];
  double   x[2], y[2];
} PdScenePorts;

/* pd-scene-edge-ports.c: the ports of @edges ((element-type PdEdge)),
 * by edge id: spread along each side that three or more lines meet, in the
 * order of their other ends. (transfer full) */
GHashTable *pd_scene_plan_ports      (PdSceneBuilder     *builder,
                                      GPtrArray          *edges);

/* Whether a transition runs back the other way between @edge's steps:
 * the two are drawn a little apart. */
gboolean    pd_scene_edge_runs_both_ways (PdSceneBuilder *builder,
                                          PdEdge         *edge);

/* pd-scene-edge-heads.c: @route's head moved along its side of @to when
 * it would land on an arrowhead drawn into @to already, where it then
 * runs through no more of the steps; a square or smooth way that cannot
 * move so (into a diamond's tip) planned again to another side of @to
 * where none lands. The head filed, for the lines into @to after it. */
void        pd_scene_spread_head     (PdSceneBuilder     *builder,
                                      PdEdge             *edge,
                                      PdNode             *from,
                                      PdNode             *to,
                                      PdSceneRoute       *route);

/* The sides of @node (PdRouteSide bits) where an arrowhead drawn into it
 * already meets the middle: a square way leaves by another. */
guint       pd_scene_head_sides      (PdSceneBuilder     *builder,
                                      PdNode             *node);

/* A square (or @smooth) way for @edge round the steps near @from and @to
 * into @route, leaving @from by none of pd_scene_head_sides() and ending
 * on none of @to's sides in @closed (PdRouteSide bits); FALSE, @route
 * untouched, when there is none in reach. */
gboolean    pd_scene_route_around    (PdSceneBuilder     *builder,
                                      PdEdge             *edge,
                                      PdNode             *from,
                                      PdNode             *to,
                                      gboolean            smooth,
                                      guint               closed,
                                      PdSceneRoute       *route);

/* What @measure gives for each straight piece of @route (a curve cut
 * into 12 to 48, a way's runs), added up, stopping once @enough is
 * reached; each piece is told how much is @left to reach it. */
typedef double (*PdScenePieceMeasure) (gconstpointer data,
                                       double        x1,
                                       double        y1,
                                       double        x2,
                                       double        y2,
                                       double        left);
double      pd_scene_route_measure   (const PdSceneRoute  *route,
                                      PdScenePieceMeasure  measure,
                                      gconstpointer        data,
                                      double               enough);

/* How far @route runs inside steps other than those with the boxes @a
 * and @c (nullable), as the router files the steps (a little inset),
 * counted until past @enough: a line into a diamond or a rounded step
 * runs inside its box, as it must. */
double      pd_scene_route_through_steps (PdSceneBuilder     *builder,
                                          const PdSceneRoute *route,
                                          const PdRect       *a,
                                          const PdRect       *c,
                                          double              enough);

/* The point @t (0–1) of the way, by length along a polyline, and the
 * way's unit normal there. */
void     pd_scene_route_point        (const PdSceneRoute *route,
                                      double              t,
                                      double             *x,
                                      double             *y);
void     pd_scene_route_normal       (const PdSceneRoute *route,
                                      double              t,
                                      double             *nx,
                                      double             *ny);
/* Plans @edge's way from @from to @to: square or smooth round the steps
 * in the way, else straight, else bowed. @route: (out) its arrays owned
 * by the caller. */
void     pd_scene_plan_route         (PdSceneBuilder     *builder,
                                      PdEdge             *edge,
                                      PdNode             *from,
                                      PdNode             *to,
                                      PdSceneRoute       *route);
/* Files the way's pieces for the ways and labels that come after. */
void     pd_scene_record_route       (PdSceneBuilder     *builder,
                                      const PdSceneRoute *route);
/* Whether a line of a transition other than the @edge'th runs through
 * @rect. */
gboolean pd_scene_route_meets_others (PdSceneBuilder     *builder,
                                      const PdRect       *rect,
                                      guint               edge);
/* @label (transfer full) (nullable) waits, with @route (its arrays taken),
 * until every line is in place. */
void     pd_scene_hold_label         (PdSceneBuilder     *builder,
                                      PdGroup            *group,
                                      PdSceneRoute       *route,
                                      char               *label);

G_END_DECLS
