/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-library.h"

G_BEGIN_DECLS

#define PD_TYPE_SERVICE_DIALOG (pd_service_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdServiceDialog, pd_service_dialog, PD, SERVICE_DIALOG, AdwWindow)

/* "Edit Shared Service": a modal window on the fields of the library's
 * service @service_id, saying which steps of which pathways use it. Save
 * (the "service.save" action, Ctrl+S) writes library.xml with
 * pd_library_save_service(), emits "saved" with the service's id and
 * closes; when the library cannot be written it says why and stays open.
 * Cancel and Escape close it without a change. */
PdServiceDialog *pd_service_dialog_new (GtkWindow  *parent,
                                        PdLibrary  *library,
                                        const char *service_id);

/* The library the dialog edits a service of: (transfer none). */
PdLibrary  *pd_service_dialog_get_library (PdServiceDialog *self);

/* "Used by 3 steps in 2 pathways", followed by ": " and their titles when
 * @with_titles: (transfer full). */
char       *pd_service_usage_text (PdLibrary  *library,
                                   const char *service_id,
                                   gboolean    with_titles);

/* For tests: the sentence on the steps that use the service, the error
 * shown ((nullable): none), and the editor of a field ("title", "kind",
 * "agency", "description", "duration", "duration-unit", "sessions",
 * "session-minutes", "staff-role", "staff-skills"; "evidence-title-N" and
 * "evidence-href-N" from 0): (transfer none) (nullable). */
const char *pd_service_dialog_get_usage  (PdServiceDialog *self);
const char *pd_service_dialog_get_error  (PdServiceDialog *self);
GtkWidget  *pd_service_dialog_get_editor (PdServiceDialog *self,
                                          const char      *field);

G_END_DECLS
