/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pathways to publish: those of a library that loaded. */
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

GPtrArray *
pd_publish_library_pathways (PdLibrary *library)
{
  GPtrArray *pathways = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_publish_pathway_free);

  g_return_val_if_fail (PD_IS_LIBRARY (library), pathways);

  for (guint i = 0; i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);
      PdDocument *document = pd_library_entry_get_document (entry);
      g_autofree char *path = g_file_get_path (pd_library_entry_get_file (entry));

      if (document)
        g_ptr_array_add (pathways, pd_publish_pathway_new (document, path));
    }
  return pathways;
}
