/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's Whole Library figures: every pathway of the library
 * open in the window planned as one workforce against the library's staff
 * in post, as `pathway capacity FOLDER` plans them. */
#include <glib/gi18n.h>

#include "pd-capacity-library.h"
#include "pd-capacity-panel-private.h"
#include "pd-capacity-text.h"

/* The whole library's staff, over the chart. */
static void
describe_library (PdCapacityPanel *self)
{
  const PdCapacityTotals *totals = pd_capacity_get_totals (self->library_capacity);
  guint n = pd_library_get_n_entries (self->library);
  g_autofree char *hours = pd_capacity_text_count (totals->hours);
  g_autofree char *wte = pd_capacity_text_wte (totals->wte);
  g_autofree char *in_post = pd_capacity_text_wte (totals->in_post);
  g_autofree char *pathways = NULL;
  g_autofree char *text = NULL;

  /* Translators: the number of pathways in the library. */
  pathways = g_strdup_printf (ngettext ("%u pathway", "%u pathways", n), n);
  if (totals->in_post > 0)
    /* Translators: "6 pathways", staff hours a year, WTE needed, WTE in post. */
    text = g_strdup_printf (_("The library’s %s as one workforce: %s staff hours a year at the "
                              "steps offered, %s WTE, with %s in post."), pathways, hours, wte,
                            in_post);
  else
    /* Translators: "6 pathways", staff hours a year, WTE needed. */
    text = g_strdup_printf (_("The library’s %s as one workforce: %s staff hours a year at the "
                              "steps offered, %s WTE. No staff in post given for the library."),
                            pathways, hours, wte);
  adw_preferences_group_set_description (self->library_group, text);
}

/* The pathway's own options (What If and the rest) are its alone. */
static void
show_scope (PdCapacityPanel *self,
            gboolean         whole)
{
  gtk_widget_set_visible (self->scope, self->library != NULL);
  gtk_widget_set_visible (self->what_if_group, !whole);
  gtk_widget_set_visible (self->what_if_box, !whole);
}

gboolean
pd_capacity_panel_show_library (PdCapacityPanel *self)
{
  gboolean whole = pd_capacity_panel_get_whole_library (self);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->library_capacity, pd_capacity_free);
  show_scope (self, whole);
  if (!whole)
    return FALSE;
  pd_capacity_waiting_set_source (self->waiting, NULL, NULL);
  self->library_capacity = pd_capacity_new_for_library (self->library, self->document,
                                                        self->path, NULL, NULL, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->library_problem), self->library_capacity == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->library_chart), self->library_capacity != NULL);
  gtk_widget_set_visible (self->library_export, self->library_capacity != NULL);
  if (self->library_capacity == NULL)
    {
      gtk_label_set_text (self->library_problem, error->message);
      adw_preferences_group_set_description (self->library_group,
                                             _("No figures: a pathway of the library has a "
                                               "problem."));
      for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (self->library_list, 0));)
        gtk_list_box_remove (self->library_list, GTK_WIDGET (row));
      gtk_widget_set_visible (GTK_WIDGET (self->library_list), FALSE);
    }
  else
    {
      pd_capacity_panel_fill_roles (self, self->library_capacity, self->library_chart,
                                    self->library_list);
      describe_library (self);
    }
  gtk_stack_set_visible_child_name (self->stack, "library");
  return TRUE;
}

static void
on_scope_changed (PdCapacityPanel *self)
{
  pd_capacity_panel_refresh (self);
}

void
pd_capacity_panel_set_library (PdCapacityPanel *self,
                               PdLibrary       *library,
                               const char      *path)
{
  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));
  g_return_if_fail (library == NULL || PD_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_free (self->path);
  self->path = g_strdup (path);
  pd_capacity_panel_refresh (self);
}

PdLibrary *
pd_capacity_panel_get_library (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->library;
}

gboolean
pd_capacity_panel_get_whole_library (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), FALSE);
  return self->library != NULL && gtk_toggle_button_get_active (self->whole_library);
}

void
pd_capacity_panel_set_whole_library (PdCapacityPanel *self,
                                     gboolean         whole)
{
  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));
  gtk_toggle_button_set_active (self->whole_library, whole);
  /* Its group's other button goes up when this one goes down. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (self->scope)),
                                !whole);
}

PdCapacity *
pd_capacity_panel_get_library_capacity (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->library_capacity;
}

void
pd_capacity_panel_dispose_library (PdCapacityPanel *self)
{
  g_clear_pointer (&self->library_capacity, pd_capacity_free);
  g_clear_object (&self->library);
  g_clear_pointer (&self->path, g_free);
}

void
pd_capacity_panel_class_init_library (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, scope);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, what_if_group);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, what_if_box);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, whole_library);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, library_chart);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, library_list);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, library_group);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, library_problem);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, library_export);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_changed);
}
