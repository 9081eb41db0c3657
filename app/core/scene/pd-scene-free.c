/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Free room in a drawn diagram: a place for a box that meets no step, no
 * line of a transition, no label and no lane's name, looked for from the
 * diagram's bottom right corner, where the last row of a diagram fitted
 * to a page leaves room. */
#include <math.h>

#include "pd-geometry-private.h"
#include "pd-rect-index-private.h"
#include "pd-scene-private.h"

/* Lines are filed as pieces this long at most, each as its bounding box,
 * so that a long slanting line blocks only the room it runs through. */
#define PIECE 16.0
/* Candidate places are tried this far apart, or closer... */
#define STEP 16.0
/* ...but no more than this many along each side. */
#define MOST_STEPS 64

static void
add_piece (PdRectIndex *index,
           double       x1,
           double       y1,
           double       x2,
           double       y2)
{
  guint pieces = MAX (1, (guint) ceil (hypot (x2 - x1, y2 - y1) / PIECE));

  for (guint i = 0; i < pieces; i++)
    {
      double ax = x1 + (x2 - x1) * i / pieces, ay = y1 + (y2 - y1) * i / pieces;
      double bx = x1 + (x2 - x1) * (i + 1) / pieces, by = y1 + (y2 - y1) * (i + 1) / pieces;
      PdRect box = { MIN (ax, bx) - 1, MIN (ay, by) - 1, fabs (bx - ax) + 2, fabs (by - ay) + 2 };

      pd_rect_index_add (index, &box);
    }
}

/* The point at @t of the curve from (@x, @y) by @points. */
static void
curve_at (double        x,
          double        y,
          const double *points,
          double        t,
          double       *px,
          double       *py)
{
  double u = 1 - t;

  *px = u * u * u * x + 3 * u * u * t * points[0] + 3 * u * t * t * points[2]
        + t * t * t * points[4];
  *py = u * u * u * y + 3 * u * u * t * points[1] + 3 * u * t * t * points[3]
        + t * t * t * points[5];
}

/* Files the lines of @path: curves by points along them. */
static void
add_path (PdRectIndex  *index,
          const PdPath *path)
{
  double x = 0, y = 0, sx = 0, sy = 0;

  for (guint i = 0; i < path->segments->len; i++)
    {
      const PdPathSegment *s = &g_array_index (path->segments, PdPathSegment, i);

      switch (s->op)
        {
        case PD_PATH_MOVE_TO:
          x = sx = s->points[0];
          y = sy = s->points[1];
          break;
        case PD_PATH_LINE_TO:
          add_piece (index, x, y, s->points[0], s->points[1]);
          x = s->points[0];
          y = s->points[1];
          break;
        case PD_PATH_CURVE_TO:
          for (guint k = 1; k <= 8; k++)
            {
              double ax, ay, bx, by;

              curve_at (x, y, s->points, (k - 1) / 8.0, &ax, &ay);
              curve_at (x, y, s->points, k / 8.0, &bx, &by);
              add_piece (index, ax, ay, bx, by);
            }
          x = s->points[4];
          y = s->points[5];
          break;
        case PD_PATH_CLOSE:
          add_piece (index, x, y, sx, sy);
          x = sx;
          y = sy;
          break;
        }
    }
}

static void
add_text (PdRectIndex   *index,
          const PdShape *shape)
{
  for (guint i = 0; i < shape->lines->len; i++)
    {
      const PdTextLine *line = g_ptr_array_index (shape->lines, i);
      PdRect box = { line->x, line->y - shape->font_size, line->width,
                     shape->font_size * 1.3 };

      pd_rect_index_add (index, &box);
    }
}

/* Everything of @scene a box must keep clear of: steps whole, the lines
 * and words of transitions, the words of lanes (not their bands). */
static PdRectIndex *
index_scene (PdScene *scene)
{
  PdRectIndex *index = pd_rect_index_new (64);

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      if (group->kind == PD_GROUP_NODE)
        pd_rect_index_add (index, &group->bounds);
      if (group->kind != PD_GROUP_EDGE && group->kind != PD_GROUP_LANE)
        continue;
      for (guint s = 0; s < group->shapes->len; s++)
        {
          PdShape *shape = g_ptr_array_index (group->shapes, s);

          if (shape->type == PD_SHAPE_TEXT)
            add_text (index, shape);
          else if (group->kind == PD_GROUP_EDGE)
            add_path (index, shape->path);
        }
    }
  return index;
}

gboolean
pd_scene_find_free_room (PdScene      *scene,
                         const PdRect *within,
                         double        width,
                         double        height,
                         double        pad,
                         double       *x,
                         double       *y)
{
  g_autoptr(PdRectIndex) index = NULL;
  double room_x = within->width - width - 2 * pad, room_y = within->height - height - 2 * pad;
  double step_x, step_y;

  if (room_x < 0 || room_y < 0)
    return FALSE;
  index = index_scene (scene);
  step_x = MAX (STEP, room_x / MOST_STEPS);
  step_y = MAX (STEP, room_y / MOST_STEPS);
  /* From the bottom up, each height from the right leftwards. */
  for (double dy = 0; dy <= room_y; dy += step_y)
    for (double dx = 0; dx <= room_x; dx += step_x)
      {
        PdRect box = { within->x + within->width - pad - width - dx,
                       within->y + within->height - pad - height - dy, width, height };
        PdRect clear = pd_rect_grown (&box, pad);

        if (!pd_rect_index_overlaps (index, &clear))
          {
            *x = box.x;
            *y = box.y;
            return TRUE;
          }
      }
  return FALSE;
}
