/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ordering the ranks of the layered graph to cross few links, after
 * Gansner et al. (dot): sweeps down and up placing each step at the
 * weighted median of its neighbours in the rank just ordered, each
 * followed by transposing neighbours while that crosses fewer links; the
 * best order met kept. Every bound is a count, never a time, so a
 * document is laid out the same way on every machine. */
#include <string.h>

#include "pd-layout-layers.h"

/* Sweeps at most; and sweeps in a row that may improve on the best by
 * less than CONVERGENCE before giving up. */
#define MAX_SWEEPS 24
#define MIN_QUIT 8
#define CONVERGENCE 0.995
/* Passes of transposing over the ranks still worth a look. */
#define MAX_TRANSPOSE_PASSES 16

typedef struct {
  PdLayers *layers;
  double   *key;       /* of each vertex, for sorting its rank */
  guint    *values;    /* room for one vertex's neighbours' places */
  gboolean *candidate; /* ranks that transposing may still improve */
} Sweep;

/* Where @v's neighbours on one side are, as a share of their rank: the
 * weighted median of dot (the middle, leaning to the side where the
 * neighbours are closer together), or its own place when it has none. */
static double
median_key (Sweep    *s,
            guint     v,
            gboolean  down)
{
  PdLayers *l = s->layers;
  const guint *start = down ? l->up_start : l->down_start;
  const guint *side = down ? l->up : l->down;
  guint m = start[v + 1] - start[v], other;
  double width, left, right;
  guint *p = s->values;

  if (m == 0)
    return (l->pos[v] + 0.5) / (l->layer_start[l->rank[v] + 1] - l->layer_start[l->rank[v]]);
  other = l->rank[v] + (down ? -1 : 1);
  width = l->layer_start[other + 1] - l->layer_start[other];
  for (guint i = 0; i < m; i++)
    {
      guint x = l->pos[side[start[v] + i]], j = i;

      for (; j > 0 && p[j - 1] > x; j--)
        p[j] = p[j - 1];
      p[j] = x;
    }
  if (m % 2)
    return (p[m / 2] + 0.5) / width;
  if (m == 2)
    return (p[0] + p[1] + 1.0) / 2 / width;
  left = p[m / 2 - 1] - p[0];
  right = p[m - 1] - p[m / 2];
  if (left + right == 0)
    return (p[m / 2 - 1] + p[m / 2] + 1.0) / 2 / width;
  return ((p[m / 2 - 1] + 0.5) * right + (p[m / 2] + 0.5) * left) / (left + right) / width;
}

/* One sweep, down the ranks or up them. */
static void
sweep (Sweep    *s,
       gboolean  down)
{
  PdLayers *l = s->layers;

  for (guint i = 1; i < l->n_ranks; i++)
    {
      guint r = down ? i : l->n_ranks - 1 - i;

      for (guint k = l->layer_start[r]; k < l->layer_start[r + 1]; k++)
        s->key[l->layer[k]] = median_key (s, l->layer[k], down);
      pd_layers_sort_ranks (l, s->key, r, r);
    }
}

/* Neighbours of rank @r swapped where that crosses fewer links (or, when
 * @ties, as many but some): the crossings they save. */
static guint64
transpose_rank (Sweep    *s,
                guint     r,
                gboolean  ties)
{
  PdLayers *l = s->layers;
  guint64 saved = 0;

  s->candidate[r] = FALSE;
  for (guint k = l->layer_start[r]; k + 1 < l->layer_start[r + 1]; k++)
    {
      guint u = l->layer[k], v = l->layer[k + 1], now, swapped;

      if (l->lane[u] != l->lane[v])
        continue;
      now = pd_layers_pair_crossings (l, u, v);
      if (now == 0)
        continue;
      swapped = pd_layers_pair_crossings (l, v, u);
      if (swapped > now || (swapped == now && !ties))
        continue;
      saved += now - swapped;
      l->layer[k] = v;
      l->layer[k + 1] = u;
      l->pos[v] = k - l->layer_start[r];
      l->pos[u] = k + 1 - l->layer_start[r];
      s->candidate[r] = TRUE;
      if (r > 0)
        s->candidate[r - 1] = TRUE;
      if (r + 1 < l->n_ranks)
        s->candidate[r + 1] = TRUE;
    }
  return saved;
}

/* Transposed until that saves nothing, over the ranks where something
 * changed near them. */
void
pd_layers_transpose (PdLayers *layers,
                     gboolean  ties)
{
  g_autofree gboolean *candidate = g_new (gboolean, MAX (layers->n_ranks, 1));
  Sweep s = { layers, NULL, NULL, candidate };
  guint64 saved = 1;

  for (guint r = 0; r < layers->n_ranks; r++)
    candidate[r] = TRUE;
  for (guint pass = 0; pass < MAX_TRANSPOSE_PASSES && saved > 0; pass++)
    {
      saved = 0;
      for (guint r = 0; r < layers->n_ranks; r++)
        if (candidate[r])
          saved += transpose_rank (&s, r, ties);
    }
}

/* Sweeps from the order @layers has, until they stop improving on the
 * best met, which @layers is left in. */
static void
sweeps (Sweep *s)
{
  PdLayers *layers = s->layers;
  guint n = layers->n;
  g_autofree guint *best = g_memdup2 (layers->layer, MAX (n, 1) * sizeof (guint));
  guint64 least, crossings;

  least = crossings = pd_layers_crossings (layers);
  for (guint i = 0, trying = 0; i < MAX_SWEEPS && crossings > 0 && trying < MIN_QUIT; i++)
    {
      trying++;
      sweep (s, i % 2 == 0);
      pd_layers_transpose (layers, i % 4 >= 2);
      crossings = pd_layers_crossings (layers);
      if (crossings < least)
        {
          if (crossings < CONVERGENCE * least)
            trying = 0;
          least = crossings;
          memcpy (best, layers->layer, n * sizeof (guint));
        }
    }
  memcpy (layers->layer, best, n * sizeof (guint));
  for (guint r = 0; r < layers->n_ranks; r++)
    for (guint k = layers->layer_start[r]; k < layers->layer_start[r + 1]; k++)
      layers->pos[layers->layer[k]] = k - layers->layer_start[r];
}

/* Rounds of sweeps, each from the last round's order with its long links
 * straight again, while that crosses fewer links drawn straight. An
 * order that no round improves on comes back as it was: a tidy layout
 * tidied again stays as it is. */
#define MAX_ROUNDS 6

void
pd_layers_minimise (PdLayers *layers)
{
  guint n = layers->n, most = 0;
  g_autofree double *key = g_new (double, MAX (n, 1));
  g_autofree guint *values = NULL;
  g_autofree guint *start = g_new (guint, MAX (n, 1));
  Sweep s = { layers, key, NULL, NULL };
  guint64 least;

  for (guint v = 0; v < n; v++)
    most = MAX (most, MAX (layers->up_start[v + 1] - layers->up_start[v],
                           layers->down_start[v + 1] - layers->down_start[v]));
  values = g_new (guint, MAX (most, 1));
  s.values = values;
  pd_layers_straighten (layers);
  least = pd_layers_crossings (layers);
  for (guint round = 0; round < MAX_ROUNDS && least > 0; round++)
    {
      guint64 crossings;

      memcpy (start, layers->layer, n * sizeof (guint));
      sweeps (&s);
      pd_layers_straighten (layers);
      crossings = pd_layers_crossings (layers);
      if (crossings < least)
        {
          least = crossings;
          continue;
        }
      memcpy (layers->layer, start, n * sizeof (guint));
      for (guint r = 0; r < layers->n_ranks; r++)
        for (guint k = layers->layer_start[r]; k < layers->layer_start[r + 1]; k++)
          layers->pos[layers->layer[k]] = k - layers->layer_start[r];
      break;
    }
}
