/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Tables: the Capacity panel's figures as CSV or an OpenDocument
 * spreadsheet; and the field the panel sends the user to. */
#include <string.h>
#include <glib/gi18n.h>

#include "pd-capacity-sim-table.h"
#include "pd-capacity-table.h"
#include "pd-file-dialog.h"
#include "pd-window-private.h"

char *
pd_window_waiting_csv_path (const char *path)
{
  g_autofree char *stem = g_str_has_suffix (path, ".csv")
                          ? g_strndup (path, strlen (path) - strlen (".csv")) : g_strdup (path);

  g_return_val_if_fail (path != NULL, NULL);
  return g_strconcat (stem, "-waiting.csv", NULL);
}

/* The Waiting section's results as `pathway capacity --simulate --format
 * csv` writes them, in a file of their own beside the steps'. */
static gboolean
write_waiting_csv (PdCapacity    *capacity,
                   PdCapacitySim *sim,
                   const char    *name,
                   const char    *path,
                   GError       **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *waiting_path = pd_window_waiting_csv_path (path);

  pd_capacity_sim_append_csv_header (out);
  pd_capacity_sim_append_csv (out, capacity, sim, name);
  return g_file_set_contents (waiting_path, out->str, out->len, error);
}

gboolean
pd_window_export_tables_to (PdWindow    *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdTable) steps = NULL;
  g_autoptr(PdTable) totals = NULL;
  g_autoptr(PdTable) waits = NULL;
  g_autofree char *name = NULL;
  PdCapacityOptions options;
  PdCapacity *simulated;
  PdCapacitySim *sim;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (pd_capacity_panel_get_whole_library (self->capacity))
    return pd_window_export_library_tables_to (self, path, error);
  /* As the panel shows them, What If included. */
  pd_capacity_panel_get_options (self->capacity, &options);
  capacity = pd_capacity_new (self->document, &options, error);
  if (capacity == NULL)
    return FALSE;
  name = pd_capacity_table_pathway_name (self->document, self->path);
  sim = pd_capacity_waiting_get_results (pd_capacity_panel_get_waiting (self->capacity), &simulated);
  if (sim == NULL)
    return pd_capacity_table_write (capacity, name, path, error);
  if (!g_str_has_suffix (path, ".ods"))
    return pd_capacity_table_write (capacity, name, path, error)
           && write_waiting_csv (simulated, sim, name, path, error);
  steps = pd_capacity_table_steps (capacity, name);
  totals = pd_capacity_table_totals (capacity);
  waits = pd_capacity_sim_table (simulated, sim, name);
  return pd_table_write_ods ((PdTable *[]) { steps, totals, waits }, 3, path, error);
}

/* Whether the Waiting section shows results up to date with the pathway. */
static gboolean
has_waiting_results (PdWindow *self)
{
  PdCapacity *capacity;

  return pd_capacity_waiting_get_results (pd_capacity_panel_get_waiting (self->capacity), &capacity) != NULL;
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
  if (!g_str_has_suffix (path, ".ods") && has_waiting_results (self))
    {
      g_autofree char *waiting_path = pd_window_waiting_csv_path (path);
      g_autofree char *waiting_base = g_path_get_basename (waiting_path);

      /* Translators: two files' names: the steps' table and the waits'. */
      message = g_strdup_printf (_("Tables saved as “%s” and “%s”"), base, waiting_base);
    }
  else
    message = g_strdup_printf (_("Tables saved as “%s”"), base);
  pd_window_toast (self, message);
}

static void
export_tables (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  gboolean whole = pd_capacity_panel_get_whole_library (self->capacity);
  const char *library_name = whole ? pd_library_get_name (self->library) : NULL;
  g_autofree char *title = pd_window_title_as_file_name (
    whole ? (library_name ? library_name : _("Library")) : pd_document_get_title (self->document));
  g_autofree char *name = g_strdup_printf (_("%s – capacity.ods"), title ? title : _("Pathway"));

  pd_file_dialog_show (GTK_WINDOW (self), G_OBJECT (self), _("Export Tables"),
                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name, on_export_chosen,
                       _("OpenDocument spreadsheet"), "*.ods",
                       whole ? _("Comma-separated values (CSV), the totals by role and "
                                 "agency only")
                       : has_waiting_results (self)
                       ? _("Comma-separated values (CSV): the steps, and the waits in a "
                           "second file")
                       : _("Comma-separated values (CSV), the steps only"), "*.csv", NULL);
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
