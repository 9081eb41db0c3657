/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-diagnostic.h"
#include "pd-library.h"

G_BEGIN_DECLS

/* Checks a library as a whole, as `pathway check FOLDER` shows it (each
 * pathway's own check is pd_check_document()'s).
 *
 * Errors: pathways that cannot be loaded; two pathways with one id; a link
 * step whose link-target names no pathway of the library, or no step of
 * it ("PATHWAY-ID#STEP-ID"); a step whose service no library.xml defines.
 * Warnings: link steps that lead round in a cycle (A → B → A); a pathway
 * that claims care cluster 9, which is unused nationally; two services of
 * one title; the same step (title and agency; not a decision, link or
 * discharge) in two pathways that use no shared service for it; roles in
 * two pathways whose names nearly match; an agency that the library does
 * not have; a step whose copy of its service's fields differs and will be
 * updated from the service.
 * Notes: the care clusters that no pathway covers (never cluster 9); an
 * agency whose copy differs from the library's of the same id (name, short
 * name, colour, letter or pattern) and will be updated from the library.
 *
 * Each finding is added to @diagnostics ((element-type PdDiagnostic)) at
 * its file, line and column. */
void pd_library_check (PdLibrary *library,
                       GPtrArray *diagnostics);

/* All that `pathway check FOLDER` reports once the library is loaded: each
 * loaded pathway's own check (pd_check_document()) at its file, in the
 * order of the entries, then pd_library_check()'s. */
void pd_library_check_all (PdLibrary *library,
                           GPtrArray *diagnostics);

/* Splits a link step's target "PATHWAY-ID" or "PATHWAY-ID#STEP-ID":
 * @pathway_id and @step_id (out) (transfer full), the step NULL when not
 * given. FALSE for an empty target or an empty part. */
gboolean pd_library_split_link_target (const char  *target,
                                       char       **pathway_id,
                                       char       **step_id);

G_END_DECLS
