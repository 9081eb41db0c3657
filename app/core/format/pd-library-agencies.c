/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-library-private.h"

/* A library holds one set of agencies for all its pathways. A pathway keeps
 * its own copy of each agency, so that it reads whole when opened alone;
 * loaded as part of its library, the library's agency of the same id
 * replaces the copy's name, short name, colour, letter and pattern. An
 * agency the library does not have stays the pathway's own. */

static const char * const agency_fields[] = {
  "name", "short-name", "colour", "cue", "pattern",
};

/* Whether @shared's @field would replace @own's: a string the library does
 * not give replaces nothing, and colours are the same in either case. */
static gboolean
field_differs (PdAgency   *own,
               PdAgency   *shared,
               const char *field)
{
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;

  if (g_str_equal (field, "pattern"))
    return pd_agency_get_pattern (own) != pd_agency_get_pattern (shared);
  g_object_get (own, field, &mine, NULL);
  g_object_get (shared, field, &theirs, NULL);
  if (theirs == NULL)
    return FALSE;
  if (g_str_equal (field, "colour"))
    return mine == NULL || g_ascii_strcasecmp (mine, theirs) != 0;
  return g_strcmp0 (mine, theirs) != 0;
}

char **
pd_library_diff_agency (PdLibrary *self,
                        PdAgency  *agency)
{
  PdAgency *shared;
  GStrvBuilder *builder;
  char **result;

  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (PD_IS_AGENCY (agency), NULL);

  shared = pd_library_lookup_agency (self, pd_agency_get_id (agency));
  if (shared == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < G_N_ELEMENTS (agency_fields); i++)
    if (field_differs (agency, shared, agency_fields[i]))
      g_strv_builder_add (builder, agency_fields[i]);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  if (result[0] == NULL)
    g_clear_pointer (&result, g_strfreev);
  return result;
}

/* Not a command: the document has just been loaded and no one has seen it
 * yet, so "modified" stays as it was. */
static void
apply_fields (PdAgency           *agency,
              PdAgency           *shared,
              const char * const *fields)
{
  for (guint i = 0; fields[i]; i++)
    {
      GValue value = G_VALUE_INIT;

      g_value_init (&value, g_object_class_find_property (G_OBJECT_GET_CLASS (shared),
                                                          fields[i])->value_type);
      g_object_get_property (G_OBJECT (shared), fields[i], &value);
      g_object_set_property (G_OBJECT (agency), fields[i], &value);
      g_value_unset (&value);
    }
}

guint
pd_library_apply_agencies (PdLibrary  *self,
                           PdDocument *document)
{
  GListModel *agencies;
  guint changed = 0;

  g_return_val_if_fail (PD_IS_LIBRARY (self), 0);
  g_return_val_if_fail (PD_IS_DOCUMENT (document), 0);

  agencies = pd_document_get_agencies (document);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      g_auto(GStrv) differ = pd_library_diff_agency (self, agency);

      if (differ == NULL)
        continue;
      apply_fields (agency, pd_library_lookup_agency (self, pd_agency_get_id (agency)),
                    (const char * const *) differ);
      changed++;
    }
  return changed;
}

void
pd_library_entry_apply_agencies (PdLibrary      *self,
                                 PdLibraryEntry *entry)
{
  GListModel *agencies = pd_document_get_agencies (entry->document);

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      char **differ = pd_library_diff_agency (self, agency);

      if (differ == NULL)
        continue;
      g_ptr_array_add (entry->updated_agencies, g_strdup (pd_agency_get_id (agency)));
      g_hash_table_insert (entry->updated_agency_fields, g_strdup (pd_agency_get_id (agency)),
                           differ);
    }
  pd_library_apply_agencies (self, entry->document);
}

GPtrArray *
pd_library_entry_get_updated_agencies (PdLibraryEntry *entry)
{
  return entry->updated_agencies;
}

const char * const *
pd_library_entry_get_updated_agency_fields (PdLibraryEntry *entry,
                                            const char     *agency_id)
{
  return agency_id ? g_hash_table_lookup (entry->updated_agency_fields, agency_id) : NULL;
}
