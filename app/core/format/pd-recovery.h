/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Recovery copies: the designer writes one within a second of an unsaved
 * edit, in the user's state folder, so that a crash loses at most that.
 * A clean save or close removes it; at the next start, those left behind
 * are offered back.
 *
 * Each copy is ID.pathway, with ID.origin beside it holding the path of
 * the file it was opened from (empty for a new pathway). */

typedef struct {
  char *id;
  char *copy_path;     /* the recovery copy */
  char *origin;        /* where the pathway was opened from, or NULL */
  gint64 modified;     /* when the copy was written, in microseconds since 1970 */
} PdRecoveryItem;

/* The folder copies live in: (transfer full). @dir (nullable) in this and
 * the functions below: NULL means the user's state folder. */
char      *pd_recovery_dir       (const char  *dir);
/* Returns: (transfer full). */
char      *pd_recovery_new_id    (void);
/* Writes the copy of @document safely (temporary file and rename);
 * @origin (nullable): a new pathway. */
gboolean   pd_recovery_write     (const char  *dir,
                                  const char  *id,
                                  PdDocument  *document,
                                  const char  *origin,
                                  GError     **error);
void       pd_recovery_remove    (const char  *dir,
                                  const char  *id);
/* The copies left in @dir, oldest first: (transfer full)
 * (element-type PdRecoveryItem), freeing its elements; empty, never NULL. */
GPtrArray *pd_recovery_list      (const char  *dir);
void       pd_recovery_item_free (PdRecoveryItem *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdRecoveryItem, pd_recovery_item_free)

G_END_DECLS
