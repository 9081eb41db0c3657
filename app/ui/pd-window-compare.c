/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compare With…: the pathway as it is now against another file, the last
 * saved version or a git revision. The canvas marks new, changed and
 * removed steps; the Compare page of the side pane lists every change.
 * Both follow edits until Stop Comparing. */
#include <glib/gi18n.h>

#include "pd-diagnostic.h"
#include "pd-diff.h"
#include "pd-file.h"
#include "pd-file-dialog.h"
#include "pd-window-private.h"
#include "pd-xml-reader.h"

void
pd_window_update_compare (PdWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *heading = NULL;

  if (self->compare_document == NULL || self->document == NULL)
    return;
  changes = pd_diff_documents (self->compare_document, self->document, PD_DIFF_FLAGS_NONE);
  summary = pd_diff_summarise (changes);
  heading = g_strdup_printf (_("Changes since %s"), self->compare_label);
  pd_canvas_set_compare (self->canvas, pd_diff_scene_marks (self->compare_document, changes),
                         summary);
  pd_compare_panel_set_changes (self->compare_panel, heading, changes);
}

void
pd_window_start_comparing (PdWindow   *self,
                 PdDocument *other,
                 const char *label)
{
  g_set_object (&self->compare_document, other);
  g_free (self->compare_label);
  self->compare_label = g_strdup (label);
  pd_window_update_compare (self);
  adw_view_stack_page_set_visible (self->compare_page, TRUE);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "compare");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                 G_ACTION_MAP (self), "stop-comparing")), TRUE);
}

void
pd_window_stop_comparing (PdWindow *self)
{
  GAction *stop = g_action_map_lookup_action (G_ACTION_MAP (self), "stop-comparing");

  if (self->compare_document == NULL)
    return;
  g_clear_object (&self->compare_document);
  g_clear_pointer (&self->compare_label, g_free);
  pd_canvas_set_compare (self->canvas, NULL, NULL);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->side_stack), "compare") == 0)
    adw_view_stack_set_visible_child_name (self->side_stack, "properties");
  adw_view_stack_page_set_visible (self->compare_page, FALSE);
  if (stop)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (stop), FALSE);
}

void
pd_window_compare_problem (PdWindow   *self,
              const char *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

/* @path loaded and compared with; FALSE, said in a toast, when it cannot be read. */
gboolean
pd_window_compare_with_path (PdWindow   *self,
                             const char *path,
                             const char *label)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDocument) other = pd_file_load (path, NULL, diagnostics, &error);

  if (other == NULL)
    {
      g_autofree char *message = diagnostics->len
        ? pd_diagnostic_format (g_ptr_array_index (diagnostics, 0))
        : g_strdup (error ? error->message : _("The file cannot be read"));
      pd_window_compare_problem (self, message);
      return FALSE;
    }
  pd_window_start_comparing (self, other, label);
  return TRUE;
}

static void
on_file_chosen (GObject    *owner,
                const char *path)
{
  PdWindow *self = PD_WINDOW (owner);
  g_autofree char *name = NULL;

  if (path == NULL)
    return;
  name = g_path_get_basename (path);
  pd_window_compare_with_path (self, path, name);
}

static void
compare_file (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  PdWindow *self = data;

  pd_file_dialog_show (GTK_WINDOW (self), G_OBJECT (self), _("Compare With"),
                       GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), NULL, on_file_chosen,
                       _("Pathways"), "*.pathway", _("XML files"), "*.xml", NULL);
}

static void
compare_saved (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  PdWindow *self = data;

  if (self->path == NULL)
    {
      pd_window_compare_problem (self, _("This pathway has not been saved yet"));
      return;
    }
  pd_window_compare_with_path (self, self->path, _("the last saved version"));
}

static void
stop_comparing (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  pd_window_stop_comparing (data);
}

static void
on_compare_activated (PdWindow   *self,
                      const char *id)
{
  if (self->document && pd_document_lookup (self->document, id))
    pd_selection_select (pd_canvas_get_selection (self->canvas), id, PD_SELECT_REPLACE);
}

void
pd_window_init_compare (PdWindow *self)
{
  static const GActionEntry entries[] = {
    { "compare-file", compare_file },
    { "compare-saved", compare_saved },
    { "compare-git", pd_window_compare_git },
    { "stop-comparing", stop_comparing },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                 G_ACTION_MAP (self), "stop-comparing")), FALSE);
  g_signal_group_connect_swapped (self->history_signals, "changed",
                                  G_CALLBACK (pd_window_update_compare), self);
  g_signal_connect_object (self->compare_panel, "activated", G_CALLBACK (on_compare_activated),
                           self, G_CONNECT_SWAPPED);
}

void
pd_window_dispose_compare (PdWindow *self)
{
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_clear_object (&self->compare_document);
  g_clear_pointer (&self->compare_label, g_free);
}
