/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-presentation.h"
#include "pd-reading-order.h"

PdPresentation *
pd_presentation_new (PdDocument *document)
{
  PdPresentation *presentation;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  presentation = g_new0 (PdPresentation, 1);
  pd_reading_order (document, &presentation->steps, &presentation->edges);
  return presentation;
}

void
pd_presentation_free (PdPresentation *presentation)
{
  if (presentation == NULL)
    return;
  g_clear_pointer (&presentation->steps, g_ptr_array_unref);
  g_clear_pointer (&presentation->edges, g_ptr_array_unref);
  g_free (presentation);
}

int
pd_presentation_index_of (PdPresentation *presentation,
                          const char     *id)
{
  g_return_val_if_fail (presentation != NULL, -1);

  for (guint i = 0; id && i < presentation->steps->len; i++)
    if (g_strcmp0 (pd_node_get_id (g_ptr_array_index (presentation->steps, i)), id) == 0)
      return (int) i;
  return -1;
}

static PdNode *
find_step (PdPresentation *presentation,
           const char     *id)
{
  int at = pd_presentation_index_of (presentation, id);

  return at < 0 ? NULL : g_ptr_array_index (presentation->steps, at);
}

GPtrArray *
pd_presentation_ways_out (PdPresentation *presentation,
                          const char     *id)
{
  GPtrArray *ways = g_ptr_array_new ();
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (presentation != NULL, ways);

  /* Reading order lists each step's transitions after it, typical first;
   * a loop back to the step itself, or a second line to the same step,
   * is no choice to offer. */
  for (guint i = 0; i < presentation->edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (presentation->edges, i);
      const char *to = pd_edge_get_to_id (edge);

      if (g_strcmp0 (pd_edge_get_from_id (edge), id) != 0 || g_strcmp0 (to, id) == 0
          || find_step (presentation, to) == NULL || g_hash_table_contains (reached, to))
        continue;
      g_hash_table_add (reached, (gpointer) to);
      g_ptr_array_add (ways, edge);
    }
  return ways;
}

const char *
pd_presentation_way_name (PdPresentation *presentation,
                          PdEdge         *way)
{
  const char *label;
  PdNode *step;

  g_return_val_if_fail (presentation != NULL && PD_IS_EDGE (way), NULL);

  label = pd_edge_get_label (way);
  if (label && *label)
    return label;
  step = find_step (presentation, pd_edge_get_to_id (way));
  label = step ? pd_node_get_title (step) : NULL;
  return label && *label ? label : pd_edge_get_to_id (way);
}
