/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity-sim.h"

G_BEGIN_DECLS

/* What the simulation runs, taken from the capacity model once: plain
 * arrays, so the run touches no GObject. */

#define PD_SIM_UNLIMITED G_MAXUINT

typedef struct {
  guint  pool;    /* index in PdSimPlan.pools, or PD_SIM_UNLIMITED */
  double hours;   /* staff hours one person needs of this role here */
} PdSimWork;

typedef struct {
  guint  target;
  double share;   /* the chance, 1 = 100% */
} PdSimWay;

typedef struct {
  double   arrivals;      /* people a year joining here from outside */
  gboolean offered;
  guint    first_work, n_work;
  guint    first_way, n_ways;
  double   total_share;
  gboolean join;          /* where offers made alongside each other come back together */
} PdSimStep;

typedef struct {
  guint  servers;
  double hours_per_server;  /* a year */
} PdSimPool;

typedef struct {
  GArray *steps;    /* PdSimStep */
  GArray *work;     /* PdSimWork */
  GArray *ways;     /* PdSimWay */
  GArray *pools;    /* PdSimPool */
  double  hours_per_wte;
  double  visits_per_year;   /* Σ people a year of the linear model, for the bound */
  gboolean has_joins;        /* a step is a join: offers' branches are followed */
} PdSimPlan;

void           pd_sim_plan_init  (PdSimPlan *plan);
void           pd_sim_plan_clear (PdSimPlan *plan);
/* A pool of @wte in post giving @hours a year: round(@wte) servers, at
 * least one (none for 0), sharing the hours. */
guint          pd_sim_plan_add_pool (PdSimPlan *plan,
                                     double     wte,
                                     double     hours);

/* The results, filled in by the run. */
struct _PdCapacitySim {
  guint    n_steps;
  guint    years;
  guint    months;
  guint64  events;
  guint64  dropped;
  double  *people;    /* a year, per step */
  double  *served;
  double  *median;    /* days */
  double  *p90;
  guint  **queue;     /* per step: months samples, or NULL where no one waits */
};

/* Results for @plan's steps over @years, a queue kept for each step with
 * work for a pool. Returns: (transfer full). */
PdCapacitySim *pd_capacity_sim_new (const PdSimPlan *plan,
                                    guint            years);

/* Runs @plan; see pd-capacity-sim.h. */
PdCapacitySim *pd_sim_plan_run (const PdSimPlan    *plan,
                                const PdSimOptions *options,
                                GCancellable       *cancellable,
                                GError            **error);

G_END_DECLS
