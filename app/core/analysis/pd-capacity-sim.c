/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The simulation's plan, made from the capacity model, and its results. The
 * run itself is in pd-capacity-sim-run.c. */
#include <math.h>

#include "pd-capacity-sim-private.h"

G_DEFINE_QUARK (pd-capacity-sim-error-quark, pd_capacity_sim_error)

void
pd_sim_plan_init (PdSimPlan *plan)
{
  plan->steps = g_array_new (FALSE, TRUE, sizeof (PdSimStep));
  plan->work = g_array_new (FALSE, TRUE, sizeof (PdSimWork));
  plan->ways = g_array_new (FALSE, TRUE, sizeof (PdSimWay));
  plan->pools = g_array_new (FALSE, TRUE, sizeof (PdSimPool));
  plan->hours_per_wte = 0;
  plan->visits_per_year = 0;
  plan->has_joins = FALSE;
}

void
pd_sim_plan_clear (PdSimPlan *plan)
{
  g_clear_pointer (&plan->steps, g_array_unref);
  g_clear_pointer (&plan->work, g_array_unref);
  g_clear_pointer (&plan->ways, g_array_unref);
  g_clear_pointer (&plan->pools, g_array_unref);
}

guint
pd_sim_plan_add_pool (PdSimPlan *plan,
                      double     wte,
                      double     hours)
{
  PdSimPool pool = { 0, 0 };

  if (wte > 0 && hours > 0)
    {
      pool.servers = (guint) MAX (1, round (wte));
      pool.hours_per_server = hours / pool.servers;
    }
  g_array_append_val (plan->pools, pool);
  return plan->pools->len - 1;
}

/* A role in an agency, as the capacity model's rows are matched. */
static char *
pool_key (const char *role,
          const char *agency_id)
{
  g_autofree char *folded = pd_capacity_fold_role (role);
  return g_strconcat (folded, "\n", agency_id ? agency_id : "", NULL);
}

typedef struct {
  double wte;
  double hours;
} InPost;

/* The pool of each role × agency with staff in post entered, by pool_key(),
 * as the capacity model shares them out (a post with no agency among its
 * role's agencies by the hours they need), added up over @capacities where
 * they share a role × agency. */
static GHashTable *
add_pools (PdSimPlan          *plan,
           PdCapacity * const *capacities,
           guint               n_capacities)
{
  GHashTable *pools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) in_post = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint c = 0; c < n_capacities; c++)
    for (guint i = 0; i < pd_capacity_get_n_roles (capacities[c]); i++)
      {
        const PdCapacityRole *row = pd_capacity_get_role (capacities[c], i);
        char *key;
        InPost *sum;

        if (!row->has_in_post)
          continue;
        key = pool_key (row->role, row->agency_id);
        sum = g_hash_table_lookup (in_post, key);
        if (sum == NULL)
          {
            sum = g_new0 (InPost, 1);
            g_hash_table_insert (in_post, key, sum);
            g_ptr_array_add (order, key);
          }
        else
          g_free (key);
        sum->wte += row->in_post;
        sum->hours += row->in_post * pd_capacity_get_hours_per_wte (capacities[c]);
      }
  /* Pools numbered in the order the rows come, for runs that do not depend
   * on a hash table's order. */
  for (guint i = 0; i < order->len; i++)
    {
      const char *key = g_ptr_array_index (order, i);
      InPost *sum = g_hash_table_lookup (in_post, key);

      g_hash_table_insert (pools, g_strdup (key),
                           GUINT_TO_POINTER (pd_sim_plan_add_pool (plan, sum->wte, sum->hours)));
    }
  return pools;
}

static void
add_work (PdSimPlan            *plan,
          PdSimStep            *step,
          const PdCapacityStep *from,
          GHashTable           *pools)
{
  const char *agency = pd_node_get_agency_id (from->node);

  step->first_work = plan->work->len;
  for (guint w = 0; w < from->n_work && from->people > 0; w++)
    {
      g_autofree char *key = pool_key (from->work[w].role, agency);
      gpointer pool;
      PdSimWork work = { PD_SIM_UNLIMITED, from->work[w].hours / from->people };

      if (!(work.hours > 0))
        continue;
      if (g_hash_table_lookup_extended (pools, key, NULL, &pool))
        work.pool = GPOINTER_TO_UINT (pool);
      g_array_append_val (plan->work, work);
      step->n_work++;
    }
}

/* The ways out of each step of @capacity, its steps from @first on, the
 * steps' ways next to one another. */
static void
add_ways (PdSimPlan  *plan,
          PdCapacity *capacity,
          GHashTable *index,
          guint       first)
{
  PdDocument *document = pd_capacity_get_document (capacity);
  guint n = plan->steps->len - first;
  g_autoptr(GPtrArray) out = g_ptr_array_new_full (n, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, g_array_new (FALSE, FALSE, sizeof (PdSimWay)));
  for (guint i = 0; i < pd_capacity_get_n_flows (capacity); i++)
    {
      const PdCapacityFlow *flow = pd_capacity_get_flow (capacity, i);
      PdNode *from = pd_document_get_node (document, pd_edge_get_from_id (flow->edge));
      PdNode *to = pd_document_get_node (document, pd_edge_get_to_id (flow->edge));
      gpointer source, target;
      PdSimWay way;

      if (from == NULL || to == NULL || !(flow->share > 0)
          || !g_hash_table_lookup_extended (index, from, NULL, &source)
          || !g_hash_table_lookup_extended (index, to, NULL, &target))
        continue;
      way.target = GPOINTER_TO_UINT (target);
      way.share = flow->share;
      g_array_append_val (g_ptr_array_index (out, GPOINTER_TO_UINT (source) - first), way);
    }
  for (guint i = 0; i < n; i++)
    {
      PdSimStep *step = &g_array_index (plan->steps, PdSimStep, first + i);
      GArray *ways = g_ptr_array_index (out, i);

      step->first_way = plan->ways->len;
      step->n_ways = ways->len;
      for (guint w = 0; w < ways->len; w++)
        {
          PdSimWay *way = &g_array_index (ways, PdSimWay, w);

          step->total_share += way->share;
          way->share = MIN (way->share, 1.0);
        }
      g_array_append_vals (plan->ways, ways->data, ways->len);
    }
}

static void
add_steps (PdSimPlan  *plan,
           PdCapacity *capacity,
           GHashTable *pools)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  guint first = plan->steps->len;

  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *from = pd_capacity_get_step (capacity, i);
      PdSimStep step = { 0 };

      step.arrivals = from->arrivals;
      step.offered = !from->unmet;
      step.join = pd_node_get_join (from->node);
      plan->has_joins |= step.join;
      add_work (plan, &step, from, pools);
      g_array_append_val (plan->steps, step);
      g_hash_table_insert (index, from->node, GUINT_TO_POINTER (first + i));
      plan->visits_per_year += from->people;
    }
  add_ways (plan, capacity, index, first);
}

/* One plan for @capacities' steps, one pathway's after another's, their
 * people served by one workforce. */
static void
make_plan (PdSimPlan          *plan,
           PdCapacity * const *capacities,
           guint               n_capacities)
{
  g_autoptr(GHashTable) pools = NULL;

  plan->hours_per_wte = pd_capacity_get_hours_per_wte (capacities[0]);
  pools = add_pools (plan, capacities, n_capacities);
  for (guint c = 0; c < n_capacities; c++)
    add_steps (plan, capacities[c], pools);
}

PdCapacitySim *
pd_capacity_sim_run (PdCapacity         *capacity,
                     const PdSimOptions *options,
                     GError            **error)
{
  return pd_capacity_sim_run_cancellable (capacity, options, NULL, error);
}

PdCapacitySim *
pd_capacity_sim_run_cancellable (PdCapacity         *capacity,
                                 const PdSimOptions *options,
                                 GCancellable       *cancellable,
                                 GError            **error)
{
  PdSimPlan plan;
  PdCapacitySim *sim;

  g_return_val_if_fail (capacity != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (pd_capacity_get_document (capacity) != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pd_sim_plan_init (&plan);
  make_plan (&plan, &capacity, 1);
  sim = pd_sim_plan_run (&plan, options, cancellable, error);
  pd_sim_plan_clear (&plan);
  return sim;
}

/* The results of @sim's steps @first to @first + @n − 1, the run's events
 * and people dropped with them. */
static PdCapacitySim *
slice (PdCapacitySim *sim,
       guint          first,
       guint          n)
{
  PdCapacitySim *part = g_new0 (PdCapacitySim, 1);

  part->n_steps = n;
  part->years = sim->years;
  part->months = sim->months;
  part->events = sim->events;
  part->dropped = sim->dropped;
  part->people = g_memdup2 (sim->people + first, n * sizeof (double));
  part->served = g_memdup2 (sim->served + first, n * sizeof (double));
  part->median = g_memdup2 (sim->median + first, n * sizeof (double));
  part->p90 = g_memdup2 (sim->p90 + first, n * sizeof (double));
  part->queue = g_new0 (guint *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    part->queue[i] = g_steal_pointer (&sim->queue[first + i]);
  return part;
}

GPtrArray *
pd_capacity_sim_run_together (PdCapacity * const *capacities,
                              guint               n_capacities,
                              const PdSimOptions *options,
                              GCancellable       *cancellable,
                              GError            **error)
{
  PdSimPlan plan;
  g_autoptr(PdCapacitySim) sim = NULL;
  GPtrArray *sims;
  guint first = 0;

  g_return_val_if_fail (capacities != NULL && n_capacities > 0, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (guint c = 0; c < n_capacities; c++)
    g_return_val_if_fail (pd_capacity_get_document (capacities[c]) != NULL, NULL);

  pd_sim_plan_init (&plan);
  make_plan (&plan, capacities, n_capacities);
  sim = pd_sim_plan_run (&plan, options, cancellable, error);
  pd_sim_plan_clear (&plan);
  if (sim == NULL)
    return NULL;
  sims = g_ptr_array_new_full (n_capacities, (GDestroyNotify) pd_capacity_sim_free);
  for (guint c = 0; c < n_capacities; c++)
    {
      guint n = pd_capacity_get_n_steps (capacities[c]);

      g_ptr_array_add (sims, slice (sim, first, n));
      first += n;
    }
  return sims;
}

PdCapacitySim *
pd_capacity_sim_new (const PdSimPlan *plan,
                     guint            years)
{
  PdCapacitySim *sim = g_new0 (PdCapacitySim, 1);
  guint n = plan->steps->len;

  sim->n_steps = n;
  sim->years = years;
  sim->months = years * PD_SIM_MONTHS_PER_YEAR;
  sim->people = g_new0 (double, n);
  sim->served = g_new0 (double, n);
  sim->median = g_new0 (double, n);
  sim->p90 = g_new0 (double, n);
  sim->queue = g_new0 (guint *, n);
  for (guint i = 0; i < n; i++)
    {
      const PdSimStep *step = &g_array_index (plan->steps, PdSimStep, i);

      for (guint w = 0; w < step->n_work && step->offered; w++)
        if (g_array_index (plan->work, PdSimWork, step->first_work + w).pool != PD_SIM_UNLIMITED)
          {
            sim->queue[i] = g_new0 (guint, sim->months);
            break;
          }
    }
  return sim;
}

void
pd_capacity_sim_free (PdCapacitySim *sim)
{
  if (sim == NULL)
    return;
  for (guint i = 0; i < sim->n_steps; i++)
    g_free (sim->queue[i]);
  g_free (sim->queue);
  g_free (sim->people);
  g_free (sim->served);
  g_free (sim->median);
  g_free (sim->p90);
  g_free (sim);
}

guint
pd_capacity_sim_get_n_steps (PdCapacitySim *sim)
{
  g_return_val_if_fail (sim != NULL, 0);
  return sim->n_steps;
}

guint
pd_capacity_sim_get_years_measured (PdCapacitySim *sim)
{
  g_return_val_if_fail (sim != NULL, 0);
  return sim->years - PD_SIM_WARM_UP_YEARS;
}

guint64
pd_capacity_sim_get_events (PdCapacitySim *sim)
{
  g_return_val_if_fail (sim != NULL, 0);
  return sim->events;
}

guint64
pd_capacity_sim_get_dropped (PdCapacitySim *sim)
{
  g_return_val_if_fail (sim != NULL, 0);
  return sim->dropped;
}

double
pd_capacity_sim_get_people_per_year (PdCapacitySim *sim,
                                     guint          step)
{
  g_return_val_if_fail (sim != NULL && step < sim->n_steps, 0);
  return sim->people[step];
}

double
pd_capacity_sim_get_served_per_year (PdCapacitySim *sim,
                                     guint          step)
{
  g_return_val_if_fail (sim != NULL && step < sim->n_steps, 0);
  return sim->served[step];
}

double
pd_capacity_sim_get_median_wait (PdCapacitySim *sim,
                                 guint          step)
{
  g_return_val_if_fail (sim != NULL && step < sim->n_steps, NAN);
  return sim->median[step];
}

double
pd_capacity_sim_get_p90_wait (PdCapacitySim *sim,
                              guint          step)
{
  g_return_val_if_fail (sim != NULL && step < sim->n_steps, NAN);
  return sim->p90[step];
}

gboolean
pd_capacity_sim_get_has_queue (PdCapacitySim *sim,
                               guint          step)
{
  g_return_val_if_fail (sim != NULL && step < sim->n_steps, FALSE);
  return sim->queue[step] != NULL;
}

const guint *
pd_capacity_sim_get_queue (PdCapacitySim *sim,
                           guint          step,
                           guint         *n_months)
{
  g_return_val_if_fail (sim != NULL && step < sim->n_steps, NULL);
  g_return_val_if_fail (n_months != NULL, NULL);
  *n_months = sim->queue[step] != NULL ? sim->months : 0;
  return sim->queue[step];
}
