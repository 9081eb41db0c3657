/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transitions in the scene: a line from border to border with an arrowhead,
 * each kind told apart by its dash and its words, not by colour. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-geometry-private.h"
#include "pd-route-private.h"
#include "pd-scene-private.h"
#include "pd-scene-style.h"

/* Square and smooth ways keep this clear of steps. */
#define ROUTE_MARGIN 12.0
/* Steps further than this from both ends are not looked at for a way
 * round; where none is found so near, the search looks further once. */
#define ROUTE_REACH 160.0
#define ROUTE_FAR_REACH 640.0
/* More steps than this in reach: drawn the direct way. */
#define ROUTE_MAX_STEPS 160

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

/* The way a transition goes: straight, a curve bowed round the steps a
 * straight line would cross (a quadratic Bézier through control point q),
 * or through the corners of @points (x, y pairs, first and last at the
 * ends), drawn square or smooth. */
typedef struct {
  double x1, y1;
  double x2, y2;
  double qx, qy;
  gboolean curved;
  GArray *points;
  GArray *obstacles;   /* the steps near a polyline way (PdRect) */
  gboolean smooth;
} Route;

/* The point @t of the way along a polyline, by length, and the run it is
 * on. */
static guint
polyline_point (GArray *points,
                double  t,
                double *x,
                double *y)
{
  const double *p = (const double *) points->data;
  guint n = points->len / 2;
  double total = 0, goal, walked = 0;

  for (guint k = 0; k + 1 < n; k++)
    total += hypot (p[2 * k + 2] - p[2 * k], p[2 * k + 3] - p[2 * k + 1]);
  goal = total * t;
  for (guint k = 0; k + 1 < n; k++)
    {
      double length = hypot (p[2 * k + 2] - p[2 * k], p[2 * k + 3] - p[2 * k + 1]);

      if (walked + length >= goal || k + 2 == n)
        {
          double f = length > 0 ? CLAMP ((goal - walked) / length, 0, 1) : 0;
          *x = p[2 * k] + (p[2 * k + 2] - p[2 * k]) * f;
          *y = p[2 * k + 1] + (p[2 * k + 3] - p[2 * k + 1]) * f;
          return k;
        }
      walked += length;
    }
  *x = p[0];
  *y = p[1];
  return 0;
}

static void
route_point (const Route *r,
             double       t,
             double      *x,
             double      *y)
{
  if (r->points)
    {
      polyline_point (r->points, t, x, y);
      return;
    }
  if (!r->curved)
    {
      *x = r->x1 + (r->x2 - r->x1) * t;
      *y = r->y1 + (r->y2 - r->y1) * t;
      return;
    }
  *x = (1 - t) * (1 - t) * r->x1 + 2 * (1 - t) * t * r->qx + t * t * r->x2;
  *y = (1 - t) * (1 - t) * r->y1 + 2 * (1 - t) * t * r->qy + t * t * r->y2;
}

/* The unit normal of the route at @t. */
static void
route_normal (const Route *r,
              double       t,
              double      *nx,
              double      *ny)
{
  double dx, dy, length;

  if (r->points)
    {
      double x, y;
      guint k = polyline_point (r->points, t, &x, &y);
      const double *p = (const double *) r->points->data;

      dx = p[2 * k + 2] - p[2 * k];
      dy = p[2 * k + 3] - p[2 * k + 1];
    }
  else if (r->curved)
    {
      dx = 2 * (1 - t) * (r->qx - r->x1) + 2 * t * (r->x2 - r->qx);
      dy = 2 * (1 - t) * (r->qy - r->y1) + 2 * t * (r->y2 - r->qy);
    }
  else
    {
      dx = r->x2 - r->x1;
      dy = r->y2 - r->y1;
    }
  length = hypot (dx, dy);
  *nx = length > 0 ? -dy / length : 0;
  *ny = length > 0 ? dx / length : 1;
}

/* How far the way runs through steps other than its own two (a curve
 * as short straight pieces); 0 when it is clear. A line leaves a diamond or
 * a rounded step inside the step's box: that is not in the way. Adding
 * stops at @enough: more cannot make the route a better choice. */
static double
route_blocked (PdSceneBuilder *b,
               const Route    *r,
               PdNode         *from,
               PdNode         *to,
               double          enough)
{
  /* A curve in pieces of about 80 units, 12 to 48 of them. */
  guint pieces = r->curved ? CLAMP ((guint) (hypot (r->x2 - r->x1, r->y2 - r->y1) / 80), 12, 48)
                           : 1;
  double blocked = 0;
  double px, py;
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);
  /* As the index holds the steps, so that their own part is taken off
   * exactly what the index counted. */
  PdRect ends[2] = { pd_rect_grown (&a, -PD_SCENE_OBSTACLE_INSET),
                     pd_rect_grown (&c, -PD_SCENE_OBSTACLE_INSET) };
  route_point (r, 0, &px, &py);
  for (guint i = 1; i <= pieces && blocked < enough; i++)
    {
      double x, y, own;

      route_point (r, (double) i / pieces, &x, &y);
      own = pd_rect_segment_length (&ends[0], px, py, x, y)
            + (to != from ? pd_rect_segment_length (&ends[1], px, py, x, y) : 0);
      blocked += MAX (pd_rect_index_length_inside (b->node_obstacles, px, py, x, y,
                                                   enough - blocked + own) - own, 0);
      px = x;
      py = y;
    }
  return blocked < 0.5 ? 0 : blocked;
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
polyline_path (const Route *r,
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
           const Route *r)
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

/* A smooth way leaves and reaches its steps straight from or towards the
 * next corner when that crosses no step (its own included). */
static void
drop_stubs (GArray       *points,
            const GArray *near)
{
  guint n = points->len / 2;
  double *p = (double *) points->data;

  if (n >= 4 && pd_route_segment_clear (near, 0, p[2 * n - 6], p[2 * n - 5], p[2 * n - 2],
                                        p[2 * n - 1]))
    {
      g_array_remove_range (points, 2 * n - 4, 2);
      n--;
      p = (double *) points->data;
    }
  if (n >= 4 && pd_route_segment_clear (near, 0, p[0], p[1], p[4], p[5]))
    g_array_remove_range (points, 2, 2);
}

/* The steps in @area, at their full size, into @near; FALSE when there
 * are too many of them. */
static gboolean
steps_near (PdSceneBuilder *b,
            const PdRect   *area,
            GArray         *near)
{
  if (!pd_rect_index_collect (b->node_obstacles, area, near, ROUTE_MAX_STEPS))
    return FALSE;
  /* The index holds the steps a little inset. */
  for (guint k = 0; k < near->len; k++)
    {
      PdRect *rect = &g_array_index (near, PdRect, k);
      *rect = pd_rect_grown (rect, PD_SCENE_OBSTACLE_INSET);
    }
  return TRUE;
}

/* The square runs of the ways already drawn in @area, as thin rectangles,
 * into @used. */
static void
runs_near (PdSceneBuilder *b,
           const PdRect   *area,
           GArray         *used)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));

  pd_rect_index_collect_ids (b->route_index, area, ids, G_MAXUINT);
  for (guint k = 0; k < ids->len; k++)
    {
      const PdRouteSegment *seg = &g_array_index (b->route_segments, PdRouteSegment,
                                                  g_array_index (ids, guint, k));
      PdRect thin = { MIN (seg->x1, seg->x2), MIN (seg->y1, seg->y2), fabs (seg->x2 - seg->x1),
                      fabs (seg->y2 - seg->y1) };

      if (thin.width < 0.01 || thin.height < 0.01)
        g_array_append_val (used, thin);
    }
}

/* @r made the way through @points, its ends the first and last; it takes
 * @points and @near. */
static void
route_through (Route    *r,
               GArray   *points,
               GArray   *near,
               gboolean  smooth)
{
  const double *p = (const double *) points->data;

  *r = (Route) { 0 };
  r->x1 = p[0];
  r->y1 = p[1];
  r->x2 = p[points->len - 2];
  r->y2 = p[points->len - 1];
  r->smooth = smooth;
  r->points = points;
  r->obstacles = near;
}

/* A square (or @smooth) way round the steps near both ends; FALSE when
 * there are too many of them or no way in reach. */
static gboolean
route_around (PdSceneBuilder *b,
              PdNode         *from,
              PdNode         *to,
              gboolean        offset,
              gboolean        smooth,
              Route          *r)
{
  static const double reaches[] = { ROUTE_REACH, ROUTE_FAR_REACH };
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);

  for (guint i = 0; i < G_N_ELEMENTS (reaches); i++)
    {
      PdRect area = a;
      g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (PdRect));
      g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) used = g_array_new (FALSE, FALSE, sizeof (PdRect));

      pd_rect_union (&area, &c);
      area = pd_rect_grown (&area, reaches[i]);
      if (!steps_near (b, &area, near))
        return FALSE;
      runs_near (b, &area, used);
      if (!pd_route_square (&a, &c, near, &area, ROUTE_MARGIN, used, points))
        continue;
      if (offset)
        pd_route_offset (points, pd_scene_style ()->edge.pair_gap);
      if (smooth)
        {
          pd_route_straighten (points, near, ROUTE_MARGIN / 2);
          drop_stubs (points, near);
        }
      route_through (r, g_steal_pointer (&points), g_steal_pointer (&near), smooth);
      return TRUE;
    }
  return FALSE;
}

/* The straight line between the borders of @from and @to, moved to its
 * own right when the two are linked both ways (@paired), so that the two
 * lines stay apart. */
static void
straight_route (PdSceneBuilder *b,
                PdNode         *from,
                PdNode         *to,
                gboolean        paired,
                Route          *r)
{
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);
  double cx1 = a.x + a.width / 2, cy1 = a.y + a.height / 2;
  double cx2 = c.x + c.width / 2, cy2 = c.y + c.height / 2;
  double length = hypot (cx2 - cx1, cy2 - cy1);
  double nx = length > 0 ? -(cy2 - cy1) / length : 0, ny = length > 0 ? (cx2 - cx1) / length : 1;

  *r = (Route) { 0 };
  pd_node_border_point (pd_node_get_kind (from), &a, cx2, cy2, &r->x1, &r->y1);
  pd_node_border_point (pd_node_get_kind (to), &c, cx1, cy1, &r->x2, &r->y2);
  if (paired)
    {
      double gap = pd_scene_style ()->edge.pair_gap;

      r->x1 += nx * gap;
      r->y1 += ny * gap;
      r->x2 += nx * gap;
      r->y2 += ny * gap;
    }
}

/* Bows round what is in the way of @r, nearer first; when nothing
 * clears, the way through the fewest steps (straight on a tie). Returns
 * how much of the chosen way is still blocked, having started from
 * @least, the straight line's. */
static double
bow_route (PdSceneBuilder *b,
           PdNode         *from,
           PdNode         *to,
           double          least,
           Route          *r)
{
  static const double bows[] = { 40, -40, 60, -60, 90, -90, 120, -120, 160, -160, 220, -220,
                                 300, -300, 400, -400 };
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);
  double cx1 = a.x + a.width / 2, cy1 = a.y + a.height / 2;
  double cx2 = c.x + c.width / 2, cy2 = c.y + c.height / 2;
  double length = hypot (cx2 - cx1, cy2 - cy1);
  double nx = length > 0 ? -(cy2 - cy1) / length : 0, ny = length > 0 ? (cx2 - cx1) / length : 1;
  Route best = *r;

  for (guint i = 0; i < G_N_ELEMENTS (bows); i++)
    {
      Route bowed = { 0 };
      double blocked;
      double mx = (cx1 + cx2) / 2 + nx * bows[i] * 2;
      double my = (cy1 + cy2) / 2 + ny * bows[i] * 2;

      bowed.curved = TRUE;
      bowed.qx = mx;
      bowed.qy = my;
      pd_node_border_point (pd_node_get_kind (from), &a, mx, my, &bowed.x1, &bowed.y1);
      pd_node_border_point (pd_node_get_kind (to), &c, mx, my, &bowed.x2, &bowed.y2);
      blocked = route_blocked (b, &bowed, from, to, least);
      if (blocked < least)
        {
          best = bowed;
          least = blocked;
        }
      if (blocked == 0)
        break;
    }
  *r = best;
  return least;
}

static void
plan_route (PdSceneBuilder *b,
            PdEdge         *edge,
            PdNode         *from,
            PdNode         *to,
            Route          *r)
{
  g_autofree char *reverse = g_strdup_printf ("%s\n%s", pd_edge_get_to_id (edge),
                                              pd_edge_get_from_id (edge));
  gboolean paired = g_hash_table_contains (b->linked_pairs, reverse);
  double least;

  if (b->routing != PD_ROUTING_DIRECT
      && route_around (b, from, to, paired, b->routing == PD_ROUTING_SMOOTH, r))
    return;
  straight_route (b, from, to, paired, r);
  least = route_blocked (b, r, from, to, G_MAXDOUBLE);
  if (least == 0)
    return;
  /* No bow clears the steps in the way: a smooth way round them. */
  if (bow_route (b, from, to, least, r) > 0)
    route_around (b, from, to, paired, TRUE, r);
}

static void
record_segment (PdSceneBuilder *b,
                double x1, double y1, double x2, double y2)
{
  PdRouteSegment seg = { x1, y1, x2, y2, b->n_edges_built };
  PdRect bounds = { MIN (x1, x2) - 1, MIN (y1, y2) - 1, fabs (x2 - x1) + 2, fabs (y2 - y1) + 2 };

  pd_rect_index_add (b->route_index, &bounds);
  g_array_append_val (b->route_segments, seg);
}

/* Files the way's pieces, for the ways and labels that come after. */
static void
record_route (PdSceneBuilder *b,
              const Route    *r)
{
  if (r->points)
    {
      const double *p = (const double *) r->points->data;

      for (guint k = 0; k + 1 < r->points->len / 2; k++)
        record_segment (b, p[2 * k], p[2 * k + 1], p[2 * k + 2], p[2 * k + 3]);
      return;
    }
  {
    guint pieces = r->curved ? 12 : 1;
    double px = r->x1, py = r->y1;

    for (guint i = 1; i <= pieces; i++)
      {
        double x, y;

        route_point (r, (double) i / pieces, &x, &y);
        record_segment (b, px, py, x, y);
        px = x;
        py = y;
      }
  }
}

/* Whether a line of a transition other than @edge runs through @rect. */
static gboolean
meets_other_ways (PdSceneBuilder *b,
                  const PdRect   *rect,
                  guint           edge)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));

  pd_rect_index_collect_ids (b->route_index, rect, ids, G_MAXUINT);
  for (guint k = 0; k < ids->len; k++)
    {
      const PdRouteSegment *seg = &g_array_index (b->route_segments, PdRouteSegment,
                                                  g_array_index (ids, guint, k));

      if (seg->edge != edge && pd_route_segment_meets (rect, seg->x1, seg->y1, seg->x2, seg->y2))
        return TRUE;
    }
  return FALSE;
}

typedef struct {
  PdGroup *group;
  Route    route;
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

char *
pd_scene_edge_label_text (PdEdge *edge)
{
  return label_text (edge);
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
           const Route    *r,
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

  route_point (r, 0.5, &mx, &my);
  rect = label_box (look, mx, my, width, height);
  /* Clear of other transitions' lines too where there is such a place. */
  for (int strict = 1; strict >= 0 && !placed; strict--)
  for (guint off = 0; off < 7 && !placed; off++)
    for (guint i = 0; i < G_N_ELEMENTS (along) && !placed; i++)
      {
        double px, py, nx, ny, side, shift;
        PdRect candidate;

        route_point (r, along[i], &px, &py);
        route_normal (r, along[i], &nx, &ny);
        side = (height / 2 + look->line_gap) / MAX (MAX (fabs (nx), fabs (ny)), 0.5);
        /* 0, beside, the other side, then further out on both sides. */
        shift = off == 0 ? 0 : ((off + 1) / 2) * side * (off % 2 ? 1 : -1)
                               + (off > 2 ? look->further * (off % 2 ? 1 : -1) : 0);
        px += nx * shift;
        py += ny * shift;
        candidate = label_box (look, px, py, width, height);
        if (!pd_rect_index_overlaps (b->obstacles, &candidate)
            && (!strict || !meets_other_ways (b, &candidate, edge)))
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

/* A loop over @node's top right corner, from it back to it. */
static void
add_loop (PdGroup   *group,
          PdEdgeKind kind,
          double     width,
          PdNode    *node,
          Route     *route)
{
  double x = pd_node_get_x (node) + pd_node_get_width (node) * 0.75;
  double y = pd_node_get_y (node);
  PdPath *loop = pd_path_new ();

  pd_path_move_to (loop, x - 16, y);
  pd_path_curve_to (loop, x - 16, y - 36, x + 16, y - 36, x + 16, y - 10);
  pd_group_add_shape (group, edge_line (kind, width, loop));
  add_arrow_line (group, kind, width, x + 16, y - 10, x + 16, y);
  *route = (Route) { x - 16, y - 36, x + 16, y, x, y - 60, TRUE };
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
          Route          *route)
{
  /* Round the line and its arrowhead, however wide. */
  double margin = MAX (pd_scene_style ()->edge.bounds_margin, arrow_half_width (width));
  double x, y;

  plan_route (b, edge, from, to, route);
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
      route_point (route, 0.5, &x, &y);
      peak = (PdRect) { x - margin, y - margin, 2 * margin, 2 * margin };
      pd_rect_union (&group->bounds, &peak);
    }
}

/* @label waits, with its @route, until every line is in place; without
 * a label the route's arrays are done with. */
static void
hold_label (PdSceneBuilder *b,
            PdGroup        *group,
            Route          *route,
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
  Route route;

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
  record_route (b, &route);
  hold_label (b, group, &route, g_steal_pointer (&label));
  b->n_edges_built++;
  return group;
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
