/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's editing commands: each a GAction, each one undo step, and
 * each working on the canvas's selection. */
#include <glib/gi18n.h>
#include <string.h>

#include "pd-connect-dialog.h"
#include "pd-edit.h"
#include "pd-enums.h"
#include "pd-layout.h"
#include "pd-view.h"
#include "pd-window-private.h"

/* Pasted and duplicated steps land this far down and right. */
#define PASTE_OFFSET 24.0
/* A step added after another goes this far to its right. */
#define STEP_GAP 60.0
/* The clipboard's type for pathway fragments; plain text carries them too. */
#define PATHWAY_MIME "application/x-pathway+xml"

static PdSelection *
selection_of (PdWindow *self)
{
  return pd_canvas_get_selection (self->canvas);
}

/* The selected ids, in selection order. */
static GPtrArray *
selected_ids (PdWindow *self)
{
  PdSelection *selection = selection_of (self);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pd_selection_get_length (selection); i++)
    g_ptr_array_add (ids, g_strdup (pd_selection_get_id (selection, i)));
  return ids;
}

static void
select_ids (PdWindow  *self,
            GPtrArray *ids)
{
  pd_selection_select_many (selection_of (self), (const char * const *) ids->pdata, ids->len,
                            PD_SELECT_REPLACE);
  if (ids->len)
    pd_canvas_reveal (self->canvas, g_ptr_array_index (ids, 0));
}

static void
delete_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) ids = selected_ids (self);

  pd_edit_delete (self->document, ids);
  pd_selection_clear (selection_of (self));
}

static void
select_all (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  GListModel *nodes = pd_document_get_nodes (self->document);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      g_ptr_array_add (ids, g_strdup (pd_node_get_id (node)));
    }
  pd_selection_select_many (selection_of (self), (const char * const *) ids->pdata, ids->len,
                            PD_SELECT_REPLACE);
}

static gboolean
copy_selection (PdWindow *self)
{
  g_autoptr(GPtrArray) ids = selected_ids (self);
  g_autofree char *data = pd_edit_copy (self->document, ids);
  g_autoptr(GBytes) bytes = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;
  GValue text = G_VALUE_INIT;

  if (data == NULL)
    return FALSE;
  bytes = g_bytes_new (data, strlen (data));
  providers[0] = gdk_content_provider_new_for_bytes (PATHWAY_MIME, bytes);
  g_value_init (&text, G_TYPE_STRING);
  g_value_set_string (&text, data);
  providers[1] = gdk_content_provider_new_for_value (&text);
  g_value_unset (&text);
  provider = gdk_content_provider_new_union (providers, 2);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
  return TRUE;
}

static void
copy (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  copy_selection (PD_WINDOW (widget));
}

static void
cut (GtkWidget  *widget,
     const char *action,
     GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (!copy_selection (self))
    return;
  {
    g_autoptr(GPtrArray) ids = selected_ids (self);

    pd_document_begin (self->document, _("Cut"));
    pd_edit_delete (self->document, ids);
    pd_document_end (self->document);
  }
  pd_selection_clear (selection_of (self));
}

/* Pastes @text, the clipboard's content, when it is a pathway. */
void
pd_window_paste_text (PdWindow   *self,
                      const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;

  if (text == NULL)
    {
      pd_window_toast (self, _("The clipboard holds no steps to paste"));
      return;
    }
  added = pd_edit_paste (self->document, text, strlen (text), PASTE_OFFSET, PASTE_OFFSET, &error);
  if (added == NULL)
    {
      /* Words copied from elsewhere are not steps: say so plainly. */
      pd_window_toast (self, _("The clipboard holds no steps to paste"));
      g_debug ("%s", error->message);
      return;
    }
  select_ids (self, added);
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(PdWindow) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL && self->document)
    pd_window_paste_text (self, text);
}

static void
paste (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text,
                                 g_object_ref (widget));
}

static void
duplicate (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) ids = selected_ids (self);
  g_autoptr(GPtrArray) added = pd_edit_duplicate (self->document, ids, PASTE_OFFSET,
                                                  PASTE_OFFSET);

  if (added->len)
    select_ids (self, added);
}

static void
rename_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (selection_of (self), self->document);

  if (nodes->len)
    pd_canvas_rename (self->canvas, pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1)));
}

/* A step of the kind named by the parameter: after the one selected step
 * (joined to it, as a workshop adds the next step), else in the middle of
 * the view. Its title is then open for typing. */
static void
add_step (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (selection_of (self), self->document);
  double grid = pd_canvas_get_grid (self->canvas);
  PdNode *after = nodes->len == 1 ? g_ptr_array_index (nodes, 0) : NULL;
  PdNode *node;
  int kind;
  double x, y;

  if (!pd_enum_from_string (PD_TYPE_NODE_KIND, g_variant_get_string (parameter, NULL), &kind))
    kind = PD_NODE_KIND_INTERVENTION;
  if (after)
    {
      /* To its right, level with it, or lower down where that is taken. */
      x = pd_view_snap (pd_node_get_x (after) + pd_node_get_width (after) + STEP_GAP, grid);
      y = pd_node_get_y (after) + (pd_node_get_height (after) - PD_NODE_DEFAULT_HEIGHT) / 2;
      pd_edit_find_room (self->document, &x, &y, PD_NODE_DEFAULT_WIDTH, PD_NODE_DEFAULT_HEIGHT);
      pd_document_begin (self->document, _("Add Step"));
      node = pd_edit_add_node (self->document, kind, pd_node_get_agency_id (after),
                               x + PD_NODE_DEFAULT_WIDTH / 2, y + PD_NODE_DEFAULT_HEIGHT / 2);
      pd_edit_connect (self->document, after, node);
      pd_document_end (self->document);
    }
  else
    {
      pd_canvas_get_center (self->canvas, &x, &y);
      node = pd_edit_add_node (self->document, kind, NULL,
                               pd_view_snap (x - PD_NODE_DEFAULT_WIDTH / 2, grid)
                               + PD_NODE_DEFAULT_WIDTH / 2,
                               pd_view_snap (y - PD_NODE_DEFAULT_HEIGHT / 2, grid)
                               + PD_NODE_DEFAULT_HEIGHT / 2);
    }
  pd_selection_select (selection_of (self), pd_node_get_id (node), PD_SELECT_REPLACE);
  pd_canvas_rename (self->canvas, pd_node_get_id (node));
}

static void
connect_to (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (selection_of (self), self->document);

  if (nodes->len)
    pd_connect_dialog_present (GTK_WINDOW (self), self->document,
                               pd_node_get_id (g_ptr_array_index (nodes, nodes->len - 1)));
}

static void
align (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  static const char *names[] = { "left", "center", "right", "top", "middle", "bottom" };
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (selection_of (self), self->document);
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      pd_edit_align (self->document, nodes, (PdAlignTo) i);
}

static void
distribute (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (selection_of (self), self->document);

  pd_edit_distribute (self->document, nodes,
                      g_str_equal (g_variant_get_string (parameter, NULL), "horizontal"));
}

static void
tidy_selection (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GPtrArray) ids = selected_ids (self);
  PdLayoutOptions options;

  pd_window_get_tidy_options (self, &options);
  pd_layout_apply_to (self->document, &options, ids);
}

static void
snap_changed (GSimpleAction *action,
              GVariant      *state,
              gpointer       data)
{
  PdWindow *self = data;

  g_simple_action_set_state (action, state);
  pd_canvas_set_grid (self->canvas, g_variant_get_boolean (state) ? 10 : 0);
}

static void
update_edit_actions (PdWindow *self)
{
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (selection_of (self), self->document);
  gboolean any = pd_selection_get_length (selection_of (self)) > 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.delete", any);
  gtk_widget_action_set_enabled (widget, "win.copy", nodes->len > 0);
  gtk_widget_action_set_enabled (widget, "win.cut", nodes->len > 0);
  gtk_widget_action_set_enabled (widget, "win.duplicate", nodes->len > 0);
  gtk_widget_action_set_enabled (widget, "win.rename", nodes->len > 0);
  gtk_widget_action_set_enabled (widget, "win.connect-to", nodes->len > 0);
  gtk_widget_action_set_enabled (widget, "win.align", nodes->len > 1);
  gtk_widget_action_set_enabled (widget, "win.distribute", nodes->len > 2);
  gtk_widget_action_set_enabled (widget, "win.tidy-selection", nodes->len > 1);
}

void
pd_window_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.select-all", NULL, select_all);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, copy);
  gtk_widget_class_install_action (widget_class, "win.cut", NULL, cut);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "win.add-step", "s", add_step);
  gtk_widget_class_install_action (widget_class, "win.connect-to", NULL, connect_to);
  gtk_widget_class_install_action (widget_class, "win.align", "s", align);
  gtk_widget_class_install_action (widget_class, "win.tidy-selection", NULL, tidy_selection);
  gtk_widget_class_install_action (widget_class, "win.distribute", "s", distribute);
}

/* A palette button can also be dragged onto the canvas: it carries
 * "pathway-kind:NICK". */
static GdkContentProvider *
on_palette_drag_prepare (GtkDragSource *source,
                         double         x,
                         double         y,
                         const char    *nick)
{
  g_autofree char *text = g_strconcat (PD_CANVAS_KIND_PREFIX, nick, NULL);

  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
fill_palette (PdWindow *self)
{
  for (int kind = 0; kind < PD_N_NODE_KINDS; kind++)
    {
      const char *nick = pd_enum_to_string (PD_TYPE_NODE_KIND, kind);
      GtkWidget *button = gtk_button_new_with_label (pd_node_kind_get_label (kind));
      GtkDragSource *source = gtk_drag_source_new ();

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Add a step of this kind, or drag it onto the "
                                             "diagram"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.add-step");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", nick);
      gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
      g_signal_connect (source, "prepare", G_CALLBACK (on_palette_drag_prepare), (gpointer) nick);
      gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (source));
      pd_wrap_box_append (self->palette, button);
    }
}

void
pd_window_init_edit (PdWindow *self)
{
  static const GActionEntry entries[] = {
    { "snap", NULL, NULL, "true", snap_changed },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  fill_palette (self);
  g_signal_connect_object (selection_of (self), "changed", G_CALLBACK (update_edit_actions), self,
                           G_CONNECT_SWAPPED);
}

void
pd_window_update_edit_actions (PdWindow *self)
{
  update_edit_actions (self);
}
