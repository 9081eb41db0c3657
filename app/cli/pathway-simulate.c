/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway capacity --simulate: people waiting for the staff in post, by a
 * seeded simulation (pd-capacity-sim.h), after the linear model's report. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pathway-simulate.h"
#include "pd-capacity-sim-table.h"
#include "pd-json.h"

#define NAME_WIDTH 34
#define NUMBER_WIDTH 13
#define QUEUE_WIDTH 7
/* Year ends shown in the text's table of queues, at most. */
#define QUEUE_COLUMNS 10

void
pd_simulate_args_clear (PdSimulateArgs *args)
{
  g_clear_pointer (&args->years, g_free);
  g_clear_pointer (&args->seed, g_free);
  g_clear_pointer (&args->arrivals, g_free);
}

gboolean
pd_simulate_args_given (const PdSimulateArgs *args)
{
  return args->years != NULL;
}

/* FALSE after a usage error, printed. */
static gboolean
parse (const PdSimulateArgs *args,
       PdSimOptions         *options)
{
  int years = 0, seed = 1;

  if (!pd_cli_parse_int ("capacity", "--simulate", args->years, PD_SIM_WARM_UP_YEARS + 1,
                         PD_SIM_MAX_YEARS, &years)
      || !pd_cli_parse_int ("capacity", "--seed", args->seed, 0, G_MAXINT, &seed))
    return FALSE;
  options->years = (guint) years;
  options->seed = (guint64) seed;
  options->arrivals = PD_SIM_ARRIVALS_POISSON;
  if (args->arrivals == NULL || g_str_equal (args->arrivals, "poisson"))
    return TRUE;
  if (g_str_equal (args->arrivals, "fixed"))
    {
      options->arrivals = PD_SIM_ARRIVALS_FIXED;
      return TRUE;
    }
  pd_cli_usage_error ("capacity", _("--arrivals is poisson or fixed, not “%s”"),
                      args->arrivals);
  return FALSE;
}

int
pd_simulate_args_check (const PdSimulateArgs *args,
                        const char           *format,
                        gboolean              totals)
{
  PdSimOptions options;

  if (!pd_simulate_args_given (args))
    {
      if (args->seed != NULL || args->arrivals != NULL)
        return pd_cli_usage_error ("capacity", _("--seed and --arrivals are for a simulation: "
                                                 "give --simulate YEARS too"));
      return PD_EXIT_OK;
    }
  if (totals)
    return pd_cli_usage_error ("capacity", _("--totals and --simulate are two tables: ask for "
                                             "one at a time"));
  return parse (args, &options) ? PD_EXIT_OK : PD_EXIT_USAGE;
}

GPtrArray *
pd_simulate_run (const PdSimulateArgs   *args,
                 const PdCapacityReport *reports,
                 guint                   n_reports)
{
  g_autofree PdCapacity **capacities = g_new (PdCapacity *, MAX (n_reports, 1));
  g_autoptr(GString) files = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  PdSimOptions options;
  GPtrArray *sims;

  if (!parse (args, &options))
    return NULL;
  for (guint r = 0; r < n_reports; r++)
    {
      capacities[r] = reports[r].capacity;
      g_string_append_printf (files, r ? ", %s" : "%s", reports[r].file);
    }
  sims = pd_capacity_sim_run_together (capacities, n_reports, &options, NULL, &error);
  if (sims == NULL)
    fprintf (stderr, _("%s: error: %s\n"), files->str, error->message);
  return sims;
}

/* ---- Text ---- */

static void
number (GString *out,
        int      decimals,
        double   value,
        guint    width)
{
  g_autofree char *text = isnan (value) ? g_strdup ("—")
                                        : g_strdup_printf ("%.*f", decimals, value);
  pd_capacity_append_cell (out, text, width, TRUE);
}

static const char *
step_name (const PdCapacityStep *step)
{
  const char *title = pd_node_get_title (step->node);

  return title && *title ? title : pd_node_get_id (step->node);
}

static guint
waiting_at_end (PdCapacitySim *sim,
                guint          step)
{
  guint n_months;
  const guint *queue = pd_capacity_sim_get_queue (sim, step, &n_months);

  return queue != NULL && n_months > 0 ? queue[n_months - 1] : 0;
}

static void
write_text_steps (GString       *out,
                  PdCapacity    *capacity,
                  PdCapacitySim *sim)
{
  g_string_append (out, "  ");
  pd_capacity_append_cell (out, _("Step"), NAME_WIDTH, FALSE);
  pd_capacity_append_cell (out, _("people a year"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("served a year"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("median wait"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("90% wait"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("waiting at end"), NUMBER_WIDTH + 1, TRUE);
  pd_capacity_end_line (out);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      g_string_append (out, "  ");
      pd_capacity_append_cell (out, step_name (pd_capacity_get_step (capacity, i)), NAME_WIDTH, FALSE);
      number (out, 1, pd_capacity_sim_get_people_per_year (sim, i), NUMBER_WIDTH);
      number (out, 1, pd_capacity_sim_get_served_per_year (sim, i), NUMBER_WIDTH);
      number (out, 1, pd_capacity_sim_get_median_wait (sim, i), NUMBER_WIDTH);
      number (out, 1, pd_capacity_sim_get_p90_wait (sim, i), NUMBER_WIDTH);
      number (out, 0, waiting_at_end (sim, i), NUMBER_WIDTH + 1);
      pd_capacity_end_line (out);
    }
  g_string_append_printf (out, "  %s\n", _("(waits in days, to the first session; — where no "
                                           "one's wait was recorded)"));
}

/* The queue at the end of up to QUEUE_COLUMNS years spread over the run,
 * for the steps where anyone can wait. */
static void
write_text_queues (GString       *out,
                   PdCapacity    *capacity,
                   PdCapacitySim *sim,
                   guint          years)
{
  guint columns = MIN (years, QUEUE_COLUMNS);
  gboolean any = FALSE;

  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    any |= pd_capacity_sim_get_has_queue (sim, i);
  if (!any)
    {
      g_string_append_printf (out, "\n  %s\n", _("No one waits: no role at these steps has "
                                                 "staff in post entered."));
      return;
    }
  g_string_append_printf (out, "\n  %s\n  ", _("People waiting at the end of the year"));
  pd_capacity_append_cell (out, _("Step"), NAME_WIDTH, FALSE);
  for (guint c = 1; c <= columns; c++)
    {
      g_autofree char *year = g_strdup_printf ("%u", (c * years + columns - 1) / columns);
      pd_capacity_append_cell (out, year, QUEUE_WIDTH, TRUE);
    }
  pd_capacity_end_line (out);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      guint n_months;
      const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);

      if (queue == NULL)
        continue;
      g_string_append (out, "  ");
      pd_capacity_append_cell (out, step_name (pd_capacity_get_step (capacity, i)), NAME_WIDTH, FALSE);
      for (guint c = 1; c <= columns; c++)
        number (out, 0, queue[(c * years + columns - 1) / columns * PD_SIM_MONTHS_PER_YEAR - 1],
                QUEUE_WIDTH);
      pd_capacity_end_line (out);
    }
}

static void
write_text (GString                *out,
            const PdSimOptions     *options,
            const PdCapacityReport *reports,
            guint                   n_reports,
            GPtrArray              *sims)
{
  for (guint r = 0; r < n_reports; r++)
    {
      PdCapacitySim *sim = g_ptr_array_index (sims, r);
      const char *title = pd_document_get_title (pd_capacity_get_document (reports[r].capacity));

      g_string_append_printf (out, "\n%s (%s)\n  ", title && *title ? title : reports[r].file,
                              reports[r].file);
      g_string_append_printf (out, options->arrivals == PD_SIM_ARRIVALS_FIXED
                              ? _("Simulated for %u years, the first a warm-up left out of the "
                                  "figures; seed %" G_GUINT64_FORMAT "; people arriving evenly "
                                  "spaced")
                              : _("Simulated for %u years, the first a warm-up left out of the "
                                  "figures; seed %" G_GUINT64_FORMAT "; people arriving at "
                                  "random (Poisson)"),
                              options->years, options->seed);
      g_string_append (out, "\n\n");
      write_text_steps (out, reports[r].capacity, sim);
      write_text_queues (out, reports[r].capacity, sim, options->years);
      if (pd_capacity_sim_get_dropped (sim) > 0)
        g_string_append_printf (out, "\n  %s\n",
                                _("Some people went round a loop so often that they were left "
                                  "out: give the way back a lower likelihood."));
    }
}

/* ---- JSON and CSV ---- */

/* A number, or null (JSON) or nothing (CSV) when it is not one. */
static void
optional_number (GString    *out,
                 double      value,
                 const char *none)
{
  if (isnan (value))
    g_string_append (out, none);
  else
    pd_capacity_append_number (out, value);
}

static void
json_step (GString              *out,
           const PdCapacityStep *step,
           PdCapacitySim        *sim,
           guint                 i)
{
  guint n_months;
  const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);

  g_string_append (out, "{ \"id\": ");
  pd_json_append_string (out, pd_node_get_id (step->node));
  g_string_append (out, ", \"people_per_year\": ");
  pd_capacity_append_number (out, pd_capacity_sim_get_people_per_year (sim, i));
  g_string_append (out, ", \"served_per_year\": ");
  pd_capacity_append_number (out, pd_capacity_sim_get_served_per_year (sim, i));
  g_string_append (out, ", \"median_wait_days\": ");
  optional_number (out, pd_capacity_sim_get_median_wait (sim, i), "null");
  g_string_append (out, ", \"p90_wait_days\": ");
  optional_number (out, pd_capacity_sim_get_p90_wait (sim, i), "null");
  g_string_append_printf (out, ", \"waiting_at_end\": %u, \"queue_by_month\": ",
                          waiting_at_end (sim, i));
  if (queue == NULL)
    g_string_append (out, "null");
  else
    {
      g_string_append_c (out, '[');
      for (guint m = 0; m < n_months; m++)
        g_string_append_printf (out, m ? ", %u" : "%u", queue[m]);
      g_string_append_c (out, ']');
    }
  g_string_append (out, " }");
}

static void
write_json (GString                *out,
            const PdSimOptions     *options,
            const PdCapacityReport *reports,
            guint                   n_reports,
            GPtrArray              *sims)
{
  /* Into the report's object: in place of its closing brace. */
  g_assert (g_str_has_suffix (out->str, "\n}\n"));
  g_string_truncate (out, out->len - 3);
  g_string_append_printf (out, ",\n  \"simulation\": { \"years\": %u, \"warm_up_years\": %d, "
                          "\"seed\": %" G_GUINT64_FORMAT ", \"arrivals\": \"%s\",\n"
                          "    \"pathways\": [", options->years, PD_SIM_WARM_UP_YEARS,
                          options->seed,
                          options->arrivals == PD_SIM_ARRIVALS_FIXED ? "fixed" : "poisson");
  for (guint r = 0; r < n_reports; r++)
    {
      PdCapacitySim *sim = g_ptr_array_index (sims, r);
      PdCapacity *capacity = reports[r].capacity;

      g_string_append (out, r ? ",\n      { \"file\": " : "\n      { \"file\": ");
      pd_json_append_string (out, reports[r].file);
      g_string_append_printf (out, ", \"events\": %" G_GUINT64_FORMAT ", \"people_left_out\": %"
                              G_GUINT64_FORMAT ",\n        \"steps\": [",
                              pd_capacity_sim_get_events (sim), pd_capacity_sim_get_dropped (sim));
      for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
        {
          g_string_append (out, i ? ",\n          " : "\n          ");
          json_step (out, pd_capacity_get_step (capacity, i), sim, i);
        }
      g_string_append (out, " ] }");
    }
  g_string_append (out, " ] }\n}\n");
}

static void
write_csv (GString                *out,
           const PdCapacityReport *reports,
           guint                   n_reports,
           GPtrArray              *sims)
{
  pd_capacity_sim_append_csv_header (out);
  for (guint r = 0; r < n_reports; r++)
    {
      PdCapacity *capacity = reports[r].capacity;
      g_autofree char *id = NULL;

      g_object_get (pd_capacity_get_document (capacity), "pathway-id", &id, NULL);
      pd_capacity_sim_append_csv (out, capacity, g_ptr_array_index (sims, r),
                                  id && *id ? id : reports[r].file);
    }
}

void
pd_simulate_write (GString                *out,
                   const char             *format,
                   const PdSimulateArgs   *args,
                   const PdCapacityReport *reports,
                   guint                   n_reports,
                   GPtrArray              *sims)
{
  PdSimOptions options;

  if (!parse (args, &options))
    g_return_if_reached ();  /* checked before */
  if (format && g_str_equal (format, "csv"))
    write_csv (out, reports, n_reports, sims);
  else if (format && g_str_equal (format, "json"))
    write_json (out, &options, reports, n_reports, sims);
  else
    write_text (out, &options, reports, n_reports, sims);
}
