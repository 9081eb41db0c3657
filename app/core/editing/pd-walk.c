/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-edge.h"
#include "pd-node.h"
#include "pd-reading-order.h"
#include "pd-walk.h"

static int
index_of_node (GPtrArray  *nodes,
               const char *id)
{
  for (guint i = 0; id && i < nodes->len; i++)
    if (g_strcmp0 (pd_node_get_id (g_ptr_array_index (nodes, i)), id) == 0)
      return (int) i;
  return -1;
}

/* The ends of the transitions out of (or into) @id, in reading order. */
static GPtrArray *
neighbours (GPtrArray  *edges,
            const char *id,
            gboolean    out)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      const char *from = pd_edge_get_from_id (edge), *to = pd_edge_get_to_id (edge);
      const char *other = out ? to : from;

      if (g_strcmp0 (out ? from : to, id) == 0 && g_strcmp0 (from, to) != 0
          && !g_ptr_array_find_with_equal_func (ids, other, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) other);
    }
  return ids;
}

char *
pd_walk (PdDocument *document,
         const char *from_id,
         PdWalk      walk)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  int at;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  pd_reading_order (document, &nodes, &edges);
  if (nodes->len == 0)
    return NULL;
  at = index_of_node (nodes, from_id);
  if (at < 0)
    return g_strdup (pd_node_get_id (g_ptr_array_index (nodes, 0)));

  switch (walk)
    {
    case PD_WALK_NEXT:
    case PD_WALK_PREVIOUS:
      at = (at + (walk == PD_WALK_NEXT ? 1 : (int) nodes->len - 1)) % (int) nodes->len;
      return g_strdup (pd_node_get_id (g_ptr_array_index (nodes, at)));
    case PD_WALK_FORWARD:
    case PD_WALK_BACK:
      {
        g_autoptr(GPtrArray) ids = neighbours (edges, from_id, walk == PD_WALK_FORWARD);
        return ids->len ? g_strdup (g_ptr_array_index (ids, 0)) : NULL;
      }
    case PD_WALK_NEXT_BRANCH:
    case PD_WALK_PREVIOUS_BRANCH:
      {
        g_autoptr(GPtrArray) parents = neighbours (edges, from_id, FALSE);
        g_autoptr(GPtrArray) siblings = NULL;
        guint here;

        if (parents->len == 0)
          return NULL;
        siblings = neighbours (edges, g_ptr_array_index (parents, 0), TRUE);
        if (siblings->len < 2
            || !g_ptr_array_find_with_equal_func (siblings, from_id, g_str_equal, &here))
          return NULL;
        here = (here + (walk == PD_WALK_NEXT_BRANCH ? 1 : siblings->len - 1)) % siblings->len;
        return g_strdup (g_ptr_array_index (siblings, here));
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
pd_walk_transition (PdDocument *document,
                    const char *from_id,
                    const char *edge_id,
                    int         step)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  int at = 0;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  pd_reading_order (document, &nodes, &edges);
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);

      if (g_strcmp0 (pd_edge_get_from_id (edge), from_id) != 0)
        continue;
      if (g_strcmp0 (pd_edge_get_id (edge), edge_id) == 0)
        at = (int) out->len;
      g_ptr_array_add (out, edge);
    }
  if (out->len == 0)
    return NULL;
  at = ((at + step) % (int) out->len + (int) out->len) % (int) out->len;
  return g_strdup (pd_edge_get_id (g_ptr_array_index (out, step == 0 ? 0 : at)));
}
