/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-canvas.h"
#include "pd-guides.h"
#include "pd-hit.h"
#include "pd-scene.h"
#include "pd-view.h"

G_BEGIN_DECLS

/* What the pointer is doing between a press and its release. */
typedef enum {
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_RESIZE,
  DRAG_CONNECT,
  DRAG_RUBBER_BAND,
  DRAG_PAN,
  DRAG_RECONNECT,
} DragMode;

/* A drawing kept as a render node, and as an image at one zoom when that
 * is small enough. */
typedef struct {
  GskRenderNode *node;
  GdkTexture *raster;
  double raster_scale;      /* zoom × scale factor of @raster */
  double raster_x, raster_y;   /* its top left corner, in the document */
  /* Too large for one image: square tiles of it, made as they come into
   * view, for one zoom and one origin. */
  GHashTable *tiles;        /* packed (column, row) → GdkTexture */
  GskRenderNode *scaled;    /* @node at the tiles' scale */
  double tiles_scale, tiles_x, tiles_y;
} PdLayer;

struct _PdCanvas
{
  GtkWidget parent_instance;

  PdDocument *document;
  PdSelection *selection;
  PdScene *scene;
  PdSceneOptions scene_options;
  PdLayer diagram;          /* the drawing, kept until the document changes */
  /* While steps are dragged: the rest of the diagram, drawn once, and the
   * steps dragged (with their transitions), drawn at each frame. */
  PdLayer still;
  GHashTable *moving;       /* ids of the steps dragged; NULL when none */
  /* While steps are dragged: the other steps in view, and the lines the
   * grabbed one shares with them, drawn as guides. */
  GArray *guide_steps;      /* of PdRect */
  GArray *guides;           /* of PdGuide */

  /* The part of the document the scroll area covers. It only grows while
   * a document is shown, so the view never jumps under the pointer. */
  PdRect extent;
  PdView view;
  double notified_zoom;     /* the zoom "notify::zoom" last told of */
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint hscroll_policy : 1;
  guint vscroll_policy : 1;

  double grid;              /* 0: no snapping */

  /* The gesture in progress, in document coordinates. */
  DragMode drag;
  double drag_x, drag_y;            /* where it started */
  double pointer_x, pointer_y;      /* where it is */
  double moved_x, moved_y;          /* offset applied so far (moves) */
  double start_x, start_y;          /* the grabbed step's corner or size */
  char *drag_node;                  /* the step grabbed, or the transition */
  int drag_end;                     /* reconnecting: 0 the tail, 1 the head */
  PdHandle drag_handle;             /* connecting: the handle grabbed */
  gboolean drag_started;            /* a history transaction is open */
  gboolean space_down;              /* Space+drag pans */
  double pan_x, pan_y;              /* scroll values when a pan started */
  double pinch_zoom;                /* zoom when a pinch started */
  double hover_x, hover_y;          /* the pointer, in widget coordinates */
  double press_x, press_y;          /* the press, in widget coordinates */
  gboolean hovering;
  gboolean keys_used;               /* since the canvas had the focus: a focus ring */

  gboolean spotlight;               /* presenting: the selection as a thick ring */

  /* View ▸ Show People a Year: the figures the scene is made with, made
   * again at each change, or why there are none. */
  gboolean show_flow;
  PdSceneFlow *flow;
  char *flow_problem;

  /* Compare With…: the marks the scene is made with and what they say. */
  PdSceneCompare *compare;
  char *compare_summary;

  GtkWidget *rename_entry;
  char *rename_id;

  guint describe_source;            /* the description is made again when idle */
  char *description;                /* what the accessible description says */
  char *notice;                     /* what a command did, said first (pd_canvas_announce()) */
  guint64 notice_changes;           /* the history's count of changes when it was said */
};

/* pd-canvas.c */
/* The document changed: the scene is made again on the next frame (while
 * steps are dragged, only they are drawn again). */
void     pd_canvas_invalidate         (PdCanvas *self);
void     pd_canvas_invalidate_overlay (PdCanvas *self);
PdScene *pd_canvas_get_scene          (PdCanvas *self);

/* pd-canvas-compare.c */
void     pd_canvas_dispose_compare    (PdCanvas *self);

/* pd-canvas-flow.c */
/* The people a year shown, worked out again for the document as it is
 * now (and the scene made with the old ones dropped). */
void     pd_canvas_update_flow        (PdCanvas *self);
void     pd_canvas_dispose_flow       (PdCanvas *self);
void     pd_canvas_update_view        (PdCanvas *self);
void     pd_canvas_scroll_to          (PdCanvas *self,
                                       double    scroll_x,
                                       double    scroll_y);
/* The widget point of a document point, and back. */
void     pd_canvas_to_document        (PdCanvas *self,
                                       double    widget_x,
                                       double    widget_y,
                                       double   *x,
                                       double   *y);
/* The radius of a handle, in document units at the current zoom. */
double   pd_canvas_handle_radius      (PdCanvas *self);

/* pd-canvas-draw.c */
void     pd_canvas_snapshot           (GtkWidget   *widget,
                                       GtkSnapshot *snapshot);
void     pd_layer_clear               (PdLayer     *layer);
/* Draws what does not move once, while @node_ids (a set) is dragged;
 * NULL ends it and the whole diagram is drawn again. */
void     pd_canvas_set_moving         (PdCanvas   *self,
                                       GHashTable *node_ids);

/* pd-canvas-input.c */
void     pd_canvas_init_input         (PdCanvas      *self);
void     pd_canvas_dispose_input      (PdCanvas      *self);
/* The steps selected, in the order they were selected. */
GPtrArray *pd_canvas_selected_nodes   (PdCanvas      *self);
/* The pointer, no button pressed, is at (@x, @y) in the widget. */
void     pd_canvas_hover              (PdCanvas       *self,
                                       double          x,
                                       double          y);

/* pd-canvas-pointer.c */
void     pd_canvas_init_pointer       (PdCanvas      *self);
/* What the primary button's gestures do, in widget coordinates; the
 * gestures call these, and so can tests. */
gboolean pd_canvas_press              (PdCanvas       *self,
                                       double          x,
                                       double          y,
                                       GdkModifierType state);
void     pd_canvas_drag_to            (PdCanvas       *self,
                                       double          offset_x,
                                       double          offset_y);
void     pd_canvas_release            (PdCanvas       *self,
                                       double          offset_x,
                                       double          offset_y,
                                       GdkModifierType state);
/* Escape: the drag in progress is taken back. FALSE when there is none. */
gboolean pd_canvas_cancel_drag        (PdCanvas       *self);

/* pd-canvas-connect.c */
/* The step that would receive the transition being drawn (or the end
 * being moved) if the button were let go now, or NULL. */
PdNode  *pd_canvas_get_drop_target    (PdCanvas       *self);
void     pd_canvas_finish_connect     (PdCanvas       *self,
                                       gboolean        moved);
void     pd_canvas_finish_reconnect   (PdCanvas       *self);

/* pd-canvas-guides.c */
/* @value on the grid, when there is one. */
double   pd_canvas_snap               (PdCanvas       *self,
                                       double          value);
GArray  *pd_canvas_collect_guide_steps (PdCanvas      *self,
                                        GPtrArray     *nodes);
void     pd_canvas_place_grabbed      (PdCanvas       *self,
                                       double          dx,
                                       double          dy,
                                       double         *x,
                                       double         *y);

/* pd-canvas-add.c */
void     pd_canvas_init_add           (PdCanvas       *self);

/* pd-canvas-keys.c */
void     pd_canvas_class_init_input   (GtkWidgetClass *widget_class);
void     pd_canvas_init_keys          (PdCanvas       *self);

/* pd-canvas-walk.c */
void     pd_canvas_class_init_walk    (GtkWidgetClass *widget_class);
/* The transition selected last, when the last thing selected is one. */
PdEdge  *pd_canvas_focused_edge       (PdCanvas       *self);

/* pd-canvas-describe.c */
/* The selection or the document changed: the accessible description
 * follows once the change is over. */
void        pd_canvas_describe_later   (PdCanvas *self);
/* The description, brought up to date. */
const char *pd_canvas_get_description  (PdCanvas *self);
/* The selection changed: what a command did is no longer said. */
void        pd_canvas_clear_notice     (PdCanvas *self);
void        pd_canvas_dispose_describe (PdCanvas *self);

/* pd-canvas-rename.c */
void     pd_canvas_dispose_rename     (PdCanvas      *self);

G_END_DECLS
