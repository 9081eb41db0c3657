/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity.h"
#include "pd-library.h"

G_BEGIN_DECLS

/* @library's pathways planned as one workforce, as `pathway capacity
 * FOLDER` plans them: each with the library's clinical hours a WTE (unless
 * @options gives some), their roles summed by name and agency against the
 * library's staff in post, when it lists any, in place of each pathway's
 * own. @edited (nullable) stands in for the pathway read from the file
 * @edited_path: the one being edited. @pathways (out) (optional): each
 * pathway's figures, in the library's order ((element-type PdCapacity)).
 * Fails, naming the pathway, when one could not be read or has a loop no
 * one leaves. Returns: (transfer full) (nullable). */
PdCapacity *pd_capacity_new_for_library (PdLibrary               *library,
                                         PdDocument              *edited,
                                         const char              *edited_path,
                                         const PdCapacityOptions *options,
                                         GPtrArray              **pathways,
                                         GError                 **error);

G_END_DECLS
