/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The inspector's rows of links and participants. */
#include <glib/gi18n.h>

#include "pd-inspector-rows-private.h"
#include "pd-link.h"

/* Lists of links and participants: a row each, and two fields to add one.
 * Every change sets a new array (the old one stays with the history). */

static GPtrArray *
current_list (Row *row)
{
  GPtrArray *list = NULL;

  g_object_get (row->rows->object, row->spec->property, &list, NULL);
  return list;
}

static GPtrArray *
copy_list (Row       *row,
           GPtrArray *list)
{
  gboolean links = row->spec->kind == PD_ROW_LINKS;
  GPtrArray *copy = links ? pd_link_array_new () : pd_participant_array_new ();

  for (guint i = 0; list && i < list->len; i++)
    g_ptr_array_add (copy, links ? (gpointer) pd_link_copy (g_ptr_array_index (list, i))
                                 : (gpointer) pd_participant_copy (g_ptr_array_index (list, i)));
  return copy;
}

static void
set_list (Row       *row,
          GPtrArray *list)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, list);
  pd_rows_set_value (row, &value);
  g_value_unset (&value);
}

static void
on_remove_item (GtkButton *button,
                Row       *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GPtrArray) list = current_list (row);
  g_autoptr(GPtrArray) copy = copy_list (row, list);

  if (index < copy->len)
    g_ptr_array_remove_index (copy, index);
  set_list (row, copy);
}

static void
on_add_item (Row *row)
{
  const char *first = gtk_editable_get_text (GTK_EDITABLE (row->add_first));
  const char *second = gtk_editable_get_text (GTK_EDITABLE (row->add_second));
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) copy = NULL;

  if (*first == '\0' && *second == '\0')
    return;
  list = current_list (row);
  copy = copy_list (row, list);
  if (row->spec->kind == PD_ROW_LINKS)
    g_ptr_array_add (copy, pd_link_new (*first ? first : second, *second ? second : NULL));
  else
    g_ptr_array_add (copy, pd_participant_new (*first ? first : NULL, *second ? second : NULL));
  set_list (row, copy);
  gtk_editable_set_text (GTK_EDITABLE (row->add_first), "");
  gtk_editable_set_text (GTK_EDITABLE (row->add_second), "");
}

void
pd_rows_show_list (Row *row)
{
  g_autoptr(GPtrArray) list = current_list (row);
  gboolean links = row->spec->kind == PD_ROW_LINKS;

  for (guint i = 0; i < row->items->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (row->row), g_ptr_array_index (row->items, i));
  g_ptr_array_set_size (row->items, 0);
  for (guint i = 0; list && i < list->len; i++)
    {
      const char *title, *subtitle;
      GtkWidget *item = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      if (links)
        {
          PdLink *link = g_ptr_array_index (list, i);
          title = link->title;
          subtitle = link->href;
        }
      else
        {
          PdParticipant *participant = g_ptr_array_index (list, i);
          title = participant->name ? participant->name : participant->role;
          subtitle = participant->name ? participant->role : NULL;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), title ? title : "");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (item), subtitle ? subtitle : "");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove"), -1);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_item), row);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), item);
      g_ptr_array_add (row->items, item);
    }
  {
    g_autofree char *count = list && list->len ? g_strdup_printf ("%u", list->len) : NULL;
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row->row), count ? count : "");
  }
}

/* An expander of links or participants, with two entries that add one
 * (pd_rows_show_list fills in the rest). */
GtkWidget *
pd_rows_make_list_row (Row        *row,
                       const char *title)
{
  gboolean links = row->spec->kind == PD_ROW_LINKS;

  row->row = row->editor = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  row->items = g_ptr_array_new ();
  row->add_first = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->add_first),
                                 links ? _("New link’s title") : _("New participant’s name"));
  row->add_second = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->add_second),
                                 links ? _("Its web address") : _("Their role"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row->add_second), TRUE);
  g_signal_connect_swapped (row->add_second, "apply", G_CALLBACK (on_add_item), row);
  g_signal_connect_swapped (row->add_second, "entry-activated", G_CALLBACK (on_add_item),
                            row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), row->add_first);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), row->add_second);
  return row->row;
}
