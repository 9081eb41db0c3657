/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PD_TYPE_COMMENT (pd_comment_get_type ())
G_DECLARE_FINAL_TYPE (PdComment, pd_comment, PD, COMMENT, GObject)

/* A remark made in a co-design workshop, on the pathway (target NULL), a
 * node or an edge, with who made it. new returns (transfer full); the
 * getters (transfer none), all but the id (nullable); @target_id:
 * (nullable). */
PdComment  *pd_comment_new           (const char *id,
                                      const char *target_id);
const char *pd_comment_get_id        (PdComment *comment);
const char *pd_comment_get_target_id (PdComment *comment);
const char *pd_comment_get_author    (PdComment *comment);
const char *pd_comment_get_role      (PdComment *comment);
const char *pd_comment_get_text      (PdComment *comment);
/* ISO 8601, as written in the file. */
const char *pd_comment_get_time      (PdComment *comment);
gboolean    pd_comment_get_resolved  (PdComment *comment);

G_END_DECLS
