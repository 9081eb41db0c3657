/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The join rule of the capacity model (see pd-capacity.h): people offered
 * several steps at once who come back together at a step marked as the
 * place where offers come back together are counted there once, by the
 * branch that brings the most of them. It stays linear: a term −d × people
 * at the offer added to the join's equation, d being what the branches
 * bring beyond the largest. */
#include <string.h>

#include "pd-capacity-private.h"

/* Shares adding up to 100% may come to a hair over it in doubles. */
#define OVER_EPSILON 1e-9

typedef struct {
  const PdFlowGraph *g;
  const gboolean    *joins;
  double            *total;     /* Σ shares out of each step */
  gboolean          *stop;      /* a join or an offer: a branch goes no further */
  guint             *out_start, *out_list;
} Branches;

static void
branches_init (Branches          *b,
               const PdFlowGraph *g,
               const gboolean    *joins)
{
  guint n = g->n_nodes, m = g->n_edges;
  g_autofree guint *fill = g_new0 (guint, n + 1);

  b->g = g;
  b->joins = joins;
  b->total = g_new0 (double, MAX (n, 1));
  b->stop = g_new0 (gboolean, MAX (n, 1));
  b->out_start = g_new0 (guint, n + 1);
  b->out_list = g_new (guint, MAX (m, 1));
  for (guint e = 0; e < m; e++)
    {
      b->total[g->from[e]] += g->share[e];
      b->out_start[g->from[e] + 1]++;
    }
  for (guint v = 0; v < n; v++)
    {
      b->out_start[v + 1] += b->out_start[v];
      b->stop[v] = joins[v] || pd_flow_graph_is_offer (b->total[v]);
    }
  for (guint e = 0; e < m; e++)
    b->out_list[b->out_start[g->from[e]] + fill[g->from[e]]++] = e;
}

static void
branches_clear (Branches *b)
{
  g_free (b->total);
  g_free (b->stop);
  g_free (b->out_start);
  g_free (b->out_list);
}

gboolean
pd_flow_graph_is_offer (double total_share)
{
  return total_share > 1 + OVER_EPSILON;
}

/* The steps from which a marked join can be reached. */
static gboolean *
reaching_joins (Branches *b)
{
  const PdFlowGraph *g = b->g;
  gboolean *reaches = g_new0 (gboolean, MAX (g->n_nodes, 1));
  gboolean changed = TRUE;

  for (guint v = 0; v < g->n_nodes; v++)
    reaches[v] = b->joins[v];
  /* Few passes on a drawn pathway: each carries the mark back along every
   * transition at once. */
  while (changed)
    {
      changed = FALSE;
      for (guint e = g->n_edges; e-- > 0;)
        if (reaches[g->to[e]] && !reaches[g->from[e]])
          reaches[g->from[e]] = changed = TRUE;
    }
  return reaches;
}

/* The terms of one offer: each branch's flow followed until it first
 * reaches a join or another offer, solved exactly like the pathway's (loops
 * on the way included), in a graph whose joins and offers send no one on. */
static void
add_offer_terms (Branches     *b,
                 guint         offer,
                 double       *branch_share,
                 double       *arrivals,
                 double       *people,
                 double       *sum,
                 double       *most,
                 GArray       *terms)
{
  const PdFlowGraph *g = b->g;
  PdFlowGraph branch = { g->n_nodes, g->n_edges, g->from, g->to, branch_share, g->comes_back,
                         arrivals };

  for (guint v = 0; v < g->n_nodes; v++)
    sum[v] = most[v] = 0;
  for (guint i = b->out_start[offer]; i < b->out_start[offer + 1]; i++)
    {
      guint e = b->out_list[i];

      if (!(g->share[e] > 0))
        continue;
      arrivals[g->to[e]] = g->share[e];
      if (pd_flow_graph_solve (&branch, people, NULL, NULL))
        for (guint v = 0; v < g->n_nodes; v++)
          if (b->joins[v])
            {
              sum[v] += people[v];
              most[v] = MAX (most[v], people[v]);
            }
      arrivals[g->to[e]] = 0;
    }
  for (guint v = 0; v < g->n_nodes; v++)
    if (b->joins[v] && sum[v] - most[v] > OVER_EPSILON)
      {
        PdJoinTerm term = { offer, v, sum[v] - most[v] };
        g_array_append_val (terms, term);
      }
}

GArray *
pd_flow_graph_join_terms (const PdFlowGraph *graph,
                          const gboolean    *joins)
{
  GArray *terms = g_array_new (FALSE, FALSE, sizeof (PdJoinTerm));
  guint n = graph->n_nodes;
  g_autofree gboolean *reaches = NULL;
  g_autofree double *branch_share = NULL, *arrivals = NULL, *people = NULL;
  g_autofree double *sum = NULL, *most = NULL;
  gboolean any = FALSE;
  Branches b;

  for (guint v = 0; v < n && !any; v++)
    any = joins[v];
  if (!any)
    return terms;
  branches_init (&b, graph, joins);
  reaches = reaching_joins (&b);
  branch_share = g_new (double, MAX (graph->n_edges, 1));
  for (guint e = 0; e < graph->n_edges; e++)
    branch_share[e] = b.stop[graph->from[e]] ? 0 : graph->share[e];
  arrivals = g_new0 (double, n);
  people = g_new (double, n);
  sum = g_new (double, n);
  most = g_new (double, n);
  for (guint v = 0; v < n; v++)
    if (reaches[v] && pd_flow_graph_is_offer (b.total[v]))
      add_offer_terms (&b, v, branch_share, arrivals, people, sum, most, terms);
  branches_clear (&b);
  return terms;
}

/* What `pathway check` finds of one offer's branches: per step, how many
 * reach it, the transition the first came in by and whether another came
 * in by another. */
typedef struct {
  guint    *stamp;      /* the branch that reached each step last */
  guint     mark;
  guint    *reached;
  guint    *first_in;
  gboolean *meet;
  GArray   *queue;
} Meetings;

static void
reach_step (Meetings *m,
            guint     v,
            guint     edge)
{
  if (m->stamp[v] == m->mark)
    return;
  m->stamp[v] = m->mark;
  if (m->reached[v]++ == 0)
    m->first_in[v] = edge;
  else if (m->first_in[v] != edge)
    m->meet[v] = TRUE;
  g_array_append_val (m->queue, v);
}

/* Follows one branch (@edge out of an offer) breadth first as far as the
 * joins and offers, and the steps in @more_stops (NULL for none) other than
 * the branch's first. */
static void
follow_branch (Branches       *b,
               Meetings       *m,
               guint           edge,
               const gboolean *more_stops)
{
  const PdFlowGraph *g = b->g;
  guint origin = g->to[edge];

  m->mark++;
  g_array_set_size (m->queue, 0);
  reach_step (m, origin, edge);
  for (guint q = 0; q < m->queue->len; q++)
    {
      guint u = g_array_index (m->queue, guint, q);

      if (b->stop[u] || (more_stops && more_stops[u] && u != origin))
        continue;
      for (guint i = b->out_start[u]; i < b->out_start[u + 1]; i++)
        if (g->share[b->out_list[i]] > 0)
          reach_step (m, g->to[b->out_list[i]], b->out_list[i]);
    }
}

static void
follow_offer (Branches       *b,
              Meetings       *m,
              guint           offer,
              const gboolean *more_stops)
{
  guint n = b->g->n_nodes;

  memset (m->reached, 0, sizeof (guint) * n);
  memset (m->meet, 0, sizeof (gboolean) * n);
  for (guint i = b->out_start[offer]; i < b->out_start[offer + 1]; i++)
    if (b->g->share[b->out_list[i]] > 0)
      follow_branch (b, m, b->out_list[i], more_stops);
}

/* Branches that met at one step go on to meet again after it (round a
 * loop, say): of the steps where they meet, only those where they still
 * meet with the others marked are named. */
static void
add_offer_meetings (Branches *b,
                    Meetings *m,
                    guint     offer,
                    gboolean *joined,
                    GArray   *meetings)
{
  guint n = b->g->n_nodes;
  g_autofree gboolean *first = g_new0 (gboolean, n);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));

  follow_offer (b, m, offer, NULL);
  for (guint v = 0; v < n; v++)
    {
      if (b->joins[v] && m->reached[v] >= 2)
        joined[v] = TRUE;
      else if (!b->joins[v] && m->meet[v])
        {
          first[v] = TRUE;
          g_array_append_val (found, v);
        }
    }
  for (guint i = 0; i < found->len; i++)
    {
      guint v = g_array_index (found, guint, i);

      first[v] = FALSE;
      follow_offer (b, m, offer, first);
      first[v] = TRUE;
      if (m->meet[v])
        {
          guint pair[2] = { offer, v };
          g_array_append_vals (meetings, pair, 2);
        }
    }
}

void
pd_flow_graph_find_meetings (const PdFlowGraph *graph,
                             const gboolean    *joins,
                             GArray            *meetings,
                             GArray            *idle_joins)
{
  guint n = graph->n_nodes;
  g_autofree gboolean *joined = g_new0 (gboolean, MAX (n, 1));
  Meetings m = { 0, };
  Branches b;

  m.stamp = g_new0 (guint, MAX (n, 1));
  m.reached = g_new0 (guint, MAX (n, 1));
  m.first_in = g_new0 (guint, MAX (n, 1));
  m.meet = g_new0 (gboolean, MAX (n, 1));
  m.queue = g_array_new (FALSE, FALSE, sizeof (guint));
  branches_init (&b, graph, joins);
  for (guint s = 0; s < n; s++)
    if (pd_flow_graph_is_offer (b.total[s]))
      add_offer_meetings (&b, &m, s, joined, meetings);
  for (guint v = 0; v < n; v++)
    if (joins[v] && !joined[v])
      g_array_append_val (idle_joins, v);
  branches_clear (&b);
  g_free (m.stamp);
  g_free (m.reached);
  g_free (m.first_in);
  g_free (m.meet);
  g_array_unref (m.queue);
}
