/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ranking by network simplex: every link at least one rank long, and the
 * links' total length the least there is, on small graphs whose best is
 * known and on random ones checked against every ranking. */
#include "pd-layout-private.h"

/* Every link at least one rank long; returns the links' total length. */
static guint
check_feasible (const Link *links,
                guint       n_links,
                const guint *rank)
{
  guint total = 0;

  for (guint i = 0; i < n_links; i++)
    {
      g_assert_cmpuint (rank[links[i].to], >, rank[links[i].from]);
      total += rank[links[i].to] - rank[links[i].from];
    }
  return total;
}

/* Longest path from the sources, as the layout seeds the ranking. */
static void
longest_path (guint       n,
              const Link *links,
              guint       n_links,
              guint      *rank)
{
  gboolean changed = TRUE;

  for (guint v = 0; v < n; v++)
    rank[v] = 0;
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < n_links; i++)
        if (rank[links[i].to] < rank[links[i].from] + 1)
          {
            rank[links[i].to] = rank[links[i].from] + 1;
            changed = TRUE;
          }
    }
}

/* Ranked from longest path: feasible, of total length @best, every
 * connected part starting at rank 0. */
static void
check_ranks (guint       n,
             const Link *links,
             guint       n_links,
             guint       best,
             guint      *rank)
{
  longest_path (n, links, n_links, rank);
  pd_layout_rank_links (n, links, n_links, rank, PD_LAYOUT_RANK_BUDGET (n_links));
  g_assert_cmpuint (check_feasible (links, n_links, rank), ==, best);
}

/* 0 → 1 → 2 → 3 → 4 and 0 → 5 → 4: longest path puts 5 at rank 1, its
 * link to 4 three ranks long; it belongs at rank 1, 2 or 3 — any is
 * best, the total six. A source that joins late: 6 → 3 goes from rank
 * 0 at first, its best is rank 2. */
static void
test_rank_diamond (void)
{
  const Link links[] = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 0, 5 }, { 5, 4 }, { 6, 3 } };
  guint rank[7];

  check_ranks (7, links, G_N_ELEMENTS (links), 4 + 4 + 1, rank);
  g_assert_cmpuint (rank[0], ==, 0);
  g_assert_cmpuint (rank[4], ==, 4);
  g_assert_cmpuint (rank[6], ==, 2);
}

/* A chain with a shortcut across it: the shortcut cannot be shorter
 * than the chain, the total 2 × 4. */
static void
test_rank_chain_shortcut (void)
{
  const Link links[] = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 0, 4 } };
  guint rank[5];

  check_ranks (5, links, G_N_ELEMENTS (links), 8, rank);
  for (guint v = 0; v < 5; v++)
    g_assert_cmpuint (rank[v], ==, v);
}

/* Two sources and a long and a short way into one sink: longest path
 * puts both sources at rank 0; the one with the short way belongs just
 * before the sink. */
static void
test_rank_late_source (void)
{
  const Link links[] = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 5, 4 } };
  guint rank[6];

  check_ranks (6, links, G_N_ELEMENTS (links), 5, rank);
  g_assert_cmpuint (rank[5], ==, 3);
}

/* A tree pulled by a sink: 0 → 1, 0 → 2, 1 → 3, 2 → 3, 3 → 4, 0 → 4 and
 * three leaves hung from 4: every link but one long one tight. */
static void
test_rank_tree (void)
{
  const Link links[] = { { 0, 1 }, { 0, 2 }, { 1, 3 }, { 2, 3 }, { 3, 4 }, { 0, 4 },
                         { 4, 5 }, { 4, 6 }, { 4, 7 } };
  guint rank[8];

  check_ranks (8, links, G_N_ELEMENTS (links), 1 + 1 + 1 + 1 + 1 + 3 + 3, rank);
}

/* Many links into a step pull it down to the one out of it: 0..3 → 4 →
 * 5 and 6 → 7 → 8 → 9 → 5. Longest path puts 4 at rank 1, its link to 5
 * three ranks long; best is 4 just before 5, at rank 3, and its four
 * sources just before it. */
static void
test_rank_pull (void)
{
  const Link links[] = { { 0, 4 }, { 1, 4 }, { 2, 4 }, { 3, 4 }, { 4, 5 },
                         { 6, 7 }, { 7, 8 }, { 8, 9 }, { 9, 5 } };
  guint rank[10];

  check_ranks (10, links, G_N_ELEMENTS (links), 4 + 1 + 4, rank);
  g_assert_cmpuint (rank[4], ==, 3);
  g_assert_cmpuint (rank[0], ==, 2);
}

/* Parts not joined to one another each start at rank 0; a step with no
 * links stays there. Repeated links count each. */
static void
test_rank_parts (void)
{
  const Link links[] = { { 0, 1 }, { 1, 2 }, { 4, 5 }, { 3, 5 }, { 4, 3 }, { 4, 3 } };
  guint rank[7] = { 0 };

  check_ranks (7, links, G_N_ELEMENTS (links), 1 + 1 + 1 + 1 + 2 + 1, rank);
  g_assert_cmpuint (rank[0], ==, 0);
  g_assert_cmpuint (rank[4], ==, 0);
  g_assert_cmpuint (rank[6], ==, 0);
}

/* The least total length of @links over all rankings of @n steps in
 * ranks 0 to @n - 1, by trying each. */
static guint
best_by_search (guint       n,
                const Link *links,
                guint       n_links)
{
  guint rank[8] = { 0 }, best = G_MAXUINT;

  for (;;)
    {
      guint total = 0, v;
      gboolean ok = TRUE;

      for (guint i = 0; i < n_links && ok; i++)
        {
          ok = rank[links[i].to] > rank[links[i].from];
          total += rank[links[i].to] - rank[links[i].from];
        }
      if (ok)
        best = MIN (best, total);
      for (v = 0; v < n && ++rank[v] == n; v++)
        rank[v] = 0;
      if (v == n)
        return best;
    }
}

/* Random graphs forward from a random order of 7 steps: network simplex
 * finds the least total length, whatever the budget left at the end. */
static void
test_rank_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  guint pivoted = 0;

  for (guint round = 0; round < 100; round++)
    {
      guint n = 7, n_links = 0, rank[7], place[7];
      Link links[16];

      for (guint v = 0; v < n; v++)
        place[v] = v;
      for (guint v = n; v-- > 1;)
        {
          guint k = g_rand_int_range (rand, 0, v + 1), t = place[v];

          place[v] = place[k];
          place[k] = t;
        }
      for (guint i = 0; i < 5 + round % 12; i++)
        {
          guint a = g_rand_int_range (rand, 0, n), b = g_rand_int_range (rand, 0, n);

          if (place[a] == place[b])
            continue;
          links[n_links++] = place[a] < place[b] ? (Link) { a, b } : (Link) { b, a };
        }
      longest_path (n, links, n_links, rank);
      pivoted += pd_layout_rank_links (n, links, n_links, rank,
                                       PD_LAYOUT_RANK_BUDGET (n_links)) > 0;
      g_assert_cmpuint (check_feasible (links, n_links, rank), ==,
                        best_by_search (n, links, n_links));
    }
  /* Some needed pivots after the tight tree. */
  g_assert_cmpuint (pivoted, >=, 3);
}

/* A graph whose tight tree, grown from longest path, is not the best:
 * 1 → 2 twice, 1 → 5, 4 → 3 → 2 (3 → 2 twice), 4 → 5. The tree puts 1
 * at rank 0 (its links to 2 two ranks long, total 9); the best moves 1
 * and 5 a rank on (total 8). With no pivots allowed, the ranking is the
 * tree's, feasible; one pivot makes it the best. */
static void
test_rank_budget (void)
{
  const Link links[] = { { 1, 2 }, { 1, 2 }, { 4, 5 }, { 3, 2 }, { 4, 3 }, { 1, 5 }, { 3, 2 } };
  guint n_links = G_N_ELEMENTS (links), rank[6];

  g_assert_cmpuint (best_by_search (6, links, n_links), ==, 8);
  longest_path (6, links, n_links, rank);
  g_assert_cmpuint (pd_layout_rank_links (6, links, n_links, rank, 0), ==, 0);
  g_assert_cmpuint (check_feasible (links, n_links, rank), ==, 9);
  longest_path (6, links, n_links, rank);
  g_assert_cmpuint (pd_layout_rank_links (6, links, n_links, rank, 1), ==, 1);
  g_assert_cmpuint (check_feasible (links, n_links, rank), ==, 8);
  g_assert_cmpuint (rank[1], ==, 1);
}

/* A graph where a pivot's cut values must be kept right for the next
 * pivots to find the best: 21 in all, longest path 22. */
static void
test_rank_pivots (void)
{
  const Link links[] = { { 0, 5 }, { 6, 3 }, { 5, 4 }, { 0, 6 }, { 1, 2 }, { 3, 4 }, { 0, 1 },
                         { 2, 5 }, { 1, 4 }, { 2, 4 }, { 3, 4 }, { 0, 5 }, { 0, 1 } };
  guint n_links = G_N_ELEMENTS (links), rank[7];

  g_assert_cmpuint (best_by_search (7, links, n_links), ==, 21);
  longest_path (7, links, n_links, rank);
  g_assert_cmpuint (check_feasible (links, n_links, rank), ==, 22);
  check_ranks (7, links, n_links, 21, rank);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout-rank/diamond", test_rank_diamond);
  g_test_add_func ("/layout-rank/chain-shortcut", test_rank_chain_shortcut);
  g_test_add_func ("/layout-rank/late-source", test_rank_late_source);
  g_test_add_func ("/layout-rank/tree", test_rank_tree);
  g_test_add_func ("/layout-rank/pull", test_rank_pull);
  g_test_add_func ("/layout-rank/parts", test_rank_parts);
  g_test_add_func ("/layout-rank/random", test_rank_random);
  g_test_add_func ("/layout-rank/budget", test_rank_budget);
  g_test_add_func ("/layout-rank/pivots", test_rank_pivots);
  return g_test_run ();
}
