/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-file.h"
#include "pd-library-private.h"

G_DEFINE_FINAL_TYPE (PdLibrary, pd_library, G_TYPE_OBJECT)

#define PATHWAY_SUFFIX ".pathway"

static void
entry_free (PdLibraryEntry *entry)
{
  g_clear_object (&entry->file);
  g_free (entry->file_name);
  g_free (entry->id);
  g_free (entry->version);
  g_free (entry->review_by);
  g_clear_pointer (&entry->clusters, g_array_unref);
  g_clear_object (&entry->document);
  g_clear_error (&entry->error);
  g_clear_pointer (&entry->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&entry->updated_steps, g_ptr_array_unref);
  g_clear_pointer (&entry->updated_fields, g_hash_table_unref);
  g_clear_pointer (&entry->updated_agencies, g_ptr_array_unref);
  g_clear_pointer (&entry->updated_agency_fields, g_hash_table_unref);
  g_free (entry->display_name);
  g_free (entry);
}

static void
pd_library_finalize (GObject *object)
{
  PdLibrary *self = PD_LIBRARY (object);

  g_clear_object (&self->folder);
  g_clear_object (&self->file);
  g_free (self->display_name);
  g_free (self->name);
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->services);
  g_ptr_array_unref (self->agencies);
  g_ptr_array_unref (self->posts);
  g_free (self->site_title);
  g_free (self->base_url);
  g_free (self->language);
  g_strfreev (self->super_class_order);
  g_strfreev (self->comments);
  g_free (self->etag);
  G_OBJECT_CLASS (pd_library_parent_class)->finalize (object);
}

static void
pd_library_class_init (PdLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_library_finalize;
}

static void
pd_library_init (PdLibrary *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->services = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_service_free);
  self->agencies = g_ptr_array_new_with_free_func (g_object_unref);
  self->posts = pd_post_array_new ();
}

/* The name diagnostics give a file: relative to the working folder when it
 * is inside it, as the user typed it. */
static char *
display_name (GFile *file)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) here = g_file_new_for_path (cwd);
  char *relative = g_file_get_relative_path (here, file);

  return relative ? relative : g_file_get_path (file);
}

static void G_GNUC_PRINTF (4, 5)
set_error (GError    **error,
           int         code,
           GFile      *file,
           const char *format,
           ...)
{
  g_autofree char *name = display_name (file);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PD_FILE_ERROR, code, "%s: error: %s", name, message);
}

/* A file reached through a symbolic link must stay inside the library's
 * folder: a link to /etc/passwd or another user's files is refused. */
static gboolean
stays_inside (GFile      *folder,
              GFile      *file,
              GFileInfo  *info,
              GError    **error)
{
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *real_folder = NULL;
  g_autofree char *real = NULL;

  if (!g_file_info_get_is_symlink (info))
    return TRUE;
  real_folder = realpath (folder_path, NULL);
  real = realpath (path, NULL);
  if (real_folder && real && g_str_has_prefix (real, real_folder)
      && real[strlen (real_folder)] == G_DIR_SEPARATOR)
    return TRUE;
  set_error (error, PD_FILE_ERROR_READ, file,
             _("this is a link to a file outside the library’s folder, which is not read"));
  return FALSE;
}

static PdLibraryEntry *
load_entry (GFile     *folder,
            GFileInfo *info)
{
  PdLibraryEntry *entry = g_new0 (PdLibraryEntry, 1);
  const char *name = g_file_info_get_name (info);
  g_autofree char *path = NULL;

  entry->file = g_file_get_child (folder, name);
  entry->file_name = g_strdup (name);
  entry->diagnostics = pd_diagnostics_new ();
  entry->updated_steps = g_ptr_array_new_with_free_func (g_free);
  entry->updated_fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_strfreev);
  entry->updated_agencies = g_ptr_array_new_with_free_func (g_free);
  entry->updated_agency_fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_strfreev);
  path = display_name (entry->file);
  entry->display_name = g_strdup (path);
  if (stays_inside (folder, entry->file, info, &entry->error))
    entry->document = pd_file_load (path, NULL, entry->diagnostics, &entry->error);
  if (entry->document)
    g_object_get (entry->document, "pathway-id", &entry->id, "version", &entry->version,
                  "review-by", &entry->review_by, "clusters", &entry->clusters, NULL);
  else
    entry->id = g_strndup (name, strlen (name) - strlen (PATHWAY_SUFFIX));
  return entry;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (g_file_info_get_name (*(GFileInfo **) a),
                 g_file_info_get_name (*(GFileInfo **) b));
}

/* The folder's *.pathway files and its library.xml (@library_info,
 * (out) (nullable)), sorted by name. */
static GPtrArray *
list_folder (GFile         *folder,
             GFileInfo    **library_info,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) pathways = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (children == NULL)
    return NULL;
  while ((info = g_file_enumerator_next_file (children, cancellable, error)))
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_equal (name, PD_LIBRARY_FILE_NAME))
        *library_info = info;
      else if (g_str_has_suffix (name, PATHWAY_SUFFIX) && name[0] != '.')
        g_ptr_array_add (pathways, info);
      else
        g_object_unref (info);
    }
  if (error && *error)
    return NULL;
  g_ptr_array_sort (pathways, compare_names);
  return g_steal_pointer (&pathways);
}

static gboolean
load_library_xml (PdLibrary  *self,
                  GFileInfo  *info,
                  GPtrArray  *diagnostics,
                  GError    **error)
{
  g_autoptr(GPtrArray) found = pd_diagnostics_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  gboolean ok;
  gsize length;
  const char *data;

  self->file = g_file_get_child (self->folder, PD_LIBRARY_FILE_NAME);
  path = display_name (self->file);
  g_free (self->display_name);
  self->display_name = g_strdup (path);
  if (!stays_inside (self->folder, self->file, info, error))
    return FALSE;
  bytes = pd_file_read_bytes (path, &self->etag, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  ok = pd_library_read_xml (self, data, length, path, found);
  for (guint i = 0; !ok && i < found->len; i++)
    {
      PdDiagnostic *d = g_ptr_array_index (found, i);
      if (d->severity == PD_SEVERITY_ERROR)
        {
          g_autofree char *message = pd_diagnostic_format (d);
          g_set_error_literal (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID, message);
          break;
        }
    }
  if (!ok && error && *error == NULL)
    set_error (error, PD_FILE_ERROR_INVALID, self->file, _("the library file cannot be read"));
  for (guint i = 0; diagnostics && i < found->len; i++)
    g_ptr_array_add (diagnostics, g_steal_pointer (&found->pdata[i]));
  return ok;
}

/* @folder may be the library.xml of the folder. */
static GFile *
library_folder (GFile *folder)
{
  g_autofree char *name = g_file_get_basename (folder);

  if (g_strcmp0 (name, PD_LIBRARY_FILE_NAME) == 0
      && g_file_query_file_type (folder, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL)
         != G_FILE_TYPE_DIRECTORY)
    return g_file_get_parent (folder);
  return g_object_ref (folder);
}

PdLibrary *
pd_library_load (GFile        *folder,
                 GPtrArray    *diagnostics,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autoptr(PdLibrary) self = NULL;
  g_autoptr(GPtrArray) pathways = NULL;
  g_autoptr(GFileInfo) library_info = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PD_TYPE_LIBRARY, NULL);
  self->folder = library_folder (folder);
  pathways = list_folder (self->folder, &library_info, cancellable, &local_error);
  if (pathways == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_error (error, PD_FILE_ERROR_READ, self->folder, _("cannot read the folder: %s"),
                   local_error->message);
      return NULL;
    }
  self->display_name = display_name (self->folder);
  if (library_info && !load_library_xml (self, library_info, diagnostics, error))
    return NULL;
  for (guint i = 0; i < pathways->len; i++)
    {
      PdLibraryEntry *entry;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (i == PD_LIBRARY_MAX_PATHWAYS)
        {
          g_autofree char *name = display_name (self->folder);
          g_autofree char *message = g_strdup_printf (
            _("the folder holds more than %d pathways; the rest are not read"),
            PD_LIBRARY_MAX_PATHWAYS);
          if (diagnostics)
            g_ptr_array_add (diagnostics,
                             pd_diagnostic_new (name, 0, 0, PD_SEVERITY_WARNING, message));
          break;
        }
      entry = load_entry (self->folder, g_ptr_array_index (pathways, i));
      g_ptr_array_add (self->entries, entry);
      if (entry->document)
        {
          GListModel *nodes = pd_document_get_nodes (entry->document);

          for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
            {
              g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
              char **differ = pd_library_diff_service (self, node);

              if (differ == NULL)
                continue;
              g_ptr_array_add (entry->updated_steps, g_strdup (pd_node_get_id (node)));
              g_hash_table_insert (entry->updated_fields, g_strdup (pd_node_get_id (node)),
                                   differ);
            }
          pd_library_apply_services (self, entry->document);
          pd_library_entry_apply_agencies (self, entry);
        }
    }
  return g_steal_pointer (&self);
}

PdLibrary *
pd_library_open (GFile        *folder,
                 GCancellable *cancellable,
                 GError      **error)
{
  return pd_library_load (folder, NULL, cancellable, error);
}

GFile *
pd_library_get_folder (PdLibrary *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);
  return self->folder;
}

GFile *
pd_library_get_file (PdLibrary *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);
  return self->file;
}

const char *
pd_library_get_name (PdLibrary *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);
  return self->name;
}

guint
pd_library_get_n_entries (PdLibrary *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), 0);
  return self->entries->len;
}

PdLibraryEntry *
pd_library_get_entry (PdLibrary *self,
                      guint      index)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, index);
}

PdLibraryEntry *
pd_library_lookup_pathway (PdLibrary  *self,
                           const char *pathway_id)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);

  for (guint i = 0; pathway_id && i < self->entries->len; i++)
    {
      PdLibraryEntry *entry = g_ptr_array_index (self->entries, i);
      if (g_strcmp0 (entry->id, pathway_id) == 0)
        return entry;
    }
  return NULL;
}

GFile *pd_library_entry_get_file (PdLibraryEntry *entry) { return entry->file; }
const char *pd_library_entry_get_file_name (PdLibraryEntry *entry) { return entry->file_name; }
const char *pd_library_entry_get_id (PdLibraryEntry *entry) { return entry->id; }
PdDocument *pd_library_entry_get_document (PdLibraryEntry *entry) { return entry->document; }
const GError *pd_library_entry_get_error (PdLibraryEntry *entry) { return entry->error; }
GPtrArray *pd_library_entry_get_diagnostics (PdLibraryEntry *entry) { return entry->diagnostics; }
GPtrArray *
pd_library_entry_get_updated_steps (PdLibraryEntry *entry)
{
  return entry->updated_steps;
}

const char *
pd_library_entry_get_display_name (PdLibraryEntry *entry)
{
  return entry->display_name;
}
const char *pd_library_get_display_name (PdLibrary *self) { return self->display_name; }

const char * const *
pd_library_entry_get_updated_fields (PdLibraryEntry *entry,
                                     const char     *node_id)
{
  return node_id ? g_hash_table_lookup (entry->updated_fields, node_id) : NULL;
}

const char *
pd_library_entry_get_title (PdLibraryEntry *entry)
{
  return entry->document ? pd_document_get_title (entry->document) : NULL;
}

PdStatus
pd_library_entry_get_status (PdLibraryEntry *entry)
{
  int status = PD_STATUS_DRAFT;

  if (entry->document)
    g_object_get (entry->document, "status", &status, NULL);
  return status;
}

const char *pd_library_entry_get_version (PdLibraryEntry *entry) { return entry->version; }
const char *pd_library_entry_get_review_by (PdLibraryEntry *entry) { return entry->review_by; }
GArray *pd_library_entry_get_clusters (PdLibraryEntry *entry) { return entry->clusters; }

GPtrArray *pd_library_get_services (PdLibrary *self) { return self->services; }
GPtrArray *pd_library_get_agencies (PdLibrary *self) { return self->agencies; }
GPtrArray *pd_library_get_posts (PdLibrary *self) { return self->posts; }
double pd_library_get_hours_per_wte (PdLibrary *self) { return self->hours_per_wte; }
const char *pd_library_get_site_title (PdLibrary *self) { return self->site_title; }
const char *pd_library_get_base_url (PdLibrary *self) { return self->base_url; }
const char *pd_library_get_language (PdLibrary *self) { return self->language; }

const char * const *
pd_library_get_super_class_order (PdLibrary *self)
{
  return (const char * const *) self->super_class_order;
}

PdService *
pd_library_lookup_service (PdLibrary  *self,
                           const char *service_id)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);

  for (guint i = 0; service_id && i < self->services->len; i++)
    {
      PdService *service = g_ptr_array_index (self->services, i);
      if (g_str_equal (service->id, service_id))
        return service;
    }
  return NULL;
}

PdAgency *
pd_library_lookup_agency (PdLibrary  *self,
                          const char *agency_id)
{
  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);

  for (guint i = 0; agency_id && i < self->agencies->len; i++)
    {
      PdAgency *agency = g_ptr_array_index (self->agencies, i);
      if (g_str_equal (pd_agency_get_id (agency), agency_id))
        return agency;
    }
  return NULL;
}

GArray *
pd_library_get_service_uses (PdLibrary  *self,
                             const char *service_id)
{
  GArray *uses = g_array_new (FALSE, FALSE, sizeof (PdServiceUse));

  g_return_val_if_fail (PD_IS_LIBRARY (self), uses);

  for (guint i = 0; service_id && i < self->entries->len; i++)
    {
      PdLibraryEntry *entry = g_ptr_array_index (self->entries, i);
      GListModel *nodes;

      if (entry->document == NULL)
        continue;
      nodes = pd_document_get_nodes (entry->document);
      for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
          PdServiceUse use = { entry, node };

          if (g_strcmp0 (pd_node_get_service (node), service_id) == 0)
            g_array_append_val (uses, use);
        }
    }
  return uses;
}
