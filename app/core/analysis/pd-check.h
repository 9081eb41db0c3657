/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-diagnostic.h"
#include "pd-document.h"

G_BEGIN_DECLS

/* Checks a pathway for what makes it hard to follow or publish, as
 * `pathway check` and the designer's Problems list show them.
 *
 * Errors: no referral (start) step; steps that cannot be reached from a
 * start; dead ends (steps with no way out that are not a discharge or a link
 * to another pathway); decisions with fewer than two ways out; likelihoods
 * out of a decision that add up to more than 100% (out of another step they
 * are next steps offered alongside each other).
 * Warnings: steps with no agency; steps with no easy-read text; likelihoods
 * given for every way out that add up to less than 100%; and where capacity
 * planning needs data: steps with sessions but no minutes, decisions with
 * no likelihoods, a loop with no way out, staff in post under a name that
 * nearly matches a step's role, a step that steps offered at once (a
 * parallel offer) come back to and is not marked as where they come back
 * together, and a step so marked that no two of them come to.
 *
 * Each finding is added to @diagnostics, with the step's position in
 * @file_name where the document knows it, and the step's id: @diagnostics
 * (element-type PdDiagnostic). */
void pd_check_document (PdDocument *document,
                        const char *file_name,
                        GPtrArray  *diagnostics);

G_END_DECLS
