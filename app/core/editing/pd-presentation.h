/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-edge.h"
#include "pd-node.h"

G_BEGIN_DECLS

/* A pathway walked through step by step in front of an audience: the steps
 * in reading order (from the start, the typical way first), and at each
 * step the ways out a presenter can choose between. */
typedef struct {
  GPtrArray *steps;   /* of PdNode, in reading order */
  GPtrArray *edges;   /* of PdEdge, in reading order */
} PdPresentation;

/* Returns: (transfer full); free accepts NULL. */
PdPresentation *pd_presentation_new      (PdDocument     *document);
void            pd_presentation_free     (PdPresentation *presentation);
/* The position of step @id in the walk, or -1. */
int             pd_presentation_index_of (PdPresentation *presentation,
                                          const char     *id);
/* The transitions out of step @id to other steps, one per step reached,
 * the typical first: (transfer container) (element-type PdEdge), the edges
 * borrowed from @presentation. */
GPtrArray      *pd_presentation_ways_out (PdPresentation *presentation,
                                          const char     *id);
/* What a way out is called: its label, else the title of its step;
 * (transfer none) (nullable). */
const char     *pd_presentation_way_name (PdPresentation *presentation,
                                          PdEdge         *way);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPresentation, pd_presentation_free)

G_END_DECLS
