/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Leaflet: the pathway's easy-read leaflet as PDF or ODT. */
#include <glib/gi18n.h>

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

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  leaflet = pd_leaflet_compose (self->document, NULL, self->path);
  bytes = g_str_has_suffix (path, ".odt") ? pd_leaflet_render_odt (leaflet, error)
                                          : pd_leaflet_render_pdf (leaflet, error);
  return bytes != NULL && pd_file_replace (path, bytes, NULL, NULL, error);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    PdWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path && !g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".odt"))
        {
          char *with = g_strconcat (path, ".pdf", NULL);
          g_free (path);
          path = with;
        }
      if (path && pd_window_export_leaflet_to (self, path, &error))
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *message = g_strdup_printf (_("Leaflet saved as “%s”"), base);
          pd_window_toast (self, message);
        }
      else if (path)
        pd_window_toast (self, error->message);
    }
  g_object_unref (dialog);
}

static void
export_leaflet (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *pdf = gtk_file_filter_new ();
  GtkFileFilter *odt = gtk_file_filter_new ();
  const char *title = pd_document_get_title (self->document);
  g_autofree char *name = g_strdup_printf (_("%s – easy read.pdf"),
                                           title ? title : _("Pathway"));

  dialog = gtk_file_chooser_native_new (_("Export Leaflet"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                        _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF, to print"));
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_filter_set_name (odt, _("OpenDocument text, to edit"));
  gtk_file_filter_add_pattern (odt, "*.odt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), odt);
  g_object_unref (pdf);
  g_object_unref (odt);
  /* A file name never holds a slash. */
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
pd_window_class_init_leaflet (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-leaflet", NULL, export_leaflet);
}
