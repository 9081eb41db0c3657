/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-library.h"

G_BEGIN_DECLS

#define PD_TYPE_SHARED_GROUP (pd_shared_group_get_type ())
G_DECLARE_FINAL_TYPE (PdSharedGroup, pd_shared_group, PD, SHARED_GROUP, AdwPreferencesGroup)

/* At the head of a step's Properties: for a link step, the pathway it
 * leads to with Open Linked Pathway; for a step that uses a shared service
 * of the library, which service and what other pathways use it, with Stop
 * Using the Shared Service. Hidden for any other step. Its buttons point at
 * "win.open-linked-pathway" and "win.stop-shared-service". */
GtkWidget  *pd_shared_group_new         (void);
/* The library the window has open ((nullable): none). */
void        pd_shared_group_set_library (PdSharedGroup *self,
                                         PdLibrary     *library);
/* The step shown, of @document ((nullable): none); followed as it changes. */
void        pd_shared_group_set_node    (PdSharedGroup *self,
                                         PdDocument    *document,
                                         PdNode        *node);
/* The sentence about the step's service, NULL when hidden (for tests):
 * (transfer none) (nullable). */
const char *pd_shared_group_get_service_text (PdSharedGroup *self);

G_END_DECLS
