/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-edge.h"
#include "pd-node.h"

G_BEGIN_DECLS

/* The diagram as text, for the outline: a screen-reader or keyboard user
 * reads the whole pathway from it, each step then its ways out. */

/* The rows of the outline: each step in reading order, followed by the
 * transitions out of it: (transfer full) (element-type GObject), PdNode and
 * PdEdge references.
 * Every transition of @document is in it once. */
GPtrArray *pd_outline_rows                (PdDocument *document);

/* A step's row: its title (or id), then "Therapy · NHS trust (N) ·
 * Psychological wellbeing practitioner · 6 sessions · about 8 weeks ·
 * Planned · 2 open comments", the parts it has. These and the functions
 * below that make text return (transfer full). */
char      *pd_outline_step_title          (PdNode     *node);
char      *pd_outline_step_details        (PdDocument *document,
                                           PdNode     *node);
/* A transition's row: "To “CBT”", then "Typical · “If PHQ-9 over 10” ·
 * 60% likely", the parts it has. */
char      *pd_outline_transition_title    (PdDocument *document,
                                           PdEdge     *edge);
char      *pd_outline_transition_details  (PdDocument *document,
                                           PdEdge     *edge);
/* The whole row as one sentence, for a screen reader: a step's title and
 * details; for a transition, where it comes from as well as where it goes,
 * since a screen reader hears the row alone. @row is a PdNode or a PdEdge
 * of @document. */
char      *pd_outline_row_text            (PdDocument *document,
                                           GObject    *row);

/* The step before (@forward FALSE) or after @node in reading order, or
 * NULL at either end: (transfer none) (nullable). Only the tests call it. */
PdNode    *pd_outline_neighbour           (PdDocument *document,
                                           PdNode     *node,
                                           gboolean    forward);

G_END_DECLS
