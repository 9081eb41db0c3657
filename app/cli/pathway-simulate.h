/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `pathway capacity --simulate`: the simulation's options and reports. */
#pragma once

#include <glib.h>

#include "pathway-capacity.h"
#include "pd-capacity-sim.h"

G_BEGIN_DECLS

/* The options as given: NULL when not. */
typedef struct {
  char *years;
  char *seed;
  char *arrivals;
} PdSimulateArgs;

void pd_simulate_args_clear (PdSimulateArgs *args);

/* Checks the options beside @format and @totals; an exit status, the usage
 * error printed. */
int  pd_simulate_args_check (const PdSimulateArgs *args,
                             const char           *format,
                             gboolean              totals);
gboolean pd_simulate_args_given (const PdSimulateArgs *args);

/* Simulates @reports together, one workforce where they share a role and
 * agency; NULL with the error printed when the run fails.
 * Returns: (transfer full) (element-type PdCapacitySim) (nullable): in the
 * order of @reports. */
GPtrArray *pd_simulate_run (const PdSimulateArgs   *args,
                            const PdCapacityReport *reports,
                            guint                   n_reports);

/* The simulation's figures after the linear model's report in @out, as
 * @format (NULL or "text", "json", "csv") says: text appended; JSON as the
 * member "simulation" of the object @out ends with; CSV in place of the
 * linear model's table, with its own header. */
void pd_simulate_write (GString                *out,
                        const char             *format,
                        const PdSimulateArgs   *args,
                        const PdCapacityReport *reports,
                        guint                   n_reports,
                        GPtrArray              *sims);

G_END_DECLS
