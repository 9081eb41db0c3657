/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include <adwaita.h>
#include "pd-canvas-private.h"

/* Room to grow to the right and down: where the next steps go. */
#define EXTENT_ROOM 240.0
/* Margin of Zoom to Fit, in pixels. */
#define FIT_MARGIN 24.0
/* Handles are drawn this many pixels across, whatever the zoom. */
#define HANDLE_PIXELS 6.0

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  PROP_ZOOM,
  PROP_FLOW_PROBLEM,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (PdCanvas, pd_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static void on_adjustment_changed (PdCanvas *self);

void
pd_canvas_invalidate (PdCanvas *self)
{
  /* While steps are dragged only they are drawn again. */
  if (self->moving)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  pd_canvas_describe_later (self);
  g_clear_pointer (&self->scene, pd_scene_free);
  pd_canvas_update_flow (self);
  pd_layer_clear (&self->diagram);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pd_canvas_invalidate_overlay (PdCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Grows the extent to the scene's bounds; when it grows up or left, the
 * scroll position follows so that nothing moves on screen. */
static void
update_extent (PdCanvas *self)
{
  PdRect wanted = self->scene->bounds;
  PdRect grown;

  wanted.width += EXTENT_ROOM;
  wanted.height += EXTENT_ROOM;
  grown = self->extent;
  if (pd_rect_is_empty (&grown))
    grown = wanted;
  else
    pd_rect_union (&grown, &wanted);
  if (grown.x != self->extent.x || grown.y != self->extent.y)
    {
      self->view.scroll_x += (self->extent.x - grown.x) * self->view.zoom;
      self->view.scroll_y += (self->extent.y - grown.y) * self->view.zoom;
    }
  self->extent = grown;
  self->view.origin_x = grown.x;
  self->view.origin_y = grown.y;
}

PdScene *
pd_canvas_get_scene (PdCanvas *self)
{
  if (self->scene == NULL && self->document != NULL)
    {
      gboolean was_empty = pd_rect_is_empty (&self->extent);

      self->scene = pd_scene_new_with_options (self->document, &self->scene_options);
      update_extent (self);
      if (was_empty)
        self->view.scroll_x = self->view.scroll_y = 0;
    }
  return self->scene;
}

/* The view's size and the extent's, in pixels, one way. */
static void
sizes (PdCanvas      *self,
       GtkOrientation orientation,
       double        *view,
       double        *content)
{
  gboolean across = orientation == GTK_ORIENTATION_HORIZONTAL;

  *view = across ? gtk_widget_get_width (GTK_WIDGET (self))
                 : gtk_widget_get_height (GTK_WIDGET (self));
  *content = (across ? self->extent.width : self->extent.height) * self->view.zoom;
}

static void
configure (PdCanvas      *self,
           GtkAdjustment *adjustment,
           GtkOrientation orientation,
           double         value)
{
  double size, content, upper;

  sizes (self, orientation, &size, &content);
  /* Room for the view where it is, even past the diagram: when the
   * diagram grows up or left, the view moves with it and nothing jumps. */
  value = MAX (value, 0);
  upper = MAX (content, value + size);
  gtk_adjustment_configure (adjustment, value, 0, upper, size * 0.1, size * 0.9, size);
}

/* The view follows the adjustments (scrollbars, scrolling). A small
 * diagram is not centred: steps added while it grows must not move under
 * the pointer. */
static void
read_adjustments (PdCanvas *self)
{
  /* Whole pixels, so that images of the diagram meet without seams. */
  self->view.scroll_x = round (gtk_adjustment_get_value (self->hadjustment));
  self->view.scroll_y = round (gtk_adjustment_get_value (self->vadjustment));
}

/* Sets the adjustments' values (clamped) and the view from them. */
static void
apply_scroll (PdCanvas *self,
              double    value_x,
              double    value_y)
{
  g_signal_handlers_block_by_func (self->hadjustment, G_CALLBACK (on_adjustment_changed), self);
  g_signal_handlers_block_by_func (self->vadjustment, G_CALLBACK (on_adjustment_changed), self);
  configure (self, self->hadjustment, GTK_ORIENTATION_HORIZONTAL, value_x);
  configure (self, self->vadjustment, GTK_ORIENTATION_VERTICAL, value_y);
  g_signal_handlers_unblock_by_func (self->hadjustment, G_CALLBACK (on_adjustment_changed), self);
  g_signal_handlers_unblock_by_func (self->vadjustment, G_CALLBACK (on_adjustment_changed), self);
  read_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* Every change of zoom (keys, Ctrl+scroll, pinch, fit) ends here. */
  if (self->view.zoom != self->notified_zoom)
    {
      self->notified_zoom = self->view.zoom;
      g_object_notify (G_OBJECT (self), "zoom");
    }
}

/* After a change of size, zoom or extent: the view keeps its scroll
 * position as far as the new bounds allow. */
void
pd_canvas_update_view (PdCanvas *self)
{
  pd_canvas_get_scene (self);
  apply_scroll (self, self->view.scroll_x, self->view.scroll_y);
}

/* Scrolls to the adjustments' values @value_x, @value_y. */
void
pd_canvas_scroll_to (PdCanvas *self,
                     double    value_x,
                     double    value_y)
{
  pd_canvas_get_scene (self);
  apply_scroll (self, value_x, value_y);
}

void
pd_canvas_to_document (PdCanvas *self,
                       double    widget_x,
                       double    widget_y,
                       double   *x,
                       double   *y)
{
  pd_view_to_document (&self->view, widget_x, widget_y, x, y);
}

double
pd_canvas_handle_radius (PdCanvas *self)
{
  return HANDLE_PIXELS / self->view.zoom;
}

/* The title editor covers the step's middle, at least wide enough to type. */
static void
allocate_rename_entry (PdCanvas *self)
{
  PdNode *node;
  double x0, y0, x1, y1;
  int min_height, width;

  if (self->rename_entry == NULL)
    return;
  node = pd_document_get_node (self->document, self->rename_id);
  if (node == NULL)
    return;
  pd_view_to_view (&self->view, pd_node_get_x (node), pd_node_get_y (node), &x0, &y0);
  pd_view_to_view (&self->view, pd_node_get_x (node) + pd_node_get_width (node),
                   pd_node_get_y (node) + pd_node_get_height (node), &x1, &y1);
  gtk_widget_measure (self->rename_entry, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL,
                      NULL);
  width = (int) MAX (x1 - x0, 200);
  gtk_widget_size_allocate (self->rename_entry,
                            &(GtkAllocation) { (int) ((x0 + x1) / 2 - width / 2.0),
                                               (int) ((y0 + y1) / 2 - min_height / 2.0),
                                               width, min_height }, -1);
}

static void
pd_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  PdCanvas *self = PD_CANVAS (widget);

  pd_canvas_update_view (self);
  allocate_rename_entry (self);
}

/* An image made by one renderer is not for the next one. */
static void
pd_canvas_unrealize (GtkWidget *widget)
{
  g_clear_object (&PD_CANVAS (widget)->diagram.raster);
  g_clear_object (&PD_CANVAS (widget)->still.raster);
  GTK_WIDGET_CLASS (pd_canvas_parent_class)->unrealize (widget);
}

/* The focus ring comes and goes with the keyboard focus. */
static void
pd_canvas_state_flags_changed (GtkWidget    *widget,
                               GtkStateFlags previous)
{
  GtkStateFlags flags = gtk_widget_get_state_flags (widget);

  if (!(flags & GTK_STATE_FLAG_FOCUSED))
    PD_CANVAS (widget)->keys_used = FALSE;
  if ((previous ^ flags) & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
  if (GTK_WIDGET_CLASS (pd_canvas_parent_class)->state_flags_changed)
    GTK_WIDGET_CLASS (pd_canvas_parent_class)->state_flags_changed (widget, previous);
}

static void
pd_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  PdCanvas *self = PD_CANVAS (widget);
  PdScene *scene = pd_canvas_get_scene (self);

  *minimum = 0;
  *natural = 0;
  if (scene)
    *natural = (int) ceil ((orientation == GTK_ORIENTATION_HORIZONTAL
                            ? scene->bounds.width : scene->bounds.height) * self->view.zoom);
}

static void
on_adjustment_changed (PdCanvas *self)
{
  read_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PdCanvas       *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot)
    g_signal_handlers_disconnect_by_data (*slot, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
pd_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdCanvas *self = PD_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    case PROP_ZOOM:
      pd_canvas_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdCanvas *self = PD_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->view.zoom);
      break;
    case PROP_FLOW_PROBLEM:
      g_value_set_string (value, self->flow_problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_canvas_dispose (GObject *object)
{
  PdCanvas *self = PD_CANVAS (object);

  pd_canvas_dispose_input (self);
  pd_canvas_dispose_describe (self);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->moving, g_hash_table_unref);
  pd_layer_clear (&self->still);
  pd_canvas_dispose_flow (self);
  pd_canvas_dispose_compare (self);
  pd_layer_clear (&self->diagram);
  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (pd_canvas_parent_class)->dispose (object);
}

static void
pd_canvas_class_init (PdCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_canvas_dispose;
  object_class->set_property = pd_canvas_set_property;
  object_class->get_property = pd_canvas_get_property;
  widget_class->snapshot = pd_canvas_snapshot;
  widget_class->measure = pd_canvas_measure;
  widget_class->size_allocate = pd_canvas_size_allocate;
  widget_class->unrealize = pd_canvas_unrealize;
  widget_class->state_flags_changed = pd_canvas_state_flags_changed;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");
  g_object_class_install_property (object_class, PROP_ZOOM,
    g_param_spec_double ("zoom", NULL, NULL, 0, G_MAXDOUBLE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, PROP_FLOW_PROBLEM,
    g_param_spec_string ("flow-problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "pathway-canvas");
  pd_canvas_class_init_input (widget_class);
}

static void
on_selection_changed (PdCanvas *self)
{
  pd_canvas_clear_notice (self);
  pd_canvas_invalidate_overlay (self);
  pd_canvas_describe_later (self);
}

/* The system's high contrast: black, heavier lines and no pale tints on
 * the canvas (the exports keep the published colours). */
static void
on_high_contrast (PdCanvas        *self,
                  GParamSpec      *pspec,
                  AdwStyleManager *style)
{
  pd_canvas_set_high_contrast (self, adw_style_manager_get_high_contrast (style));
}

static void
pd_canvas_init (PdCanvas *self)
{
  self->view.zoom = 1.0;
  self->notified_zoom = 1.0;
  self->grid = 10;
  /* The designer is where a library is at hand. */
  self->scene_options.shared_services = TRUE;
  self->selection = pd_selection_new ();
  g_signal_connect_object (self->selection, "changed", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  pd_canvas_init_input (self);
  if (adw_is_initialized ())
    {
      AdwStyleManager *style = adw_style_manager_get_default ();

      g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (on_high_contrast),
                               self, G_CONNECT_SWAPPED);
      on_high_contrast (self, NULL, style);
    }
}

GtkWidget *
pd_canvas_new (void)
{
  return g_object_new (PD_TYPE_CANVAS, NULL);
}

/* Any property of any object: the scene is rebuilt on the next frame. */
static void
on_object_notify (PdCanvas *self)
{
  pd_canvas_invalidate (self);
}

/* One handler an object however often it comes back: undoing and redoing
 * a delete puts the same object in its list again. */
static void
watch_item (PdCanvas *self,
            GObject  *item)
{
  g_signal_handlers_disconnect_by_func (item, on_object_notify, self);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_object_notify), self,
                           G_CONNECT_SWAPPED);
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  PdCanvas   *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      watch_item (self, item);
    }
  if (removed)
    pd_selection_prune (self->selection, self->document);
  pd_canvas_invalidate (self);
}

static void
watch (PdCanvas   *self,
       GListModel *list)
{
  g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changed), self, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      watch_item (self, item);
    }
}

static void
unwatch (PdCanvas   *self,
         GListModel *list)
{
  g_signal_handlers_disconnect_by_data (list, self);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_signal_handlers_disconnect_by_data (item, self);
    }
}

void
pd_canvas_set_document (PdCanvas   *self,
                        PdDocument *document)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  if (self->document == document)
    return;
  if (self->document)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (pd_document_get_history (self->document), self);
      unwatch (self, pd_document_get_nodes (self->document));
      unwatch (self, pd_document_get_edges (self->document));
      unwatch (self, pd_document_get_agencies (self->document));
    }
  g_set_object (&self->document, document);
  pd_selection_clear (self->selection);
  self->extent = (PdRect) { 0 };
  if (document)
    {
      g_signal_connect_object (document, "notify", G_CALLBACK (on_object_notify), self,
                               G_CONNECT_SWAPPED);
      watch (self, pd_document_get_nodes (document));
      watch (self, pd_document_get_edges (document));
      watch (self, pd_document_get_agencies (document));
      /* Comments change only the badges. */
      g_signal_connect_object (pd_document_get_history (document), "changed",
                               G_CALLBACK (pd_canvas_invalidate_overlay), self, G_CONNECT_SWAPPED);
    }
  pd_canvas_invalidate (self);
}

PdSelection *
pd_canvas_get_selection (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), NULL);
  return self->selection;
}

double
pd_canvas_get_zoom (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), 1.0);
  return self->view.zoom;
}

/* The bounds of what is selected, in the document (empty: nothing). */
static PdRect
selection_bounds (PdCanvas *self)
{
  PdRect bounds = { 0 };

  for (guint i = 0; i < pd_selection_get_length (self->selection); i++)
    {
      PdGroup *group = pd_scene_find_group (self->scene, pd_selection_get_id (self->selection, i));

      if (group)
        pd_rect_union (&bounds, &group->bounds);
    }
  return bounds;
}

void
pd_canvas_set_zoom (PdCanvas *self,
                    double    zoom)
{
  PdScene *scene;
  PdRect selected = { 0 };
  double x, y;

  g_return_if_fail (PD_IS_CANVAS (self));

  scene = pd_canvas_get_scene (self);
  if (scene)
    selected = selection_bounds (self);
  pd_view_zoom_anchor (&self->view, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), scene ? &scene->bounds : NULL,
                       &selected, &x, &y);
  pd_view_zoom_at (&self->view, zoom, x, y);
  pd_canvas_update_view (self);
}

void
pd_canvas_zoom_to_fit (PdCanvas *self)
{
  PdScene *scene;

  g_return_if_fail (PD_IS_CANVAS (self));

  scene = pd_canvas_get_scene (self);
  if (scene == NULL)
    return;
  /* The extent shrinks back to the diagram. */
  self->extent = (PdRect) { 0 };
  update_extent (self);
  self->view.zoom = pd_view_fit_zoom (&scene->bounds, gtk_widget_get_width (GTK_WIDGET (self)),
                                      gtk_widget_get_height (GTK_WIDGET (self)), FIT_MARGIN);
  pd_canvas_scroll_to (self, 0, 0);
}

void
pd_canvas_set_grid (PdCanvas *self,
                    double    grid)
{
  g_return_if_fail (PD_IS_CANVAS (self));
  self->grid = MAX (grid, 0);
}

double
pd_canvas_get_grid (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), 0);
  return self->grid;
}

void
pd_canvas_get_center (PdCanvas *self,
                      double   *x,
                      double   *y)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  pd_canvas_get_scene (self);
  pd_view_to_document (&self->view, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                       gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, x, y);
}

void
pd_canvas_reveal (PdCanvas   *self,
                  const char *id)
{
  PdScene *scene;
  PdGroup *group;
  double x0, y0, x1, y1, width, height, sx, sy;

  g_return_if_fail (PD_IS_CANVAS (self));

  scene = pd_canvas_get_scene (self);
  group = scene ? pd_scene_find_group (scene, id) : NULL;
  if (group == NULL)
    return;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  pd_view_to_view (&self->view, group->bounds.x, group->bounds.y, &x0, &y0);
  pd_view_to_view (&self->view, group->bounds.x + group->bounds.width,
                   group->bounds.y + group->bounds.height, &x1, &y1);
  sx = self->view.scroll_x;
  sy = self->view.scroll_y;
  /* Only what is cut off moves into view, with a margin; what shows
   * already stays where the user put it. */
  if (x0 < 0)
    sx += x0 - FIT_MARGIN;
  else if (x1 > width)
    sx += MIN (x1 - width + FIT_MARGIN, x0 - FIT_MARGIN);
  if (y0 < 0)
    sy += y0 - FIT_MARGIN;
  else if (y1 > height)
    sy += MIN (y1 - height + FIT_MARGIN, y0 - FIT_MARGIN);
  if (sx != self->view.scroll_x || sy != self->view.scroll_y)
    {
      self->view.scroll_x = sx;
      self->view.scroll_y = sy;
      pd_canvas_update_view (self);
    }
}

void
pd_canvas_show_large (PdCanvas   *self,
                      const char *id,
                      double      bottom_inset)
{
  PdScene *scene;
  PdGroup *group;
  double width, height, zoom, x, y;

  g_return_if_fail (PD_IS_CANVAS (self));

  scene = pd_canvas_get_scene (self);
  group = scene ? pd_scene_find_group (scene, id) : NULL;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self)) - bottom_inset;
  if (group == NULL || width <= 0 || height <= 0 || group->bounds.width <= 0)
    return;
  /* Large enough to read from the back of a room, small enough that the
   * steps around it still show. */
  zoom = MIN (width * 0.3 / group->bounds.width, height * 0.4 / group->bounds.height);
  self->view.zoom = CLAMP (zoom, 1.0, 2.0);
  pd_view_to_view (&self->view, group->bounds.x + group->bounds.width / 2,
                   group->bounds.y + group->bounds.height / 2, &x, &y);
  pd_canvas_scroll_to (self, self->view.scroll_x + x - width / 2,
                       self->view.scroll_y + y - height / 2);
}

void
pd_canvas_set_spotlight (PdCanvas *self,
                         gboolean  spotlight)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  self->spotlight = spotlight;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pd_canvas_set_details (PdCanvas *self,
                       gboolean  details)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  if (self->scene_options.details == !!details)
    return;
  self->scene_options.details = !!details;
  pd_canvas_invalidate (self);
}

void
pd_canvas_set_high_contrast (PdCanvas *self,
                             gboolean  high_contrast)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  if (self->scene_options.high_contrast == !!high_contrast)
    return;
  self->scene_options.high_contrast = !!high_contrast;
  pd_canvas_invalidate (self);
}

gboolean
pd_canvas_get_high_contrast (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), FALSE);

  return self->scene_options.high_contrast;
}

gboolean
pd_canvas_get_details (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), FALSE);

  return self->scene_options.details;
}
