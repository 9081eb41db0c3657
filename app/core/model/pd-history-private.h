/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-command-private.h"
#include "pd-history.h"

G_BEGIN_DECLS

/* For PdDocument, which owns the history and pushes its commands. */

/* Returns: (transfer full). */
PdHistory  *pd_history_new            (void);
/* Records @command, which the caller has just applied: (transfer full). */
void        pd_history_push           (PdHistory  *self,
                                       PdCommand  *command);
gboolean    pd_history_redo           (PdHistory  *self);
void        pd_history_mark_saved     (PdHistory  *self);
gboolean    pd_history_is_modified    (PdHistory  *self);

G_END_DECLS
