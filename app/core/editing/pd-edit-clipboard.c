/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copying steps out as a pathway of their own, pasting one in, and the two
 * at once. */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-edit.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

static gboolean
has_id (GPtrArray  *ids,
        const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

/* The steps of @ids that @document has, each once, into @node_ids, and
 * the agencies they are in into @agencies_used; ids are @document's. */
static void
collect_steps (PdDocument *document,
               GPtrArray  *ids,
               GPtrArray  *node_ids,
               GHashTable *agencies_used)
{
  for (guint i = 0; i < ids->len; i++)
    {
      PdNode *node = pd_document_get_node (document, g_ptr_array_index (ids, i));

      if (node == NULL || has_id (node_ids, pd_node_get_id (node)))
        continue;
      g_ptr_array_add (node_ids, (gpointer) pd_node_get_id (node));
      if (pd_node_get_agency_id (node))
        g_hash_table_add (agencies_used, (gpointer) pd_node_get_agency_id (node));
    }
}

/* The agencies of @agencies_used into @copy, in @document's order, so that
 * a paste keeps the agencies' order. */
static void
copy_agencies (PdDocument *document,
               PdDocument *copy,
               GHashTable *agencies_used)
{
  GListModel *agencies = pd_document_get_agencies (document);

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);

      if (g_hash_table_contains (agencies_used, pd_agency_get_id (agency)))
        {
          g_autoptr(PdAgency) twin = pd_agency_copy (agency, pd_agency_get_id (agency));
          pd_document_add_agency (copy, twin);
        }
    }
}

/* The steps of @node_ids into @copy under their own ids. */
static void
copy_steps (PdDocument *document,
            PdDocument *copy,
            GPtrArray  *node_ids)
{
  for (guint i = 0; i < node_ids->len; i++)
    {
      PdNode *node = pd_document_get_node (document, g_ptr_array_index (node_ids, i));
      g_autoptr(PdNode) twin = pd_node_copy (node, pd_node_get_id (node));

      pd_document_add_node (copy, twin);
    }
}

/* The transitions of @document both of whose ends are in @node_ids. */
static void
copy_ways_between (PdDocument *document,
                   PdDocument *copy,
                   GPtrArray  *node_ids)
{
  GListModel *edges = pd_document_get_edges (document);

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);

      if (has_id (node_ids, pd_edge_get_from_id (edge))
          && has_id (node_ids, pd_edge_get_to_id (edge)))
        {
          g_autoptr(PdEdge) twin = pd_edge_copy (edge, pd_edge_get_id (edge));
          pd_document_add_edge (copy, twin);
        }
    }
}

char *
pd_edit_copy (PdDocument *document,
              GPtrArray  *ids)
{
  g_autoptr(PdDocument) copy = NULL;
  g_autoptr(GPtrArray) node_ids = g_ptr_array_new ();
  g_autoptr(GHashTable) agencies_used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  collect_steps (document, ids, node_ids, agencies_used);
  if (node_ids->len == 0)
    return NULL;

  copy = pd_document_new ();
  g_object_set (copy, "title", pd_document_get_title (document), NULL);
  copy_agencies (document, copy, agencies_used);
  copy_steps (document, copy, node_ids);
  copy_ways_between (document, copy, node_ids);
  bytes = pd_xml_write (copy);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @id when @document has no object of that id, else a fresh one. */
static char *
free_id (PdDocument *document,
         const char *id,
         const char *prefix)
{
  if (pd_document_lookup (document, id) == NULL)
    return g_strdup (id);
  return pd_document_make_id (document, prefix);
}

/* @source's agencies that @document lacks, by id. */
static void
paste_agencies (PdDocument *document,
                PdDocument *source)
{
  GListModel *list = pd_document_get_agencies (source);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (list, i);

      if (pd_document_lookup (document, pd_agency_get_id (agency)) == NULL)
        {
          g_autoptr(PdAgency) twin = pd_agency_copy (agency, pd_agency_get_id (agency));
          pd_document_add_agency (document, twin);
        }
    }
}

/* @source's steps, moved by (@dx, @dy), under ids of their own here:
 * @renamed maps each old id to its new one, added to @added too. */
static void
paste_steps (PdDocument *document,
             PdDocument *source,
             double      dx,
             double      dy,
             GHashTable *renamed,
             GPtrArray  *added)
{
  GListModel *list = pd_document_get_nodes (source);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (list, i);
      g_autofree char *id = free_id (document, pd_node_get_id (node), "n");
      g_autoptr(PdNode) twin = pd_node_copy (node, id);

      /* An agency id that names something else here is no agency. */
      if (pd_node_get_agency_id (node)
          && pd_document_get_agency (document, pd_node_get_agency_id (node)) == NULL)
        g_object_set (twin, "agency-id", NULL, NULL);
      g_object_set (twin,
                    "x", CLAMP (pd_node_get_x (node) + dx, -PD_COORD_LIMIT, PD_COORD_LIMIT),
                    "y", CLAMP (pd_node_get_y (node) + dy, -PD_COORD_LIMIT, PD_COORD_LIMIT),
                    NULL);
      pd_document_add_node (document, twin);
      g_hash_table_insert (renamed, g_strdup (pd_node_get_id (node)), g_strdup (id));
      g_ptr_array_add (added, g_steal_pointer (&id));
    }
}

/* @source's transitions, between the pasted steps @renamed names. */
static void
paste_transitions (PdDocument *document,
                   PdDocument *source,
                   GHashTable *renamed,
                   GPtrArray  *added)
{
  GListModel *list = pd_document_get_edges (source);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (list, i);
      g_autofree char *id = free_id (document, pd_edge_get_id (edge), "e");
      g_autoptr(PdEdge) twin = pd_edge_copy (edge, id);

      g_object_set (twin,
                    "from-id", g_hash_table_lookup (renamed, pd_edge_get_from_id (edge)),
                    "to-id", g_hash_table_lookup (renamed, pd_edge_get_to_id (edge)), NULL);
      pd_document_add_edge (document, twin);
      g_ptr_array_add (added, g_steal_pointer (&id));
    }
}

GPtrArray *
pd_edit_paste (PdDocument  *document,
               const char  *data,
               gsize        length,
               double       dx,
               double       dy,
               GError     **error)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) source = NULL;
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *added;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  source = pd_xml_read (data, length, _("Clipboard"), diagnostics);
  if (source == NULL)
    {
      g_autofree char *message = diagnostics->len
        ? pd_diagnostic_format (g_ptr_array_index (diagnostics, 0))
        : g_strdup (_("The clipboard does not hold a pathway"));

      g_set_error_literal (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID, message);
      return NULL;
    }

  added = g_ptr_array_new_with_free_func (g_free);
  pd_document_begin (document, _("Paste"));
  paste_agencies (document, source);
  paste_steps (document, source, dx, dy, renamed, added);
  paste_transitions (document, source, renamed, added);
  pd_document_end (document);
  return added;
}

GPtrArray *
pd_edit_duplicate (PdDocument *document,
                   GPtrArray  *ids,
                   double      dx,
                   double      dy)
{
  g_autofree char *data = pd_edit_copy (document, ids);
  GPtrArray *added;

  if (data == NULL)
    return g_ptr_array_new_with_free_func (g_free);
  pd_document_begin (document, _("Duplicate"));
  added = pd_edit_paste (document, data, strlen (data), dx, dy, NULL);
  pd_document_end (document);
  /* What this document wrote, it reads. */
  g_assert (added != NULL);
  return added;
}
