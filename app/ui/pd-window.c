/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-canvas.h"
#include "pd-diagnostic.h"
#include "pd-file-dialog.h"
#include "pd-file.h"
#include "pd-recent.h"
#include "pd-recovery.h"
#include "pd-start.h"
#include "pd-ui-resources.h"
#include "pd-window-private.h"

/* Milliseconds from an edit to its recovery copy: a crash loses at most
 * this much, and edits within it (typing) share one write. */
#define AUTOSAVE_DELAY_MS 1000

G_DEFINE_FINAL_TYPE (PdWindow, pd_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_DOCUMENT, PROP_SELECTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* A pathway without steps says how to add the first. */
static void
update_empty_hint (PdWindow *self)
{
  gtk_widget_set_visible (self->empty_hint,
                          g_list_model_get_n_items (pd_document_get_nodes (self->document)) == 0);
}

static void
update_title (PdWindow *self)
{
  const char *title = pd_document_get_title (self->document);
  g_autofree char *shown = NULL;
  g_autofree char *base = self->path ? g_path_get_basename (self->path) : NULL;

  /* The start page is about no pathway yet. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "start") == 0)
    {
      adw_window_title_set_title (self->title, _("Pathway Designer"));
      adw_window_title_set_subtitle (self->title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Pathway Designer"));
      return;
    }
  if (title == NULL)
    title = _("Untitled pathway");

  /* A bullet marks unsaved changes, as in GNOME's editors. */
  shown = pd_document_get_modified (self->document) ? g_strdup_printf ("• %s", title)
                                                    : g_strdup (title);
  adw_window_title_set_title (self->title, shown);
  adw_window_title_set_subtitle (self->title, base ? base : _("Not saved"));
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

/* The start page is about no pathway yet: nothing to edit, save or zoom. */
static void
update_header (PdWindow *self)
{
  gboolean editing = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "start") != 0;
  GtkWidget *buttons[] = { self->undo_button, self->redo_button, self->add_button,
                           self->arrange_button, self->save_button, self->sidebar_button,
                           GTK_WIDGET (self->zoom_button) };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_widget_set_visible (buttons[i], editing);
}

static void
update_actions (PdWindow *self)
{
  PdHistory *history = pd_document_get_history (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", pd_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", pd_history_can_redo (history));
}

void
pd_window_toast (PdWindow   *self,
                 const char *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static gboolean
save_to (PdWindow    *self,
         const char  *path,
         gboolean     replace,
         GError     **error)
{
  g_autofree char *etag = NULL;
  /* Saving over the file it came from checks nobody changed it since,
   * unless the user chose to replace their changes. */
  const char *expected = !replace && g_strcmp0 (path, self->path) == 0 ? self->etag : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *created = NULL, *modified = NULL;

  /* The file and what is drawn from it ("Updated …") say when it was
   * saved; a failed save leaves the dates as they were. */
  g_object_get (self->document, "created-date", &created, "modified-date", &modified, NULL);
  pd_document_stamp_saved (self->document, today);
  if (!pd_file_save (self->document, path, expected, &etag, error))
    {
      g_object_set (self->document, "created-date", created, "modified-date", modified, NULL);
      return FALSE;
    }
  /* @path may be self->path itself. */
  if (path != self->path)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      /* The leaflet finds the pictures steps name beside the file. */
      pd_leaflet_preview_set_file_name (self->leaflet, self->path);
    }
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  pd_recent_note (self->path);
  update_title (self);
  return TRUE;
}

gboolean
pd_window_save_to (PdWindow    *self,
                   const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  return save_to (self, path, FALSE, error);
}

static void
on_save_as_chosen (GObject    *owner,
                   const char *path)
{
  PdWindow *self = PD_WINDOW (owner);
  g_autoptr(GError) error = NULL;

  if (path && !pd_window_save_to (self, path, &error))
    pd_window_toast (self, error->message);
  else if (path && self->closing)
    gtk_window_destroy (GTK_WINDOW (self));
  self->closing = FALSE;
}

char *
pd_window_title_as_file_name (const char *title)
{
  g_autoptr(GString) name = g_string_new (NULL);

  /* No folders, no hidden file, no control characters, and not longer
   * than file systems allow. */
  for (const char *c = title ? title : ""; *c && name->len < 200; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (ch == '/' || ch == '\\')
        g_string_append_c (name, '-');
      else if (g_unichar_iscntrl (ch))
        g_string_append_c (name, ' ');
      else if (ch != '.' || name->len > 0)
        g_string_append_unichar (name, ch);
    }
  g_strstrip (name->str);
  return name->str[0] ? g_strdup (name->str) : NULL;
}

char *
pd_window_suggest_file_name (PdWindow *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  if (self->path)
    return g_path_get_basename (self->path);
  name = pd_window_title_as_file_name (pd_document_get_title (self->document));
  if (name == NULL)
    return g_strdup (_("Untitled.pathway"));
  return g_strconcat (name, ".pathway", NULL);
}

static void
save_as (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  g_autofree char *name = pd_window_suggest_file_name (PD_WINDOW (widget));

  pd_file_dialog_show (GTK_WINDOW (widget), G_OBJECT (widget), _("Save Pathway"),
                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name,
                       on_save_as_chosen, _("Pathways"), "*.pathway", NULL);
}

static void close_soon (PdWindow *self);

static void
on_changed_response (AdwMessageDialog *dialog,
                     const char       *response,
                     PdWindow         *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save-as"))
    save_as (GTK_WIDGET (self), "win.save-as", NULL);
  else if (g_str_equal (response, "replace"))
    {
      if (!save_to (self, self->path, TRUE, &error))
        pd_window_toast (self, error->message);
      else if (self->closing)
        close_soon (self);
    }
  if (!g_str_equal (response, "save-as") && !g_str_equal (response, "replace"))
    self->closing = FALSE;
}

/* Saves to the window's file; when someone else changed it meanwhile, the
 * user chooses: keep theirs (and save elsewhere), or replace it. TRUE when
 * saved now. */
gboolean
pd_window_save (PdWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  if (self->path == NULL)
    {
      save_as (GTK_WIDGET (self), "win.save-as", NULL);
      return FALSE;
    }
  if (save_to (self, self->path, FALSE, &error))
    return TRUE;
  base = g_path_get_basename (self->path);
  if (g_error_matches (error, PD_FILE_ERROR, PD_FILE_ERROR_READ_ONLY))
    {
      /* As editors do: the file's permission says it is not to be changed,
       * so there is no Replace; the work goes to another file. */
      g_autofree char *heading = g_strdup_printf (_("“%s” is read-only"), base);

      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       _("You may not change this file. Save the pathway "
                                         "under another name to keep your changes."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "save-as", _("Save _As…"),
                                        NULL);
    }
  else if (g_error_matches (error, PD_FILE_ERROR, PD_FILE_ERROR_CHANGED))
    {
      body = g_strdup_printf (_("“%s” was changed by someone else since it was opened here. "
                                "Replacing it loses their changes."), base);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "save-as", _("Save _As…"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      pd_window_toast (self, error->message);
      return FALSE;
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_response), self, 0);
  pd_accessible_name_all_as_shown (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static void
save (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  pd_window_save (PD_WINDOW (widget));
}

static void
undo (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  pd_document_undo (PD_WINDOW (widget)->document);
}

static void
redo (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  pd_document_redo (PD_WINDOW (widget)->document);
}

/* Enter on a step in the outline or the canvas: its fields, ready for
 * typing. */
static void
on_outline_activate (PdWindow *self)
{
  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "properties");
  pd_inspector_focus (self->inspector);
}

/* Why the outline could not move a step. */
static void
on_outline_refused (PdWindow   *self,
                    const char *why)
{
  g_autofree char *text = g_markup_escape_text (why, -1);

  pd_window_toast (self, text);
}

static void
edit_properties (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  on_outline_activate (PD_WINDOW (widget));
}

static gboolean
destroy_later (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* After the dialog has finished with its response: it dies with us. */
static void
close_soon (PdWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_later, g_object_ref (self), g_object_unref);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   PdWindow         *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "discard"))
    close_soon (self);
  else if (g_str_equal (response, "save"))
    {
      self->closing = TRUE;
      if (pd_window_save (self))
        close_soon (self);
    }
}

void
pd_window_save_and_close (PdWindow *self)
{
  g_return_if_fail (PD_IS_WINDOW (self));

  self->closing = TRUE;
  if (!pd_document_get_modified (self->document) || pd_window_save (self))
    close_soon (self);
}

GtkWidget *
pd_save_changes_dialog_new (GtkWindow  *parent,
                            const char *heading,
                            const char *body,
                            const char *discard,
                            const char *save)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", discard,
                                    "save", save,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  pd_accessible_name_all_as_shown (dialog);
  return dialog;
}

/* Closing with unsaved changes asks first: nothing of a workshop is lost
 * by a slip of the hand. */
static gboolean
pd_window_close_request (GtkWindow *window)
{
  PdWindow *self = PD_WINDOW (window);
  GtkWidget *dialog;

  if (!pd_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (pd_window_parent_class)->close_request (window);

  dialog = pd_save_changes_dialog_new (window, _("Save Changes?"),
                                       _("The pathway has changes that are not saved. "
                                         "Changes that are not saved are lost."),
                                       _("_Discard"), _("_Save"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

gboolean
pd_window_autosave_now (PdWindow  *self,
                        GError   **error)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (!pd_document_get_modified (self->document))
    return TRUE;
  return pd_recovery_write (NULL, self->recovery_id, self->document, self->path, error);
}

static gboolean
on_autosave_timeout (gpointer data)
{
  PdWindow *self = data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  if (!pd_window_autosave_now (self, &error))
    pd_window_toast (self, error->message);
  return G_SOURCE_REMOVE;
}

/* A copy at most a second after the first unsaved edit; later edits join
 * the pending write rather than postponing it, so steady typing is still
 * copied. None while the file is saved. */
static void
on_history_changed (PdWindow *self)
{
  /* An edit (a shortcut, a paste) made from the start page shows itself. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "start") == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "editor");
  if (!pd_document_get_modified (self->document))
    {
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      pd_recovery_remove (NULL, self->recovery_id);
    }
  else if (self->autosave_source == 0)
    self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, on_autosave_timeout, self);
}

const char *
pd_window_get_recovery_id (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->recovery_id;
}

void
pd_window_mark_blank (PdWindow *self)
{
  g_return_if_fail (PD_IS_WINDOW (self));
  self->blank = TRUE;
}

gboolean
pd_window_is_untouched (PdWindow *self)
{
  PdHistory *history;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  history = pd_document_get_history (self->document);
  return self->blank && self->path == NULL && !pd_document_get_modified (self->document)
         && !pd_history_can_undo (history) && !pd_history_can_redo (history);
}

void
pd_window_show_start (PdWindow *self)
{
  g_return_if_fail (PD_IS_WINDOW (self));

  self->blank = TRUE;
  if (self->start_page == NULL)
    {
      self->start_page = g_object_new (PD_TYPE_START_PAGE, NULL);
      gtk_stack_add_named (self->main_stack, self->start_page, "start");
    }
  gtk_stack_set_visible_child_name (self->main_stack, "start");
  gtk_widget_grab_focus (self->start_page);
}

GtkWidget *
pd_window_get_start_page (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "start") != 0)
    return NULL;
  return self->start_page;
}

static void
start_new (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
pd_window_unrealize (GtkWidget *widget)
{
  pd_window_save_state (PD_WINDOW (widget));
  GTK_WIDGET_CLASS (pd_window_parent_class)->unrealize (widget);
}

static void
pd_window_dispose (GObject *object)
{
  PdWindow *self = PD_WINDOW (object);

  /* A window closed on purpose (saved, or changes discarded) leaves no copy;
   * only a crash does. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  pd_window_dispose_tidy (self);
  pd_window_dispose_present (self);
  pd_window_dispose_compare (self);
  pd_window_dispose_library (self);
  if (self->recovery_id)
    pd_recovery_remove (NULL, self->recovery_id);
  g_clear_pointer (&self->recovery_id, g_free);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->nodes_signals);
  g_clear_object (&self->document);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->last_export, g_free);
  g_clear_pointer (&self->export_id_prefix, g_free);
  g_clear_pointer (&self->find_id, g_free);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_WINDOW);
  G_OBJECT_CLASS (pd_window_parent_class)->dispose (object);
}

static void
pd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdWindow *self = PD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, pd_window_get_selection (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdWindow *self = PD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_window_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_window_class_init (PdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_window_dispose;
  object_class->get_property = pd_window_get_property;
  object_class->set_property = pd_window_set_property;
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, PD_TYPE_SELECTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->unrealize = pd_window_unrealize;
  GTK_WINDOW_CLASS (klass)->close_request = pd_window_close_request;
  /* A static library's resources are not registered by themselves. */
  g_resources_register (pd_ui_get_resource ());
  g_type_ensure (PD_TYPE_CANVAS);
  g_type_ensure (PD_TYPE_INSPECTOR);
  g_type_ensure (PD_TYPE_OUTLINE);
  g_type_ensure (PD_TYPE_AGENCIES);
  g_type_ensure (PD_TYPE_LEAFLET_PREVIEW);
  g_type_ensure (PD_TYPE_PROBLEMS);
  g_type_ensure (PD_TYPE_CAPACITY_PANEL);
  g_type_ensure (PD_TYPE_COMPARE_PANEL);
  g_type_ensure (PD_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PdWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, title);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, empty_hint);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, side_pane);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, palette);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, agencies);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, problems);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, problems_page);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, capacity);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, compare_panel);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, compare_page);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, arrange_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, sidebar_button);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo);
  gtk_widget_class_install_action (widget_class, "win.edit-properties", NULL, edit_properties);
  gtk_widget_class_install_action (widget_class, "win.start-new", NULL, start_new);
  pd_window_class_init_edit (widget_class);
  pd_window_class_init_tidy (widget_class);
  pd_window_class_init_leaflet (widget_class);
  pd_window_class_init_capacity (widget_class);
  pd_window_class_init_export (widget_class);
  pd_window_class_init_print (widget_class);
  pd_window_class_init_find (widget_class);
  pd_window_class_init_present (widget_class);
  pd_window_class_init_side (widget_class);
  pd_window_class_init_library (widget_class);
  pd_window_class_init_publish (widget_class);
  pd_window_class_init_zoom (widget_class);
}

/* Each panel follows the window's document and the canvas's selection. */
static void
bind_panel (PdWindow  *self,
            gpointer   panel,
            gboolean   selection)
{
  if (selection)
    g_object_bind_property (self, "selection", panel, "selection", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "document", panel, "document", G_BINDING_SYNC_CREATE);
}

static void
pd_window_init (PdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pd_accessible_name_all_as_shown (GTK_WIDGET (self));
  pd_window_restore_state (self);
  g_menu_append_section (self->recent_menu, NULL, pd_recent_get_menu ());
  self->document_signals = g_signal_group_new (PD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::title",
                                  G_CALLBACK (update_title), self);
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-undo",
                                  G_CALLBACK (update_actions), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-redo",
                                  G_CALLBACK (update_actions), self);
  g_signal_group_connect_swapped (self->history_signals, "changed",
                                  G_CALLBACK (on_history_changed), self);
  self->nodes_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->nodes_signals, "items-changed",
                                  G_CALLBACK (update_empty_hint), self);
  /* Agencies' names follow the language the Properties pane edits in. */
  pd_agencies_set_language_choice (self->agencies,
                                   pd_inspector_get_language_choice (self->inspector));
  bind_panel (self, self->inspector, TRUE);
  bind_panel (self, self->outline, TRUE);
  bind_panel (self, self->problems, TRUE);
  bind_panel (self, self->agencies, FALSE);
  bind_panel (self, self->leaflet, TRUE);
  bind_panel (self, self->capacity, TRUE);
  g_object_bind_property (self->problems, "count", self->problems_page, "badge-number",
                          G_BINDING_SYNC_CREATE);
  pd_window_init_edit (self);
  pd_window_init_tidy (self);
  pd_window_init_export (self);
  pd_window_init_find (self);
  pd_window_init_present (self);
  pd_window_init_view_options (self);
  pd_window_init_side (self);
  pd_window_init_library (self);
  pd_window_init_zoom (self);
  pd_window_init_compare (self);
}

/* Whatever selected it (outline, problems, keyboard), the step shows. */
static void
reveal_selection (PdWindow *self)
{
  const char *id = pd_selection_get_last (pd_canvas_get_selection (self->canvas));

  if (id)
    pd_canvas_reveal (self->canvas, id);
}

PdWindow *
pd_window_new (AdwApplication *application,
               PdDocument     *document,
               const char     *path,
               const char     *etag)
{
  return pd_window_new_recovered (application, document, path, etag, NULL);
}

PdWindow *
pd_window_new_recovered (AdwApplication *application,
                         PdDocument     *document,
                         const char     *path,
                         const char     *etag,
                         const char     *recovery_id)
{
  PdWindow *self = g_object_new (PD_TYPE_WINDOW, "application", application, NULL);

  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/org/pathwaydesigner/Designer/help-overlay.ui");

  /* Ctrl+? and the menu show every shortcut. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (
                                             builder, "help_overlay")));
  self->recovery_id = recovery_id ? g_strdup (recovery_id) : pd_recovery_new_id ();
  self->path = g_strdup (path);
  self->etag = g_strdup (etag);
  pd_window_set_document (self, document);
  pd_leaflet_preview_set_file_name (self->leaflet, self->path);
  g_signal_connect_object (self->outline, "activate", G_CALLBACK (on_outline_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->outline, "refused", G_CALLBACK (on_outline_refused), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pd_canvas_get_selection (self->canvas), "changed",
                           G_CALLBACK (reveal_selection), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child", G_CALLBACK (update_title),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child", G_CALLBACK (update_header),
                           self, G_CONNECT_SWAPPED);
  update_header (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  return self;
}

PdDocument *
pd_window_get_document (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->document;
}

void
pd_window_set_document (PdWindow   *self,
                        PdDocument *document)
{
  g_return_if_fail (PD_IS_WINDOW (self));
  g_return_if_fail (PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  pd_window_stop_comparing (self);
  pd_canvas_set_document (self->canvas, document);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->history_signals, pd_document_get_history (document));
  g_signal_group_set_target (self->nodes_signals, pd_document_get_nodes (document));
  /* The panels follow through their bindings. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  update_empty_hint (self);
  pd_window_set_document_tidy (self);
  update_title (self);
  update_actions (self);
  pd_window_update_edit_actions (self);
}

PdSelection *
pd_window_get_selection (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return pd_canvas_get_selection (self->canvas);
}

const char *
pd_window_get_path (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->path;
}

GtkWidget *
pd_window_get_canvas (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->canvas);
}
