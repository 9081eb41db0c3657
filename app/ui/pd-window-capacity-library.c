/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Tables with Whole Library chosen: the library's tables, as
 * `pathway capacity FOLDER` writes them. */
#include "pd-capacity-library.h"
#include "pd-capacity-table.h"
#include "pd-window-private.h"

gboolean
pd_window_export_library_tables_to (PdWindow    *self,
                                    const char  *path,
                                    GError     **error)
{
  g_autoptr(GPtrArray) pathways = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_table_free);
  g_autoptr(PdCapacity) sum = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->library != NULL, FALSE);

  /* Worked out again, as the panel does: the pathway shown as it is now. */
  sum = pd_capacity_new_for_library (self->library, self->document, self->path, NULL, &pathways,
                                     error);
  if (sum == NULL)
    return FALSE;
  if (!g_str_has_suffix (path, ".ods"))
    {
      g_autoptr(PdTable) totals = pd_capacity_table_totals (sum);
      return pd_table_write_csv (totals, path, error);
    }
  for (guint i = 0; i < pathways->len; i++)
    {
      PdCapacity *capacity = g_ptr_array_index (pathways, i);
      PdLibraryEntry *entry = pd_library_get_entry (self->library, i);
      g_autofree char *name = pd_capacity_table_pathway_name (
        pd_capacity_get_document (capacity), pd_library_entry_get_display_name (entry));

      g_ptr_array_add (tables, pd_capacity_table_steps (capacity, name));
    }
  g_ptr_array_add (tables, pd_capacity_table_totals (sum));
  return pd_table_write_ods ((PdTable * const *) tables->pdata, tables->len, path, error);
}
