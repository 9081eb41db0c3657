/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-enums.h"

G_BEGIN_DECLS

#define PD_TYPE_EDGE (pd_edge_get_type ())
G_DECLARE_FINAL_TYPE (PdEdge, pd_edge, PD, EDGE, GObject)

/* "Not known" for the likelihood of a transition. */
#define PD_LIKELIHOOD_UNSET (-1.0)

/* A transition from one step to another. Its ends are node ids, so that an
 * edge stays meaningful while its nodes are removed and restored by undo. */
/* new and copy return (transfer full); the getters (transfer none), the
 * label (nullable). */
PdEdge     *pd_edge_new            (const char *id,
                                    const char *from_id,
                                    const char *to_id);
PdEdge     *pd_edge_copy           (PdEdge     *edge,
                                    const char *new_id);
const char *pd_edge_get_id         (PdEdge *edge);
const char *pd_edge_get_from_id    (PdEdge *edge);
const char *pd_edge_get_to_id      (PdEdge *edge);
const char *pd_edge_get_label      (PdEdge *edge);
PdEdgeKind  pd_edge_get_kind       (PdEdge *edge);
/* Percent, or PD_LIKELIHOOD_UNSET. */
double      pd_edge_get_likelihood (PdEdge *edge);

G_END_DECLS
