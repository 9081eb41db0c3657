/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Steps and transitions added and deleted, and room found for a new step.
 * The other edits live beside this file, one concern to a file. */
#include <glib/gi18n-lib.h>

#include "pd-edit.h"
#include "pd-enums.h"

PdNode *
pd_edit_add_node (PdDocument *document,
                  PdNodeKind  kind,
                  const char *agency_id,
                  double      x,
                  double      y)
{
  g_autofree char *id = NULL;
  g_autoptr(PdNode) node = NULL;
  g_autoptr(PdAgency) first = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (agency_id == NULL || pd_document_get_agency (document, agency_id) == NULL)
    {
      GListModel *agencies = pd_document_get_agencies (document);

      first = g_list_model_get_n_items (agencies) ? g_list_model_get_item (agencies, 0) : NULL;
      agency_id = first ? pd_agency_get_id (first) : NULL;
    }
  id = pd_document_make_id (document, "n");
  node = pd_node_new (id, kind);
  g_object_set (node, "title", pd_node_kind_get_label (kind), "agency-id", agency_id,
                "x", CLAMP (x - PD_NODE_DEFAULT_WIDTH / 2, -PD_COORD_LIMIT, PD_COORD_LIMIT),
                "y", CLAMP (y - PD_NODE_DEFAULT_HEIGHT / 2, -PD_COORD_LIMIT, PD_COORD_LIMIT),
                NULL);
  pd_document_begin (document, _("Add Step"));
  pd_document_add_node (document, node);
  pd_document_end (document);
  return node;
}

/* Space kept clear around a new step. */
#define ROOM_MARGIN 20.0

static gboolean
is_free (PdDocument *document,
         double      x,
         double      y,
         double      width,
         double      height)
{
  GListModel *nodes = pd_document_get_nodes (document);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (x < pd_node_get_x (node) + pd_node_get_width (node) + ROOM_MARGIN
          && pd_node_get_x (node) < x + width + ROOM_MARGIN
          && y < pd_node_get_y (node) + pd_node_get_height (node) + ROOM_MARGIN
          && pd_node_get_y (node) < y + height + ROOM_MARGIN)
        return FALSE;
    }
  return TRUE;
}

void
pd_edit_find_room (PdDocument *document,
                   double     *x,
                   double     *y,
                   double      width,
                   double      height)
{
  g_return_if_fail (PD_IS_DOCUMENT (document));

  /* Down a row at a time; a pathway is wider than it is tall. */
  for (guint tries = 0; tries < 200; tries++)
    {
      double below = *y + tries * (height + ROOM_MARGIN * 2);

      if (is_free (document, *x, below, width, height))
        {
          *y = below;
          return;
        }
    }
}

PdEdge *
pd_edit_connect (PdDocument *document,
                 PdNode     *from,
                 PdNode     *to)
{
  g_autofree char *id = NULL;
  g_autoptr(PdEdge) edge = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PD_IS_NODE (from) && PD_IS_NODE (to), NULL);

  id = pd_document_make_id (document, "e");
  edge = pd_edge_new (id, pd_node_get_id (from), pd_node_get_id (to));
  pd_document_begin (document, _("Connect"));
  pd_document_add_edge (document, edge);
  pd_document_end (document);
  return edge;
}

guint
pd_edit_delete (PdDocument *document,
                GPtrArray  *ids)
{
  guint deleted = 0;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), 0);

  pd_document_begin (document, _("Delete"));
  /* Transitions first: those of deleted steps go with their steps. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ids->len; i++)
      {
        GObject *object = pd_document_lookup (document, g_ptr_array_index (ids, i));

        if (pass == 0 && PD_IS_EDGE (object))
          pd_document_remove_edge (document, PD_EDGE (object));
        else if (pass == 1 && PD_IS_NODE (object))
          pd_document_remove_node (document, PD_NODE (object));
        else
          continue;
        deleted++;
      }
  pd_document_end (document);
  return deleted;
}
