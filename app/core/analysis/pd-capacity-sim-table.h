/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity-sim.h"
#include "pd-table.h"

G_BEGIN_DECLS

/* The simulation's figures as tables: the CSV `pathway capacity --simulate
 * --format csv` writes, and a sheet of waits for a spreadsheet. */

/* The CSV's header line. */
void     pd_capacity_sim_append_csv_header (GString       *out);
/* A line for each of @capacity's steps, @sim its results, @pathway_name
 * first. */
void     pd_capacity_sim_append_csv        (GString       *out,
                                            PdCapacity    *capacity,
                                            PdCapacitySim *sim,
                                            const char    *pathway_name);

/* A "Waiting" sheet: each step's median and 90th-percentile wait in days
 * (empty where no one's wait was recorded) and the people waiting at the
 * end of each year simulated (empty where no one can wait).
 * Returns: (transfer full). */
PdTable *pd_capacity_sim_table             (PdCapacity    *capacity,
                                            PdCapacitySim *sim,
                                            const char    *pathway_name);

G_END_DECLS
