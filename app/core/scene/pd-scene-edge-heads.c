/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Heads: where a transition's arrowhead would land on one drawn already
 * into the same step (two square ways into the middle of one side, two
 * lines aimed at its centre from about the same way), or, for a way
 * round steps, where one drawn already leaves it, it is moved along that
 * side, its last run with it, to where it lands on none; but only where
 * the line then runs through no more of the steps than it did. A way
 * round steps into a diamond's tip, which has no side to move along, is
 * planned again to another tip. */
#include <math.h>

#include "pd-route.h"
#include "pd-scene-edge-private.h"

/* Arrowheads' tips closer than this would overlap, or all but touch: an
 * arrowhead is 10 units across. */
#define HEADS_APART 12.0
/* The steps a head is moved along its side, either way, at most
 * HEAD_TRIES times, kept within HEAD_SPAN of the side from its middle. */
#define HEAD_STEP 6.0
#define HEAD_TRIES 6
#define HEAD_SPAN 0.8
/* A way planned again to end on another side, at most this many times,
 * is kept only as long as this times the first way, and this more. */
#define OTHER_SIDES 3
#define OTHER_SIDE_LONGER 1.5
#define OTHER_SIDE_MORE 40.0
/* and crossing at most this many more of the ways drawn already: two
 * arrowheads apart read better than two lines into one, even with a
 * crossing or two more. */
#define OTHER_SIDE_CROSSINGS 2

/* How far @r runs inside steps other than @to's: into a diamond or a cut
 * corner a line runs inside the step's box, as it must. */
static double
inside_steps (PdSceneBuilder     *b,
              PdNode             *to,
              const PdSceneRoute *r)
{
  PdRect box = pd_scene_node_rect (b, to);

  return pd_scene_route_through_steps (b, r, &box, NULL, G_MAXDOUBLE);
}

/* Whether (@x, @y) is within HEADS_APART of a head in @heads (x, y
 * pairs; nullable: none). */
static gboolean
lands_on (const GArray *heads,
          double        x,
          double        y)
{
  const double *h;

  if (heads == NULL)
    return FALSE;
  h = (const double *) heads->data;

  for (guint i = 0; i + 1 < heads->len; i += 2)
    if (hypot (h[i] - x, h[i + 1] - y) < HEADS_APART)
      return TRUE;
  return FALSE;
}

/* @r with its head moved by (@dx, @dy) to (@x, @y); a way's last corner
 * moved with it, so that its last run keeps its direction (upright or
 * level, when it was). */
static void
move_head (PdSceneRoute *r,
           double        x,
           double        y,
           double        dx,
           double        dy)
{
  if (r->points)
    {
      double *p = (double *) r->points->data;
      guint n = r->points->len / 2;

      /* A square run stays square: its corner (or, for a way of one run,
       * its start) moves only across it. */
      if (n > 2 || !r->smooth)
        {
          gboolean down = fabs (p[2 * n - 4] - p[2 * n - 2]) < 0.01;
          gboolean across = fabs (p[2 * n - 3] - p[2 * n - 1]) < 0.01;

          p[2 * n - 4] += across && !down ? 0 : dx;
          p[2 * n - 3] += down && !across ? 0 : dy;
        }
      p[2 * n - 2] = x;
      p[2 * n - 1] = y;
      r->x1 = p[0];
      r->y1 = p[1];
    }
  r->x2 = x;
  r->y2 = y;
}

/* Whether @r still starts on @from's outline: a square way of one run,
 * moved across, leaves its step where the box's side is its outline. */
static gboolean
starts_on (PdSceneBuilder     *b,
           PdNode             *from,
           const PdSceneRoute *r)
{
  PdRect a = pd_scene_node_rect (b, from);
  double x, y;

  pd_node_border_point (pd_node_get_kind (from), &a, r->x1, r->y1, &x, &y);
  return hypot (x - r->x1, y - r->y1) <= 0.5;
}

/* The side of @c (a PdRouteSide) nearest (@x, @y): left or right where
 * it is nearer to one of those than to the top and the bottom. */
static guint
side_at (const PdRect *c,
         double        x,
         double        y)
{
  double left = fabs (x - c->x), right = fabs (c->x + c->width - x);
  double top = fabs (y - c->y), bottom = fabs (c->y + c->height - y);

  if (MIN (left, right) < MIN (top, bottom))
    return left < right ? PD_ROUTE_SIDE_LEFT : PD_ROUTE_SIDE_RIGHT;
  return top < bottom ? PD_ROUTE_SIDE_TOP : PD_ROUTE_SIDE_BOTTOM;
}

/* @r's head moved along its side of @to, its last run with it, to
 * where it lands on none of @heads and none of @starts (of lines from
 * @to; nullable), its line through no more of the steps than it was;
 * FALSE, @r as it was, where there is no such place. */
static gboolean
slide_head (PdSceneBuilder *b,
            PdNode         *from,
            PdNode         *to,
            const GArray   *heads,
            const GArray   *starts,
            PdSceneRoute   *r)
{
  PdRect c = pd_scene_node_rect (b, to);
  gboolean single = r->points && r->points->len == 4 && !r->smooth;
  /* The side the head is on: the nearest of the box's. */
  guint side = side_at (&c, r->x2, r->y2);
  gboolean upright = side == PD_ROUTE_SIDE_LEFT || side == PD_ROUTE_SIDE_RIGHT;
  double along = upright ? r->y2 : r->x2;
  double middle = upright ? c.y + c.height / 2 : c.x + c.width / 2;
  double reach = (upright ? c.height : c.width) * HEAD_SPAN / 2;
  double was = inside_steps (b, to, r);

  for (guint t = 1; t <= 2 * HEAD_TRIES; t++)
    {
      double shift = (t % 2 ? 1 : -1) * HEAD_STEP * ((t + 1) / 2);
      double tx, ty, x, y;
      PdSceneRoute moved = *r;
      g_autoptr(GArray) points = NULL;

      if (fabs (along + shift - middle) > reach)
        continue;
      tx = upright ? (side == PD_ROUTE_SIDE_LEFT ? c.x : c.x + c.width) : along + shift;
      ty = upright ? along + shift : (side == PD_ROUTE_SIDE_TOP ? c.y : c.y + c.height);
      pd_node_border_point (pd_node_get_kind (to), &c, tx, ty, &x, &y);
      /* A way round steps meets its step square on, on the box's
       * side, not on the slope of a diamond or a rounded corner. */
      if (lands_on (heads, x, y) || lands_on (starts, x, y)
          || (r->points && hypot (x - tx, y - ty) > 0.5))
        continue;
      if (r->points)
        {
          points = g_array_copy (r->points);
          moved.points = points;
        }
      move_head (&moved, x, y, x - r->x2, y - r->y2);
      if (inside_steps (b, to, &moved) > was + 0.5
          || (single && !starts_on (b, from, &moved)))
        continue;
      move_head (r, x, y, x - r->x2, y - r->y2);
      return TRUE;
    }
  return FALSE;
}

static double
piece_length (gconstpointer data,
              double        x1,
              double        y1,
              double        x2,
              double        y2,
              double        left)
{
  return hypot (x2 - x1, y2 - y1);
}

/* Which way round (@cx, @cy) is from the line through (@ax, @ay) and
 * (@bx, @by): its sign. */
static double
turn (double ax,
      double ay,
      double bx,
      double by,
      double cx,
      double cy)
{
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/* How many of the ways drawn already (the builder @data's) the piece
 * from (@x1, @y1) to (@x2, @y2) crosses, each run once. */
static double
piece_crossings (gconstpointer data,
                 double        x1,
                 double        y1,
                 double        x2,
                 double        y2,
                 double        left)
{
  PdSceneBuilder *b = (PdSceneBuilder *) data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));
  PdRect span = { MIN (x1, x2), MIN (y1, y2), fabs (x2 - x1), fabs (y2 - y1) };
  double count = 0;

  pd_rect_index_collect_ids (b->route_index, &span, ids, G_MAXUINT);
  for (guint k = 0; k < ids->len; k++)
    {
      const PdRouteSegment *seg = &g_array_index (b->route_segments, PdRouteSegment,
                                                  g_array_index (ids, guint, k));

      count += turn (x1, y1, x2, y2, seg->x1, seg->y1) * turn (x1, y1, x2, y2, seg->x2, seg->y2) < 0
               && turn (seg->x1, seg->y1, seg->x2, seg->y2, x1, y1)
                  * turn (seg->x1, seg->y1, seg->x2, seg->y2, x2, y2) < 0;
    }
  return count;
}

static void
route_clear (PdSceneRoute *r)
{
  g_clear_pointer (&r->points, g_array_unref);
  g_clear_pointer (&r->obstacles, g_array_unref);
}

/* The sides of @c whose middles hold one of @points. */
static guint
sides_taken (const PdRect *c,
             const GArray *points)
{
  const double *p = (const double *) points->data;
  guint taken = 0;

  for (guint i = 0; i + 1 < points->len; i += 2)
    {
      guint side = side_at (c, p[i], p[i + 1]);
      gboolean upright = side == PD_ROUTE_SIDE_LEFT || side == PD_ROUTE_SIDE_RIGHT;

      if (fabs (upright ? p[i + 1] - (c->y + c->height / 2) : p[i] - (c->x + c->width / 2))
          < HEADS_APART)
        taken |= side;
    }
  return taken;
}

guint
pd_scene_head_sides (PdSceneBuilder *b,
                     PdNode         *node)
{
  GArray *heads = g_hash_table_lookup (b->heads, node);
  PdRect c;

  if (heads == NULL)
    return 0;
  c = pd_scene_node_rect (b, node);
  return sides_taken (&c, heads);
}

/* A square or smooth way @r whose head lands on one of @heads or
 * @starts (of lines from @to) where it cannot slide along its side (a
 * diamond's tip), planned again to end on another side of @to, then
 * another, where its head lands on none (or slides to where it does),
 * its line through no more of the steps, across few more of the ways
 * drawn already, and not much longer. */
static void
plan_to_other_side (PdSceneBuilder *b,
                    PdEdge         *edge,
                    PdNode         *from,
                    PdNode         *to,
                    const GArray   *heads,
                    const GArray   *starts,
                    PdSceneRoute   *r)
{
  PdRect c = pd_scene_node_rect (b, to);
  double was = inside_steps (b, to, r);
  double length = pd_scene_route_measure (r, piece_length, NULL, G_MAXDOUBLE);
  double crossed = pd_scene_route_measure (r, piece_crossings, b, G_MAXDOUBLE);
  guint closed = side_at (&c, r->x2, r->y2) | sides_taken (&c, starts);

  for (guint t = 0; t < OTHER_SIDES; t++)
    {
      PdSceneRoute other;

      if (!pd_scene_route_around (b, edge, from, to, r->smooth, closed, &other))
        return;
      closed |= side_at (&c, other.x2, other.y2);
      if (((!lands_on (heads, other.x2, other.y2) && !lands_on (starts, other.x2, other.y2))
           || slide_head (b, from, to, heads, starts, &other))
          && inside_steps (b, to, &other) <= was + 0.5
          && pd_scene_route_measure (&other, piece_length, NULL, G_MAXDOUBLE)
             <= length * OTHER_SIDE_LONGER + OTHER_SIDE_MORE
          && pd_scene_route_measure (&other, piece_crossings, b, G_MAXDOUBLE)
             <= crossed + OTHER_SIDE_CROSSINGS)
        {
          route_clear (r);
          *r = other;
          return;
        }
      route_clear (&other);
    }
}

/* The points filed for @node in @table (x, y pairs), a new array filed
 * for it when it has none. */
static GArray *
filed (GHashTable *table,
       PdNode     *node)
{
  GArray *points = g_hash_table_lookup (table, node);

  if (points == NULL)
    {
      points = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (table, node, points);
    }
  return points;
}

void
pd_scene_spread_head (PdSceneBuilder *b,
                      PdEdge         *edge,
                      PdNode         *from,
                      PdNode         *to,
                      PdSceneRoute   *r)
{
  GArray *heads = filed (b->heads, to), *starts = filed (b->starts, from);
  /* Ways round steps (square or smooth, and a fit's from one row's end
   * to the next row's start) start and end at the middles of sides,
   * where one that arrives may meet one that leaves; straight lines
   * spread along sides already. */
  GArray *leaving = r->points ? filed (b->starts, to) : NULL;

  if ((lands_on (heads, r->x2, r->y2) || lands_on (leaving, r->x2, r->y2))
      && !slide_head (b, from, to, heads, leaving, r) && r->points)
    plan_to_other_side (b, edge, from, to, heads, leaving, r);
  g_array_append_val (heads, r->x2);
  g_array_append_val (heads, r->y2);
  g_array_append_val (starts, r->x1);
  g_array_append_val (starts, r->y1);
}
