/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-agency.h"
#include "pd-diagnostic.h"
#include "pd-edit.h"
#include "pd-enums.h"
#include "pd-geometry.h"
#include "pd-history.h"
#include "pd-reading-order.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

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

static gboolean
has_id (GPtrArray  *ids,
        const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

char *
pd_edit_copy (PdDocument *document,
              GPtrArray  *ids)
{
  g_autoptr(PdDocument) copy = pd_document_new ();
  GListModel *agencies = pd_document_get_agencies (document);
  GListModel *edges = pd_document_get_edges (document);
  g_autoptr(GPtrArray) node_ids = g_ptr_array_new ();
  g_autoptr(GHashTable) agencies_used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      PdNode *node = pd_document_get_node (document, g_ptr_array_index (ids, i));

      if (node == NULL || has_id (node_ids, pd_node_get_id (node)))
        continue;
      g_ptr_array_add (node_ids, (gpointer) pd_node_get_id (node));
      if (pd_node_get_agency_id (node))
        g_hash_table_add (agencies_used, (gpointer) pd_node_get_agency_id (node));
    }
  if (node_ids->len == 0)
    return NULL;

  g_object_set (copy, "title", pd_document_get_title (document), NULL);
  /* In the source's order, so that a paste keeps the agencies' order. */
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);

      if (g_hash_table_contains (agencies_used, pd_agency_get_id (agency)))
        {
          g_autoptr(PdAgency) twin = pd_agency_copy (agency, pd_agency_get_id (agency));
          pd_document_add_agency (copy, twin);
        }
    }
  for (guint i = 0; i < node_ids->len; i++)
    {
      PdNode *node = pd_document_get_node (document, g_ptr_array_index (node_ids, i));
      g_autoptr(PdNode) twin = pd_node_copy (node, pd_node_get_id (node));

      pd_document_add_node (copy, twin);
    }
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
  GPtrArray *added = g_ptr_array_new_with_free_func (g_free);
  GListModel *list;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  source = pd_xml_read (data, length, _("Clipboard"), diagnostics);
  if (source == NULL)
    {
      g_autofree char *message = diagnostics->len
        ? pd_diagnostic_format (g_ptr_array_index (diagnostics, 0))
        : g_strdup (_("The clipboard does not hold a pathway"));

      g_set_error_literal (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID, message);
      g_ptr_array_unref (added);
      return NULL;
    }

  pd_document_begin (document, _("Paste"));
  list = pd_document_get_agencies (source);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (list, i);

      if (pd_document_lookup (document, pd_agency_get_id (agency)) == NULL)
        {
          g_autoptr(PdAgency) twin = pd_agency_copy (agency, pd_agency_get_id (agency));
          pd_document_add_agency (document, twin);
        }
    }
  list = pd_document_get_nodes (source);
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
  list = pd_document_get_edges (source);
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

/* Room left between steps that aligning had to spread apart. */
#define ALIGN_GAP 20.0

typedef struct {
  PdNode *node;
  guint index;        /* in the selection: 0 is the reference */
  PdRect rect;        /* where it goes */
} Placed;

static gboolean
rects_overlap (const PdRect *a,
               const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Along the line, by centre, then in selection order. */
static int
by_place (gconstpointer a,
          gconstpointer b,
          gpointer      data)
{
  const Placed *pa = a, *pb = b;
  gboolean across = *(gboolean *) data;
  double ca = across ? pa->rect.x + pa->rect.width / 2 : pa->rect.y + pa->rect.height / 2;
  double cb = across ? pb->rect.x + pb->rect.width / 2 : pb->rect.y + pb->rect.height / 2;

  if (ca != cb)
    return (ca > cb) - (ca < cb);
  return (pa->index > pb->index) - (pa->index < pb->index);
}

/* Moves @rect along the line, on (@forward) or back, past each of @taken
 * it overlaps. Each is passed at most once, so this ends. */
static void
move_clear (PdRect       *rect,
            const GArray *taken,
            gboolean      across,
            gboolean      forward)
{
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < taken->len; i++)
        {
          const PdRect *other = &g_array_index (taken, PdRect, i);

          if (!rects_overlap (rect, other))
            continue;
          if (across)
            rect->x = forward ? other->x + other->width + ALIGN_GAP
                              : other->x - ALIGN_GAP - rect->width;
          else
            rect->y = forward ? other->y + other->height + ALIGN_GAP
                              : other->y - ALIGN_GAP - rect->height;
          moved = TRUE;
        }
    }
  rect->x = CLAMP (rect->x, -PD_COORD_LIMIT, PD_COORD_LIMIT);
  rect->y = CLAMP (rect->y, -PD_COORD_LIMIT, PD_COORD_LIMIT);
}

/* Steps that aligning put on top of others go along the line, away from
 * the reference, until they cover nothing: the reference and the steps
 * nearer it keep their places, and so do steps that were clear. */
static void
spread (PdDocument *document,
        GArray     *placed,
        gboolean    across)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (PdRect));
  g_autoptr(GHashTable) aligned = g_hash_table_new (NULL, NULL);
  GListModel *nodes = pd_document_get_nodes (document);
  guint reference = 0;

  for (guint i = 0; i < placed->len; i++)
    g_hash_table_add (aligned, g_array_index (placed, Placed, i).node);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      PdRect rect = { pd_node_get_x (node), pd_node_get_y (node), pd_node_get_width (node),
                      pd_node_get_height (node) };

      if (!g_hash_table_contains (aligned, node))
        g_array_append_val (taken, rect);
    }
  g_array_sort_with_data (placed, by_place, &across);
  while (g_array_index (placed, Placed, reference).index != 0)
    reference++;
  g_array_append_val (taken, g_array_index (placed, Placed, reference).rect);
  for (guint i = reference + 1; i < placed->len; i++)
    {
      Placed *step = &g_array_index (placed, Placed, i);

      move_clear (&step->rect, taken, across, TRUE);
      g_array_append_val (taken, step->rect);
    }
  for (guint i = reference; i > 0; i--)
    {
      Placed *step = &g_array_index (placed, Placed, i - 1);

      move_clear (&step->rect, taken, across, FALSE);
      g_array_append_val (taken, step->rect);
    }
}

void
pd_edit_align (PdDocument *document,
               GPtrArray  *nodes,
               PdAlignTo   to)
{
  g_autoptr(GArray) placed = NULL;
  PdNode *first;
  double fx, fy, fw, fh;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail ((guint) to <= PD_ALIGN_TO_BOTTOM);
  if (nodes->len < 2)
    return;
  first = g_ptr_array_index (nodes, 0);
  fx = pd_node_get_x (first);
  fy = pd_node_get_y (first);
  fw = pd_node_get_width (first);
  fh = pd_node_get_height (first);

  placed = g_array_sized_new (FALSE, FALSE, sizeof (Placed), nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      Placed step = { node, i, { pd_node_get_x (node), pd_node_get_y (node),
                                 pd_node_get_width (node), pd_node_get_height (node) } };
      double w = step.rect.width, h = step.rect.height;

      switch (to)
        {
        case PD_ALIGN_TO_LEFT: step.rect.x = fx; break;
        case PD_ALIGN_TO_CENTER: step.rect.x = fx + (fw - w) / 2; break;
        case PD_ALIGN_TO_RIGHT: step.rect.x = fx + fw - w; break;
        case PD_ALIGN_TO_TOP: step.rect.y = fy; break;
        case PD_ALIGN_TO_MIDDLE: step.rect.y = fy + (fh - h) / 2; break;
        case PD_ALIGN_TO_BOTTOM: step.rect.y = fy + fh - h; break;
        default: g_assert_not_reached ();
        }
      g_array_append_val (placed, step);
    }
  /* Lined up in a column they spread down; in a row, across. */
  spread (document, placed, to >= PD_ALIGN_TO_TOP);

  pd_document_begin (document, _("Align"));
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *step = &g_array_index (placed, Placed, i);

      if (step->rect.x != pd_node_get_x (step->node) || step->rect.y != pd_node_get_y (step->node))
        pd_document_set (document, step->node, "x", step->rect.x, "y", step->rect.y, NULL);
    }
  pd_document_end (document);
}

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

static gboolean horizontal_order;

static int
by_position (gconstpointer a,
             gconstpointer b)
{
  PdNode *na = *(PdNode **) a, *nb = *(PdNode **) b;
  double ca = horizontal_order ? pd_node_get_x (na) + pd_node_get_width (na) / 2
                               : pd_node_get_y (na) + pd_node_get_height (na) / 2;
  double cb = horizontal_order ? pd_node_get_x (nb) + pd_node_get_width (nb) / 2
                               : pd_node_get_y (nb) + pd_node_get_height (nb) / 2;

  return (ca > cb) - (ca < cb);
}

void
pd_edit_distribute (PdDocument *document,
                    GPtrArray  *nodes,
                    gboolean    horizontal)
{
  g_autoptr(GPtrArray) sorted = NULL;
  double start, end, total = 0, gap, at;
  PdNode *first, *last;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  if (nodes->len < 3)
    return;
  sorted = g_ptr_array_copy (nodes, NULL, NULL);
  horizontal_order = horizontal;
  g_ptr_array_sort (sorted, by_position);
  first = g_ptr_array_index (sorted, 0);
  last = g_ptr_array_index (sorted, sorted->len - 1);
  start = horizontal ? pd_node_get_x (first) : pd_node_get_y (first);
  end = horizontal ? pd_node_get_x (last) + pd_node_get_width (last)
                   : pd_node_get_y (last) + pd_node_get_height (last);
  for (guint i = 0; i < sorted->len; i++)
    {
      PdNode *node = g_ptr_array_index (sorted, i);
      total += horizontal ? pd_node_get_width (node) : pd_node_get_height (node);
    }
  gap = (end - start - total) / (sorted->len - 1);

  pd_document_begin (document, _("Distribute"));
  at = start;
  for (guint i = 0; i < sorted->len; i++)
    {
      PdNode *node = g_ptr_array_index (sorted, i);

      pd_document_set (document, node, horizontal ? "x" : "y", at, NULL);
      at += (horizontal ? pd_node_get_width (node) : pd_node_get_height (node)) + gap;
    }
  pd_document_end (document);
}

/* Colours for new agencies: dark enough for white text at 4.5:1, and far
 * from the four defaults and from each other. */
static const char *agency_colours[] = {
  "#6D4C41", "#5E35B1", "#00796B", "#AD1457", "#37474F", "#827717", "#4E342E", "#283593",
};

static gboolean
agency_has (PdDocument *document,
            const char *property,
            const char *value)
{
  GListModel *agencies = pd_document_get_agencies (document);

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      g_autofree char *current = NULL;

      g_object_get (agency, property, &current, NULL);
      if (current && g_ascii_strcasecmp (current, value) == 0)
        return TRUE;
    }
  return FALSE;
}

PdAgency *
pd_edit_add_agency (PdDocument *document)
{
  g_autofree char *id = NULL;
  g_autoptr(PdAgency) agency = NULL;
  const char *colour = agency_colours[0];
  char cue[2] = "A";

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (agency_colours); i++)
    if (!agency_has (document, "colour", agency_colours[i]))
      {
        colour = agency_colours[i];
        break;
      }
  for (char c = 'A'; c <= 'Z'; c++)
    {
      cue[0] = c;
      if (!agency_has (document, "cue", cue))
        break;
    }
  id = pd_document_make_id (document, "agency");
  agency = pd_agency_new (id);
  g_object_set (agency, "name", _("New agency"), "colour", colour, "cue", cue, NULL);
  pd_document_begin (document, _("Add Agency"));
  pd_document_add_agency (document, agency);
  pd_document_end (document);
  return agency;
}

guint
pd_edit_count_agency_steps (PdDocument *document,
                            PdAgency   *agency)
{
  GListModel *nodes = pd_document_get_nodes (document);
  guint users = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      users += g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) == 0;
    }
  return users;
}

gboolean
pd_edit_remove_agency (PdDocument *document,
                       PdAgency   *agency,
                       PdAgency   *heir,
                       GError    **error)
{
  GListModel *nodes = pd_document_get_nodes (document);
  gboolean removed;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (heir != agency, FALSE);

  pd_document_begin (document, _("Remove Agency"));
  for (guint i = 0; heir && i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) == 0)
        pd_document_set (document, node, "agency-id", pd_agency_get_id (heir), NULL);
    }
  removed = pd_document_remove_agency (document, agency, error);
  pd_document_end (document);
  return removed;
}

PdComment *
pd_edit_add_comment (PdDocument *document,
                     const char *target_id,
                     const char *author,
                     const char *role,
                     const char *text)
{
  g_autofree char *id = NULL;
  g_autoptr(PdComment) comment = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  id = pd_document_make_id (document, "c");
  comment = pd_comment_new (id, target_id);
  g_object_set (comment, "author", author && *author ? author : NULL,
                "role", role && *role ? role : NULL, "text", text, "time", time, NULL);
  pd_document_begin (document, _("Add Comment"));
  pd_document_add_comment (document, comment);
  pd_document_end (document);
  return comment;
}

guint
pd_edit_count_open_comments (PdDocument *document,
                             const char *target_id)
{
  GListModel *comments = pd_document_get_comments (document);
  guint open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);

      open += !pd_comment_get_resolved (comment)
              && g_strcmp0 (pd_comment_get_target_id (comment), target_id) == 0;
    }
  return open;
}
