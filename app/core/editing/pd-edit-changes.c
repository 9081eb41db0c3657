/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-edit-changes.h"

static void
set_changes (PdDocument *document,
             GPtrArray  *changes)
{
  pd_document_set (document, document, "changes", changes, NULL);
}

void
pd_edit_add_change (PdDocument     *document,
                    const PdChange *change)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (change != NULL);

  changes = pd_change_array_copy (pd_document_get_changes (document));
  g_ptr_array_add (changes, pd_change_copy (change));
  pd_history_seal (pd_document_get_history (document));
  set_changes (document, changes);
  pd_history_seal (pd_document_get_history (document));
}

void
pd_edit_set_change (PdDocument     *document,
                    guint           index,
                    const PdChange *change)
{
  GPtrArray *old;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (change != NULL);

  old = pd_document_get_changes (document);
  g_return_if_fail (old != NULL && index < old->len);
  if (pd_change_equal (g_ptr_array_index (old, index), change))
    return;
  changes = pd_change_array_copy (old);
  pd_change_free (g_ptr_array_index (changes, index));
  g_ptr_array_index (changes, index) = pd_change_copy (change);
  set_changes (document, changes);
}

void
pd_edit_remove_change (PdDocument *document,
                       guint       index)
{
  GPtrArray *old;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_if_fail (PD_IS_DOCUMENT (document));

  old = pd_document_get_changes (document);
  g_return_if_fail (old != NULL && index < old->len);
  changes = pd_change_array_copy (old);
  g_ptr_array_remove_index (changes, index);
  pd_history_seal (pd_document_get_history (document));
  set_changes (document, changes);
  pd_history_seal (pd_document_get_history (document));
}

void
pd_edit_set_status (PdDocument *document,
                    PdStatus    status,
                    const char *date,
                    const char *author)
{
  g_autofree char *version = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(PdChange) change = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  PdStatus before;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (date != NULL);

  g_object_get (document, "status", &before, "version", &version, NULL);
  if (status == before)
    return;
  /* Translators: logged when a pathway's status changes, as "Status
   * changed from Draft to Consultation". */
  summary = g_strdup_printf (_("Status changed from %s to %s"),
                             pd_enum_get_label (PD_TYPE_STATUS, before),
                             pd_enum_get_label (PD_TYPE_STATUS, status));
  change = pd_change_new (date, version, author && *author ? author : NULL, summary);
  changes = pd_change_array_copy (pd_document_get_changes (document));
  g_ptr_array_add (changes, g_steal_pointer (&change));
  pd_history_seal (pd_document_get_history (document));
  pd_document_begin (document, _("Change Status"));
  pd_document_set (document, document, "status", status, NULL);
  set_changes (document, changes);
  pd_document_end (document);
  pd_history_seal (pd_document_get_history (document));
}

char *
pd_edit_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
