/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "pd-capacity-sim-private.h"
#include "pd-capacity-sim-table.h"
#include "pd-sim-random.h"
#include "pd-staff.h"
#include "test-common.h"

/* The simulation against the linear model and against what queues do. */

#define HOURS_PER_WTE 1012.5

static PdDocument *
pathway (guint referrals)
{
  PdDocument *doc = pd_document_new ();

  g_object_set (doc, "referrals-per-year", referrals, "hours-per-wte", HOURS_PER_WTE, NULL);
  return doc;
}

static void
step (PdDocument *doc,
      const char *id,
      PdNodeKind  kind,
      guint       sessions,
      guint       minutes,
      const char *role)
{
  g_autoptr(PdNode) node = pd_node_new (id, kind);

  g_object_set (node, "title", id, "sessions", sessions, "session-minutes", minutes,
                "staff-role", role, "agency-id", "nhs", NULL);
  pd_document_add_node (doc, node);
}

static void
way (PdDocument *doc,
     const char *from,
     const char *to,
     double      likelihood)
{
  g_autofree char *id = g_strdup_printf ("%s-%s", from, to);
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);

  g_object_set (edge, "likelihood", likelihood, NULL);
  pd_document_add_edge (doc, edge);
}

static void
in_post (PdDocument *doc,
         const char *role,
         double      wte)
{
  g_autoptr(GPtrArray) staffing = pd_post_array_new ();

  g_ptr_array_add (staffing, pd_post_new (role, NULL, wte));
  g_object_set (doc, "staffing", staffing, NULL);
}

/* A referral, then 10 one-hour sessions with a therapist: 10 staff hours a
 * person, so one WTE sees 101.25 people a year. */
static PdDocument *
therapy (guint referrals)
{
  PdDocument *doc = pathway (referrals);

  step (doc, "r", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "t", PD_NODE_KIND_INTERVENTION, 10, 60, "Therapist");
  way (doc, "r", "t", 100);
  return doc;
}

static PdCapacity *
capacity_of (PdDocument *doc)
{
  g_autoptr(GError) error = NULL;
  PdCapacity *capacity = pd_capacity_new (doc, NULL, &error);

  g_assert_no_error (error);
  return capacity;
}

static PdCapacitySim *
simulate (PdCapacity    *capacity,
          guint          years,
          guint64        seed,
          PdSimArrivals  arrivals)
{
  PdSimOptions options = { years, seed, arrivals };
  g_autoptr(GError) error = NULL;
  PdCapacitySim *sim = pd_capacity_sim_run (capacity, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sim);
  g_assert_cmpuint (pd_capacity_sim_get_n_steps (sim), ==, pd_capacity_get_n_steps (capacity));
  return sim;
}

static guint
index_of (PdCapacity *capacity,
          const char *id)
{
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    if (g_str_equal (pd_node_get_id (pd_capacity_get_step (capacity, i)->node), id))
      return i;
  g_error ("no step %s", id);
}

/* The first numbers of seed 1, worked out from the published algorithm
 * (splitmix64 filling the state, then xoshiro256**) apart from this code. */
static void
test_random_published (void)
{
  PdSimRandom random;

  pd_sim_random_init (&random, 1);
  g_assert_cmphex (pd_sim_random_next (&random), ==, G_GUINT64_CONSTANT (0xb3f2af6d0fc710c5));
  g_assert_cmphex (pd_sim_random_next (&random), ==, G_GUINT64_CONSTANT (0x853b559647364cea));
  g_assert_cmphex (pd_sim_random_next (&random), ==, G_GUINT64_CONSTANT (0x92f89756082a4514));
}

static gboolean
same_results (PdCapacitySim *a,
              PdCapacitySim *b)
{
  for (guint i = 0; i < pd_capacity_sim_get_n_steps (a); i++)
    {
      guint n_a, n_b;
      const guint *qa = pd_capacity_sim_get_queue (a, i, &n_a);
      const guint *qb = pd_capacity_sim_get_queue (b, i, &n_b);

      if (pd_capacity_sim_get_people_per_year (a, i) != pd_capacity_sim_get_people_per_year (b, i)
          || pd_capacity_sim_get_served_per_year (a, i)
             != pd_capacity_sim_get_served_per_year (b, i)
          || pd_capacity_sim_get_median_wait (a, i) != pd_capacity_sim_get_median_wait (b, i)
          || pd_capacity_sim_get_p90_wait (a, i) != pd_capacity_sim_get_p90_wait (b, i)
          || n_a != n_b || (n_a > 0 && memcmp (qa, qb, n_a * sizeof (guint)) != 0))
        return FALSE;
    }
  return TRUE;
}

/* 95 people a year for 101.25 a year of one therapist's time: a queue that
 * comes and goes, different with every seed. */
static void
test_seed (void)
{
  g_autoptr(PdDocument) doc = therapy (95);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) first = NULL;
  g_autoptr(PdCapacitySim) again = NULL;
  g_autoptr(PdCapacitySim) other = NULL;
  guint t;

  in_post (doc, "Therapist", 1);
  capacity = capacity_of (doc);
  t = index_of (capacity, "t");
  first = simulate (capacity, 20, 42, PD_SIM_ARRIVALS_POISSON);
  again = simulate (capacity, 20, 42, PD_SIM_ARRIVALS_POISSON);
  other = simulate (capacity, 20, 43, PD_SIM_ARRIVALS_POISSON);
  g_assert_true (pd_capacity_sim_get_has_queue (first, t));
  g_assert_cmpfloat (pd_capacity_sim_get_median_wait (first, t), >, 1);
  g_assert_true (same_results (first, again));
  g_assert_false (same_results (first, other));
  g_assert_cmpfloat (pd_capacity_sim_get_people_per_year (first, t), !=,
                     pd_capacity_sim_get_people_per_year (other, t));
  g_assert_cmpfloat (pd_capacity_sim_get_median_wait (first, t), !=,
                     pd_capacity_sim_get_median_wait (other, t));
}

/* The long run: each example simulated for 100 years with Poisson arrivals,
 * repeated with other seeds until at least 100,000 people have entered in
 * the years measured, and the mean people a year at each step compared with
 * the linear model's. A step that N people reach in all is counted to within
 * about √N (Poisson): steps with 40,000 or more, where 2% is 4 √N, are held
 * to 2%; the others to 4 √N (3.2% at 15,000); the pathway's total to 2%. */
#define LONG_RUN_YEARS 100
#define LONG_RUN_ENTERING 100000.0
#define STRICT_PEOPLE 40000.0

static guint
replications (PdCapacity *capacity)
{
  double entering = pd_capacity_get_totals (capacity)->arrivals
                    * (LONG_RUN_YEARS - PD_SIM_WARM_UP_YEARS);

  g_assert_cmpfloat (entering, >, 0);
  return (guint) ceil (LONG_RUN_ENTERING / entering);
}

static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdCapacity) capacity = capacity_of (doc);
  guint n = pd_capacity_get_n_steps (capacity), runs = replications (capacity);
  g_autofree double *mean = g_new0 (double, n);
  double linear_total = 0, sim_total = 0;
  guint strict = 0;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(PdCapacitySim) sim = simulate (capacity, LONG_RUN_YEARS, r + 1,
                                               PD_SIM_ARRIVALS_POISSON);

      g_assert_cmpuint (pd_capacity_sim_get_dropped (sim), ==, 0);
      for (guint i = 0; i < n; i++)
        mean[i] += pd_capacity_sim_get_people_per_year (sim, i) / runs;
    }
  for (guint i = 0; i < n; i++)
    {
      double linear = pd_capacity_get_step (capacity, i)->people;
      double people = linear * (LONG_RUN_YEARS - PD_SIM_WARM_UP_YEARS) * runs;
      double allowed = people >= STRICT_PEOPLE ? 0.02 * linear
                       : 4 * sqrt (people) / (people / linear);

      g_test_message ("%s: linear %.2f, simulated %.2f (%+.2f%%), allowed %.2f",
                      pd_node_get_id (pd_capacity_get_step (capacity, i)->node), linear, mean[i],
                      linear > 0 ? (mean[i] - linear) / linear * 100 : 0, allowed);
      g_assert_cmpfloat (fabs (mean[i] - linear), <=, allowed);
      strict += people >= STRICT_PEOPLE;
      linear_total += linear;
      sim_total += mean[i];
    }
  g_assert_cmpfloat (fabs (sim_total - linear_total), <=, 0.02 * linear_total);
  g_test_message ("%u runs; %u of %u steps held to 2%%; total %+.2f%%", runs, strict, n,
                  (sim_total - linear_total) / linear_total * 100);
}

/* 300 people a year for one therapist who can see 101.25: everyone reaches
 * the therapy, 101.25 a year start it, and the queue grows by the other
 * 198.75 a year, month by month; evenly spaced arrivals and fixed service
 * make that exact to a person or two. */
static void
test_understaffed (void)
{
  g_autoptr(PdDocument) doc = therapy (300);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  const guint *queue;
  guint t, n_months;

  in_post (doc, "therapist ", 1);
  capacity = capacity_of (doc);
  t = index_of (capacity, "t");
  sim = simulate (capacity, 10, 1, PD_SIM_ARRIVALS_FIXED);
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_people_per_year (sim, t), 300, 0.5);
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_served_per_year (sim, t),
                                  HOURS_PER_WTE / 10, 0.5);
  queue = pd_capacity_sim_get_queue (sim, t, &n_months);
  g_assert_nonnull (queue);
  g_assert_cmpuint (n_months, ==, 120);
  for (guint m = 1; m <= n_months; m++)
    g_assert_cmpfloat (fabs (queue[m - 1] - (300 - HOURS_PER_WTE / 10) * m / 12), <=, 2);
  /* The k-th to arrive (at k ÷ 300 years) starts at (k − 1) ÷ 101.25 (and a
   * little): each waits (k − 1) × 0.00654 years, longer than the one
   * before. Those with a wait recorded arrived after the warm-up year and
   * started within the 10: k from 300 to 1013, whose median is k = 656.5
   * (1567 days) and 90th percentile k = 941.7 (2248 days). */
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_median_wait (sim, t),
                                  655.5 * (10 / HOURS_PER_WTE - 1 / 300.) * 365.25, 15);
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_p90_wait (sim, t),
                                  940.7 * (10 / HOURS_PER_WTE - 1 / 300.) * 365.25, 20);
  /* The referral step has no staff time: no queue, no wait. */
  g_assert_null (pd_capacity_sim_get_queue (sim, index_of (capacity, "r"), &n_months));
  g_assert_cmpfloat (pd_capacity_sim_get_median_wait (sim, index_of (capacity, "r")), ==, 0);
}

/* The same therapy with staff entered only for another role: the
 * therapist's servers are unlimited, and no one waits however many come;
 * with staff enough for 101.25 a year and 75 arriving at even spacing no
 * one waits either (each is done before the next comes). */
static void
test_unlimited (void)
{
  g_autoptr(PdDocument) doc = therapy (5000);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  g_autoptr(PdDocument) enough = therapy (75);
  g_autoptr(PdCapacity) enough_capacity = NULL;
  g_autoptr(PdCapacitySim) enough_sim = NULL;
  guint t, n_months;

  in_post (doc, "Administrator", 0.1);
  capacity = capacity_of (doc);
  t = index_of (capacity, "t");
  sim = simulate (capacity, 5, 3, PD_SIM_ARRIVALS_POISSON);
  g_assert_false (pd_capacity_sim_get_has_queue (sim, t));
  g_assert_null (pd_capacity_sim_get_queue (sim, t, &n_months));
  g_assert_cmpuint (n_months, ==, 0);
  g_assert_cmpfloat (pd_capacity_sim_get_served_per_year (sim, t), >, 4800);
  g_assert_cmpfloat (pd_capacity_sim_get_median_wait (sim, t), ==, 0);
  g_assert_cmpfloat (pd_capacity_sim_get_p90_wait (sim, t), ==, 0);

  in_post (enough, "Therapist", 1);
  enough_capacity = capacity_of (enough);
  t = index_of (enough_capacity, "t");
  enough_sim = simulate (enough_capacity, 5, 3, PD_SIM_ARRIVALS_FIXED);
  g_assert_true (pd_capacity_sim_get_has_queue (enough_sim, t));
  g_assert_cmpfloat (pd_capacity_sim_get_p90_wait (enough_sim, t), ==, 0);
}

/* A step of @agency that @arrivals a year join from outside, each for 10
 * one-hour sessions with a care coordinator. */
static void
coordination (PdDocument *doc,
              const char *id,
              const char *agency,
              double      arrivals)
{
  g_autoptr(PdNode) node = pd_node_new (id, PD_NODE_KIND_INTERVENTION);

  g_object_set (node, "title", id, "sessions", 10, "session-minutes", 60,
                "staff-role", "Care coordinator", "agency-id", agency,
                "arrivals-per-year", arrivals, NULL);
  pd_document_add_node (doc, node);
}

/* Staff in post: pairs of an agency (NULL for none) and WTE, all care
 * coordinators, ending with NULL, -1. */
static void
coordinators (PdDocument *doc,
              ...)
{
  g_autoptr(GPtrArray) staffing = pd_post_array_new ();
  const char *agency;
  va_list args;

  va_start (args, doc);
  for (agency = va_arg (args, const char *);; agency = va_arg (args, const char *))
    {
      double wte = va_arg (args, double);

      if (wte < 0)
        break;
      g_ptr_array_add (staffing, pd_post_new ("Care coordinator", agency, wte));
    }
  va_end (args);
  g_object_set (doc, "staffing", staffing, NULL);
}

/* The queue at each month's end within two people of @growth a year. */
static void
assert_queue_grows (PdCapacitySim *sim,
                    guint          step,
                    double         growth)
{
  guint n_months;
  const guint *queue = pd_capacity_sim_get_queue (sim, step, &n_months);

  g_assert_nonnull (queue);
  for (guint m = 1; m <= n_months; m++)
    g_assert_cmpfloat (fabs (queue[m - 1] - growth * m / 12), <=, 2);
}

/* Two agencies' care coordinators, 200 people a year coming to each: the
 * NHS has 1 WTE (101.25 people a year), social care 3 (303.75). The NHS
 * queue grows by 98.75 a year and its k-th person (at k ÷ 200 years) starts
 * at (k − 1) × 10 ÷ 1012.5: those recorded, k from 200 to 1013 over 10
 * years, have the median k = 606.5, 1078 days. Social care's three servers,
 * each busy 1.98 gaps between people, keep everyone from waiting. Pooled,
 * the 4 WTE would see 405 a year of the 400 and the NHS would hardly wait. */
static void
test_agencies (void)
{
  g_autoptr(PdDocument) doc = pathway (0);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  guint nhs, council;

  coordination (doc, "nhs-cc", "nhs", 200);
  coordination (doc, "council-cc", "council", 200);
  coordinators (doc, "nhs", 1.0, "council", 3.0, NULL, -1.0);
  capacity = capacity_of (doc);
  nhs = index_of (capacity, "nhs-cc");
  council = index_of (capacity, "council-cc");
  sim = simulate (capacity, 10, 1, PD_SIM_ARRIVALS_FIXED);
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_served_per_year (sim, nhs),
                                  HOURS_PER_WTE / 10, 0.5);
  assert_queue_grows (sim, nhs, 200 - HOURS_PER_WTE / 10);
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_median_wait (sim, nhs),
                                  (605.5 * (10 / HOURS_PER_WTE - 1 / 200.) - 1 / 200.) * 365.25,
                                  15);
  g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_served_per_year (sim, council), 200, 0.5);
  assert_queue_grows (sim, council, 0);
  g_assert_cmpfloat (pd_capacity_sim_get_p90_wait (sim, council), ==, 0);
}

/* A post with no agency counts in each agency by the hours it needs: 4 WTE
 * for 300 and 100 people a year are 3 WTE (303.75 people) for the NHS and
 * 1 (101.25) for social care, and no one waits; shared equally, the NHS
 * would have 202.5 for its 300 and its queue would grow. */
static void
test_agency_none (void)
{
  g_autoptr(PdDocument) doc = pathway (0);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;

  coordination (doc, "nhs-cc", "nhs", 300);
  coordination (doc, "council-cc", "council", 100);
  coordinators (doc, NULL, 4.0, NULL, -1.0);
  capacity = capacity_of (doc);
  sim = simulate (capacity, 10, 1, PD_SIM_ARRIVALS_FIXED);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      assert_queue_grows (sim, i, 0);
      g_assert_cmpfloat (pd_capacity_sim_get_p90_wait (sim, i), ==, 0);
    }
}

static GPtrArray *
simulate_together (PdCapacity **capacities,
                   guint        n,
                   guint64      seed,
                   PdSimArrivals arrivals)
{
  PdSimOptions options = { 10, seed, arrivals };
  g_autoptr(GError) error = NULL;
  GPtrArray *sims = pd_capacity_sim_run_together (capacities, n, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sims);
  g_assert_cmpuint (sims->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (pd_capacity_sim_get_n_steps (g_ptr_array_index (sims, i)), ==,
                      pd_capacity_get_n_steps (capacities[i]));
  return sims;
}

/* Two pathways of one NHS team: the first sends it 150 people a year with
 * 1 WTE in post (101.25 a year), the second 50 with 2. Apart, the first's
 * queue grows by 48.75 a year; together the 3 WTE see 303.75 a year of the
 * 200 and no one waits. Social care's coordinators in a third pathway are
 * another workforce and change nothing. */
static void
test_together (void)
{
  g_autoptr(PdDocument) first = pathway (0);
  g_autoptr(PdDocument) second = pathway (0);
  g_autoptr(PdDocument) third = pathway (0);
  PdCapacity *capacities[3];
  g_autoptr(PdCapacitySim) apart = NULL;
  g_autoptr(PdCapacitySim) alone = NULL;
  g_autoptr(GPtrArray) together = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) with_council = NULL;

  coordination (first, "a", "nhs", 150);
  coordinators (first, "nhs", 1.0, NULL, -1.0);
  coordination (second, "b", "nhs", 50);
  coordinators (second, "nhs", 2.0, NULL, -1.0);
  coordination (third, "c", "council", 10);
  coordinators (third, "council", 50.0, NULL, -1.0);
  capacities[0] = capacity_of (first);
  capacities[1] = capacity_of (second);
  capacities[2] = capacity_of (third);

  apart = simulate (capacities[0], 10, 1, PD_SIM_ARRIVALS_FIXED);
  assert_queue_grows (apart, 0, 150 - HOURS_PER_WTE / 10);
  together = simulate_together (capacities, 2, 1, PD_SIM_ARRIVALS_FIXED);
  for (guint i = 0; i < 2; i++)
    {
      assert_queue_grows (g_ptr_array_index (together, i), 0, 0);
      g_assert_cmpfloat (pd_capacity_sim_get_p90_wait (g_ptr_array_index (together, i), 0), ==,
                         0);
    }
  g_assert_cmpfloat_with_epsilon (
    pd_capacity_sim_get_served_per_year (g_ptr_array_index (together, 0), 0), 150, 0.5);
  g_assert_cmpfloat_with_epsilon (
    pd_capacity_sim_get_served_per_year (g_ptr_array_index (together, 1), 0), 50, 0.5);

  /* The third pathway's council coordinators do not help the NHS. */
  with_council = simulate_together ((PdCapacity *[]) { capacities[0], capacities[2] }, 2, 1,
                                    PD_SIM_ARRIVALS_FIXED);
  assert_queue_grows (g_ptr_array_index (with_council, 0), 0, 150 - HOURS_PER_WTE / 10);

  /* One seed, one result; a pathway alone gives what simulating it gives. */
  again = simulate_together (capacities, 2, 1, PD_SIM_ARRIVALS_FIXED);
  for (guint i = 0; i < 2; i++)
    g_assert_true (same_results (g_ptr_array_index (together, i), g_ptr_array_index (again, i)));
  g_clear_pointer (&again, g_ptr_array_unref);
  again = simulate_together (capacities, 1, 7, PD_SIM_ARRIVALS_POISSON);
  alone = simulate (capacities[0], 10, 7, PD_SIM_ARRIVALS_POISSON);
  g_assert_true (same_results (alone, g_ptr_array_index (again, 0)));

  for (guint i = 0; i < G_N_ELEMENTS (capacities); i++)
    pd_capacity_free (capacities[i]);
}

/* The figures as tables: the CSV of `pathway capacity --simulate --format
 * csv` and the Waiting sheet hold each step's own figures in their own
 * columns; the sheet's year ends are the queue at months 12, 24 … */
static void
test_tables (void)
{
  g_autoptr(PdDocument) doc = therapy (300);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(PdTable) table = NULL;
  g_autofree char *sheet = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) therapy_row = NULL;
  g_auto(GStrv) sheet_lines = NULL;
  g_auto(GStrv) sheet_row = NULL;
  const guint *queue;
  guint t, n_months;

  in_post (doc, "Therapist", 1);
  capacity = capacity_of (doc);
  t = index_of (capacity, "t");
  sim = simulate (capacity, 4, 1, PD_SIM_ARRIVALS_POISSON);
  queue = pd_capacity_sim_get_queue (sim, t, &n_months);
  g_assert_cmpfloat (pd_capacity_sim_get_p90_wait (sim, t), >,
                     pd_capacity_sim_get_median_wait (sim, t) + 1);

  pd_capacity_sim_append_csv_header (csv);
  pd_capacity_sim_append_csv (csv, capacity, sim, "p");
  lines = g_strsplit (csv->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  therapy_row = g_strsplit (lines[1 + t], ",", -1);
  g_assert_cmpuint (g_strv_length (therapy_row), ==, 9);
  g_assert_cmpstr (therapy_row[1], ==, "t");
  /* To the fifteen digits the command writes. */
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (therapy_row[6], NULL),
                                  pd_capacity_sim_get_median_wait (sim, t), 1e-9);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (therapy_row[7], NULL),
                                  pd_capacity_sim_get_p90_wait (sim, t), 1e-9);
  g_assert_cmpuint (strtoul (therapy_row[8], NULL, 10), ==, queue[n_months - 1]);

  table = pd_capacity_sim_table (capacity, sim, "p");
  sheet = pd_table_to_csv (table);
  sheet_lines = g_strsplit (sheet, "\n", -1);
  g_assert_cmpstr (sheet_lines[0], ==, "pathway,step,title,median_wait_days,p90_wait_days,"
                   "waiting_end_of_year_1,waiting_end_of_year_2,waiting_end_of_year_3,"
                   "waiting_end_of_year_4");
  sheet_row = g_strsplit (sheet_lines[1 + t], ",", -1);
  g_assert_cmpfloat (g_ascii_strtod (sheet_row[3], NULL), ==,
                     pd_capacity_sim_get_median_wait (sim, t));
  g_assert_cmpfloat (g_ascii_strtod (sheet_row[4], NULL), ==,
                     pd_capacity_sim_get_p90_wait (sim, t));
  for (guint y = 1; y <= 4; y++)
    g_assert_cmpuint (strtoul (sheet_row[4 + y], NULL, 10), ==, queue[12 * y - 1]);
  /* No one waits at the referral: its year ends are left empty. */
  g_assert_true (g_str_has_suffix (sheet_lines[1 + index_of (capacity, "r")], ",0,0,,,,"));
}

/* Where LibreOffice Calc is installed, it opens the Waiting sheet and
 * gives back each step's figures: the waits to the digits written, the
 * queue at each year's end exactly, and empty cells where no one waits. */
static void
test_tables_in_libreoffice (void)
{
  g_autoptr(PdDocument) doc = therapy (300);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  g_autoptr(PdTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pathway-waiting-ods-XXXXXX", NULL);
  g_autofree char *ods = g_build_filename (dir, "waits.ods", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "waits.csv", NULL);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { soffice, profile, "--headless", "--convert-to",
                         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                         "false", "--outdir", dir, ods, NULL };
  int status;

  if (!test_have_program ("soffice") || !test_have_program ("localc"))
    {
      g_test_skip ("LibreOffice Calc is not installed");
      return;
    }
  in_post (doc, "Therapist", 1);
  capacity = capacity_of (doc);
  sim = simulate (capacity, 6, 2, PD_SIM_ARRIVALS_POISSON);
  table = pd_capacity_sim_table (capacity, sim, "p");
  g_assert_true (pd_table_write_ods (&table, 1, ods, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                               NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "pathway,step,title,median_wait_days,p90_wait_days,"
                   "waiting_end_of_year_1,waiting_end_of_year_2,waiting_end_of_year_3,"
                   "waiting_end_of_year_4,waiting_end_of_year_5,waiting_end_of_year_6");
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[1 + i], ",", -1);
      guint n_months;
      const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);
      double median = pd_capacity_sim_get_median_wait (sim, i);
      double p90 = pd_capacity_sim_get_p90_wait (sim, i);

      g_assert_cmpuint (g_strv_length (fields), ==, 11);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (fields[3], NULL), median,
                                      1e-12 * MAX (1, median));
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (fields[4], NULL), p90, 1e-12 * MAX (1, p90));
      for (guint y = 1; y <= 6; y++)
        {
          g_autofree char *want = queue ? g_strdup_printf ("%u", queue[12 * y - 1]) : g_strdup ("");

          g_assert_cmpstr (fields[4 + y], ==, want);
        }
    }
  g_remove (ods);
  g_remove (csv_path);
}

/* A step-down loop and a re-referral: 40% of those reviewed go back to the
 * therapy, and half of those discharged are referred again, so the referral
 * sees r = 1000 + 0.5 r = 2000 a year and the therapy and review r ÷ 0.6 =
 * 3333.3, needing 21,667 hours of the 30,375 in post. The loops are gone
 * round without running away: the events stay in proportion to the people. */
static void
test_loop (void)
{
  g_autoptr(PdDocument) doc = pathway (1000);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  double visits = 0;

  step (doc, "r", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "t", PD_NODE_KIND_INTERVENTION, 6, 60, "Therapist");
  step (doc, "v", PD_NODE_KIND_REVIEW, 1, 30, "Therapist");
  step (doc, "d", PD_NODE_KIND_DISCHARGE, 0, 0, NULL);
  way (doc, "r", "t", 100);
  way (doc, "t", "v", 100);
  way (doc, "v", "t", 40);
  way (doc, "v", "d", 60);
  way (doc, "d", "r", 50);
  in_post (doc, "Therapist", 30);
  capacity = capacity_of (doc);
  sim = simulate (capacity, 41, 9, PD_SIM_ARRIVALS_POISSON);
  g_assert_cmpuint (pd_capacity_sim_get_dropped (sim), ==, 0);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      double linear = pd_capacity_get_step (capacity, i)->people;

      g_assert_cmpfloat (fabs (pd_capacity_sim_get_people_per_year (sim, i) - linear), <=,
                         0.02 * linear);
      visits += linear;
    }
  g_assert_cmpfloat_with_epsilon (pd_capacity_get_step (capacity, index_of (capacity, "r"))->people,
                                  2000, 1e-6);
  g_assert_cmpfloat (pd_capacity_sim_get_events (sim), <, 3 * visits * 41);
}

/* Offers alongside each other: 70% and 50% of those assessed go on to two
 * steps, each on its own, 700 and 500 of 1000 a year; with shares under
 * 100% (60% and 30%) one way is taken and 10% leave. */
static void
test_alongside (void)
{
  g_autoptr(PdDocument) doc = pathway (1000);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;
  const struct { const char *id; double people; } want[] = {
    { "a", 1000 }, { "x", 700 }, { "y", 500 }, { "p", 600 }, { "q", 300 },
  };

  step (doc, "r", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "a", PD_NODE_KIND_ASSESSMENT, 1, 60, "Nurse");
  step (doc, "x", PD_NODE_KIND_INTERVENTION, 6, 60, "Therapist");
  step (doc, "y", PD_NODE_KIND_INTERVENTION, 4, 60, "Worker");
  step (doc, "d", PD_NODE_KIND_DECISION, 0, 0, NULL);
  step (doc, "p", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "q", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  way (doc, "r", "a", 100);
  way (doc, "a", "x", 70);
  way (doc, "a", "y", 50);
  way (doc, "r", "d", 100);
  way (doc, "d", "p", 60);
  way (doc, "d", "q", 30);
  capacity = capacity_of (doc);
  sim = simulate (capacity, 41, 5, PD_SIM_ARRIVALS_FIXED);
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    g_assert_cmpfloat_with_epsilon (pd_capacity_sim_get_people_per_year (sim,
                                    index_of (capacity, want[i].id)), want[i].people,
                                    0.02 * want[i].people);
}

/* A loop everyone goes round for ever, which the capacity model refuses,
 * given to the run straight: each person is let go after PD_SIM_MAX_VISITS
 * steps and counted, and the run ends. */
static void
test_endless (void)
{
  PdSimPlan plan;
  PdSimStep step = { 0 };
  PdSimWay back = { 0, 1.0 };
  PdSimOptions options = { 3, 1, PD_SIM_ARRIVALS_FIXED };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;

  pd_sim_plan_init (&plan);
  plan.hours_per_wte = HOURS_PER_WTE;
  plan.visits_per_year = 8;
  step.arrivals = 8;
  step.offered = TRUE;
  step.n_ways = 1;
  step.total_share = 1;
  g_array_append_val (plan.steps, step);
  g_array_append_val (plan.ways, back);
  sim = pd_sim_plan_run (&plan, &options, NULL, &error);
  pd_sim_plan_clear (&plan);
  g_assert_no_error (error);
  /* Arrivals at 0.125, 0.25 … 3 years: 24 people, each let go at once. */
  g_assert_cmpuint (pd_capacity_sim_get_dropped (sim), ==, 24);
  g_assert_cmpuint (pd_capacity_sim_get_events (sim), <=, 24 * (PD_SIM_MAX_VISITS + 2) + 40);
}

/* Years out of range and a run too big to finish are errors, given at
 * once. */
static void
test_bounds (void)
{
  g_autoptr(PdDocument) doc = therapy (100);
  g_autoptr(PdDocument) huge = therapy (G_MAXUINT);
  g_autoptr(PdCapacity) capacity = capacity_of (doc);
  g_autoptr(PdCapacity) huge_capacity = capacity_of (huge);
  guint years[] = { 0, 1, PD_SIM_MAX_YEARS + 1 };
  PdSimOptions options = { 100, 1, PD_SIM_ARRIVALS_POISSON };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacitySim) sim = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      PdSimOptions wrong = { years[i], 1, PD_SIM_ARRIVALS_POISSON };
      g_autoptr(GError) wrong_error = NULL;

      g_assert_null (pd_capacity_sim_run (capacity, &wrong, &wrong_error));
      g_assert_error (wrong_error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_YEARS);
    }
  sim = pd_capacity_sim_run (huge_capacity, &options, &error);
  g_assert_error (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_TOO_MUCH);
  g_assert_null (sim);
}

/* A cancelled run stops within PD_SIM_CANCEL_EVERY events with its own
 * error; one left alone gives what a run without a cancellable gives. */
static void
test_cancel (void)
{
  g_autoptr(PdDocument) doc = therapy (20000);
  g_autoptr(PdCapacity) capacity = capacity_of (doc);
  PdSimOptions options = { 20, 3, PD_SIM_ARRIVALS_POISSON };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacitySim) plain = simulate (capacity, 20, 3, PD_SIM_ARRIVALS_POISSON);
  g_autoptr(PdCapacitySim) left = NULL;
  guint t = index_of (capacity, "t");

  g_assert_cmpuint (pd_capacity_sim_get_events (plain), >, 2 * PD_SIM_CANCEL_EVERY);
  left = pd_capacity_sim_run_cancellable (capacity, &options, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (pd_capacity_sim_get_median_wait (left, t), ==,
                     pd_capacity_sim_get_median_wait (plain, t));
  g_assert_cmpuint (pd_capacity_sim_get_events (left), ==, pd_capacity_sim_get_events (plain));

  g_cancellable_cancel (cancellable);
  g_assert_null (pd_capacity_sim_run_cancellable (capacity, &options, cancellable, &error));
  g_assert_error (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/capacity-sim/random/published", test_random_published);
  g_test_add_func ("/capacity-sim/seed", test_seed);
  g_test_add_func ("/capacity-sim/understaffed", test_understaffed);
  g_test_add_func ("/capacity-sim/unlimited", test_unlimited);
  g_test_add_func ("/capacity-sim/agencies", test_agencies);
  g_test_add_func ("/capacity-sim/agency-none", test_agency_none);
  g_test_add_func ("/capacity-sim/together", test_together);
  g_test_add_func ("/capacity-sim/tables", test_tables);
  g_test_add_func ("/capacity-sim/tables/libreoffice", test_tables_in_libreoffice);
  g_test_add_func ("/capacity-sim/loop", test_loop);
  g_test_add_func ("/capacity-sim/alongside", test_alongside);
  g_test_add_func ("/capacity-sim/endless", test_endless);
  g_test_add_func ("/capacity-sim/bounds", test_bounds);
  g_test_add_func ("/capacity-sim/cancel", test_cancel);
  test_add_per_example ("/capacity-sim/example", test_example);
  return g_test_run ();
}
