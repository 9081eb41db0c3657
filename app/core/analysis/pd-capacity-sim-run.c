/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The simulation's run: people arriving, queueing for a role's servers,
 * served and sent on, one event at a time. The model is in pd-capacity-sim.h. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-capacity-sim-private.h"
#include "pd-sim-events.h"
#include "pd-sim-random.h"

#define WARM_UP ((double) PD_SIM_WARM_UP_YEARS)

/* Shares adding up to 100% may come to a hair over it in doubles. */
#define SHARE_EPSILON 1e-9

enum {
  EVENT_ARRIVAL,    /* a: the step */
  EVENT_DONE,       /* a: the visit, b: the pool or PD_SIM_UNLIMITED */
  EVENT_MONTH,      /* a: months since the start */
};

/* One person at one step with work there. */
typedef struct {
  guint    step;
  guint    pending;    /* pieces of work not yet done */
  guint    visits;     /* steps this person reached before this one */
  gboolean started;
  gboolean queued;     /* counted in the step's queue */
  double   arrived;
  guint    offer;      /* the offer this person was sent on from, + 1; 0 for none */
} Visit;

/* The people sent on from one parallel offer, while any of them is still
 * on the way to a join. */
typedef struct {
  guint  alive;        /* of them still going */
  guint  n_joined;
  guint  joined_size;
  guint *joined;       /* the joins one of them has reached */
} Offer;

typedef struct {
  guint visit;
  guint work;
} Job;

/* A role's servers and its queue, first come, first served: one queue for
 * the pool is first come, first served at each of its steps too. */
typedef struct {
  guint free;
  Job  *jobs;        /* a ring */
  guint head, len, size;
} Pool;

typedef struct {
  guint step;
  guint visits;
  guint offer;
} Reach;

typedef struct {
  const PdSimPlan    *plan;
  const PdSimOptions *options;
  GCancellable       *cancellable;
  PdSimRandom         random;
  PdSimEvents         events;
  GArray             *visits;       /* Visit */
  guint              *unused;       /* a stack: indices of finished visits */
  guint               n_unused;
  guint               unused_size;
  GArray             *offers;       /* Offer */
  guint              *unused_offers;
  guint               n_unused_offers;
  Pool               *pools;
  Reach              *reach;        /* a stack: people at steps now, to see to */
  guint               n_reach;
  guint               reach_size;
  guint              *waiting;      /* per step: people waiting now */
  guint64            *reached;      /* per step, after the warm-up */
  guint64            *started;
  guint64            *zero_waits;
  GArray            **waits;        /* per step, double days above 0 */
  guint64             work;         /* events and visits, against the bound */
  guint64             dropped;
} Run;

static void
pool_push (Pool *pool,
           Job   job)
{
  if (pool->len == pool->size)
    {
      guint size = MAX (16, pool->size * 2);
      Job *jobs = g_new (Job, size);

      for (guint i = 0; i < pool->len; i++)
        jobs[i] = pool->jobs[(pool->head + i) % pool->size];
      g_free (pool->jobs);
      pool->jobs = jobs;
      pool->size = size;
      pool->head = 0;
    }
  pool->jobs[(pool->head + pool->len) % pool->size] = job;
  pool->len++;
}

static gboolean
pool_pop (Pool *pool,
          Job  *job)
{
  if (pool->len == 0)
    return FALSE;
  *job = pool->jobs[pool->head];
  pool->head = (pool->head + 1) % pool->size;
  pool->len--;
  return TRUE;
}

static void
push_reach (Run   *run,
            guint  step,
            guint  visits,
            guint  offer)
{
  if (run->n_reach == run->reach_size)
    {
      run->reach_size = MAX (64, 2 * run->reach_size);
      run->reach = g_renew (Reach, run->reach, run->reach_size);
    }
  run->reach[run->n_reach++] = (Reach) { step, visits, offer };
}

/* A record of @alive people sent on from one offer: its index + 1. */
static guint
new_offer (Run   *run,
           guint  alive)
{
  Offer *offer;
  guint index;

  if (run->n_unused_offers > 0)
    index = run->unused_offers[--run->n_unused_offers];
  else
    {
      Offer none = { 0 };

      g_array_append_val (run->offers, none);
      run->unused_offers = g_renew (guint, run->unused_offers, run->offers->len);
      index = run->offers->len - 1;
    }
  offer = &g_array_index (run->offers, Offer, index);
  offer->alive = alive;
  offer->n_joined = 0;
  return index + 1;
}

/* One of the people sent on from @offer has stopped being its: the record
 * is free once none is left. */
static void
release_offer (Run   *run,
               guint  offer)
{
  if (offer == 0 || --g_array_index (run->offers, Offer, offer - 1).alive > 0)
    return;
  run->unused_offers[run->n_unused_offers++] = offer - 1;
}

/* Whether a person sent on from @offer reaching join @step is the first of
 * them there; notes that one has come. */
static gboolean
first_at_join (Run   *run,
               guint  offer,
               guint  step)
{
  Offer *record = &g_array_index (run->offers, Offer, offer - 1);

  for (guint i = 0; i < record->n_joined; i++)
    if (record->joined[i] == step)
      return FALSE;
  if (record->n_joined == record->joined_size)
    {
      record->joined_size = MAX (4, 2 * record->joined_size);
      record->joined = g_renew (guint, record->joined, record->joined_size);
    }
  record->joined[record->n_joined++] = step;
  return TRUE;
}

static void
record_start (Run    *run,
              guint   step,
              double  arrived,
              double  now)
{
  double days;

  if (now >= WARM_UP)
    run->started[step]++;
  if (arrived < WARM_UP)
    return;
  days = (now - arrived) * PD_SIM_DAYS_PER_YEAR;
  if (days <= 0)
    run->zero_waits[step]++;
  else
    g_array_append_val (run->waits[step], days);
}

static void
start_work (Run    *run,
            double  now,
            guint   index,
            guint   work_index)
{
  const PdSimWork *work = &g_array_index (run->plan->work, PdSimWork, work_index);
  Visit *visit = &g_array_index (run->visits, Visit, index);
  double rate;

  if (!visit->started)
    {
      visit->started = TRUE;
      if (visit->queued)
        run->waiting[visit->step]--;
      record_start (run, visit->step, visit->arrived, now);
    }
  rate = work->pool == PD_SIM_UNLIMITED
         ? run->plan->hours_per_wte
         : g_array_index (run->plan->pools, PdSimPool, work->pool).hours_per_server;
  pd_sim_events_add (&run->events, now + work->hours / rate, EVENT_DONE, index, work->pool);
}

/* A parallel offer: one draw for all its ways, so that those offered the
 * less common steps are among those offered the more common ones. With
 * joins in the pathway, those sent on carry the offer. */
static void
send_on_alongside (Run             *run,
                   const PdSimStep *step,
                   const PdSimWay  *ways,
                   guint            visits)
{
  double u = pd_sim_random_uniform (&run->random);
  guint taken = 0, offer = 0;

  for (guint i = 0; i < step->n_ways; i++)
    taken += u < ways[i].share;
  if (run->plan->has_joins && taken >= 2)
    offer = new_offer (run, taken);
  for (guint i = 0; i < step->n_ways; i++)
    if (u < ways[i].share)
      push_reach (run, ways[i].target, visits + 1, offer);
}

static void
send_on (Run   *run,
         guint  step_index,
         guint  visits,
         guint  offer)
{
  const PdSimStep *step = &g_array_index (run->plan->steps, PdSimStep, step_index);
  const PdSimWay *ways = &g_array_index (run->plan->ways, PdSimWay, step->first_way);
  double u;

  if (step->total_share > 1 + SHARE_EPSILON)
    {
      release_offer (run, offer);
      send_on_alongside (run, step, ways, visits);
      return;
    }
  u = pd_sim_random_uniform (&run->random);
  for (guint i = 0; i < step->n_ways; i++)
    {
      if (u < ways[i].share)
        {
          push_reach (run, ways[i].target, visits + 1, offer);
          return;
        }
      u -= ways[i].share;
    }
  release_offer (run, offer);
}

static guint
new_visit (Run         *run,
           const Visit *visit)
{
  guint index;

  if (run->n_unused > 0)
    {
      index = run->unused[--run->n_unused];
      g_array_index (run->visits, Visit, index) = *visit;
      return index;
    }
  g_array_append_val (run->visits, *visit);
  return run->visits->len - 1;
}

/* A person reaches a step: into the queues for its work, or straight on. */
static void
arrive (Run    *run,
        double  now,
        Reach   reach)
{
  const PdSimStep *step = &g_array_index (run->plan->steps, PdSimStep, reach.step);
  Visit visit = { reach.step, step->n_work, reach.visits, FALSE, FALSE, now, reach.offer };
  guint index;

  if (reach.visits >= PD_SIM_MAX_VISITS)
    {
      run->dropped++;
      release_offer (run, reach.offer);
      return;
    }
  if (step->join && reach.offer != 0)
    {
      gboolean first = first_at_join (run, reach.offer, reach.step);

      /* The first goes on as a plain person; the later ones are already
       * counted here in it. */
      release_offer (run, reach.offer);
      if (!first)
        return;
      visit.offer = 0;
    }
  if (now >= WARM_UP)
    run->reached[reach.step]++;
  if (!step->offered || step->n_work == 0)
    {
      if (step->offered)
        record_start (run, reach.step, now, now);
      send_on (run, reach.step, reach.visits, visit.offer);
      return;
    }
  index = new_visit (run, &visit);
  for (guint i = 0; i < step->n_work; i++)
    {
      guint w = step->first_work + i;
      guint p = g_array_index (run->plan->work, PdSimWork, w).pool;

      if (p != PD_SIM_UNLIMITED && run->pools[p].free == 0)
        pool_push (&run->pools[p], (Job) { index, w });
      else
        {
          if (p != PD_SIM_UNLIMITED)
            run->pools[p].free--;
          start_work (run, now, index, w);
        }
    }
  if (!g_array_index (run->visits, Visit, index).started)
    {
      g_array_index (run->visits, Visit, index).queued = TRUE;
      run->waiting[reach.step]++;
    }
}

/* Sees to everyone sent to a step at @now; FALSE past the bound. */
static gboolean
arrive_all (Run    *run,
            double  now)
{
  while (run->n_reach > 0)
    {
      Reach reach = run->reach[--run->n_reach];

      if (++run->work > PD_SIM_MAX_EVENTS)
        return FALSE;
      arrive (run, now, reach);
    }
  return TRUE;
}

static void
done (Run    *run,
      double  now,
      guint   index,
      guint   pool)
{
  Visit *visit;
  Job job;

  if (pool != PD_SIM_UNLIMITED)
    {
      if (pool_pop (&run->pools[pool], &job))
        start_work (run, now, job.visit, job.work);
      else
        run->pools[pool].free++;
    }
  visit = &g_array_index (run->visits, Visit, index);
  if (--visit->pending > 0)
    return;
  if (run->n_unused == run->unused_size)
    {
      run->unused_size = MAX (64, 2 * run->unused_size);
      run->unused = g_renew (guint, run->unused, run->unused_size);
    }
  run->unused[run->n_unused++] = index;
  send_on (run, visit->step, visit->visits, visit->offer);
}

static double
gap (Run    *run,
     double  rate)
{
  if (run->options->arrivals == PD_SIM_ARRIVALS_FIXED)
    return 1 / rate;
  return pd_sim_random_exponential (&run->random, rate);
}

static void
sample_queues (Run           *run,
               PdCapacitySim *sim,
               guint          month)
{
  for (guint i = 0; i < sim->n_steps; i++)
    if (sim->queue[i] != NULL)
      sim->queue[i][month - 1] = run->waiting[i];
}

static void
schedule_start (Run           *run,
                PdCapacitySim *sim)
{
  for (guint i = 0; i < run->plan->steps->len; i++)
    {
      double rate = g_array_index (run->plan->steps, PdSimStep, i).arrivals;

      if (rate > 0)
        pd_sim_events_add (&run->events, gap (run, rate), EVENT_ARRIVAL, i, 0);
    }
  for (guint month = 1; month <= sim->months; month++)
    pd_sim_events_add (&run->events, (double) month / PD_SIM_MONTHS_PER_YEAR, EVENT_MONTH,
                       month, 0);
}

typedef enum {
  RUN_FINISHED,
  RUN_TOO_MUCH,
  RUN_CANCELLED,
} RunEnd;

static RunEnd
run_events (Run           *run,
            PdCapacitySim *sim)
{
  PdSimEvent event;

  schedule_start (run, sim);
  while (pd_sim_events_pop (&run->events, &event) && event.time <= run->options->years)
    {
      if (++run->work > PD_SIM_MAX_EVENTS)
        return RUN_TOO_MUCH;
      if (run->work % PD_SIM_CANCEL_EVERY == 0 && g_cancellable_is_cancelled (run->cancellable))
        return RUN_CANCELLED;
      switch (event.kind)
        {
        case EVENT_ARRIVAL:
          push_reach (run, event.a, 0, 0);
          pd_sim_events_add (&run->events,
                             event.time + gap (run, g_array_index (run->plan->steps, PdSimStep,
                                                                   event.a).arrivals),
                             EVENT_ARRIVAL, event.a, 0);
          break;
        case EVENT_DONE:
          done (run, event.time, event.a, event.b);
          break;
        case EVENT_MONTH:
          sample_queues (run, sim, event.a);
          break;
        default:
          g_assert_not_reached ();
        }
      if (!arrive_all (run, event.time))
        return RUN_TOO_MUCH;
    }
  return RUN_FINISHED;
}

static void
run_init (Run                *run,
          const PdSimPlan    *plan,
          const PdSimOptions *options)
{
  guint n = plan->steps->len;

  run->plan = plan;
  run->options = options;
  pd_sim_random_init (&run->random, options->seed);
  pd_sim_events_init (&run->events);
  run->visits = g_array_new (FALSE, FALSE, sizeof (Visit));
  run->offers = g_array_new (FALSE, FALSE, sizeof (Offer));
  run->pools = g_new0 (Pool, plan->pools->len);
  for (guint i = 0; i < plan->pools->len; i++)
    run->pools[i].free = g_array_index (plan->pools, PdSimPool, i).servers;
  run->waiting = g_new0 (guint, n);
  run->reached = g_new0 (guint64, n);
  run->started = g_new0 (guint64, n);
  run->zero_waits = g_new0 (guint64, n);
  run->waits = g_new0 (GArray *, n);
  for (guint i = 0; i < n; i++)
    run->waits[i] = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
run_clear (Run *run)
{
  for (guint i = 0; i < run->plan->pools->len; i++)
    g_free (run->pools[i].jobs);
  for (guint i = 0; i < run->plan->steps->len; i++)
    g_array_unref (run->waits[i]);
  pd_sim_events_clear (&run->events);
  g_array_unref (run->visits);
  for (guint i = 0; i < run->offers->len; i++)
    g_free (g_array_index (run->offers, Offer, i).joined);
  g_array_unref (run->offers);
  g_free (run->unused_offers);
  g_free (run->unused);
  g_free (run->reach);
  g_free (run->pools);
  g_free (run->waiting);
  g_free (run->reached);
  g_free (run->started);
  g_free (run->zero_waits);
  g_free (run->waits);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The @q-th percentile (0 to 100) of @n_zero zeros and @waits, by linear
 * interpolation between the nearest ranks; sorts @waits. */
static double
percentile (guint64  n_zero,
            GArray  *waits,
            double   q)
{
  guint64 n = n_zero + waits->len;
  double position, below, above;
  guint64 low;

  if (n == 0)
    return NAN;
  position = (double) (n - 1) * q / 100;
  low = (guint64) floor (position);
  below = low < n_zero ? 0 : g_array_index (waits, double, low - n_zero);
  above = low + 1 >= n ? below
          : low + 1 < n_zero ? 0 : g_array_index (waits, double, low + 1 - n_zero);
  return below + (above - below) * (position - (double) low);
}

static void
gather (Run           *run,
        PdCapacitySim *sim)
{
  double measured = run->options->years - WARM_UP;

  sim->dropped = run->dropped;
  sim->events = run->work;
  for (guint i = 0; i < sim->n_steps; i++)
    {
      g_array_sort (run->waits[i], compare_doubles);
      sim->people[i] = run->reached[i] / measured;
      sim->served[i] = run->started[i] / measured;
      sim->median[i] = percentile (run->zero_waits[i], run->waits[i], 50);
      sim->p90[i] = percentile (run->zero_waits[i], run->waits[i], 90);
    }
}

static gboolean
check_options (const PdSimPlan    *plan,
               const PdSimOptions *options,
               GError            **error)
{
  double estimate = plan->visits_per_year * options->years * 2;

  if (options->years <= PD_SIM_WARM_UP_YEARS || options->years > PD_SIM_MAX_YEARS)
    {
      g_set_error (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_YEARS,
                   _("a simulation runs for %d to %d years, the first a warm-up, not %u"),
                   PD_SIM_WARM_UP_YEARS + 1, PD_SIM_MAX_YEARS, options->years);
      return FALSE;
    }
  if (!(estimate <= (double) PD_SIM_MAX_EVENTS))
    {
      g_set_error (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_TOO_MUCH,
                   _("simulating %u years of this pathway would take about %.0f events, more "
                     "than the %.0f allowed: simulate fewer years"),
                   options->years, estimate, (double) PD_SIM_MAX_EVENTS);
      return FALSE;
    }
  return TRUE;
}

PdCapacitySim *
pd_sim_plan_run (const PdSimPlan    *plan,
                 const PdSimOptions *options,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autoptr(PdCapacitySim) sim = NULL;
  Run run = { 0 };
  RunEnd end;

  if (!check_options (plan, options, error))
    return NULL;
  sim = pd_capacity_sim_new (plan, options->years);
  run_init (&run, plan, options);
  run.cancellable = cancellable;
  end = run_events (&run, sim);
  if (end == RUN_FINISHED)
    gather (&run, sim);
  run_clear (&run);
  if (end == RUN_CANCELLED)
    {
      g_set_error_literal (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_CANCELLED,
                           _("the simulation was cancelled"));
      return NULL;
    }
  if (end == RUN_TOO_MUCH)
    {
      g_set_error (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_TOO_MUCH,
                   _("the simulation stopped after %.0f events, the most allowed: people "
                     "go round a loop too often, or too many arrive; simulate fewer years"),
                   (double) PD_SIM_MAX_EVENTS);
      return NULL;
    }
  return g_steal_pointer (&sim);
}
