/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pathways to publish read from a folder of .pathway files: a thin walk
 * that a library's own list of pathways replaces. */
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-publish.h"

PdPublishPathway *
pd_publish_pathway_new (PdDocument *document,
                        const char *file_name)
{
  PdPublishPathway *pathway = g_new0 (PdPublishPathway, 1);

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  pathway->document = g_object_ref (document);
  pathway->file_name = g_strdup (file_name);
  return pathway;
}

void
pd_publish_pathway_free (PdPublishPathway *pathway)
{
  if (pathway == NULL)
    return;
  g_clear_object (&pathway->document);
  g_free (pathway->file_name);
  g_free (pathway);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

GPtrArray *
pd_publish_load_folder (const char  *folder,
                        GPtrArray   *diagnostics,
                        GError     **error)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *pathways;
  const char *name;

  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".pathway") && name[0] != '.')
      g_ptr_array_add (names, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (names, compare_names);
  pathways = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_publish_pathway_free);
  for (guint i = 0; i < names->len; i++)
    {
      const char *path = g_ptr_array_index (names, i);
      g_autoptr(GError) local = NULL;
      g_autoptr(PdDocument) document = NULL;
      guint found = diagnostics ? diagnostics->len : 0;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      document = pd_file_load (path, NULL, diagnostics, &local);
      if (document)
        g_ptr_array_add (pathways, pd_publish_pathway_new (document, path));
      else if (diagnostics && local && diagnostics->len == found)
        g_ptr_array_add (diagnostics, pd_diagnostic_new (path, 0, 0, PD_SEVERITY_ERROR,
                                                         local->message));
    }
  return pathways;
}
