/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The boxed lists of items the inspector edits in place. */
#include "pd-inspector-items-private.h"

GPtrArray *
pd_items_get (Row *row)
{
  GPtrArray *list = NULL;

  g_object_get (row->rows->object, row->spec->property, &list, NULL);
  return list;
}

void
pd_items_set (Row       *row,
              GPtrArray *list,
              guint      edit)
{
  PdHistory *history = pd_document_get_history (row->rows->document);
  guint last = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row->editor), "last-edit"));
  GValue value = G_VALUE_INIT;

  if (edit == PD_ITEMS_ADD_OR_REMOVE || edit != last)
    pd_history_seal (history);
  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, list);
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
  g_object_set_data (G_OBJECT (row->editor), "last-edit", GUINT_TO_POINTER (edit));
}

GtkWidget *
pd_items_make_list (Row            *row,
                    const char     *add_title,
                    GCallback       on_add,
                    GDestroyNotify  item_free)
{
  row->row = row->editor = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (row->editor), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (row->editor, "boxed-list");
  row->items = g_ptr_array_new_with_free_func (item_free);
  row->add_first = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->add_first), add_title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row->add_first), TRUE);
  g_signal_connect_swapped (row->add_first, "apply", on_add, row);
  g_signal_connect_swapped (row->add_first, "entry-activated", on_add, row);
  gtk_list_box_append (GTK_LIST_BOX (row->editor), row->add_first);
  return row->row;
}

GtkWidget *
pd_items_make_expander (GtkWidget **remove,
                        GCallback   on_remove,
                        gpointer    item)
{
  GtkWidget *expander = g_object_ref_sink (adw_expander_row_new ());

  /* Titles are what the user typed, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (*remove, "flat");
  gtk_widget_set_valign (*remove, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (*remove, "clicked", on_remove, item);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), *remove);
  return expander;
}

void
pd_items_drop_expander (GtkWidget *expander)
{
  GtkWidget *parent = gtk_widget_get_parent (expander);

  if (parent)
    gtk_list_box_remove (GTK_LIST_BOX (parent), expander);
  g_object_unref (expander);
}

void
pd_items_show_text (GtkWidget  *entry,
                    const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

void
pd_items_label_remove (GtkWidget  *remove,
                       const char *label)
{
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}
