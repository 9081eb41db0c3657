/* SPDX-License-Identifier: GPL-3.0-or-later */
/* File ▸ Publish Library…: the open library as a website, as `pathway
 * publish` makes it, from a dialog with progress and Cancel; a toast then
 * opens the site. With no library open, the folder of the pathway shown
 * is opened as one first, as following a link step does: that folder is
 * what the user sees listed and what is published. */
#include <glib/gi18n.h>

#include "pd-publish-dialog.h"
#include "pd-window-private.h"

/* Sites remembered, one per library: a few suffice. */
#define MAX_REMEMBERED 20

/* The site folder last chosen for the library in @folder, or NULL. */
static char *
remembered_site (const char *folder)
{
  g_autoptr(GSettings) settings = pd_window_settings ();
  g_autoptr(GVariant) sites = settings ? g_settings_get_value (settings, "publish-folders")
                                       : NULL;
  char *site = NULL;

  if (sites)
    g_variant_lookup (sites, folder, "s", &site);
  return site;
}

static void
remember_site (const char *folder,
               const char *site)
{
  g_autoptr(GSettings) settings = pd_window_settings ();
  g_autoptr(GVariant) sites = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;
  guint n = 1;

  if (settings == NULL)
    return;
  sites = g_settings_get_value (settings, "publish-folders");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", folder, site);
  g_variant_iter_init (&iter, sites);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, folder) && n++ < MAX_REMEMBERED)
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_settings_set_value (settings, "publish-folders", g_variant_builder_end (&builder));
}

/* Whether the pathway shown is one of the library's files, with changes
 * the site would not have. */
static gboolean
has_unsaved_changes (PdWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;

  if (self->path == NULL || self->library == NULL
      || !pd_document_get_modified (self->document))
    return FALSE;
  file = g_file_new_for_path (self->path);
  parent = g_file_get_parent (file);
  return parent && g_file_equal (parent, pd_library_get_folder (self->library));
}

static void
on_save_first (PdPublishDialog *dialog,
               PdWindow        *self)
{
  pd_window_save (self);
  if (!has_unsaved_changes (self))
    pd_publish_dialog_set_unsaved (dialog, NULL);
}

static void
on_published (PdPublishDialog *dialog,
              const char      *site,
              guint            published,
              const char      *problem,
              PdWindow        *self)
{
  g_autofree char *folder = g_file_get_path (pd_publish_dialog_get_folder (dialog));
  g_autofree char *index = g_build_filename (site, "index.html", NULL);
  g_autofree char *uri = g_filename_to_uri (index, NULL, NULL);
  g_autofree char *name = g_filename_display_basename (site);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (folder)
    remember_site (folder, site);
  /* Translators: %u pathways, then the name of the site's folder. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Published %u pathway to “%s”",
                                       "Published %u pathways to “%s”", published),
                          published, name);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open Site"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri ? uri : ""));
  adw_toast_overlay_add_toast (self->toasts, toast);
  /* What `pathway publish` would print: a pathway left out, and why. */
  if (problem)
    pd_window_toast (self, problem);
}

static void
on_cancelled (PdPublishDialog *dialog,
              PdWindow        *self)
{
  pd_window_toast (self, _("Publishing cancelled: no file was written"));
}

void
pd_window_show_publish (PdWindow *self)
{
  g_autofree char *folder = NULL;
  g_autofree char *site = NULL;
  PdPublishDialog *dialog;

  g_return_if_fail (PD_IS_WINDOW (self));
  g_return_if_fail (self->library != NULL);

  folder = g_file_get_path (pd_library_get_folder (self->library));
  site = folder ? remembered_site (folder) : NULL;
  dialog = pd_publish_dialog_new (GTK_WINDOW (self), pd_library_get_folder (self->library),
                                  pd_library_get_name (self->library),
                                  pd_library_get_base_url (self->library), site);
  pd_publish_dialog_set_unsaved (dialog, has_unsaved_changes (self)
                                         ? pd_document_get_title (self->document) : NULL);
  g_signal_connect_object (dialog, "published", G_CALLBACK (on_published), self, 0);
  g_signal_connect_object (dialog, "cancelled", G_CALLBACK (on_cancelled), self, 0);
  g_signal_connect_object (dialog, "save-first", G_CALLBACK (on_save_first), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
publish_library (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->library)
    {
      pd_window_show_publish (self);
      return;
    }
  if (self->path == NULL)
    {
      pd_window_toast (self, _("Open a library, or save the pathway in a library’s folder, "
                               "to publish it"));
      return;
    }
  file = g_file_new_for_path (self->path);
  folder = g_file_get_parent (file);
  self->publish_when_loaded = TRUE;
  pd_window_open_library (self, folder);
}

void
pd_window_class_init_publish (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.publish-library", NULL, publish_library);
}
