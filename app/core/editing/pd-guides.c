/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-guides.h"
#include "pd-node.h"

/* Lines closer than this are the same line (rounding, not a gap). */
#define SAME_LINE 1e-6

/* A rectangle's three lines one way: its first side, its centre, its
 * second side. */
static void
lines_of (const PdRect *rect,
          gboolean      vertical,
          double        lines[3])
{
  double start = vertical ? rect->x : rect->y;
  double size = vertical ? rect->width : rect->height;

  lines[0] = start;
  lines[1] = start + size / 2;
  lines[2] = start + size;
}

/* Sides go to sides, centres to centres. */
static gboolean
same_kind (int a,
           int b)
{
  return (a == 1) == (b == 1);
}

GArray *
pd_guides_collect (PdDocument   *document,
                   GHashTable   *skip,
                   const PdRect *area)
{
  GListModel *nodes;
  GArray *rects = g_array_new (FALSE, FALSE, sizeof (PdRect));

  g_return_val_if_fail (PD_IS_DOCUMENT (document), rects);

  nodes = pd_document_get_nodes (document);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      PdRect rect = { pd_node_get_x (node), pd_node_get_y (node), pd_node_get_width (node),
                      pd_node_get_height (node) };

      if (skip && g_hash_table_contains (skip, pd_node_get_id (node)))
        continue;
      if (rect.x > area->x + area->width || rect.x + rect.width < area->x
          || rect.y > area->y + area->height || rect.y + rect.height < area->y)
        continue;
      g_array_append_val (rects, rect);
    }
  return rects;
}

/* The least move one way, within @tolerance, that puts a line of @rect on
 * one of @others; FALSE when there is none. */
static gboolean
nearest (const PdRect *rect,
         const GArray *others,
         gboolean      vertical,
         double        tolerance,
         double       *move)
{
  double mine[3], best = tolerance;
  gboolean found = FALSE;

  lines_of (rect, vertical, mine);
  for (guint k = 0; k < others->len; k++)
    {
      double theirs[3];

      lines_of (&g_array_index (others, PdRect, k), vertical, theirs);
      for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
          if (same_kind (i, j) && fabs (theirs[j] - mine[i]) <= best
              && (!found || fabs (theirs[j] - mine[i]) < fabs (*move)))
            {
              *move = theirs[j] - mine[i];
              best = fabs (*move);
              found = TRUE;
            }
    }
  return found;
}

void
pd_guides_snap (PdRect       *rect,
                const GArray *others,
                double        tolerance,
                gboolean     *snapped_x,
                gboolean     *snapped_y)
{
  double move;

  g_return_if_fail (rect != NULL && others != NULL);

  *snapped_x = nearest (rect, others, TRUE, tolerance, &move);
  if (*snapped_x)
    rect->x += move;
  *snapped_y = nearest (rect, others, FALSE, tolerance, &move);
  if (*snapped_y)
    rect->y += move;
}

/* The guides of @rect one way. */
static void
find_one_way (const PdRect *rect,
              const GArray *others,
              gboolean      vertical,
              GArray       *guides)
{
  double mine[3];

  lines_of (rect, vertical, mine);
  for (int i = 0; i < 3; i++)
    {
      PdGuide guide = { vertical, mine[i], vertical ? rect->y : rect->x,
                        vertical ? rect->y + rect->height : rect->x + rect->width };
      gboolean shared = FALSE;

      for (guint k = 0; k < others->len; k++)
        {
          const PdRect *other = &g_array_index (others, PdRect, k);
          double theirs[3];

          lines_of (other, vertical, theirs);
          for (int j = 0; j < 3; j++)
            if (same_kind (i, j) && fabs (theirs[j] - mine[i]) < SAME_LINE)
              {
                guide.start = MIN (guide.start, vertical ? other->y : other->x);
                guide.end = MAX (guide.end, vertical ? other->y + other->height
                                                     : other->x + other->width);
                shared = TRUE;
              }
        }
      if (shared)
        g_array_append_val (guides, guide);
    }
}

void
pd_guides_find (const PdRect *rect,
                const GArray *others,
                GArray       *guides)
{
  g_return_if_fail (rect != NULL && others != NULL && guides != NULL);

  find_one_way (rect, others, TRUE, guides);
  find_one_way (rect, others, FALSE, guides);
}
