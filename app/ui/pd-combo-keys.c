/* SPDX-License-Identifier: GPL-3.0-or-later */
/* AdwComboRow 1.2's list (GTK 4.8's list view) puts the keyboard on its
 * first row whatever the value: Down from "Review" went to the second
 * kind, and Enter took the value while another row was highlighted. */
#include "pd-combo-keys.h"

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child
                                                                  : find_descendant (child, type);
      if (found)
        return found;
    }
  return NULL;
}

/* The list's row widget for @position, when the list has made one for
 * each item (as for the short lists of choices here), in their order. */
static GtkWidget *
row_at (GtkWidget *list,
        guint      position,
        guint      n_items)
{
  GtkWidget *child = gtk_widget_get_first_child (list);
  guint n = 0;

  for (GtkWidget *c = child; c; c = gtk_widget_get_next_sibling (c))
    n++;
  if (n != n_items)
    return NULL;
  for (guint i = 0; child && i < position; i++)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

static gboolean
focus_value (gpointer data)
{
  AdwComboRow *row = data;
  GtkWidget *popover = find_descendant (GTK_WIDGET (row), GTK_TYPE_POPOVER);
  GtkWidget *list = popover ? find_descendant (popover, GTK_TYPE_LIST_VIEW) : NULL;
  GListModel *model = adw_combo_row_get_model (row);
  guint selected = adw_combo_row_get_selected (row);
  GtkWidget *value;

  if (list == NULL || model == NULL || selected == GTK_INVALID_LIST_POSITION
      || !gtk_widget_get_mapped (list))
    return G_SOURCE_REMOVE;
  /* A row that takes the focus becomes the list's cursor: the arrow keys
   * move from it and Enter picks it. */
  value = row_at (list, selected, g_list_model_get_n_items (model));
  if (value)
    gtk_widget_grab_focus (value);
  return G_SOURCE_REMOVE;
}

/* Once the popover has put the focus where GTK does. */
static void
on_popover_map (GtkWidget   *popover,
                AdwComboRow *row)
{
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_value, g_object_ref (row), g_object_unref);
}

void
pd_combo_row_start_at_value (AdwComboRow *row)
{
  GtkWidget *popover;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  popover = find_descendant (GTK_WIDGET (row), GTK_TYPE_POPOVER);
  g_return_if_fail (popover != NULL);
  g_signal_connect_object (popover, "map", G_CALLBACK (on_popover_map), row, G_CONNECT_AFTER);
}
