/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shared services of a library, under its pathways in the Library
 * page, each with Edit. */
#include <glib/gi18n.h>

#include "pd-service-dialog.h"
#include "pd-service-list.h"

struct _PdServiceList
{
  AdwBin parent_instance;

  GtkExpander *expander;
  GtkLabel *heading;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (PdServiceList, pd_service_list, ADW_TYPE_BIN)

static GtkWidget *
service_row (PdLibrary *library,
             PdService *service)
{
  const char *title = service->title && *service->title ? service->title : service->id;
  g_autofree char *usage = pd_service_usage_text (library, service->id, FALSE);
  /* Translators: %s is the title of a shared service. */
  g_autofree char *label = g_strdup_printf (_("Edit the shared service “%s”"), title);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), usage);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (edit, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "win.edit-library-service");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "s", service->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
  return row;
}

void
pd_service_list_set_library (PdServiceList *self,
                             PdLibrary     *library)
{
  GPtrArray *services = library ? pd_library_get_services (library) : NULL;
  GtkWidget *child;
  g_autofree char *heading = NULL;

  g_return_if_fail (PD_IS_SERVICE_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; services && i < services->len; i++)
    gtk_list_box_append (self->list, service_row (library, g_ptr_array_index (services, i)));
  if (services && services->len > 0)
    {
      /* Translators: the heading of the Library page's list of services. */
      heading = g_strdup_printf (ngettext ("%u Shared Service", "%u Shared Services",
                                           services->len), services->len);
      gtk_label_set_text (self->heading, heading);
      /* GTK 4.8 does not name an expander after its label widget. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), services && services->len > 0);
}

GtkListBox *
pd_service_list_get_list (PdServiceList *self)
{
  g_return_val_if_fail (PD_IS_SERVICE_LIST (self), NULL);
  return self->list;
}

GtkWidget *
pd_service_list_new (void)
{
  return g_object_new (PD_TYPE_SERVICE_LIST, NULL);
}

static void
pd_service_list_class_init (PdServiceListClass *klass)
{
}

static void
pd_service_list_init (PdServiceList *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->expander = GTK_EXPANDER (gtk_expander_new (NULL));
  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  gtk_expander_set_label_widget (self->expander, GTK_WIDGET (self->heading));
  gtk_widget_set_margin_start (GTK_WIDGET (self->expander), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->expander), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->expander), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->expander), 12);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->list), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Shared services of the library"), -1);
  /* Many services scroll rather than push the pathways away. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_expander_set_child (self->expander, scrolled);
  gtk_expander_set_expanded (self->expander, TRUE);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->expander));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
