/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-file-dialog.h"

typedef struct {
  GWeakRef owner;
  PdFileDialogDone done;
} Request;

static void
on_response (GtkNativeDialog *dialog,
             int              response,
             Request         *request)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&request->owner);
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file ? g_file_get_path (file) : NULL;
    }
  if (owner)
    request->done (owner, path);
  g_weak_ref_clear (&request->owner);
  g_free (request);
  g_object_unref (dialog);
}

void
pd_file_dialog_show (GtkWindow           *parent,
                     GObject             *owner,
                     const char          *title,
                     GtkFileChooserAction action,
                     const char          *accept,
                     const char          *current_name,
                     PdFileDialogDone     done,
                     const char          *first_filter_name,
                     ...)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, parent, action, accept,
                                                              _("_Cancel"));
  Request *request = g_new0 (Request, 1);
  va_list args;

  va_start (args, first_filter_name);
  for (const char *name = first_filter_name; name; name = va_arg (args, const char *))
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, name);
      gtk_file_filter_add_pattern (filter, va_arg (args, const char *));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
      g_object_unref (filter);
    }
  va_end (args);
  if (current_name)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), current_name);
  g_weak_ref_init (&request->owner, owner);
  request->done = done;
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
