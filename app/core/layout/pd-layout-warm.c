/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The columns a laid-out pathway's steps stand in, and ranks that keep
 * them: a tidy after a small edit then moves only the steps whose rank
 * must change. */
#include <math.h>
#include <string.h>

#include "pd-layout-warm.h"
#include "pd-scene.h"

/* Centres along the flow this close are one column: places are rounded
 * to whole units, a centre then off by half of one. */
#define SAME_COLUMN 1.0

void
pd_layout_warm_step_size (PdDocument            *document,
                          PdNode                *node,
                          const PdLayoutOptions *options,
                          double                *along_flow,
                          double                *across_flow)
{
  PdSceneOptions scene_options = { .details = options->details, .flow = options->flow };
  double height = pd_scene_node_box_height (document, node, &scene_options);
  gboolean flow_x = options->direction == PD_LAYOUT_LEFT_RIGHT;

  *along_flow = flow_x ? pd_node_get_width (node) : height;
  *across_flow = flow_x ? height : pd_node_get_width (node);
}

/* A step as it stands along the flow. */
typedef struct {
  guint  index;    /* in document order */
  double centre;
  double start, end;
} Stand;

/* Steps whose centres line up, [first, last) of the stands sorted. */
typedef struct {
  guint  first, last;
  double start, end;
  guint  latest;   /* the latest step in document order: a new one */
} Column;

static int
by_centre (gconstpointer a,
           gconstpointer b)
{
  const Stand *x = a, *y = b;

  if (x->centre != y->centre)
    return x->centre < y->centre ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Which of two columns that overlap along the flow is no column: the
 * one of fewer steps, or of a step added later. */
static gboolean
loses (const Column *a,
       const Column *b)
{
  guint na = a->last - a->first, nb = b->last - b->first;

  return na != nb ? na < nb : a->latest > b->latest;
}

/* The columns of @stands (sorted), those that overlap another less worthy
 * of being one left out: in @columns. Returns how many steps are in none. */
static guint
find_columns (GArray *stands,
              GArray *columns)
{
  guint lost = 0;

  for (guint i = 0, e; i < stands->len; i = e)
    {
      Column column = { i, i, G_MAXDOUBLE, -G_MAXDOUBLE, 0 };

      for (e = i; e < stands->len; e++)
        {
          Stand *s = &g_array_index (stands, Stand, e);

          if (e > i && s->centre - g_array_index (stands, Stand, e - 1).centre > SAME_COLUMN)
            break;
          column.start = MIN (column.start, s->start);
          column.end = MAX (column.end, s->end);
          column.latest = MAX (column.latest, s->index);
        }
      column.last = e;
      while (columns->len > 0)
        {
          Column *top = &g_array_index (columns, Column, columns->len - 1);

          if (top->end <= column.start)
            break;
          if (loses (&column, top))
            {
              lost += column.last - column.first;
              column.last = column.first;   /* none */
              break;
            }
          lost += top->last - top->first;
          g_array_set_size (columns, columns->len - 1);
        }
      if (column.last > column.first)
        g_array_append_val (columns, column);
    }
  return lost;
}

static int
by_left (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  GPtrArray *nodes = data;
  double x = pd_node_get_x (g_ptr_array_index (nodes, *(const guint *) a));
  double y = pd_node_get_x (g_ptr_array_index (nodes, *(const guint *) b));

  return (x > y) - (x < y);
}

/* Of two steps on one another, the later in document order (the new one,
 * likely) taken out of its column: returns how many more stand in none. */
static guint
lay_aside_overlaps (GListModel *list,
                    int        *column_of)
{
  guint n = g_list_model_get_n_items (list), lost = 0;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_full (n, g_object_unref);
  g_autofree guint *by_x = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (nodes, g_list_model_get_item (list, i));
      by_x[i] = i;
    }
  g_qsort_with_data (by_x, n, sizeof (guint), by_left, nodes);
  for (guint i = 0; i < n; i++)
    {
      PdNode *a = g_ptr_array_index (nodes, by_x[i]);
      double right = pd_node_get_x (a) + pd_node_get_width (a);
      double top = pd_node_get_y (a), bottom = top + pd_node_get_height (a);

      for (guint j = i + 1; j < n; j++)
        {
          PdNode *b = g_ptr_array_index (nodes, by_x[j]);
          guint later = MAX (by_x[i], by_x[j]);

          if (pd_node_get_x (b) >= right)
            break;
          if (pd_node_get_y (b) < bottom && top < pd_node_get_y (b) + pd_node_get_height (b)
              && column_of[later] >= 0)
            {
              column_of[later] = -1;
              lost++;
            }
        }
    }
  return lost;
}

void
pd_layout_warm_free (PdLayoutWarm *warm)
{
  g_hash_table_unref (warm->steps);
  g_free (warm->column_centre);
  g_free (warm);
}

PdLayoutWarm *
pd_layout_warm_new (PdDocument            *document,
                    const PdLayoutOptions *options)
{
  GListModel *list = pd_document_get_nodes (document);
  guint n = g_list_model_get_n_items (list);
  gboolean flow_x = options->direction == PD_LAYOUT_LEFT_RIGHT;
  g_autoptr(GArray) stands = g_array_sized_new (FALSE, FALSE, sizeof (Stand), n);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autofree int *column_of = g_new (int, MAX (n, 1));
  PdLayoutWarm *warm;
  PdLanes lanes;
  guint lost;

  /* Lanes drawn the other way: laid out in the other direction. Lanes
   * drawn and none asked for: the steps stand in the lanes' bands, and a
   * tidy without them lays the pathway out anew. */
  g_object_get (document, "lanes", &lanes, NULL);
  if (n < 2 || (lanes == PD_LANES_ACROSS && !flow_x) || (lanes == PD_LANES_DOWN && flow_x)
      || (lanes != PD_LANES_NONE && !options->lanes))
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (list, i);
      double along, across, start = flow_x ? pd_node_get_x (node) : pd_node_get_y (node);
      Stand stand;

      pd_layout_warm_step_size (document, node, options, &along, &across);
      stand = (Stand) { i, start + along / 2, start, start + along };
      g_array_append_val (stands, stand);
    }
  g_array_sort (stands, by_centre);
  /* More than a few steps out of line: no layout to keep. */
  if ((lost = find_columns (stands, columns)) > MAX (2, n / 8))
    return NULL;

  warm = g_new0 (PdLayoutWarm, 1);
  warm->flow_x = flow_x;
  warm->turn_level = TRUE;
  warm->document = document;
  warm->lanes = options->lanes;
  warm->flow = options->flow != NULL;
  warm->n_columns = columns->len;
  warm->column_centre = g_new (double, MAX (columns->len, 1));
  warm->steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < n; i++)
    column_of[i] = -1;
  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = &g_array_index (columns, Column, c);
      double sum = 0;

      for (guint k = column->first; k < column->last; k++)
        {
          column_of[g_array_index (stands, Stand, k).index] = c;
          sum += g_array_index (stands, Stand, k).centre;
        }
      warm->column_centre[c] = sum / (column->last - column->first);
    }
  /* A step on another (dropped there, say) stands in no column. */
  lost += lay_aside_overlaps (list, column_of);
  if (lost > MAX (2, n / 8))
    {
      pd_layout_warm_free (warm);
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (list, i);
      PdWarmStep *step = g_new (PdWarmStep, 1);

      step->column = column_of[i];
      step->flow = flow_x ? pd_node_get_x (node) : pd_node_get_y (node);
      step->cross = flow_x ? pd_node_get_y (node) : pd_node_get_x (node);
      g_hash_table_insert (warm->steps, g_strdup (pd_node_get_id (node)), step);
    }
  return warm;
}

/* Ranks along @links: each step at least at its column (@column, -1 for
 * none), pushed on past the steps before it; a step of no column with
 * none before it just before the first after it. The ranks no step is in
 * are left out. How many steps of a column were pushed past it in
 * @pushed (nullable). FALSE when @links close a cycle. */
static gboolean
push_ranks (guint        n,
            GArray      *links,
            const int   *column,
            guint       *rank,
            guint       *n_ranks,
            guint       *pushed)
{
  g_autofree guint *incoming = g_new0 (guint, n + 1);
  g_autofree guint *start = g_new0 (guint, n + 1);
  g_autofree guint *ways = g_new (guint, MAX (links->len, 1));
  g_autofree guint *queue = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = NULL;
  g_autofree guint *renumber = NULL;
  g_autofree gboolean *entered = g_new0 (gboolean, n + 1);
  guint queued = 0, last = 0;

  /* Each step's ways out, packed. */
  for (guint i = 0; i < links->len; i++)
    start[g_array_index (links, Link, i).from + 1]++;
  for (guint v = 0; v < n; v++)
    start[v + 1] += start[v];
  fill = g_memdup2 (start, (n + 1) * sizeof (guint));
  for (guint i = 0; i < links->len; i++)
    {
      Link *l = &g_array_index (links, Link, i);

      ways[fill[l->from]++] = l->to;
      incoming[l->to]++;
      entered[l->to] = TRUE;
    }
  for (guint v = 0; v < n; v++)
    {
      rank[v] = column[v] >= 0 ? (guint) column[v] : 0;
      if (incoming[v] == 0)
        queue[queued++] = v;
    }
  for (guint q = 0; q < queued; q++)
    {
      guint v = queue[q];

      for (guint k = start[v]; k < start[v + 1]; k++)
        {
          guint w = ways[k];

          rank[w] = MAX (rank[w], rank[v] + 1);
          if (--incoming[w] == 0)
            queue[queued++] = w;
        }
    }
  if (queued < n)
    return FALSE;
  for (guint q = n; q-- > 0;)
    {
      guint v = queue[q], least = G_MAXUINT;

      if (column[v] >= 0)
        continue;
      for (guint k = start[v]; k < start[v + 1]; k++)
        least = MIN (least, rank[ways[k]]);
      if (!entered[v] && least != G_MAXUINT && least > 0)
        rank[v] = MAX (rank[v], least - 1);
    }
  if (pushed)
    {
      *pushed = 0;
      for (guint v = 0; v < n; v++)
        *pushed += column[v] >= 0 && rank[v] != (guint) column[v];
    }
  /* Ranks with no step in them closed up. */
  for (guint v = 0; v < n; v++)
    last = MAX (last, rank[v]);
  renumber = g_new0 (guint, last + 1);
  for (guint v = 0; v < n; v++)
    renumber[rank[v]] = 1;
  *n_ranks = 0;
  for (guint r = 0; r <= last; r++)
    renumber[r] = renumber[r] ? (*n_ranks)++ : 0;
  for (guint v = 0; v < n; v++)
    rank[v] = renumber[rank[v]];
  return TRUE;
}

/* Whether @a and @b (of one column) stand next to one another in it,
 * across the flow: no other step of their column between them. */
static gboolean
neighbours (guint         n,
            const int    *column,
            const double *cross,
            guint         a,
            guint         b)
{
  double low = MIN (cross[a], cross[b]), high = MAX (cross[a], cross[b]);

  for (guint v = 0; v < n; v++)
    if (v != a && v != b && column[v] == column[a] && cross[v] > low && cross[v] < high)
      return FALSE;
  return TRUE;
}

/* Whether @b may be brought beside @a (of one column) without leaving
 * its agency's lane: there are no lanes, or @a, @b and every step of the
 * column between them across the flow are of one agency. */
static gboolean
one_lane_between (PdLayoutWarm *warm,
                  Graph        *g,
                  guint         n,
                  const int    *column,
                  const double *cross,
                  guint         a,
                  guint         b)
{
  double low = MIN (cross[a], cross[b]), high = MAX (cross[a], cross[b]);
  const char *agency = pd_node_get_agency_id (g_ptr_array_index (g->nodes, a));

  if (!warm->lanes)
    return TRUE;
  for (guint v = 0; v < n; v++)
    if ((v == b || (column[v] == column[a] && cross[v] > low && cross[v] < high))
        && g_strcmp0 (pd_node_get_agency_id (g_ptr_array_index (g->nodes, v)), agency) != 0)
      return FALSE;
  return TRUE;
}

/* @b to be brought to stand beside @a in their column, on the side it
 * stood on (pd_layout_warm_settle() fits the steps between round it). */
static void
bring_beside (PdLayoutWarm *warm,
              Graph        *g,
              const double *cross,
              guint         a,
              guint         b)
{
  warm->beside = pd_node_get_id (g_ptr_array_index (g->nodes, b));
  warm->beside_of = pd_node_get_id (g_ptr_array_index (g->nodes, a));
  warm->beside_after = cross[b] > cross[a];
}

/* Whether no transition between @a and @b of @g has a label (nor shows
 * people a year): a transition drawn level has no room for one. */
static gboolean
unlabelled (PdLayoutWarm *warm,
            Graph        *g,
            guint         a,
            guint         b)
{
  const char *ida = pd_node_get_id (g_ptr_array_index (g->nodes, a));
  const char *idb = pd_node_get_id (g_ptr_array_index (g->nodes, b));
  GListModel *edges = pd_document_get_edges (warm->document);

  if (warm->flow)
    return FALSE;
  for (guint e = 0; e < g_list_model_get_n_items (edges); e++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);
      const char *from = pd_edge_get_from_id (edge), *to = pd_edge_get_to_id (edge);
      g_autofree char *label = NULL;

      if (!((g_strcmp0 (from, ida) == 0 && g_strcmp0 (to, idb) == 0)
            || (g_strcmp0 (from, idb) == 0 && g_strcmp0 (to, ida) == 0)))
        continue;
      if ((label = pd_scene_edge_label_text (edge)) != NULL)
        return FALSE;
    }
  return TRUE;
}

/* A link between two steps of one column (a transition added there) a
 * layered layout cannot draw level: one end goes a rank on, and the steps
 * after it with it. Where the two stand next to one another the link is
 * left out of the layout, the transition drawn level between them
 * (unless it has a label, which would have no room there); where other
 * steps of the column stand between them (of their agency, in lanes),
 * the step the link reaches is brought beside the one it leaves and the
 * link drawn level so, only those steps moving;
 * else it is turned the other way round where that pushes fewer steps
 * out of their columns. @rank and @n_ranks: as push_ranks() gave them
 * for @links, and then for the links as left. Returns whether the link
 * was left out or turned. */

static gboolean
turn_level_links (PdLayoutWarm *warm,
                  Graph        *g,
                  guint         n,
                  GArray       *links,
                  const int    *column,
                  const double *cross,
                  guint        *rank,
                  guint        *n_ranks)
{
  g_autofree guint *tried = NULL;
  guint pushed, level = 0, tried_ranks, tried_pushed;
  gboolean turned = FALSE;

  /* A tidy draws no link level: one is a transition added since, more
   * are steps placed by hand, laid out in ranks as ever. */
  for (guint i = 0; i < links->len && level < 2; i++)
    {
      Link *l = &g_array_index (links, Link, i);

      level += column[l->from] >= 0 && column[l->from] == column[l->to];
    }
  if (level != 1)
    return FALSE;
  tried = g_new (guint, MAX (n, 1));
  push_ranks (n, links, column, rank, n_ranks, &pushed);
  for (guint i = 0; i < links->len && pushed > 0; i++)
    {
      Link *l = &g_array_index (links, Link, i), was = *l;

      if (column[l->from] < 0 || column[l->from] != column[l->to])
        continue;
      /* Brought beside only where the steps are settled back where they
       * stood (pd_layout_warm_settle()): laid out afresh, the steps would
       * stand as before, the transition drawn through those between. */
      if (unlabelled (warm, g, l->from, l->to)
          && (neighbours (n, column, cross, l->from, l->to)
              || (warm->settle >= PD_WARM_SETTLE_ALL
                  && one_lane_between (warm, g, n, column, cross, l->from, l->to))))
        {
          if (!neighbours (n, column, cross, l->from, l->to))
            bring_beside (warm, g, cross, l->from, l->to);
          g_array_remove_index (links, i--);
          turned = TRUE;
          continue;
        }
      *l = (Link) { was.to, was.from };
      if (push_ranks (n, links, column, tried, &tried_ranks, &tried_pushed)
          && tried_pushed < pushed)
        {
          pushed = tried_pushed;
          turned = TRUE;
        }
      else
        *l = was;
    }
  if (turned)
    push_ranks (n, links, column, rank, n_ranks, NULL);
  return turned;
}

void
pd_layout_warm_rank (PdLayoutWarm *warm,
                     Graph        *g)
{
  guint n = g->nodes->len, n_ranks, longest;
  g_autofree int *column = g_new (int, MAX (n, 1));
  g_autofree double *cross = g_new (double, MAX (n, 1));
  g_autofree guint *rank = g_new0 (guint, MAX (n, 1));
  g_autoptr(GArray) links = g_array_copy (g->links);

  warm->ranks_changed = FALSE;
  warm->level_turned = FALSE;
  warm->beside = warm->beside_of = NULL;
  if (!warm->columns)
    return;
  for (guint v = 0; v < n; v++)
    {
      PdWarmStep *step = g_hash_table_lookup (warm->steps,
                                              pd_node_get_id (g_ptr_array_index (g->nodes, v)));

      column[v] = step ? step->column : -1;
      cross[v] = step ? step->cross : 0;
    }
  /* Links the way the columns go: a transition drawn back along the
   * flow stays so. */
  for (guint i = 0; i < links->len; i++)
    {
      Link *l = &g_array_index (links, Link, i);

      if (column[l->from] >= 0 && column[l->to] >= 0 && column[l->from] > column[l->to])
        {
          guint from = l->from;

          l->from = l->to;
          l->to = from;
        }
    }
  if (!push_ranks (n, links, column, rank, &n_ranks, NULL))
    {
      g_array_set_size (links, 0);
      g_array_append_vals (links, g->links->data, g->links->len);
      if (!push_ranks (n, links, column, rank, &n_ranks, NULL))
        return;
    }
  else if (warm->turn_level)
    warm->level_turned = turn_level_links (warm, g, n, links, column, cross, rank,
                                           &n_ranks);
  /* Far longer than from scratch and than the columns there were: the
   * columns were not a layout's. (Ranks from scratch may be far fewer
   * than the columns where an edit cuts the pathway in two: each part
   * then starts at rank 0.) */
  longest = MAX (g->n_ranks, warm->n_columns);
  if (n_ranks > longest + 2 + longest / 4)
    return;
  warm->ranks_changed = n_ranks != g->n_ranks || memcmp (g->rank, rank, n * sizeof (guint)) != 0
                        || memcmp (g->links->data, links->data, links->len * sizeof (Link)) != 0;
  memcpy (g->rank, rank, n * sizeof (guint));
  g->n_ranks = n_ranks;
  g_array_set_size (g->links, 0);
  g_array_append_vals (g->links, links->data, links->len);
}

/* A shift of the steps, and how many took it. */
typedef struct {
  double dx, dy;
  guint  count;
  guint  first;   /* the first step in document order that took it */
} Shift;

static guint
shift_hash (gconstpointer key)
{
  const Shift *s = key;

  return g_double_hash (&s->dx) * 31 + g_double_hash (&s->dy);
}

static gboolean
shift_equal (gconstpointer a,
             gconstpointer b)
{
  const Shift *x = a, *y = b;

  return x->dx == y->dx && x->dy == y->dy;
}

void
pd_layout_warm_align (PdDocument *document,
                      GArray     *places)
{
  guint n = places->len;
  g_autoptr(GHashTable) shifts = g_hash_table_new_full (shift_hash, shift_equal, g_free, NULL);
  Shift *most = NULL;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, was_x = G_MAXDOUBLE, was_y = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *was = pd_document_get_node (document, place->id);
      Shift key, *shift;

      min_x = MIN (min_x, place->x);
      min_y = MIN (min_y, place->y);
      if (was == NULL)
        continue;
      was_x = MIN (was_x, pd_node_get_x (was));
      was_y = MIN (was_y, pd_node_get_y (was));
      key = (Shift) { pd_node_get_x (was) - place->x, pd_node_get_y (was) - place->y, 0, i };
      if ((shift = g_hash_table_lookup (shifts, &key)) == NULL)
        {
          shift = g_memdup2 (&key, sizeof key);
          g_hash_table_add (shifts, shift);
        }
      shift->count++;
      /* The most steps; on a tie, the shift a step earlier in document
       * order took, whatever the table's order. */
      if (most == NULL || shift->count > most->count
          || (shift->count == most->count && shift->first < most->first))
        most = shift;
    }
  /* A shift only a few steps took says nothing of the layout; and the
   * steps stay as far from the page's edge as a layout puts them, or as
   * they were. */
  if (most == NULL || (most->dx == 0 && most->dy == 0) || most->count < MAX (2, n / 4)
      || min_x + most->dx < MIN (ORIGIN, was_x) || min_y + most->dy < MIN (ORIGIN, was_y))
    return;
  for (guint i = 0; i < n; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);

      place->x += most->dx;
      place->y += most->dy;
    }
}
