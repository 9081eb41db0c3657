/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* The order a reader follows a pathway in: from its referral steps along
 * the transitions, depth first: a step, then the typical way followed to
 * its end, then each alternative the same way, a branch's steps before the
 * next branch's; steps that cannot be reached come last, left to right and
 * top to bottom. Exports
 * write their elements in this order and the outline lists it.
 * @nodes: (out) (transfer full) (element-type PdNode) receives the steps;
 * @edges: (out) (transfer full) (element-type PdEdge) the transitions (each after its source
 * step, typical first). Both arrays hold references. */
void pd_reading_order (PdDocument *document,
                       GPtrArray **nodes,
                       GPtrArray **edges);

G_END_DECLS
