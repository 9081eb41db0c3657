/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transitions in the scene: a line from border to border with an arrowhead,
 * each kind told apart by its dash and its words, not by colour. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-scene-private.h"

#define EDGE_COLOUR ((PdColor) { 0.2, 0.2, 0.2, 1 })
#define ARROW_LENGTH 10.0
#define ARROW_HALF_WIDTH 5.0

static void
edge_dash (PdEdgeKind kind,
           double     dash[2])
{
  dash[0] = dash[1] = 0;
  switch (kind)
    {
    case PD_EDGE_KIND_ALTERNATIVE:
      dash[0] = 8;
      dash[1] = 5;
      break;
    case PD_EDGE_KIND_RE_REFERRAL:
      dash[0] = 2;
      dash[1] = 4;
      break;
    case PD_EDGE_KIND_STEP_DOWN:
      dash[0] = 14;
      dash[1] = 4;
      break;
    default:
      break;
    }
}

static double
edge_width (PdEdgeKind kind)
{
  /* Stepping up or down is drawn heavier: a change of intensity. */
  return kind == PD_EDGE_KIND_STEP_UP || kind == PD_EDGE_KIND_STEP_DOWN ? 3.0 : 1.6;
}

/* The words a label starts with for kinds that a line alone cannot say. */
static const char *
kind_words (PdEdgeKind kind)
{
  switch (kind)
    {
    case PD_EDGE_KIND_STEP_UP: return _("Step up");
    case PD_EDGE_KIND_STEP_DOWN: return _("Step down");
    case PD_EDGE_KIND_RE_REFERRAL: return _("Re-referral");
    default: return NULL;
    }
}

/* A line from (x1, y1) to (x2, y2) ending in an arrowhead. */
static void
add_arrow_line (PdGroup   *group,
                PdEdgeKind kind,
                double x1, double y1, double x2, double y2)
{
  double length = hypot (x2 - x1, y2 - y1);
  double ux = length > 0 ? (x2 - x1) / length : 1, uy = length > 0 ? (y2 - y1) / length : 0;
  double bx = x2 - ux * ARROW_LENGTH, by = y2 - uy * ARROW_LENGTH;
  PdPath *line = pd_path_new ();
  PdPath *head = pd_path_new ();
  PdShape *shape;

  pd_path_move_to (line, x1, y1);
  pd_path_line_to (line, bx, by);
  shape = pd_shape_new_path (line, PD_COLOR_NONE, EDGE_COLOUR, edge_width (kind));
  edge_dash (kind, shape->dash);
  pd_group_add_shape (group, shape);

  pd_path_move_to (head, x2, y2);
  pd_path_line_to (head, bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH);
  pd_path_line_to (head, bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH);
  pd_path_close (head);
  pd_group_add_shape (group, pd_shape_new_path (head, EDGE_COLOUR, PD_COLOR_NONE, 0));
}

void
pd_scene_build_edge_sample (PdSceneBuilder *b,
                            PdGroup        *group,
                            PdEdgeKind      kind,
                            double x1, double y1, double x2, double y2)
{
  add_arrow_line (group, kind, x1, y1, x2, y2);
}

static char *
label_text (PdEdge *edge)
{
  GString *s = g_string_new (kind_words (pd_edge_get_kind (edge)));

  if (pd_edge_get_label (edge))
    g_string_append_printf (s, "%s%s", s->len ? ": " : "", pd_edge_get_label (edge));
  if (pd_edge_get_likelihood (edge) >= 0)
    g_string_append_printf (s, "%s%g%%", s->len ? " · " : "",
                            round (pd_edge_get_likelihood (edge)));
  return g_string_free (s, s->len == 0);
}

static const char *
name_of (PdNode     *node,
         const char *fallback)
{
  if (node == NULL)
    return fallback;
  return pd_node_get_title (node) ? pd_node_get_title (node) : pd_node_get_id (node);
}

PdGroup *
pd_scene_build_edge (PdSceneBuilder *b,
                     PdEdge         *edge)
{
  PdNode *from = pd_document_get_node (b->document, pd_edge_get_from_id (edge));
  PdNode *to = pd_document_get_node (b->document, pd_edge_get_to_id (edge));
  PdEdgeKind kind = pd_edge_get_kind (edge);
  g_autofree char *id = g_strdup_printf ("transition-%s", pd_edge_get_id (edge));
  g_autofree char *css = g_strdup_printf ("transition kind-%s",
                                          pd_enum_to_string (PD_TYPE_EDGE_KIND, kind));
  g_autofree char *label = label_text (edge);
  g_autofree char *title = NULL;
  PdGroup *group;
  double x1, y1, x2, y2, mx, my;

  if (from == NULL || to == NULL)
    return NULL;
  title = label ? g_strdup_printf (_("From “%s” to “%s”: %s"), name_of (from, NULL),
                                   name_of (to, NULL), label)
                : g_strdup_printf (_("From “%s” to “%s”"), name_of (from, NULL),
                                   name_of (to, NULL));
  group = pd_group_new (PD_GROUP_EDGE, id, css, title);
  group->object_id = g_strdup (pd_edge_get_id (edge));
  g_hash_table_add (b->edge_kinds_used, GINT_TO_POINTER (kind + 1));

  if (from == to)
    {
      /* A loop over the step's top right corner. */
      double x = pd_node_get_x (from) + pd_node_get_width (from) * 0.75;
      double y = pd_node_get_y (from);
      PdPath *loop = pd_path_new ();
      PdShape *shape;

      pd_path_move_to (loop, x - 16, y);
      pd_path_curve_to (loop, x - 16, y - 36, x + 16, y - 36, x + 16, y - 10);
      shape = pd_shape_new_path (loop, PD_COLOR_NONE, EDGE_COLOUR, edge_width (kind));
      edge_dash (kind, shape->dash);
      pd_group_add_shape (group, shape);
      add_arrow_line (group, kind, x + 16, y - 10, x + 16, y);
      x1 = x - 16;
      y1 = y - 36;
      x2 = x + 16;
      y2 = y;
      mx = x;
      my = y - 34;
    }
  else
    {
      double cx1 = pd_node_get_x (from) + pd_node_get_width (from) / 2;
      double cy1 = pd_node_get_y (from) + pd_node_get_height (from) / 2;
      double cx2 = pd_node_get_x (to) + pd_node_get_width (to) / 2;
      double cy2 = pd_node_get_y (to) + pd_node_get_height (to) / 2;

      g_autofree char *reverse = g_strdup_printf ("%s\n%s", pd_edge_get_to_id (edge),
                                                  pd_edge_get_from_id (edge));

      pd_node_border_point (from, cx2, cy2, &x1, &y1);
      pd_node_border_point (to, cx1, cy1, &x2, &y2);
      /* Two steps linked both ways: each line moves to its own right, so
       * the two stay apart. */
      if (g_hash_table_contains (b->linked_pairs, reverse))
        {
          double length = hypot (x2 - x1, y2 - y1);
          double ox = length > 0 ? -(y2 - y1) / length * 5 : 0;
          double oy = length > 0 ? (x2 - x1) / length * 5 : 0;

          x1 += ox;
          y1 += oy;
          x2 += ox;
          y2 += oy;
        }
      add_arrow_line (group, kind, x1, y1, x2, y2);
      mx = (x1 + x2) / 2;
      my = (y1 + y2) / 2;
    }
  group->bounds = (PdRect) { MIN (x1, x2) - 6, MIN (y1, y2) - 6, fabs (x2 - x1) + 12,
                             fabs (y2 - y1) + 12 };

  if (label)
    {
      /* Along the line, the first place where the label covers no step and
       * no other label; the middle when there is none. */
      static const double along[] = { 0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8 };
      double height = 0;
      double width = MIN (pd_text_layouter_measure (b->text, label, PD_SCENE_EDGE_FONT, FALSE),
                          120);
      PdShape *text = pd_text_layouter_layout (b->text, label, PD_SCENE_EDGE_FONT, FALSE,
                                               EDGE_COLOUR, 0, 0, width + 1, 3,
                                               PD_ALIGN_CENTER, &height);
      PdPath *box = pd_path_new ();
      PdRect rect = { 0 };

      double length = hypot (x2 - x1, y2 - y1);
      double nx = length > 0 ? -(y2 - y1) / length : 0, ny = length > 0 ? (x2 - x1) / length : 1;
      double side = (height / 2 + 6) / MAX (fabs (nx) > fabs (ny) ? fabs (nx) : fabs (ny), 0.5);
      gboolean placed = from == to;

      rect = (PdRect) { mx - width / 2 - 4, my - height / 2 - 2, width + 9, height + 4 };
      /* On the line first, then beside it. */
      for (guint off = 0; off < 7 && !placed; off++)
        for (guint i = 0; i < G_N_ELEMENTS (along) && !placed; i++)
          {
            /* 0, beside, the other side, then further out on both sides. */
            double shift = off == 0 ? 0 : ((off + 1) / 2) * side * (off % 2 ? 1 : -1)
                                          + (off > 2 ? 20 * (off % 2 ? 1 : -1) : 0);
            double px = x1 + (x2 - x1) * along[i] + nx * shift;
            double py = y1 + (y2 - y1) * along[i] + ny * shift;
            PdRect candidate = { px - width / 2 - 4, py - height / 2 - 2, width + 9, height + 4 };

            if (!pd_rect_index_overlaps (b->obstacles, &candidate))
              {
                rect = candidate;
                placed = TRUE;
              }
          }
      pd_rect_index_add (b->obstacles, &rect);
      for (guint i = 0; i < text->lines->len; i++)
        {
          PdTextLine *line = g_ptr_array_index (text->lines, i);
          line->x += rect.x + 4;
          line->y += rect.y + 2;
        }
      pd_path_rounded_rect (box, rect.x, rect.y, rect.width, rect.height, 3);
      /* A white ground so the label reads over lines it crosses. */
      pd_group_add_shape (group, pd_shape_new_path (box, (PdColor) { 1, 1, 1, 0.92 },
                                                    (PdColor) { 0.2, 0.2, 0.2, 0.5 }, 0.8));
      pd_group_add_shape (group, text);
      pd_rect_union (&group->bounds, &rect);
    }
  return group;
}
