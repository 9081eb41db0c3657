/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's tables, written as `pathway capacity` writes them. */
#include <string.h>

#include "pd-capacity-table.h"
#include "pd-enums.h"
#include "pd-file.h"
#include "pd-node.h"

/* A field quoted when it holds a comma, a quote or a line break. */
static void
append_text (GString    *csv,
             const char *text)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }
  g_string_append_c (csv, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* Unrounded, at least three decimals, '.' whatever the locale. */
static void
append_number (GString *csv,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *point;

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  point = strchr (buffer, '.');
  if (strchr (buffer, 'e') || strchr (buffer, 'n') || point == NULL || strlen (point + 1) < 3)
    g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  g_string_append_c (csv, ',');
  g_string_append (csv, buffer);
}

static void
append_step (GString              *csv,
             const char           *pathway_name,
             const PdCapacityStep *step,
             const PdCapacityWork *work)
{
  PdNode *node = step->node;

  append_text (csv, pathway_name);
  g_string_append_c (csv, ',');
  append_text (csv, pd_node_get_id (node));
  g_string_append_c (csv, ',');
  append_text (csv, pd_node_get_title (node));
  g_string_append_c (csv, ',');
  append_text (csv, pd_node_get_agency_id (node));
  g_string_append_c (csv, ',');
  append_text (csv, work->role);
  g_string_append_c (csv, ',');
  append_text (csv, pd_enum_to_string (PD_TYPE_AVAILABILITY, pd_node_get_availability (node)));
  append_number (csv, step->people);
  append_number (csv, step->sessions);
  append_number (csv, work->hours);
  g_string_append_c (csv, '\n');
}

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

gboolean
pd_capacity_table_write_csv (PdCapacity  *capacity,
                             const char  *pathway_name,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(GString) csv = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (capacity != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  csv = g_string_new ("pathway,step,title,agency,role,availability,people_per_year,"
                      "sessions_per_year,staff_hours_per_year\n");
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

      for (guint w = 0; w < step->n_work; w++)
        append_step (csv, pathway_name, step, &step->work[w]);
    }
  bytes = g_string_free_to_bytes (g_steal_pointer (&csv));
  return pd_file_replace (path, bytes, NULL, NULL, error);
}
