/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compare With ▸ A Git Revision…: when the pathway's file is in a git work
 * tree, its last revisions (`git log`) to choose from, and the chosen one
 * read with `git show REV:FILE`; git is run directly, never through a
 * shell, and given up after a while or when the window closes. */
#include <glib/gi18n.h>

#include "pd-diagnostic.h"
#include "pd-window-private.h"
#include "pd-xml-reader.h"

#define GIT_TIMEOUT_SECONDS 10

typedef struct {
  PdWindow *window;        /* a weak pointer */
  char *revision;
  guint timeout;
} GitRun;

static void
git_run_free (GitRun *run)
{
  g_clear_weak_pointer (&run->window);
  g_clear_handle_id (&run->timeout, g_source_remove);
  g_free (run->revision);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GitRun, git_run_free)

static gboolean
on_timeout (gpointer data)
{
  GitRun *run = data;

  run->timeout = 0;
  if (run->window)
    g_cancellable_cancel (run->window->compare_cancellable);
  return G_SOURCE_REMOVE;
}

/* Runs git in the folder of the window's file with @args; @done gets a
 * GitRun as its data. */
static void
run_git (PdWindow            *self,
         const char * const  *args,
         const char          *revision,
         GAsyncReadyCallback  done)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  GitRun *run;

  g_ptr_array_add (argv, (gpointer) "git");
  g_ptr_array_add (argv, (gpointer) "-C");
  g_ptr_array_add (argv, dir);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  if (process == NULL)
    {
      pd_window_compare_problem (self, _("Git cannot be run"));
      return;
    }
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  self->compare_cancellable = g_cancellable_new ();
  run = g_new0 (GitRun, 1);
  g_set_weak_pointer (&run->window, self);
  run->revision = g_strdup (revision);
  run->timeout = g_timeout_add_seconds (GIT_TIMEOUT_SECONDS, on_timeout, run);
  g_subprocess_communicate_async (process, NULL, self->compare_cancellable, done, run);
}

/* The output of a git run that succeeded, or NULL. */
static GBytes *
finish_git (GObject      *source,
            GAsyncResult *result)
{
  GSubprocess *process = G_SUBPROCESS (source);
  g_autoptr(GBytes) out = NULL;

  if (!g_subprocess_communicate_finish (process, result, &out, NULL, NULL)
      || !g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    return NULL;
  return g_steal_pointer (&out);
}

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(GitRun) run = data;
  g_autoptr(GBytes) out = finish_git (source, result);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) other = NULL;
  g_autofree char *label = NULL;
  gsize size;
  const char *bytes;

  if (run->window == NULL)
    return;
  if (out == NULL)
    {
      pd_window_compare_problem (run->window, _("That revision cannot be read from git"));
      return;
    }
  bytes = g_bytes_get_data (out, &size);
  other = pd_xml_read (bytes, size, run->revision, diagnostics);
  if (other == NULL)
    {
      g_autofree char *message = diagnostics->len
        ? pd_diagnostic_format (g_ptr_array_index (diagnostics, 0))
        : g_strdup (_("That revision is not a pathway this version can read"));
      pd_window_compare_problem (run->window, message);
      return;
    }
  label = g_strdup_printf (_("revision %s"), run->revision);
  pd_window_start_comparing (run->window, other, label);
}

void
pd_window_compare_git_revision (PdWindow   *self,
                                const char *revision)
{
  g_autofree char *base = NULL;
  g_autofree char *spec = NULL;
  const char *args[3] = { "show", NULL, NULL };

  g_return_if_fail (self->path != NULL);
  base = g_path_get_basename (self->path);
  spec = g_strconcat (revision, ":./", base, NULL);
  args[1] = spec;
  run_git (self, args, revision, on_shown);
}

static void
on_revision_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       AdwMessageDialog *dialog)
{
  PdWindow *self = PD_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autofree char *revision = g_strdup (g_object_get_data (G_OBJECT (row), "revision"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  pd_window_compare_git_revision (self, revision);
}

static void
show_revisions (PdWindow  *self,
                GStrv      lines)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Compare With a Git Revision"),
                                              _("Choose a version of this file saved in git."));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Revisions"), -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\t", 3);
      g_autofree char *text = NULL;
      GtkWidget *row, *label;

      if (g_strv_length (parts) < 3)
        continue;
      text = g_strdup_printf ("%s  %s  %s", parts[0], parts[1], parts[2]);
      row = gtk_list_box_row_new ();
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_set_margin_start (label, 8);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "revision", g_strdup (parts[0]), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_revision_activated), dialog);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_logged (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GitRun) run = data;
  g_autoptr(GBytes) out = finish_git (source, result);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (run->window == NULL)
    return;
  if (out == NULL || g_bytes_get_size (out) == 0)
    {
      pd_window_compare_problem (run->window,
                                 _("This file has no revisions in a git work tree"));
      return;
    }
  text = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  lines = g_strsplit (g_strstrip (text), "\n", -1);
  show_revisions (run->window, lines);
}

void
pd_window_compare_git (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  PdWindow *self = data;
  g_autofree char *base = NULL;
  const char *args[] = { "log", "--format=%h%x09%ad%x09%s", "--date=short", "-n", "20", "--",
                         NULL, NULL };

  if (self->path == NULL)
    {
      pd_window_compare_problem (self, _("This pathway has not been saved yet"));
      return;
    }
  base = g_path_get_basename (self->path);
  args[6] = base;
  run_git (self, args, NULL, on_logged);
}
