/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-capacity.h"
#include "pd-capacity-sim.h"
#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_CAPACITY_WAITING (pd_capacity_waiting_get_type ())
G_DECLARE_FINAL_TYPE (PdCapacityWaiting, pd_capacity_waiting, PD, CAPACITY_WAITING, GtkBox)

/* The Capacity panel's Waiting section: the simulation `pathway capacity
 * --simulate` runs, on a copy of the pathway in a thread, and the waits it
 * finds at each step. */

/* The pathway and the What If options a run uses. A call with the same
 * document while a run goes or its results are shown marks them out of
 * date; another document clears them. */
void         pd_capacity_waiting_set_source (PdCapacityWaiting       *self,
                                             PdDocument              *document,
                                             const PdCapacityOptions *options);
void         pd_capacity_waiting_simulate   (PdCapacityWaiting *self);
void         pd_capacity_waiting_cancel     (PdCapacityWaiting *self);

/* "idle", "running", "results" or "error". */
const char  *pd_capacity_waiting_get_state  (PdCapacityWaiting *self);
gboolean     pd_capacity_waiting_get_out_of_date (PdCapacityWaiting *self);
/* What each result row says to a screen reader, the summary line last. */
GStrv        pd_capacity_waiting_get_row_names (PdCapacityWaiting *self);
const char  *pd_capacity_waiting_get_error  (PdCapacityWaiting *self);
/* The results shown when they are up to date with the pathway, with the
 * capacity model they ran on (@capacity, out, transfer none); else NULL.
 * Returns: (transfer none) (nullable). */
PdCapacitySim *pd_capacity_waiting_get_results (PdCapacityWaiting  *self,
                                                PdCapacity        **capacity);

G_END_DECLS
