/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The layered graph ordering works on, and its crossings counted rank by
 * rank (after Barth, Jünger and Mutzel: the links of a gap in the order of
 * their upper ends, those out of order at their lower ends counted with a
 * Fenwick tree). */
#include <string.h>

#include "pd-layout-layers.h"

typedef struct {
  guint  lane;
  double key;
  guint  v;
} Entry;

static int
by_lane_then_key (gconstpointer a,
                  gconstpointer b)
{
  const Entry *x = a, *y = b;

  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->v > y->v) - (x->v < y->v);
}

/* Rank @r sorted by lane, then by @key, then by place now (the later
 * first when @reverse): equal keys keep their order, or swap it. */
void
pd_layers_sort_rank_stable (PdLayers     *layers,
                            const double *key,
                            guint         r,
                            gboolean      reverse)
{
  guint start = layers->layer_start[r], len = layers->layer_start[r + 1] - start;
  g_autofree Entry *entries = g_new (Entry, MAX (len, 1));

  /* Sorted with their places (counted from the end when @reverse) in
   * the place of the vertices, which they then give back. */
  for (guint k = 0; k < len; k++)
    {
      guint v = layers->layer[start + k];

      entries[k] = (Entry) { layers->lane[v], key[v], reverse ? len - 1 - k : k };
    }
  qsort (entries, len, sizeof (Entry), by_lane_then_key);
  for (guint k = 0; k < len; k++)
    entries[k].v = layers->layer[start + (reverse ? len - 1 - entries[k].v : entries[k].v)];
  for (guint k = 0; k < len; k++)
    {
      layers->layer[start + k] = entries[k].v;
      layers->pos[entries[k].v] = k;
    }
}

/* Each rank's vertices sorted by lane, then by @key, then by number. */
void
pd_layers_sort_ranks (PdLayers     *layers,
                      const double *key,
                      guint         first,
                      guint         last)
{
  g_autofree Entry *entries = NULL;
  guint most = 0;

  for (guint r = first; r <= last && r < layers->n_ranks; r++)
    most = MAX (most, layers->layer_start[r + 1] - layers->layer_start[r]);
  entries = g_new (Entry, MAX (most, 1));
  for (guint r = first; r <= last && r < layers->n_ranks; r++)
    {
      guint start = layers->layer_start[r], len = layers->layer_start[r + 1] - start;

      for (guint k = 0; k < len; k++)
        {
          guint v = layers->layer[start + k];

          entries[k] = (Entry) { layers->lane[v], key[v], v };
        }
      qsort (entries, len, sizeof (Entry), by_lane_then_key);
      for (guint k = 0; k < len; k++)
        {
          layers->layer[start + k] = entries[k].v;
          layers->pos[entries[k].v] = k;
        }
    }
}

void
pd_layers_init (PdLayers *layers,
                Graph    *g)
{
  guint n_real = g->nodes->len, n = n_real, n_edges = 0, e;
  g_autofree guint *from = NULL;
  g_autofree guint *to = NULL;
  g_autofree guint *fill = NULL;
  g_autofree double *key = NULL;

  memset (layers, 0, sizeof *layers);
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      if (g->rank[l->to] <= g->rank[l->from])
        continue;
      n += g->rank[l->to] - g->rank[l->from] - 1;
      n_edges += g->rank[l->to] - g->rank[l->from];
    }
  layers->n = n;
  layers->n_real = n_real;
  layers->n_ranks = g->n_ranks;
  layers->rank = g_new (guint, MAX (n, 1));
  layers->lane = g_new (guint, MAX (n, 1));
  layers->pos = g_new0 (guint, MAX (n, 1));
  key = g_new (double, MAX (n, 1));
  from = g_new (guint, MAX (n_edges, 1));
  to = g_new (guint, MAX (n_edges, 1));
  if (n_real > 0)
    {
      memcpy (layers->rank, g->rank, n_real * sizeof (guint));
      memcpy (layers->lane, g->lane, n_real * sizeof (guint));
      memcpy (key, g->order, n_real * sizeof (double));
    }
  layers->link_from = g_new (guint, MAX (n - n_real, 1));
  layers->link_to = g_new (guint, MAX (n - n_real, 1));

  /* Virtual steps on the line from end to end, in the lanes between. */
  e = 0;
  for (guint i = 0, v = n_real; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);
      guint r0 = g->rank[l->from], r1 = g->rank[l->to], previous = l->from;

      if (r1 <= r0)
        continue;
      for (guint r = r0 + 1; r < r1; r++, v++)
        {
          double t = (double) (r - r0) / (r1 - r0);

          layers->rank[v] = r;
          layers->link_from[v - n_real] = l->from;
          layers->link_to[v - n_real] = l->to;
          layers->lane[v] = (guint) (g->lane[l->from]
                                     + ((double) g->lane[l->to] - g->lane[l->from]) * t + 0.5);
          key[v] = g->order[l->from] + (g->order[l->to] - g->order[l->from]) * t;
          from[e] = previous;
          to[e++] = v;
          previous = v;
        }
      from[e] = previous;
      to[e++] = l->to;
    }

  /* Ranks, each a slice of layer. */
  layers->layer_start = g_new0 (guint, layers->n_ranks + 1);
  layers->layer = g_new (guint, MAX (n, 1));
  for (guint v = 0; v < n; v++)
    layers->layer_start[layers->rank[v] + 1]++;
  for (guint r = 0; r < layers->n_ranks; r++)
    layers->layer_start[r + 1] += layers->layer_start[r];
  fill = g_memdup2 (layers->layer_start, (layers->n_ranks + 1) * sizeof (guint));
  for (guint v = 0; v < n; v++)
    layers->layer[fill[layers->rank[v]]++] = v;
  if (layers->n_ranks > 0)
    pd_layers_sort_ranks (layers, key, 0, layers->n_ranks - 1);

  /* Neighbours on each side, in the links' order. */
  layers->up_start = g_new0 (guint, n + 1);
  layers->down_start = g_new0 (guint, n + 1);
  layers->up = g_new (guint, MAX (n_edges, 1));
  layers->down = g_new (guint, MAX (n_edges, 1));
  for (guint i = 0; i < n_edges; i++)
    {
      layers->down_start[from[i] + 1]++;
      layers->up_start[to[i] + 1]++;
    }
  for (guint v = 0; v < n; v++)
    {
      layers->down_start[v + 1] += layers->down_start[v];
      layers->up_start[v + 1] += layers->up_start[v];
    }
  g_free (fill);
  fill = g_memdup2 (layers->down_start, (n + 1) * sizeof (guint));
  for (guint i = 0; i < n_edges; i++)
    layers->down[fill[from[i]]++] = to[i];
  memcpy (fill, layers->up_start, (n + 1) * sizeof (guint));
  for (guint i = 0; i < n_edges; i++)
    layers->up[fill[to[i]]++] = from[i];
}

void
pd_layers_clear (PdLayers *layers)
{
  g_free (layers->rank);
  g_free (layers->lane);
  g_free (layers->pos);
  g_free (layers->layer_start);
  g_free (layers->layer);
  g_free (layers->up_start);
  g_free (layers->up);
  g_free (layers->down_start);
  g_free (layers->down);
  g_free (layers->link_from);
  g_free (layers->link_to);
  memset (layers, 0, sizeof *layers);
}

void
pd_layers_straighten (PdLayers *layers)
{
  g_autofree double *key = g_new (double, MAX (layers->n, 1));

  if (layers->n == layers->n_real || layers->n_ranks == 0)
    return;
  /* The steps as shares of their rank, virtual steps left out, as the
   * drawing has them. */
  for (guint r = 0; r < layers->n_ranks; r++)
    {
      guint real = 0, k = 0;

      for (guint i = layers->layer_start[r]; i < layers->layer_start[r + 1]; i++)
        real += layers->layer[i] < layers->n_real;
      for (guint i = layers->layer_start[r]; i < layers->layer_start[r + 1]; i++)
        if (layers->layer[i] < layers->n_real)
          key[layers->layer[i]] = (k++ + 0.5) / real;
    }
  for (guint v = layers->n_real; v < layers->n; v++)
    {
      guint a = layers->link_from[v - layers->n_real], b = layers->link_to[v - layers->n_real];
      double t = ((double) layers->rank[v] - layers->rank[a]) / (layers->rank[b] - layers->rank[a]);

      key[v] = key[a] + (key[b] - key[a]) * t;
    }
  pd_layers_sort_ranks (layers, key, 0, layers->n_ranks - 1);
}

/* @values[0..n) sorted: they are few, a step's links. */
static void
sort_small (guint *values,
            guint  n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && values[j - 1] > values[j]; j--)
      {
        guint t = values[j];

        values[j] = values[j - 1];
        values[j - 1] = t;
      }
}

guint64
pd_layers_gap_crossings (PdLayers *layers,
                         guint     r,
                         guint    *tree)
{
  guint start = layers->layer_start[r], end = layers->layer_start[r + 1];
  guint size = layers->layer_start[r + 2] - layers->layer_start[r + 1];
  guint64 crossings = 0, inserted = 0;
  guint ends[16];

  memset (tree, 0, (size + 1) * sizeof (guint));
  for (guint k = start; k < end; k++)
    {
      guint u = layers->layer[k];
      guint first = layers->down_start[u], m = layers->down_start[u + 1] - first;
      g_autofree guint *many = NULL;
      guint *p = m <= G_N_ELEMENTS (ends) ? ends : (many = g_new (guint, m));

      for (guint i = 0; i < m; i++)
        p[i] = layers->pos[layers->down[first + i]];
      sort_small (p, m);
      /* Lower ends in order: each crosses those already in that end
       * further along; links of u itself never count, being before. */
      for (guint i = 0; i < m; i++)
        {
          guint64 at_most = 0;

          for (guint j = p[i] + 1; j > 0; j -= j & -j)
            at_most += tree[j];
          crossings += inserted - at_most;
          for (guint j = p[i] + 1; j <= size; j += j & -j)
            tree[j]++;
          inserted++;
        }
    }
  return crossings;
}

guint64
pd_layers_crossings (PdLayers *layers)
{
  g_autofree guint *tree = g_new (guint, layers->n + 1);
  guint64 crossings = 0;

  for (guint r = 0; r + 1 < layers->n_ranks; r++)
    crossings += pd_layers_gap_crossings (layers, r, tree);
  return crossings;
}

/* Pairs of @a[0..m) and @b[0..n) (places) with the first further along,
 * added to @after, and with the second further along, to @before: both
 * orders of two steps from one look at each pair. */
static void
out_of_order (PdLayers    *layers,
              const guint *a,
              guint        m,
              const guint *b,
              guint        n,
              guint       *after,
              guint       *before)
{
  for (guint i = 0; i < m; i++)
    {
      guint p = layers->pos[a[i]];

      for (guint j = 0; j < n; j++)
        {
          guint q = layers->pos[b[j]];

          *after += p > q;
          *before += p < q;
        }
    }
}

void
pd_layers_pair_crossings_both (PdLayers *layers,
                               guint     u,
                               guint     v,
                               guint    *uv,
                               guint    *vu)
{
  *uv = *vu = 0;
  out_of_order (layers, layers->up + layers->up_start[u],
                layers->up_start[u + 1] - layers->up_start[u],
                layers->up + layers->up_start[v],
                layers->up_start[v + 1] - layers->up_start[v], uv, vu);
  out_of_order (layers, layers->down + layers->down_start[u],
                layers->down_start[u + 1] - layers->down_start[u],
                layers->down + layers->down_start[v],
                layers->down_start[v + 1] - layers->down_start[v], uv, vu);
}

guint
pd_layers_pair_crossings (PdLayers *layers,
                          guint     u,
                          guint     v)
{
  guint uv, vu;

  pd_layers_pair_crossings_both (layers, u, v, &uv, &vu);
  return uv;
}
