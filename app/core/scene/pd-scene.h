/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-geometry.h"
#include "pd-scene-compare.h"
#include "pd-scene-flow.h"

G_BEGIN_DECLS

/* The scene: what a pathway looks like, as geometry, colours and laid-out
 * lines of text, with no I/O. The canvas and every export draw it, so that
 * what a workshop sees is what is published. Built with Pango for text
 * measurement, independent of any output surface. */

typedef enum {
  PD_SHAPE_PATH,
  PD_SHAPE_TEXT,
} PdShapeType;

typedef struct {
  char  *text;        /* one line, valid UTF-8, no control characters */
  double x;           /* start of the baseline */
  double y;
  double width;       /* measured advance */
} PdTextLine;

typedef struct {
  PdShapeType type;
  /* Paths */
  PdPath *path;
  PdColor fill;        /* alpha 0: none */
  PdColor stroke;      /* alpha 0: none */
  double  line_width;
  double  dash[2];     /* on, off; 0: solid */
  /* Text */
  GPtrArray *lines;    /* of PdTextLine */
  double  font_size;   /* px */
  gboolean bold;
  PdColor color;
} PdShape;

typedef enum {
  PD_GROUP_TITLE_BLOCK,
  PD_GROUP_NODE,
  PD_GROUP_EDGE,
  PD_GROUP_LEGEND,
  PD_GROUP_LANE,
} PdGroupKind;

/* A group of shapes that stands for one thing a reader can name: a step, a
 * transition, the legend. Groups are in reading order. */
typedef struct {
  PdGroupKind kind;
  char       *id;          /* unique in the scene, e.g. "step-n1" */
  char       *css_class;   /* e.g. "step kind-intervention agency-nhs offered" */
  char       *title;       /* what a screen reader says, e.g. "CBT (NHS trust)" */
  char       *object_id;   /* the node or edge id, or NULL */
  double      ends[4];     /* a transition's tail and head (x1, y1, x2, y2) */
  PdRect      bounds;
  GPtrArray  *shapes;      /* of PdShape */
} PdGroup;

typedef struct {
  char      *title;        /* the pathway's title */
  char      *description;  /* a summary for <desc> and PDF metadata */
  char      *font_family;  /* as Pango and CSS name it, with fallbacks */
  PdRect     bounds;       /* of everything, margin included */
  GPtrArray *groups;       /* of PdGroup, in drawing and reading order */
  /* pd_scene_find_group()'s index: object id → group, made at its first
   * call, again when groups have been added since. */
  GHashTable *by_object;
  guint       indexed;
} PdScene;

/* What a scene shows besides the steps, transitions, title and key. */
typedef struct {
  /* Under each step's title, how long it takes ("6 sessions · about 8
   * weeks") and who delivers it (its staff role); its box grows to fit. */
  gboolean details;
  /* For a system set to high contrast: black, heavier lines, no pale
   * tints, solid label grounds (pd_scene_make_high_contrast()). */
  gboolean high_contrast;
  /* People a year: on each step (its box grows to fit) and in each
   * transition's label, each line as wide as the square root of its share
   * of the most along any one (the style table's flow widths). NULL: not
   * shown. (transfer none): the caller keeps it while the scene is built. */
  const PdSceneFlow *flow;
  /* The marks of a comparison with another version: new, changed and
   * removed steps. NULL: none. (transfer none), as @flow. */
  const PdSceneCompare *compare;
  /* "Shared" among a step's tags when it uses a shared service of its
   * library: for the designer, where the library is at hand; a reader of an
   * export or a print has no library to look it up in. */
  gboolean shared_services;
} PdSceneOptions;

#define PD_SCENE_OPTIONS_DEFAULT ((PdSceneOptions) { FALSE })

/* The constructors return (transfer full); free accepts NULL. */
PdScene *pd_scene_new_from_document (PdDocument *document);
/* @options NULL: the defaults. */
PdScene *pd_scene_new_with_options  (PdDocument           *document,
                                     const PdSceneOptions *options);
/* Only the steps of @node_ids (a set of ids; (element-type utf8 utf8)
 * (transfer none)) and the transitions that
 * touch them, routed among all the steps of @document: what changes while
 * those steps are dragged. No title block, no key. @options (nullable):
 * the defaults. */
PdScene *pd_scene_new_partial       (PdDocument           *document,
                                     GHashTable           *node_ids,
                                     const PdSceneOptions *options);
void     pd_scene_free              (PdScene    *scene);
/* The height of @node's box in a scene of @document made with @options
 * (nullable: the defaults): its own, or more to hold its details. */
double   pd_scene_node_box_height   (PdDocument           *document,
                                     PdNode               *node,
                                     const PdSceneOptions *options);
/* The words the scene writes beside @edge's line: (transfer full)
 * (nullable), NULL when none. */
char    *pd_scene_edge_label_text   (PdEdge     *edge);
/* Label boxes wrap their words at this width, to at most this many lines
 * of this size. */
#define PD_SCENE_LABEL_WIDTH 120.0
#define PD_SCENE_LABEL_LINES 3
#define PD_SCENE_EDGE_FONT 11.0
/* The group of a node or edge id: (transfer none) (nullable), valid while
 * @scene lives. */
PdGroup *pd_scene_find_group        (PdScene    *scene,
                                     const char *object_id);

/* The font the scene lays text out with, first name first. */
#define PD_SCENE_FONT_FAMILY "Liberation Sans"
#define PD_SCENE_FONT_FALLBACKS "Liberation Sans, Arimo, Arial, Helvetica, sans-serif"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdScene, pd_scene_free)

G_END_DECLS
