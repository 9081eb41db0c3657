/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Heads: where a transition's arrowhead would land on one drawn already
 * into the same step (two square ways into the middle of one side, two
 * lines aimed at its centre from about the same way), it is moved along
 * that side, its last run with it, to where it lands on none; but only
 * where the line then runs through no more of the steps than it did. */
#include <math.h>

#include "pd-scene-edge-private.h"

/* Arrowheads' tips closer than this would overlap, or all but touch: an
 * arrowhead is 10 units across. */
#define HEADS_APART 12.0
/* The steps a head is moved along its side, either way, at most
 * HEAD_TRIES times, kept within HEAD_SPAN of the side from its middle. */
#define HEAD_STEP 6.0
#define HEAD_TRIES 6
#define HEAD_SPAN 0.8

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
 * pairs). */
static gboolean
lands_on (const GArray *heads,
          double        x,
          double        y)
{
  const double *h = (const double *) heads->data;

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

void
pd_scene_spread_head (PdSceneBuilder *b,
                      PdNode         *from,
                      PdNode         *to,
                      PdSceneRoute   *r)
{
  GArray *heads = g_hash_table_lookup (b->heads, to);
  PdRect c = pd_scene_node_rect (b, to);
  gboolean upright;
  double along, middle, reach, was;

  if (heads == NULL)
    {
      heads = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (b->heads, to, heads);
    }
  if (lands_on (heads, r->x2, r->y2))
    {
      gboolean single = r->points && r->points->len == 4 && !r->smooth;
      /* The side the head is on: the nearest of the box's. */
      double left = fabs (r->x2 - c.x), right = fabs (c.x + c.width - r->x2);
      double top = fabs (r->y2 - c.y), bottom = fabs (c.y + c.height - r->y2);

      upright = MIN (left, right) < MIN (top, bottom);
      along = upright ? r->y2 : r->x2;
      middle = upright ? c.y + c.height / 2 : c.x + c.width / 2;
      reach = (upright ? c.height : c.width) * HEAD_SPAN / 2;
      was = inside_steps (b, to, r);
      for (guint t = 1; t <= 2 * HEAD_TRIES; t++)
        {
          double shift = (t % 2 ? 1 : -1) * HEAD_STEP * ((t + 1) / 2);
          double tx, ty, x, y;
          PdSceneRoute moved = *r;
          g_autoptr(GArray) points = NULL;

          if (fabs (along + shift - middle) > reach)
            continue;
          tx = upright ? (left < right ? c.x : c.x + c.width) : along + shift;
          ty = upright ? along + shift : (top < bottom ? c.y : c.y + c.height);
          pd_node_border_point (pd_node_get_kind (to), &c, tx, ty, &x, &y);
          /* A way round steps meets its step square on, on the box's
           * side, not on the slope of a diamond or a rounded corner. */
          if (lands_on (heads, x, y) || (r->points && hypot (x - tx, y - ty) > 0.5))
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
          break;
        }
    }
  g_array_append_val (heads, r->x2);
  g_array_append_val (heads, r->y2);
}
