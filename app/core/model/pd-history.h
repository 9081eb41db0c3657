/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PD_TYPE_HISTORY (pd_history_get_type ())
G_DECLARE_FINAL_TYPE (PdHistory, pd_history, PD, HISTORY, GObject)

/* The undo history of a document: applied commands to undo, undone ones to
 * redo, open transactions that group a gesture into one step, and a "saved"
 * marker from which "modified" is derived. Emits notify::can-undo,
 * notify::can-redo and notify::modified, and "changed" after every change.
 * The document makes its history and drives it (pd-history-private.h);
 * others undo, ask and listen. */
gboolean    pd_history_undo           (PdHistory  *self);
/* How many times the document has changed through the history: each
 * command pushed, undone or redone adds one, and nothing takes any off.
 * Two equal counts mean no edit came between them. */
guint64     pd_history_get_changes    (PdHistory  *self);
gboolean    pd_history_can_undo       (PdHistory  *self);
gboolean    pd_history_can_redo       (PdHistory  *self);
/* Labels of the steps, for "Undo Move" menu items: (transfer none)
 * (nullable), NULL when there is none. */
const char *pd_history_get_undo_label (PdHistory  *self);
const char *pd_history_get_redo_label (PdHistory  *self);

/* Everything pushed between begin and end is one step. Transactions nest.
 * @label: (nullable). */
void        pd_history_begin          (PdHistory  *self,
                                       const char *label);
void        pd_history_end            (PdHistory  *self);

/* The next command will not merge into the last step. */
void        pd_history_seal           (PdHistory  *self);

/* No state in the history is the one on disk (restored unsaved work). */
void        pd_history_mark_unsaved   (PdHistory  *self);

G_END_DECLS
