/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pd-capacity.h"

G_BEGIN_DECLS

/* A seeded discrete-event simulation of people going through a pathway,
 * over the capacity model's arrivals, shares and staff hours: where the
 * linear model says how many people a year each step needs to see, this
 * says how long they wait for it with the staff in post.
 *
 * The model:
 * - Arrivals: at each step with arrivals a year in the capacity model (the
 *   pathway's referrals at its start, and the step's own), one stream of
 *   people: Poisson (exponential gaps of mean 1 / rate) or, with
 *   PD_SIM_ARRIVALS_FIXED, evenly spaced.
 * - Work: a person at an offered step needs the step's staff hours a person
 *   (sessions × minutes × staff a session ÷ group size), split among its
 *   roles by their shares: one piece of work for each role. A group session
 *   is counted as a fluid: each member brings their part of the session's
 *   staff time, and no one waits for a group to fill.
 * - Servers: the staff in post for a role in an agency are one pool for
 *   every step of that agency that role works at, as the capacity model
 *   counts them (PdCapacityRole: a post with no agency counts for its role
 *   in every agency, shared in proportion to the hours needed): round(WTE)
 *   servers, at least one, each giving WTE ÷ servers × the clinical hours a
 *   WTE gives a year, so the pool gives exactly the hours in post. Another
 *   agency's staff in the same role never serve its queue. A server works on one
 *   person's piece of work at a time until it is done, so the time in
 *   service is the staff hours, not the weeks between sessions; a caseload
 *   that spaces sessions out gives the same hours a year. A role × agency
 *   with no staffing entered has unlimited servers (no wait); one entered
 *   with no WTE has none, and people wait for it for ever.
 * - Several pathways simulated together are one workforce: where they share
 *   a role × agency, their staff in post are added into one pool and their
 *   people queue for it side by side, first come, first served.
 * - Queues: each step's queue for a role is first come, first served; a
 *   free server takes whoever in its pool has waited longest. The wait to
 *   the first session is from reaching the step to the start of the first
 *   of its pieces of work.
 * - Planned and not-offered steps take no staff time: their people are the
 *   unmet need, and carry on at once, as the linear model counts them.
 * - Routing: when a person's work at a step is done, if the shares of the
 *   transitions out of it add up to over 100% (a parallel offer), one
 *   uniform u is drawn and each transition i is taken when u < its share
 *   (people go on to several steps alongside, those offered the less common
 *   steps among those offered the more common ones); otherwise one is
 *   chosen by weight, and with the chance left the person leaves the
 *   pathway.
 * - Joins: the people sent on from one parallel offer carry that offer
 *   with them; at a step marked as where offers come back together, the
 *   first of them to arrive goes on as a plain person and the later ones
 *   are not counted there, as the linear model's join rule says. A person
 *   reaching another parallel offer first is sent on from there as its own.
 * - Figures: the first year is a warm-up, left out of the figures; people a
 *   year count those reaching a step in the years after it, served a year
 *   those whose first session there started then; waits are of people who
 *   reached the step after the warm-up and started by the end. The queue
 *   (people at the step waiting for their first session) is sampled at the
 *   end of every month from the start.
 *
 * The same seed gives the same results. The work is bounded: at most
 * PD_SIM_MAX_YEARS years, and a run that would take more than
 * PD_SIM_MAX_EVENTS events stops with an error; a person who has gone
 * round PD_SIM_MAX_VISITS steps (a loop that everyone goes round) is
 * dropped and counted. */

#define PD_SIM_MAX_YEARS 100
#define PD_SIM_WARM_UP_YEARS 1
#define PD_SIM_MAX_EVENTS G_GUINT64_CONSTANT (60000000)
#define PD_SIM_MAX_VISITS 10000
#define PD_SIM_DAYS_PER_YEAR 365.25
#define PD_SIM_MONTHS_PER_YEAR 12
#define PD_SIM_CANCEL_EVERY 65536

typedef enum {
  PD_SIM_ARRIVALS_POISSON,
  PD_SIM_ARRIVALS_FIXED,
} PdSimArrivals;

typedef struct {
  guint         years;    /* simulated, the warm-up year included: 2 to PD_SIM_MAX_YEARS */
  guint64       seed;
  PdSimArrivals arrivals;
} PdSimOptions;

typedef struct _PdCapacitySim PdCapacitySim;

#define PD_CAPACITY_SIM_ERROR (pd_capacity_sim_error_quark ())

typedef enum {
  PD_CAPACITY_SIM_ERROR_YEARS,
  PD_CAPACITY_SIM_ERROR_TOO_MUCH,
  PD_CAPACITY_SIM_ERROR_CANCELLED,
} PdCapacitySimError;

GQuark         pd_capacity_sim_error_quark (void);

/* Simulates @capacity's pathway as @options say.
 * Returns: (transfer full) (nullable): the results, their steps in
 * @capacity's order; NULL with @error set when @options are out of range or
 * the run would take too many events. */
PdCapacitySim *pd_capacity_sim_run (PdCapacity         *capacity,
                                    const PdSimOptions *options,
                                    GError            **error);
/* As pd_capacity_sim_run(), stopping with PD_CAPACITY_SIM_ERROR_CANCELLED
 * soon after @cancellable is cancelled (it is looked at every
 * PD_SIM_CANCEL_EVERY events), for a run in a thread. */
PdCapacitySim *pd_capacity_sim_run_cancellable (PdCapacity         *capacity,
                                                const PdSimOptions *options,
                                                GCancellable       *cancellable,
                                                GError            **error);
/* Simulates @capacities' pathways together, in one run with one random
 * stream, as one workforce (see above).
 * Returns: (transfer full) (element-type PdCapacitySim) (nullable): one
 * result for each of @capacities in their order, its steps in that
 * pathway's order, each with the whole run's events and people dropped;
 * NULL with @error set as pd_capacity_sim_run_cancellable(). */
GPtrArray     *pd_capacity_sim_run_together (PdCapacity * const *capacities,
                                             guint               n_capacities,
                                             const PdSimOptions *options,
                                             GCancellable       *cancellable,
                                             GError            **error);
void           pd_capacity_sim_free (PdCapacitySim *sim);

guint          pd_capacity_sim_get_n_steps (PdCapacitySim *sim);
/* Years in the figures: those simulated less the warm-up. */
guint          pd_capacity_sim_get_years_measured (PdCapacitySim *sim);
/* Events taken from the queue of events, for the curious and the tests. */
guint64        pd_capacity_sim_get_events (PdCapacitySim *sim);
/* People dropped after PD_SIM_MAX_VISITS steps. */
guint64        pd_capacity_sim_get_dropped (PdCapacitySim *sim);

/* Per step, @step < pd_capacity_sim_get_n_steps(). */
double         pd_capacity_sim_get_people_per_year (PdCapacitySim *sim,
                                                    guint          step);
double         pd_capacity_sim_get_served_per_year (PdCapacitySim *sim,
                                                    guint          step);
/* Waits in days, NAN when no one's wait was recorded there. */
double         pd_capacity_sim_get_median_wait (PdCapacitySim *sim,
                                                guint          step);
double         pd_capacity_sim_get_p90_wait    (PdCapacitySim *sim,
                                                guint          step);
/* Whether anyone at @step can wait: some of its work is for a role with
 * staff entered. */
gboolean       pd_capacity_sim_get_has_queue (PdCapacitySim *sim,
                                              guint          step);
/* People waiting for their first session at @step at the end of each month:
 * @n_months (out) is years × 12.
 * Returns: (transfer none) (array length=n_months) (nullable): NULL where
 * no one can wait (the queue is always empty). */
const guint   *pd_capacity_sim_get_queue (PdCapacitySim *sim,
                                          guint          step,
                                          guint         *n_months);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdCapacitySim, pd_capacity_sim_free)

G_END_DECLS
