/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Publish Library: the site's folder and address, then publishing in a
 * thread. The thread reads the library from its folder as `pathway
 * publish` does, so that it touches no document the window edits and the
 * site is the one the CLI would make of the same files. */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-library.h"
#include "pd-publish-dialog.h"
#include "pd-publish.h"

struct _PdPublishDialog
{
  AdwWindow parent_instance;

  AdwPreferencesGroup *group;
  AdwActionRow *folder_row;
  AdwEntryRow *address_row;
  GtkWidget *address_error;
  GtkWidget *unsaved_box;
  GtkLabel *unsaved_label;
  GtkWidget *cancel_button;
  GtkWidget *publish_button;
  GtkProgressBar *progress;
  GtkLabel *error_label;

  GFile *folder;
  char *site;
  GCancellable *cancellable;   /* while publishing */
  gboolean disposed;           /* the window went while publishing */
};

G_DEFINE_FINAL_TYPE (PdPublishDialog, pd_publish_dialog, ADW_TYPE_WINDOW)

enum { PUBLISHED, CANCELLED, SAVE_FIRST, N_SIGNALS };
static guint signals[N_SIGNALS];

/* What the thread is given and gives back. */
typedef struct {
  GFile *folder;
  char *site;
  char *base_url;
  GWeakRef dialog;     /* for progress, from the thread */
  guint published;
  GPtrArray *problems; /* of char *: pathways that did not load, notes */
} Job;

static void
job_free (Job *job)
{
  g_object_unref (job->folder);
  g_free (job->site);
  g_free (job->base_url);
  g_weak_ref_clear (&job->dialog);
  g_ptr_array_unref (job->problems);
  g_free (job);
}

/* One report of progress, shown in the main thread. */
typedef struct {
  GWeakRef dialog;
  guint done;
  guint total;
  char *title;
} Step;

static gboolean
address_is_valid (const char *text)
{
  return *text == '\0' || (text[0] != '#' && pd_publish_href_is_safe (text));
}

static void
update_actions (PdPublishDialog *self)
{
  const char *address = gtk_editable_get_text (GTK_EDITABLE (self->address_row));
  gboolean valid = address_is_valid (address);
  gboolean busy = self->cancellable != NULL;

  gtk_widget_set_visible (self->address_error, !valid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_editable_get_delegate (
                                 GTK_EDITABLE (self->address_row))),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->address_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->address_row), "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.publish",
                                 valid && self->site != NULL && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.choose-folder", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.save-first", !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->address_row), !busy);
}

/* The bar's words, for a screen reader too: which pathway, not only how
 * far. */
static void
set_progress_text (PdPublishDialog *self,
                   const char      *text)
{
  gtk_progress_bar_set_text (self->progress, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static gboolean
show_step (gpointer data)
{
  Step *step = data;
  g_autoptr(PdPublishDialog) self = g_weak_ref_get (&step->dialog);
  g_autofree char *text = NULL;

  /* A report that arrives after the end has nothing to show. */
  if (self == NULL || self->disposed || self->cancellable == NULL
      || g_cancellable_is_cancelled (self->cancellable))
    return G_SOURCE_REMOVE;
  if (step->title)
    /* Translators: a pathway's title, then how many are done of how many. */
    text = g_strdup_printf (_("Publishing “%s” (%u of %u)…"), step->title, step->done + 1,
                            step->total);
  else
    text = g_strdup (_("Writing the site’s files…"));
  set_progress_text (self, text);
  gtk_progress_bar_set_fraction (self->progress,
                                 step->total ? (double) step->done / step->total : 1.0);
  return G_SOURCE_REMOVE;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_weak_ref_clear (&step->dialog);
  g_free (step->title);
  g_free (step);
}

/* In the thread: hands the step to the main thread. */
static void
on_progress (guint       done,
             guint       total,
             const char *title,
             gpointer    data)
{
  Job *job = data;
  g_autoptr(GObject) dialog = g_weak_ref_get (&job->dialog);
  Step *step;

  if (dialog == NULL)
    return;
  step = g_new0 (Step, 1);
  g_weak_ref_init (&step->dialog, dialog);
  step->done = done;
  step->total = total;
  step->title = g_strdup (title);
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_step, step, step_free);
}

/* The problems `pathway publish` prints: pathways that did not load. */
static void
note_failed (PdLibrary *library,
             GPtrArray *problems)
{
  for (guint i = 0; i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);
      GPtrArray *found = pd_library_entry_get_diagnostics (entry);

      if (pd_library_entry_get_document (entry) != NULL)
        continue;
      if (found && found->len > 0)
        g_ptr_array_add (problems, pd_diagnostic_format (g_ptr_array_index (found, 0)));
      else if (pd_library_entry_get_error (entry))
        g_ptr_array_add (problems, g_strdup (pd_library_entry_get_error (entry)->message));
    }
}

static void
publish_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  Job *job = data;
  PdPublishOptions options = PD_PUBLISH_OPTIONS_DEFAULT;
  PdPublishReport report = { 0 };
  g_autoptr(PdLibrary) library = NULL;
  g_autoptr(GPtrArray) pathways = NULL;
  GError *error = NULL;

  library = pd_library_load (job->folder, NULL, cancellable, &error);
  if (library == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  note_failed (library, job->problems);
  pathways = pd_publish_library_pathways (library);
  options.library = library;
  options.base_url = job->base_url;
  options.progress = on_progress;
  options.progress_data = job;
  if (!pd_publish_site (pathways, job->site, &options, &report, cancellable, &error))
    {
      pd_publish_report_clear (&report);
      g_task_return_error (task, error);
      return;
    }
  job->published = report.published;
  for (guint i = 0; i < report.notes->len; i++)
    g_ptr_array_add (job->problems, g_strdup (g_ptr_array_index (report.notes, i)));
  pd_publish_report_clear (&report);
  g_task_return_boolean (task, TRUE);
}

static void
set_busy (PdPublishDialog *self,
          gboolean         busy)
{
  if (!busy)
    g_clear_object (&self->cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), busy);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
  update_actions (self);
}

static void
on_published (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->disposed)
    return;
  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_signal_emit (self, signals[CANCELLED], 0);
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      /* Translators: %s says why, as `pathway publish` would. */
      text = g_strdup_printf (_("The site could not be published: %s"), error->message);
      gtk_label_set_text (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[PUBLISHED], 0, job->site, job->published,
                 job->problems->len ? g_ptr_array_index (job->problems, 0) : NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
publish (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->cancellable || self->site == NULL
      || !address_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->address_row))))
    return;
  job = g_new0 (Job, 1);
  job->folder = g_object_ref (self->folder);
  job->site = g_strdup (self->site);
  job->base_url = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row)));
  job->problems = g_ptr_array_new_with_free_func (g_free);
  g_weak_ref_init (&job->dialog, self);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_progress_bar_set_fraction (self->progress, 0);
  set_progress_text (self, _("Reading the library…"));
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_published, NULL);
  g_task_set_source_tag (task, publish);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, publish_in_thread);
}

/* While publishing, stops it (the dialog closes once it has stopped);
 * else closes the dialog. */
static void
cancel (GtkWidget  *widget,
        const char *action,
        GVariant   *parameter)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (widget);

  if (self->cancellable == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  g_cancellable_cancel (self->cancellable);
  set_progress_text (self, _("Cancelling…"));
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
}

static gboolean
on_close_request (GtkWindow *window)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (window);

  if (self->cancellable == NULL)
    return FALSE;
  cancel (GTK_WIDGET (self), NULL, NULL);
  return TRUE;
}

static void
on_folder_chosen (GtkNativeDialog *chooser,
                  int              response,
                  PdPublishDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path)
        pd_publish_dialog_set_site_folder (self, path);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_folder (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) start = NULL;

  chooser = gtk_file_chooser_native_new (_("Site Folder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Where the site was last, else beside the library. */
  if (self->site && g_file_test (self->site, G_FILE_TEST_IS_DIR))
    start = g_file_new_for_path (self->site);
  else
    start = g_file_get_parent (self->folder);
  if (start)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), start, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_folder_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_first (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  g_signal_emit (widget, signals[SAVE_FIRST], 0);
}

/* Enter in the address publishes, as a default button would. */
static void
on_activated (PdPublishDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "publish.publish", NULL);
}

static void
pd_publish_dialog_dispose (GObject *object)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PUBLISH_DIALOG);
  G_OBJECT_CLASS (pd_publish_dialog_parent_class)->dispose (object);
}

static void
pd_publish_dialog_finalize (GObject *object)
{
  PdPublishDialog *self = PD_PUBLISH_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->folder);
  g_free (self->site);
  G_OBJECT_CLASS (pd_publish_dialog_parent_class)->finalize (object);
}

static void
pd_publish_dialog_class_init (PdPublishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_publish_dialog_dispose;
  object_class->finalize = pd_publish_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = on_close_request;
  signals[PUBLISHED] = g_signal_new ("published", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING,
                                     G_TYPE_UINT, G_TYPE_STRING);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVE_FIRST] = g_signal_new ("save-first", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/pathwaydesigner/Designer/pd-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, address_error);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, unsaved_box);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, unsaved_label);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, publish_button);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, PdPublishDialog, error_label);
  gtk_widget_class_install_action (widget_class, "publish.publish", NULL, publish);
  gtk_widget_class_install_action (widget_class, "publish.cancel", NULL, cancel);
  gtk_widget_class_install_action (widget_class, "publish.choose-folder", NULL, choose_folder);
  gtk_widget_class_install_action (widget_class, "publish.save-first", NULL, save_first);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "publish.cancel", NULL);
}

static void
pd_publish_dialog_init (PdPublishDialog *self)
{
  GtkWidget *text;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->address_row, "changed", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->address_row, "entry-activated", G_CALLBACK (on_activated),
                            self);
  /* Named without the mnemonic's underscore; the address's text, where a
   * screen reader is, told what is wrong with it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->folder_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Site folder"), -1);
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->address_row)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Site address (optional)"), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->address_error, NULL, -1);
  pd_accessible_name_all_as_shown (GTK_WIDGET (self));
}

PdPublishDialog *
pd_publish_dialog_new (GtkWindow  *parent,
                       GFile      *folder,
                       const char *name,
                       const char *base_url,
                       const char *site)
{
  PdPublishDialog *self = g_object_new (PD_TYPE_PUBLISH_DIALOG, "transient-for", parent, NULL);
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *base = g_file_get_basename (folder);
  g_autofree char *title = g_strdup_printf (_("Publish “%s”"), name ? name : base);
  g_autofree char *description = NULL;

  self->folder = g_object_ref (folder);
  adw_preferences_group_set_title (self->group, title);
  /* Translators: %s is the library's folder. */
  description = g_strdup_printf (_("Every pathway saved in %s becomes a web page with its "
                                   "diagram, its journey and its leaflet."), path);
  adw_preferences_group_set_description (self->group, description);
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), base_url ? base_url : "");
  pd_publish_dialog_set_site_folder (self, site);
  /* Enter publishes once there is a folder; until then, choose one. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->publish_button);
  gtk_window_set_focus (GTK_WINDOW (self),
                        self->site ? self->publish_button : GTK_WIDGET (self->folder_row));
  return self;
}

void
pd_publish_dialog_set_site_folder (PdPublishDialog *self,
                                   const char      *path)
{
  g_return_if_fail (PD_IS_PUBLISH_DIALOG (self));

  if (self->cancellable)
    return;
  g_free (self->site);
  self->site = path && *path ? g_strdup (path) : NULL;
  adw_action_row_set_subtitle (self->folder_row, self->site ? self->site : _("Not chosen yet"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->folder_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->site ? self->site : _("Not chosen yet"), -1);
  update_actions (self);
}

const char *
pd_publish_dialog_get_site_folder (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), NULL);
  return self->site;
}

GFile *
pd_publish_dialog_get_folder (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), NULL);
  return self->folder;
}

const char *
pd_publish_dialog_get_base_url (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->address_row));
}

void
pd_publish_dialog_set_unsaved (PdPublishDialog *self,
                               const char      *title)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PD_IS_PUBLISH_DIALOG (self));

  gtk_widget_set_visible (self->unsaved_box, title != NULL);
  if (title == NULL)
    return;
  /* Translators: %s is the title of the pathway open in the window. */
  text = g_strdup_printf (_("“%s” has changes that are not saved: the site is made from the "
                            "saved file, without them."), title);
  gtk_label_set_text (self->unsaved_label, text);
}

gboolean
pd_publish_dialog_is_publishing (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

gboolean
pd_publish_dialog_shows_unsaved (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), FALSE);
  return gtk_widget_get_visible (self->unsaved_box);
}

const char *
pd_publish_dialog_get_error (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

GtkWidget *
pd_publish_dialog_get_address_row (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), NULL);
  return GTK_WIDGET (self->address_row);
}

const char *
pd_publish_dialog_get_progress_text (PdPublishDialog *self)
{
  g_return_val_if_fail (PD_IS_PUBLISH_DIALOG (self), NULL);
  return gtk_progress_bar_get_text (self->progress);
}
