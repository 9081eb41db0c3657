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

typedef struct {
  GPtrArray *out;     /* the ways out of a step, sorted; not owned */
  guint next;         /* the next of them to follow */
} Frame;

typedef struct {
  PdDocument *document;
  GHashTable *outgoing;
  GHashTable *seen;
  GArray *stack;      /* of Frame */
  GPtrArray *order;
  GPtrArray *edge_order;
} Walk;

/* Reads @node: it, then each way out of it; its frame goes on the stack
 * so that the ways are followed next. */
static void
visit (Walk   *walk,
       PdNode *node)
{
  GPtrArray *out = g_hash_table_lookup (walk->outgoing, pd_node_get_id (node));
  EdgeSort sort = { walk->document };
  Frame frame = { out, 0 };

  g_hash_table_add (walk->seen, node);
  g_ptr_array_add (walk->order, g_object_ref (node));
  if (out)
    {
      g_ptr_array_sort_with_data (out, compare_edges, &sort);
      for (guint e = 0; e < out->len; e++)
        g_ptr_array_add (walk->edge_order, g_object_ref (g_ptr_array_index (out, e)));
    }
  g_array_append_val (walk->stack, frame);
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
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *edge_order = g_ptr_array_new_with_free_func (g_object_unref);
  Walk walk = { document, outgoing, seen, stack, order, edge_order };

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

  /* Depth first from the starts, as a person reads a pathway: a step, the
   * ways out of it, then the first way followed to its end before the next
   * way is taken. A stack of (step, next way out), not recursion, so that a
   * long chain in a hostile file cannot exhaust the C stack. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < all->len; i++)
      {
        PdNode *start = g_ptr_array_index (all, i);

        if (g_hash_table_contains (seen, start))
          continue;
        /* First the referrals, then whatever no referral reaches. */
        if (pass == 0 && pd_node_get_kind (start) != PD_NODE_KIND_REFERRAL)
          continue;
        visit (&walk, start);
        while (walk.stack->len > 0)
          {
            Frame *frame = &g_array_index (walk.stack, Frame, walk.stack->len - 1);
            PdNode *to = NULL;

            if (frame->out == NULL || frame->next >= frame->out->len)
              {
                g_array_set_size (walk.stack, walk.stack->len - 1);
                continue;
              }
            to = pd_document_get_node (document,
                                       pd_edge_get_to_id (g_ptr_array_index (frame->out,
                                                                             frame->next++)));
            if (to && !g_hash_table_contains (seen, to))
              visit (&walk, to);
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
