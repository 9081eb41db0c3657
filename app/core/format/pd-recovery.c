/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pd-file.h"
#include "pd-recovery.h"
#include "pd-xml-writer.h"

char *
pd_recovery_dir (const char *dir)
{
  if (dir)
    return g_strdup (dir);
  return g_build_filename (g_get_user_state_dir (), "pathway-designer", "recovery", NULL);
}

char *
pd_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
file_of (const char *dir,
         const char *id,
         const char *suffix)
{
  g_autofree char *folder = pd_recovery_dir (dir);
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

gboolean
pd_recovery_write (const char  *dir,
                   const char  *id,
                   PdDocument  *document,
                   const char  *origin,
                   GError     **error)
{
  g_autofree char *folder = pd_recovery_dir (dir);
  g_autofree char *copy = file_of (dir, id, ".pathway");
  g_autofree char *origin_file = file_of (dir, id, ".origin");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) origin_bytes = g_bytes_new (origin ? origin : "",
                                                origin ? strlen (origin) : 0);

  g_return_val_if_fail (PD_IS_DOCUMENT (document), FALSE);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "%s: %s", folder, g_strerror (errno));
      return FALSE;
    }
  bytes = pd_xml_write (document);
  /* The origin first: a copy never exists without knowing where it belongs. */
  return pd_file_replace (origin_file, origin_bytes, NULL, NULL, error)
         && pd_file_replace (copy, bytes, NULL, NULL, error);
}

void
pd_recovery_remove (const char *dir,
                    const char *id)
{
  g_autofree char *copy = file_of (dir, id, ".pathway");
  g_autofree char *origin = file_of (dir, id, ".origin");

  g_unlink (copy);
  g_unlink (origin);
}

void
pd_recovery_item_free (PdRecoveryItem *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->copy_path);
  g_free (item->origin);
  g_free (item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const PdRecoveryItem *x = *(PdRecoveryItem **) a, *y = *(PdRecoveryItem **) b;

  return (x->modified > y->modified) - (x->modified < y->modified);
}

GPtrArray *
pd_recovery_list (const char *dir)
{
  g_autofree char *folder = pd_recovery_dir (dir);
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_recovery_item_free);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      PdRecoveryItem *item;
      g_autofree char *origin_file = NULL;
      g_autofree char *origin = NULL;
      GStatBuf st;

      if (!g_str_has_suffix (name, ".pathway") || name[0] == '.')
        continue;
      item = g_new0 (PdRecoveryItem, 1);
      item->id = g_strndup (name, strlen (name) - strlen (".pathway"));
      item->copy_path = g_build_filename (folder, name, NULL);
      origin_file = file_of (dir, item->id, ".origin");
      if (g_file_get_contents (origin_file, &origin, NULL, NULL) && *origin)
        item->origin = g_steal_pointer (&origin);
      if (g_stat (item->copy_path, &st) == 0)
        item->modified = (gint64) st.st_mtime * G_USEC_PER_SEC;
      g_ptr_array_add (items, item);
    }
  g_ptr_array_sort (items, compare_items);
  return items;
}
