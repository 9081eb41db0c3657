/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-library.h"

G_BEGIN_DECLS

#define PD_TYPE_SERVICE_LIST (pd_service_list_get_type ())
G_DECLARE_FINAL_TYPE (PdServiceList, pd_service_list, PD, SERVICE_LIST, AdwBin)

/* The Library page's shared services, each with how many steps use it and
 * an Edit button ("win.edit-library-service" with the service's id): the
 * one place a service is changed. Hidden when the library has none. */
GtkWidget *pd_service_list_new         (void);
/* Lists @library's services ((nullable): none), anew. */
void       pd_service_list_set_library (PdServiceList *self,
                                        PdLibrary     *library);
/* The rows (for tests). */
GtkListBox *pd_service_list_get_list   (PdServiceList *self);

G_END_DECLS
