/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transitions' labels: each placed, once every line is in, where it covers
 * no step, no other label and, where it can, no other line. */
#include <math.h>

#include "pd-geometry-private.h"
#include "pd-scene-edge-private.h"
#include "pd-scene-style.h"

typedef struct {
  PdGroup *group;
  PdSceneRoute    route;
  char    *label;
  guint    edge;
} PendingLabel;

void
pd_scene_pending_label_free (gpointer data)
{
  PendingLabel *pending = data;

  g_clear_pointer (&pending->route.points, g_array_unref);
  g_clear_pointer (&pending->route.obstacles, g_array_unref);
  g_free (pending->label);
  g_free (pending);
}

static double
label_width (PdTextLayouter *text,
             const char     *label)
{
  return MIN (pd_text_layouter_measure (text, label, pd_scene_style ()->label.font, FALSE),
              PD_SCENE_LABEL_WIDTH);
}

/* The box of a label @width by @height centred on (@x, @y): its words
 * (laid out 1 wider than measured) and its padding. */
static PdRect
label_box (const PdSceneLabelStyle *look,
           double x, double y, double width, double height)
{
  return (PdRect) { x - width / 2 - look->pad_x, y - height / 2 - look->pad_y,
                    width + (2 * look->pad_x + 1), height + 2 * look->pad_y };
}

static void
add_label (PdSceneBuilder *b,
           PdGroup        *group,
           const PdSceneRoute    *r,
           const char     *label,
           guint           edge)
{
  /* Along the line, the first place where the label covers no step and no
   * other label; then beside the line; the middle when there is none. */
  static const double along[] = { 0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8 };
  const PdSceneLabelStyle *look = &pd_scene_style ()->label;
  double height = 0;
  double width = label_width (b->text, label);
  PdShape *text = pd_text_layouter_layout (b->text, label, look->font, FALSE,
                                           pd_scene_style ()->edge.colour, 0, 0, width + 1,
                                           PD_SCENE_LABEL_LINES, PD_ALIGN_CENTER, &height);
  PdPath *box = pd_path_new ();
  double mx, my;
  PdRect rect;
  gboolean placed = FALSE;

  pd_scene_route_point (r, 0.5, &mx, &my);
  rect = label_box (look, mx, my, width, height);
  /* Clear of other transitions' lines too where there is such a place. */
  for (int strict = 1; strict >= 0 && !placed; strict--)
  for (guint off = 0; off < 7 && !placed; off++)
    for (guint i = 0; i < G_N_ELEMENTS (along) && !placed; i++)
      {
        double px, py, nx, ny, side, shift;
        PdRect candidate;

        pd_scene_route_point (r, along[i], &px, &py);
        pd_scene_route_normal (r, along[i], &nx, &ny);
        side = (height / 2 + look->line_gap) / MAX (MAX (fabs (nx), fabs (ny)), 0.5);
        /* 0, beside, the other side, then further out on both sides. */
        shift = off == 0 ? 0 : ((off + 1) / 2) * side * (off % 2 ? 1 : -1)
                               + (off > 2 ? look->further * (off % 2 ? 1 : -1) : 0);
        px += nx * shift;
        py += ny * shift;
        candidate = label_box (look, px, py, width, height);
        if (!pd_rect_index_overlaps (b->obstacles, &candidate)
            && (!strict || !pd_scene_route_meets_others (b, &candidate, edge)))
          {
            rect = candidate;
            placed = TRUE;
          }
      }
  pd_rect_index_add (b->obstacles, &rect);
  for (guint i = 0; i < text->lines->len; i++)
    {
      PdTextLine *line = g_ptr_array_index (text->lines, i);
      line->x += rect.x + look->pad_x;
      line->y += rect.y + look->pad_y;
    }
  pd_path_rounded_rect (box, rect.x, rect.y, rect.width, rect.height, look->radius);
  /* A white ground so the label reads over lines it crosses. */
  pd_group_add_shape (group, pd_shape_new_path (box, look->ground, look->border,
                                                look->border_width));
  pd_group_add_shape (group, text);
  pd_rect_union (&group->bounds, &rect);
}

/* @label waits, with its @route, until every line is in place; without
 * a label the route's arrays are done with. */
void
pd_scene_hold_label (PdSceneBuilder *b,
                     PdGroup        *group,
                     PdSceneRoute          *route,
                     char           *label)
{
  if (label)
    {
      PendingLabel *pending = g_new0 (PendingLabel, 1);

      pending->group = group;
      pending->route = *route;
      pending->label = label;
      pending->edge = b->n_edges_built;
      g_ptr_array_add (b->pending_labels, pending);
    }
  else
    {
      g_clear_pointer (&route->points, g_array_unref);
      g_clear_pointer (&route->obstacles, g_array_unref);
    }
}

void
pd_scene_place_edge_labels (PdSceneBuilder *b)
{
  for (guint i = 0; i < b->pending_labels->len; i++)
    {
      PendingLabel *pending = g_ptr_array_index (b->pending_labels, i);
      add_label (b, pending->group, &pending->route, pending->label, pending->edge);
    }
  g_ptr_array_set_size (b->pending_labels, 0);
}
