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
/* The work of the search is bounded by the size of the layered graph
 * (its vertices and links, s): MAX_SWEEPS sweeps while s is at most
 * SEARCH_WORK / MAX_SWEEPS, fewer beyond, down to MIN_SWEEPS; sifting
 * moves a step past SEARCH_WORK / s neighbours each way at most, and
 * never fewer than MIN_SIFT_REACH. Big pathways so take time in step
 * with their size, and small ones get the whole search. */
#define SEARCH_WORK 360000
#define MIN_SWEEPS 4
#define MIN_SIFT_REACH 16
#define MIN_QUIT 8
#define CONVERGENCE 0.995
/* Passes of sifting at most, after the sweeps. */
#define MAX_SIFTS 2
/* Passes of transposing over the ranks still worth a look. */
#define MAX_TRANSPOSE_PASSES 16

typedef struct {
  PdLayers *layers;
  double   *key;       /* of each vertex, for sorting its rank */
  guint    *values;    /* room for one vertex's neighbours' places */
  gboolean *candidate; /* ranks that transposing may still improve */
  guint     reach;     /* neighbours a sifted step may pass each way */
  guint    *values2;   /* room for one rank */
  guint    *best;      /* the best order met */
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

/* One sweep, down the ranks or up them. With stable ties, steps with
 * equal medians keep their order, or (@reverse) swap it, as dot does on
 * alternate sweeps: a way off a plateau that breaking ties by number, a
 * new order each sweep, never settles on (1,000 steps: 654 → 560
 * crossings); else by number. */
static void
sweep (Sweep    *s,
       gboolean  down,
       gboolean  reverse)
{
  PdLayers *l = s->layers;

  for (guint i = 1; i < l->n_ranks; i++)
    {
      guint r = down ? i : l->n_ranks - 1 - i;

      for (guint k = l->layer_start[r]; k < l->layer_start[r + 1]; k++)
        s->key[l->layer[k]] = median_key (s, l->layer[k], down);
      if (l->stable_ties)
        pd_layers_sort_rank_stable (l, s->key, r, reverse);
      else
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
      pd_layers_pair_crossings_both (l, u, v, &now, &swapped);
      if (now == 0)
        continue;
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
  Sweep s = { layers, NULL, NULL, candidate, 0, NULL, NULL };
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

/* Each step of rank @r in turn moved to the place in its lane's part of
 * the rank where its links cross fewest others (sifting, after Matuszewski
 * et al.): what swapping neighbours alone cannot reach. */
static void
sift_rank (Sweep *s,
           guint  r)
{
  PdLayers *l = s->layers;
  guint start = l->layer_start[r], len = l->layer_start[r + 1] - start;
  guint *row = l->layer + start;
  guint *order = s->values2;

  memcpy (order, row, len * sizeof (guint));
  for (guint i = 0; i < len; i++)
    {
      guint v = order[i], p = l->pos[v], a = p, b = p, best = p;
      gint64 change = 0, least = 0;

      while (a > 0 && p - a < s->reach && l->lane[row[a - 1]] == l->lane[v])
        a--;
      while (b + 1 < len && b - p < s->reach && l->lane[row[b + 1]] == l->lane[v])
        b++;
      /* Leftwards, then rightwards, the change in crossings as v passes
       * each neighbour. */
      for (guint k = p; k > a; k--)
        {
          guint u = row[k - 1], uv, vu;

          pd_layers_pair_crossings_both (l, u, v, &uv, &vu);
          change += (gint64) vu - uv;
          if (change < least)
            {
              least = change;
              best = k - 1;
            }
        }
      change = 0;
      for (guint k = p; k < b; k++)
        {
          guint u = row[k + 1], uv, vu;

          pd_layers_pair_crossings_both (l, u, v, &uv, &vu);
          change += (gint64) uv - vu;
          if (change < least)
            {
              least = change;
              best = k + 1;
            }
        }
      if (best < p)
        memmove (row + best + 1, row + best, (p - best) * sizeof (guint));
      else if (best > p)
        memmove (row + p, row + p + 1, (best - p) * sizeof (guint));
      row[best] = v;
      for (guint k = MIN (best, p); k <= MAX (best, p); k++)
        l->pos[row[k]] = k;
    }
}

static void
sift (Sweep    *s,
      gboolean  down)
{
  for (guint i = 0; i < s->layers->n_ranks; i++)
    sift_rank (s, down ? i : s->layers->n_ranks - 1 - i);
}

/* Places set from the order of layer. */
static void
renumber (PdLayers *layers)
{
  for (guint r = 0; r < layers->n_ranks; r++)
    for (guint k = layers->layer_start[r]; k < layers->layer_start[r + 1]; k++)
      layers->pos[layers->layer[k]] = k - layers->layer_start[r];
}

/* At most @most sweeps from the order @layers has, until they stop
 * improving on the best met, which @layers is left in: its crossings. */
static guint64
sweeps (Sweep *s,
        guint  most)
{
  PdLayers *layers = s->layers;
  guint n = layers->n;
  guint *best = s->best;
  guint64 least, crossings;

  memcpy (best, layers->layer, n * sizeof (guint));
  least = crossings = pd_layers_crossings (layers);
  for (guint i = 0, trying = 0; i < most && crossings > 0 && trying < MIN_QUIT; i++)
    {
      trying++;
      sweep (s, i % 2 == 0, i % 4 >= 2);
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
  renumber (layers);
  return least;
}

/* Passes of sifting at most, while they cross fewer links. */
static guint64
sifts (Sweep   *s,
       guint64  least)
{
  PdLayers *layers = s->layers;
  guint n = layers->n;

  memcpy (s->best, layers->layer, n * sizeof (guint));
  for (guint i = 0; i < MAX_SIFTS && least > 0; i++)
    {
      guint64 crossings;

      sift (s, i % 2 == 0);
      crossings = pd_layers_crossings (layers);
      if (crossings >= least)
        break;
      least = crossings;
      memcpy (s->best, layers->layer, n * sizeof (guint));
    }
  memcpy (layers->layer, s->best, n * sizeof (guint));
  renumber (layers);
  return least;
}

/* Sweeps from the order given until they stop improving, then sifting.
 * The order given comes back unless the result crosses fewer links drawn
 * straight: a tidy layout tidied again stays as it is. (Other first
 * orders, breadth first from the sources or the sinks as dot makes them,
 * found nothing better on generated pathways and cost as much again.) */
void
pd_layers_minimise (PdLayers *layers)
{
  guint n = layers->n, most = 0;
  g_autofree double *key = g_new (double, MAX (n, 1));
  g_autofree guint *values = NULL;
  g_autofree guint *start = g_new (guint, MAX (n, 1));
  g_autofree guint *best = g_new (guint, MAX (n, 1));
  g_autofree guint *row = g_new (guint, MAX (n, 1));
  Sweep s = { layers, key, NULL, NULL, 0, row, best };
  guint64 least;
  guint size = n + layers->up_start[n];

  for (guint v = 0; v < n; v++)
    most = MAX (most, MAX (layers->up_start[v + 1] - layers->up_start[v],
                           layers->down_start[v + 1] - layers->down_start[v]));
  values = g_new (guint, MAX (most, 1));
  s.values = values;
  pd_layers_straighten (layers);
  least = pd_layers_crossings (layers);
  if (least == 0)
    return;
  memcpy (start, layers->layer, n * sizeof (guint));
  s.reach = MAX (MIN_SIFT_REACH, SEARCH_WORK / MAX (size, 1));
  sifts (&s, sweeps (&s, CLAMP (SEARCH_WORK / MAX (size, 1), MIN_SWEEPS, MAX_SWEEPS)));
  pd_layers_straighten (layers);
  if (pd_layers_crossings (layers) < least)
    return;
  memcpy (layers->layer, start, n * sizeof (guint));
  renumber (layers);
}
