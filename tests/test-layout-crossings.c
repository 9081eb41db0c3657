/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sweep that counts crossing transitions, against every pair tried
 * in turn, with and without the bound it stops past; and Tidy's report
 * of the crossings where the steps were, which counts only that far. */
#include <string.h>

#include "pd-generate.h"
#include "pd-layout-private.h"
#include "pd-node.h"

/* Whether the inside of @a crosses the inside of @b, worked out on its
 * own: each one's ends strictly either side of the other's line. */
static gboolean
brute_cross (const double *a,
             const double *b)
{
  double d[4] = {
    (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]),
    (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]),
    (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]),
    (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]),
  };

  return d[0] * d[1] < 0 && d[2] * d[3] < 0;
}

static guint
brute_count (const double *segments,
             const gsize  *ends,
             guint         n)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        if (ends[2 * i] == ends[2 * j] || ends[2 * i] == ends[2 * j + 1]
            || ends[2 * i + 1] == ends[2 * j] || ends[2 * i + 1] == ends[2 * j + 1])
          continue;
        count += brute_cross (segments + 4 * i, segments + 4 * j);
      }
  return count;
}

/* Random drawings, some on a coarse grid so that ends meet, lines touch
 * and run along one another; segments between random steps, some of
 * them sharing a step. */
static void
test_sweep_brute (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (50000);
  guint total = 0, cut = 0;

  for (guint trial = 0; trial < 300; trial++)
    {
      guint steps = g_rand_int_range (rand, 2, 80), n = g_rand_int_range (rand, 0, 200);
      gboolean coarse = trial % 3 == 0;
      g_autofree double *at = g_new (double, 2 * steps);
      g_autofree double *segments = g_new (double, 4 * MAX (n, 1));
      g_autofree gsize *ends = g_new (gsize, 2 * MAX (n, 1));
      guint brute, exact, bound, within;

      for (guint v = 0; v < 2 * steps; v++)
        at[v] = coarse ? g_rand_int_range (rand, 0, 6) * 100.0 : g_rand_double_range (rand, 0, 1000);
      for (guint i = 0; i < n; i++)
        {
          guint a = g_rand_int_range (rand, 0, steps), b = g_rand_int_range (rand, 0, steps);

          segments[4 * i] = at[2 * a];
          segments[4 * i + 1] = at[2 * a + 1];
          segments[4 * i + 2] = at[2 * b];
          segments[4 * i + 3] = at[2 * b + 1];
          ends[2 * i] = a;
          ends[2 * i + 1] = b;
        }
      brute = brute_count (segments, ends, n);
      exact = pd_layout_segment_crossings (segments, ends, n);
      g_assert_cmpuint (exact, ==, brute);
      g_assert_cmpuint (pd_layout_segment_crossings_within (segments, ends, n, G_MAXUINT), ==,
                        brute);
      g_assert_cmpuint (pd_layout_segment_crossings_within (segments, ends, n, brute), ==, brute);
      /* Below the count: it stops at the first crossing past the bound. */
      bound = g_rand_int_range (rand, 0, brute + 2);
      within = pd_layout_segment_crossings_within (segments, ends, n, bound);
      if (brute <= bound)
        g_assert_cmpuint (within, ==, brute);
      else
        {
          g_assert_cmpuint (within, ==, bound + 1);
          cut++;
        }
      total += brute;
    }
  g_test_message ("%u crossings counted alike, %u counts cut short", total, cut);
  g_assert_cmpuint (total, >, 10000);
  g_assert_cmpuint (cut, >, 100);
}

/* A generated pathway with its steps thrown about: Tidy compares the
 * crossings where they were with its own, which it counts exactly. */
static void
test_tidy_scrambled (void)
{
  guint sizes[] = { 40, 1000 };
  guint exact = 0, more = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(PdDocument) doc = pd_generate_pathway (sizes[s], 7, 5);
      g_autoptr(PdDocument) copy = NULL;
      g_autoptr(GRand) rand = g_rand_new_with_seed (sizes[s]);
      GListModel *nodes = pd_document_get_nodes (doc);
      PdLayoutOutcome outcome;
      guint before;

      for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

          g_object_set (node, "x", (double) g_rand_int_range (rand, 0, 40 * sizes[s] + 1000),
                        "y", (double) g_rand_int_range (rand, 0, 20 * sizes[s] + 1000), NULL);
        }
      before = pd_layout_count_crossings (doc);
      copy = pd_document_copy (doc);
      pd_layout_tidy (doc, NULL, &outcome);
      g_assert_false (outcome.kept);
      g_assert_cmpuint (outcome.after, ==, pd_layout_count_crossings (doc));
      g_assert_cmpuint (outcome.after, <, before);
      if (before <= MAX (outcome.after, PD_LAYOUT_EXACT_CROSSINGS))
        {
          g_assert_false (outcome.before_more);
          g_assert_cmpuint (outcome.before, ==, before);
          exact++;
        }
      else
        {
          /* Said as more than a figure that is true and above the tidy's. */
          g_assert_true (outcome.before_more);
          g_assert_cmpuint (outcome.before - 1, <, before);
          g_assert_cmpuint (outcome.before - 1, >=, outcome.after);
          more++;
        }
      /* The same pathway tidied without the outcome: the same places. */
      pd_layout_tidy (copy, NULL, NULL);
      g_assert_cmpuint (pd_layout_count_crossings (copy), ==, outcome.after);
    }
  /* Both a count said exactly and one past the bound. */
  g_assert_cmpuint (exact, ==, 1);
  g_assert_cmpuint (more, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout-crossings/sweep-brute", test_sweep_brute);
  g_test_add_func ("/layout-crossings/tidy-scrambled", test_tidy_scrambled);
  return g_test_run ();
}
