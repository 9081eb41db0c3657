/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-edge.h"
#include "pd-edit.h"
#include "pd-node.h"
#include "pd-outline-text.h"
#include "pd-outline.h"

struct _PdOutline
{
  AdwBin parent_instance;

  GtkScrolledWindow *scroller;
  GtkListView *list;
  GListStore *rows;              /* of PdNode and PdEdge, in reading order */
  GtkSingleSelection *model;
  PdDocument *document;
  PdSelection *selection;
  GSignalGroup *history_signals;   /* of the document's history */
  GSignalGroup *selection_signals;
  guint refresh_source;
  gboolean syncing;              /* the selections are being matched */
};

G_DEFINE_FINAL_TYPE (PdOutline, pd_outline, ADW_TYPE_BIN)

enum { PROP_0, PROP_DOCUMENT, PROP_SELECTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { ACTIVATE, REFUSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
row_id (gpointer row)
{
  return PD_IS_NODE (row) ? pd_node_get_id (row) : pd_edge_get_id (row);
}

static void
sync_from_selection (PdOutline *self)
{
  const char *id = self->selection ? pd_selection_get_last (self->selection) : NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; id && i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      if (g_str_equal (row_id (row), id))
        position = i;
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->model, position);
  self->syncing = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

static void
on_list_selected (GtkSingleSelection *model,
                  GParamSpec         *pspec,
                  PdOutline          *self)
{
  gpointer row = gtk_single_selection_get_selected_item (self->model);

  if (self->syncing || self->selection == NULL || row == NULL)
    return;
  self->syncing = TRUE;
  pd_selection_select (self->selection, row_id (row), PD_SELECT_REPLACE);
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
  g_autoptr(GPtrArray) rows = NULL;

  self->refresh_source = 0;
  if (self->document == NULL)
    {
      g_list_store_remove_all (self->rows);
      return G_SOURCE_REMOVE;
    }
  rows = pd_outline_rows (self->document);
  self->syncing = TRUE;
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
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
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
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
  GObject *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all = pd_outline_row_text (self->document, row);

  if (PD_IS_NODE (row))
    {
      heading = pd_outline_step_title (PD_NODE (row));
      text = pd_outline_step_details (self->document, PD_NODE (row));
    }
  else
    {
      heading = pd_outline_transition_title (self->document, PD_EDGE (row));
      text = pd_outline_transition_details (self->document, PD_EDGE (row));
    }
  /* A step's ways out sit under it, indented, as a reader nests them. */
  gtk_widget_set_margin_start (box, PD_IS_NODE (row) ? 12 : 36);
  if (PD_IS_NODE (row))
    gtk_widget_add_css_class (title, "heading");
  else
    gtk_widget_remove_css_class (title, "heading");
  gtk_label_set_text (GTK_LABEL (title), heading);
  gtk_label_set_text (GTK_LABEL (details), text);
  gtk_widget_set_visible (details, *text != '\0');
  /* A screen reader hears the row as one sentence, ends and all. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, all, -1);
}

/* Alt+Up and Alt+Down: the selected step moves one place earlier or
 * later in the journey (pd_edit_move_step), one undo step. Where it
 * cannot, the window and a screen reader are told why. */
static void
move_step (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  PdOutline *self = PD_OUTLINE (widget);
  gpointer row = gtk_single_selection_get_selected_item (self->model);
  g_autofree char *why = NULL;

  if (self->document == NULL || !PD_IS_NODE (row))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (!pd_edit_move_step (self->document, row, g_variant_get_boolean (parameter), &why))
    {
      gtk_widget_error_bell (widget);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why, -1);
      g_signal_emit (self, signals[REFUSED], 0, why);
      return;
    }
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->list),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  /* At once, so that the next press moves it on from its new row. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh (self);
}

/* F2: the selected row's name in Properties, as Enter. */
static void
edit_row (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  PdOutline *self = PD_OUTLINE (widget);

  if (gtk_single_selection_get_selected_item (self->model))
    g_signal_emit (self, signals[ACTIVATE], 0);
}

/* Delete: the selected row's step or transition, as on the canvas. */
static void
delete_row (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  PdOutline *self = PD_OUTLINE (widget);

  if (gtk_single_selection_get_selected_item (self->model))
    gtk_widget_activate_action (widget, "win.delete", NULL);
}

static void
class_init_keys (GtkWidgetClass *widget_class)
{
  static const guint deletes[] = { GDK_KEY_Delete, GDK_KEY_KP_Delete, GDK_KEY_BackSpace };

  gtk_widget_class_install_action (widget_class, "outline.move-step", "b", move_step);
  gtk_widget_class_install_action (widget_class, "outline.edit", NULL, edit_row);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_row);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "outline.move-step", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "outline.move-step", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "outline.edit", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    gtk_widget_class_add_binding_action (widget_class, deletes[i], 0, "outline.delete", NULL);
}

static void
on_activate (GtkListView *list,
             guint        position,
             PdOutline   *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
pd_outline_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdOutline *self = PD_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_outline_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PdOutline *self = PD_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_outline_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      pd_outline_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_outline_dispose (GObject *object)
{
  PdOutline *self = PD_OUTLINE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->history_signals)
    g_signal_group_set_target (self->history_signals, NULL);
  if (self->selection_signals)
    g_signal_group_set_target (self->selection_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->selection_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->selection);
  /* The scroller is the bin's child as well as the template's. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_OUTLINE);
  G_OBJECT_CLASS (pd_outline_parent_class)->dispose (object);
}

static void
pd_outline_class_init (PdOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_outline_dispose;
  object_class->get_property = pd_outline_get_property;
  object_class->set_property = pd_outline_set_property;
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, PD_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A step could not move: the sentence says why. */
  signals[REFUSED] = g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  class_init_keys (widget_class);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, PdOutline, scroller);
  gtk_widget_class_bind_template_child (widget_class, PdOutline, list);
  gtk_widget_class_bind_template_child (widget_class, PdOutline, model);
  gtk_widget_class_bind_template_child (widget_class, PdOutline, rows);
  gtk_widget_class_bind_template_callback (widget_class, on_list_selected);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

/* GTK 4.8 names an accessible with no name after its class, which a
 * screen reader then reads out: the list's scroll bar says what it
 * scrolls, the one across (never shown) is hidden, and so is the bar's
 * own range inside it, which only repeats the bar. */
static void
name_scrollbars (GtkScrolledWindow *scroller)
{
  GtkWidget *down = gtk_scrolled_window_get_vscrollbar (scroller);
  GtkWidget *across = gtk_scrolled_window_get_hscrollbar (scroller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scroll the outline"), -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (across), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  for (GtkWidget *bar = down; bar; bar = bar == down ? across : NULL)
    for (GtkWidget *part = gtk_widget_get_first_child (bar); part;
         part = gtk_widget_get_next_sibling (part))
      gtk_accessible_update_state (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

static void
pd_outline_init (PdOutline *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  name_scrollbars (self->scroller);
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (queue_refresh),
                                  self);
  self->selection_signals = g_signal_group_new (PD_TYPE_SELECTION);
  g_signal_group_connect_swapped (self->selection_signals, "changed",
                                  G_CALLBACK (on_selection_changed), self);
}

GtkWidget *
pd_outline_new (void)
{
  return g_object_new (PD_TYPE_OUTLINE, NULL);
}

PdDocument *
pd_outline_get_document (PdOutline *self)
{
  g_return_val_if_fail (PD_IS_OUTLINE (self), NULL);
  return self->document;
}

void
pd_outline_set_document (PdOutline  *self,
                         PdDocument *document)
{
  g_return_if_fail (PD_IS_OUTLINE (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->history_signals,
                             document ? pd_document_get_history (document) : NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PdSelection *
pd_outline_get_selection (PdOutline *self)
{
  g_return_val_if_fail (PD_IS_OUTLINE (self), NULL);
  return self->selection;
}

void
pd_outline_set_selection (PdOutline   *self,
                          PdSelection *selection)
{
  g_return_if_fail (PD_IS_OUTLINE (self));
  g_return_if_fail (selection == NULL || PD_IS_SELECTION (selection));

  if (!g_set_object (&self->selection, selection))
    return;
  g_signal_group_set_target (self->selection_signals, selection);
  sync_from_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

GListModel *
pd_outline_get_model (PdOutline *self)
{
  g_return_val_if_fail (PD_IS_OUTLINE (self), NULL);
  return G_LIST_MODEL (self->rows);
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
