/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-scene.h"
#include "pd-rect-index-private.h"
#include "pd-scene-text.h"

G_BEGIN_DECLS

/* Room round the diagram, in px at 100%; its parts' sizes are in
 * pd-scene-style.h. */
#define PD_SCENE_MARGIN 24.0
/* Steps are filed as obstacles to lines this much inside their box: a line
 * may clip a box's corner by less, where steps are rounded or cut. */
#define PD_SCENE_OBSTACLE_INSET 3.0

/* A node's look: its colours chosen so that text is readable (WCAG 4.5:1). */
typedef struct {
  PdColor fill;
  PdColor stroke;
  PdColor text;
  double  dash[2];
} PdNodeStyle;

/* A straight piece of a transition's way, to keep others and labels off
 * it. */
typedef struct {
  double x1, y1, x2, y2;
  guint  edge;          /* the transition's number in the builder */
} PdRouteSegment;

typedef struct {
  PdDocument     *document;
  PdScene        *scene;
  PdTextLayouter *text;
  PdSceneOptions  options;
  GHashTable     *node_rects;          /* id → PdRect: each step's box as drawn */
  GHashTable     *node_kinds_used;     /* PdNodeKind + 1 */
  GHashTable     *edge_kinds_used;     /* PdEdgeKind + 1 */
  GHashTable     *agencies_used;       /* id */
  PdRectIndex    *obstacles;           /* steps and placed labels */
  PdRectIndex    *node_obstacles;      /* steps, a little inset, for routing */
  GHashTable     *linked_pairs;
  PdRouting       routing;             /* of transitions */
  PdRectIndex    *route_index;         /* the bounds of every PdRouteSegment */
  GArray         *route_segments;      /* of PdRouteSegment, in the index's order */
  GPtrArray      *pending_labels;      /* labels placed once every way is known */
  guint           n_edges_built;        /* "from\nto" of every edge, to offset parallels */
  GHashTable     *ports;               /* edge id → PdScenePorts, where ends spread */
  GHashTable     *heads;               /* PdNode → its arrowheads' tips so far (x, y) */
  GHashTable     *starts;              /* PdNode → where its lines start so far (x, y) */
  gboolean        has_planned;
  gboolean        has_not_offered;
} PdSceneBuilder;

PdGroup *pd_group_new          (PdGroupKind  kind,
                                const char  *id,
                                const char  *css_class,
                                const char  *title);
void     pd_group_add_shape    (PdGroup     *group,
                                PdShape     *shape);
void     pd_group_free         (PdGroup     *group);
PdShape *pd_shape_new_path     (PdPath      *path,
                                PdColor      fill,
                                PdColor      stroke,
                                double       line_width);

PdNodeStyle pd_node_style      (PdDocument  *document,
                                PdNode      *node);
/* @node's box as the scene draws it: its own, or taller to hold its
 * details when they are shown. */
PdRect   pd_scene_node_rect    (PdSceneBuilder *builder,
                                PdNode         *node);
/* The height @node's box needs to show its title, tags and details. */
double   pd_scene_node_height  (PdSceneBuilder *builder,
                                PdNode         *node);
/* The outline of a step of @kind in the box @x, @y, @w, @h. */
PdPath  *pd_node_shape_path    (PdNodeKind   kind,
                                double x, double y, double w, double h);
/* Where the line from the centre of @rect, the box of a step of @kind,
 * towards (@tx, @ty) leaves it. */
void     pd_node_border_point  (PdNodeKind    kind,
                                const PdRect *rect,
                                double       tx,
                                double       ty,
                                double      *x,
                                double      *y);
PdShape *pd_badge_new          (PdTextLayouter *text,
                                double       cx,
                                double       cy,
                                const char  *cue);

PdGroup *pd_scene_build_node   (PdSceneBuilder *builder,
                                PdNode         *node);
PdGroup *pd_scene_build_edge   (PdSceneBuilder *builder,
                                PdEdge         *edge);
void     pd_scene_build_edge_sample (PdSceneBuilder *builder,
                                     PdGroup        *group,
                                     PdEdgeKind      kind,
                                     double x1, double y1, double x2, double y2);
/* Places the labels of the transitions built so far, clear of steps, of
 * each other and, where there is room, of other transitions' lines. */
void     pd_scene_place_edge_labels (PdSceneBuilder *builder);
void     pd_scene_pending_label_free (gpointer        pending);
PdGroup *pd_scene_build_title_block (PdSceneBuilder *builder,
                                     const PdRect   *diagram);
PdGroup *pd_scene_build_legend      (PdSceneBuilder *builder,
                                     const PdRect   *diagram);
/* Where a box @width × @height, @pad clear of every step, transition's
 * line and label and lane's name of @scene, fits inside @within: its top
 * left corner in @x and @y, the lowest place found and the rightmost at
 * that height. FALSE when there is none. */
gboolean pd_scene_find_free_room    (PdScene        *scene,
                                     const PdRect   *within,
                                     double          width,
                                     double          height,
                                     double          pad,
                                     double         *x,
                                     double         *y);
/* The bands of the agencies' lanes, when the document draws them: drawn
 * first, behind the steps. */
GPtrArray *pd_scene_build_lanes     (PdSceneBuilder *builder,
                                     const PdRect   *diagram);

/* Adds the marks of options.compare to the steps built and the ghosts of
 * the removed ones, growing @diagram to hold them (pd-scene-compare.c). */
void       pd_scene_add_compare_marks (PdSceneBuilder *builder,
                                       PdScene        *scene,
                                       PdRect         *diagram);
/* The marks alone, without the ghosts: for the steps a drag draws anew
 * over the rest, which keeps its ghosts. */
void       pd_scene_add_compare_step_marks (PdSceneBuilder *builder,
                                            PdScene        *scene,
                                            PdRect         *diagram);
/* Turns @scene's colours and lines to high contrast, in place
 * (pd-scene-contrast.c). */
void       pd_scene_make_high_contrast (PdScene *scene);

G_END_DECLS
