/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy never makes a diagram worse: the layout is made on a copy, and
 * should it cross more transitions than the steps where they are, they
 * stay there, unless the lanes asked for force the crossings. A pathway
 * already laid out is also tidied from its layout (pd-layout-warm.h), so
 * that a small edit moves few steps, and that is kept unless a tidy from
 * scratch crosses clearly fewer for the steps it moves (tidy_warm()). */
#include <string.h>

#include "pd-layout-private.h"
#include "pd-layout-warm.h"

static int
by_left (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  double x = pd_node_get_x (*(PdNode * const *) a), y = pd_node_get_x (*(PdNode * const *) b);

  return (x > y) - (x < y);
}

/* @document's steps (PdNode) sorted by @compare. (transfer full) */
static GPtrArray *
sorted_steps (PdDocument       *document,
              GCompareDataFunc  compare,
              gpointer          data)
{
  GListModel *list = pd_document_get_nodes (document);
  guint n = g_list_model_get_n_items (list);
  GPtrArray *nodes = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (nodes, g_list_model_get_item (list, i));
  g_ptr_array_sort_with_data (nodes, compare, data);
  return nodes;
}

/* Whether any two steps lie on one another: then what is there is no
 * layout to keep. */
static gboolean
steps_overlap (PdDocument *document)
{
  g_autoptr(GPtrArray) nodes = sorted_steps (document, by_left, NULL);
  guint n = nodes->len;

  for (guint i = 0; i < n; i++)
    {
      PdNode *a = g_ptr_array_index (nodes, i);
      double right = pd_node_get_x (a) + pd_node_get_width (a);
      double top = pd_node_get_y (a), bottom = top + pd_node_get_height (a);

      for (guint j = i + 1; j < n; j++)
        {
          PdNode *b = g_ptr_array_index (nodes, j);

          if (pd_node_get_x (b) >= right)
            break;
          if (pd_node_get_y (b) < bottom && top < pd_node_get_y (b) + pd_node_get_height (b))
            return TRUE;
        }
    }
  return FALSE;
}

/* Steps in columns along the flow: by their place along it, then across
 * it (@data: a gboolean, whether the flow runs left to right). */
static int
by_column (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  PdNode *u = *(PdNode * const *) a, *v = *(PdNode * const *) b;
  gboolean flow_x = *(const gboolean *) data;
  double ua = flow_x ? pd_node_get_x (u) : pd_node_get_y (u);
  double va = flow_x ? pd_node_get_x (v) : pd_node_get_y (v);
  double uc = flow_x ? pd_node_get_y (u) : pd_node_get_x (u);
  double vc = flow_x ? pd_node_get_y (v) : pd_node_get_x (v);

  if (ua != va)
    return ua < va ? -1 : 1;
  return (uc > vc) - (uc < vc);
}

/* Whether a transition joins two steps of one column (one place along
 * the flow of @options) with another step of the column between them:
 * drawn straight it runs through that step, which no count of crossings
 * sees, and what is there is no layout to keep. */
static gboolean
drawn_through_steps (PdDocument            *document,
                     const PdLayoutOptions *options)
{
  GListModel *edges = pd_document_get_edges (document);
  gboolean flow_x = options->direction == PD_LAYOUT_LEFT_RIGHT;
  g_autoptr(GPtrArray) nodes = sorted_steps (document, by_column, &flow_x);
  g_autoptr(GHashTable) at = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_insert (at, (gpointer) pd_node_get_id (g_ptr_array_index (nodes, i)),
                         GUINT_TO_POINTER (i + 1));
  for (guint e = 0; e < g_list_model_get_n_items (edges); e++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (at, pd_edge_get_from_id (edge)));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (at, pd_edge_get_to_id (edge)));
      PdNode *u, *v;

      if (a == 0 || b == 0 || a == b)
        continue;
      /* Sorted, the steps between two of one column stand between them. */
      u = g_ptr_array_index (nodes, MIN (a, b) - 1);
      v = g_ptr_array_index (nodes, MAX (a, b) - 1);
      if (MAX (a, b) - MIN (a, b) > 1
          && (flow_x ? pd_node_get_x (u) == pd_node_get_x (v)
                     : pd_node_get_y (u) == pd_node_get_y (v)))
        return TRUE;
    }
  return FALSE;
}

/* Drawings counted whole, for the tests: a tidy counts at most two, the
 * layout and (unless it moved no step) what was there. */
static gint drawings_counted;

guint
pd_layout_drawings_counted (void)
{
  return (guint) g_atomic_int_get (&drawings_counted);
}

/* The steps where they stand, once @counted up to @bound: @count
 * (@bound + 1 when more); and the document's steps and transitions,
 * looked up once for every count of a drawing in the tidy. */
typedef struct {
  gboolean         counted;
  guint            count;
  guint            bound;
  PdLayoutDrawing *drawing;
} Standing;

static void
standing_clear (Standing *standing)
{
  g_clear_pointer (&standing->drawing, pd_layout_drawing_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Standing, standing_clear)

/* pd_layout_drawing_crossings(): a whole drawing of @document, counted. */
static guint
count_drawing (PdDocument *document,
               Standing   *standing,
               GArray     *places,
               guint       bound)
{
  g_atomic_int_inc (&drawings_counted);
  if (standing->drawing == NULL)
    standing->drawing = pd_layout_drawing_new (document);
  return pd_layout_drawing_crossings (standing->drawing, places, bound);
}

/* The crossings of @document's steps where they stand, counted only until
 * past @bound: as counted before in @standing, when that says (a count
 * within its bound is exact, one past it is past any lower bound too);
 * else counted, and kept there. */
static guint
count_standing (PdDocument *document,
                Standing   *standing,
                guint       bound)
{
  if (standing->counted && standing->count <= standing->bound)
    return bound == G_MAXUINT ? standing->count : MIN (standing->count, bound + 1);
  if (standing->counted && bound <= standing->bound)
    return bound + 1;
  standing->count = count_drawing (document, standing, NULL, bound);
  standing->bound = bound;
  standing->counted = TRUE;
  return standing->count;
}

/* The scale at which the steps at @places (of @document) fit a page of
 * options->aspect, by their boxes alone. */
static double
box_scale (PdDocument            *document,
           GArray                *places,
           const PdLayoutOptions *options)
{
  double left = G_MAXDOUBLE, top = G_MAXDOUBLE, right = -G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (document, place->id);

      left = MIN (left, place->x);
      top = MIN (top, place->y);
      right = MAX (right, place->x + pd_node_get_width (node));
      bottom = MAX (bottom, place->y + pd_node_get_height (node));
    }
  if (places->len == 0)
    return 0;
  return MIN (options->aspect / MAX (right - left, 1), 1 / MAX (bottom - top, 1));
}

/* A larger pathway's fit fitted again is kept where it crosses no more
 * and its steps' boxes fit the page at least this share as large. */
#define REFIT_SCALE 0.95

/* In a fit to a page, whether @document's steps where they stand
 * (crossing @before) are drawn on the page at least as large as at
 * @tidied (crossing @after): then a fit fitted again stays as it is.
 * Past PD_LAYOUT_FIT_DRAWN steps, by the steps' boxes: the steps where
 * they stand cross no more, and fit the page nearly as large. Only
 * where the lanes drawn are those asked for. */
static gboolean
standing_fits (PdDocument            *document,
               const PdLayoutOptions *options,
               GArray                *tidied,
               guint                  before,
               guint                  after)
{
  g_autoptr(GArray) standing = NULL;
  PdLanes lanes;

  g_object_get (document, "lanes", &lanes, NULL);
  if (!(options->aspect > 0) || lanes != pd_layout_lanes_drawn (options))
    return FALSE;
  standing = g_array_copy (tidied);
  for (guint i = 0; i < standing->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (standing, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (document, place->id);

      place->x = pd_node_get_x (node);
      place->y = pd_node_get_y (node);
    }
  if (tidied->len > PD_LAYOUT_FIT_DRAWN)
    return before <= after
           && box_scale (document, standing, options)
              >= REFIT_SCALE * box_scale (document, tidied, options);
  return pd_layout_fit_score (document, standing, before, options)
         >= pd_layout_fit_score (document, tidied, after, options);
}

/* Ways of laying @document out from where its steps stand: ranks kept
 * to the columns or from scratch; places kept where they are legal, the
 * order the steps stood in kept too (it crosses more, often, and is kept
 * only when it moves fewer), or places as laid out. Those that keep more
 * go first: the tries stop at one that moves no step. */
static const struct {
  gboolean     columns;
  PdWarmSettle settle;
  gboolean     turn_level;
} warm_tries[] = {
  { TRUE, PD_WARM_SETTLE_ALL, TRUE },
  { FALSE, PD_WARM_SETTLE_ALL, TRUE },
  { TRUE, PD_WARM_SETTLE_ORDER, TRUE },
  { TRUE, PD_WARM_SETTLE_NONE, TRUE },
  /* A link turned to spare the steps after it a rank may be drawn back
   * across others: the steps pushed on instead, tried too. */
  { TRUE, PD_WARM_SETTLE_ALL, FALSE },
  { TRUE, PD_WARM_SETTLE_ORDER, FALSE },
  { TRUE, PD_WARM_SETTLE_NONE, FALSE },
};

/* What moving @moved steps and crossing @crossings costs beside the
 * layout from scratch (@scratch crossings): the steps moved, and
 * PD_WARM_STEPS_A_CROSSING more for each crossing above @scratch;
 * G_MAXUINT above @most. */
static guint
warm_cost (guint moved,
           guint crossings,
           guint scratch,
           guint most)
{
  if (crossings <= scratch)
    return moved;
  if (crossings > most)
    return G_MAXUINT;
  return moved + (crossings - scratch) * PD_WARM_STEPS_A_CROSSING;
}

/* Whether a try moving @still steps may cost less than @best (or as
 * much, crossing fewer than @crossings); then @bound lowered to the most
 * crossings it may have for that: none above @scratch when it moves as
 * many steps as the best. */
static gboolean
may_win (guint  still,
         guint  best,
         guint  scratch,
         guint  crossings,
         guint *bound)
{
  if (still < best)
    {
      *bound = MIN (*bound, scratch + (best - still) / PD_WARM_STEPS_A_CROSSING);
      return TRUE;
    }
  if (crossings == 0)
    return FALSE;
  *bound = MIN (*bound, MIN (scratch, crossings - 1));
  return TRUE;
}

/* Of @document laid out from scratch (at @places, crossing @scratch and
 * moving @moved steps) and laid out from where its steps stand (@warm),
 * the layout of least cost (warm_cost(): a warm layout crossing a few
 * more is kept only when it moves far fewer steps), in @places, its
 * crossings in @crossings and the steps it moves in @kept_moved; on a
 * tie, the one tried first, from scratch first. A warm layout may cross
 * PD_WARM_MARGIN more than from scratch, or as many as the steps where
 * they stand: a tidy that moves few steps makes nothing worse than it
 * was. A try that moves more steps than the best so far costs more
 * whatever it crosses, and is not counted; one
 * that may win is counted only as far as it still could, and the steps
 * where they stand only when that decides.
 * @ordered (nullable): the places of the try that keeps the order the
 * steps stood in, laid out already past the search limit (moving
 * @ordered_moved steps), and then the only try, weighed only when it
 * moves fewer steps than from scratch.
 * @standing: the steps where they stand, counted once. @ranked: what
 * every layout of @document reads and ranks alike, worked out once. */
static void
tidy_warm (PdDocument             *document,
           const PdLayoutOptions  *options,
           PdLayoutWarm           *warm,
           guint                   scratch,
           guint                   moved,
           GArray                 *ordered,
           guint                   ordered_moved,
           Standing               *standing,
           PdLayoutRanked         *ranked,
           GArray                **places,
           guint                  *crossings,
           guint                  *kept_moved)
{
  guint best = moved, margin = scratch + PD_WARM_MARGIN (scratch), most = margin;
  guint worth = scratch + moved / PD_WARM_STEPS_A_CROSSING;
  gboolean turned = FALSE;
  /* A fit to a page moves the steps to rows as it must: the try drawn
   * largest on the page is kept, whatever it moves. */
  gboolean fit = options->aspect > 0 && ordered == NULL
                 && g_list_model_get_n_items (pd_document_get_nodes (document))
                    <= PD_LAYOUT_FIT_DRAWN;
  double fit_best = fit ? pd_layout_fit_score (document, *places, scratch, options) : 0;

  /* Crossings past @worth cost more than the layout from scratch: as
   * many as the steps where they stand are allowed only up to there. */
  if (moved > 0)
    most = MAX (margin, worth);
  for (guint t = 0; t < G_N_ELEMENTS (warm_tries) && best > 0; t++)
    {
      g_autoptr(GArray) laid = NULL;
      guint count, still, cost, bound;

      /* No link turned (nor past the search limit, where the try that
       * keeps the columns and order is laid out already, turned where
       * that helps): the steps pushed on are laid out already. */
      if (!warm_tries[t].turn_level && !turned)
        continue;

      /* Ranks from scratch, as the columns gave them: laid out already. */
      if (!warm_tries[t].columns && t > 0 && warm_tries[t - 1].columns
          && warm_tries[t - 1].settle == warm_tries[t].settle && !warm->ranks_changed)
        continue;
      /* Past the search limit each try is a whole layout of a large
       * pathway: only the one that keeps the columns and order, laid out
       * already, is weighed against the layout from scratch. */
      if (ordered && !(warm_tries[t].columns && warm_tries[t].settle == PD_WARM_SETTLE_ORDER))
        continue;
      warm->columns = warm_tries[t].columns;
      warm->settle = warm_tries[t].settle;
      warm->turn_level = warm_tries[t].turn_level;
      if (ordered && warm->columns && warm->settle == PD_WARM_SETTLE_ORDER)
        laid = g_array_ref (ordered);
      else
        {
          laid = pd_layout_places_warm (document, options, warm, ranked);
          pd_layout_warm_align (document, laid);
          turned |= warm->level_turned;
        }
      if (fit)
        {
          double score;

          count = count_drawing (document, standing, laid, G_MAXUINT);
          score = pd_layout_fit_score (document, laid, count, options);
          if (score > fit_best * (1 + 1e-9))
            {
              g_array_unref (*places);
              *places = g_steal_pointer (&laid);
              *crossings = count;
              *kept_moved = pd_layout_places_moved (document, *places);
              fit_best = score;
            }
          continue;
        }
      still = laid == ordered ? ordered_moved : pd_layout_places_moved (document, laid);
      if (still > best)
        continue;
      /* Past the search limit that try is there to leave steps where
       * they stand: one that moves as many as the layout from scratch
       * could win only by crossing fewer, which keeping a large
       * pathway's order as it stood does not (generated, 1,000 to 50,000
       * steps: as many with a fit to a page, 20% to 25% more in lanes),
       * and is not counted, a whole drawing of a large pathway. */
      if (ordered && still >= best)
        continue;
      /* Only a count up to @most, and up to what could still win, can
       * be kept. */
      bound = most;
      if (!may_win (still, best, scratch, *crossings, &bound))
        continue;
      count = count_drawing (document, standing, laid, bound);
      if (count > bound)
        continue;
      /* Past the margin the steps where they stand say whether it may
       * cross as many (@count is then at most @worth): counted once, as
       * far as pd_layout_tidy() will need them too (it asks for no more
       * than PD_LAYOUT_EXACT_CROSSINGS or what the tidy crosses). */
      cost = warm_cost (still, count, scratch,
                        count <= margin ? margin
                        : MIN (count_standing (document, standing,
                                               MAX (most, PD_LAYOUT_EXACT_CROSSINGS)),
                               worth));
      if (cost < best || (cost == best && cost != G_MAXUINT && count < *crossings))
        {
          g_array_unref (*places);
          *places = g_steal_pointer (&laid);
          *crossings = count;
          *kept_moved = still;
          best = cost;
        }
    }
}

/* @document tidied, itself left as it is: how many transitions then
 * cross (counted only until past @bound), and (when @out) the steps'
 * places and (when @moved) how many of them that moves. What the steps cross where they stand is counted once, in
 * @standing, for the rest of the tidy too; the reading order and the
 * ranks from scratch are worked out once, in @ranked, for every layout
 * of it. When the steps stand in columns, also laid out from where they
 * stand: that kept as tidy_warm() weighs steps moved against crossings. */
static guint
tidy_places (PdDocument             *document,
             const PdLayoutOptions  *options,
             guint                   bound,
             Standing               *standing,
             PdLayoutRanked         *ranked,
             GArray                **out,
             guint                  *moved)
{
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) ordered = NULL;
  g_autoptr(PdLayoutWarm) warm = pd_layout_warm_new (document, options);
  guint crossings, ordered_moved = 0, kept_moved = 0;

  /* Past the search limit a pathway is laid out once, its ordering cut
   * short: laid out again from its own places it orders on from where
   * it stopped, and some steps move each time. One that stands where a
   * layout keeping its columns and order puts it is left there (that
   * layout is otherwise one of the warm tries). */
  if (warm && !pd_layout_searches (document))
    {
      warm->columns = TRUE;
      warm->settle = PD_WARM_SETTLE_ORDER;
      ordered = pd_layout_places_warm (document, options, warm, ranked);
      pd_layout_warm_align (document, ordered);
      if ((ordered_moved = pd_layout_places_moved (document, ordered)) == 0)
        {
          crossings = count_drawing (document, standing, ordered, bound);
          if (out)
            *out = g_steal_pointer (&ordered);
          if (moved)
            *moved = 0;
          return crossings;
        }
    }
  places = pd_layout_places (document, options, ranked);
  crossings = count_drawing (document, standing, places, bound);
  if (warm)
    {
      pd_layout_warm_align (document, places);
      kept_moved = pd_layout_places_moved (document, places);
      tidy_warm (document, options, warm, crossings, kept_moved, ordered, ordered_moved,
                 standing, ranked, &places, &crossings, &kept_moved);
    }
  else if (moved)
    kept_moved = pd_layout_places_moved (document, places);
  if (out)
    *out = g_steal_pointer (&places);
  if (moved)
    *moved = kept_moved;
  return crossings;
}

/* Times a fit without lanes is fitted again from where it put the
 * steps, at most, until it leaves them there. */
#define MOST_REFITS 4

/* @tidied (crossing @crossings), a fit of @document without lanes,
 * fitted again from there in a scratch copy, and again, until a fit
 * finds it drawn as large as it would draw them (standing_fits()): each
 * fit reads where the steps stand, and one from the rows it made may
 * find another drawn larger, which the next Tidy to Fit a Page would
 * move them to. */
static void
fit_until_still (PdDocument            *document,
                 const PdLayoutOptions *options,
                 GArray               **tidied,
                 guint                 *crossings)
{
  g_autoptr(PdDocument) copy = pd_document_copy (document);

  for (guint round = 0; round < MOST_REFITS; round++)
    {
      g_auto(Standing) standing = { FALSE, 0, 0, NULL };
      g_autoptr(PdLayoutRanked) ranked = pd_layout_ranked_new ();
      g_autoptr(GArray) again = NULL;
      guint count, moved;

      pd_layout_apply_places (copy, *tidied, options);
      count = tidy_places (copy, options, G_MAXUINT, &standing, ranked, &again, &moved);
      if (moved == 0 || standing_fits (copy, options, again, *crossings, count))
        return;
      /* The ids are the copy's: the document's instead. */
      for (guint i = 0; i < again->len; i++)
        {
          PdLayoutPlace *place = &g_array_index (again, PdLayoutPlace, i);

          place->id = pd_node_get_id (pd_document_get_node (document, place->id));
        }
      g_array_unref (*tidied);
      *tidied = g_steal_pointer (&again);
      *crossings = count;
    }
}

/* A fit without lanes may keep each agency's steps together too: the
 * fit in lanes, drawn without them, and fitted again from there until
 * it stays, kept instead of @tidied (crossing @crossings) when it
 * crosses no more and is drawn larger on the page
 * (pd_layout_fit_score()). It is there for the few lines a fit in lanes
 * crosses (dementia: 6 rather than 25): fitted again, one may cross more
 * and be drawn a little larger (perinatal: 9 at 8.18 pt on A3 rather
 * than 1 at 7.45 pt), which is not kept. */
static void
fit_from_lanes (PdDocument            *document,
                const PdLayoutOptions *options,
                Standing              *standing,
                PdLayoutRanked        *ranked,
                GArray               **tidied,
                guint                 *crossings)
{
  PdLayoutOptions laned = *options;
  g_autoptr(GArray) in_lanes = NULL;
  guint count;

  laned.lanes = TRUE;
  count = tidy_places (document, &laned, G_MAXUINT, standing, ranked, &in_lanes, NULL);
  fit_until_still (document, options, &in_lanes, &count);
  if (count <= *crossings
      && pd_layout_fit_score (document, in_lanes, count, options)
         > pd_layout_fit_score (document, *tidied, *crossings, options) * (1 + 1e-9))
    {
      g_array_unref (*tidied);
      *tidied = g_steal_pointer (&in_lanes);
      *crossings = count;
    }
}

static void
tidy (PdDocument            *document,
      const PdLayoutOptions *options,
      PdLayoutOutcome       *outcome)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome local;
  g_auto(Standing) standing = { FALSE, 0, 0, NULL };
  g_autoptr(PdLayoutRanked) ranked = pd_layout_ranked_new ();
  g_autoptr(GArray) tidied = NULL;
  gboolean keepable;
  guint bound, moved;

  g_return_if_fail (PD_IS_DOCUMENT (document));

  if (options == NULL)
    options = &defaults;
  if (outcome == NULL)
    outcome = &local;
  memset (outcome, 0, sizeof *outcome);
  /* The tidy first: what was there need only be counted as far as it
   * decides what to keep, or exactly while that is cheap; not at all
   * when the tidy left every step where it was. */
  outcome->tidied = tidy_places (document, options, G_MAXUINT, &standing, ranked, &tidied, &moved);
  bound = MAX (outcome->tidied, PD_LAYOUT_EXACT_CROSSINGS);
  outcome->moved = moved;
  outcome->before = outcome->moved == 0 ? outcome->tidied
                    : count_standing (document, &standing, bound);
  outcome->before_more = bound < G_MAXUINT && outcome->before > bound;
  outcome->after = outcome->tidied;
  /* A fit drawn as large as the steps where they stand is no better:
   * they stay, and Tidy to Fit a Page pressed twice moves nothing. */
  if (outcome->moved > 0 && !outcome->before_more
      && standing_fits (document, options, tidied, outcome->before, outcome->tidied)
      && !steps_overlap (document))
    {
      outcome->after = outcome->before;
      outcome->moved = 0;
      return;
    }
  /* A fit without lanes, small enough to weigh as drawn, fitted again
   * until it stays (the examples' fits in lanes stay at once), and
   * weighed against the fit in lanes. */
  if (options->aspect > 0 && !options->lanes && outcome->moved > 0
      && tidied->len <= PD_LAYOUT_FIT_DRAWN)
    {
      fit_until_still (document, options, &tidied, &outcome->tidied);
      fit_from_lanes (document, options, &standing, ranked, &tidied, &outcome->tidied);
      outcome->after = outcome->tidied;
      outcome->moved = pd_layout_places_moved (document, tidied);
    }
  if (outcome->tidied <= outcome->before)
    {
      pd_layout_apply_places (document, tidied, options);
      return;
    }
  /* A fit to a page was asked for: its rows are the point, whatever
   * the lines that join them cross. */
  if (options->aspect > 0)
    {
      pd_layout_apply_places (document, tidied, options);
      return;
    }
  /* Steps on one another, or a transition through a step, are no
   * layout to keep. */
  keepable = !steps_overlap (document) && !drawn_through_steps (document, options);
  if (!options->lanes)
    {
      if (keepable)
        {
          outcome->kept = TRUE;
          outcome->after = outcome->before;
          outcome->moved = 0;
          return;
        }
      pd_layout_apply_places (document, tidied, options);
      return;
    }
  /* The lanes were asked for: laid out in them, and said what they
   * cost beside a tidy without them (which would keep what is there);
   * past the search limit that would be another tidy of a large
   * pathway, and is not worked out. */
  outcome->lanes_added = outcome->tidied - outcome->before;
  outcome->without_lanes = G_MAXUINT;
  if (pd_layout_searches (document))
    {
      PdLayoutOptions plain = *options;
      guint crossings;

      plain.lanes = FALSE;
      /* More than before counts as before when that is kept. */
      crossings = tidy_places (document, &plain, keepable ? outcome->before : G_MAXUINT,
                               &standing, ranked, NULL, NULL);
      outcome->without_lanes = crossings > outcome->before && keepable ? outcome->before
                                                                         : crossings;
    }
  pd_layout_apply_places (document, tidied, options);
}

void
pd_layout_tidy (PdDocument            *document,
                const PdLayoutOptions *options,
                PdLayoutOutcome       *outcome)
{
  /* A fit weighs the same places as drawn again and again: each drawn
   * once in this tidy. */
  gboolean remembering = pd_layout_fit_remember ();

  tidy (document, options, outcome);
  pd_layout_fit_forget (remembering);
}
