/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Layered layout (after Sugiyama et al.): break cycles, rank along the
 * flow, order each rank to cross few transitions while keeping each
 * agency's steps together, then place ranks and lanes. */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pd-agency.h"
#include "pd-edge.h"
#include "pd-layout-private.h"
#include "pd-layout-warm.h"
#include "pd-scene.h"
#include "pd-scene-style.h"

static void
graph_clear (Graph *g)
{
  g_ptr_array_unref (g->nodes);
  g_array_unref (g->links);
  g_free (g->rank);
  g_free (g->lane);
  g_free (g->order);
  g_free (g->height);
  g_free (g->label_room);
  g_free (g->reading_at);
  g_free (g->reading_ends);
}

/* Room between ranks for the labels of the transitions across them: a
 * label sits half way along its line, so in the gap at the middle of the
 * ranks it spans, with room for the line and its arrow on each side. */
#define LABEL_CLEARANCE 24.0
/* Wider than most characters of the scene's font, as a share of its
 * size: the layout does not lay text out (that would load fonts, which
 * costs more than the whole layout of a usual pathway). */
#define LABEL_CHAR_WIDTH 0.58
#define LABEL_LINE_HEIGHT 1.2

/* About the size of the box the scene draws @label in, rather larger. */
static void
label_size (const char *label,
            double     *width,
            double     *height)
{
  const PdSceneLabelStyle *look = &pd_scene_style ()->label;
  double length = g_utf8_strlen (label, -1) * LABEL_CHAR_WIDTH * PD_SCENE_EDGE_FONT;
  double lines = MIN (ceil (length / PD_SCENE_LABEL_WIDTH), PD_SCENE_LABEL_LINES);

  /* The padding round the words, as the scene's label box adds it. */
  *width = MIN (length, PD_SCENE_LABEL_WIDTH) + (2 * look->pad_x + 1);
  *height = MAX (lines, 1) * LABEL_LINE_HEIGHT * PD_SCENE_EDGE_FONT + 2 * look->pad_y;
}

/* A transition's label as the scene writes it, its people a year after
 * it when they are shown. (transfer full) (nullable). */
static char *
label_with_flow (PdEdge            *edge,
                 const PdSceneFlow *flow)
{
  g_autofree char *label = pd_scene_edge_label_text (edge);
  g_autofree char *people = NULL;
  double figure;

  if (flow == NULL || !pd_scene_flow_get_transition (flow, pd_edge_get_id (edge), &figure))
    return g_steal_pointer (&label);
  people = pd_scene_flow_describe_transition (figure);
  if (label == NULL)
    return g_steal_pointer (&people);
  return g_strdup_printf ("%s · %s", label, people);
}

static void
leave_room_for_labels (Graph                 *g,
                       GPtrArray             *edges,
                       const PdLayoutOptions *options,
                       gboolean               flow_x)
{
  g->label_room = g_new0 (double, MAX (g->n_ranks, 1));
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      guint from = g->reading_ends[i].from, to = g->reading_ends[i].to;
      g_autofree char *label = NULL;
      guint first, last;
      double width, height;

      if (from == G_MAXUINT || to == G_MAXUINT || g->rank[from] == g->rank[to]
          || (label = label_with_flow (edge, options->flow)) == NULL)
        continue;
      label_size (label, &width, &height);
      first = MIN (g->rank[from], g->rank[to]);
      last = MAX (g->rank[from], g->rank[to]);
      first += (last - first - 1) / 2;
      g->label_room[first] = MAX (g->label_room[first],
                                  (flow_x ? width : height) + 2 * LABEL_CLEARANCE);
    }
}

/* Orders each rank and places the steps, starting from @across (the
 * steps' places now across the flow) when given, else reading order;
 * the layered graph's order and (when @both) the simple one's tried, the
 * one crossing fewer links drawn straight kept (the layered on a tie). */
static GArray *
order_and_place (Graph                 *g,
                 GPtrArray             *reading,
                 const double          *across,
                 const PdLayoutOptions *options,
                 gboolean               flow_x,
                 gboolean               both,
                 guint                 *crossings)
{
  GArray *best = NULL;

  for (guint simple = 0; simple < (both ? 2 : 1); simple++)
    {
      g_autoptr(GPtrArray) ranks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      GArray *places;
      guint count;

      for (guint r = 0; r < g->n_ranks; r++)
        g_ptr_array_add (ranks, g_array_new (FALSE, FALSE, sizeof (guint)));
      pd_layout_order_ranks (g, ranks, reading, across, simple);
      places = pd_layout_place (g, ranks, across, options, flow_x, &count);
      if (best == NULL || count < *crossings)
        {
          g_clear_pointer (&best, g_array_unref);
          best = places;
          *crossings = count;
        }
      else
        g_array_unref (places);
    }
  return best;
}

/* The steps of @document (only those in @only, when given) into @g,
 * with @index from a step's id to its number + 1, and how tall each is
 * as the diagram draws it. */
static void
collect_steps (Graph                 *g,
               PdDocument            *document,
               const PdLayoutOptions *options,
               GHashTable            *only,
               GHashTable            *index)
{
  GListModel *node_list = pd_document_get_nodes (document);
  PdSceneOptions scene_options = { .details = options->details, .flow = options->flow };
  guint n;

  g->document = document;
  g->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g->links = g_array_new (FALSE, FALSE, sizeof (Link));
  for (guint i = 0; i < g_list_model_get_n_items (node_list); i++)
    {
      PdNode *node = g_list_model_get_item (node_list, i);

      /* Only the steps asked for; transitions to the others are ignored. */
      if (only && !g_hash_table_contains (only, pd_node_get_id (node)))
        {
          g_object_unref (node);
          continue;
        }
      g_ptr_array_add (g->nodes, node);
      g_hash_table_insert (index, (gpointer) pd_node_get_id (node),
                           GUINT_TO_POINTER (g->nodes->len));
    }
  n = g->nodes->len;
  g->rank = g_new0 (guint, n);
  g->lane = g_new0 (guint, n);
  g->order = g_new0 (double, n);
  g->height = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    g->height[i] = pd_scene_node_box_height (document, g_ptr_array_index (g->nodes, i),
                                             &scene_options);
}

/* Lanes in the agencies' order; steps of no known agency go last. */
static void
assign_lanes (Graph                 *g,
              PdDocument            *document,
              const PdLayoutOptions *options)
{
  GListModel *agencies = pd_document_get_agencies (document);
  g_autoptr(GHashTable) lanes = g_hash_table_new (g_str_hash, g_str_equal);

  g->n_lanes = options->lanes ? g_list_model_get_n_items (agencies) + 1 : 1;
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      g_hash_table_insert (lanes, (gpointer) pd_agency_get_id (agency), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < g->nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (g->nodes, i);
      const char *agency = pd_node_get_agency_id (node);
      guint lane = GPOINTER_TO_UINT (g_hash_table_lookup (lanes, agency ? agency : ""));

      g->lane[i] = options->lanes ? (lane ? lane - 1 : g->n_lanes - 1) : 0;
    }
}

/* The layout tries several ways while the pathway is small: two first
 * orders, two orderings of each, and rounds of laying out again
 * (pd_layout_lay_out_warm()). Each way costs about as much as the whole
 * layout once, and past this many steps and transitions together the
 * ways tried after the first seldom cross even a hundredth fewer (1,000
 * generated steps: 4,173 crossings against 4,176, for five times the
 * work; 50,000: 0.1% fewer); then the layout is made once, one way. A
 * count, not a time: the same pathway gets the same layout on every
 * machine. */
#define SEARCH_LIMIT 2000

/* Whether @g is small enough for every way to be tried. */
static gboolean
worth_searching (Graph *g)
{
  return g->nodes->len + g->links->len <= SEARCH_LIMIT;
}

gboolean
pd_layout_searches (PdDocument *document)
{
  GListModel *nodes = pd_document_get_nodes (document);
  GListModel *edges = pd_document_get_edges (document);
  guint size = g_list_model_get_n_items (nodes);

  /* A link for each transition between two steps, as link_steps() makes
   * them. */
  for (guint i = 0; i < g_list_model_get_n_items (edges) && size <= SEARCH_LIMIT; i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      const char *from = pd_edge_get_from_id (edge), *to = pd_edge_get_to_id (edge);

      size += g_strcmp0 (from, to) != 0 && pd_document_get_node (document, from)
              && pd_document_get_node (document, to);
    }
  return size <= SEARCH_LIMIT;
}

/* Two orders tried: from the steps' places now (so that tidying again
 * keeps what a tidy decided) and from reading order; the one with fewer
 * crossings wins, the first on a tie. Only the first, layered, when the
 * graph is past SEARCH_LIMIT. */
static GArray *
best_places (Graph                 *g,
             GPtrArray             *reading,
             const PdLayoutOptions *options,
             gboolean               flow_x,
             guint                 *least)
{
  g_autofree double *across = NULL;
  g_autoptr(GArray) other = NULL;
  gboolean search = worth_searching (g);
  GArray *places;
  guint crossings;

  across = g_new (double, MAX (g->nodes->len, 1));
  for (guint i = 0; i < g->nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (g->nodes, i);
      across[i] = flow_x ? pd_node_get_y (node) + pd_node_get_height (node) / 2
                         : pd_node_get_x (node) + pd_node_get_width (node) / 2;
    }
  places = order_and_place (g, reading, across, options, flow_x, search && !g->as_stood,
                            least);
  if (!search || g->as_stood)
    return places;
  other = order_and_place (g, reading, NULL, options, flow_x, TRUE, &crossings);
  /* Where the steps are wins unless the other crosses clearly less:
   * a small edit then gives a small change. */
  if (crossings + *least / 10 < *least)
    {
      g_array_unref (places);
      places = g_steal_pointer (&other);
      *least = crossings;
    }
  return places;
}

/* Layouts computed, for the tests. */
static gint computed;

guint
pd_layout_computed (void)
{
  return (guint) g_atomic_int_get (&computed);
}

/* The places of @document's steps (of @only, when given), and how many
 * pairs of links cross in them (@crossings) and whether every way was
 * tried (@searched), each optional. @as_stood: ordered only as the
 * steps stand and placed across the flow no further (Graph). @ranked
 * (nullable; with no @only): read and ranked as it keeps, or kept
 * there. */
static GArray *
compute (PdDocument            *document,
         const PdLayoutOptions *options,
         GHashTable            *only,
         PdLayoutWarm          *warm,
         PdLayoutRanked        *ranked,
         gboolean               as_stood,
         guint                 *crossings,
         gboolean              *searched)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(GPtrArray) reading = NULL;
  g_autoptr(GPtrArray) reading_edges = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  Graph g = { 0 };
  GArray *places;
  gboolean flow_x;
  guint least;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  g_atomic_int_inc (&computed);
  flow_x = options->direction == PD_LAYOUT_LEFT_RIGHT;
  g.as_stood = as_stood;
  collect_steps (&g, document, options, only, index);
  pd_layout_read_and_rank (&g, document, index, only ? NULL : ranked, &reading, &reading_edges);
  if (warm)
    pd_layout_warm_rank (warm, &g);
  leave_room_for_labels (&g, reading_edges, options, flow_x);
  assign_lanes (&g, document, options);
  places = best_places (&g, reading, options, flow_x, &least);
  if (searched)
    *searched = worth_searching (&g);
  graph_clear (&g);
  if (crossings)
    *crossings = least;
  return places;
}

GArray *
pd_layout_compute (PdDocument            *document,
                   const PdLayoutOptions *options)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  return compute (document, options, NULL, NULL, NULL, FALSE, NULL, NULL);
}

void
pd_layout_apply_to (PdDocument            *document,
                    const PdLayoutOptions *options,
                    GPtrArray             *ids)
{
  g_autoptr(GHashTable) only = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) places = NULL;
  double old_x = G_MAXDOUBLE, old_y = G_MAXDOUBLE, new_x = G_MAXDOUBLE, new_y = G_MAXDOUBLE;

  g_return_if_fail (PD_IS_DOCUMENT (document));

  for (guint i = 0; i < ids->len; i++)
    {
      PdNode *node = pd_document_get_node (document, g_ptr_array_index (ids, i));

      if (node == NULL)
        continue;
      g_hash_table_add (only, (gpointer) pd_node_get_id (node));
      old_x = MIN (old_x, pd_node_get_x (node));
      old_y = MIN (old_y, pd_node_get_y (node));
    }
  if (g_hash_table_size (only) < 2)
    return;
  places = compute (document, options, only, NULL, NULL, FALSE, NULL, NULL);
  for (guint i = 0; i < places->len; i++)
    {
      new_x = MIN (new_x, g_array_index (places, PdLayoutPlace, i).x);
      new_y = MIN (new_y, g_array_index (places, PdLayoutPlace, i).y);
    }
  /* The tidied steps stay where they were, as a block. */
  pd_document_begin (document, _("Tidy Selection"));
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);

      pd_document_set (document, pd_document_get_node (document, place->id),
                       "x", place->x - new_x + old_x, "y", place->y - new_y + old_y, NULL);
    }
  pd_document_end (document);
}

static void
set_places (PdDocument *document,
            GArray     *places)
{
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (document, place->id);

      /* A step already there would record nothing: not asked to, which
       * costs far more than the look (a tidy pathway tidied again). */
      if (pd_node_get_x (node) != place->x || pd_node_get_y (node) != place->y)
        pd_document_set (document, node, "x", place->x, "y", place->y, NULL);
    }
}

PdLanes
pd_layout_lanes_drawn (const PdLayoutOptions *options)
{
  return !options->lanes ? PD_LANES_NONE
         : options->direction == PD_LAYOUT_LEFT_RIGHT ? PD_LANES_ACROSS : PD_LANES_DOWN;
}

static void
set_lanes (PdDocument            *document,
           const PdLayoutOptions *options)
{
  /* The diagram draws the lanes the steps were laid out in. */
  pd_document_set (document, document, "lanes", pd_layout_lanes_drawn (options), NULL);
}

void
pd_layout_apply_from (PdDocument            *document,
                      PdDocument            *laid_out,
                      const PdLayoutOptions *options)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  GListModel *nodes;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (PD_IS_DOCUMENT (laid_out));

  if (options == NULL)
    options = &defaults;
  nodes = pd_document_get_nodes (laid_out);
  pd_document_begin (document, _("Tidy"));
  set_lanes (document, options);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) placed = g_list_model_get_item (nodes, i);
      PdNode *node = pd_document_get_node (document, pd_node_get_id (placed));

      if (node)
        pd_document_set (document, node, "x", pd_node_get_x (placed),
                         "y", pd_node_get_y (placed), NULL);
    }
  pd_document_end (document);
}

/* Whether @a and @b put every step in the same place. */
static gboolean
same_places (GArray *a,
             GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      PdLayoutPlace *p = &g_array_index (a, PdLayoutPlace, i);
      PdLayoutPlace *q = &g_array_index (b, PdLayoutPlace, i);

      if (p->x != q->x || p->y != q->y)
        return FALSE;
    }
  return TRUE;
}

guint
pd_layout_places_moved (PdDocument *document,
                        GArray     *places)
{
  guint moved = 0;

  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (document, place->id);

      moved += node && (place->x != pd_node_get_x (node) || place->y != pd_node_get_y (node));
    }
  return moved;
}

/* Whether each step of @places stands at its place in @document. */
static gboolean
in_place (PdDocument *document,
          GArray     *places)
{
  return pd_layout_places_moved (document, places) == 0;
}

/* Laid out again from the places a layout gives: reading order, and so
 * which transitions close cycles, depends on where the steps are. */
#define MAX_ROUNDS 4

/* The layout's places set in @document, itself a scratch copy: its
 * history keeps the steps of the search. */
void
pd_layout_lay_out (PdDocument            *document,
                   const PdLayoutOptions *options)
{
  pd_layout_lay_out_warm (document, options, NULL);
}

/* @places (crossing @crossings) set in @document, then laid out again
 * from there, up to @rounds times, until a layout gives itself back; the
 * layout that crosses fewest transitions is kept, should none do. One
 * undo step. */
static void
lay_out_rounds (PdDocument            *document,
                const PdLayoutOptions *options,
                GArray                *first,
                guint                  crossings,
                guint                  rounds)
{
  g_autoptr(GArray) places = g_array_ref (first);
  g_autoptr(GArray) best = g_array_ref (first);
  guint least = crossings;

  pd_document_begin (document, _("Tidy"));
  set_lanes (document, options);
  set_places (document, places);
  /* Laid out again from the new places until a layout gives itself back,
   * so that tidying a tidy pathway leaves it as it is. */
  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GArray) again = compute (document, options, NULL, NULL, NULL, FALSE, &crossings,
                                         NULL);

      if (same_places (again, places))
        {
          g_clear_pointer (&best, g_array_unref);
          break;
        }
      set_places (document, again);
      g_array_unref (places);
      places = g_steal_pointer (&again);
      if (crossings < least)
        {
          least = crossings;
          g_array_unref (best);
          best = g_array_ref (places);
        }
    }
  if (best && best != places)
    set_places (document, best);
  pd_document_end (document);
}

/* A layout is made from where the steps are and nothing else that
 * moves: one that leaves every step where it was would give itself back
 * laid out again. A large pathway is laid out once (SEARCH_LIMIT). */
static guint
rounds_needed (PdDocument *document,
               GArray     *places,
               gboolean    searched)
{
  return !searched || in_place (document, places) ? 0 : MAX_ROUNDS;
}

void
pd_layout_lay_out_warm (PdDocument            *document,
                        const PdLayoutOptions *options,
                        PdLayoutWarm          *warm)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(GArray) places = NULL;
  guint crossings;
  gboolean searched;

  if (options == NULL)
    options = &defaults;
  places = compute (document, options, NULL, warm, NULL, FALSE, &crossings, &searched);
  /* A warm layout keeps the places it settled. */
  if (warm)
    pd_layout_warm_settle (warm, document, places, options);
  lay_out_rounds (document, options, places, crossings,
                  warm ? 0 : rounds_needed (document, places, searched));
}

/* Whether every step of @warm stood in a column. */
static gboolean
every_step_stood (PdLayoutWarm *warm)
{
  GHashTableIter iter;
  PdWarmStep *step;

  g_hash_table_iter_init (&iter, warm->steps);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &step))
    if (step->column < 0)
      return FALSE;
  return TRUE;
}

GArray *
pd_layout_places_warm (PdDocument            *document,
                       const PdLayoutOptions *options,
                       PdLayoutWarm          *warm,
                       PdLayoutRanked        *ranked)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  GArray *places;
  gboolean as_stood;

  g_return_val_if_fail (warm != NULL, NULL);

  if (options == NULL)
    options = &defaults;
  /* As pd_layout_lay_out_warm() sets them, which lays out no rounds.
   * Every step put back in the order it stood in, where it stood across
   * the flow or pushed on from there: how the layout ordered and placed
   * them across it is not needed, unless the settling cannot be done. */
  as_stood = warm->settle == PD_WARM_SETTLE_ORDER && !(options->aspect > 0) && every_step_stood (warm);
  places = compute (document, options, NULL, warm, ranked, as_stood, NULL, NULL);
  if (pd_layout_warm_settle (warm, document, places, options) || !as_stood)
    return places;
  g_array_unref (places);
  places = compute (document, options, NULL, warm, ranked, FALSE, NULL, NULL);
  pd_layout_warm_settle (warm, document, places, options);
  return places;
}

GArray *
pd_layout_places (PdDocument            *document,
                  const PdLayoutOptions *options,
                  PdLayoutRanked        *ranked)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(PdDocument) copy = NULL;
  GArray *places;
  guint crossings, rounds;
  gboolean searched;

  if (options == NULL)
    options = &defaults;
  places = compute (document, options, NULL, NULL, ranked, FALSE, &crossings, &searched);
  if ((rounds = rounds_needed (document, places, searched)) == 0)
    return places;
  /* The rounds read where the steps are: they move in a scratch copy,
   * whose places are then this layout's. */
  copy = pd_document_copy (document);
  lay_out_rounds (copy, options, places, crossings, rounds);
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (copy, place->id);

      place->x = pd_node_get_x (node);
      place->y = pd_node_get_y (node);
    }
  return places;
}

void
pd_layout_apply_places (PdDocument            *document,
                        GArray                *places,
                        const PdLayoutOptions *options)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;

  if (options == NULL)
    options = &defaults;
  pd_document_begin (document, _("Tidy"));
  set_lanes (document, options);
  set_places (document, places);
  pd_document_end (document);
}

void
pd_layout_apply (PdDocument            *document,
                 const PdLayoutOptions *options)
{
  pd_layout_tidy (document, options, NULL);
}
