/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-comment.h"

G_BEGIN_DECLS

/* For the document's copies: @comment under @new_id (nullable: its own
 * id). Returns: (transfer full). */
PdComment *pd_comment_copy (PdComment  *comment,
                            const char *new_id);

G_END_DECLS
