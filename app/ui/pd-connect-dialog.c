/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-connect-dialog.h"
#include "pd-edit.h"
#include "pd-reading-order.h"

#define PD_TYPE_CONNECT_DIALOG (pd_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdConnectDialog, pd_connect_dialog, PD, CONNECT_DIALOG, AdwWindow)

struct _PdConnectDialog
{
  AdwWindow parent_instance;

  PdDocument *document;
  char *from_id;
  GtkSingleSelection *selection;

  GtkWidget *search;
  GtkWidget *list;
};

G_DEFINE_FINAL_TYPE (PdConnectDialog, pd_connect_dialog, ADW_TYPE_WINDOW)

static void
pd_connect_dialog_finalize (GObject *object)
{
  PdConnectDialog *dialog = PD_CONNECT_DIALOG (object);

  g_clear_object (&dialog->document);
  g_free (dialog->from_id);
  G_OBJECT_CLASS (pd_connect_dialog_parent_class)->finalize (object);
}

static void
connect_to (PdConnectDialog *dialog,
            PdNode          *to)
{
  PdNode *from = pd_document_get_node (dialog->document, dialog->from_id);

  if (from && to && pd_document_get_node (dialog->document, pd_node_get_id (to)) == to)
    pd_edit_connect (dialog->document, from, to);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_activate (GtkListView     *view,
             guint            position,
             PdConnectDialog *dialog)
{
  g_autoptr(PdNode) node = g_list_model_get_item (G_LIST_MODEL (dialog->selection), position);

  connect_to (dialog, node);
}

/* Enter in the search field takes the first match. */
static void
on_search_activate (PdConnectDialog *dialog)
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
        PdConnectDialog       *dialog)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  gtk_window_destroy (GTK_WINDOW (dialog));
  return TRUE;
}

static void
pd_connect_dialog_class_init (PdConnectDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pd_connect_dialog_finalize;
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/pathwaydesigner/Designer/pd-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PdConnectDialog, search);
  gtk_widget_class_bind_template_child (widget_class, PdConnectDialog, list);
}

static void
pd_connect_dialog_init (PdConnectDialog *dialog)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (dialog));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (GTK_LIST_VIEW (dialog->list), factory);
  g_object_unref (factory);
  g_signal_connect (dialog->list, "activate", G_CALLBACK (on_activate), dialog);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (dialog->search), dialog->list);
  g_signal_connect_swapped (dialog->search, "activate", G_CALLBACK (on_search_activate), dialog);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key), dialog);
  gtk_widget_add_controller (GTK_WIDGET (dialog), keys);
}

GtkWindow *
pd_connect_dialog_present (GtkWindow  *parent,
                           PdDocument *document,
                           const char *from_id)
{
  PdConnectDialog *dialog;
  PdNode *from = pd_document_get_node (document, from_id);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autofree char *title = NULL;
  GListStore *store;
  GtkStringFilter *filter;
  GtkFilterListModel *filtered;

  g_return_val_if_fail (from != NULL, NULL);

  dialog = g_object_new (PD_TYPE_CONNECT_DIALOG, "transient-for", parent, NULL);
  dialog->document = g_object_ref (document);
  dialog->from_id = g_strdup (from_id);
  /* Steps in reading order, the one connected from left out. */
  store = g_list_store_new (PD_TYPE_NODE);
  pd_reading_order (document, &nodes, &edges);
  for (guint i = 0; i < nodes->len; i++)
    if (g_ptr_array_index (nodes, i) != (gpointer) from)
      g_list_store_append (store, g_ptr_array_index (nodes, i));

  filter = gtk_string_filter_new (gtk_property_expression_new (PD_TYPE_NODE, NULL, "title"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (filter, TRUE);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (store), GTK_FILTER (filter));
  dialog->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_list_view_set_model (GTK_LIST_VIEW (dialog->list), GTK_SELECTION_MODEL (dialog->selection));
  g_object_unref (dialog->selection);
  g_object_bind_property (dialog->search, "text", filter, "search", G_BINDING_DEFAULT);

  title = g_strdup_printf (_("Connect “%s” To"), pd_node_get_title (from) ? pd_node_get_title (from)
                                                                         : from_id);
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  g_object_set_data (G_OBJECT (dialog), "pd-connect-search", dialog->search);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (dialog->search);
  return GTK_WINDOW (dialog);
}
