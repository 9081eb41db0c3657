/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity.h"

G_BEGIN_DECLS

/* The flow of people as a graph of indices: steps 0 … n_nodes − 1, and
 * for each transition its source, its target and its share (0–1, more over
 * 100%). @comes_back marks transitions drawn as a way back (step up, step
 * down, re-referral), preferred when naming the way back of a loop. */
typedef struct {
  guint         n_nodes;
  guint         n_edges;
  const guint  *from;
  const guint  *to;
  const double *share;
  const gboolean *comes_back;
  const double *arrivals;
} PdFlowGraph;

/* Solves people = arrivals + Σ share × people at each source exactly
 * (a share below 0, a term of the join rule, takes people away),
 * component by component, into @people (n_nodes long). When a loop has no
 * finite non-negative solution, returns FALSE with its steps in @loop
 * (ascending indices; may be NULL) and a transition of it going back in
 * @way_back. */
gboolean pd_flow_graph_solve (const PdFlowGraph *graph,
                              double            *people,
                              GArray            *loop,
                              guint             *way_back);

/* Whether ways out adding up to @total_share offer several steps at once. */
gboolean pd_flow_graph_is_offer (double total_share);

/* The join rule: at marked join @join, people(join) less @less × people at
 * the parallel offer @offer. */
typedef struct {
  guint  offer;
  guint  join;
  double less;
} PdJoinTerm;

/* The terms for the steps marked in @joins (n_nodes long); none when no
 * step is marked. Returns: (transfer full) (element-type PdJoinTerm). */
GArray  *pd_flow_graph_join_terms (const PdFlowGraph *graph,
                                   const gboolean    *joins);
/* For `pathway check`: the unmarked steps that branches of one parallel
 * offer come to along different transitions, as pairs (offer, step) in
 * @meetings, and the marked steps no two branches of an offer come to in
 * @idle_joins (both element-type guint). */
void     pd_flow_graph_find_meetings (const PdFlowGraph *graph,
                                      const gboolean    *joins,
                                      GArray            *meetings,
                                      GArray            *idle_joins);

struct _PdCapacity {
  PdDocument      *document;      /* NULL for a sum */
  double           hours_per_wte;
  GArray          *steps;         /* PdCapacityStep, reading order */
  GPtrArray       *work;          /* a GArray of PdCapacityWork a step */
  GArray          *flows;         /* PdCapacityFlow, reading order */
  GHashTable      *step_index;    /* PdNode → index + 1 */
  GHashTable      *flow_index;    /* PdEdge → index + 1 */
  GArray          *roles;         /* PdCapacityRole */
  GHashTable      *role_index;    /* folded role and agency → index + 1 */
  GStringChunk    *strings;       /* the roles' names */
  PdCapacityTotals totals;
};

PdCapacity *pd_capacity_alloc (void);
/* The row of @role in @agency_id, added when new. */
PdCapacityRole *pd_capacity_role_row (PdCapacity *self,
                                      const char *role,
                                      const char *agency_id);
/* Staff in post: (element-type PdPost) (nullable). */
void        pd_capacity_add_staffing (PdCapacity *self,
                                      GPtrArray  *posts);
/* WTE, gaps, utilisation, waiting and the totals, from what the rows hold. */
void        pd_capacity_finish_roles (PdCapacity *self,
                                      gboolean    from_hours);

G_END_DECLS
