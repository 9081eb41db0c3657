/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-find.h"
#include "pd-reading-order.h"

char *
pd_find_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *plain;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  /* NFKD splits "é" into "e" and a mark, and ligatures into letters. */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (decomposed, -1);
  plain = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}

static gboolean
holds (const char *text,
       const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = pd_find_fold (text);
  return strstr (folded, folded_query) != NULL;
}

static void
add_match (GArray      *matches,
           const char  *id,
           PdFindField  field)
{
  PdFindMatch match = { g_strdup (id), field };

  g_array_append_val (matches, match);
}

static void
clear_match (gpointer data)
{
  PdFindMatch *match = data;

  g_free (match->id);
}

/* The comments' targets whose text or author holds the query. */
static GHashTable *
commented (PdDocument *document,
           const char *folded_query)
{
  GListModel *comments = pd_document_get_comments (document);
  GHashTable *targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);
      const char *target = pd_comment_get_target_id (comment);

      if (target != NULL
          && (holds (pd_comment_get_text (comment), folded_query)
              || holds (pd_comment_get_author (comment), folded_query)))
        g_hash_table_add (targets, g_strdup (target));
    }
  return targets;
}

static void
find_edges_from (GArray     *matches,
                 GPtrArray  *edges,
                 const char *from_id,
                 const char *folded_query,
                 GHashTable *targets)
{
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      const char *id = pd_edge_get_id (edge);

      if (g_strcmp0 (pd_edge_get_from_id (edge), from_id) != 0)
        continue;
      if (holds (pd_edge_get_label (edge), folded_query))
        add_match (matches, id, PD_FIND_TITLE);
      else if (g_hash_table_contains (targets, id))
        add_match (matches, id, PD_FIND_COMMENT);
    }
}

GArray *
pd_find (PdDocument *document,
         const char *query)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (PdFindMatch));
  g_autofree char *stripped = g_strstrip (g_strdup (query ? query : ""));
  g_autofree char *folded_query = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (matches, clear_match);
  folded_query = pd_find_fold (stripped);
  if (*folded_query == '\0')
    return matches;
  targets = commented (document, folded_query);
  pd_reading_order (document, &nodes, &edges);
  /* Each transition right after the step it leaves, as a reader meets it. */
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      const char *id = pd_node_get_id (node);

      if (holds (pd_node_get_title (node), folded_query))
        add_match (matches, id, PD_FIND_TITLE);
      else if (holds (pd_node_get_description (node), folded_query))
        add_match (matches, id, PD_FIND_DESCRIPTION);
      else if (holds (pd_node_get_easy_read (node), folded_query))
        add_match (matches, id, PD_FIND_EASY_READ);
      else if (g_hash_table_contains (targets, id))
        add_match (matches, id, PD_FIND_COMMENT);
      g_hash_table_add (placed, (gpointer) id);
      find_edges_from (matches, edges, id, folded_query, targets);
    }
  /* Transitions from unknown steps (never in a valid file) come last. */
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);

      if (!g_hash_table_contains (placed, pd_edge_get_from_id (edge)))
        find_edges_from (matches, edges, pd_edge_get_from_id (edge), folded_query, targets);
      g_hash_table_add (placed, (gpointer) pd_edge_get_from_id (edge));
    }
  return matches;
}
