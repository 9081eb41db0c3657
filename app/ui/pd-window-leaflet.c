/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Leaflet: the pathway's easy-read leaflet as PDF, ODT or a web page. */
#include <glib/gi18n.h>

#include "pd-file-dialog.h"
#include "pd-file.h"
#include "pd-leaflet.h"
#include "pd-window-private.h"

gboolean
pd_window_export_leaflet_to (PdWindow    *self,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PdLeafletOptions options;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  /* As the Leaflet panel shows it. */
  pd_leaflet_preview_get_options (self->leaflet, &options);
  /* No font for its letters: nothing written, rather than boxes. */
  if (!pd_leaflet_check_language (options.language, error))
    return FALSE;
  leaflet = pd_leaflet_compose (self->document, &options, self->path);
  if (g_str_has_suffix (path, ".html"))
    bytes = pd_leaflet_render_html (leaflet, error);
  else if (g_str_has_suffix (path, ".odt"))
    bytes = pd_leaflet_render_odt (leaflet, error);
  else
    bytes = pd_leaflet_render_pdf (leaflet, error);
  return bytes != NULL && pd_file_replace (path, bytes, NULL, NULL, error);
}

static void
on_export_chosen (GObject    *owner,
                  const char *chosen)
{
  PdWindow *self = PD_WINDOW (owner);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;

  if (chosen == NULL)
    return;
  path = g_str_has_suffix (chosen, ".pdf") || g_str_has_suffix (chosen, ".odt")
         || g_str_has_suffix (chosen, ".html")
         ? g_strdup (chosen) : g_strconcat (chosen, ".pdf", NULL);
  if (!pd_window_export_leaflet_to (self, path, &error))
    {
      pd_window_toast (self, error->message);
      return;
    }
  base = g_path_get_basename (path);
  message = g_strdup_printf (_("Leaflet saved as “%s”"), base);
  pd_window_toast (self, message);
}

static void
export_leaflet (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autofree char *title = pd_window_title_as_file_name (pd_document_get_title (self->document));
  g_autofree char *name = g_strdup_printf (_("%s – easy read.pdf"),
                                           title ? title : _("Pathway"));

  pd_file_dialog_show (GTK_WINDOW (self), G_OBJECT (self), _("Export Leaflet"),
                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name, on_export_chosen,
                       _("PDF, to print"), "*.pdf", _("OpenDocument text, to edit"), "*.odt",
                       _("Accessible web page"), "*.html", NULL);
}

void
pd_window_class_init_leaflet (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-leaflet", NULL, export_leaflet);
}
