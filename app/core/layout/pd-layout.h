/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-scene-flow.h"

G_BEGIN_DECLS

/* A layered layout with agency lanes: the journey flows in ranks (left to
 * right, or top to bottom), each agency's steps keep to their own band in
 * the agencies' order, and steps are ordered in their rank to cross few
 * transitions. Cycles (re-referrals, steps down) do not break the ranks:
 * the transitions that close them are laid out as if reversed. */
typedef enum {
  PD_LAYOUT_LEFT_RIGHT,
  PD_LAYOUT_TOP_BOTTOM,
} PdLayoutDirection;

typedef struct {
  PdLayoutDirection direction;
  gboolean          lanes;       /* a band per agency */
  double            rank_gap;    /* between ranks, along the flow */
  double            node_gap;    /* between steps of one rank */
  double            lane_gap;    /* between bands */
  /* Room for each step's details (PdSceneOptions.details) below its
   * title, as the diagram shows them. */
  gboolean          details;
  /* Room for people a year (PdSceneOptions.flow) on each step and in
   * each transition's label, when shown; (nullable) (transfer none). */
  const PdSceneFlow *flow;
  /* Fit to a page: when above 0, the flow wraps into rows (columns when it
   * runs down) so that the layout's width over its height comes near
   * this; 0 for one long row. */
  double            aspect;
} PdLayoutOptions;

#define PD_LAYOUT_OPTIONS_DEFAULT { PD_LAYOUT_LEFT_RIGHT, TRUE, 90, 30, 50, FALSE }

typedef struct {
  const char *id;      /* the step's, owned by the document */
  double      x, y;
  guint       rank;
  guint       lane;    /* the agency's place in the document's order */
} PdLayoutPlace;

/* The places of @document's steps (in document order), without changing
 * anything. The same document gives the same places. Returns:
 * (transfer full) (element-type PdLayoutPlace). Only the tests call it. */
GArray *pd_layout_compute (PdDocument            *document,
                           const PdLayoutOptions *options);
/* Moves the steps to their places: one undo step, "Tidy"; as
 * pd_layout_tidy() below, without saying what it did. */
void    pd_layout_apply   (PdDocument            *document,
                           const PdLayoutOptions *options);

/* What a tidy did, as pathway layout and the designer say it. */
typedef struct {
  guint    before;         /* pairs of transitions crossing where the steps were */
  gboolean before_more;    /* counted only until it passed the tidy: more than before - 1 */
  guint    after;          /* where the tidy left them */
  guint    tidied;         /* in the tidy's own layout, kept or not */
  guint    moved;          /* steps the tidy moved (none when kept) */
  gboolean kept;           /* that crossed more: the steps stayed where they were */
  guint    lanes_added;    /* with lanes, the crossings they add to what was there */
  guint    without_lanes;  /* then: what a tidy without lanes leaves; G_MAXUINT past
                            * the layout's search limit, where it is not worked out */
} PdLayoutOutcome;

/* pd_layout_apply() that never leaves more transitions crossing than
 * there were: should its layout cross more, the steps stay put, unless
 * lanes were asked for and force the crossings; @outcome (optional) then
 * says so. */
void    pd_layout_tidy    (PdDocument            *document,
                           const PdLayoutOptions *options,
                           PdLayoutOutcome       *outcome);
/* Moves @document's steps to where they are in @laid_out, a copy of it
 * tidied by pd_layout_apply() (in another thread, say): one undo step,
 * "Tidy". Steps the copy does not have stay put. */
void    pd_layout_apply_from (PdDocument            *document,
                              PdDocument            *laid_out,
                              const PdLayoutOptions *options);
/* Tidies only the steps of @ids ((element-type utf8)) (and the transitions
 * among them), which
 * keep their top left corner; the others stay put. One undo step. */
void    pd_layout_apply_to (PdDocument            *document,
                            const PdLayoutOptions *options,
                            GPtrArray             *ids);
/* How many pairs of transitions cross, drawn straight from centre to
 * centre: the measure crossing reduction lowers. */
guint   pd_layout_count_crossings (PdDocument    *document);

G_END_DECLS
