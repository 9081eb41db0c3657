/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-capacity-private.h"

/* People a year at every step, solved exactly without a dense n × n system.
 * The graph's strongly connected components (Tarjan's, with a stack of our
 * own so that a long pathway cannot overflow the C stack) are solved one
 * after another, sources first. Within a component a depth-first search
 * finds the transitions that go back; without them the component is acyclic
 * and people can be carried forward in one pass. The unknowns are then only
 * the people coming back into each target of a way back: carrying forward
 * once for the component's inflow and once for a person coming back at each
 * target gives a small system, solved by Gaussian elimination with partial
 * pivoting. It is singular exactly when the whole component's is. */

#define UNSET G_MAXUINT

typedef struct {
  const PdFlowGraph *g;
  guint *out_start, *out_list;  /* transitions by source */
  guint *in_start, *in_list;    /* transitions by target */
  guint *comp;                  /* component of each step */
  guint *comp_start, *comp_nodes;
  guint  n_comps;
  guint *local;                 /* position within its component */
  gboolean *back;               /* a way back within its component */
} Solver;

typedef struct {
  guint node;
  guint pos;
} Frame;

static void
index_by (guint        n_nodes,
          guint        n_edges,
          const guint *key,
          guint      **start,
          guint      **list)
{
  g_autofree guint *fill = g_new0 (guint, n_nodes + 1);

  *start = g_new0 (guint, n_nodes + 1);
  *list = g_new (guint, MAX (n_edges, 1));
  for (guint e = 0; e < n_edges; e++)
    (*start)[key[e] + 1]++;
  for (guint v = 0; v < n_nodes; v++)
    (*start)[v + 1] += (*start)[v];
  for (guint e = 0; e < n_edges; e++)
    (*list)[(*start)[key[e]] + fill[key[e]]++] = e;
}

static void
visit (Solver   *s,
       GArray   *calls,
       GArray   *stack,
       guint    *index,
       guint    *low,
       gboolean *on_stack,
       guint    *counter,
       guint     v)
{
  Frame frame = { v, s->out_start[v] };

  index[v] = low[v] = (*counter)++;
  g_array_append_val (stack, v);
  on_stack[v] = TRUE;
  g_array_append_val (calls, frame);
}

static void
close_component (Solver   *s,
                 GArray   *stack,
                 gboolean *on_stack,
                 guint     v,
                 guint    *n_placed)
{
  guint w;

  s->comp_start[s->n_comps] = *n_placed;
  do
    {
      w = g_array_index (stack, guint, --stack->len);
      on_stack[w] = FALSE;
      s->comp[w] = s->n_comps;
      s->comp_nodes[(*n_placed)++] = w;
    }
  while (w != v);
  s->n_comps++;
  s->comp_start[s->n_comps] = *n_placed;
}

/* Numbers the components in the order Tarjan's algorithm closes them:
 * every transition between two goes from a later to an earlier one. */
static void
find_components (Solver *s)
{
  guint n = s->g->n_nodes, counter = 0, n_placed = 0;
  g_autofree guint *index = g_new (guint, n);
  g_autofree guint *low = g_new (guint, n);
  g_autofree gboolean *on_stack = g_new0 (gboolean, n);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint v = 0; v < n; v++)
    index[v] = UNSET;
  for (guint root = 0; root < n; root++)
    {
      if (index[root] != UNSET)
        continue;
      visit (s, calls, stack, index, low, on_stack, &counter, root);
      while (calls->len > 0)
        {
          Frame *top = &g_array_index (calls, Frame, calls->len - 1);
          guint v = top->node;

          if (top->pos < s->out_start[v + 1])
            {
              guint w = s->g->to[s->out_list[top->pos++]];

              if (index[w] == UNSET)
                visit (s, calls, stack, index, low, on_stack, &counter, w);
              else if (on_stack[w])
                low[v] = MIN (low[v], index[w]);
              continue;
            }
          calls->len--;
          if (calls->len > 0)
            {
              guint u = g_array_index (calls, Frame, calls->len - 1).node;
              low[u] = MIN (low[u], low[v]);
            }
          if (low[v] == index[v])
            close_component (s, stack, on_stack, v, &n_placed);
        }
    }
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

/* Depth first from the component's first step: marks its ways back and
 * gives its steps (local positions) in an order with every other transition
 * forward. */
static void
order_component (Solver      *s,
                 const guint *nodes,
                 guint        size,
                 guint        c,
                 guint       *order)
{
  g_autofree guint8 *colour = g_new0 (guint8, size);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (Frame));
  Frame first = { nodes[0], s->out_start[nodes[0]] };
  guint done = size;

  colour[0] = 1;
  g_array_append_val (calls, first);
  while (calls->len > 0)
    {
      Frame *top = &g_array_index (calls, Frame, calls->len - 1);
      guint v = top->node;

      if (top->pos < s->out_start[v + 1])
        {
          guint e = s->out_list[top->pos++], w = s->g->to[e];
          Frame next = { w, s->out_start[w] };

          if (s->comp[w] != c)
            continue;
          if (colour[s->local[w]] == 1)
            s->back[e] = TRUE;
          else if (colour[s->local[w]] == 0)
            {
              colour[s->local[w]] = 1;
              g_array_append_val (calls, next);
            }
          continue;
        }
      colour[s->local[v]] = 2;
      order[--done] = s->local[v];
      calls->len--;
    }
  g_assert (done == 0);
}

/* People at each step of the component, given @inflow at each, with the
 * ways back left out. */
static void
carry_forward (Solver       *s,
               const guint  *nodes,
               const guint  *order,
               guint         size,
               guint         c,
               const double *inflow,
               double       *people)
{
  for (guint k = 0; k < size; k++)
    {
      guint j = order[k], v = nodes[j];
      double sum = inflow[j];

      for (guint i = s->in_start[v]; i < s->in_start[v + 1]; i++)
        {
          guint e = s->in_list[i], from = s->g->from[e];
          if (s->comp[from] == c && !s->back[e])
            sum += s->g->share[e] * people[s->local[from]];
        }
      people[j] = sum;
    }
}

/* Solves @a x = @b in place (@a is n × n, row by row); FALSE when singular. */
static gboolean
gauss (double *a,
       double *b,
       guint   n)
{
  for (guint col = 0; col < n; col++)
    {
      guint pivot = col;

      for (guint r = col + 1; r < n; r++)
        if (fabs (a[r * n + col]) > fabs (a[pivot * n + col]))
          pivot = r;
      if (!(fabs (a[pivot * n + col]) > 1e-9))
        return FALSE;
      if (pivot != col)
        {
          for (guint k = 0; k < n; k++)
            {
              double t = a[col * n + k];
              a[col * n + k] = a[pivot * n + k];
              a[pivot * n + k] = t;
            }
          double t = b[col];
          b[col] = b[pivot];
          b[pivot] = t;
        }
      for (guint r = col + 1; r < n; r++)
        {
          double f = a[r * n + col] / a[col * n + col];
          for (guint k = col; k < n; k++)
            a[r * n + k] -= f * a[col * n + k];
          b[r] -= f * b[col];
        }
    }
  for (guint col = n; col-- > 0;)
    {
      double sum = b[col];
      for (guint k = col + 1; k < n; k++)
        sum -= a[col * n + k] * b[k];
      b[col] = sum / a[col * n + col];
    }
  return TRUE;
}

static gboolean
sound (const double *x,
       guint         n,
       double        scale)
{
  for (guint i = 0; i < n; i++)
    if (!isfinite (x[i]) || x[i] < -1e-9 * (1 + scale))
      return FALSE;
  return TRUE;
}

/* The people coming back into each target of a way back (@targets, local
 * positions) when the component takes @inflow; FALSE when there is no
 * finite non-negative answer. */
static gboolean
solve_returns (Solver       *s,
               const guint  *nodes,
               const guint  *order,
               guint         size,
               guint         c,
               GArray       *ways_back,
               GArray       *targets,
               const double *inflow,
               double       *returns)
{
  guint k = targets->len;
  g_autofree double *people = g_new (double, size);
  g_autofree double *unit = g_new0 (double, size);
  g_autofree double *a = g_new0 (double, (gsize) k * k);

  /* Row t: returns[t] − Σ share × people at the way back's source = what
   * comes back with no returns at all. */
  for (guint t = 0; t < k; t++)
    a[t * k + t] = 1;
  carry_forward (s, nodes, order, size, c, inflow, people);
  for (guint i = 0; i < ways_back->len; i++)
    {
      guint e = g_array_index (ways_back, guint, i);
      guint t = s->local[s->g->to[e]];
      for (guint r = 0; r < k; r++)
        if (g_array_index (targets, guint, r) == t)
          returns[r] += s->g->share[e] * people[s->local[s->g->from[e]]];
    }
  for (guint u = 0; u < k; u++)
    {
      unit[g_array_index (targets, guint, u)] = 1;
      carry_forward (s, nodes, order, size, c, unit, people);
      unit[g_array_index (targets, guint, u)] = 0;
      for (guint i = 0; i < ways_back->len; i++)
        {
          guint e = g_array_index (ways_back, guint, i);
          guint t = s->local[s->g->to[e]];
          for (guint r = 0; r < k; r++)
            if (g_array_index (targets, guint, r) == t)
              a[r * k + u] -= s->g->share[e] * people[s->local[s->g->from[e]]];
        }
    }
  if (!gauss (a, returns, k))
    return FALSE;
  /* Only finite: the join rule's terms take people away, so what comes
   * back along them is below 0. Where every share is positive a negative
   * return means people below 0 at a step, which the carry forward after
   * finds. */
  for (guint r = 0; r < k; r++)
    if (!isfinite (returns[r]))
      return FALSE;
  return TRUE;
}

static void
report_loop (Solver      *s,
             const guint *nodes,
             guint        size,
             GArray      *ways_back,
             GArray      *loop,
             guint       *way_back)
{
  *way_back = g_array_index (ways_back, guint, 0);
  /* A drawn transition rather than a term of the join rule. */
  for (guint i = ways_back->len; i-- > 0;)
    if (s->g->share[g_array_index (ways_back, guint, i)] >= 0)
      *way_back = g_array_index (ways_back, guint, i);
  for (guint i = 0; i < ways_back->len; i++)
    if (s->g->comes_back && s->g->comes_back[g_array_index (ways_back, guint, i)])
      {
        *way_back = g_array_index (ways_back, guint, i);
        break;
      }
  if (loop)
    g_array_append_vals (loop, nodes, size);
}

static gboolean
solve_component (Solver *s,
                 guint   c,
                 double *people,
                 GArray *loop,
                 guint  *way_back)
{
  guint *nodes = s->comp_nodes + s->comp_start[c];
  guint size = s->comp_start[c + 1] - s->comp_start[c];
  g_autofree guint *order = g_new (guint, size);
  g_autofree double *inflow = g_new (double, size);
  g_autofree double *result = g_new (double, size);
  g_autoptr(GArray) ways_back = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *returns = NULL;
  double scale = 0;

  qsort (nodes, size, sizeof (guint), compare_uint);
  for (guint j = 0; j < size; j++)
    s->local[nodes[j]] = j;
  for (guint j = 0; j < size; j++)
    {
      guint v = nodes[j];
      inflow[j] = s->g->arrivals[v];
      for (guint i = s->in_start[v]; i < s->in_start[v + 1]; i++)
        {
          guint e = s->in_list[i];
          if (s->comp[s->g->from[e]] != c)
            inflow[j] += s->g->share[e] * people[s->g->from[e]];
        }
      scale = MAX (scale, inflow[j]);
    }
  order_component (s, nodes, size, c, order);
  for (guint j = 0; j < size; j++)
    for (guint i = s->in_start[nodes[j]]; i < s->in_start[nodes[j] + 1]; i++)
      if (s->back[s->in_list[i]])
        {
          g_array_append_val (ways_back, s->in_list[i]);
          if (targets->len == 0 || g_array_index (targets, guint, targets->len - 1) != j)
            g_array_append_val (targets, j);
        }
  returns = g_new0 (double, MAX (targets->len, 1));
  if (targets->len > 0)
    {
      if (!solve_returns (s, nodes, order, size, c, ways_back, targets, inflow, returns))
        {
          report_loop (s, nodes, size, ways_back, loop, way_back);
          return FALSE;
        }
      for (guint r = 0; r < targets->len; r++)
        inflow[g_array_index (targets, guint, r)] += returns[r];
    }
  carry_forward (s, nodes, order, size, c, inflow, result);
  if (!sound (result, size, scale))
    {
      report_loop (s, nodes, size, ways_back, loop, way_back);
      return FALSE;
    }
  for (guint j = 0; j < size; j++)
    people[nodes[j]] = MAX (result[j], 0.0);
  return TRUE;
}

gboolean
pd_flow_graph_solve (const PdFlowGraph *graph,
                     double            *people,
                     GArray            *loop,
                     guint             *way_back)
{
  Solver s = { graph, };
  gboolean ok = TRUE;
  guint n = graph->n_nodes;

  index_by (n, graph->n_edges, graph->from, &s.out_start, &s.out_list);
  index_by (n, graph->n_edges, graph->to, &s.in_start, &s.in_list);
  s.comp = g_new (guint, MAX (n, 1));
  s.comp_start = g_new0 (guint, n + 1);
  s.comp_nodes = g_new (guint, MAX (n, 1));
  s.local = g_new (guint, MAX (n, 1));
  s.back = g_new0 (gboolean, MAX (graph->n_edges, 1));
  find_components (&s);
  for (guint c = s.n_comps; ok && c-- > 0;)
    ok = solve_component (&s, c, people, loop, way_back);
  g_free (s.out_start);
  g_free (s.out_list);
  g_free (s.in_start);
  g_free (s.in_list);
  g_free (s.comp);
  g_free (s.comp_start);
  g_free (s.comp_nodes);
  g_free (s.local);
  g_free (s.back);
  return ok;
}
