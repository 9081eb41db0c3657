/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library in the window: read in a thread with a spinner, listed in the
 * side pane's Library page; its pathways, and the pathways link steps lead
 * to, open in the window in place of the one shown. */
#include <glib/gi18n.h>

#include "pd-file.h"
#include "pd-library-check.h"
#include "pd-recent.h"
#include "pd-recovery.h"
#include "pd-window-private.h"

/* What to open once the user has said what becomes of unsaved changes. */
typedef struct {
  PdWindow *window;
  PdLibrary *library;
  PdLibraryEntry *entry;   /* of library */
  char *step_id;
} Pending;

static void
pending_free (gpointer  data,
              GClosure *closure)
{
  Pending *pending = data;

  g_object_unref (pending->window);
  g_object_unref (pending->library);
  g_free (pending->step_id);
  g_free (pending);
}

/* Selects @step_id (or, when there is no such step, the first) and brings
 * it into view. */
static void
select_step (PdWindow   *self,
             const char *step_id)
{
  PdSelection *selection = pd_canvas_get_selection (self->canvas);
  GListModel *nodes = pd_document_get_nodes (self->document);
  g_autoptr(PdNode) first = NULL;
  GObject *object = pd_document_lookup (self->document, step_id);

  /* A problem of the library may name a transition. */
  if (PD_IS_NODE (object) || PD_IS_EDGE (object))
    {
      pd_selection_select (selection, step_id, PD_SELECT_REPLACE);
      return;
    }
  first = g_list_model_get_item (nodes, 0);
  if (first)
    pd_selection_select (selection, pd_node_get_id (first), PD_SELECT_REPLACE);
  if (step_id)
    {
      /* Translators: %s is the id of a step. */
      g_autofree char *text = g_strdup_printf (_("The linked pathway has no step “%s”"), step_id);
      pd_window_toast (self, text);
    }
}

/* The library's entry whose file is @path, or NULL. */
static PdLibraryEntry *
entry_at (PdLibrary  *library,
          const char *path)
{
  for (guint i = 0; library && i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);
      g_autofree char *entry_path = g_file_get_path (pd_library_entry_get_file (entry));

      if (g_strcmp0 (entry_path, path) == 0)
        return entry;
    }
  return NULL;
}

gboolean
pd_window_show_path (PdWindow   *self,
                     const char *path,
                     const char *step_id)
{
  g_autofree char *etag = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDocument) document = NULL;
  PdLibrary *in_library;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_strcmp0 (path, self->path) == 0)
    {
      select_step (self, step_id);
      return TRUE;
    }
  document = pd_file_load (path, &etag, NULL, &error);
  if (document == NULL)
    {
      pd_window_toast (self, error->message);
      return FALSE;
    }
  in_library = entry_at (self->library, path) ? self->library : NULL;
  if (in_library)
    {
      pd_library_apply_services (in_library, document);
      pd_library_apply_agencies (in_library, document);
    }
  pd_document_mark_saved (document);
  /* The pathway let go leaves no recovery copy, as a closed window does. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  pd_recovery_remove (NULL, self->recovery_id);
  g_free (self->recovery_id);
  self->recovery_id = pd_recovery_new_id ();
  g_free (self->path);
  self->path = g_strdup (path);
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  self->blank = FALSE;
  pd_window_set_document (self, document);
  pd_agencies_set_library (self->agencies, in_library, document);
  pd_leaflet_preview_set_file_name (self->leaflet, self->path);
  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  pd_recent_note (self->path);
  pd_capacity_panel_set_library (self->capacity, self->library, self->path);
  select_step (self, step_id);
  return TRUE;
}

/* Shows @entry's pathway in the window in place of the one shown, whose
 * changes the user has saved or let go; Back comes back here. */
static void
replace_with_entry (PdWindow       *self,
                    PdLibraryEntry *entry,
                    const char     *step_id)
{
  g_autofree char *path = g_file_get_path (pd_library_entry_get_file (entry));
  PdWindowPlace *here;

  if (path == NULL)
    return;
  here = pd_window_history_here (self);
  if (pd_window_show_path (self, path, step_id))
    pd_window_history_left (self, here);
  else
    pd_window_history_free_place (here);
}

static void
on_save_response (AdwMessageDialog *dialog,
                  const char       *response,
                  Pending          *pending)
{
  PdWindow *self = pending->window;

  /* Saving that needs the user (a name, a conflict) leaves the pathway
   * shown: they choose the library's row again once it is saved. */
  if (g_str_equal (response, "discard")
      || (g_str_equal (response, "save") && pd_window_save (self)))
    replace_with_entry (self, pending->entry, pending->step_id);
}

void
pd_window_open_library_entry (PdWindow       *self,
                              PdLibraryEntry *entry,
                              const char     *step_id)
{
  g_autofree char *path = NULL;
  Pending *pending;
  GtkWidget *dialog;

  g_return_if_fail (PD_IS_WINDOW (self));
  g_return_if_fail (self->library != NULL);

  path = g_file_get_path (pd_library_entry_get_file (entry));
  if (!pd_document_get_modified (self->document) || g_strcmp0 (path, self->path) == 0)
    {
      replace_with_entry (self, entry, step_id);
      return;
    }
  pending = g_new0 (Pending, 1);
  pending->window = g_object_ref (self);
  pending->library = g_object_ref (self->library);
  pending->entry = entry;
  pending->step_id = g_strdup (step_id);
  dialog = pd_save_changes_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                       _("The pathway has changes that are not saved. "
                                         "Save them before opening another pathway?"),
                                       _("_Discard"), _("_Save"));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_save_response), pending,
                         pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens the pathway (and step) @target names: "pathway-id" or
 * "pathway-id#step-id". */
static void
open_link_target (PdWindow   *self,
                  const char *target)
{
  g_autofree char *pathway_id = NULL;
  g_autofree char *step_id = NULL;
  PdLibraryEntry *entry;

  if (!pd_library_split_link_target (target, &pathway_id, &step_id))
    return;
  entry = pd_library_lookup_pathway (self->library, pathway_id);
  if (entry == NULL || pd_library_entry_get_document (entry) == NULL)
    {
      /* Translators: %s is the id of a pathway. */
      g_autofree char *text = g_strdup_printf (_("No pathway “%s” in the library"), pathway_id);
      pd_window_toast (self, text);
      return;
    }
  pd_window_open_library_entry (self, entry, step_id);
}

static void
show_library_page (PdWindow *self)
{
  adw_view_stack_page_set_visible (self->library_page, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "library");
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* The first pathway that could be loaded, for a window that shows none. */
static void
open_first (PdWindow *self)
{
  for (guint i = 0; i < pd_library_get_n_entries (self->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (self->library, i);

      if (pd_library_entry_get_document (entry))
        {
          replace_with_entry (self, entry, NULL);
          return;
        }
    }
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  PdWindow *self = PD_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *link = NULL;

  /* A later load took its place. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  link = g_steal_pointer (&self->library_link);
  g_clear_object (&self->library_cancellable);
  if (library == NULL)
    {
      self->publish_when_loaded = FALSE;
      pd_library_panel_set_error (self->library_panel, error->message);
      pd_window_toast (self, error->message);
      return;
    }
  g_set_object (&self->library, library);
  pd_library_panel_set_library (self->library_panel, library);
  pd_inspector_set_library (self->inspector, library);
  pd_capacity_panel_set_library (self->capacity, library, self->path);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-library", TRUE);
  pd_window_check_library (self);
  if (link)
    open_link_target (self, link);
  else if (pd_window_is_untouched (self) || self->path == NULL)
    open_first (self);
  if (self->publish_when_loaded)
    {
      self->publish_when_loaded = FALSE;
      pd_window_show_publish (self);
    }
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  PdLibrary *library = pd_library_open (G_FILE (data), cancellable, &error);

  if (library)
    g_task_return_pointer (task, library, g_object_unref);
  else
    g_task_return_error (task, error);
}

/* Reads @folder's library in a thread; @link, if any, is opened from it
 * once read. */
static void
load_library (PdWindow   *self,
              GFile      *folder,
              const char *link)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (folder);

  if (self->library_cancellable)
    g_cancellable_cancel (self->library_cancellable);
  g_clear_object (&self->library_cancellable);
  self->library_cancellable = g_cancellable_new ();
  g_free (self->library_link);
  self->library_link = g_strdup (link);
  pd_library_panel_set_loading (self->library_panel, name);
  show_library_page (self);
  task = g_task_new (self, self->library_cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, load_library);
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

void
pd_window_open_library (PdWindow *self,
                        GFile    *folder)
{
  g_return_if_fail (PD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  load_library (self, folder, NULL);
}

PdLibrary *
pd_window_get_library (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->library;
}

static void
on_panel_open (PdWindow       *self,
               PdLibraryEntry *entry)
{
  pd_window_open_library_entry (self, entry, NULL);
}

/* The selected step when it is a link step with a target, else NULL. */
static PdNode *
selected_link (PdWindow *self)
{
  PdSelection *selection = pd_canvas_get_selection (self->canvas);
  const char *id = pd_selection_get_last (selection);
  PdNode *node = id && pd_selection_get_length (selection) == 1
                 ? pd_document_get_node (self->document, id) : NULL;

  if (node == NULL || pd_node_get_kind (node) != PD_NODE_KIND_LINK
      || pd_node_get_link_target (node) == NULL || *pd_node_get_link_target (node) == '\0')
    return NULL;
  return node;
}

gboolean
pd_window_can_open_link (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  return selected_link (self) != NULL;
}

/* From the open library; with none open, from the library of the folder
 * the pathway was opened from. */
static void
open_linked_pathway (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdNode *node = selected_link (self);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;

  if (node == NULL)
    return;
  if (self->library)
    {
      open_link_target (self, pd_node_get_link_target (node));
      return;
    }
  if (self->path == NULL)
    {
      pd_window_toast (self, _("Save the pathway in a library's folder to follow its links"));
      return;
    }
  file = g_file_new_for_path (self->path);
  folder = g_file_get_parent (file);
  load_library (self, folder, pd_node_get_link_target (node));
}

/* The step keeps its copy of the service's fields, now its own: one undo
 * step. */
static void
stop_shared_service (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdSelection *selection = pd_canvas_get_selection (self->canvas);
  const char *id = pd_selection_get_last (selection);
  PdNode *node = id ? pd_document_get_node (self->document, id) : NULL;

  if (node && pd_node_get_service (node))
    pd_document_set (self->document, node, "service", NULL, NULL);
}

/* Ctrl+Shift+L: to the Library page, or away from it. */
static void
show_library (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (adw_flap_get_reveal_flap (self->flap)
      && g_strcmp0 (adw_view_stack_get_visible_child_name (self->side_stack), "library") == 0)
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
      return;
    }
  show_library_page (self);
  gtk_widget_child_focus (GTK_WIDGET (self->library_panel), GTK_DIR_TAB_FORWARD);
}

void
pd_window_init_library (PdWindow *self)
{
  pd_window_init_history (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-library", FALSE);
  g_signal_connect_object (self->library_panel, "open", G_CALLBACK (on_panel_open), self,
                           G_CONNECT_SWAPPED);
  pd_window_init_problems (self);
}

void
pd_window_dispose_library (PdWindow *self)
{
  pd_window_dispose_history (self);
  if (self->library_cancellable)
    g_cancellable_cancel (self->library_cancellable);
  g_clear_object (&self->library_cancellable);
  g_clear_object (&self->library);
  g_clear_pointer (&self->library_link, g_free);
}

void
pd_window_class_init_library (GtkWidgetClass *widget_class)
{
  g_type_ensure (PD_TYPE_LIBRARY_PANEL);
  pd_window_class_init_history (widget_class);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, library_panel);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, library_page);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library);
  gtk_widget_class_install_action (widget_class, "win.open-linked-pathway", NULL,
                                   open_linked_pathway);
  gtk_widget_class_install_action (widget_class, "win.stop-shared-service", NULL,
                                   stop_shared_service);
  pd_window_class_init_service (widget_class);
  pd_window_class_init_problems (widget_class);
}
