/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy never makes a diagram worse: the layout is made on a copy, and
 * should it cross more transitions than the steps where they are, they
 * stay there, unless the lanes asked for force the crossings. A pathway
 * already laid out is also tidied from its layout (pd-layout-warm.h), so
 * that a small edit moves few steps, and that is kept unless it crosses
 * more than a tidy from scratch. */
#include <string.h>

#include "pd-layout-private.h"
#include "pd-layout-warm.h"

static int
by_left (gconstpointer a,
         gconstpointer b)
{
  double x = pd_node_get_x (*(PdNode * const *) a), y = pd_node_get_x (*(PdNode * const *) b);

  return (x > y) - (x < y);
}

/* Whether any two steps lie on one another: then what is there is no
 * layout to keep. */
static gboolean
steps_overlap (PdDocument *document)
{
  GListModel *list = pd_document_get_nodes (document);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (nodes, g_list_model_get_item (list, i));
  g_ptr_array_sort (nodes, by_left);
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

/* Drawings counted whole, for the tests: a tidy counts at most two, the
 * layout and (unless it moved no step) what was there. */
static gint drawings_counted;

guint
pd_layout_drawings_counted (void)
{
  return (guint) g_atomic_int_get (&drawings_counted);
}

/* pd_layout_count_crossings_within() of a whole drawing, counted. */
static guint
count_drawing (PdDocument *document,
               guint       bound)
{
  g_atomic_int_inc (&drawings_counted);
  return pd_layout_count_crossings_within (document, bound);
}

/* Steps of @document at another place in @laid_out. */
static guint
count_moved (PdDocument *document,
             PdDocument *laid_out)
{
  GListModel *list = pd_document_get_nodes (document);
  guint moved = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (list, i);
      PdNode *placed = pd_document_get_node (laid_out, pd_node_get_id (node));

      moved += placed && (pd_node_get_x (placed) != pd_node_get_x (node)
                          || pd_node_get_y (placed) != pd_node_get_y (node));
    }
  return moved;
}

/* Ways of laying @document out from where its steps stand, most kept
 * first: ranks kept to the columns or from scratch; places kept where
 * they are legal, or as laid out. */
static const struct {
  gboolean     columns;
  PdWarmSettle settle;
} warm_tries[] = {
  { TRUE, PD_WARM_SETTLE_ALL },
  { FALSE, PD_WARM_SETTLE_ALL },
  { TRUE, PD_WARM_SETTLE_NONE },
};

/* Of @document laid out from where its steps stand (@warm), the layout
 * that moves fewest steps, fewer than @moved, crossing no more than
 * @scratch (the most), in @copy, and its crossings in @crossings. */
static void
tidy_warm (PdDocument             *document,
           const PdLayoutOptions  *options,
           PdLayoutWarm           *warm,
           guint                   scratch,
           guint                   moved,
           PdDocument            **copy,
           guint                  *crossings)
{
  for (guint t = 0; t < G_N_ELEMENTS (warm_tries) && moved > 0; t++)
    {
      g_autoptr(PdDocument) kept = pd_document_copy (document);
      guint fewer, still;

      warm->columns = warm_tries[t].columns;
      warm->settle = warm_tries[t].settle;
      pd_layout_lay_out_warm (kept, options, warm);
      /* Counted only when it moves no more steps; only a count no more
       * than @scratch can be kept. */
      still = count_moved (document, kept);
      if (still > moved)
        continue;
      fewer = count_drawing (kept, scratch);
      if (fewer <= scratch && (still < moved || fewer < *crossings))
        {
          g_set_object (copy, kept);
          *crossings = fewer;
          moved = still;
        }
    }
}

/* Tidied on a copy of @document: how many transitions then cross
 * (counted only until past @bound), and (when @out) the copy. When the
 * steps stand in columns, also laid out from where they stand: that kept
 * when it moves fewer steps and crosses no more than the layout from
 * scratch. */
static guint
tidy_copy (PdDocument             *document,
           const PdLayoutOptions  *options,
           guint                   bound,
           PdDocument            **out)
{
  g_autoptr(PdDocument) copy = pd_document_copy (document);
  g_autoptr(PdLayoutWarm) warm = NULL;
  guint crossings;

  pd_layout_lay_out (copy, options);
  crossings = count_drawing (copy, bound);
  if ((warm = pd_layout_warm_new (document, options)) != NULL)
    tidy_warm (document, options, warm, crossings, count_moved (document, copy), &copy,
               &crossings);
  if (out)
    *out = g_steal_pointer (&copy);
  return crossings;
}

void
pd_layout_tidy (PdDocument            *document,
                const PdLayoutOptions *options,
                PdLayoutOutcome       *outcome)
{
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome local;
  g_autoptr(PdDocument) tidied = NULL;
  gboolean keepable;
  guint bound;

  g_return_if_fail (PD_IS_DOCUMENT (document));

  if (options == NULL)
    options = &defaults;
  if (outcome == NULL)
    outcome = &local;
  memset (outcome, 0, sizeof *outcome);
  /* The tidy first: what was there need only be counted as far as it
   * decides what to keep, or exactly while that is cheap; not at all
   * when the tidy left every step where it was. */
  outcome->tidied = tidy_copy (document, options, G_MAXUINT, &tidied);
  bound = MAX (outcome->tidied, PD_LAYOUT_EXACT_CROSSINGS);
  outcome->before = count_moved (document, tidied) == 0 ? outcome->tidied
                                                         : count_drawing (document, bound);
  outcome->before_more = bound < G_MAXUINT && outcome->before > bound;
  outcome->after = outcome->tidied;
  if (outcome->tidied <= outcome->before)
    {
      pd_layout_apply_from (document, tidied, options);
      return;
    }
  /* A fit to a page was asked for: its rows are the point, whatever
   * the lines that join them cross. */
  if (options->aspect > 0)
    {
      pd_layout_apply_from (document, tidied, options);
      return;
    }
  /* Steps on one another are no layout to keep. */
  keepable = !steps_overlap (document);
  if (!options->lanes)
    {
      if (keepable)
        {
          outcome->kept = TRUE;
          outcome->after = outcome->before;
          return;
        }
      pd_layout_apply_from (document, tidied, options);
      return;
    }
  /* The lanes were asked for: laid out in them, and said what they
   * cost beside a tidy without them (which would keep what is there). */
  {
    PdLayoutOptions plain = *options;
    guint crossings;

    plain.lanes = FALSE;
    /* More than before counts as before when that is kept. */
    crossings = tidy_copy (document, &plain, keepable ? outcome->before : G_MAXUINT, NULL);
    outcome->lanes_added = outcome->tidied - outcome->before;
    outcome->without_lanes = crossings > outcome->before && keepable ? outcome->before
                                                                       : crossings;
  }
  pd_layout_apply_from (document, tidied, options);
}
