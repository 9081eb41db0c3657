/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The graph that ordering works on: each link that spans several ranks
 * split into a chain of virtual steps, one on each rank it passes, so
 * that every link joins neighbouring ranks and its crossings there are
 * seen. */
#pragma once

#include "pd-layout-private.h"

G_BEGIN_DECLS

typedef struct {
  guint  n;            /* vertices: the steps first, then the virtual ones */
  guint  n_real;
  guint  n_ranks;
  guint *rank;         /* of each vertex */
  guint *lane;
  guint *pos;          /* its place in its rank, from 0 */
  guint *layer_start;  /* n_ranks + 1 offsets into layer */
  guint *layer;        /* the vertices of each rank, in order */
  guint *up_start;     /* n + 1 offsets into up: neighbours a rank before */
  guint *up;
  guint *down_start;   /* and into down: a rank after */
  guint *down;
  guint *link_from;    /* of each virtual vertex (less n_real): its link's ends */
  guint *link_to;
  gboolean stable_ties; /* sweeps keep equal medians in order, or swap them */
} PdLayers;

/* @layers for @g's links, each rank in @g->order (by lane first), a
 * virtual step on the straight line between its link's ends. */
void    pd_layers_init           (PdLayers     *layers,
                                  Graph        *g);
void    pd_layers_clear          (PdLayers     *layers);
/* The virtual steps put back on the straight lines between their links'
 * ends, the steps keeping their order: the order as a drawing with
 * straight lines has it. */
void    pd_layers_straighten     (PdLayers     *layers);
/* Ranks @first to @last sorted by lane, then by @key (of each vertex),
 * then by number, and places set to match. */
void    pd_layers_sort_ranks     (PdLayers     *layers,
                                  const double *key,
                                  guint         first,
                                  guint         last);
/* Rank @r sorted by lane, then by @key, then by place now: equal keys
 * keep their order, or (@reverse) take the opposite one. */
void    pd_layers_sort_rank_stable (PdLayers     *layers,
                                    const double *key,
                                    guint         r,
                                    gboolean      reverse);

/* Pairs of links crossing between rank @r and rank @r + 1: O(e log n)
 * for e the links there, n the steps of rank @r + 1. @tree: room for
 * that many counts. */
guint64 pd_layers_gap_crossings  (PdLayers     *layers,
                                  guint         r,
                                  guint        *tree);
/* Over all ranks. */
guint64 pd_layers_crossings      (PdLayers     *layers);

/* Crossings between the links of @u and those of @v (neighbours in one
 * rank) when @u comes first, on both sides. */
guint   pd_layers_pair_crossings (PdLayers     *layers,
                                  guint         u,
                                  guint         v);
/* Both at once: @uv when @u comes first, @vu when @v does. */
void    pd_layers_pair_crossings_both (PdLayers *layers,
                                       guint     u,
                                       guint     v,
                                       guint    *uv,
                                       guint    *vu);

/* Neighbours in a rank, of one lane, swapped while that crosses fewer
 * links (and, when @ties, where it crosses as many: a way off a
 * plateau). */
void    pd_layers_transpose      (PdLayers     *layers,
                                  gboolean      ties);
/* @layers ordered to cross few links, each step kept in its lane. */
void    pd_layers_minimise       (PdLayers     *layers);

/* pd-layout-order.c: @ranks (each a GArray of @g's steps, sorted by lane
 * then by @g->order, its shares of the rank) ordered by
 * pd_layers_minimise() (with stable ties when @stable_ties) or by
 * pd_layout_order_simple() from the same order, whichever crosses fewer
 * links drawn straight; @g->order set to match. */
void    pd_layout_order_layered  (Graph        *g,
                                  GPtrArray    *ranks,
                                  gboolean      stable_ties);

G_END_DECLS
