/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "pd-geometry-private.h"
#include "pd-xml-util.h"

gboolean
pd_color_parse (const char *text,
                PdColor    *color)
{
  guint values[3];

  *color = (PdColor) { 0.5, 0.5, 0.5, 1 };
  if (text == NULL || strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      int hi = g_ascii_xdigit_value (text[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (text[2 + 2 * i]);

      if (hi < 0 || lo < 0)
        return FALSE;
      values[i] = hi * 16 + lo;
    }
  *color = (PdColor) { values[0] / 255.0, values[1] / 255.0, values[2] / 255.0, 1 };
  return TRUE;
}

char *
pd_color_to_hex (const PdColor *color)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) round (CLAMP (color->red, 0, 1) * 255),
                          (guint) round (CLAMP (color->green, 0, 1) * 255),
                          (guint) round (CLAMP (color->blue, 0, 1) * 255));
}

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
pd_color_luminance (const PdColor *color)
{
  return 0.2126 * channel (color->red) + 0.7152 * channel (color->green)
         + 0.0722 * channel (color->blue);
}

double
pd_color_contrast (const PdColor *a,
                   const PdColor *b)
{
  double la = pd_color_luminance (a), lb = pd_color_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

PdColor
pd_color_mix (const PdColor *a,
              const PdColor *b,
              double         amount)
{
  return (PdColor) {
    a->red + (b->red - a->red) * amount,
    a->green + (b->green - a->green) * amount,
    a->blue + (b->blue - a->blue) * amount,
    a->alpha + (b->alpha - a->alpha) * amount,
  };
}

gboolean
pd_rect_is_empty (const PdRect *rect)
{
  return rect->width <= 0 || rect->height <= 0;
}

/* Liang and Barsky's clipping. */
double
pd_rect_segment_length (const PdRect *r,
                        double x1, double y1, double x2, double y2)
{
  double dx = x2 - x1, dy = y2 - y1;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { x1 - r->x, r->x + r->width - x1, y1 - r->y, r->y + r->height - y1 };
  double t0 = 0, t1 = 1;

  for (int i = 0; i < 4; i++)
    {
      double t;

      if (p[i] == 0)
        {
          if (q[i] <= 0)
            return 0;
          continue;
        }
      t = q[i] / p[i];
      if (p[i] < 0)
        t0 = MAX (t0, t);
      else
        t1 = MIN (t1, t);
      if (t0 >= t1)
        return 0;
    }
  return (t1 - t0) * hypot (dx, dy);
}

PdRect
pd_rect_grown (const PdRect *rect,
               double        by)
{
  return (PdRect) { rect->x - by, rect->y - by, rect->width + 2 * by, rect->height + 2 * by };
}

void
pd_rect_union (PdRect       *rect,
               const PdRect *other)
{
  double x1, y1, x2, y2;

  if (pd_rect_is_empty (other))
    return;
  if (pd_rect_is_empty (rect))
    {
      *rect = *other;
      return;
    }
  x1 = MIN (rect->x, other->x);
  y1 = MIN (rect->y, other->y);
  x2 = MAX (rect->x + rect->width, other->x + other->width);
  y2 = MAX (rect->y + rect->height, other->y + other->height);
  *rect = (PdRect) { x1, y1, x2 - x1, y2 - y1 };
}

PdPath *
pd_path_new (void)
{
  PdPath *path = g_new0 (PdPath, 1);

  path->segments = g_array_new (FALSE, FALSE, sizeof (PdPathSegment));
  return path;
}

void
pd_path_free (PdPath *path)
{
  if (path == NULL)
    return;
  g_array_unref (path->segments);
  g_free (path);
}

static void
add (PdPath  *path,
     PdPathOp op,
     double   x1, double y1, double x2, double y2, double x3, double y3)
{
  PdPathSegment segment = { op, { x1, y1, x2, y2, x3, y3 } };

  g_array_append_val (path->segments, segment);
}

void pd_path_move_to (PdPath *path, double x, double y) { add (path, PD_PATH_MOVE_TO, x, y, 0, 0, 0, 0); }
void pd_path_line_to (PdPath *path, double x, double y) { add (path, PD_PATH_LINE_TO, x, y, 0, 0, 0, 0); }
void pd_path_close (PdPath *path) { add (path, PD_PATH_CLOSE, 0, 0, 0, 0, 0, 0); }

guint
pd_path_segment_n_points (const PdPathSegment *segment)
{
  switch (segment->op)
    {
    case PD_PATH_CURVE_TO: return 3;
    case PD_PATH_CLOSE: return 0;
    default: return 1;
    }
}

void
pd_path_curve_to (PdPath *path,
                  double x1, double y1,
                  double x2, double y2,
                  double x3, double y3)
{
  add (path, PD_PATH_CURVE_TO, x1, y1, x2, y2, x3, y3);
}

void
pd_path_rectangle (PdPath *path, double x, double y, double w, double h)
{
  pd_path_move_to (path, x, y);
  pd_path_line_to (path, x + w, y);
  pd_path_line_to (path, x + w, y + h);
  pd_path_line_to (path, x, y + h);
  pd_path_close (path);
}

/* Quarter circles as cubic Béziers (the usual 0.5523 handle length). */
#define KAPPA 0.5522847498

static void
corner (PdPath *path,
        double  cx, double cy,      /* the corner's centre */
        double  r,
        double  from_angle)         /* radians; sweeps 90° clockwise */
{
  double a0 = from_angle, a1 = from_angle + G_PI / 2;
  double x0 = cx + r * cos (a0), y0 = cy + r * sin (a0);
  double x3 = cx + r * cos (a1), y3 = cy + r * sin (a1);
  double k = KAPPA * r;

  pd_path_curve_to (path,
                    x0 - k * sin (a0), y0 + k * cos (a0),
                    x3 + k * sin (a1), y3 - k * cos (a1),
                    x3, y3);
}

void
pd_path_rounded_rect (PdPath *path, double x, double y, double w, double h, double radius)
{
  double r = MIN (radius, MIN (w, h) / 2);

  pd_path_move_to (path, x + r, y);
  pd_path_line_to (path, x + w - r, y);
  corner (path, x + w - r, y + r, r, -G_PI / 2);
  pd_path_line_to (path, x + w, y + h - r);
  corner (path, x + w - r, y + h - r, r, 0);
  pd_path_line_to (path, x + r, y + h);
  corner (path, x + r, y + h - r, r, G_PI / 2);
  pd_path_line_to (path, x, y + r);
  corner (path, x + r, y + r, r, G_PI);
  pd_path_close (path);
}

void
pd_path_circle (PdPath *path, double cx, double cy, double radius)
{
  pd_path_move_to (path, cx + radius, cy);
  for (int i = 0; i < 4; i++)
    corner (path, cx, cy, radius, i * G_PI / 2);
  pd_path_close (path);
}

char *
pd_path_to_svg (const PdPath *path)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < path->segments->len; i++)
    {
      const PdPathSegment *s = &g_array_index (path->segments, PdPathSegment, i);
      static const char letters[] = { 'M', 'L', 'C', 'Z' };
      guint n = 2 * pd_path_segment_n_points (s);

      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append_c (out, letters[s->op]);
      for (guint p = 0; p < n; p++)
        {
          g_string_append_c (out, ' ');
          pd_xml_append_number (out, s->points[p]);
        }
    }
  return g_string_free (out, FALSE);
}
