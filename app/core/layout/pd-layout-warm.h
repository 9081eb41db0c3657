/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy from a layout already there: a small edit moves few steps.
 * pd-layout-warm.c reads the columns the steps stand in and keeps each
 * step's column where the transitions allow; pd-layout-settle.c then
 * keeps each step where it was when that is still a legal place. */
#pragma once

#include "pd-layout-private.h"

G_BEGIN_DECLS

/* A step as it stood: the column it stood in (-1: none, placed by hand
 * among the others, say) and its top left corner along the flow and
 * across it. */
typedef struct {
  int    column;
  double flow;
  double cross;
} PdWarmStep;

/* How much of where the steps stood pd_layout_warm_settle() keeps. */
typedef enum {
  PD_WARM_SETTLE_NONE,     /* only the columns, in ranking */
  PD_WARM_SETTLE_ALONG,    /* and the ranks' places along the flow */
  PD_WARM_SETTLE_ALL,      /* and the steps' places across it */
  PD_WARM_SETTLE_ORDER,    /* and the order the steps stood in across it
                            * rather than the order laid out, a new step
                            * among them level with those it joins */
} PdWarmSettle;

typedef struct _PdLayoutWarm {
  gboolean     columns;     /* ranks kept to the columns, or from scratch */
  PdWarmSettle settle;
  GHashTable *steps;          /* a step's id (owned) → PdWarmStep */
  double     *column_centre;  /* of each column, along the flow */
  guint       n_columns;
  gboolean    flow_x;         /* the flow runs left to right */
  /* Set by pd_layout_warm_rank(): whether the columns gave other ranks
   * or links than from scratch (if not, a layout with the ranks from
   * scratch is the same). */
  gboolean    ranks_changed;
  /* A link between two steps of one column turned round where that
   * pushes fewer steps on a rank (TRUE unless set otherwise), and set by
   * pd_layout_warm_rank(): whether one was. */
  gboolean    turn_level;
  gboolean    level_turned;
  /* Set by pd_layout_warm_rank() when such a link joins two steps of
   * one column with others between them (of their agency, in lanes): the
   * step it reaches brought to stand beside the one it leaves, to be
   * drawn level with it (their ids, the document's; else NULL), and
   * whether it goes after it across the flow. */
  const char *beside;
  const char *beside_of;
  gboolean    beside_after;
  gboolean    lanes;          /* each agency's steps kept to its lane */
  PdDocument *document;       /* (unowned) the steps are read from */
  gboolean    flow;           /* people a year shown on transitions */
} PdLayoutWarm;

/* Where @document's steps stand, when they stand in columns along the
 * flow of @options as a layered layout leaves them (a step or two placed
 * by hand among them is allowed for); else NULL. (transfer full). */
PdLayoutWarm *pd_layout_warm_new    (PdDocument            *document,
                                     const PdLayoutOptions *options);
void          pd_layout_warm_free   (PdLayoutWarm          *warm);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdLayoutWarm, pd_layout_warm_free)

/* @node's size along the flow and across it, as the layout sees it. */
void          pd_layout_warm_step_size (PdDocument            *document,
                                        PdNode                *node,
                                        const PdLayoutOptions *options,
                                        double                *along_flow,
                                        double                *across_flow);

/* The ranks of @g (steps, their links, ranked from scratch) moved to the
 * columns the steps stood in where the links allow, links laid out the
 * way the columns go; a step of no column goes just after those it
 * follows. The ranks from scratch stay when that would lay out far more
 * ranks. */
void          pd_layout_warm_rank   (PdLayoutWarm          *warm,
                                     Graph                 *g);

/* @places (of @document's steps, ranked and ordered) moved back to where
 * each step stood wherever that is still legal: ranks along the flow and
 * steps in each rank across it pushed on only as far as they must be,
 * each agency's lane before the next. Leaves @places as they were when
 * they are not laid out in ranks and lanes. Returns whether the steps
 * were settled across the flow. */
gboolean      pd_layout_warm_settle (PdLayoutWarm          *warm,
                                     PdDocument            *document,
                                     GArray                *places,
                                     const PdLayoutOptions *options);

/* @places (of @document's steps, as a layout put them) moved as a whole, along and
 * across the flow, by the shift most of its steps took, so that those
 * steps stand where they stood in @document: a layout that only moved
 * as a block moves no step. Left as it is when fewer than a quarter of
 * the steps took that shift, or when a step would then stand nearer the
 * page's edge than the layout and the steps as they were put any. */
void          pd_layout_warm_align  (PdDocument            *document,
                                     GArray                *places);

/* A warm layout may cross this many more transitions than the layout
 * from scratch (@scratch crossings) when it moves far fewer steps: two,
 * and one more for each four (or as many as the steps where they stand
 * cross: pd-layout-tidy.c). */
#define PD_WARM_MARGIN(scratch) (2 + (scratch) / 4)
/* And each crossing more must spare this many steps from moving: a step
 * is moved only where that takes a crossing away. (With four, a
 * transition added back against the flow, which a layout that keeps
 * every step draws across a few others, moved up to 17 of 22 steps to
 * clear its way, none of them to another rank or order; deleting a step,
 * up to 22 of 23 to cross 6 fewer: test-layout-warm.) */
#define PD_WARM_STEPS_A_CROSSING 1

/* pd-layout.c: pd_layout_lay_out() ranked by pd_layout_warm_rank() and
 * settled by pd_layout_warm_settle() (no rounds of laying out again). */
void          pd_layout_lay_out_warm (PdDocument            *document,
                                      const PdLayoutOptions *options,
                                      PdLayoutWarm          *warm);
/* The places pd_layout_lay_out_warm() would set, in document order,
 * @document left as it is, read and ranked as @ranked (nullable) keeps.
 * (transfer full) (element-type PdLayoutPlace). */
GArray       *pd_layout_places_warm  (PdDocument            *document,
                                      const PdLayoutOptions *options,
                                      PdLayoutWarm          *warm,
                                      PdLayoutRanked        *ranked);

G_END_DECLS
