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
                      double     wte)
{
  PdSimPool pool = { 0, 0 };

  if (wte > 0)
    {
      pool.servers = (guint) MAX (1, round (wte));
      pool.hours_per_server = wte / pool.servers * plan->hours_per_wte;
    }
  g_array_append_val (plan->pools, pool);
  return plan->pools->len - 1;
}

/* The pool of each role with staff entered, by folded name: all its posts,
 * whatever their agency. */
static GHashTable *
add_pools (PdSimPlan  *plan,
           PdDocument *document)
{
  GHashTable *pools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *staffing = pd_document_get_staffing (document);
  g_autoptr(GHashTable) wte = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; staffing != NULL && i < staffing->len; i++)
    {
      const PdPost *post = g_ptr_array_index (staffing, i);
      char *role = pd_capacity_fold_role (post->role);
      double *sum = g_hash_table_lookup (wte, role);

      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (wte, role, sum);
        }
      else
        g_free (role);
      *sum += post->wte;
    }
  /* Pools numbered in the order of the staffing, for runs that do not
   * depend on a hash table's order. */
  for (guint i = 0; staffing != NULL && i < staffing->len; i++)
    {
      const PdPost *post = g_ptr_array_index (staffing, i);
      g_autofree char *role = pd_capacity_fold_role (post->role);

      if (!g_hash_table_contains (pools, role))
        g_hash_table_insert (pools, g_strdup (role),
                             GUINT_TO_POINTER (pd_sim_plan_add_pool (plan, *(double *)
                                               g_hash_table_lookup (wte, role))));
    }
  return pools;
}

static void
add_work (PdSimPlan            *plan,
          PdSimStep            *step,
          const PdCapacityStep *from,
          GHashTable           *pools)
{
  step->first_work = plan->work->len;
  for (guint w = 0; w < from->n_work && from->people > 0; w++)
    {
      g_autofree char *role = pd_capacity_fold_role (from->work[w].role);
      gpointer pool;
      PdSimWork work = { PD_SIM_UNLIMITED, from->work[w].hours / from->people };

      if (!(work.hours > 0))
        continue;
      if (g_hash_table_lookup_extended (pools, role, NULL, &pool))
        work.pool = GPOINTER_TO_UINT (pool);
      g_array_append_val (plan->work, work);
      step->n_work++;
    }
}

/* The ways out of each step, the steps' ways next to one another. */
static void
add_ways (PdSimPlan  *plan,
          PdCapacity *capacity,
          GHashTable *index)
{
  PdDocument *document = pd_capacity_get_document (capacity);
  guint n = plan->steps->len;
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
      g_array_append_val (g_ptr_array_index (out, GPOINTER_TO_UINT (source)), way);
    }
  for (guint i = 0; i < n; i++)
    {
      PdSimStep *step = &g_array_index (plan->steps, PdSimStep, i);
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
make_plan (PdSimPlan  *plan,
           PdCapacity *capacity)
{
  guint n = pd_capacity_get_n_steps (capacity);
  g_autoptr(GHashTable) pools = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);

  plan->hours_per_wte = pd_capacity_get_hours_per_wte (capacity);
  pools = add_pools (plan, pd_capacity_get_document (capacity));
  for (guint i = 0; i < n; i++)
    {
      const PdCapacityStep *from = pd_capacity_get_step (capacity, i);
      PdSimStep step = { 0 };

      step.arrivals = from->arrivals;
      step.offered = !from->unmet;
      step.join = pd_node_get_join (from->node);
      plan->has_joins |= step.join;
      add_work (plan, &step, from, pools);
      g_array_append_val (plan->steps, step);
      g_hash_table_insert (index, from->node, GUINT_TO_POINTER (i));
      plan->visits_per_year += from->people;
    }
  add_ways (plan, capacity, index);
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
  make_plan (&plan, capacity);
  sim = pd_sim_plan_run (&plan, options, cancellable, error);
  pd_sim_plan_clear (&plan);
  return sim;
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
