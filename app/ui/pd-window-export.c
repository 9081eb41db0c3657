/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Diagram: the pathway as SVG, PNG or PDF, with the same code as
 * `pathway export`, then a toast that opens the file. */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-file-dialog.h"
#include "pd-people-flow.h"
#include "pd-svg-writer.h"
#include "pd-window-private.h"

static const double scales[] = { 1, 2, 3 };
static const PdPageSize pages[] = { PD_PAGE_DIAGRAM, PD_PAGE_A4, PD_PAGE_A3 };

typedef struct {
  PdWindow *window;
  AdwMessageDialog *dialog;
  AdwComboRow *format;
  AdwComboRow *scale;
  AdwComboRow *page;
  AdwComboRow *orientation;
  GtkWidget *fit_row;
  GtkSwitch *fit;
  GtkSwitch *details;
  GtkSwitch *flow;
  GtkWidget *web_row;
  GtkSwitch *web;
  GtkWidget *prefix;        /* an AdwEntryRow */
  GtkWidget *prefix_text;   /* the text in it */
  GtkWidget *prefix_error;
} Dialog;

char *
pd_window_export_file_name (PdWindow       *self,
                            PdExportFormat  format)
{
  g_autofree char *title = pd_window_title_as_file_name (pd_document_get_title (self->document));

  return g_strdup_printf ("%s.%s", title ? title : _("Pathway"),
                          pd_export_format_extension (format));
}

char *
pd_window_export_id_prefix (PdWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  if (self->path)
    return pd_svg_id_prefix_from_name (self->path);
  /* As the file it would be saved as: a dot in the title is no extension. */
  title = pd_window_title_as_file_name (pd_document_get_title (self->document));
  name = g_strconcat (title ? title : "", ".pathway", NULL);
  return pd_svg_id_prefix_from_name (name);
}

gboolean
pd_window_export_diagram_to (PdWindow              *self,
                             const char            *path,
                             PdExportFormat         format,
                             const PdExportOptions *options,
                             GError               **error)
{
  PdExportOptions own = options ? *options : PD_EXPORT_OPTIONS_DEFAULT;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->path)
    {
      g_autoptr(GFile) target = g_file_new_for_path (path);
      g_autoptr(GFile) pathway = g_file_new_for_path (self->path);

      /* An export never replaces the pathway it is drawn from. */
      if (g_file_equal (target, pathway))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("The export would replace the pathway itself: choose another name"));
          return FALSE;
        }
    }
  /* As `pathway export --inline`: each diagram's ids its own. */
  if (own.inline_svg && own.id_prefix == NULL)
    own.id_prefix = prefix = pd_window_export_id_prefix (self);
  if (!pd_export_to_file (self->document, path, format, &own, error))
    return FALSE;
  g_free (self->last_export);
  self->last_export = g_strdup (path);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-export", TRUE);
  return TRUE;
}

static void
on_export_chosen (GObject    *owner,
                  const char *chosen)
{
  PdWindow *self = PD_WINDOW (owner);
  const char *extension = pd_export_format_extension (self->export_format);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  PdExportOptions options = self->export_options;
  g_autoptr(PdSceneFlow) flow = NULL;
  g_autoptr(GError) no_flow = NULL;
  AdwToast *toast;

  if (chosen == NULL)
    return;
  if (self->export_flow)
    options.flow = flow = pd_people_flow_new (self->document, &no_flow);
  {
    g_autofree char *dotted = g_strconcat (".", extension, NULL);
    path = g_str_has_suffix (chosen, dotted) ? g_strdup (chosen)
                                             : g_strconcat (chosen, dotted, NULL);
  }
  if (!pd_window_export_diagram_to (self, path, self->export_format, &options, &error))
    {
      pd_window_toast (self, error->message);
      return;
    }
  base = g_path_get_basename (path);
  uri = g_filename_to_uri (path, NULL, NULL);
  /* Translators: the file's name, then why the model gave no figures. */
  message = no_flow ? g_strdup_printf (_("Exported “%s” without people a year: %s"), base,
                                       no_flow->message)
                    : g_strdup_printf (_("Exported “%s”"), base);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri ? uri : ""));
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* A prefix as `pathway export --id-prefix` takes it; else Export waits
 * and the dialog says why under the rows. */
static gboolean
prefix_is_valid (Dialog *d)
{
  guint format = adw_combo_row_get_selected (d->format);
  const char *prefix = gtk_editable_get_text (GTK_EDITABLE (d->prefix));

  return format != PD_EXPORT_SVG || !gtk_switch_get_active (d->web)
         || pd_svg_id_prefix_is_valid (prefix);
}

static void
update_rows (Dialog *d)
{
  guint format = adw_combo_row_get_selected (d->format);
  gboolean paper = format == PD_EXPORT_PDF && adw_combo_row_get_selected (d->page) > 0;
  gboolean web = format == PD_EXPORT_SVG && gtk_switch_get_active (d->web);
  gboolean valid = prefix_is_valid (d);

  gtk_widget_set_visible (GTK_WIDGET (d->scale), format == PD_EXPORT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (d->page), format == PD_EXPORT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (d->orientation), paper);
  gtk_widget_set_visible (d->fit_row, paper);
  gtk_widget_set_visible (d->web_row, format == PD_EXPORT_SVG);
  gtk_widget_set_visible (d->prefix, web);
  gtk_widget_set_visible (d->prefix_error, !valid);
  if (valid)
    gtk_widget_remove_css_class (d->prefix, "error");
  else
    gtk_widget_add_css_class (d->prefix, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (d->prefix_text), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  adw_message_dialog_set_response_enabled (d->dialog, "export", valid);
}

/* The choice and a prefix typed in are kept: the switch for the next
 * window too, the prefix for this pathway's window only. */
static void
keep_web_choice (Dialog *d)
{
  PdWindow *self = d->window;
  g_autoptr(GSettings) settings = pd_window_settings ();
  g_autofree char *from_name = pd_window_export_id_prefix (self);
  const char *prefix = gtk_editable_get_text (GTK_EDITABLE (d->prefix));
  gboolean web = gtk_switch_get_active (d->web);

  self->export_options.inline_svg = web;
  g_free (self->export_id_prefix);
  self->export_id_prefix = web && !g_str_equal (prefix, from_name) ? g_strdup (prefix) : NULL;
  self->export_options.id_prefix = self->export_id_prefix;
  if (settings)
    g_settings_set_boolean (settings, "export-for-web-page", web);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Dialog           *d)
{
  PdWindow *self = d->window;
  g_autofree char *name = NULL;
  const char *filter_name;
  g_autofree char *pattern = NULL;

  if (!g_str_equal (response, "export"))
    return;
  self->export_format = adw_combo_row_get_selected (d->format);
  self->export_options.scale = scales[MIN (adw_combo_row_get_selected (d->scale), 2)];
  self->export_options.page = pages[MIN (adw_combo_row_get_selected (d->page), 2)];
  self->export_options.portrait = adw_combo_row_get_selected (d->orientation) == 1;
  self->export_options.fit = gtk_switch_get_active (d->fit);
  self->export_options.details = gtk_switch_get_active (d->details);
  self->export_flow = gtk_switch_get_active (d->flow);
  if (self->export_format == PD_EXPORT_SVG)
    keep_web_choice (d);
  name = pd_window_export_file_name (self, self->export_format);
  switch (self->export_format)
    {
    case PD_EXPORT_SVG: filter_name = _("SVG, for the web"); break;
    case PD_EXPORT_PNG: filter_name = _("PNG picture"); break;
    case PD_EXPORT_PDF:
    default: filter_name = _("PDF, to print"); break;
    }
  pattern = g_strconcat ("*.", pd_export_format_extension (self->export_format), NULL);
  pd_file_dialog_show (GTK_WINDOW (self), G_OBJECT (self), _("Export Diagram"),
                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name, on_export_chosen,
                       filter_name, pattern, NULL);
}

static AdwComboRow *
combo_row (GtkWidget   *list,
           const char  *title,
           const char **labels,
           guint        selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i]; i++)
    gtk_string_list_append (model, _(labels[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_COMBO_ROW (row);
}

static GtkSwitch *
switch_row (GtkWidget  *list,
            const char *title,
            const char *subtitle,
            gboolean    active,
            GtkWidget **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  if (row_out)
    *row_out = row;
  return GTK_SWITCH (toggle);
}

/* SVG for a web page: the switch, the prefix it will use (which can be
 * changed) and, while that is one no id can begin with, why. */
static void
add_web_rows (Dialog    *d,
              GtkWidget *list,
              GtkWidget *box)
{
  PdWindow *self = d->window;
  g_autoptr(GSettings) settings = pd_window_settings ();
  g_autofree char *from_name = pd_window_export_id_prefix (self);
  gboolean web = settings ? g_settings_get_boolean (settings, "export-for-web-page")
                          : self->export_options.inline_svg;

  d->web = switch_row (list, _("For a _web page"),
                       _("No XML declaration, and ids made unique from the file’s name, so "
                         "several diagrams can share one page"),
                       web, &d->web_row);
  d->prefix = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->prefix), _("_ID prefix"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (d->prefix), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (d->prefix),
                         self->export_id_prefix ? self->export_id_prefix : from_name);
  gtk_list_box_append (GTK_LIST_BOX (list), d->prefix);
  d->prefix_error = gtk_label_new (_("An ID prefix starts with a letter and holds only letters, "
                                     "digits, “-” and “_”"));
  gtk_label_set_wrap (GTK_LABEL (d->prefix_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (d->prefix_error), 0);
  gtk_widget_add_css_class (d->prefix_error, "error");
  gtk_widget_set_margin_top (d->prefix_error, 6);
  gtk_box_append (GTK_BOX (box), d->prefix_error);
  /* A screen reader is at the text inside the row: named there, told
   * there what is wrong. */
  d->prefix_text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (d->prefix)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (d->prefix_text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("ID prefix"), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (d->prefix_text),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, d->prefix_error, NULL,
                                  -1);
  g_signal_connect_swapped (d->web, "notify::active", G_CALLBACK (update_rows), d);
  g_signal_connect_swapped (d->prefix, "changed", G_CALLBACK (update_rows), d);
}

static void
export_diagram (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  static const char *formats[] = { N_("SVG, for the web"), N_("PNG picture"),
                                   N_("PDF document"), NULL };
  static const char *scale_labels[] = { N_("1× (96 dpi)"), N_("2× (192 dpi)"),
                                        N_("3× (288 dpi)"), NULL };
  static const char *page_labels[] = { N_("The diagram's size"), N_("A4"), N_("A3"), NULL };
  static const char *orientations[] = { N_("Landscape"), N_("Portrait"), NULL };
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Diagram"), NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  Dialog *d = g_new0 (Dialog, 1);
  guint scale = 0, page = 0;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (self->export_options.scale == scales[i])
      scale = i;
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (self->export_options.page == pages[i])
      page = i;
  d->window = self;
  d->dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  d->format = combo_row (list, _("_Format"), formats, self->export_format);
  d->scale = combo_row (list, _("_Size"), scale_labels, scale);
  d->page = combo_row (list, _("_Page"), page_labels, page);
  d->orientation = combo_row (list, _("_Orientation"), orientations,
                              self->export_options.portrait ? 1 : 0);
  d->fit = switch_row (list, _("_Whole diagram on one page"),
                       _("Else as many pages as keep text at 8 pt or more"),
                       self->export_options.fit, &d->fit_row);
  /* As the diagram shows now. */
  d->details = switch_row (list, _("Show _durations and roles"),
                           _("Each step’s sessions, duration and staff role"),
                           pd_canvas_get_details (self->canvas), NULL);
  d->flow = switch_row (list, _("People a _year"),
                        _("On each step and transition, from the capacity model"),
                        pd_canvas_get_flow (self->canvas), NULL);
  gtk_box_append (GTK_BOX (box), list);
  add_web_rows (d, list, box);
  g_signal_connect_swapped (d->format, "notify::selected", G_CALLBACK (update_rows), d);
  g_signal_connect_swapped (d->page, "notify::selected", G_CALLBACK (update_rows), d);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  update_rows (d);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), d,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  pd_accessible_name_all_as_shown (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening and showing what was exported */

static void
on_launched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PdWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    pd_window_toast (self, error->message);
}

static void
launch_uri (PdWindow   *self,
            const char *uri)
{
  g_autoptr(GAppLaunchContext) context = G_APP_LAUNCH_CONTEXT (
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));

  g_app_info_launch_default_for_uri_async (uri, context, NULL, on_launched,
                                           g_object_ref (self));
}

static void
open_uri (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  const char *uri = g_variant_get_string (parameter, NULL);

  if (*uri)
    launch_uri (PD_WINDOW (widget), uri);
}

typedef struct {
  PdWindow *window;
  char *folder_uri;
} ShowRequest;

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShowRequest *request = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result,
                                                             NULL);

  /* No file manager that can select a file: open its folder instead. */
  if (reply == NULL)
    launch_uri (request->window, request->folder_uri);
  g_object_unref (request->window);
  g_free (request->folder_uri);
  g_free (request);
}

static void
show_export (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autofree char *uri = NULL;
  g_autofree char *folder = NULL;
  GDBusConnection *bus;
  ShowRequest *request;
  const char *uris[2] = { NULL, NULL };

  if (self->last_export == NULL)
    return;
  uri = g_filename_to_uri (self->last_export, NULL, NULL);
  folder = g_path_get_dirname (self->last_export);
  request = g_new0 (ShowRequest, 1);
  request->window = g_object_ref (self);
  request->folder_uri = g_filename_to_uri (folder, NULL, NULL);
  bus = g_application_get_dbus_connection (g_application_get_default ());
  if (bus == NULL || uri == NULL)
    {
      launch_uri (self, request->folder_uri);
      g_object_unref (request->window);
      g_free (request->folder_uri);
      g_free (request);
      return;
    }
  uris[0] = uri;
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, 5000, NULL, on_shown, request);
}

void
pd_window_init_export (PdWindow *self)
{
  PdExportOptions defaults = PD_EXPORT_OPTIONS_DEFAULT;

  self->export_format = PD_EXPORT_SVG;
  self->export_options = defaults;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-export", FALSE);
}

void
pd_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-diagram", NULL, export_diagram);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri);
  gtk_widget_class_install_action (widget_class, "win.show-export", NULL, show_export);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-diagram", NULL);
}
