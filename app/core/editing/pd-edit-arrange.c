/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Lining steps up along a side or centre, and spacing them evenly. */
#include <glib/gi18n-lib.h>

#include "pd-edit.h"
#include "pd-geometry.h"

/* Room left between steps that aligning had to spread apart. */
#define ALIGN_GAP 20.0

typedef struct {
  PdNode *node;
  guint index;        /* in the selection: 0 is the reference */
  PdRect rect;        /* where it goes */
} Placed;

static gboolean
rects_overlap (const PdRect *a,
               const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Along the line, by centre, then in selection order. */
static int
by_place (gconstpointer a,
          gconstpointer b,
          gpointer      data)
{
  const Placed *pa = a, *pb = b;
  gboolean across = *(gboolean *) data;
  double ca = across ? pa->rect.x + pa->rect.width / 2 : pa->rect.y + pa->rect.height / 2;
  double cb = across ? pb->rect.x + pb->rect.width / 2 : pb->rect.y + pb->rect.height / 2;

  if (ca != cb)
    return (ca > cb) - (ca < cb);
  return (pa->index > pb->index) - (pa->index < pb->index);
}

/* Moves @rect along the line, on (@forward) or back, past each of @taken
 * it overlaps. Each is passed at most once, so this ends. */
static void
move_clear (PdRect       *rect,
            const GArray *taken,
            gboolean      across,
            gboolean      forward)
{
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < taken->len; i++)
        {
          const PdRect *other = &g_array_index (taken, PdRect, i);

          if (!rects_overlap (rect, other))
            continue;
          if (across)
            rect->x = forward ? other->x + other->width + ALIGN_GAP
                              : other->x - ALIGN_GAP - rect->width;
          else
            rect->y = forward ? other->y + other->height + ALIGN_GAP
                              : other->y - ALIGN_GAP - rect->height;
          moved = TRUE;
        }
    }
  rect->x = CLAMP (rect->x, -PD_COORD_LIMIT, PD_COORD_LIMIT);
  rect->y = CLAMP (rect->y, -PD_COORD_LIMIT, PD_COORD_LIMIT);
}

/* Steps that aligning put on top of others go along the line, away from
 * the reference, until they cover nothing: the reference and the steps
 * nearer it keep their places, and so do steps that were clear. */
static void
spread (PdDocument *document,
        GArray     *placed,
        gboolean    across)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (PdRect));
  g_autoptr(GHashTable) aligned = g_hash_table_new (NULL, NULL);
  GListModel *nodes = pd_document_get_nodes (document);
  guint reference = 0;

  for (guint i = 0; i < placed->len; i++)
    g_hash_table_add (aligned, g_array_index (placed, Placed, i).node);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      PdRect rect = { pd_node_get_x (node), pd_node_get_y (node), pd_node_get_width (node),
                      pd_node_get_height (node) };

      if (!g_hash_table_contains (aligned, node))
        g_array_append_val (taken, rect);
    }
  g_array_sort_with_data (placed, by_place, &across);
  while (g_array_index (placed, Placed, reference).index != 0)
    reference++;
  g_array_append_val (taken, g_array_index (placed, Placed, reference).rect);
  for (guint i = reference + 1; i < placed->len; i++)
    {
      Placed *step = &g_array_index (placed, Placed, i);

      move_clear (&step->rect, taken, across, TRUE);
      g_array_append_val (taken, step->rect);
    }
  for (guint i = reference; i > 0; i--)
    {
      Placed *step = &g_array_index (placed, Placed, i - 1);

      move_clear (&step->rect, taken, across, FALSE);
      g_array_append_val (taken, step->rect);
    }
}

void
pd_edit_align (PdDocument *document,
               GPtrArray  *nodes,
               PdAlignTo   to)
{
  g_autoptr(GArray) placed = NULL;
  PdNode *first;
  double fx, fy, fw, fh;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail ((guint) to <= PD_ALIGN_TO_BOTTOM);
  if (nodes->len < 2)
    return;
  first = g_ptr_array_index (nodes, 0);
  fx = pd_node_get_x (first);
  fy = pd_node_get_y (first);
  fw = pd_node_get_width (first);
  fh = pd_node_get_height (first);

  placed = g_array_sized_new (FALSE, FALSE, sizeof (Placed), nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      Placed step = { node, i, { pd_node_get_x (node), pd_node_get_y (node),
                                 pd_node_get_width (node), pd_node_get_height (node) } };
      double w = step.rect.width, h = step.rect.height;

      switch (to)
        {
        case PD_ALIGN_TO_LEFT: step.rect.x = fx; break;
        case PD_ALIGN_TO_CENTER: step.rect.x = fx + (fw - w) / 2; break;
        case PD_ALIGN_TO_RIGHT: step.rect.x = fx + fw - w; break;
        case PD_ALIGN_TO_TOP: step.rect.y = fy; break;
        case PD_ALIGN_TO_MIDDLE: step.rect.y = fy + (fh - h) / 2; break;
        case PD_ALIGN_TO_BOTTOM: step.rect.y = fy + fh - h; break;
        default: g_assert_not_reached ();
        }
      g_array_append_val (placed, step);
    }
  /* Lined up in a column they spread down; in a row, across. */
  spread (document, placed, to >= PD_ALIGN_TO_TOP);

  pd_document_begin (document, _("Align"));
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *step = &g_array_index (placed, Placed, i);

      if (step->rect.x != pd_node_get_x (step->node) || step->rect.y != pd_node_get_y (step->node))
        pd_document_set (document, step->node, "x", step->rect.x, "y", step->rect.y, NULL);
    }
  pd_document_end (document);
}

static gboolean horizontal_order;

static int
by_position (gconstpointer a,
             gconstpointer b)
{
  PdNode *na = *(PdNode **) a, *nb = *(PdNode **) b;
  double ca = horizontal_order ? pd_node_get_x (na) + pd_node_get_width (na) / 2
                               : pd_node_get_y (na) + pd_node_get_height (na) / 2;
  double cb = horizontal_order ? pd_node_get_x (nb) + pd_node_get_width (nb) / 2
                               : pd_node_get_y (nb) + pd_node_get_height (nb) / 2;

  return (ca > cb) - (ca < cb);
}

void
pd_edit_distribute (PdDocument *document,
                    GPtrArray  *nodes,
                    gboolean    horizontal)
{
  g_autoptr(GPtrArray) sorted = NULL;
  double start, end, total = 0, gap, at;
  PdNode *first, *last;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  if (nodes->len < 3)
    return;
  sorted = g_ptr_array_copy (nodes, NULL, NULL);
  horizontal_order = horizontal;
  g_ptr_array_sort (sorted, by_position);
  first = g_ptr_array_index (sorted, 0);
  last = g_ptr_array_index (sorted, sorted->len - 1);
  start = horizontal ? pd_node_get_x (first) : pd_node_get_y (first);
  end = horizontal ? pd_node_get_x (last) + pd_node_get_width (last)
                   : pd_node_get_y (last) + pd_node_get_height (last);
  for (guint i = 0; i < sorted->len; i++)
    {
      PdNode *node = g_ptr_array_index (sorted, i);
      total += horizontal ? pd_node_get_width (node) : pd_node_get_height (node);
    }
  gap = (end - start - total) / (sorted->len - 1);

  pd_document_begin (document, _("Distribute"));
  at = start;
  for (guint i = 0; i < sorted->len; i++)
    {
      PdNode *node = g_ptr_array_index (sorted, i);

      pd_document_set (document, node, horizontal ? "x" : "y", at, NULL);
      at += (horizontal ? pd_node_get_width (node) : pd_node_get_height (node)) + gap;
    }
  pd_document_end (document);
}
