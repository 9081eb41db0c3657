/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Steps laid out again put back where they stood wherever that is still
 * legal: along the flow a rank keeps its place unless the rank before it
 * pushes it on; across it, in each rank of each lane, the most steps that
 * can stay where they were do, and the others fit round them. */
#include <math.h>
#include <string.h>

#include "pd-edge.h"
#include "pd-layout-warm.h"

/* Places are rounded to whole units: this much closer than the gaps
 * asked for is still as the layout left it. */
#define SLACK 1.0

static int
by_double (gconstpointer a,
           gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef struct {
  PdLayoutPlace *place;
  PdWarmStep    *was;      /* (nullable): a new step */
  double         along, across;
  double         flow, cross;    /* top left corner, as laid out, then settled */
  double         laid;    /* across, as laid out: the order in its rank */
  double         target;  /* across: where it should stay */
  gboolean       stays;   /* stood in a column: may stay where it was */
  guint          index;
} Item;

/* The @n items grouped by @key (each below @n_keys) in @order, each
 * group in document order, the group @k at [@start[k], @start[k + 1]). */
static void
group_items (guint        n,
             const guint *key,
             guint        n_keys,
             guint       *start,
             guint       *order)
{
  g_autofree guint *fill = NULL;

  memset (start, 0, (n_keys + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    start[key[i] + 1]++;
  for (guint k = 0; k < n_keys; k++)
    start[k + 1] += start[k];
  fill = g_memdup2 (start, (n_keys + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    order[fill[key[i]]++] = i;
}

/* The place of the rank @r's centre along the flow, and of each rank that
 * has steps; FALSE when the steps are not centred in ranks one after
 * another. */
static gboolean
rank_centres (Item   *items,
              guint   n,
              guint   n_ranks,
              double *centre)
{
  double last = -G_MAXDOUBLE;

  for (guint r = 0; r < n_ranks; r++)
    centre[r] = NAN;
  for (guint i = 0; i < n; i++)
    {
      guint r = items[i].place->rank;
      double c = items[i].flow + items[i].along / 2;

      if (isnan (centre[r]))
        centre[r] = c;
      else if (fabs (c - centre[r]) > SLACK)
        return FALSE;
    }
  for (guint r = 0; r < n_ranks; r++)
    if (!isnan (centre[r]))
      {
        if (centre[r] <= last)
          return FALSE;
        last = centre[r];
      }
  return TRUE;
}

/* Along the flow: each rank where the column most of its steps stood in
 * stood, unless the rank before pushes it on. */
static void
settle_ranks (PdLayoutWarm *warm,
              Item         *items,
              guint         n,
              guint         n_ranks,
              const double *centre)
{
  g_autofree int *column = g_new (int, n_ranks);
  g_autofree guint *votes = g_new0 (guint, MAX (warm->n_columns, 1));
  g_autofree guint *key = g_new (guint, MAX (n, 1));
  g_autofree guint *start = g_new (guint, n_ranks + 1);
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  double settled_prev = 0;
  int prev = -1;

  for (guint i = 0; i < n; i++)
    key[i] = items[i].place->rank;
  group_items (n, key, n_ranks, start, order);
  for (guint r = 0; r < n_ranks; r++)
    {
      guint most = 0;
      double place, target;

      column[r] = -1;
      if (isnan (centre[r]))
        continue;
      for (guint k = start[r]; k < start[r + 1]; k++)
        {
          Item *item = &items[order[k]];

          if (item->was && item->was->column >= 0)
            votes[item->was->column]++;
        }
      for (guint c = 0; c < warm->n_columns; c++)
        {
          if (votes[c] > most)
            {
              most = votes[c];
              column[r] = c;
            }
          votes[c] = 0;
        }
      target = column[r] >= 0 ? warm->column_centre[column[r]] : NAN;
      if (prev < 0)
        place = isnan (target) ? centre[r] : target;
      else
        {
          double least = settled_prev + centre[r] - centre[prev];

          place = isnan (target) || target < least - SLACK ? least : target;
        }
      for (guint k = start[r]; k < start[r + 1]; k++)
        {
          Item *item = &items[order[k]];

          if (item->was && item->was->column == column[r] && column[r] >= 0)
            item->flow = item->was->flow + round (place - target);
          else
            item->flow = round (place - item->along / 2);
        }
      settled_prev = place;
      prev = r;
    }
}

/* The steps of a rank in a lane, @m of them in order from @items, placed
 * across the flow between @lo and @hi, @gap apart: the most that can stay
 * at their targets do (a longest run whose targets leave room for the
 * steps between them), the others as near theirs as the room between
 * allows. FALSE when they do not fit. */
static gboolean
settle_column (Item  **items,
               guint   m,
               double  gap,
               double  lo,
               double  hi)
{
  g_autofree double *offset = g_new (double, m);
  g_autofree double *rest = g_new (double, m);
  g_autofree guint *run = g_new (guint, m);
  g_autofree int *before = g_new (int, m);
  g_autofree gboolean *stays = g_new0 (gboolean, m);
  double total, end;
  int best = -1;

  offset[0] = 0;
  for (guint k = 1; k < m; k++)
    offset[k] = offset[k - 1] + items[k - 1]->across + gap;
  total = offset[m - 1] + items[m - 1]->across;
  if (total > hi - lo + SLACK)
    return FALSE;
  /* rest: each target less the room of the steps before it; a run that
   * stays must not fall in it. */
  for (guint k = 0; k < m; k++)
    {
      rest[k] = items[k]->target - offset[k];
      run[k] = 0;
      before[k] = -1;
      if (!items[k]->stays || rest[k] < lo - SLACK || rest[k] + total > hi + SLACK)
        continue;
      run[k] = 1;
      for (guint i = 0; i < k; i++)
        if (run[i] && rest[i] <= rest[k] + SLACK && run[i] + 1 > run[k])
          {
            run[k] = run[i] + 1;
            before[k] = i;
          }
      if (best < 0 || run[k] > run[best])
        best = k;
    }
  for (int k = best; k >= 0; k = before[k])
    stays[k] = TRUE;
  end = lo - gap;
  for (guint k = 0; k < m; k++)
    {
      double most = hi - (total - offset[k]);

      if (stays[k])
        items[k]->cross = items[k]->target;
      else
        {
          for (guint j = k + 1; j < m; j++)
            if (stays[j])
              {
                most = items[j]->target - (offset[j] - offset[k]);
                break;
              }
          items[k]->cross = round (MIN (MAX (items[k]->target, end + gap), most));
        }
      end = items[k]->cross + items[k]->across;
    }
  return TRUE;
}

static int
by_cross (gconstpointer a,
          gconstpointer b)
{
  const Item *x = *(Item * const *) a, *y = *(Item * const *) b;

  if (x->laid != y->laid)
    return x->laid < y->laid ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* In the order the steps stood in: by where each should stay. */
static int
by_target (gconstpointer a,
           gconstpointer b)
{
  const Item *x = *(Item * const *) a, *y = *(Item * const *) b;

  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Each of the @n items' joined items, one for each transition it has
 * (once for a transition to itself): those of the item @i at
 * [@start[i], @start[i + 1]) of the array returned. */
static Item **
joined_items (PdDocument *document,
              Item       *items,
              guint       n,
              GHashTable *by_id,
              guint      *start)
{
  GListModel *edges = pd_document_get_edges (document);
  guint n_edges = g_list_model_get_n_items (edges);
  g_autofree Item **ends = g_new0 (Item *, 2 * MAX (n_edges, 1));
  g_autofree guint *fill = NULL;
  Item **joined;

  memset (start, 0, (n + 1) * sizeof (guint));
  for (guint e = 0; e < n_edges; e++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);
      Item *from = g_hash_table_lookup (by_id, pd_edge_get_from_id (edge));
      Item *to = g_hash_table_lookup (by_id, pd_edge_get_to_id (edge));

      if (from == NULL || to == NULL)
        continue;
      ends[2 * e] = from;
      ends[2 * e + 1] = to;
      start[from->index + 1]++;
      if (to != from)
        start[to->index + 1]++;
    }
  for (guint i = 0; i < n; i++)
    start[i + 1] += start[i];
  joined = g_new (Item *, MAX (start[n], 1));
  fill = g_memdup2 (start, (n + 1) * sizeof (guint));
  for (guint e = 0; e < n_edges; e++)
    {
      Item *from = ends[2 * e], *to = ends[2 * e + 1];

      if (from == NULL)
        continue;
      joined[fill[from->index]++] = to;
      if (to != from)
        joined[fill[to->index]++] = from;
    }
  return joined;
}

/* Where a new step should stand across the flow: level with the steps
 * it is joined to (of its own lane, when there are any) as they stood;
 * else where it was laid out. */
static void
aim_new_steps (PdDocument *document,
               Item       *items,
               guint       n,
               GHashTable *by_id)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree guint *start = g_new (guint, n + 1);
  g_autofree Item **joined = joined_items (document, items, n, by_id, start);

  for (guint i = 0; i < n; i++)
    {
      Item *item = &items[i];

      item->stays = item->was && item->was->column >= 0;
      if (item->stays)
        {
          item->target = item->was->cross;
          continue;
        }
      item->target = item->laid;
      g_array_set_size (values, 0);
      for (int pass = 0; pass < 2 && values->len == 0; pass++)
        for (guint k = start[i]; k < start[i + 1]; k++)
          {
            Item *other = joined[k];
            double centre;

            if (other->was == NULL || other->was->column < 0)
              continue;
            if (pass == 0 && other->place->lane != item->place->lane)
              continue;
            centre = other->was->cross + other->across / 2;
            g_array_append_val (values, centre);
          }
      if (values->len)
        {
          double *v = (double *) values->data;

          g_array_sort (values, (GCompareFunc) by_double);
          item->target = round ((v[(values->len - 1) / 2] + v[values->len / 2]) / 2
                                - item->across / 2);
        }
    }
}

/* The step @warm brings beside another (pd-layout-warm.h) aimed and
 * ordered just past it, both as laid out and as they stood: the steps
 * between them are fitted round it. */
static void
aim_beside (PdLayoutWarm *warm,
            GHashTable   *by_id)
{
  Item *item, *other;
  double side;

  if (warm->beside == NULL)
    return;
  item = g_hash_table_lookup (by_id, warm->beside);
  other = g_hash_table_lookup (by_id, warm->beside_of);
  if (item == NULL || other == NULL || !item->stays || !other->stays)
    return;
  side = warm->beside_after ? 0.5 : -0.5;
  item->target = other->target + side;
  item->laid = other->laid + side;
}

/* Across the flow, a lane at a time in order: each rank's steps in the
 * lane settled between the end of the lane before and the start of the
 * next as its steps stood (past it when they do not fit), in the order
 * laid out, or (@stood) in the order they stood in. */
static void
settle_lanes (Item                  *items,
              guint                  n,
              guint                  n_ranks,
              guint                  n_lanes,
              gboolean               stood,
              const PdLayoutOptions *options)
{
  g_autoptr(GPtrArray) column = g_ptr_array_new ();
  g_autofree guint *key = g_new (guint, MAX (n, 1));
  g_autofree guint *start = g_new (guint, n_lanes * n_ranks + 1);
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  double lo = ORIGIN;

  for (guint i = 0; i < n; i++)
    {
      key[i] = items[i].place->lane * n_ranks + items[i].place->rank;
      if (items[i].stays)
        lo = MIN (lo, items[i].target);
    }
  group_items (n, key, n_lanes * n_ranks, start, order);
  for (guint lane = 0; lane < n_lanes; lane++)
    {
      double hi = G_MAXDOUBLE, end = -G_MAXDOUBLE;

      for (guint i = 0; i < n; i++)
        if (items[i].place->lane > lane && items[i].stays)
          hi = MIN (hi, items[i].target - options->lane_gap);
      for (guint r = 0; r < n_ranks; r++)
        {
          guint group = lane * n_ranks + r;

          g_ptr_array_set_size (column, 0);
          for (guint k = start[group]; k < start[group + 1]; k++)
            g_ptr_array_add (column, &items[order[k]]);
          if (column->len == 0)
            continue;
          g_ptr_array_sort (column, stood ? by_target : by_cross);
          if (!settle_column ((Item **) column->pdata, column->len, options->node_gap, lo, hi))
            settle_column ((Item **) column->pdata, column->len, options->node_gap, lo,
                           G_MAXDOUBLE);
          for (guint k = 0; k < column->len; k++)
            {
              Item *item = g_ptr_array_index (column, k);

              end = MAX (end, item->cross + item->across);
            }
        }
      if (end > -G_MAXDOUBLE)
        lo = end + options->lane_gap;
    }
}

gboolean
pd_layout_warm_settle (PdLayoutWarm          *warm,
                       PdDocument            *document,
                       GArray                *places,
                       const PdLayoutOptions *options)
{
  guint n = places->len, n_ranks = 0, n_lanes = 0;
  g_autofree Item *items = g_new0 (Item, MAX (n, 1));
  g_autofree double *centre = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean flow_x = warm->flow_x;

  if (n == 0 || flow_x != (options->direction == PD_LAYOUT_LEFT_RIGHT)
      || warm->settle == PD_WARM_SETTLE_NONE)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      Item *item = &items[i];
      PdNode *node;

      item->place = &g_array_index (places, PdLayoutPlace, i);
      node = pd_document_get_node (document, item->place->id);
      g_return_val_if_fail (node != NULL, FALSE);
      item->index = i;
      item->was = g_hash_table_lookup (warm->steps, item->place->id);
      pd_layout_warm_step_size (document, node, options, &item->along, &item->across);
      item->flow = flow_x ? item->place->x : item->place->y;
      item->cross = item->laid = flow_x ? item->place->y : item->place->x;
      n_ranks = MAX (n_ranks, item->place->rank + 1);
      n_lanes = MAX (n_lanes, item->place->lane + 1);
      g_hash_table_insert (by_id, (gpointer) item->place->id, item);
    }
  centre = g_new (double, n_ranks);
  if (!rank_centres (items, n, n_ranks, centre))
    return FALSE;
  settle_ranks (warm, items, n, n_ranks, centre);
  if (warm->settle >= PD_WARM_SETTLE_ALL)
    {
      aim_new_steps (document, items, n, by_id);
      aim_beside (warm, by_id);
      settle_lanes (items, n, n_ranks, n_lanes, warm->settle == PD_WARM_SETTLE_ORDER, options);
    }
  for (guint i = 0; i < n; i++)
    {
      items[i].place->x = flow_x ? items[i].flow : items[i].cross;
      items[i].place->y = flow_x ? items[i].cross : items[i].flow;
    }
  return warm->settle >= PD_WARM_SETTLE_ALL;
}
