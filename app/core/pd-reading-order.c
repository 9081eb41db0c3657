/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-reading-order.h"

static int
compare_position (PdNode *a,
                  PdNode *b)
{
  if (pd_node_get_y (a) != pd_node_get_y (b))
    return pd_node_get_y (a) < pd_node_get_y (b) ? -1 : 1;
  if (pd_node_get_x (a) != pd_node_get_x (b))
    return pd_node_get_x (a) < pd_node_get_x (b) ? -1 : 1;
  return g_strcmp0 (pd_node_get_id (a), pd_node_get_id (b));
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  PdNode *na = *(PdNode **) a, *nb = *(PdNode **) b;

  /* Left to right first: pathways flow that way. */
  if (pd_node_get_x (na) != pd_node_get_x (nb))
    return pd_node_get_x (na) < pd_node_get_x (nb) ? -1 : 1;
  return compare_position (na, nb);
}

typedef struct {
  PdDocument *document;
} EdgeSort;

static int
compare_edges (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  EdgeSort *sort = user_data;
  PdEdge *ea = *(PdEdge **) a, *eb = *(PdEdge **) b;
  PdNode *ta = pd_document_get_node (sort->document, pd_edge_get_to_id (ea));
  PdNode *tb = pd_document_get_node (sort->document, pd_edge_get_to_id (eb));

  if (pd_edge_get_kind (ea) != pd_edge_get_kind (eb))
    return (int) pd_edge_get_kind (ea) - (int) pd_edge_get_kind (eb);
  if (ta && tb)
    return compare_position (ta, tb);
  return g_strcmp0 (pd_edge_get_id (ea), pd_edge_get_id (eb));
}

void
pd_reading_order (PdDocument *document,
                  GPtrArray **nodes_out,
                  GPtrArray **edges_out)
{
  GListModel *nodes = pd_document_get_nodes (document);
  GListModel *edges = pd_document_get_edges (document);
  g_autoptr(GHashTable) outgoing = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GQueue) queue = g_queue_new ();
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *edge_order = g_ptr_array_new_with_free_func (g_object_unref);
  EdgeSort sort = { document };

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      PdEdge *edge = g_list_model_get_item (edges, i);
      GPtrArray *list = g_hash_table_lookup (outgoing, pd_edge_get_from_id (edge));

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (outgoing, (gpointer) pd_edge_get_from_id (edge), list);
        }
      g_ptr_array_add (list, edge);
    }
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    g_ptr_array_add (all, g_list_model_get_item (nodes, i));
  g_ptr_array_sort (all, compare_nodes);

  /* Breadth first from the starts, so that parallel choices stay together. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < all->len; i++)
      {
        PdNode *start = g_ptr_array_index (all, i);

        if (g_hash_table_contains (seen, start))
          continue;
        /* First the referrals, then whatever no referral reaches. */
        if (pass == 0 && pd_node_get_kind (start) != PD_NODE_KIND_REFERRAL)
          continue;
        g_hash_table_add (seen, start);
        g_queue_push_tail (queue, start);
        while (!g_queue_is_empty (queue))
          {
            PdNode *node = g_queue_pop_head (queue);
            GPtrArray *out = g_hash_table_lookup (outgoing, pd_node_get_id (node));

            g_ptr_array_add (order, g_object_ref (node));
            if (out == NULL)
              continue;
            g_ptr_array_sort_with_data (out, compare_edges, &sort);
            for (guint e = 0; e < out->len; e++)
              {
                PdEdge *edge = g_ptr_array_index (out, e);
                PdNode *to = pd_document_get_node (document, pd_edge_get_to_id (edge));

                g_ptr_array_add (edge_order, g_object_ref (edge));
                if (to && !g_hash_table_contains (seen, to))
                  {
                    g_hash_table_add (seen, to);
                    g_queue_push_tail (queue, to);
                  }
              }
          }
      }
  /* Edges from unknown nodes (never in a valid file) are kept, at the end. */
  if (edge_order->len < g_list_model_get_n_items (edges))
    for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
      {
        g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
        if (pd_document_get_node (document, pd_edge_get_from_id (edge)) == NULL)
          g_ptr_array_add (edge_order, g_object_ref (edge));
      }
  *nodes_out = order;
  *edges_out = edge_order;
}
