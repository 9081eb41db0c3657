/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ordering the ranks: the layered graph's crossings counted right, the
 * transposition and the whole ordering crossing fewer links than the
 * simple barycentre sweep. */
#include <string.h>

#include "pd-layout-layers.h"

/* A random layered graph of @n steps over @n_ranks ranks, @lanes lanes,
 * links forward only (some long), each rank in a random order. */
static void
random_graph (Graph *g,
              GRand *rand,
              guint  n,
              guint  n_ranks,
              guint  lanes,
              guint  n_links)
{
  g->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g->rank = g_new (guint, n);
  g->lane = g_new (guint, n);
  g->order = g_new (double, n);
  g->n_ranks = n_ranks;
  g->n_lanes = lanes;
  for (guint v = 0; v < n; v++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", v);

      g_ptr_array_add (g->nodes, pd_node_new (id, PD_NODE_KIND_REVIEW));
      /* Every rank has a step. */
      g->rank[v] = v < n_ranks ? v : (guint) g_rand_int_range (rand, 0, n_ranks);
      g->lane[v] = g_rand_int_range (rand, 0, lanes);
      g->order[v] = g_rand_double (rand);
    }
  for (guint i = 0; i < n_links; i++)
    {
      Link l = { g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n) };

      if (g->rank[l.from] > g->rank[l.to])
        l = (Link) { l.to, l.from };
      if (g->rank[l.from] == g->rank[l.to])
        continue;
      /* Mostly from one rank to the next, as pathways go. */
      if (g->rank[l.to] > g->rank[l.from] + 1 && g_rand_int_range (rand, 0, 4) != 0)
        continue;
      g_array_append_val (g->links, l);
    }
}

static void
graph_free (Graph *g)
{
  g_ptr_array_unref (g->nodes);
  g_array_unref (g->links);
  g_free (g->rank);
  g_free (g->lane);
  g_free (g->order);
}

/* Each rank by lane, then by @g->order, and the order as its shares. */
static Graph *sorted_graph;

static int
by_lane_then_order (gconstpointer a,
                    gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (sorted_graph->lane[x] != sorted_graph->lane[y])
    return sorted_graph->lane[x] < sorted_graph->lane[y] ? -1 : 1;
  return (sorted_graph->order[x] > sorted_graph->order[y])
         - (sorted_graph->order[x] < sorted_graph->order[y]);
}

static void
sort_ranks (Graph     *g,
            GPtrArray *ranks)
{
  sorted_graph = g;
  for (guint r = 0; r < ranks->len; r++)
    {
      GArray *rank = g_ptr_array_index (ranks, r);

      g_array_sort (rank, by_lane_then_order);
      for (guint k = 0; k < rank->len; k++)
        g->order[g_array_index (rank, guint, k)] = (k + 0.5) / rank->len;
    }
}

/* Crossings of @g in the order @g->order, long links drawn straight. */
static guint64
crossings_of (Graph *g)
{
  PdLayers layers;
  guint64 crossings;

  pd_layers_init (&layers, g);
  pd_layers_straighten (&layers);
  crossings = pd_layers_crossings (&layers);
  pd_layers_clear (&layers);
  return crossings;
}

/* Pairs of links of one gap out of order at its ends, each pair tried. */
static guint64
brute_crossings (PdLayers *l)
{
  guint64 count = 0;

  for (guint a = 0; a < l->n; a++)
    for (guint i = l->down_start[a]; i < l->down_start[a + 1]; i++)
      for (guint b = 0; b < l->n; b++)
        for (guint j = l->down_start[b]; j < l->down_start[b + 1]; j++)
          count += l->rank[a] == l->rank[b] && l->pos[a] < l->pos[b]
                   && l->pos[l->down[i]] > l->pos[l->down[j]];
  return count;
}

/* The Fenwick tree count agrees with trying each pair, virtual steps and
 * all, and so does the count of a pair of neighbours. */
static void
test_count (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  guint64 total = 0;

  for (guint trial = 0; trial < 200; trial++)
    {
      guint n_ranks = g_rand_int_range (rand, 1, 8);
      Graph g = { 0 };
      PdLayers l;
      guint64 fast, brute;

      random_graph (&g, rand, g_rand_int_range (rand, n_ranks, 40), n_ranks, 1,
                    g_rand_int_range (rand, 0, 80));
      pd_layers_init (&l, &g);
      fast = pd_layers_crossings (&l);
      brute = brute_crossings (&l);
      g_assert_cmpuint (fast, ==, brute);
      total += brute;
      /* Two neighbours swapped change the count by what the pair count
       * says. */
      for (guint r = 0; r < l.n_ranks; r++)
        if (l.layer_start[r + 1] - l.layer_start[r] >= 2)
          {
            guint k = l.layer_start[r], u = l.layer[k], v = l.layer[k + 1];
            gint64 change = (gint64) pd_layers_pair_crossings (&l, v, u)
                            - pd_layers_pair_crossings (&l, u, v);

            l.layer[k] = v;
            l.layer[k + 1] = u;
            l.pos[v] = 0;
            l.pos[u] = 1;
            g_assert_cmpint ((gint64) pd_layers_crossings (&l), ==, (gint64) fast + change);
            break;
          }
      pd_layers_clear (&l);
      graph_free (&g);
    }
  g_assert_cmpuint (total, >, 1000);
}

/* Links of @u and of @v, on the same side, whose other ends are in the
 * other order: what the links of @u and @v cross when @u comes first. */
static guint
brute_pair (PdLayers *l,
            guint     u,
            guint     v)
{
  guint count = 0;

  for (guint i = l->up_start[u]; i < l->up_start[u + 1]; i++)
    for (guint j = l->up_start[v]; j < l->up_start[v + 1]; j++)
      count += l->pos[l->up[i]] > l->pos[l->up[j]];
  for (guint i = l->down_start[u]; i < l->down_start[u + 1]; i++)
    for (guint j = l->down_start[v]; j < l->down_start[v + 1]; j++)
      count += l->pos[l->down[i]] > l->pos[l->down[j]];
  return count;
}

/* One look at each pair of links gives the crossings of both orders of
 * two steps, as two counts one way each do, for every two steps of a
 * rank (shared neighbours crossing nothing either way). */
static void
test_pair_both (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  guint64 total = 0, shared = 0;

  for (guint trial = 0; trial < 100; trial++)
    {
      guint n_ranks = g_rand_int_range (rand, 2, 6);
      Graph g = { 0 };
      PdLayers l;

      random_graph (&g, rand, g_rand_int_range (rand, n_ranks, 30), n_ranks, 1,
                    g_rand_int_range (rand, 0, 90));
      pd_layers_init (&l, &g);
      for (guint r = 0; r < l.n_ranks; r++)
        for (guint a = l.layer_start[r]; a < l.layer_start[r + 1]; a++)
          for (guint b = l.layer_start[r]; b < l.layer_start[r + 1]; b++)
            {
              guint u = l.layer[a], v = l.layer[b], uv, vu;

              if (u == v)
                continue;
              pd_layers_pair_crossings_both (&l, u, v, &uv, &vu);
              g_assert_cmpuint (uv, ==, brute_pair (&l, u, v));
              g_assert_cmpuint (vu, ==, brute_pair (&l, v, u));
              g_assert_cmpuint (pd_layers_pair_crossings (&l, u, v), ==, uv);
              total += uv;
              for (guint i = l.down_start[u]; i < l.down_start[u + 1]; i++)
                for (guint j = l.down_start[v]; j < l.down_start[v + 1]; j++)
                  shared += l.down[i] == l.down[j];
            }
      pd_layers_clear (&l);
      graph_free (&g);
    }
  /* Enough of both to tell. */
  g_assert_cmpuint (total, >, 1000);
  g_assert_cmpuint (shared, >, 100);
}

/* Sorting a rank with stable ties: by lane, then key; equal keys keep
 * their order, or take the opposite one when reversed. */
static void
test_stable_ties (void)
{
  Graph g = { 0 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  PdLayers l;
  /* Keys of steps 0..5, in rank 0 in that order: 2, 3 and 4 tie, and
   * 5 sits in a lane of its own, first. */
  double key[] = { 0.9, 0.1, 0.5, 0.5, 0.5, 0.7 };

  random_graph (&g, rand, 6, 1, 1, 0);
  memset (g.rank, 0, 6 * sizeof (guint));
  memset (g.lane, 0, 6 * sizeof (guint));
  g.lane[0] = g.lane[1] = g.lane[2] = g.lane[3] = g.lane[4] = 1;
  for (guint v = 0; v < 6; v++)
    g.order[v] = v;
  pd_layers_init (&l, &g);
  /* Put in the order 5, 4, 0, 2, 3, 1 first. */
  memcpy (l.layer, (guint[]) { 5, 4, 0, 2, 3, 1 }, 6 * sizeof (guint));
  for (guint k = 0; k < 6; k++)
    l.pos[l.layer[k]] = k;
  pd_layers_sort_rank_stable (&l, key, 0, FALSE);
  g_assert_cmpmem (l.layer, 6 * sizeof (guint), ((guint[]) { 5, 1, 4, 2, 3, 0 }), 6 * sizeof (guint));
  pd_layers_sort_rank_stable (&l, key, 0, TRUE);
  g_assert_cmpmem (l.layer, 6 * sizeof (guint), ((guint[]) { 5, 1, 3, 2, 4, 0 }), 6 * sizeof (guint));
  for (guint k = 0; k < 6; k++)
    g_assert_cmpuint (l.pos[l.layer[k]], ==, k);
  pd_layers_clear (&l);
  graph_free (&g);
}

/* Two steps whose links cross: transposing swaps them, unless they are in
 * different lanes. */
static void
test_transpose (void)
{
  for (guint lanes = 1; lanes <= 2; lanes++)
    {
      Graph g = { 0 };
      g_autoptr(GRand) rand = g_rand_new_with_seed (1);
      PdLayers l;

      /* a b over c d, a to d and b to c: one crossing. A third rank
       * below holds e, which c and d both lead to. */
      random_graph (&g, rand, 5, 3, 1, 0);
      memcpy (g.rank, (guint[]) { 0, 0, 1, 1, 2 }, 5 * sizeof (guint));
      memcpy (g.order, (double[]) { 0.1, 0.2, 0.1, 0.2, 0.5 }, 5 * sizeof (double));
      memset (g.lane, 0, 5 * sizeof (guint));
      g.lane[1] = g.lane[3] = lanes - 1;
      g_array_append_vals (g.links, (Link[]) { { 0, 3 }, { 1, 2 }, { 2, 4 }, { 3, 4 } }, 4);
      pd_layers_init (&l, &g);
      g_assert_cmpuint (pd_layers_crossings (&l), ==, 1);
      g_assert_cmpuint (pd_layers_pair_crossings (&l, 2, 3), ==, 1);
      g_assert_cmpuint (pd_layers_pair_crossings (&l, 3, 2), ==, 0);
      pd_layers_transpose (&l, FALSE);
      g_assert_cmpuint (pd_layers_crossings (&l), ==, lanes == 1 ? 0 : 1);
      /* In lanes, each stays in its own. */
      for (guint r = 0; r < l.n_ranks; r++)
        for (guint k = l.layer_start[r]; k + 1 < l.layer_start[r + 1]; k++)
          g_assert_cmpuint (l.lane[l.layer[k]], <=, l.lane[l.layer[k + 1]]);
      pd_layers_clear (&l);
      graph_free (&g);
    }
}

/* On random layered graphs, with lanes and without, the order of the
 * layered graph never crosses more links drawn straight than the simple
 * barycentre sweep from the same first order, and crosses clearly fewer
 * over all; the same graph gives the same order. */
static void
test_never_worse (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint64 total_simple = 0, total_layered = 0, total_minimised = 0;

  for (guint trial = 0; trial < 200; trial++)
    {
      guint n_ranks = g_rand_int_range (rand, 2, 12), n = g_rand_int_range (rand, n_ranks, 150);
      guint lanes = trial % 2 ? 1 : g_rand_int_range (rand, 1, 5);
      Graph g = { 0 };
      g_autofree double *first = NULL;
      g_autoptr(GPtrArray) ranks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      PdLayers l;
      guint64 simple, layered;
      g_autofree guint *once = NULL;

      random_graph (&g, rand, n, n_ranks, lanes, g_rand_int_range (rand, n, 2 * n));
      for (guint r = 0; r < n_ranks; r++)
        g_ptr_array_add (ranks, g_array_new (FALSE, FALSE, sizeof (guint)));
      for (guint v = 0; v < n; v++)
        g_array_append_val (g_ptr_array_index (ranks, g.rank[v]), v);
      sort_ranks (&g, ranks);
      first = g_memdup2 (g.order, n * sizeof (double));
      pd_layout_order_simple (&g, ranks);
      simple = crossings_of (&g);

      memcpy (g.order, first, n * sizeof (double));
      for (guint r = 0; r < n_ranks; r++)
        g_array_set_size (g_ptr_array_index (ranks, r), 0);
      for (guint v = 0; v < n; v++)
        g_array_append_val (g_ptr_array_index (ranks, g.rank[v]), v);
      sort_ranks (&g, ranks);
      pd_layout_order_layered (&g, ranks, trial % 4 < 2);
      layered = crossings_of (&g);
      once = g_memdup2 (g.order, n * sizeof (double));

      memcpy (g.order, first, n * sizeof (double));
      sort_ranks (&g, ranks);
      pd_layout_order_layered (&g, ranks, trial % 4 < 2);
      g_assert_cmpmem (once, n * sizeof (double), g.order, n * sizeof (double));

      /* The layered graph's own order alone is mostly the better. */
      memcpy (g.order, first, n * sizeof (double));
      pd_layers_init (&l, &g);
      pd_layers_minimise (&l);
      pd_layers_straighten (&l);
      total_minimised += pd_layers_crossings (&l);
      pd_layers_clear (&l);

      g_assert_cmpuint (layered, <=, simple);
      total_simple += simple;
      total_layered += layered;
      graph_free (&g);
    }
  g_test_message ("crossings: simple sweep %" G_GUINT64_FORMAT ", layered %" G_GUINT64_FORMAT
                  ", its own order alone %" G_GUINT64_FORMAT,
                  total_simple, total_layered, total_minimised);
  g_assert_cmpuint (total_minimised * 10, <, total_simple * 9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout-order/count", test_count);
  g_test_add_func ("/layout-order/pair-both", test_pair_both);
  g_test_add_func ("/layout-order/stable-ties", test_stable_ties);
  g_test_add_func ("/layout-order/transpose", test_transpose);
  g_test_add_func ("/layout-order/never-worse", test_never_worse);
  return g_test_run ();
}
