/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-application.h"
#include "pd-accessible.h"
#include "pd-file-dialog.h"
#include "pd-file.h"
#include "pd-pictograms.h"
#include "pd-recent.h"
#include "pd-diagnostic.h"
#include "pd-recovery.h"
#include "pd-window.h"
#include "pd-xml-reader.h"

struct _PdApplication
{
  AdwApplication parent_instance;

  gboolean recovery_offered;
};

G_DEFINE_FINAL_TYPE (PdApplication, pd_application, ADW_TYPE_APPLICATION)

static void
show_error (PdApplication *self,
            const char    *heading,
            const char    *message)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  pd_accessible_name_all_as_shown (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The active window when it holds a new pathway nobody has touched:
 * what opening a file or template from it replaces, rather than leaving
 * an empty window behind. */
static PdWindow *
untouched_window (PdApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  return PD_IS_WINDOW (active) && pd_window_is_untouched (PD_WINDOW (active))
         ? PD_WINDOW (active) : NULL;
}

/* Shows @window in place of @replaced, if any. */
static GtkWindow *
show_window (PdApplication *self,
             PdWindow      *window,
             PdWindow      *replaced)
{
  gtk_window_present (GTK_WINDOW (window));
  if (replaced)
    gtk_window_destroy (GTK_WINDOW (replaced));
  return GTK_WINDOW (window);
}

GtkWindow *
pd_application_open_path (PdApplication *self,
                          const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(PdDocument) document = pd_file_load (path, &etag, NULL, &error);
  /* Found before the new window is added, which then counts as active. */
  PdWindow *replaced = untouched_window (self);
  PdWindow *window;

  if (document == NULL)
    {
      show_error (self, _("The Pathway Could Not Be Opened"), error->message);
      return NULL;
    }
  pd_document_mark_saved (document);
  window = pd_window_new (ADW_APPLICATION (self), document, path, etag);
  pd_recent_note (path);
  return show_window (self, window, replaced);
}

GtkWindow *
pd_application_open_template (PdApplication *self,
                              const char    *resource)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                     &error);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) document = NULL;
  PdWindow *replaced = untouched_window (self);

  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);

  if (bytes)
    document = pd_xml_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), resource,
                            diagnostics);
  if (document == NULL)
    {
      /* The templates are built in: only a broken build gets here. */
      g_warning ("Template %s: %s", resource, error ? error->message : "not a pathway");
      return NULL;
    }
  /* A new pathway: no file, and nothing to ask about until it is changed. */
  pd_document_mark_saved (document);
  return show_window (self, pd_window_new (ADW_APPLICATION (self), document, NULL, NULL),
                      replaced);
}

static PdWindow *
new_window (PdApplication *self,
            gboolean       start)
{
  g_autoptr(PdDocument) document = pd_document_new_default ();
  PdWindow *window;

  pd_document_mark_saved (document);
  window = pd_window_new (ADW_APPLICATION (self), document, NULL, NULL);
  pd_window_mark_blank (window);
  if (start)
    pd_window_show_start (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

GtkWindow *
pd_application_open_library (PdApplication *self,
                             GFile         *folder)
{
  PdWindow *window;

  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  window = untouched_window (self);
  if (window == NULL)
    window = new_window (self, FALSE);
  pd_window_open_library (window, folder);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
on_recovery_response (AdwMessageDialog *dialog,
                      const char       *response,
                      PdApplication    *self)
{
  g_autoptr(GPtrArray) items = pd_recovery_list (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      PdRecoveryItem *item = g_ptr_array_index (items, i);
      g_autoptr(PdDocument) document = NULL;
      g_autofree char *etag = NULL;
      PdWindow *window;

      if (!g_str_equal (response, "restore"))
        {
          pd_recovery_remove (NULL, item->id);
          continue;
        }
      document = pd_file_load (item->copy_path, NULL, NULL, NULL);
      if (document == NULL)
        {
          pd_recovery_remove (NULL, item->id);
          continue;
        }
      /* Restored work is unsaved work: it keeps its copy until saved. */
      pd_history_mark_unsaved (pd_document_get_history (document));
      etag = item->origin ? pd_file_get_etag (item->origin) : NULL;
      window = pd_window_new_recovered (ADW_APPLICATION (self), document, item->origin, etag,
                                        item->id);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* After a crash, the copies left behind are offered back, once. */
static void
offer_recovery (PdApplication *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GString *body;
  GtkWidget *dialog;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  items = pd_recovery_list (NULL);
  if (items->len == 0)
    return;
  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Pathway Designer closed before this pathway was saved:",
                                    "Pathway Designer closed before these pathways were saved:",
                                    items->len));
  for (guint i = 0; i < items->len; i++)
    {
      PdRecoveryItem *item = g_ptr_array_index (items, i);
      g_autofree char *name = item->origin ? g_path_get_basename (item->origin)
                                           : g_strdup (_("a new pathway"));
      g_string_append_printf (body, "\n• %s", name);
    }
  dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   _("Restore Unsaved Work?"), body->str);
  g_string_free (body, TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_recovery_response), self, 0);
  pd_accessible_name_all_as_shown (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pd_application_offer_recovery (PdApplication *self)
{
  g_return_if_fail (PD_IS_APPLICATION (self));
  offer_recovery (self);
}

static void
pd_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window)
    gtk_window_present (window);
  else
    new_window (PD_APPLICATION (application), TRUE);
  offer_recovery (PD_APPLICATION (application));
}

static void
pd_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      /* A folder is a library of pathways. */
      if (path && g_file_test (path, G_FILE_TEST_IS_DIR))
        pd_application_open_library (PD_APPLICATION (application), files[i]);
      else if (path)
        pd_application_open_path (PD_APPLICATION (application), path);
    }
  offer_recovery (PD_APPLICATION (application));
}

static void
on_open_chosen (GObject    *owner,
                const char *path)
{
  if (path)
    pd_application_open_path (PD_APPLICATION (owner), path);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PdApplication *self = user_data;

  pd_file_dialog_show (gtk_application_get_active_window (GTK_APPLICATION (self)),
                       G_OBJECT (self), _("Open Pathway"), GTK_FILE_CHOOSER_ACTION_OPEN,
                       _("_Open"), NULL, on_open_chosen,
                       _("Pathways"), "*.pathway", _("XML files"), "*.xml", NULL);
}

static void
on_library_chosen (GObject    *owner,
                   const char *path)
{
  g_autoptr(GFile) folder = path ? g_file_new_for_path (path) : NULL;

  if (folder)
    pd_application_open_library (PD_APPLICATION (owner), folder);
}

static void
open_library_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PdApplication *self = user_data;

  pd_file_dialog_show (gtk_application_get_active_window (GTK_APPLICATION (self)),
                       G_OBJECT (self), _("Open Library"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                       _("_Open"), NULL, on_library_chosen, NULL, NULL);
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  new_window (user_data, FALSE);
}

static void
new_from_template (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  pd_application_open_template (PD_APPLICATION (data), g_variant_get_string (parameter, NULL));
}

/* The windows whose pathway has unsaved changes. */
static GPtrArray *
unsaved_windows (PdApplication *self)
{
  GPtrArray *windows = g_ptr_array_new ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (PD_IS_WINDOW (l->data)
        && pd_document_get_modified (pd_window_get_document (l->data)))
      g_ptr_array_add (windows, l->data);
  return windows;
}

/* After the dialog has finished with its response. */
static gboolean
discard_all (gpointer data)
{
  PdApplication *self = data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = windows; l; l = l->next)
    if (PD_IS_WINDOW (l->data))
      gtk_window_destroy (l->data);
  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_REMOVE;
}

static void
on_quit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  PdApplication    *self)
{
  g_autoptr(GList) windows = NULL;

  if (g_str_equal (response, "discard"))
    g_idle_add_full (G_PRIORITY_DEFAULT, discard_all, g_object_ref (self), g_object_unref);
  if (!g_str_equal (response, "save"))
    return;
  /* Each window closes once its pathway is saved (or at once when there is
   * nothing to save); one whose Save As is cancelled stays open, and so
   * does the application, which its last window keeps. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    if (PD_IS_WINDOW (l->data))
      pd_window_save_and_close (l->data);
}

/* Quitting with unsaved changes asks first, once for all windows, as
 * closing one window does. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PdApplication *self = user_data;
  g_autoptr(GPtrArray) unsaved = unsaved_windows (self);
  g_autoptr(GString) body = NULL;
  GtkWindow *parent;
  GtkWidget *dialog;

  if (unsaved->len == 0)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }
  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "This pathway has changes that are not saved:",
                                    "These pathways have changes that are not saved:",
                                    unsaved->len));
  for (guint i = 0; i < unsaved->len; i++)
    {
      PdWindow *window = g_ptr_array_index (unsaved, i);
      const char *title = pd_document_get_title (pd_window_get_document (window));

      g_string_append_printf (body, "\n• %s", title ? title : _("Untitled pathway"));
    }
  g_string_append_printf (body, "\n\n%s", _("Changes that are not saved are lost."));
  /* Over a window that has changes, so that the user sees what is asked about. */
  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (!PD_IS_WINDOW (parent)
      || !pd_document_get_modified (pd_window_get_document (PD_WINDOW (parent))))
    parent = g_ptr_array_index (unsaved, 0);
  gtk_window_present (parent);
  dialog = pd_save_changes_dialog_new (parent, _("Save Changes Before Quitting?"), body->str,
                                       _("_Discard All"), _("_Save All"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_quit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "application-name", _("Pathway Designer"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "comments", _("Design care pathways with the people who use them, "
                              "and publish them as diagrams and easy-read leaflets."),
                "license-type", GTK_LICENSE_GPL_3_0,
                NULL);
  /* The leaflets' pictures are OpenMoji's, and say so. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "OpenMoji",
                                      "© OpenMoji, openmoji.org", GTK_LICENSE_CUSTOM,
                                      pd_pictograms_attribution ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
}

static void
open_recent (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  pd_application_open_path (PD_APPLICATION (data), g_variant_get_string (parameter, NULL));
}

static void
pd_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "new", new_action },
    { "open", open_action },
    { "open-library", open_library_action },
    { "open-recent", open_recent, "s" },
    { "new-from-template", new_from_template, "s" },
    { "quit", quit_action },
    { "about", about_action },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.open-library", { "<Shift><Control>o", NULL } },
    { "win.show-library", { "<Shift><Control>l", NULL } },
    { "win.compare-file", { "<Shift><Control>d", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Shift><Control>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Shift><Control>z", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
    { "win.zoom-out", { "<Control>minus", NULL } },
    { "win.zoom-reset", { "<Control>0", NULL } },
    { "win.zoom-fit", { "<Control>9", NULL } },
    { "win.show-details", { "<Control>i", NULL } },
    { "win.show-flow", { "<Control>y", NULL } },
    { "win.snap", { "<Shift><Control>g", NULL } },
    { "win.show-sidebar", { "F9", NULL } },
    { "win.add-step::intervention", { "<Control>Return", NULL } },
    { "win.tidy::left-right", { "<Shift><Control>t", NULL } },
    { "win.tidy-without-lanes", { "<Shift><Control>n", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (pd_application_parent_class)->startup (application);
  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
pd_application_class_init (PdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = pd_application_startup;
  app_class->activate = pd_application_activate;
  app_class->open = pd_application_open;
}

static void
pd_application_init (PdApplication *self)
{
}

PdApplication *
pd_application_new (void)
{
  return g_object_new (PD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}
