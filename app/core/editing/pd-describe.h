/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-selection.h"

G_BEGIN_DECLS

/* What a screen reader says of the diagram, in translated sentences.
 * A step: "Step 4 of 22: Initial assessment. Assessment by NHS trust,
 * about 2 weeks. Leads to: Severity and risk? From: Self-referral." (its
 * place in reading order, what it is, who delivers it, how long it takes,
 * where it leads and where it comes from). A transition: "Transition from
 * A to B, step up, labelled “moderate”, likelihood 30%." Every function
 * returns (transfer full). */
char *pd_describe_node      (PdDocument  *document,
                             PdNode      *node);
char *pd_describe_edge      (PdDocument  *document,
                             PdEdge      *edge);
/* "Pathway: Stepped care, 22 steps, 30 transitions." */
char *pd_describe_pathway   (PdDocument  *document);
/* The one object @selection holds, as above; several: "3 steps selected:
 * A, B, C." in reading order; none: the pathway. */
char *pd_describe_selection (PdDocument  *document,
                             PdSelection *selection);

G_END_DECLS
