/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The inspector's change log of the pathway: an expander for each entry,
 * newest first, its date, version, author and summary edited in place, and
 * a field that adds one for today. */
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "pd-change.h"
#include "pd-edit-changes.h"
#include "pd-inspector-items-private.h"

/* One entry and the widgets that edit it. */
typedef struct {
  Row *row;
  guint index;          /* in the log, oldest first */
  GtkWidget *expander;
  GtkWidget *fields[4]; /* AdwEntryRow: date, version, author, summary */
  GtkWidget *remove;
} Item;

enum { FIELD_DATE, FIELD_VERSION, FIELD_AUTHOR, FIELD_SUMMARY, N_FIELDS };

/* A date the file can hold: YYYY-MM-DD, a real day. */
static gboolean
is_date (const char *text)
{
  unsigned year, month, day;
  char end;

  return strlen (text) == 10 && sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3
         && g_date_valid_dmy (day, month, year);
}

static void
on_field_changed (GtkEditable *editable,
                  Item        *item)
{
  Row *row = item->row;
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) copy = NULL;
  PdChange *change;
  char **place;
  guint field;

  if (row->rows->updating || row->rows->object == NULL)
    return;
  for (field = 0; field < N_FIELDS; field++)
    if (item->fields[field] == GTK_WIDGET (editable))
      break;
  g_assert (field < N_FIELDS);
  if (field == FIELD_DATE)
    {
      /* Half typed, a date is kept back until it is one. */
      if (!is_date (text))
        {
          gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
          return;
        }
      gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
    }
  list = pd_items_get (row);
  copy = pd_change_array_copy (list);
  if (item->index >= copy->len)
    return;
  change = g_ptr_array_index (copy, item->index);
  switch (field)
    {
    case FIELD_DATE: place = &change->date; break;
    case FIELD_VERSION: place = &change->version; break;
    case FIELD_AUTHOR: place = &change->author; break;
    default: place = &change->summary; break;
    }
  g_free (*place);
  /* An emptied field is an absent one, as in the file. */
  *place = *text || field == FIELD_SUMMARY ? g_strdup (text) : NULL;
  pd_items_set (row, copy, 1 + item->index * N_FIELDS + field);
}

static void
on_remove (Item *item)
{
  Row *row = item->row;
  g_autoptr(GPtrArray) list = pd_items_get (row);
  g_autoptr(GPtrArray) copy = pd_change_array_copy (list);

  if (item->index < copy->len)
    g_ptr_array_remove_index (copy, item->index);
  pd_items_set (row, copy, PD_ITEMS_ADD_OR_REMOVE);
}

/* A new entry: today, the pathway's version, the user's name. */
static void
on_add (Row *row)
{
  g_autofree char *summary = g_strstrip (g_strdup (gtk_editable_get_text (
    GTK_EDITABLE (row->add_first))));
  g_autofree char *today = NULL, *version = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) copy = NULL;

  if (*summary == '\0' || row->rows->object == NULL)
    return;
  g_object_get (row->rows->object, "version", &version, NULL);
  today = pd_edit_today ();
  list = pd_items_get (row);
  copy = pd_change_array_copy (list);
  g_ptr_array_add (copy, pd_change_new (today, version, g_get_real_name (), summary));
  pd_items_set (row, copy, PD_ITEMS_ADD_OR_REMOVE);
  gtk_editable_set_text (GTK_EDITABLE (row->add_first), "");
}

/* Showing an entry. */

/* "2026-11-30 · version 0.6 · A Lead", leaving out what is not given. */
static char *
describe (const PdChange *change)
{
  GString *text = g_string_new (change->date);

  if (change->version)
    {
      if (text->len)
        g_string_append (text, " · ");
      /* Translators: the pathway's version an entry of its change log
       * made, as "version 0.6". */
      g_string_append_printf (text, _("version %s"), change->version);
    }
  if (change->author)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", change->author);
  return g_string_free (text, FALSE);
}

static void
show_item (Item           *item,
           const PdChange *change)
{
  const char *summary = change->summary && *change->summary ? change->summary
                                                            : _("No summary");
  g_autofree char *subtitle = describe (change);
  g_autofree char *remove = NULL;

  pd_items_show_text (item->fields[FIELD_DATE], change->date);
  gtk_widget_remove_css_class (item->fields[FIELD_DATE], "error");
  pd_items_show_text (item->fields[FIELD_VERSION], change->version);
  pd_items_show_text (item->fields[FIELD_AUTHOR], change->author);
  pd_items_show_text (item->fields[FIELD_SUMMARY], change->summary);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->expander), summary);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->expander), subtitle);
  /* Translators: the button that removes an entry of the change log, as
   * "Remove the change of 2026-11-30". */
  remove = g_strdup_printf (_("Remove the change of %s"), change->date ? change->date : "");
  pd_items_label_remove (item->remove, remove);
}

/* Making an entry. */

static Item *
make_item (Row  *row,
           guint index)
{
  const char *titles[N_FIELDS] = { _("Date (YYYY-MM-DD)"), _("Version"), _("Author"),
                                   _("Summary") };
  Item *item = g_new0 (Item, 1);

  item->row = row;
  item->index = index;
  item->expander = pd_items_make_expander (&item->remove, G_CALLBACK (on_remove), item);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      item->fields[i] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->fields[i]), titles[i]);
      g_signal_connect (item->fields[i], "changed", G_CALLBACK (on_field_changed), item);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (item->expander), item->fields[i]);
    }
  return item;
}

static void
item_free (Item *item)
{
  for (guint i = 0; i < N_FIELDS; i++)
    g_signal_handlers_disconnect_by_data (item->fields[i], item);
  g_signal_handlers_disconnect_by_data (item->remove, item);
  pd_items_drop_expander (item->expander);
  g_free (item);
}

/* The list anew, newest first, after the field that adds one. */
static void
rebuild (Row       *row,
         GPtrArray *list)
{
  guint n = list ? list->len : 0;

  g_ptr_array_set_size (row->items, 0);
  for (guint k = 0; k < n; k++)
    {
      Item *item = make_item (row, n - 1 - k);

      gtk_list_box_insert (GTK_LIST_BOX (row->editor), item->expander, (int) k + 1);
      g_ptr_array_add (row->items, item);
    }
}

void
pd_rows_show_changes (Row *row)
{
  g_autoptr(GPtrArray) list = pd_items_get (row);
  guint n = list ? list->len : 0;
  gboolean updating = row->rows->updating;

  row->rows->updating = TRUE;
  if (n != row->items->len)
    rebuild (row, list);
  for (guint i = 0; i < row->items->len; i++)
    {
      Item *item = g_ptr_array_index (row->items, i);
      show_item (item, g_ptr_array_index (list, item->index));
    }
  row->rows->updating = updating;
}

/* A boxed list: the field that adds an entry, then the entries
 * (pd_rows_show_changes fills them in). */
GtkWidget *
pd_rows_make_changes_row (Row *row)
{
  return pd_items_make_list (row, _("Add a change: what changed"), G_CALLBACK (on_add),
                             (GDestroyNotify) item_free);
}
