/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-rect-index.h"

struct _PdRectIndex
{
  double cell;
  GHashTable *cells;     /* packed cell coordinates → GArray of PdRect */
};

/* Rectangles larger than this many cells a side are filed once per cell
 * up to it; coordinates are bounded by the model, so cells stay few. */
#define MAX_CELLS_PER_SIDE 64

PdRectIndex *
pd_rect_index_new (double cell_size)
{
  PdRectIndex *index = g_new0 (PdRectIndex, 1);

  index->cell = cell_size;
  index->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
  return index;
}

void
pd_rect_index_free (PdRectIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->cells);
  g_free (index);
}

static gint64
key_of (gint64 cx,
        gint64 cy)
{
  return (cx << 32) ^ (cy & 0xFFFFFFFF);
}

static void
cell_range (PdRectIndex  *index,
            const PdRect *rect,
            gint64       *x0,
            gint64       *y0,
            gint64       *x1,
            gint64       *y1)
{
  *x0 = (gint64) floor (rect->x / index->cell);
  *y0 = (gint64) floor (rect->y / index->cell);
  *x1 = MIN ((gint64) floor ((rect->x + rect->width) / index->cell), *x0 + MAX_CELLS_PER_SIDE);
  *y1 = MIN ((gint64) floor ((rect->y + rect->height) / index->cell), *y0 + MAX_CELLS_PER_SIDE);
}

void
pd_rect_index_add (PdRectIndex  *index,
                   const PdRect *rect)
{
  gint64 x0, y0, x1, y1;

  cell_range (index, rect, &x0, &y0, &x1, &y1);
  for (gint64 cy = y0; cy <= y1; cy++)
    for (gint64 cx = x0; cx <= x1; cx++)
      {
        gint64 key = key_of (cx, cy);
        GArray *rects = g_hash_table_lookup (index->cells, &key);

        if (rects == NULL)
          {
            rects = g_array_new (FALSE, FALSE, sizeof (PdRect));
            g_hash_table_insert (index->cells, g_memdup2 (&key, sizeof key), rects);
          }
        g_array_append_val (rects, *rect);
      }
}

static gboolean
intersects (const PdRect *a,
            const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
pd_rect_index_overlaps (PdRectIndex  *index,
                        const PdRect *rect)
{
  gint64 x0, y0, x1, y1;

  cell_range (index, rect, &x0, &y0, &x1, &y1);
  for (gint64 cy = y0; cy <= y1; cy++)
    for (gint64 cx = x0; cx <= x1; cx++)
      {
        gint64 key = key_of (cx, cy);
        GArray *rects = g_hash_table_lookup (index->cells, &key);

        for (guint i = 0; rects && i < rects->len; i++)
          if (intersects (rect, &g_array_index (rects, PdRect, i)))
            return TRUE;
      }
  return FALSE;
}
