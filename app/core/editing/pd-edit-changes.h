/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Edits of the pathway's change log, each one step of the undo history:
 * a new log is set in place of the old, which stays with the history. */

/* Adds @change at the end of the log (the newest). */
void      pd_edit_add_change    (PdDocument     *document,
                                 const PdChange *change);
/* Puts @change in place of the log's entry @index. */
void      pd_edit_set_change    (PdDocument     *document,
                                 guint           index,
                                 const PdChange *change);
/* Removes the log's entry @index. */
void      pd_edit_remove_change (PdDocument     *document,
                                 guint           index);

/* Sets the pathway's status and, when it changes, logs it in the same
 * undo step: "Status changed from Draft to Consultation" on @date
 * (YYYY-MM-DD), at the pathway's version, by @author (nullable). */
void      pd_edit_set_status    (PdDocument     *document,
                                 PdStatus        status,
                                 const char     *date,
                                 const char     *author);

/* Today in the local time zone as YYYY-MM-DD: (transfer full). */
char     *pd_edit_today         (void);

G_END_DECLS
