/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The way a transition goes: round the steps between its ends, square or
 * smooth, else straight or bowed, and filed for the ways and labels after
 * it. */
#include <math.h>

#include "pd-geometry-private.h"
#include "pd-route-private.h"
#include "pd-scene-edge-private.h"
#include "pd-scene-style.h"

/* Square and smooth ways keep this clear of steps. */
#define ROUTE_MARGIN 12.0
/* Steps further than this from both ends are not looked at for a way
 * round; where none is found so near, the search looks further once. */
#define ROUTE_REACH 160.0
#define ROUTE_FAR_REACH 640.0
/* More steps than this in reach: drawn the direct way. */
#define ROUTE_MAX_STEPS 160

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

void
pd_scene_route_point (const PdSceneRoute *r,
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
void
pd_scene_route_normal (const PdSceneRoute *r,
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

double
pd_scene_route_measure (const PdSceneRoute  *r,
                        PdScenePieceMeasure  measure,
                        gconstpointer        data,
                        double               enough)
{
  /* A curve in pieces of about 80 units, 12 to 48 of them. */
  guint pieces = r->curved ? CLAMP ((guint) (hypot (r->x2 - r->x1, r->y2 - r->y1) / 80), 12, 48)
                           : 1;
  double sum = 0, px, py;

  if (r->points)
    {
      const double *p = (const double *) r->points->data;

      for (guint k = 0; k + 1 < r->points->len / 2 && sum < enough; k++)
        sum += measure (data, p[2 * k], p[2 * k + 1], p[2 * k + 2], p[2 * k + 3], enough - sum);
      return sum;
    }
  pd_scene_route_point (r, 0, &px, &py);
  for (guint i = 1; i <= pieces && sum < enough; i++)
    {
      double x, y;

      pd_scene_route_point (r, (double) i / pieces, &x, &y);
      sum += measure (data, px, py, x, y, enough - sum);
      px = x;
      py = y;
    }
  return sum;
}

/* The insets of a way's own two steps, as the index holds the steps, so
 * that their own part is taken off exactly what the index counted; the
 * second left out for a loop. */
typedef struct {
  PdSceneBuilder *b;
  PdRect          ends[2];
  gboolean        two;
} Own;

static Own
own_steps (PdSceneBuilder *b,
           const PdRect   *a,
           const PdRect   *c,
           gboolean        two)
{
  return (Own) { b, { pd_rect_grown (a, -PD_SCENE_OBSTACLE_INSET),
                      pd_rect_grown (c, -PD_SCENE_OBSTACLE_INSET) }, two };
}

/* How far a piece runs inside the way's own two steps. */
static double
inside_own (gconstpointer data,
            double        x1,
            double        y1,
            double        x2,
            double        y2,
            double        left)
{
  const Own *own = data;

  return pd_rect_segment_length (&own->ends[0], x1, y1, x2, y2)
         + (own->two ? pd_rect_segment_length (&own->ends[1], x1, y1, x2, y2) : 0);
}

/* How far a piece runs inside steps other than the way's own two, counted
 * up to @left. */
static double
inside_others (gconstpointer data,
               double        x1,
               double        y1,
               double        x2,
               double        y2,
               double        left)
{
  const Own *own = data;
  double mine = inside_own (data, x1, y1, x2, y2, left);

  return MAX (pd_rect_index_length_inside (own->b->node_obstacles, x1, y1, x2, y2, left + mine)
              - mine, 0);
}

double
pd_scene_route_through_steps (PdSceneBuilder     *b,
                              const PdSceneRoute *r,
                              const PdRect       *a,
                              const PdRect       *c,
                              double              enough)
{
  Own own = own_steps (b, a, c ? c : a, c != NULL);

  return pd_scene_route_measure (r, inside_others, &own, enough);
}

/* How far the way runs through steps other than its own two (a curve
 * as short straight pieces); 0 when it is clear. A line leaves a diamond or
 * a rounded step inside the step's box: that is not in the way. Adding
 * stops at @enough: more cannot make the route a better choice. */
static double
route_blocked (PdSceneBuilder *b,
               const PdSceneRoute    *r,
               PdNode         *from,
               PdNode         *to,
               double          enough)
{
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);
  double blocked = pd_scene_route_through_steps (b, r, &a, to != from ? &c : NULL, enough);

  return blocked < 0.5 ? 0 : blocked;
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
route_through (PdSceneRoute    *r,
               GArray   *points,
               GArray   *near,
               gboolean  smooth)
{
  const double *p = (const double *) points->data;

  *r = (PdSceneRoute) { 0 };
  r->x1 = p[0];
  r->y1 = p[1];
  r->x2 = p[points->len - 2];
  r->y2 = p[points->len - 1];
  r->smooth = smooth;
  r->points = points;
  r->obstacles = near;
}

/* A square (or @smooth) way round the steps near both ends, leaving
 * @from by none of its sides in @closed_from and ending on none of @to's
 * in @closed_to (PdRouteSide bits); FALSE when there are too many of them
 * or no way in reach. */
static gboolean
route_around (PdSceneBuilder *b,
              PdNode         *from,
              PdNode         *to,
              gboolean        offset,
              gboolean        smooth,
              guint           closed_from,
              guint           closed_to,
              PdSceneRoute   *r)
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
      if (!pd_route_square (&a, &c, near, &area, ROUTE_MARGIN, used, closed_from, closed_to,
                            points))
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

/* Whether the straight way @r meets a step other than @a and @c, as the
 * index holds them. */
static gboolean
meets_other_step (PdSceneBuilder     *b,
                  const PdSceneRoute *r,
                  const PdRect       *a,
                  const PdRect       *c)
{
  PdRect area = { MIN (r->x1, r->x2) - 1, MIN (r->y1, r->y2) - 1, fabs (r->x2 - r->x1) + 2,
                  fabs (r->y2 - r->y1) + 2 };
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (PdRect));

  if (!steps_near (b, &area, near))
    return TRUE;
  for (guint k = 0; k < near->len; k++)
    {
      PdRect step = g_array_index (near, PdRect, k);

      if ((step.x == a->x && step.y == a->y) || (step.x == c->x && step.y == c->y))
        continue;
      step = pd_rect_grown (&step, -PD_SCENE_OBSTACLE_INSET);
      if (pd_route_segment_meets (&step, r->x1, r->y1, r->x2, r->y2))
        return TRUE;
    }
  return FALSE;
}

/* The straight line between the borders of @from and @to, moved to its
 * own right when the two are linked both ways (@paired), so that the two
 * lines stay apart. */
static void
straight_route (PdSceneBuilder *b,
                PdEdge         *edge,
                PdNode         *from,
                PdNode         *to,
                gboolean        paired,
                PdSceneRoute          *r)
{
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);
  double cx1 = a.x + a.width / 2, cy1 = a.y + a.height / 2;
  double cx2 = c.x + c.width / 2, cy2 = c.y + c.height / 2;
  double length = hypot (cx2 - cx1, cy2 - cy1);
  double nx = length > 0 ? -(cy2 - cy1) / length : 0, ny = length > 0 ? (cx2 - cx1) / length : 1;

  PdScenePorts *ports = g_hash_table_lookup (b->ports, pd_edge_get_id (edge));

  *r = (PdSceneRoute) { 0 };
  /* An end spread along a side is aimed at by the other end. */
  if (ports && ports->has[0])
    {
      cx1 = ports->x[0];
      cy1 = ports->y[0];
    }
  if (ports && ports->has[1])
    {
      cx2 = ports->x[1];
      cy2 = ports->y[1];
    }
  pd_node_border_point (pd_node_get_kind (from), &a, cx2, cy2, &r->x1, &r->y1);
  pd_node_border_point (pd_node_get_kind (to), &c, cx1, cy1, &r->x2, &r->y2);
  if (ports && ports->has[0])
    {
      r->x1 = ports->x[0];
      r->y1 = ports->y[0];
    }
  if (ports && ports->has[1])
    {
      r->x2 = ports->x[1];
      r->y2 = ports->y[1];
    }
  /* A spread end that takes the line through another step, however
   * little: aimed at the centres after all. */
  if (ports && (ports->has[0] || ports->has[1]) && meets_other_step (b, r, &a, &c))
    {
      pd_node_border_point (pd_node_get_kind (from), &a, c.x + c.width / 2, c.y + c.height / 2,
                            &r->x1, &r->y1);
      pd_node_border_point (pd_node_get_kind (to), &c, a.x + a.width / 2, a.y + a.height / 2,
                            &r->x2, &r->y2);
    }
  if (paired)
    {
      double gap = pd_scene_style ()->edge.pair_gap;

      r->x1 += nx * gap;
      r->y1 += ny * gap;
      r->x2 += nx * gap;
      r->y2 += ny * gap;
    }
}

/* How far the curve @r runs inside its own two steps @a and @c (their
 * outlines' insets, as route_blocked() takes them off), in the pieces
 * route_blocked() measures. */
static double
through_own (PdSceneBuilder     *b,
             const PdSceneRoute *r,
             const PdRect       *a,
             const PdRect       *c)
{
  Own own = own_steps (b, a, c, TRUE);

  return pd_scene_route_measure (r, inside_own, &own, G_MAXDOUBLE);
}

/* @bowed with its ends moved to the ports spread along its steps' sides
 * (@ports), where it still reaches each from outside: aimed at the
 * control point, as bowed, the lines into a step that many reach would
 * all but meet. FALSE, @bowed untouched, when the curve to a port would
 * run through its own step. */
static gboolean
bow_to_ports (PdSceneBuilder     *b,
              const PdScenePorts *ports,
              const PdRect       *a,
              const PdRect       *c,
              PdSceneRoute       *bowed)
{
  PdSceneRoute moved = *bowed;

  if (ports == NULL || !(ports->has[0] || ports->has[1]))
    return FALSE;
  if (ports->has[0])
    {
      moved.x1 = ports->x[0];
      moved.y1 = ports->y[0];
    }
  if (ports->has[1])
    {
      moved.x2 = ports->x[1];
      moved.y2 = ports->y[1];
    }
  if (through_own (b, &moved, a, c) > 0.5)
    return FALSE;
  *bowed = moved;
  return TRUE;
}

/* Bows round what is in the way of @r, nearer first; when nothing
 * clears, the way through the fewest steps (straight on a tie). At each
 * bow the ends at @ports (nullable), spread along the steps' sides, are
 * tried first. Returns how much of the chosen way is still blocked,
 * having started from @least, the straight line's. */
static double
bow_route (PdSceneBuilder     *b,
           PdNode             *from,
           PdNode             *to,
           const PdScenePorts *ports,
           double              least,
           PdSceneRoute       *r)
{
  static const double bows[] = { 40, -40, 60, -60, 90, -90, 120, -120, 160, -160, 220, -220,
                                 300, -300, 400, -400 };
  PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);
  double cx1 = a.x + a.width / 2, cy1 = a.y + a.height / 2;
  double cx2 = c.x + c.width / 2, cy2 = c.y + c.height / 2;
  double length = hypot (cx2 - cx1, cy2 - cy1);
  double nx = length > 0 ? -(cy2 - cy1) / length : 0, ny = length > 0 ? (cx2 - cx1) / length : 1;
  PdSceneRoute best = *r;

  for (guint i = 0; i < G_N_ELEMENTS (bows); i++)
    {
      PdSceneRoute bowed = { 0 }, tries[2];
      guint n_tries = 0;
      double blocked;
      double mx = (cx1 + cx2) / 2 + nx * bows[i] * 2;
      double my = (cy1 + cy2) / 2 + ny * bows[i] * 2;

      bowed.curved = TRUE;
      bowed.qx = mx;
      bowed.qy = my;
      pd_node_border_point (pd_node_get_kind (from), &a, mx, my, &bowed.x1, &bowed.y1);
      pd_node_border_point (pd_node_get_kind (to), &c, mx, my, &bowed.x2, &bowed.y2);
      /* Ends at the ports first, then aimed at the control point. */
      tries[0] = bowed;
      if (bow_to_ports (b, ports, &a, &c, &tries[0]))
        n_tries++;
      tries[n_tries++] = bowed;
      for (guint k = 0; k < n_tries && least > 0; k++)
        {
          blocked = route_blocked (b, &tries[k], from, to, least);
          if (blocked < least)
            {
              best = tries[k];
              least = blocked;
            }
        }
      if (least == 0)
        break;
    }
  *r = best;
  return least;
}

gboolean
pd_scene_edge_runs_both_ways (PdSceneBuilder *b,
                              PdEdge         *edge)
{
  g_autofree char *reverse = g_strdup_printf ("%s\n%s", pd_edge_get_to_id (edge),
                                              pd_edge_get_from_id (edge));

  return g_hash_table_contains (b->linked_pairs, reverse);
}

gboolean
pd_scene_route_around (PdSceneBuilder *b,
                       PdEdge         *edge,
                       PdNode         *from,
                       PdNode         *to,
                       gboolean        smooth,
                       guint           closed,
                       PdSceneRoute   *r)
{
  return route_around (b, from, to, pd_scene_edge_runs_both_ways (b, edge), smooth,
                       pd_scene_head_sides (b, from), closed, r);
}

/* route_around(), not out of a side of @from where a line comes in,
 * where it has another. */
static gboolean
route_around_free (PdSceneBuilder *b,
                   PdNode         *from,
                   PdNode         *to,
                   gboolean        offset,
                   gboolean        smooth,
                   PdSceneRoute   *r)
{
  guint closed = pd_scene_head_sides (b, from);

  return (closed && route_around (b, from, to, offset, smooth, closed, 0, r))
         || route_around (b, from, to, offset, smooth, 0, 0, r);
}

static void
plan_way (PdSceneBuilder *b,
          PdEdge         *edge,
          PdNode         *from,
          PdNode         *to,
          PdSceneRoute   *r)
{
  gboolean offset = pd_scene_edge_runs_both_ways (b, edge);
  double least;

  if (b->routing != PD_ROUTING_DIRECT
      && route_around_free (b, from, to, offset, b->routing == PD_ROUTING_SMOOTH, r))
    return;
  straight_route (b, edge, from, to, offset, r);
  least = route_blocked (b, r, from, to, G_MAXDOUBLE);
  if (least == 0)
    return;
  /* A line from the end of one row of a layout fit to a page to the
   * start of the next: round the steps, along the gap between the rows,
   * rather than bowed across them. */
  {
    PdRect a = pd_scene_node_rect (b, from), c = pd_scene_node_rect (b, to);

    if (c.x + c.width < a.x && c.y > a.y + a.height
        && route_around_free (b, from, to, offset, TRUE, r))
      return;
  }
  /* No bow clears the steps in the way: a smooth way round them. */
  if (bow_route (b, from, to, g_hash_table_lookup (b->ports, pd_edge_get_id (edge)), least,
                 r) > 0)
    route_around_free (b, from, to, offset, TRUE, r);
}

void
pd_scene_plan_route (PdSceneBuilder *b,
                     PdEdge         *edge,
                     PdNode         *from,
                     PdNode         *to,
                     PdSceneRoute   *r)
{
  plan_way (b, edge, from, to, r);
  pd_scene_spread_head (b, edge, from, to, r);
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
void
pd_scene_record_route (PdSceneBuilder *b,
                       const PdSceneRoute    *r)
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

        pd_scene_route_point (r, (double) i / pieces, &x, &y);
        record_segment (b, px, py, x, y);
        px = x;
        py = y;
      }
  }
}

/* Whether a line of a transition other than @edge runs through @rect. */
gboolean
pd_scene_route_meets_others (PdSceneBuilder *b,
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
