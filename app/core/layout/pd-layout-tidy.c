/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy never makes a diagram worse: the layout is made on a copy, and
 * should it cross more transitions than the steps where they are, they
 * stay there, unless the lanes asked for force the crossings. */
#include <string.h>

#include "pd-layout-private.h"

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

/* Tidied on a copy of @document: how many transitions then cross, and
 * (when @out) the copy. */
static guint
tidy_copy (PdDocument             *document,
           const PdLayoutOptions  *options,
           PdDocument            **out)
{
  g_autoptr(PdDocument) copy = pd_document_copy (document);
  guint crossings;

  pd_layout_lay_out (copy, options);
  crossings = pd_layout_count_crossings (copy);
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

  g_return_if_fail (PD_IS_DOCUMENT (document));

  if (options == NULL)
    options = &defaults;
  if (outcome == NULL)
    outcome = &local;
  memset (outcome, 0, sizeof *outcome);
  outcome->before = pd_layout_count_crossings (document);
  outcome->tidied = tidy_copy (document, options, &tidied);
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
    crossings = tidy_copy (document, &plain, NULL);
    outcome->lanes_added = outcome->tidied - outcome->before;
    outcome->without_lanes = crossings > outcome->before && keepable ? outcome->before
                                                                       : crossings;
  }
  pd_layout_apply_from (document, tidied, options);
}
