/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-scene-flow.h"

G_BEGIN_DECLS

#define PD_PEOPLE_FLOW_ERROR (pd_people_flow_error_quark ())
typedef enum {
  PD_PEOPLE_FLOW_ERROR_NO_ONE,   /* no referrals a year and no arrivals at any step */
} PdPeopleFlowError;

GQuark pd_people_flow_error_quark (void);

/* The people a year the diagram shows on each step and transition of
 * @document (View ▸ Show People a Year, `pathway export --flow`), from
 * its capacity model. Fails, saying why, when the model does (a loop no
 * one leaves: PD_CAPACITY_ERROR) or when no one enters the pathway
 * (PD_PEOPLE_FLOW_ERROR_NO_ONE): the diagram then shows nothing more.
 * Returns: (transfer full) (nullable). */
PdSceneFlow *pd_people_flow_new (PdDocument *document,
                                 GError    **error);

G_END_DECLS
