/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-connect-dialog.h"
#include "pd-edit.h"
#include "pd-reading-order.h"

typedef struct {
  PdDocument *document;
  char *from_id;
  GtkWindow *window;
  GtkSingleSelection *selection;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_object_unref (dialog->document);
  g_free (dialog->from_id);
  g_free (dialog);
}

static void
connect_to (Dialog *dialog,
            PdNode *to)
{
  PdNode *from = pd_document_get_node (dialog->document, dialog->from_id);

  if (from && to && pd_document_get_node (dialog->document, pd_node_get_id (to)) == to)
    pd_edit_connect (dialog->document, from, to);
  gtk_window_destroy (dialog->window);
}

static void
on_activate (GtkListView *view,
             guint        position,
             Dialog      *dialog)
{
  g_autoptr(PdNode) node = g_list_model_get_item (G_LIST_MODEL (dialog->selection), position);

  connect_to (dialog, node);
}

/* Enter in the search field takes the first match. */
static void
on_search_activate (Dialog *dialog)
{
  PdNode *node = gtk_single_selection_get_selected_item (dialog->selection);

  if (node)
    connect_to (dialog, node);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_item_set_child (item, label);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  PdNode *node = gtk_list_item_get_item (item);
  const char *title = pd_node_get_title (node);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      title && *title ? title : pd_node_get_id (node));
}

static gboolean
on_key (GtkEventControllerKey *controller,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        Dialog                *dialog)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  gtk_window_destroy (dialog->window);
  return TRUE;
}

GtkWindow *
pd_connect_dialog_present (GtkWindow  *parent,
                           PdDocument *document,
                           const char *from_id)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  PdNode *from = pd_document_get_node (document, from_id);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autofree char *title = NULL;
  GListStore *store = g_list_store_new (PD_TYPE_NODE);
  GtkStringFilter *filter;
  GtkFilterListModel *filtered;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box, *header, *search, *scroller, *list;
  GtkEventController *keys;

  g_return_val_if_fail (from != NULL, NULL);

  dialog->document = g_object_ref (document);
  dialog->from_id = g_strdup (from_id);
  /* Steps in reading order, the one connected from left out. */
  pd_reading_order (document, &nodes, &edges);
  for (guint i = 0; i < nodes->len; i++)
    if (g_ptr_array_index (nodes, i) != (gpointer) from)
      g_list_store_append (store, g_ptr_array_index (nodes, i));

  filter = gtk_string_filter_new (gtk_property_expression_new (PD_TYPE_NODE, NULL, "title"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (filter, TRUE);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (store), GTK_FILTER (filter));
  dialog->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (dialog->selection), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (list), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Steps"), -1);
  g_signal_connect (list, "activate", G_CALLBACK (on_activate), dialog);

  search = gtk_search_entry_new ();
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (search), list);
  g_object_bind_property (search, "text", filter, "search", G_BINDING_DEFAULT);
  g_signal_connect_swapped (search, "activate", G_CALLBACK (on_search_activate), dialog);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name of the step to connect to"), -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_widget_set_vexpand (scroller, TRUE);

  title = g_strdup_printf (_("Connect “%s” To"), pd_node_get_title (from) ? pd_node_get_title (from)
                                                                         : from_id);
  header = adw_header_bar_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_margin_start (search, 12);
  gtk_widget_set_margin_end (search, 12);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), scroller);

  dialog->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (dialog->window, title);
  gtk_window_set_modal (dialog->window, TRUE);
  gtk_window_set_transient_for (dialog->window, parent);
  gtk_window_set_default_size (dialog->window, 420, 480);
  adw_window_set_content (ADW_WINDOW (dialog->window), box);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key), dialog);
  gtk_widget_add_controller (GTK_WIDGET (dialog->window), keys);
  g_object_set_data_full (G_OBJECT (dialog->window), "pd-connect-dialog", dialog,
                          (GDestroyNotify) dialog_free);
  g_object_set_data (G_OBJECT (dialog->window), "pd-connect-search", search);
  gtk_window_present (dialog->window);
  gtk_widget_grab_focus (search);
  return dialog->window;
}
