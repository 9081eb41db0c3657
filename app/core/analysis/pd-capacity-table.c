/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's tables, with the columns `pathway capacity`
 * writes. */
#include <glib/gi18n.h>

#include "pd-capacity-table.h"
#include "pd-enums.h"
#include "pd-node.h"

static const char * const step_headings[] = {
  "pathway", "step", "title", "agency", "role", "availability", "people_per_year",
  "sessions_per_year", "staff_hours_per_year",
};

static const char * const total_headings[] = {
  "role", "agency", "people_per_year", "staff_hours_per_year", "wte", "unmet_people_per_year",
  "unmet_staff_hours_per_year", "unmet_wte", "wte_in_post", "gap_wte", "utilisation",
  "waiting_growth_per_year",
};

char *
pd_capacity_table_pathway_name (PdDocument *document,
                                const char *file_name)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  g_object_get (document, "pathway-id", &id, NULL);
  if (id && *id)
    return g_steal_pointer (&id);
  if (file_name)
    return g_path_get_basename (file_name);
  return g_strdup (pd_document_get_title (document));
}

static void
add_step_row (PdTable              *table,
              const char           *pathway_name,
              const PdCapacityStep *step,
              const PdCapacityWork *work)
{
  PdNode *node = step->node;
  guint row = pd_table_add_row (table);

  pd_table_set_text (table, row, 0, pathway_name);
  pd_table_set_text (table, row, 1, pd_node_get_id (node));
  pd_table_set_text (table, row, 2, pd_node_get_title (node));
  pd_table_set_text (table, row, 3, pd_node_get_agency_id (node));
  pd_table_set_text (table, row, 4, work->role);
  pd_table_set_text (table, row, 5, pd_enum_to_string (PD_TYPE_AVAILABILITY,
                                                       pd_node_get_availability (node)));
  pd_table_set_number (table, row, 6, step->people);
  pd_table_set_number (table, row, 7, step->sessions);
  pd_table_set_number (table, row, 8, work->hours);
}

PdTable *
pd_capacity_table_steps (PdCapacity *capacity,
                         const char *pathway_name)
{
  PdTable *table;

  g_return_val_if_fail (capacity != NULL, NULL);

  /* Translators: the name of a spreadsheet's sheet. */
  table = pd_table_new (_("Steps"), G_N_ELEMENTS (step_headings), step_headings);
  for (guint column = 6; column < 9; column++)
    pd_table_set_decimals (table, column, 0);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

      for (guint w = 0; w < step->n_work; w++)
        add_step_row (table, pathway_name, step, &step->work[w]);
    }
  return table;
}

static void
add_total_row (PdTable              *table,
               const PdCapacityRole *role)
{
  guint row = pd_table_add_row (table);

  pd_table_set_text (table, row, 0, role->role);
  pd_table_set_text (table, row, 1, role->agency_id);
  pd_table_set_number (table, row, 2, role->people);
  pd_table_set_number (table, row, 3, role->hours);
  pd_table_set_number (table, row, 4, role->wte);
  pd_table_set_number (table, row, 5, role->unmet_people);
  pd_table_set_number (table, row, 6, role->unmet_hours);
  pd_table_set_number (table, row, 7, role->unmet_wte);
  /* As the command leaves them: empty where no staff in post is given. */
  if (role->has_in_post)
    {
      pd_table_set_number (table, row, 8, role->in_post);
      pd_table_set_number (table, row, 9, role->gap);
      pd_table_set_number (table, row, 11, role->waiting_growth);
    }
  if (role->in_post > 0)
    pd_table_set_number (table, row, 10, role->utilisation);
}

PdTable *
pd_capacity_table_totals (PdCapacity *capacity)
{
  static const guint decimals[] = { 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 2, 0 };
  PdTable *table;

  g_return_val_if_fail (capacity != NULL, NULL);

  /* Translators: the name of a spreadsheet's sheet. */
  table = pd_table_new (_("Roles and agencies"), G_N_ELEMENTS (total_headings), total_headings);
  for (guint column = 2; column < G_N_ELEMENTS (decimals); column++)
    pd_table_set_decimals (table, column, decimals[column]);
  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    add_total_row (table, pd_capacity_get_role (capacity, i));
  return table;
}

gboolean
pd_capacity_table_write (PdCapacity  *capacity,
                         const char  *pathway_name,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(PdTable) steps = NULL;
  g_autoptr(PdTable) totals = NULL;

  g_return_val_if_fail (capacity != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  steps = pd_capacity_table_steps (capacity, pathway_name);
  if (!g_str_has_suffix (path, ".ods"))
    return pd_table_write_csv (steps, path, error);
  totals = pd_capacity_table_totals (capacity);
  return pd_table_write_ods ((PdTable *[]) { steps, totals }, 2, path, error);
}
