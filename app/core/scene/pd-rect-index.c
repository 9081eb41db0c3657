/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-geometry-private.h"
#include "pd-rect-index-private.h"

struct _PdRectIndex
{
  double cell;
  GArray *rects;         /* of PdRect */
  GArray *stamps;        /* of guint: the last query that met each rect */
  guint query;
  GHashTable *cells;     /* packed cell coordinates → GArray of guint (rect index) */
};

/* Rectangles larger than this many cells a side are filed once per cell
 * up to it; coordinates are bounded by the model, so cells stay few. */
#define MAX_CELLS_PER_SIDE 64

/* g_int64_hash folds the halves together with XOR, so every cell on a
 * diagonal (cx ^ cy equal) would share a bucket; mix the bits instead. */
static guint
cell_hash (gconstpointer key)
{
  guint64 k = *(const guint64 *) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  return (guint) (k >> 32);
}

PdRectIndex *
pd_rect_index_new (double cell_size)
{
  PdRectIndex *index = g_new0 (PdRectIndex, 1);

  index->cell = cell_size;
  index->rects = g_array_new (FALSE, FALSE, sizeof (PdRect));
  index->stamps = g_array_new (FALSE, TRUE, sizeof (guint));
  index->cells = g_hash_table_new_full (cell_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
  return index;
}

void
pd_rect_index_free (PdRectIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->cells);
  g_array_unref (index->rects);
  g_array_unref (index->stamps);
  g_free (index);
}

/* Both halves packed in unsigned arithmetic: shifting a negative cell
 * number left is undefined in C. */
static gint64
key_of (gint64 cx,
        gint64 cy)
{
  guint64 key = ((guint64) cx << 32) ^ ((guint64) cy & 0xFFFFFFFF);

  return (gint64) key;
}

static void
cell_range (PdRectIndex *index,
            double       x0,
            double       y0,
            double       x1,
            double       y1,
            gint64      *cx0,
            gint64      *cy0,
            gint64      *cx1,
            gint64      *cy1)
{
  *cx0 = (gint64) floor (MIN (x0, x1) / index->cell);
  *cy0 = (gint64) floor (MIN (y0, y1) / index->cell);
  *cx1 = (gint64) floor (MAX (x0, x1) / index->cell);
  *cy1 = (gint64) floor (MAX (y0, y1) / index->cell);
}

guint
pd_rect_index_add (PdRectIndex  *index,
                   const PdRect *rect)
{
  guint id = index->rects->len;
  gint64 x0, y0, x1, y1;
  guint zero = 0;

  g_array_append_val (index->rects, *rect);
  g_array_append_val (index->stamps, zero);
  cell_range (index, rect->x, rect->y, rect->x + rect->width, rect->y + rect->height,
              &x0, &y0, &x1, &y1);
  x1 = MIN (x1, x0 + MAX_CELLS_PER_SIDE);
  y1 = MIN (y1, y0 + MAX_CELLS_PER_SIDE);
  for (gint64 cy = y0; cy <= y1; cy++)
    for (gint64 cx = x0; cx <= x1; cx++)
      {
        gint64 key = key_of (cx, cy);
        GArray *ids = g_hash_table_lookup (index->cells, &key);

        if (ids == NULL)
          {
            ids = g_array_new (FALSE, FALSE, sizeof (guint));
            g_hash_table_insert (index->cells, g_memdup2 (&key, sizeof key), ids);
          }
        g_array_append_val (ids, id);
      }
  return id;
}

static gboolean
intersects (const PdRect *a,
            const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* How much of @shape meets a rectangle: 1 or 0 for a rectangle, a length
 * for a segment. */
typedef double (*Test) (const PdRect *rect, const double *shape);

static double
count (PdRectIndex  *index,
       double        x0,
       double        y0,
       double        x1,
       double        y1,
       Test          test,
       const double *shape,
       double        limit)
{
  gint64 cx0, cy0, cx1, cy1;
  double found = 0;

  index->query++;
  cell_range (index, x0, y0, x1, y1, &cx0, &cy0, &cx1, &cy1);
  for (gint64 cy = cy0; cy <= cy1; cy++)
    for (gint64 cx = cx0; cx <= cx1; cx++)
      {
        gint64 key = key_of (cx, cy);
        GArray *ids = g_hash_table_lookup (index->cells, &key);

        for (guint i = 0; ids && i < ids->len; i++)
          {
            guint id = g_array_index (ids, guint, i);
            guint *stamp = &g_array_index (index->stamps, guint, id);

            if (*stamp == index->query)
              continue;
            *stamp = index->query;
            found += test (&g_array_index (index->rects, PdRect, id), shape);
            if (found >= limit)
              return found;
          }
      }
  return found;
}

static double
test_rect (const PdRect *rect,
           const double *shape)
{
  const PdRect other = { shape[0], shape[1], shape[2], shape[3] };
  return intersects (rect, &other) ? 1 : 0;
}

static double
test_segment (const PdRect *rect,
              const double *shape)
{
  return pd_rect_segment_length (rect, shape[0], shape[1], shape[2], shape[3]);
}

gboolean
pd_rect_index_overlaps (PdRectIndex  *index,
                        const PdRect *rect)
{
  double shape[4] = { rect->x, rect->y, rect->width, rect->height };

  return count (index, rect->x, rect->y, rect->x + rect->width, rect->y + rect->height,
                test_rect, shape, 1) > 0;
}

double
pd_rect_index_length_inside (PdRectIndex *index,
                             double       x1,
                             double       y1,
                             double       x2,
                             double       y2,
                             double       limit)
{
  double shape[4] = { x1, y1, x2, y2 };

  return count (index, x1, y1, x2, y2, test_segment, shape, limit);
}

static gboolean
collect (PdRectIndex  *index,
         const PdRect *rect,
         GArray       *found,
         guint         limit,
         gboolean      ids_only)
{
  gint64 cx0, cy0, cx1, cy1;
  guint added = 0;

  index->query++;
  cell_range (index, rect->x, rect->y, rect->x + rect->width, rect->y + rect->height,
              &cx0, &cy0, &cx1, &cy1);
  for (gint64 cy = cy0; cy <= cy1; cy++)
    for (gint64 cx = cx0; cx <= cx1; cx++)
      {
        gint64 key = key_of (cx, cy);
        GArray *ids = g_hash_table_lookup (index->cells, &key);

        for (guint i = 0; ids && i < ids->len; i++)
          {
            guint id = g_array_index (ids, guint, i);
            guint *stamp = &g_array_index (index->stamps, guint, id);
            const PdRect *r = &g_array_index (index->rects, PdRect, id);

            if (*stamp == index->query || !intersects (r, rect))
              continue;
            *stamp = index->query;
            if (++added > limit)
              return FALSE;
            if (ids_only)
              g_array_append_val (found, id);
            else
              g_array_append_val (found, *r);
          }
      }
  return TRUE;
}

gboolean
pd_rect_index_collect (PdRectIndex  *index,
                       const PdRect *rect,
                       GArray       *found,
                       guint         limit)
{
  return collect (index, rect, found, limit, FALSE);
}

gboolean
pd_rect_index_collect_ids (PdRectIndex  *index,
                           const PdRect *rect,
                           GArray       *found,
                           guint         limit)
{
  return collect (index, rect, found, limit, TRUE);
}
