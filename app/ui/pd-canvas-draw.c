/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing the canvas: the diagram kept as a render node, as an image or in
 * tiles; while steps are dragged, the rest drawn once and they anew; and
 * over it the selection, handles, rubber band and comment badges. */
#include <math.h>

#include "pd-canvas-private.h"
#include "pd-comment.h"
#include "pd-painter.h"

/* Below this many pixels, the diagram at the current zoom is kept as an
 * image: drawing it again is a copy, where replaying the drawing of
 * thousands of steps at each frame is not. */
#define MAX_RASTER_PIXELS (2560.0 * 1600.0)
/* Larger, it is kept in tiles of this many pixels a side, at most so many
 * (64 MiB) at a time. */
#define TILE_PIXELS 512
#define MAX_TILES 64
/* Pixels across the keyboard focus ring. */
#define FOCUS_RING_WIDTH 2

/* The accent of selections and handles: GNOME's blue. */
static const GdkRGBA accent = { 0.208, 0.518, 0.894, 1.0 };
/* The keyboard focus: GNOME's blue 4, at least 4:1 against the paper and
 * the desk around it. */
static const GdkRGBA focus_ring = { 0.110, 0.443, 0.847, 1.0 };
/* The step shown while presenting: GNOME's orange, apart from any agency's
 * blue. */
static const GdkRGBA spotlight = { 0.902, 0.380, 0.0, 1.0 };

static void
layer_clear_tiles (PdLayer *layer)
{
  g_clear_pointer (&layer->tiles, g_hash_table_unref);
  g_clear_pointer (&layer->scaled, gsk_render_node_unref);
}

void
pd_layer_clear (PdLayer *layer)
{
  g_clear_pointer (&layer->node, gsk_render_node_unref);
  g_clear_object (&layer->raster);
  layer_clear_tiles (layer);
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

/* A cairo drawing over the diagram, in document coordinates, for
 * @bounds; end it with end_cairo(). GTK 4.8 misplaces a cairo node
 * appended where the snapshot is both scaled and moved (it scales the
 * offset a second time; the node's clip is right), so that, zoomed out, a
 * highlight was drawn off its line and cut short. The node is made in a
 * snapshot of its own, where nothing is scaled, and appended whole, as
 * the diagram is. */
static cairo_t *
begin_cairo (GtkSnapshot   **inner,
             const PdRect   *bounds)
{
  *inner = gtk_snapshot_new ();
  return gtk_snapshot_append_cairo (*inner, &GRAPHENE_RECT_INIT (bounds->x, bounds->y,
                                                                 bounds->width, bounds->height));
}

static void
end_cairo (GtkSnapshot *snapshot,
           GtkSnapshot *inner,
           cairo_t     *cr)
{
  GskRenderNode *node;

  cairo_destroy (cr);
  node = gtk_snapshot_free_to_node (inner);
  if (node)
    {
      gtk_snapshot_append_node (snapshot, node);
      gsk_render_node_unref (node);
    }
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

/* A selected step's ring, @box being the step grown by 4 pixels: a black
 * line 1 to 2.5 pixels out, then the accent to 4.5. Whatever lies behind
 * (paper, the desk, a neighbouring step of any agency's colour), one of the
 * two meets 3:1 against it: the accent 3.8:1 on paper, black 3.3:1 on NHS
 * blue, the darkest agency colour. */
static void
append_selection_ring (GtkSnapshot  *snapshot,
                       const PdRect *box,
                       double        px)
{
  static const GdkRGBA black = { 0, 0, 0, 1 };
  PdRect inner = pd_rect_grown (box, -1.5 * px);
  PdRect outer = pd_rect_grown (box, 0.5 * px);

  append_outline (snapshot, &inner, 1.5 * px, &black);
  append_outline (snapshot, &outer, 2 * px, &accent);
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

/* The resize handle is square, apart from the round ones that connect. */
static void
append_resize_handle (GtkSnapshot *snapshot,
                      double       x,
                      double       y,
                      double       radius)
{
  GskRoundedRect square;
  GdkRGBA white = { 1, 1, 1, 1 };
  GdkRGBA colours[4] = { white, white, white, white };
  float widths[4] = { radius / 4, radius / 4, radius / 4, radius / 4 };

  radius *= 0.9;
  gsk_rounded_rect_init_from_rect (&square, &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                                 2 * radius, 2 * radius), 0);
  gtk_snapshot_append_color (snapshot, &accent, &square.bounds);
  gtk_snapshot_append_border (snapshot, &square, widths, colours);
}

/* The step that Align lines the others up with, while several are
 * selected: a second ring outside its outline and a pin over its top,
 * near the left corner, clear of the top side's connect handle. */
static void
append_reference_mark (GtkSnapshot  *snapshot,
                       const PdRect *box,
                       double        px)
{
  PdRect ring = pd_rect_grown (box, 3 * px);
  double cx = ring.x + 12 * px;
  GskRoundedRect head;

  append_outline (snapshot, &ring, px, &accent);
  gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (cx - px, ring.y - 10 * px,
                                                                     2 * px, 10 * px));
  gsk_rounded_rect_init_from_rect (&head, &GRAPHENE_RECT_INIT (cx - 5 * px, ring.y - 18 * px,
                                                               10 * px, 10 * px), 5 * px);
  gtk_snapshot_push_rounded_clip (snapshot, &head);
  gtk_snapshot_append_color (snapshot, &accent, &head.bounds);
  gtk_snapshot_pop (snapshot);
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

/* A selected transition: its line traced in the accent colour (the
 * hull of its points, not the group's bounds, holds the whole of a
 * curve), and a handle at each end, which can be dragged to other steps. */
static void
append_selected_edge (GtkSnapshot *snapshot,
                      PdGroup     *group,
                      double       px,
                      double       radius)
{
  const PdShape *line = g_ptr_array_index (group->shapes, 0);

  if (line->type == PD_SHAPE_PATH)
    {
      PdRect hull = pd_path_hull (line->path);
      GtkSnapshot *inner;
      cairo_t *cr = begin_cairo (&inner, &(PdRect) { hull.x - 8 * px, hull.y - 8 * px,
                                                     hull.width + 16 * px,
                                                     hull.height + 16 * px });

      pd_painter_trace_path (cr, line->path);
      gdk_cairo_set_source_rgba (cr, &(GdkRGBA) { accent.red, accent.green, accent.blue, 0.6 });
      cairo_set_line_width (cr, 5 * px);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
      end_cairo (snapshot, inner, cr);
    }
  append_handle (snapshot, group->ends[0], group->ends[1], radius);
  append_handle (snapshot, group->ends[2], group->ends[3], radius);
}

/* A selected step: its ring (the first of several also a reference
 * mark), a connect handle on each side and the resize handle. */
static void
append_selected_node (PdCanvas    *self,
                      GtkSnapshot *snapshot,
                      PdNode      *node,
                      gboolean     reference,
                      double       px,
                      double       radius)
{
  PdRect box = pd_hit_node_box (self->scene, node);
  double hx, hy;

  box = pd_rect_grown (&box, 4 * px);
  /* Presenting: a thick ring the back of a room can see, and no
   * handles, since nothing can be edited. */
  if (self->spotlight)
    {
      box = (PdRect) { box.x - 8 * px, box.y - 8 * px, box.width + 16 * px,
                       box.height + 16 * px };
      append_outline (snapshot, &box, 7 * px, &spotlight);
      return;
    }
  append_selection_ring (snapshot, &box, px);
  if (reference)
    append_reference_mark (snapshot, &box, px);
  for (PdHandle h = PD_HANDLE_CONNECT_TOP; h <= PD_HANDLE_CONNECT_LEFT; h++)
    {
      pd_hit_handle_position_drawn (self->scene, node, h, &hx, &hy);
      append_handle (snapshot, hx, hy, radius);
    }
  pd_hit_handle_position_drawn (self->scene, node, PD_HANDLE_RESIZE, &hx, &hy);
  append_resize_handle (snapshot, hx, hy, radius);
}

/* While a step is dragged: the lines it snapped to, thin, across both
 * steps and a little past them. */
static void
append_guides (PdCanvas    *self,
               GtkSnapshot *snapshot,
               double       px)
{
  for (guint i = 0; i < self->guides->len; i++)
    {
      const PdGuide *guide = &g_array_index (self->guides, PdGuide, i);
      double length = guide->end - guide->start + 16 * px;

      gtk_snapshot_append_color (snapshot, &accent,
                                 guide->vertical
                                 ? &GRAPHENE_RECT_INIT (guide->at - px / 2,
                                                        guide->start - 8 * px, px, length)
                                 : &GRAPHENE_RECT_INIT (guide->start - 8 * px,
                                                        guide->at - px / 2, length, px));
    }
}

static void
append_rubber_band (PdCanvas    *self,
                    GtkSnapshot *snapshot,
                    double       px)
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

/* While connecting: a dashed line from the handle (or the end of the
 * transition that stays) to the pointer, and the step that would
 * receive the transition outlined. */
static void
append_connect_line (PdCanvas    *self,
                     GtkSnapshot *snapshot,
                     double       px)
{
  PdNode *from = pd_document_get_node (self->document, self->drag_node);
  PdGroup *edge = pd_scene_find_group (self->scene, self->drag_node);
  PdNode *target = pd_canvas_get_drop_target (self);
  GtkSnapshot *inner;
  cairo_t *cr;
  double hx, hy;

  if (self->drag == DRAG_CONNECT && from)
    pd_hit_handle_position_drawn (self->scene, from, self->drag_handle, &hx, &hy);
  else if (self->drag == DRAG_RECONNECT && edge)
    {
      hx = edge->ends[self->drag_end == 0 ? 2 : 0];
      hy = edge->ends[self->drag_end == 0 ? 3 : 1];
    }
  else
    return;
  if (target)
    {
      PdRect box = pd_hit_node_box (self->scene, target);

      box = pd_rect_grown (&box, 4 * px);
      append_outline (snapshot, &box, 3 * px, &accent);
    }
  cr = begin_cairo (&inner, &(PdRect) { MIN (hx, self->pointer_x) - 10 * px,
                                        MIN (hy, self->pointer_y) - 10 * px,
                                        fabs (self->pointer_x - hx) + 20 * px,
                                        fabs (self->pointer_y - hy) + 20 * px });
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 2 * px);
  cairo_set_dash (cr, (double[]) { 6 * px, 4 * px }, 2, 0);
  cairo_move_to (cr, hx, hy);
  cairo_line_to (cr, self->pointer_x, self->pointer_y);
  cairo_stroke (cr);
  end_cairo (snapshot, inner, cr);
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

      if (group)
        append_selected_edge (snapshot, group, px, radius);
    }
  for (guint i = 0; i < nodes->len; i++)
    append_selected_node (self, snapshot, g_ptr_array_index (nodes, i),
                          i == 0 && nodes->len > 1, px, radius);

  if (self->drag == DRAG_MOVE && self->guides)
    append_guides (self, snapshot, px);
  if (self->drag == DRAG_RUBBER_BAND)
    append_rubber_band (self, snapshot, px);
  else if ((self->drag == DRAG_CONNECT || self->drag == DRAG_RECONNECT) && self->drag_node)
    append_connect_line (self, snapshot, px);
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
    g_autoptr(PdScene) moving = pd_scene_new_partial (self->document, self->moving,
                                                        &self->scene_options);
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
  pd_layer_clear (&self->still);
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
  pd_canvas_invalidate (self);
}

/* A ring just inside the view's edge, shown only when the focus came
 * from the keyboard (as CSS's :focus-visible): a click that focuses the
 * canvas shows no ring. */
static void
append_focus_ring (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  PdRect ring = { 1, 1, gtk_widget_get_width (widget) - 2, gtk_widget_get_height (widget) - 2 };

  if (ring.width <= 0 || ring.height <= 0)
    return;
  append_outline (snapshot, &ring, FOCUS_RING_WIDTH, &focus_ring);
}

void
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
  if (gtk_widget_has_visible_focus (widget) || (self->keys_used && gtk_widget_has_focus (widget)))
    append_focus_ring (widget, snapshot);
  if (self->rename_entry)
    gtk_widget_snapshot_child (widget, self->rename_entry, snapshot);
}

