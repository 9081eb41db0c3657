/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-recent.h"

#define MIME_TYPE "application/x-pathway+xml"
#define MAX_ITEMS 10

static GMenu *menu;

void
pd_recent_note (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentData data = {
    .mime_type = (char *) MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "pathway-designer %f",
  };

  if (uri)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (tb, ta);
}

/* The local pathways GTK remembers, newest first, with those gone from
 * disk when @missing_too. */
static GPtrArray *
collect (GtkRecentManager *manager,
         gboolean          missing_too)
{
  GList *items = gtk_recent_manager_get_items (manager);
  GPtrArray *pathways = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_is_local (info)
          && (missing_too || gtk_recent_info_exists (info))
          && (g_strcmp0 (gtk_recent_info_get_mime_type (info), MIME_TYPE) == 0
              || g_str_has_suffix (gtk_recent_info_get_uri (info), ".pathway")))
        g_ptr_array_add (pathways, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (pathways, newest_first);
  return pathways;
}

GPtrArray *
pd_recent_list (guint max)
{
  g_autoptr(GPtrArray) pathways = collect (gtk_recent_manager_get_default (), TRUE);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pathways->len && paths->len < max; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (pathways, i);
      char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);

      if (path)
        g_ptr_array_add (paths, path);
    }
  return paths;
}

static void
rebuild (GtkRecentManager *manager)
{
  g_autoptr(GPtrArray) pathways = collect (manager, FALSE);
  guint shown = 0;

  g_menu_remove_all (menu);
  for (guint i = 0; i < pathways->len && shown < MAX_ITEMS; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (pathways, i);
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      g_autofree char *name = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL)
        continue;
      /* Underscores in file names are not mnemonics. */
      {
        g_autofree char *base = g_path_get_basename (path);
        g_auto(GStrv) parts = g_strsplit (base, "_", -1);
        name = g_strjoinv ("__", parts);
      }
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (path));
      g_menu_append_item (menu, item);
      shown++;
    }
  /* An empty submenu looks broken; this says why there is nothing. The
   * action does not exist, so the item is greyed out. */
  if (shown == 0)
    g_menu_append (menu, _("No recent pathways"), "app.no-recent-pathways");
}

GMenuModel *
pd_recent_get_menu (void)
{
  if (menu == NULL)
    {
      GtkRecentManager *manager = gtk_recent_manager_get_default ();

      menu = g_menu_new ();
      g_signal_connect (manager, "changed", G_CALLBACK (rebuild), NULL);
      rebuild (manager);
    }
  return G_MENU_MODEL (menu);
}
