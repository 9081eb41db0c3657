/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Tables: the Capacity panel's figures as CSV or an OpenDocument
 * spreadsheet; and the field the panel sends the user to. */
#include <glib/gi18n.h>

#include "pd-capacity-table.h"
#include "pd-file-dialog.h"
#include "pd-window-private.h"

gboolean
pd_window_export_tables_to (PdWindow    *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(PdCapacity) capacity = NULL;
  g_autofree char *name = NULL;
  PdCapacityOptions options;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* As the panel shows them, What If included. */
  pd_capacity_panel_get_options (self->capacity, &options);
  capacity = pd_capacity_new (self->document, &options, error);
  if (capacity == NULL)
    return FALSE;
  name = pd_capacity_table_pathway_name (self->document, self->path);
  return pd_capacity_table_write (capacity, name, path, error);
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
  path = g_str_has_suffix (chosen, ".csv") || g_str_has_suffix (chosen, ".ods")
         ? g_strdup (chosen) : g_strconcat (chosen, ".ods", NULL);
  if (!pd_window_export_tables_to (self, path, &error))
    {
      g_autofree char *text = g_markup_escape_text (error->message, -1);

      pd_window_toast (self, text);
      return;
    }
  base = g_path_get_basename (path);
  message = g_strdup_printf (_("Tables saved as “%s”"), base);
  pd_window_toast (self, message);
}

static void
export_tables (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autofree char *title = pd_window_title_as_file_name (pd_document_get_title (self->document));
  g_autofree char *name = g_strdup_printf (_("%s – capacity.ods"), title ? title : _("Pathway"));

  pd_file_dialog_show (GTK_WINDOW (self), G_OBJECT (self), _("Export Tables"),
                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name, on_export_chosen,
                       _("OpenDocument spreadsheet"), "*.ods",
                       _("Comma-separated values (CSV), the steps only"), "*.csv", NULL);
}

/* A field of the pathway in Properties, with the focus: what the
 * Capacity panel asks to have filled in. */
static void
edit_field (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  const char *property = g_variant_get_string (parameter, NULL);
  GtkWidget *editor;

  /* With nothing selected, Properties shows the pathway's own fields. */
  pd_selection_clear (pd_canvas_get_selection (self->canvas));
  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "properties");
  editor = pd_inspector_get_editor (self->inspector, property);
  if (editor)
    gtk_widget_grab_focus (editor);
}

void
pd_window_class_init_capacity (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-tables", NULL, export_tables);
  gtk_widget_class_install_action (widget_class, "win.edit-field", "s", edit_field);
}
