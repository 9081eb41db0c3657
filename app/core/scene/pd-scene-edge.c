/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transitions in the scene: a line from border to border with an arrowhead,
 * each kind told apart by its dash and its words, not by colour. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-geometry-private.h"
#include "pd-route-private.h"
#include "pd-scene-edge-private.h"
#include "pd-scene-style.h"

/* How wide @kind draws its line: heavier for a change of intensity. */
static double
kind_width (PdEdgeKind kind)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;

  return kind == PD_EDGE_KIND_STEP_UP || kind == PD_EDGE_KIND_STEP_DOWN ? look->heavy_width
                                                                        : look->width;
}

/* How wide @edge's line is: as its kind draws it, or, when people a year
 * are shown, by the square root of its share of the most along any one
 * transition. */
static double
line_width (PdSceneBuilder *b,
            PdEdge         *edge)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;
  double people, largest;

  if (b->options.flow == NULL
      || !pd_scene_flow_get_transition (b->options.flow, pd_edge_get_id (edge), &people))
    return kind_width (pd_edge_get_kind (edge));
  largest = pd_scene_flow_largest (b->options.flow);
  if (!(largest > 0))
    return look->flow_width[0];
  return look->flow_width[0]
         + (look->flow_width[1] - look->flow_width[0]) * sqrt (CLAMP (people / largest, 0, 1));
}

/* A line @width wide drawn as @kind draws it: its dash, longer on a wider
 * line so that it still reads as the same dash. */
static PdShape *
edge_line (PdEdgeKind kind,
           double     width,
           PdPath    *path)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;
  PdShape *shape = pd_shape_new_path (path, PD_COLOR_NONE, look->colour, width);
  double stretch = MAX (1, width / kind_width (kind));

  shape->dash[0] = look->dash[kind][0] * stretch;
  shape->dash[1] = look->dash[kind][1] * stretch;
  return shape;
}

/* An arrowhead's length and half width on a line @width wide. */
static double
arrow_length (double width)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;

  return MAX (look->arrow_length, width * look->flow_arrow_length);
}

static double
arrow_half_width (double width)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;

  return MAX (look->arrow_half_width, width * look->flow_arrow_half_width);
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

/* Where a line @width wide coming from (fx, fy) stops short of (x2, y2)
 * for its arrowhead (@bx, @by), and its direction there (@ux, @uy). */
static void
arrow_base (double width,
            double fx, double fy, double x2, double y2,
            double *ux, double *uy, double *bx, double *by)
{
  double length = hypot (x2 - fx, y2 - fy);
  double arrow = arrow_length (width);

  *ux = length > 0 ? (x2 - fx) / length : 1;
  *uy = length > 0 ? (y2 - fy) / length : 0;
  *bx = x2 - *ux * arrow;
  *by = y2 - *uy * arrow;
}

/* @line, drawn @width wide as @kind draws it, and an arrowhead from its
 * end (bx, by) to (x2, y2) pointing along (ux, uy). */
static void
add_line_and_head (PdGroup   *group,
                   PdEdgeKind kind,
                   double     width,
                   PdPath    *line,
                   double x2, double y2, double bx, double by, double ux, double uy)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;
  double half = arrow_half_width (width);
  PdPath *head = pd_path_new ();

  pd_group_add_shape (group, edge_line (kind, width, line));
  pd_path_move_to (head, x2, y2);
  pd_path_line_to (head, bx - uy * half, by + ux * half);
  pd_path_line_to (head, bx + uy * half, by - ux * half);
  pd_path_close (head);
  pd_group_add_shape (group, pd_shape_new_path (head, look->colour, PD_COLOR_NONE, 0));
}

/* A line from (x1, y1) to (x2, y2) ending in an arrowhead. */
static void
add_arrow_line (PdGroup   *group,
                PdEdgeKind kind,
                double     width,
                double x1, double y1, double x2, double y2)
{
  PdPath *line = pd_path_new ();
  double ux, uy, bx, by;

  arrow_base (width, x1, y1, x2, y2, &ux, &uy, &bx, &by);
  pd_path_move_to (line, x1, y1);
  pd_path_line_to (line, bx, by);
  add_line_and_head (group, kind, width, line, x2, y2, bx, by, ux, uy);
}

void
pd_scene_build_edge_sample (PdSceneBuilder *b,
                            PdGroup        *group,
                            PdEdgeKind      kind,
                            double x1, double y1, double x2, double y2)
{
  add_arrow_line (group, kind, kind_width (kind), x1, y1, x2, y2);
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

/* @edge's people a year in words, when they are shown and it has a
 * figure: (transfer full) (nullable). */
static char *
flow_words (PdSceneBuilder *b,
            PdEdge         *edge)
{
  double people;

  if (b->options.flow == NULL
      || !pd_scene_flow_get_transition (b->options.flow, pd_edge_get_id (edge), &people))
    return NULL;
  return pd_scene_flow_describe_transition (people);
}

/* @label (taken) with @edge's people a year after it, when they are
 * shown: in the label where there is one, else a label of their own. */
static char *
flow_label (PdSceneBuilder *b,
            PdEdge         *edge,
            char           *label)
{
  g_autofree char *people = flow_words (b, edge);
  char *joined;

  if (people == NULL)
    return label;
  if (label == NULL)
    return g_steal_pointer (&people);
  joined = g_strdup_printf ("%s · %s", label, people);
  g_free (label);
  return joined;
}

/* What a screen reader says: where it comes from and goes, its label,
 * and its people a year when they are shown. */
static char *
edge_title (PdSceneBuilder *b,
            PdEdge         *edge,
            PdNode         *from,
            PdNode         *to,
            const char     *label)
{
  g_autofree char *title = NULL;
  double people;

  title = label ? g_strdup_printf (_("From “%s” to “%s”: %s"), name_of (from, NULL),
                                   name_of (to, NULL), label)
                : g_strdup_printf (_("From “%s” to “%s”"), name_of (from, NULL),
                                   name_of (to, NULL));
  if (b->options.flow
      && pd_scene_flow_get_transition (b->options.flow, pd_edge_get_id (edge), &people))
    {
      g_autofree char *words = pd_scene_flow_describe_step (people);

      return g_strdup_printf ("%s. %s", title, words);
    }
  return g_steal_pointer (&title);
}

/* Whether the curve from (x0, y0) with controls (x1, y1), (x2, y2) to
 * (x3, y3) stays out of every obstacle (taken as 8 straight pieces). */
static gboolean
curve_clear (const GArray *obstacles,
             double x0, double y0, double x1, double y1,
             double x2, double y2, double x3, double y3)
{
  double px = x0, py = y0;

  for (int i = 1; i <= 8; i++)
    {
      double t = i / 8.0, u = 1 - t;
      double x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
      double y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;

      if (!pd_route_segment_clear (obstacles, 0, px, py, x, y))
        return FALSE;
      px = x;
      py = y;
    }
  return TRUE;
}

/* The line of a polyline way, ending at the arrowhead's base (bx, by),
 * its corners rounded: a little for square ways, widely for smooth ones. */
static PdPath *
polyline_path (const PdSceneRoute *r,
               double       bx,
               double       by)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;
  guint n = r->points->len / 2;
  g_autofree double *p = g_memdup2 (r->points->data, 2 * n * sizeof (double));
  PdPath *path = pd_path_new ();

  p[2 * n - 2] = bx;
  p[2 * n - 1] = by;
  pd_path_move_to (path, p[0], p[1]);
  for (guint k = 1; k + 1 < n; k++)
    {
      double inx = p[2 * k] - p[2 * k - 2], iny = p[2 * k + 1] - p[2 * k - 1];
      double outx = p[2 * k + 2] - p[2 * k], outy = p[2 * k + 3] - p[2 * k + 1];
      double lin = hypot (inx, iny), lout = hypot (outx, outy);
      /* Smooth ways turn in wide curves, each as wide as half the shorter
       * run allows and narrower where it would cut into a step. */
      double radius = MIN (r->smooth ? look->smooth_radius : look->corner_radius,
                           MIN (lin, lout) / 2);
      double cx, cy;

      if (radius < 0.5)
        {
          pd_path_line_to (path, p[2 * k], p[2 * k + 1]);
          continue;
        }
      inx /= lin;
      iny /= lin;
      outx /= lout;
      outy /= lout;
      cx = p[2 * k];
      cy = p[2 * k + 1];
      while (r->smooth && radius > look->corner_radius
             && !curve_clear (r->obstacles, cx - inx * radius, cy - iny * radius,
                              cx - inx * radius / 3, cy - iny * radius / 3,
                              cx + outx * radius / 3, cy + outy * radius / 3,
                              cx + outx * radius, cy + outy * radius))
        radius /= 2;
      pd_path_line_to (path, cx - inx * radius, cy - iny * radius);
      if (r->smooth)
        /* A quadratic curve with the corner as its control point. */
        pd_path_curve_to (path, cx - inx * radius / 3, cy - iny * radius / 3,
                          cx + outx * radius / 3, cy + outy * radius / 3,
                          cx + outx * radius, cy + outy * radius);
      else
        /* A quarter turn: controls part of the way to the corner. */
        pd_path_curve_to (path, cx - inx * radius * 0.45, cy - iny * radius * 0.45,
                          cx + outx * radius * 0.45, cy + outy * radius * 0.45,
                          cx + outx * radius, cy + outy * radius);
    }
  pd_path_line_to (path, bx, by);
  return path;
}

static void
add_route (PdGroup     *group,
           PdEdgeKind   kind,
           double       width,
           const PdSceneRoute *r)
{
  double bx, by, ux, uy;
  PdPath *line;

  if (r->points)
    {
      const double *p = (const double *) r->points->data;
      guint n = r->points->len / 2;

      /* The arrowhead points along the last run, into the step. */
      arrow_base (width, p[2 * n - 4], p[2 * n - 3], p[2 * n - 2], p[2 * n - 1],
                  &ux, &uy, &bx, &by);
      line = polyline_path (r, bx, by);
    }
  else if (!r->curved)
    {
      add_arrow_line (group, kind, width, r->x1, r->y1, r->x2, r->y2);
      return;
    }
  else
    {
      /* The arrowhead points along the curve's last tangent. */
      arrow_base (width, r->qx, r->qy, r->x2, r->y2, &ux, &uy, &bx, &by);
      line = pd_path_new ();
      pd_path_move_to (line, r->x1, r->y1);
      pd_path_curve_to (line, r->x1 + 2.0 / 3 * (r->qx - r->x1), r->y1 + 2.0 / 3 * (r->qy - r->y1),
                        bx + 2.0 / 3 * (r->qx - bx), by + 2.0 / 3 * (r->qy - by), bx, by);
    }
  add_line_and_head (group, kind, width, line, r->x2, r->y2, bx, by, ux, uy);
}

/* A loop over @node's top right corner, from it back to it. */
static void
add_loop (PdGroup   *group,
          PdEdgeKind kind,
          double     width,
          PdNode    *node,
          PdSceneRoute     *route)
{
  double x = pd_node_get_x (node) + pd_node_get_width (node) * 0.75;
  double y = pd_node_get_y (node);
  PdPath *loop = pd_path_new ();

  pd_path_move_to (loop, x - 16, y);
  pd_path_curve_to (loop, x - 16, y - 36, x + 16, y - 36, x + 16, y - 10);
  pd_group_add_shape (group, edge_line (kind, width, loop));
  add_arrow_line (group, kind, width, x + 16, y - 10, x + 16, y);
  *route = (PdSceneRoute) { x - 16, y - 36, x + 16, y, x, y - 60, TRUE };
  group->bounds = (PdRect) { x - 22, y - 40, 44, 44 };
  group->ends[0] = x - 16;
  group->ends[1] = y;
  group->ends[2] = x + 16;
  group->ends[3] = y;
}

/* @group's bounds grown by @margin round every point of its shapes'
 * paths: a curve stays inside the hull of its control points. */
static void
bound_control_points (PdGroup *group,
                      double   margin)
{
  for (guint s = 0; s < group->shapes->len; s++)
    {
      PdShape *shape = g_ptr_array_index (group->shapes, s);

      for (guint k = 0; shape->path && k < shape->path->segments->len; k++)
        {
          const PdPathSegment *seg = &g_array_index (shape->path->segments, PdPathSegment, k);
          guint count = pd_path_segment_n_points (seg);

          for (guint c = 0; c < count; c++)
            {
              PdRect dot = { seg->points[2 * c] - margin, seg->points[2 * c + 1] - margin,
                             2 * margin, 2 * margin };
              pd_rect_union (&group->bounds, &dot);
            }
        }
    }
}

/* A line from @from's border to @to's along the route planned for it. */
static void
add_line (PdSceneBuilder *b,
          PdGroup        *group,
          PdEdge         *edge,
          PdNode         *from,
          PdNode         *to,
          double          width,
          PdSceneRoute          *route)
{
  /* Round the line and its arrowhead, however wide. */
  double margin = MAX (pd_scene_style ()->edge.bounds_margin, arrow_half_width (width));
  double x, y;

  pd_scene_plan_route (b, edge, from, to, route);
  add_route (group, pd_edge_get_kind (edge), width, route);
  group->ends[0] = route->x1;
  group->ends[1] = route->y1;
  group->ends[2] = route->x2;
  group->ends[3] = route->y2;
  group->bounds = (PdRect) { MIN (route->x1, route->x2) - margin,
                             MIN (route->y1, route->y2) - margin,
                             fabs (route->x2 - route->x1) + 2 * margin,
                             fabs (route->y2 - route->y1) + 2 * margin };
  if (route->points)
    bound_control_points (group, margin);
  if (route->curved)
    {
      PdRect peak;
      pd_scene_route_point (route, 0.5, &x, &y);
      peak = (PdRect) { x - margin, y - margin, 2 * margin, 2 * margin };
      pd_rect_union (&group->bounds, &peak);
    }
}

char *
pd_scene_edge_label_text (PdEdge *edge)
{
  return label_text (edge);
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
  double width = line_width (b, edge);
  PdGroup *group;
  PdSceneRoute route;

  if (from == NULL || to == NULL)
    return NULL;
  title = edge_title (b, edge, from, to, label);
  label = flow_label (b, edge, g_steal_pointer (&label));
  group = pd_group_new (PD_GROUP_EDGE, id, css, title);
  group->object_id = g_strdup (pd_edge_get_id (edge));
  g_hash_table_add (b->edge_kinds_used, GINT_TO_POINTER (kind + 1));

  if (from == to)
    add_loop (group, kind, width, from, &route);
  else
    add_line (b, group, edge, from, to, width, &route);
  pd_scene_record_route (b, &route);
  pd_scene_hold_label (b, group, &route, g_steal_pointer (&label));
  b->n_edges_built++;
  return group;
}
