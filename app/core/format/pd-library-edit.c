/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A shared service edited in one place: checked, written to library.xml
 * and given to the steps of every pathway of the library that use it. */
#include <glib/gi18n-lib.h>

#include "pd-library-private.h"

/* As library.rng allows. */
#define MAX_SHORT_TEXT 1024
#define MAX_LINK 2048

PdService *
pd_service_copy (const PdService *service)
{
  PdService *copy;

  g_return_val_if_fail (service != NULL, NULL);

  copy = pd_service_new (service->id);
  copy->title = g_strdup (service->title);
  copy->description = g_strdup (service->description);
  copy->agency_id = g_strdup (service->agency_id);
  copy->kind = service->kind;
  copy->duration = service->duration;
  copy->duration_unit = service->duration_unit;
  copy->sessions = service->sessions;
  copy->session_minutes = service->session_minutes;
  copy->staff_role = g_strdup (service->staff_role);
  copy->staff_skills = g_strdup (service->staff_skills);
  if (service->evidence)
    {
      copy->evidence = pd_link_array_new ();
      for (guint i = 0; i < service->evidence->len; i++)
        g_ptr_array_add (copy->evidence, pd_link_copy (g_ptr_array_index (service->evidence, i)));
    }
  copy->line = service->line;
  copy->column = service->column;
  return copy;
}

static gboolean G_GNUC_PRINTF (3, 4)
refuse (GError    **error,
        PdLibrary  *self,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID, "%s: error: %s",
               pd_library_get_display_name (self), message);
  return FALSE;
}

static gboolean
too_long (const char *text,
          glong       limit)
{
  return text && g_utf8_strlen (text, -1) > limit;
}

static gboolean
is_blank (const char *text)
{
  for (; text && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* What the schema and the reader would refuse, said in the user's words
 * before anything is written. */
static gboolean
check_service (PdLibrary        *self,
               const PdService  *service,
               GError          **error)
{
  if (is_blank (service->title))
    return refuse (error, self, _("the service “%s” needs a title"), service->id);
  if (service->agency_id && !pd_library_lookup_agency (self, service->agency_id))
    return refuse (error, self, _("the library has no agency “%s”"), service->agency_id);
  if (service->staff_skills && *service->staff_skills
      && (service->staff_role == NULL || *service->staff_role == '\0'))
    return refuse (error, self, _("the service’s skills need a staff role"));
  if (too_long (service->title, MAX_SHORT_TEXT) || too_long (service->staff_role, MAX_SHORT_TEXT)
      || too_long (service->staff_skills, MAX_SHORT_TEXT))
    return refuse (error, self, _("a title, role or skills are longer than %d characters"),
                   MAX_SHORT_TEXT);
  for (guint i = 0; service->evidence && i < service->evidence->len; i++)
    {
      PdLink *link = g_ptr_array_index (service->evidence, i);

      if (too_long (link->title, MAX_SHORT_TEXT) || too_long (link->href, MAX_LINK))
        return refuse (error, self, _("evidence link %u is too long"), i + 1);
    }
  return TRUE;
}

/* Notes the steps of @entry whose copy differs from their service, as a
 * load does, then gives them the services' fields. */
static void
reapply (PdLibrary      *self,
         PdLibraryEntry *entry)
{
  GListModel *nodes = pd_document_get_nodes (entry->document);

  for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
      const char *id = pd_node_get_id (node);
      char **differ = pd_library_diff_service (self, node);

      if (differ == NULL)
        continue;
      if (!g_ptr_array_find_with_equal_func (entry->updated_steps, id, g_str_equal, NULL))
        g_ptr_array_add (entry->updated_steps, g_strdup (id));
      g_hash_table_insert (entry->updated_fields, g_strdup (id), differ);
    }
  pd_library_apply_services (self, entry->document);
}

gboolean
pd_library_save_service (PdLibrary        *self,
                         const PdService  *service,
                         GError          **error)
{
  PdService *old = NULL;
  guint index;

  g_return_val_if_fail (PD_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (service != NULL && service->id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (index = 0; index < self->services->len; index++)
    {
      old = g_ptr_array_index (self->services, index);
      if (g_str_equal (old->id, service->id))
        break;
    }
  if (index == self->services->len)
    return refuse (error, self, _("the library has no service “%s”"), service->id);
  if (!check_service (self, service, error))
    return FALSE;
  /* In place for the writer; back again if the file cannot be written. */
  self->services->pdata[index] = pd_service_copy (service);
  if (!pd_library_save (self, error))
    {
      pd_service_free (self->services->pdata[index]);
      self->services->pdata[index] = old;
      return FALSE;
    }
  pd_service_free (old);
  for (guint i = 0; i < self->entries->len; i++)
    {
      PdLibraryEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->document)
        reapply (self, entry);
    }
  return TRUE;
}
