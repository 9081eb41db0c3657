/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library's pathways as one workforce, with the library's staff in post. */
#include <gio/gio.h>

#include "pd-capacity-library.h"
#include "pd-capacity-private.h"
#include "pd-diagnostic.h"

PdCapacity *
pd_capacity_sum_with_staffing (PdCapacity * const *capacities,
                               guint               n_capacities,
                               GPtrArray          *posts)
{
  PdCapacity *self = pd_capacity_sum (capacities, n_capacities);

  for (guint i = 0; i < self->roles->len; i++)
    {
      PdCapacityRole *row = &g_array_index (self->roles, PdCapacityRole, i);

      row->has_in_post = FALSE;
      row->in_post = 0;
    }
  pd_capacity_add_staffing (self, posts);
  pd_capacity_finish_roles (self, FALSE);
  return self;
}

/* Why @entry has no pathway, as its first problem says. */
static char *
entry_problem (PdLibraryEntry *entry)
{
  GPtrArray *diagnostics = pd_library_entry_get_diagnostics (entry);
  const GError *error = pd_library_entry_get_error (entry);

  if (diagnostics && diagnostics->len > 0)
    return pd_diagnostic_format (g_ptr_array_index (diagnostics, 0));
  return g_strdup (error ? error->message : "");
}

/* @entry's pathway, or @edited when it is the file @edited_path. */
static PdDocument *
entry_document (PdLibraryEntry *entry,
                PdDocument     *edited,
                const char     *edited_path)
{
  g_autofree char *path = NULL;

  if (edited == NULL || edited_path == NULL)
    return pd_library_entry_get_document (entry);
  path = g_file_get_path (pd_library_entry_get_file (entry));
  return g_strcmp0 (path, edited_path) == 0 ? edited : pd_library_entry_get_document (entry);
}

PdCapacity *
pd_capacity_new_for_library (PdLibrary               *library,
                             PdDocument              *edited,
                             const char              *edited_path,
                             const PdCapacityOptions *options,
                             GPtrArray              **pathways,
                             GError                 **error)
{
  g_autoptr(GPtrArray) capacities = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pd_capacity_free);
  PdCapacityOptions own = PD_CAPACITY_OPTIONS_INIT;
  GPtrArray *posts;
  PdCapacity *sum;

  g_return_val_if_fail (PD_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (edited == NULL || PD_IS_DOCUMENT (edited), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options)
    own = *options;
  if (own.hours_per_wte <= 0 && pd_library_get_hours_per_wte (library) > 0)
    own.hours_per_wte = pd_library_get_hours_per_wte (library);
  for (guint i = 0; i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);
      PdDocument *document = entry_document (entry, edited, edited_path);
      PdCapacity *capacity;

      if (document == NULL)
        {
          g_autofree char *problem = entry_problem (entry);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s",
                       pd_library_entry_get_display_name (entry), problem);
          return NULL;
        }
      capacity = pd_capacity_new (document, &own, error);
      if (capacity == NULL)
        {
          g_prefix_error (error, "%s: ", pd_library_entry_get_display_name (entry));
          return NULL;
        }
      g_ptr_array_add (capacities, capacity);
    }
  posts = pd_library_get_posts (library);
  if (posts && posts->len > 0)
    sum = pd_capacity_sum_with_staffing ((PdCapacity **) capacities->pdata, capacities->len,
                                         posts);
  else
    sum = pd_capacity_sum ((PdCapacity **) capacities->pdata, capacities->len);
  if (pathways)
    *pathways = g_steal_pointer (&capacities);
  return sum;
}
