/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-tiles.h"

/* Print size: a CSS pixel is 0.75 pt. */
#define PT_PER_PX 0.75
/* Rounding slack, so that a diagram that fits exactly is one tile. */
#define EPSILON 1e-6

static guint
tiles_along (double length,
             double tile,
             double step)
{
  if (length <= tile + EPSILON)
    return 1;
  return 1 + (guint) ceil ((length - tile) / step - EPSILON);
}

gboolean
pd_tiles_plan (const PdRect *bounds,
               double        smallest_text,
               double        area_width,
               double        area_height,
               double        min_text_pt,
               gboolean      fit,
               PdTiling     *tiling)
{
  double fit_scale, readable, overlap_pt;

  g_return_val_if_fail (bounds != NULL && tiling != NULL, FALSE);

  if (!(bounds->width > 0 && bounds->height > 0 && area_width > 0 && area_height > 0))
    return FALSE;
  fit_scale = MIN (area_width / bounds->width, area_height / bounds->height);
  tiling->bounds = *bounds;
  tiling->columns = tiling->rows = 1;
  tiling->overlap = 0;
  /* Never enlarged past print size only to fill the paper. */
  tiling->scale = MIN (fit_scale, PT_PER_PX);
  readable = smallest_text > 0 ? min_text_pt / smallest_text : 0;
  if (!fit && tiling->scale < readable)
    tiling->scale = readable;
  tiling->tile_width = area_width / tiling->scale;
  tiling->tile_height = area_height / tiling->scale;
  if (fit || tiling->scale <= fit_scale + EPSILON)
    {
      tiling->step_width = tiling->tile_width;
      tiling->step_height = tiling->tile_height;
      return TRUE;
    }
  /* A small area would be all overlap: share at most a quarter of it. */
  overlap_pt = MIN (PD_TILES_OVERLAP_PT, MIN (area_width, area_height) / 4);
  tiling->overlap = overlap_pt / tiling->scale;
  tiling->step_width = tiling->tile_width - tiling->overlap;
  tiling->step_height = tiling->tile_height - tiling->overlap;
  tiling->columns = tiles_along (bounds->width, tiling->tile_width, tiling->step_width);
  tiling->rows = tiles_along (bounds->height, tiling->tile_height, tiling->step_height);
  return TRUE;
}

guint
pd_tiles_count (const PdTiling *tiling)
{
  return tiling->columns * tiling->rows;
}

void
pd_tiles_get_area (const PdTiling *tiling,
                   guint           index,
                   PdRect         *area)
{
  guint row, column;

  g_return_if_fail (index < pd_tiles_count (tiling));

  row = index / tiling->columns;
  column = index % tiling->columns;
  area->x = tiling->bounds.x + column * tiling->step_width;
  area->y = tiling->bounds.y + row * tiling->step_height;
  area->width = tiling->tile_width;
  area->height = tiling->tile_height;
}

double
pd_tiles_smallest_text (PdScene *scene)
{
  double smallest = 0;

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      for (guint s = 0; s < group->shapes->len; s++)
        {
          PdShape *shape = g_ptr_array_index (group->shapes, s);

          if (shape->type == PD_SHAPE_TEXT && shape->lines->len > 0 && shape->font_size > 0
              && (smallest == 0 || shape->font_size < smallest))
            smallest = shape->font_size;
        }
    }
  return smallest;
}
