/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The simulation's figures as `pathway capacity --simulate` writes them,
 * and as a spreadsheet's sheet. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-capacity-csv.h"
#include "pd-capacity-sim-table.h"
#include "pd-node.h"

/* Columns before the queue's year ends in the sheet. */
#define FIRST_YEAR_COLUMN 5

static guint
waiting_at_end (PdCapacitySim *sim,
                guint          step)
{
  guint n_months;
  const guint *queue = pd_capacity_sim_get_queue (sim, step, &n_months);

  return queue != NULL && n_months > 0 ? queue[n_months - 1] : 0;
}

/* A number, or nothing when it is not one. */
static void
optional_number (GString *out,
                 double   value)
{
  if (!isnan (value))
    pd_capacity_append_number (out, value);
}

void
pd_capacity_sim_append_csv_header (GString *out)
{
  g_return_if_fail (out != NULL);

  g_string_append (out, "pathway,step,title,linear_people_per_year,people_per_year,"
                        "served_per_year,median_wait_days,p90_wait_days,waiting_at_end\n");
}

void
pd_capacity_sim_append_csv (GString       *out,
                            PdCapacity    *capacity,
                            PdCapacitySim *sim,
                            const char    *pathway_name)
{
  g_return_if_fail (out != NULL && capacity != NULL && sim != NULL);
  g_return_if_fail (pd_capacity_sim_get_n_steps (sim) == pd_capacity_get_n_steps (capacity));

  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

      pd_capacity_append_csv_field (out, pathway_name);
      g_string_append_c (out, ',');
      pd_capacity_append_csv_field (out, pd_node_get_id (step->node));
      g_string_append_c (out, ',');
      pd_capacity_append_csv_field (out, pd_node_get_title (step->node));
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, step->people);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, pd_capacity_sim_get_people_per_year (sim, i));
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, pd_capacity_sim_get_served_per_year (sim, i));
      g_string_append_c (out, ',');
      optional_number (out, pd_capacity_sim_get_median_wait (sim, i));
      g_string_append_c (out, ',');
      optional_number (out, pd_capacity_sim_get_p90_wait (sim, i));
      g_string_append_printf (out, ",%u\n", waiting_at_end (sim, i));
    }
}

static void
set_optional (PdTable *table,
              guint    row,
              guint    column,
              double   value)
{
  if (!isnan (value))
    pd_table_set_number (table, row, column, value);
}

PdTable *
pd_capacity_sim_table (PdCapacity    *capacity,
                       PdCapacitySim *sim,
                       const char    *pathway_name)
{
  guint years, n_columns;
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  PdTable *table;

  g_return_val_if_fail (capacity != NULL && sim != NULL, NULL);
  g_return_val_if_fail (pd_capacity_sim_get_n_steps (sim) == pd_capacity_get_n_steps (capacity),
                        NULL);

  years = pd_capacity_sim_get_years_measured (sim) + PD_SIM_WARM_UP_YEARS;
  g_ptr_array_add (headings, g_strdup ("pathway"));
  g_ptr_array_add (headings, g_strdup ("step"));
  g_ptr_array_add (headings, g_strdup ("title"));
  g_ptr_array_add (headings, g_strdup ("median_wait_days"));
  g_ptr_array_add (headings, g_strdup ("p90_wait_days"));
  for (guint y = 1; y <= years; y++)
    g_ptr_array_add (headings, g_strdup_printf ("waiting_end_of_year_%u", y));
  n_columns = headings->len;
  /* Translators: the name of a spreadsheet's sheet of simulated waits. */
  table = pd_table_new (_("Waiting"), n_columns, (const char * const *) headings->pdata);
  pd_table_set_decimals (table, 3, 1);
  pd_table_set_decimals (table, 4, 1);
  for (guint column = FIRST_YEAR_COLUMN; column < n_columns; column++)
    pd_table_set_decimals (table, column, 0);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      PdNode *node = pd_capacity_get_step (capacity, i)->node;
      guint n_months;
      const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);
      guint row = pd_table_add_row (table);

      pd_table_set_text (table, row, 0, pathway_name);
      pd_table_set_text (table, row, 1, pd_node_get_id (node));
      pd_table_set_text (table, row, 2, pd_node_get_title (node));
      set_optional (table, row, 3, pd_capacity_sim_get_median_wait (sim, i));
      set_optional (table, row, 4, pd_capacity_sim_get_p90_wait (sim, i));
      for (guint y = 1; queue != NULL && y <= years; y++)
        pd_table_set_number (table, row, FIRST_YEAR_COLUMN + y - 1,
                             queue[y * PD_SIM_MONTHS_PER_YEAR - 1]);
    }
  return table;
}
