/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-canvas-private.h"
#include "pd-comment.h"
#include "pd-painter.h"

/* Room to grow to the right and down: where the next steps go. */
#define EXTENT_ROOM 240.0
/* Margin of Zoom to Fit, in pixels. */
#define FIT_MARGIN 24.0
/* Below this many pixels, the diagram at the current zoom is kept as an
 * image: drawing it again is a copy, where replaying the drawing of
 * thousands of steps at each frame is not. */
#define MAX_RASTER_PIXELS (2560.0 * 1600.0)
/* Larger, it is kept in tiles of this many pixels a side, at most so many
 * (64 MiB) at a time. */
#define TILE_PIXELS 512
#define MAX_TILES 64
/* Handles are drawn this many pixels across, whatever the zoom. */
#define HANDLE_PIXELS 6.0

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (PdCanvas, pd_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* The accent of selections and handles: GNOME's blue. */
static const GdkRGBA accent = { 0.208, 0.518, 0.894, 1.0 };

static void on_adjustment_changed (PdCanvas *self);

static void
layer_clear_tiles (PdLayer *layer)
{
  g_clear_pointer (&layer->tiles, g_hash_table_unref);
  g_clear_pointer (&layer->scaled, gsk_render_node_unref);
}

static void
layer_clear (PdLayer *layer)
{
  g_clear_pointer (&layer->node, gsk_render_node_unref);
  g_clear_object (&layer->raster);
  layer_clear_tiles (layer);
}

static void
invalidate (PdCanvas *self)
{
  /* While steps are dragged only they are drawn again. */
  if (self->moving)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  g_clear_pointer (&self->scene, pd_scene_free);
  layer_clear (&self->diagram);
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

      self->scene = pd_scene_new_from_document (self->document);
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

/* @scene as a render node in document coordinates, without the groups of
 * the objects in @skip (or all of it). */
static GskRenderNode *
record (PdScene    *scene,
        GHashTable *skip,
        gboolean    paper)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (scene->bounds.x, scene->bounds.y,
                                               scene->bounds.width, scene->bounds.height);
  GtkSnapshot *inner = gtk_snapshot_new ();
  cairo_t *cr = gtk_snapshot_append_cairo (inner, &bounds);

  if (paper)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  pd_painter_draw_except (scene, cr, skip);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (inner);
}

static void
append_outline (GtkSnapshot  *snapshot,
                const PdRect *rect,
                double        width,
                const GdkRGBA *colour)
{
  GskRoundedRect outline;
  GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };
  float widths[4] = { width, width, width, width };

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (rect->x, rect->y, rect->width,
                                                                  rect->height), 0);
  gtk_snapshot_append_border (snapshot, &outline, widths, colours);
}

static void
append_handle (GtkSnapshot *snapshot,
               double       x,
               double       y,
               double       radius)
{
  GskRoundedRect dot;
  GdkRGBA white = { 1, 1, 1, 1 };
  GdkRGBA colours[4] = { accent, accent, accent, accent };
  float widths[4] = { radius / 3, radius / 3, radius / 3, radius / 3 };

  gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                              2 * radius, 2 * radius), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &dot);
  gtk_snapshot_append_color (snapshot, &white, &dot.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &dot, widths, colours);
}

/* A numbered speech badge on the top right corner of each step with open
 * comments, drawn in pixels whatever the zoom. */
static void
append_comment_badges (PdCanvas    *self,
                       GtkSnapshot *snapshot)
{
  GListModel *comments = pd_document_get_comments (self->document);
  g_autoptr(GHashTable) counts = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (g_list_model_get_n_items (comments) == 0)
    return;
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);
      const char *target = pd_comment_get_target_id (comment);

      if (target && !pd_comment_get_resolved (comment))
        g_hash_table_insert (counts, (gpointer) target,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (
                               g_hash_table_lookup (counts, target)) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PdNode *node = pd_document_get_node (self->document, key);
      g_autofree char *number = g_strdup_printf ("%u", GPOINTER_TO_UINT (value));
      g_autoptr(PangoLayout) layout = NULL;
      GskRoundedRect badge;
      GdkRGBA white = { 1, 1, 1, 1 };
      int width, height, badge_width;

      if (node == NULL)
        continue;
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), number);
      pango_layout_get_pixel_size (layout, &width, &height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (
                                pd_node_get_x (node) + pd_node_get_width (node),
                                pd_node_get_y (node)));
      gtk_snapshot_scale (snapshot, 1 / self->view.zoom, 1 / self->view.zoom);
      badge_width = MAX (width + 8, height + 2);
      gsk_rounded_rect_init_from_rect (&badge, &GRAPHENE_RECT_INIT (-badge_width / 2.0,
                                                                   -(height + 2) / 2.0,
                                                                   badge_width, height + 2),
                                       (height + 2) / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &badge);
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.75, 0.11, 0.16, 1 }, &badge.bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-width / 2.0, -height / 2.0));
      gtk_snapshot_append_layout (snapshot, layout, &white);
      gtk_snapshot_restore (snapshot);
    }
}

/* Selection outlines and handles, the rubber band and the line being
 * connected: drawn every frame over the cached diagram, in document
 * coordinates, with widths kept in pixels. */
static void
snapshot_overlay (PdCanvas    *self,
                  GtkSnapshot *snapshot)
{
  double px = 1 / self->view.zoom;
  double radius = pd_canvas_handle_radius (self);
  g_autoptr(GPtrArray) nodes = pd_selection_get_nodes (self->selection, self->document);
  g_autoptr(GPtrArray) edges = pd_selection_get_edges (self->selection, self->document);

  append_comment_badges (self, snapshot);
  for (guint i = 0; i < edges->len; i++)
    {
      PdGroup *group = pd_scene_find_group (self->scene,
                                            pd_edge_get_id (g_ptr_array_index (edges, i)));

      if (group == NULL)
        continue;
      /* The line itself, traced in the accent colour. */
      {
        cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (
                                                   group->bounds.x - 8 * px,
                                                   group->bounds.y - 8 * px,
                                                   group->bounds.width + 16 * px,
                                                   group->bounds.height + 16 * px));
        const PdShape *line = g_ptr_array_index (group->shapes, 0);

        if (line->type == PD_SHAPE_PATH)
          {
            for (guint k = 0; k < line->path->segments->len; k++)
              {
                const PdPathSegment *seg = &g_array_index (line->path->segments, PdPathSegment, k);
                const double *q = seg->points;

                if (seg->op == PD_PATH_MOVE_TO)
                  cairo_move_to (cr, q[0], q[1]);
                else if (seg->op == PD_PATH_LINE_TO)
                  cairo_line_to (cr, q[0], q[1]);
                else if (seg->op == PD_PATH_CURVE_TO)
                  cairo_curve_to (cr, q[0], q[1], q[2], q[3], q[4], q[5]);
                else
                  cairo_close_path (cr);
              }
            gdk_cairo_set_source_rgba (cr, &(GdkRGBA) { accent.red, accent.green, accent.blue,
                                                        0.6 });
            cairo_set_line_width (cr, 5 * px);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
            cairo_stroke (cr);
          }
        cairo_destroy (cr);
      }
      /* Its ends can be dragged to other steps. */
      append_handle (snapshot, group->ends[0], group->ends[1], radius);
      append_handle (snapshot, group->ends[2], group->ends[3], radius);
    }
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      PdRect box = { pd_node_get_x (node) - 4 * px, pd_node_get_y (node) - 4 * px,
                     pd_node_get_width (node) + 8 * px, pd_node_get_height (node) + 8 * px };
      double hx, hy;

      append_outline (snapshot, &box, 2 * px, &accent);
      pd_hit_handle_position (node, PD_HANDLE_CONNECT, &hx, &hy);
      append_handle (snapshot, hx, hy, radius);
      pd_hit_handle_position (node, PD_HANDLE_RESIZE, &hx, &hy);
      append_handle (snapshot, hx, hy, radius);
    }

  if (self->drag == DRAG_RUBBER_BAND)
    {
      PdRect band = { MIN (self->drag_x, self->pointer_x), MIN (self->drag_y, self->pointer_y),
                      fabs (self->pointer_x - self->drag_x),
                      fabs (self->pointer_y - self->drag_y) };
      GdkRGBA fill = accent;

      fill.alpha = 0.15;
      gtk_snapshot_append_color (snapshot, &fill,
                                 &GRAPHENE_RECT_INIT (band.x, band.y, band.width, band.height));
      append_outline (snapshot, &band, px, &accent);
    }
  else if ((self->drag == DRAG_CONNECT || self->drag == DRAG_RECONNECT) && self->drag_node)
    {
      PdNode *from = pd_document_get_node (self->document, self->drag_node);
      PdGroup *edge = pd_scene_find_group (self->scene, self->drag_node);
      PdNode *target = pd_hit_node (self->document, self->pointer_x, self->pointer_y);
      cairo_t *cr;
      double hx, hy;

      if (self->drag == DRAG_CONNECT && from)
        pd_hit_handle_position (from, PD_HANDLE_CONNECT, &hx, &hy);
      else if (self->drag == DRAG_RECONNECT && edge)
        {
          /* From the end that stays. */
          hx = edge->ends[self->drag_end == 0 ? 2 : 0];
          hy = edge->ends[self->drag_end == 0 ? 3 : 1];
        }
      else
        return;
      if (target && target != from)
        {
          PdRect box = { pd_node_get_x (target) - 4 * px, pd_node_get_y (target) - 4 * px,
                         pd_node_get_width (target) + 8 * px,
                         pd_node_get_height (target) + 8 * px };
          append_outline (snapshot, &box, 3 * px, &accent);
        }
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (
                                        MIN (hx, self->pointer_x) - 10 * px,
                                        MIN (hy, self->pointer_y) - 10 * px,
                                        fabs (self->pointer_x - hx) + 20 * px,
                                        fabs (self->pointer_y - hy) + 20 * px));
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, 2 * px);
      cairo_set_dash (cr, (double[]) { 6 * px, 4 * px }, 2, 0);
      cairo_move_to (cr, hx, hy);
      cairo_line_to (cr, self->pointer_x, self->pointer_y);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

/* The tiles of @layer that the view shows, made as needed. The grid
 * starts at the view's origin, so that tiles meet on whole pixels. */
static void
append_tiles (PdCanvas    *self,
              GtkSnapshot *snapshot,
              PdLayer     *layer,
              GskRenderer *renderer,
              double       scale)
{
  double size = TILE_PIXELS / scale;   /* a tile's side in the document */
  double x0, y0, x1, y1;
  int c0, r0, c1, r1;

  if (layer->tiles == NULL || layer->tiles_scale != scale || layer->tiles_x != self->view.origin_x
      || layer->tiles_y != self->view.origin_y)
    {
      GskTransform *transform = gsk_transform_scale (NULL, scale, scale);

      layer_clear_tiles (layer);
      layer->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
      layer->scaled = transform ? gsk_transform_node_new (layer->node, transform)
                                : gsk_render_node_ref (layer->node);
      g_clear_pointer (&transform, gsk_transform_unref);
      layer->tiles_scale = scale;
      layer->tiles_x = self->view.origin_x;
      layer->tiles_y = self->view.origin_y;
    }
  pd_view_to_document (&self->view, 0, 0, &x0, &y0);
  pd_view_to_document (&self->view, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), &x1, &y1);
  c0 = (int) floor ((x0 - layer->tiles_x) / size);
  r0 = (int) floor ((y0 - layer->tiles_y) / size);
  c1 = (int) floor ((x1 - layer->tiles_x) / size);
  r1 = (int) floor ((y1 - layer->tiles_y) / size);
  if (g_hash_table_size (layer->tiles) + (guint) ((c1 - c0 + 1) * (r1 - r0 + 1)) > MAX_TILES)
    g_hash_table_remove_all (layer->tiles);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        gint64 key = ((gint64) c << 32) | (guint32) r;
        GdkTexture *tile = g_hash_table_lookup (layer->tiles, &key);

        if (tile == NULL)
          {
            graphene_rect_t pixels = GRAPHENE_RECT_INIT (layer->tiles_x * scale + c * TILE_PIXELS,
                                                         layer->tiles_y * scale + r * TILE_PIXELS,
                                                         TILE_PIXELS, TILE_PIXELS);

            tile = gsk_renderer_render_texture (renderer, layer->scaled, &pixels);
            g_hash_table_insert (layer->tiles, g_memdup2 (&key, sizeof key), tile);
          }
        gtk_snapshot_append_texture (snapshot, tile,
                                     &GRAPHENE_RECT_INIT (layer->tiles_x + c * size,
                                                          layer->tiles_y + r * size, size, size));
      }
}

/* @layer's drawing, or an image of it at this zoom when that is small:
 * zoomed out, a large pathway redraws as one image. */
static void
append_layer (PdCanvas      *self,
              GtkSnapshot   *snapshot,
              PdLayer       *layer,
              const PdRect  *extent)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native ? gtk_native_get_renderer (native) : NULL;
  double scale = self->view.zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (extent->x, extent->y, extent->width,
                                               extent->height);

  if (renderer == NULL)
    {
      gtk_snapshot_append_node (snapshot, layer->node);
      return;
    }
  if (extent->width * extent->height * scale * scale > MAX_RASTER_PIXELS)
    {
      g_clear_object (&layer->raster);
      append_tiles (self, snapshot, layer, renderer, scale);
      return;
    }
  layer_clear_tiles (layer);
  if (layer->raster == NULL || layer->raster_scale != scale)
    {
      /* The identity is no transform at all (NULL). */
      GskTransform *transform = gsk_transform_scale (NULL, scale, scale);
      GskRenderNode *scaled = transform ? gsk_transform_node_new (layer->node, transform)
                                        : gsk_render_node_ref (layer->node);
      graphene_rect_t pixels;

      graphene_rect_scale (&bounds, scale, scale, &pixels);
      graphene_rect_round_extents (&pixels, &pixels);
      g_clear_object (&layer->raster);
      layer->raster = gsk_renderer_render_texture (renderer, scaled, &pixels);
      layer->raster_scale = scale;
      layer->raster_x = pixels.origin.x / scale;
      layer->raster_y = pixels.origin.y / scale;
      gsk_render_node_unref (scaled);
      g_clear_pointer (&transform, gsk_transform_unref);
    }
  gtk_snapshot_append_texture (snapshot, layer->raster,
                               &GRAPHENE_RECT_INIT (layer->raster_x, layer->raster_y,
                                                    gdk_texture_get_width (layer->raster) / scale,
                                                    gdk_texture_get_height (layer->raster) / scale));
}

/* The diagram; while steps are dragged, the rest once and them anew. */
static void
append_diagram (PdCanvas    *self,
                GtkSnapshot *snapshot,
                PdScene     *scene)
{
  if (self->moving == NULL)
    {
      if (self->diagram.node == NULL)
        self->diagram.node = record (scene, NULL, TRUE);
      append_layer (self, snapshot, &self->diagram, &scene->bounds);
      return;
    }
  {
    g_autoptr(PdScene) moving = pd_scene_new_partial (self->document, self->moving);
    GskRenderNode *node;

    append_layer (self, snapshot, &self->still, &scene->bounds);
    if (moving->groups->len == 0)
      return;
    node = record (moving, NULL, FALSE);
    gtk_snapshot_append_node (snapshot, node);
    gsk_render_node_unref (node);
  }
}

void
pd_canvas_set_moving (PdCanvas   *self,
                      GHashTable *node_ids)
{
  layer_clear (&self->still);
  g_clear_pointer (&self->moving, g_hash_table_unref);
  if (node_ids && self->scene && self->document)
    {
      /* The steps and the transitions that touch them are left out. */
      g_autoptr(GHashTable) skip = g_hash_table_new (g_str_hash, g_str_equal);
      GListModel *edges = pd_document_get_edges (self->document);
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, node_ids);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_hash_table_add (skip, id);
      for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
        {
          g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);

          if (g_hash_table_contains (node_ids, pd_edge_get_from_id (edge))
              || g_hash_table_contains (node_ids, pd_edge_get_to_id (edge)))
            g_hash_table_add (skip, (gpointer) g_intern_string (pd_edge_get_id (edge)));
        }
      self->still.node = record (self->scene, skip, TRUE);
      self->moving = g_hash_table_ref (node_ids);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  invalidate (self);
}

static void
pd_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  PdCanvas *self = PD_CANVAS (widget);
  PdScene *scene = pd_canvas_get_scene (self);
  GdkRGBA desk = { 0.94, 0.94, 0.93, 1 };
  GdkRGBA paper = { 1, 1, 1, 1 };

  gtk_snapshot_append_color (snapshot, &desk,
                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                  gtk_widget_get_height (widget)));
  if (scene == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-self->view.scroll_x,
                                                          -self->view.scroll_y));
  gtk_snapshot_scale (snapshot, self->view.zoom, self->view.zoom);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-self->view.origin_x,
                                                          -self->view.origin_y));
  gtk_snapshot_append_color (snapshot, &paper,
                             &GRAPHENE_RECT_INIT (self->extent.x, self->extent.y,
                                                  self->extent.width, self->extent.height));
  append_diagram (self, snapshot, scene);
  snapshot_overlay (self, snapshot);
  gtk_snapshot_restore (snapshot);
  if (self->rename_entry)
    gtk_widget_snapshot_child (widget, self->rename_entry, snapshot);
}

/* An image made by one renderer is not for the next one. */
static void
pd_canvas_unrealize (GtkWidget *widget)
{
  g_clear_object (&PD_CANVAS (widget)->diagram.raster);
  g_clear_object (&PD_CANVAS (widget)->still.raster);
  GTK_WIDGET_CLASS (pd_canvas_parent_class)->unrealize (widget);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_canvas_dispose (GObject *object)
{
  PdCanvas *self = PD_CANVAS (object);

  pd_canvas_dispose_input (self);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->moving, g_hash_table_unref);
  layer_clear (&self->still);
  g_clear_pointer (&self->scene, pd_scene_free);
  layer_clear (&self->diagram);
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

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "pathway-canvas");
  pd_canvas_class_init_input (widget_class);
}

static void
on_selection_changed (PdCanvas *self)
{
  pd_canvas_invalidate_overlay (self);
}

static void
pd_canvas_init (PdCanvas *self)
{
  self->view.zoom = 1.0;
  self->grid = 10;
  self->new_kind = PD_NODE_KIND_INTERVENTION;
  self->selection = pd_selection_new ();
  g_signal_connect_object (self->selection, "changed", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  pd_canvas_init_input (self);
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
  invalidate (self);
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
      g_signal_connect_object (item, "notify", G_CALLBACK (on_object_notify), self,
                               G_CONNECT_SWAPPED);
    }
  if (removed)
    pd_selection_prune (self->selection, self->document);
  invalidate (self);
}

static void
watch (PdCanvas   *self,
       GListModel *list)
{
  g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changed), self, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_signal_connect_object (item, "notify", G_CALLBACK (on_object_notify), self,
                               G_CONNECT_SWAPPED);
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
  invalidate (self);
}

PdDocument *
pd_canvas_get_document (PdCanvas *self)
{
  g_return_val_if_fail (PD_IS_CANVAS (self), NULL);
  return self->document;
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

void
pd_canvas_set_zoom (PdCanvas *self,
                    double    zoom)
{
  g_return_if_fail (PD_IS_CANVAS (self));

  pd_view_zoom_at (&self->view, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                   gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
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
pd_canvas_set_new_kind (PdCanvas  *self,
                        PdNodeKind kind)
{
  g_return_if_fail (PD_IS_CANVAS (self));
  self->new_kind = kind;
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
