/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Moving a step to another place in the journey: trading places with a
 * neighbour on the canvas, or one step along its chain or its branches. */
#include <glib/gi18n-lib.h>

#include "pd-edit.h"
#include "pd-history.h"
#include "pd-reading-order.h"

void
pd_edit_swap_places (PdDocument *document,
                     PdNode     *a,
                     PdNode     *b)
{
  double ax, ay;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (PD_IS_NODE (a) && PD_IS_NODE (b));

  if (a == b)
    return;
  ax = pd_node_get_x (a);
  ay = pd_node_get_y (a);
  pd_document_begin (document, _("Move"));
  pd_document_set (document, a, "x", pd_node_get_x (b), "y", pd_node_get_y (b), NULL);
  pd_document_set (document, b, "x", ax, "y", ay, NULL);
  pd_document_end (document);
  /* A second swap is a second step, not merged into this one. */
  pd_history_seal (pd_document_get_history (document));
}

/* The transitions into (@in) or out of @node, in the document's order. */
static GPtrArray *
ways (PdDocument *document,
      PdNode     *node,
      gboolean    in)
{
  GListModel *edges = pd_document_get_edges (document);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id = pd_node_get_id (node);

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);

      if (g_str_equal (in ? pd_edge_get_to_id (edge) : pd_edge_get_from_id (edge), id))
        g_ptr_array_add (found, g_steal_pointer (&edge));
    }
  return found;
}

/* The step @node is reached from alone, or NULL. */
static PdNode *
only_way_in (PdDocument *document,
             PdNode     *node)
{
  g_autoptr(GPtrArray) in = ways (document, node, TRUE);

  if (in->len != 1)
    return NULL;
  return pd_document_get_node (document, pd_edge_get_from_id (g_ptr_array_index (in, 0)));
}

static guint
n_ways (PdDocument *document,
        PdNode     *node,
        gboolean    in)
{
  g_autoptr(GPtrArray) found = ways (document, node, in);

  return found->len;
}

/* The step that branches to @node, when @node is one of its ways out
 * and reached from nowhere else. */
static PdNode *
branching_parent (PdDocument *document,
                  PdNode     *node)
{
  PdNode *parent = only_way_in (document, node);

  if (parent == NULL || parent == node || n_ways (document, parent, FALSE) < 2)
    return NULL;
  return parent;
}

/* @node's neighbour among @parent's ways out of the same kind, in
 * reading order: the only ones that changing places reorders. */
static PdNode *
sibling (PdDocument *document,
         PdNode     *parent,
         PdNode     *node,
         gboolean    later)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  PdNode *other = NULL;

  pd_reading_order (document, &nodes, &edges);
  for (guint i = 0; i < edges->len; i++)
    if (g_str_equal (pd_edge_get_from_id (g_ptr_array_index (edges, i)), pd_node_get_id (parent)))
      g_ptr_array_add (out, g_ptr_array_index (edges, i));
  for (guint i = 0; i < out->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (out, i);
      PdEdge *next;

      if (!g_str_equal (pd_edge_get_to_id (edge), pd_node_get_id (node)))
        continue;
      if (later ? i + 1 >= out->len : i == 0)
        return NULL;
      next = g_ptr_array_index (out, later ? i + 1 : i - 1);
      if (pd_edge_get_kind (next) == pd_edge_get_kind (edge))
        other = pd_document_get_node (document, pd_edge_get_to_id (next));
      break;
    }
  return other == node || other == parent ? NULL : other;
}

/* @first and @second, joined by a transition that is the only way out of
 * @first and the only way into @second, trade places in the journey:
 * every transition's end at one goes to the other. The transitions keep
 * their labels and likelihoods, which so stay with the place in the
 * journey they describe (the way into the pair, the link between them,
 * the way out); the steps trade places on the canvas too. */
static void
swap_in_chain (PdDocument *document,
               PdNode     *first,
               PdNode     *second)
{
  GListModel *edges = pd_document_get_edges (document);
  const char *a = pd_node_get_id (first), *b = pd_node_get_id (second);
  double x, y;

  pd_document_begin (document, _("Move"));
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      const char *from = pd_edge_get_from_id (edge), *to = pd_edge_get_to_id (edge);
      const char *new_from = g_str_equal (from, a) ? b : g_str_equal (from, b) ? a : from;
      const char *new_to = g_str_equal (to, a) ? b : g_str_equal (to, b) ? a : to;
      g_autofree char *from_id = g_strdup (new_from);
      g_autofree char *to_id = g_strdup (new_to);

      if (new_from != from || new_to != to)
        pd_document_set (document, edge, "from-id", from_id, "to-id", to_id, NULL);
    }
  x = pd_node_get_x (first);
  y = pd_node_get_y (first);
  pd_document_set (document, first, "x", pd_node_get_x (second), "y", pd_node_get_y (second),
                   NULL);
  pd_document_set (document, second, "x", x, "y", y, NULL);
  pd_document_end (document);
  pd_history_seal (pd_document_get_history (document));
}

static const char *
name_of (PdNode *node)
{
  const char *title = pd_node_get_title (node);

  return title && *title ? title : pd_node_get_id (node);
}

static void
say (char      **why,
     const char *format,
     ...) G_GNUC_PRINTF (2, 3);

static void
say (char      **why,
     const char *format,
     ...)
{
  va_list args;

  if (why == NULL)
    return;
  va_start (args, format);
  *why = g_strdup_vprintf (format, args);
  va_end (args);
}

static gboolean
move_earlier (PdDocument *document,
              PdNode     *node,
              char      **why)
{
  const char *title = name_of (node);
  PdNode *parent = branching_parent (document, node);
  PdNode *before, *grandparent;

  if (parent)
    {
      PdNode *other = sibling (document, parent, node, FALSE);

      if (other == NULL)
        {
          say (why, _("“%s” is already the first of its kind of way out of “%s”"), title,
               name_of (parent));
          return FALSE;
        }
      pd_edit_swap_places (document, node, other);
      return TRUE;
    }
  before = only_way_in (document, node);
  if (before == NULL || before == node)
    {
      if (n_ways (document, node, TRUE) > 1)
        say (why, _("“%s” is reached from more than one step, so no single step comes before it"),
             title);
      else
        say (why, _("“%s” is the first step of its chain"), title);
      return FALSE;
    }
  grandparent = branching_parent (document, before);
  if (grandparent)
    {
      say (why, _("“%s” cannot move before “%s”, the first step of a branch from “%s”"), title,
           name_of (before), name_of (grandparent));
      return FALSE;
    }
  swap_in_chain (document, before, node);
  return TRUE;
}

static gboolean
move_later (PdDocument *document,
            PdNode     *node,
            char      **why)
{
  const char *title = name_of (node);
  PdNode *parent = branching_parent (document, node);
  g_autoptr(GPtrArray) out = NULL;
  PdNode *after;

  if (parent)
    {
      PdNode *other = sibling (document, parent, node, TRUE);

      if (other == NULL)
        {
          say (why, _("“%s” is already the last of its kind of way out of “%s”"), title,
               name_of (parent));
          return FALSE;
        }
      pd_edit_swap_places (document, node, other);
      return TRUE;
    }
  out = ways (document, node, FALSE);
  if (out->len != 1)
    {
      if (out->len > 1)
        say (why, _("“%s” branches, so no single step comes after it"), title);
      else
        say (why, _("“%s” is the last step of its chain"), title);
      return FALSE;
    }
  after = pd_document_get_node (document, pd_edge_get_to_id (g_ptr_array_index (out, 0)));
  if (after == NULL || after == node)
    {
      say (why, _("“%s” is the last step of its chain"), title);
      return FALSE;
    }
  if (n_ways (document, after, TRUE) > 1)
    {
      say (why, _("“%s” is reached from more than one step, so “%s” cannot move after it"),
           name_of (after), title);
      return FALSE;
    }
  swap_in_chain (document, node, after);
  return TRUE;
}

gboolean
pd_edit_move_step (PdDocument *document,
                   PdNode     *node,
                   gboolean    later,
                   char      **why)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (PD_IS_NODE (node), FALSE);
  g_return_val_if_fail (why == NULL || *why == NULL, FALSE);

  return later ? move_later (document, node, why) : move_earlier (document, node, why);
}
