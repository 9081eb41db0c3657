/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-hit.h"

static gboolean
contains (const PdRect *r,
          double        x,
          double        y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

static PdRect
node_rect (PdNode *node)
{
  return (PdRect) { pd_node_get_x (node), pd_node_get_y (node), pd_node_get_width (node),
                    pd_node_get_height (node) };
}

PdNode *
pd_hit_node (PdDocument *document,
             double      x,
             double      y)
{
  GListModel *nodes = pd_document_get_nodes (document);

  for (guint i = g_list_model_get_n_items (nodes); i > 0; i--)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i - 1);
      PdRect r = node_rect (node);

      if (contains (&r, x, y))
        return node;   /* the document keeps it alive */
    }
  return NULL;
}

PdRect
pd_hit_node_box (PdScene *scene,
                 PdNode  *node)
{
  PdRect r = node_rect (node);
  PdGroup *group = scene ? pd_scene_find_group (scene, pd_node_get_id (node)) : NULL;

  /* Only the height: the step may have moved since @scene was made. A
   * step's group takes in its outline's width either side. */
  if (group && group->kind == PD_GROUP_NODE)
    r.height = MAX (r.height, group->bounds.height - 2);
  return r;
}

PdNode *
pd_hit_node_drawn (PdDocument *document,
                   PdScene    *scene,
                   double      x,
                   double      y)
{
  GListModel *nodes = pd_document_get_nodes (document);

  for (guint i = g_list_model_get_n_items (nodes); i > 0; i--)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i - 1);
      PdRect r = pd_hit_node_box (scene, node);

      if (contains (&r, x, y))
        return node;   /* the document keeps it alive */
    }
  return NULL;
}

static double
segment_distance (double px,
                  double py,
                  double ax,
                  double ay,
                  double bx,
                  double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

double
pd_path_distance (const PdPath *path,
                  double        x,
                  double        y)
{
  double best = G_MAXDOUBLE;
  double cx = 0, cy = 0, sx = 0, sy = 0, ox, oy;

  for (guint i = 0; i < path->segments->len; i++)
    {
      const PdPathSegment *s = &g_array_index (path->segments, PdPathSegment, i);
      const double *p = s->points;

      switch (s->op)
        {
        case PD_PATH_MOVE_TO:
          cx = sx = p[0];
          cy = sy = p[1];
          break;
        case PD_PATH_LINE_TO:
          best = MIN (best, segment_distance (x, y, cx, cy, p[0], p[1]));
          cx = p[0];
          cy = p[1];
          break;
        case PD_PATH_CURVE_TO:
          ox = cx;
          oy = cy;
          /* Sixteen chords are within a pixel for the curves a scene has. */
          for (int k = 1; k <= 16; k++)
            {
              double t = k / 16.0, u = 1 - t;
              double nx = u * u * u * ox + 3 * u * u * t * p[0] + 3 * u * t * t * p[2]
                          + t * t * t * p[4];
              double ny = u * u * u * oy + 3 * u * u * t * p[1] + 3 * u * t * t * p[3]
                          + t * t * t * p[5];

              best = MIN (best, segment_distance (x, y, cx, cy, nx, ny));
              cx = nx;
              cy = ny;
            }
          break;
        case PD_PATH_CLOSE:
          best = MIN (best, segment_distance (x, y, cx, cy, sx, sy));
          cx = sx;
          cy = sy;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return best;
}

PdRect
pd_path_hull (const PdPath *path)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < path->segments->len; i++)
    {
      const PdPathSegment *seg = &g_array_index (path->segments, PdPathSegment, i);
      guint n = pd_path_segment_n_points (seg);

      for (guint p = 0; p < n; p++)
        {
          x0 = MIN (x0, seg->points[2 * p]);
          x1 = MAX (x1, seg->points[2 * p]);
          y0 = MIN (y0, seg->points[2 * p + 1]);
          y1 = MAX (y1, seg->points[2 * p + 1]);
        }
    }
  if (x0 > x1)
    return (PdRect) { 0 };
  return (PdRect) { x0, y0, x1 - x0, y1 - y0 };
}

static double
group_distance (const PdGroup *group,
                double         x,
                double         y)
{
  double best = G_MAXDOUBLE;

  for (guint s = 0; s < group->shapes->len; s++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, s);

      if (shape->type != PD_SHAPE_PATH)
        continue;
      /* A filled shape (an arrowhead, a label's ground) counts inside. */
      if (shape->fill.alpha > 0 && shape->path->segments->len > 0)
        {
          PdRect hull = pd_path_hull (shape->path);

          if (contains (&hull, x, y))
            return 0;
        }
      best = MIN (best, pd_path_distance (shape->path, x, y));
    }
  return best;
}

PdEdge *
pd_hit_edge (PdDocument *document,
             PdScene    *scene,
             double      x,
             double      y,
             double      tolerance)
{
  const PdGroup *nearest = NULL;
  double best = tolerance;

  for (guint g = 0; g < scene->groups->len; g++)
    {
      const PdGroup *group = g_ptr_array_index (scene->groups, g);
      const PdShape *line;
      PdRect reach, hull;
      double distance;

      if (group->kind != PD_GROUP_EDGE || group->shapes->len == 0)
        continue;
      /* A curve can bulge past its group's bounds, not past its hull. */
      reach = group->bounds;
      line = g_ptr_array_index (group->shapes, 0);
      if (line->type == PD_SHAPE_PATH)
        {
          hull = pd_path_hull (line->path);
          pd_rect_union (&reach, &hull);
        }
      reach = pd_rect_grown (&reach, tolerance);
      if (!contains (&reach, x, y))
        continue;
      distance = group_distance (group, x, y);
      if (distance <= best)
        {
          best = distance;
          nearest = group;
        }
    }
  if (nearest == NULL)
    return NULL;
  {
    GObject *object = pd_document_lookup (document, nearest->object_id);
    return PD_IS_EDGE (object) ? PD_EDGE (object) : NULL;
  }
}

GPtrArray *
pd_hit_nodes_in_rect (PdDocument   *document,
                      const PdRect *rect)
{
  GListModel *nodes = pd_document_get_nodes (document);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  double x0 = MIN (rect->x, rect->x + rect->width), x1 = MAX (rect->x, rect->x + rect->width);
  double y0 = MIN (rect->y, rect->y + rect->height), y1 = MAX (rect->y, rect->y + rect->height);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      PdRect r = node_rect (node);

      if (r.x >= x0 && r.y >= y0 && r.x + r.width <= x1 && r.y + r.height <= y1)
        g_ptr_array_add (ids, g_strdup (pd_node_get_id (node)));
    }
  return ids;
}

void
pd_hit_handle_position (PdNode  *node,
                        PdHandle handle,
                        double  *x,
                        double  *y)
{
  pd_hit_handle_position_drawn (NULL, node, handle, x, y);
}

void
pd_hit_handle_position_drawn (PdScene *scene,
                              PdNode  *node,
                              PdHandle handle,
                              double  *x,
                              double  *y)
{
  PdRect r = pd_hit_node_box (scene, node);

  switch (handle)
    {
    case PD_HANDLE_RESIZE:
      *x = r.x + r.width;
      *y = r.y + r.height;
      break;
    case PD_HANDLE_CONNECT_TOP:
      *x = r.x + r.width / 2;
      *y = r.y;
      break;
    case PD_HANDLE_CONNECT_RIGHT:
      *x = r.x + r.width;
      *y = r.y + r.height / 2;
      break;
    case PD_HANDLE_CONNECT_BOTTOM:
      *x = r.x + r.width / 2;
      *y = r.y + r.height;
      break;
    case PD_HANDLE_CONNECT_LEFT:
      *x = r.x;
      *y = r.y + r.height / 2;
      break;
    case PD_HANDLE_NONE:
    default:
      *x = r.x + r.width / 2;
      *y = r.y + r.height / 2;
      break;
    }
}

PdHandle
pd_hit_handle (PdNode *node,
               double  x,
               double  y,
               double  radius)
{
  return pd_hit_handle_drawn (NULL, node, x, y, radius);
}

PdHandle
pd_hit_handle_drawn (PdScene *scene,
                     PdNode  *node,
                     double   x,
                     double   y,
                     double   radius)
{
  static const PdHandle handles[] = {
    PD_HANDLE_RESIZE, PD_HANDLE_CONNECT_TOP, PD_HANDLE_CONNECT_RIGHT, PD_HANDLE_CONNECT_BOTTOM,
    PD_HANDLE_CONNECT_LEFT,
  };
  PdHandle nearest = PD_HANDLE_NONE;
  double best = radius;

  for (guint i = 0; i < G_N_ELEMENTS (handles); i++)
    {
      double hx, hy, distance;

      pd_hit_handle_position_drawn (scene, node, handles[i], &hx, &hy);
      distance = hypot (x - hx, y - hy);
      if (distance <= best)
        {
          best = distance;
          nearest = handles[i];
        }
    }
  return nearest;
}
