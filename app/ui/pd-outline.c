/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-agency.h"
#include "pd-edge.h"
#include "pd-enums.h"
#include "pd-node.h"
#include "pd-outline.h"
#include "pd-reading-order.h"

struct _PdOutline
{
  AdwBin parent_instance;

  GtkListView *list;
  GListStore *steps;             /* of PdNode, in reading order */
  GtkSingleSelection *model;
  PdDocument *document;
  PdSelection *selection;
  GHashTable *leads_to;          /* node id → "CBT, Guided self-help" */
  guint refresh_source;
  gboolean syncing;              /* the selections are being matched */
};

G_DEFINE_FINAL_TYPE (PdOutline, pd_outline, ADW_TYPE_BIN)

enum { ACTIVATE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
sync_from_selection (PdOutline *self)
{
  const char *id = self->selection ? pd_selection_get_last (self->selection) : NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; id && i < g_list_model_get_n_items (G_LIST_MODEL (self->steps)); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (G_LIST_MODEL (self->steps), i);
      if (g_str_equal (pd_node_get_id (node), id))
        position = i;
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->model, position);
  self->syncing = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

static void
on_list_selected (PdOutline *self)
{
  PdNode *node = gtk_single_selection_get_selected_item (self->model);

  if (self->syncing || self->selection == NULL || node == NULL)
    return;
  self->syncing = TRUE;
  pd_selection_select (self->selection, pd_node_get_id (node), PD_SELECT_REPLACE);
  self->syncing = FALSE;
}

static void
on_selection_changed (PdOutline *self)
{
  if (!self->syncing)
    sync_from_selection (self);
}

static gboolean
refresh (gpointer data)
{
  PdOutline *self = data;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;

  self->refresh_source = 0;
  g_hash_table_remove_all (self->leads_to);
  if (self->document == NULL)
    {
      g_list_store_remove_all (self->steps);
      return G_SOURCE_REMOVE;
    }
  pd_reading_order (self->document, &nodes, &edges);
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      PdNode *to = pd_document_get_node (self->document, pd_edge_get_to_id (edge));
      GString *text = g_hash_table_lookup (self->leads_to, pd_edge_get_from_id (edge));

      if (to == NULL)
        continue;
      if (text == NULL)
        {
          text = g_string_new (NULL);
          g_hash_table_insert (self->leads_to, g_strdup (pd_edge_get_from_id (edge)), text);
        }
      g_string_append_printf (text, "%s%s", text->len ? ", " : "",
                              pd_node_get_title (to) ? pd_node_get_title (to) : pd_node_get_id (to));
    }
  self->syncing = TRUE;
  g_list_store_splice (self->steps, 0, g_list_model_get_n_items (G_LIST_MODEL (self->steps)),
                       nodes->pdata, nodes->len);
  self->syncing = FALSE;
  sync_from_selection (self);
  return G_SOURCE_REMOVE;
}

/* After edits settle: one rebuild for a burst of changes. */
static void
queue_refresh (PdOutline *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (100, refresh, self);
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PdOutline                *self)
{
  PdNode *node = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  PdAgency *agency = pd_document_get_agency (self->document, pd_node_get_agency_id (node));
  GString *leads = g_hash_table_lookup (self->leads_to, pd_node_get_id (node));
  GString *text = g_string_new (pd_node_kind_get_label (pd_node_get_kind (node)));
  g_autofree char *all = NULL;

  if (agency)
    g_string_append_printf (text, " · %s (%s)", pd_agency_get_name (agency),
                            pd_agency_get_cue (agency) ? pd_agency_get_cue (agency) : "");
  if (pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED)
    g_string_append_printf (text, " · %s", pd_enum_get_label (PD_TYPE_AVAILABILITY,
                                                               pd_node_get_availability (node)));
  if (leads)
    {
      g_string_append_c (text, '\n');
      /* Translators: followed by the names of the next steps. */
      g_string_append_printf (text, _("Leads to: %s"), leads->str);
    }
  gtk_label_set_text (GTK_LABEL (title), pd_node_get_title (node) ? pd_node_get_title (node)
                                                                  : pd_node_get_id (node));
  gtk_label_set_text (GTK_LABEL (details), text->str);
  all = g_strdup_printf ("%s. %s", gtk_label_get_text (GTK_LABEL (title)), text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, all, -1);
  g_string_free (text, TRUE);
}

static void
on_activate (GtkListView *list,
             guint        position,
             PdOutline   *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
pd_outline_dispose (GObject *object)
{
  PdOutline *self = PD_OUTLINE (object);

  pd_outline_set_document (self, NULL, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->leads_to, g_hash_table_unref);
  G_OBJECT_CLASS (pd_outline_parent_class)->dispose (object);
}

static void
pd_outline_class_init (PdOutlineClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_outline_dispose;
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_outline_init (PdOutline *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->leads_to = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, string_free);
  self->steps = g_list_store_new (PD_TYPE_NODE);
  self->model = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->steps)));
  gtk_single_selection_set_autoselect (self->model, FALSE);
  gtk_single_selection_set_can_unselect (self->model, TRUE);
  g_signal_connect_swapped (self->model, "notify::selected", G_CALLBACK (on_list_selected), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->model)),
                                                 factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Steps in reading order"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scroller);
  /* The list view holds one reference each; these are ours. */
  g_object_unref (self->steps);
  g_object_unref (self->model);
}

GtkWidget *
pd_outline_new (void)
{
  return g_object_new (PD_TYPE_OUTLINE, NULL);
}

void
pd_outline_set_document (PdOutline   *self,
                         PdDocument  *document,
                         PdSelection *selection)
{
  g_return_if_fail (PD_IS_OUTLINE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (pd_document_get_history (self->document), self);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->document, document);
  g_set_object (&self->selection, selection);
  if (document)
    g_signal_connect_swapped (pd_document_get_history (document), "changed",
                              G_CALLBACK (queue_refresh), self);
  if (selection)
    g_signal_connect_swapped (selection, "changed", G_CALLBACK (on_selection_changed), self);
  if (document)
    refresh (self);
}

GListModel *
pd_outline_get_model (PdOutline *self)
{
  g_return_val_if_fail (PD_IS_OUTLINE (self), NULL);
  return G_LIST_MODEL (self->steps);
}

guint
pd_outline_get_selected (PdOutline *self)
{
  g_return_val_if_fail (PD_IS_OUTLINE (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->model);
}

void
pd_outline_select (PdOutline *self,
                   guint      position)
{
  g_return_if_fail (PD_IS_OUTLINE (self));
  gtk_single_selection_set_selected (self->model, position);
}
