/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-defaults.h"
#include "pd-document-private.h"
#include "pd-generate.h"

#define COLUMN_SPACING 220.0
#define ROW_SPACING 120.0

static const struct {
  PdNodeKind kind;
  const char *title;
  const char *easy_read;
  const char *pictogram;
} kinds[] = {
  { PD_NODE_KIND_ASSESSMENT, "Assessment", "A worker meets you. They ask how you feel.", "talking" },
  { PD_NODE_KIND_INTERVENTION, "Therapy", "You meet a therapist each week. You talk about what helps.", "talking" },
  { PD_NODE_KIND_INTERVENTION, "Group course", "You join a group. The group learns ways to feel better.", "group" },
  { PD_NODE_KIND_DECISION, "Choice of support", "You and your worker choose what help is best.", "question" },
  { PD_NODE_KIND_REVIEW, "Review", "Your worker checks how things are going.", "calendar" },
  { PD_NODE_KIND_INFORMATION, "Information", "You get a leaflet about help near you.", "letter" },
  { PD_NODE_KIND_INTERVENTION, "Medicine review", "A doctor talks with you about your medicine.", "medicine" },
};

static void
add_agencies (PdDocument *doc,
              guint       n_agencies)
{
  g_autoptr(GPtrArray) defaults = pd_default_agencies_new ();
  static const struct { const char *id, *name, *colour, *cue; } extra[] = {
    { "housing", "Housing association", "#6D4C41", "H" },
    { "drug-alcohol", "Drug and alcohol service", "#6A1B9A", "D" },
  };

  for (guint i = 0; i < defaults->len && i < n_agencies; i++)
    pd_document_append_object (doc, g_ptr_array_index (defaults, i));
  for (guint i = 0; i < G_N_ELEMENTS (extra) && defaults->len + i < n_agencies; i++)
    {
      g_autoptr(PdAgency) agency = pd_agency_new (extra[i].id);

      g_object_set (agency, "name", extra[i].name, "short-name", extra[i].name,
                    "colour", extra[i].colour, "cue", extra[i].cue,
                    "pattern", PD_PATTERN_CROSSHATCH, NULL);
      pd_document_append_object (doc, G_OBJECT (agency));
    }
}

static PdNode *
make_node (PdDocument *doc,
           GRand      *rand,
           guint       index,
           guint       rank,
           guint       row,
           guint       n_ranks,
           GListModel *agencies)
{
  g_autofree char *id = g_strdup_printf ("n%u", index + 1);
  g_autofree char *title = NULL;
  g_autoptr(PdAgency) agency = NULL;
  guint n_agencies = g_list_model_get_n_items (agencies);
  PdNode *node;
  guint k;

  /* Agencies mostly keep to bands of rows, as services do in lanes. */
  agency = g_list_model_get_item (agencies, g_rand_int_range (rand, 0, 5) == 0
                                            ? (guint) g_rand_int_range (rand, 0, n_agencies)
                                            : row % n_agencies);
  if (rank == 0)
    {
      node = pd_node_new (id, PD_NODE_KIND_REFERRAL);
      g_object_set (node, "title", "Referral", "pictogram", "letter",
                    "easy-read", "You or your doctor asks for help.", NULL);
    }
  else if (rank == n_ranks - 1)
    {
      node = pd_node_new (id, PD_NODE_KIND_DISCHARGE);
      title = g_strdup_printf ("Discharge %u", index + 1);
      g_object_set (node, "title", title, "pictogram", "finish",
                    "easy-read", "Your care with this team ends. Your doctor can refer you again.",
                    NULL);
    }
  else
    {
      k = g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds));
      node = pd_node_new (id, kinds[k].kind);
      title = g_strdup_printf ("%s %u", kinds[k].title, index + 1);
      g_object_set (node, "title", title, "pictogram", kinds[k].pictogram,
                    "easy-read", kinds[k].easy_read,
                    "duration", (double) g_rand_int_range (rand, 1, 13),
                    "duration-unit", PD_DURATION_UNIT_WEEKS, NULL);
      if (kinds[k].kind == PD_NODE_KIND_INTERVENTION)
        g_object_set (node, "sessions", (guint) g_rand_int_range (rand, 4, 21),
                      "session-minutes", (guint) (g_rand_int_range (rand, 2, 5) * 15), NULL);
      if (g_rand_int_range (rand, 0, 20) == 0)
        g_object_set (node, "availability", PD_AVAILABILITY_PLANNED, NULL);
    }
  g_object_set (node,
                "agency-id", pd_agency_get_id (agency),
                "x", 40.0 + rank * COLUMN_SPACING,
                "y", 40.0 + row * ROW_SPACING,
                NULL);
  pd_document_append_object (doc, G_OBJECT (node));
  return node;
}

static void
add_edge (PdDocument *doc,
          guint      *n_edges,
          PdNode     *from,
          PdNode     *to,
          PdEdgeKind  kind)
{
  g_autofree char *id = g_strdup_printf ("e%u", ++*n_edges);
  g_autoptr(PdEdge) edge = pd_edge_new (id, pd_node_get_id (from), pd_node_get_id (to));

  g_object_set (edge, "kind", kind, NULL);
  pd_document_append_object (doc, G_OBJECT (edge));
}

PdDocument *
pd_generate_pathway (guint   n_nodes,
                     guint32 seed,
                     guint   n_agencies)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) ranks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  PdDocument *doc = pd_document_new ();
  g_autofree char *title = g_strdup_printf ("Generated pathway (%u steps, seed %u)", n_nodes, seed);
  guint n_ranks, width, index = 0, n_edges = 0;

  g_return_val_if_fail (n_nodes >= 2, NULL);

  g_object_set (doc, "pathway-id", "generated", "title", title,
                "summary", "A synthetic pathway for tests and benchmarks.", NULL);
  add_agencies (doc, CLAMP (n_agencies, 1, 6));

  /* A start, stages about twice as long as they are wide, and an end. */
  width = MAX (1, (guint) ceil (sqrt ((n_nodes - 1) / 2.0)));
  n_ranks = 1 + (n_nodes - 1 + width - 1) / width;
  n_ranks = MAX (n_ranks, 2);
  for (guint r = 0; r < n_ranks; r++)
    {
      GPtrArray *rank = g_ptr_array_new_with_free_func (g_object_unref);
      guint size = r == 0 ? 1 : MIN (width, n_nodes - index);

      for (guint row = 0; row < size; row++, index++)
        g_ptr_array_add (rank, make_node (doc, rand, index, r, row, n_ranks,
                                          pd_document_get_agencies (doc)));
      g_ptr_array_add (ranks, rank);
      if (index >= n_nodes)
        {
          n_ranks = r + 1;
          break;
        }
    }

  for (guint r = 0; r + 1 < ranks->len; r++)
    {
      GPtrArray *rank = g_ptr_array_index (ranks, r);
      GPtrArray *next = g_ptr_array_index (ranks, r + 1);

      g_autofree gboolean *has_out = g_new0 (gboolean, rank->len);

      /* Every step of the next stage has a way in... */
      for (guint i = 0; i < next->len; i++)
        {
          guint from = i * rank->len / next->len;
          add_edge (doc, &n_edges, g_ptr_array_index (rank, from), g_ptr_array_index (next, i),
                    PD_EDGE_KIND_TYPICAL);
          has_out[from] = TRUE;
        }
      /* ...every step a way out, and decisions three. */
      for (guint i = 0; i < rank->len; i++)
        {
          PdNode *node = g_ptr_array_index (rank, i);
          guint first = i * next->len / rank->len;

          if (pd_node_get_kind (node) == PD_NODE_KIND_DECISION && next->len < 2)
            g_object_set (node, "kind", PD_NODE_KIND_REVIEW, NULL);
          if (!has_out[i])
            add_edge (doc, &n_edges, node, g_ptr_array_index (next, first), PD_EDGE_KIND_TYPICAL);
          if (pd_node_get_kind (node) == PD_NODE_KIND_DECISION)
            for (guint e = 1; e <= 2 && e < next->len; e++)
              add_edge (doc, &n_edges, node, g_ptr_array_index (next, (first + e) % next->len),
                        PD_EDGE_KIND_ALTERNATIVE);
          if (r > 1 && g_rand_int_range (rand, 0, 30) == 0)
            {
              GPtrArray *back = g_ptr_array_index (ranks, r - g_rand_int_range (rand, 1, MIN (r, 3) + 1));
              add_edge (doc, &n_edges, node,
                        g_ptr_array_index (back, g_rand_int_range (rand, 0, back->len)),
                        PD_EDGE_KIND_RE_REFERRAL);
            }
        }
    }
  return doc;
}
