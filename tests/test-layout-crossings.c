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

/* Points for a drawing of one of several kinds, each full of the cases a
 * sweep gets wrong: on a coarse grid (ends on other lines, lines along one
 * another, verticals), on the designer's grid of 10, at halves, along a
 * few lines only, symmetric about one point (many lines through it), on
 * a few columns (verticals over verticals), and at fine random places. */
static double
coordinate (GRand *rand,
            guint  kind,
            guint  v,
            double at[])
{
  switch (kind)
    {
    case 0:
      return g_rand_int_range (rand, 0, 5) * 100.0;
    case 1:
      return g_rand_int_range (rand, -20, 21) * 10.0;
    case 2:
      return g_rand_int_range (rand, 0, 200) / 2.0;
    case 3:
      /* Along y = x, y = 2x and y = -x + 300: even index x, odd index y. */
      if (v % 2 == 0)
        return g_rand_int_range (rand, 0, 30) * 10.0;
      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0: return at[v - 1];
        case 1: return 2 * at[v - 1];
        default: return 300 - at[v - 1];
        }
    case 4:
      /* Mirrored about (500, 500) in pairs of points. */
      if (v % 4 >= 2)
        return 1000 - at[v - 2];
      return g_rand_int_range (rand, 0, 11) * 100.0;
    case 5:
      return v % 2 == 0 ? g_rand_int_range (rand, 0, 4) * 250.0 : g_rand_int_range (rand, 0, 1000);
    default:
      return g_rand_int_range (rand, 0, 1 << 20) / 1024.0;
    }
}

/* The Bentley-Ottmann sweep and the packed sweep, each alone, against
 * every pair in turn on thousands of drawings of every kind, counting
 * all and with a bound: exact up to the bound, one more when past it. */
static void
test_sweep_kinds (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  guint total = 0, cut = 0, kinds[7] = { 0 };

  for (guint trial = 0; trial < 4200; trial++)
    {
      guint kind = trial % 7, steps = g_rand_int_range (rand, 2, 60);
      guint n = g_rand_int_range (rand, 0, 120);
      g_autofree double *at = g_new (double, 2 * steps);
      g_autofree double *segments = g_new (double, 4 * MAX (n, 1));
      g_autofree gsize *ends = g_new (gsize, 2 * MAX (n, 1));
      /* Some drawings with ends named apart from where they are: pairs
       * left out that still cross and change places. */
      gboolean loose = trial % 5 == 0;
      guint brute, swept, bound;

      for (guint v = 0; v < 2 * steps; v++)
        at[v] = coordinate (rand, kind, v, at);
      for (guint i = 0; i < n; i++)
        {
          guint a = g_rand_int_range (rand, 0, steps), b = g_rand_int_range (rand, 0, steps);

          segments[4 * i] = at[2 * a];
          segments[4 * i + 1] = at[2 * a + 1];
          segments[4 * i + 2] = at[2 * b];
          segments[4 * i + 3] = at[2 * b + 1];
          ends[2 * i] = loose ? (guint) g_rand_int_range (rand, 0, 8) : a;
          ends[2 * i + 1] = loose ? (guint) g_rand_int_range (rand, 0, 8) : b;
        }
      brute = brute_count (segments, ends, n);
      g_assert_true (pd_layout_sweep_crossings (segments, ends, n, G_MAXUINT, &swept));
      g_assert_cmpuint (swept, ==, brute);
      g_assert_cmpuint (pd_layout_packed_crossings_within (segments, ends, n, G_MAXUINT), ==,
                        brute);
      g_assert_cmpuint (pd_layout_segment_crossings (segments, ends, n), ==, brute);
      bound = g_rand_int_range (rand, 0, brute + 2);
      g_assert_true (pd_layout_sweep_crossings (segments, ends, n, bound, &swept));
      g_assert_cmpuint (swept, ==, MIN (brute, bound + 1));
      g_assert_cmpuint (pd_layout_packed_crossings_within (segments, ends, n, bound), ==,
                        MIN (brute, bound + 1));
      cut += brute > bound;
      total += brute;
      kinds[kind] += brute;
    }
  g_test_message ("%u crossings counted alike, %u counts cut short", total, cut);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (kinds[k], >, 1000);
  g_assert_cmpuint (cut, >, 1000);
}

/* Cases worked by hand: a cross, lines through one point, a line along
 * another, one ending on another, verticals. */
static void
test_sweep_cases (void)
{
  static const struct {
    double segments[16];
    guint  n, crossings;
  } cases[] = {
    /* An X. */
    { { 0, 0, 10, 10, 0, 10, 10, 0 }, 2, 1 },
    /* Three lines through (10, 10): three pairs. */
    { { 0, 0, 20, 20, 0, 20, 20, 0, 0, 10, 20, 10 }, 3, 3 },
    /* And a vertical through it: six. */
    { { 0, 0, 20, 20, 0, 20, 20, 0, 0, 10, 20, 10, 10, 0, 10, 20 }, 4, 6 },
    /* A line along another, and one ending on it: none. */
    { { 0, 0, 20, 20, 10, 10, 30, 30, 0, 20, 10, 10 }, 3, 0 },
    /* A vertical ending on a line, one touching its end, one over it. */
    { { 0, 0, 20, 0, 5, 0, 5, 10, 20, 0, 20, 10, 10, -10, 10, 10 }, 4, 1 },
    /* Verticals along one another and a line's end on one: none. */
    { { 10, 0, 10, 20, 10, 5, 10, 30, 0, 0, 10, 10 }, 3, 0 },
    /* Lines that meet only where the sweep's events are: one starts where
     * two others cross, which still counts. */
    { { 0, 0, 20, 20, 0, 20, 20, 0, 10, 10, 30, 0 }, 3, 1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      gsize ends[8];
      guint swept;

      for (guint e = 0; e < 8; e++)
        ends[e] = e;
      g_assert_true (pd_layout_sweep_crossings (cases[c].segments, ends, cases[c].n, G_MAXUINT,
                                                &swept));
      g_assert_cmpuint (swept, ==, cases[c].crossings);
      g_assert_cmpuint (brute_count (cases[c].segments, ends, cases[c].n), ==, cases[c].crossings);
    }
  /* Coordinates it cannot read exactly are left to the packed sweep. */
  {
    double tenth[4] = { 0.1, 0, 1, 1 }, far[4] = { 0, 0, 4e7, 1 };
    gsize ends[2] = { 0, 1 };
    guint swept;

    g_assert_false (pd_layout_sweep_crossings (tenth, ends, 1, G_MAXUINT, &swept));
    g_assert_false (pd_layout_sweep_crossings (far, ends, 1, G_MAXUINT, &swept));
  }
}

/* Long lines over a scrambled drawing, where the count is left to the
 * Bentley-Ottmann sweep: the same as the packed sweep's and every pair's. */
static void
test_sweep_scrambled (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2000);
  guint n = 2000, steps = 1000, brute, packed, all;
  g_autofree double *at = g_new (double, 2 * steps);
  g_autofree double *segments = g_new (double, 4 * n);
  g_autofree gsize *ends = g_new (gsize, 2 * n);

  for (guint v = 0; v < 2 * steps; v++)
    at[v] = g_rand_int_range (rand, 0, 400) * 10.0 + 40;
  for (guint i = 0; i < n; i++)
    {
      guint a = g_rand_int_range (rand, 0, steps), b = g_rand_int_range (rand, 0, steps);

      memcpy (segments + 4 * i, at + 2 * a, 2 * sizeof (double));
      memcpy (segments + 4 * i + 2, at + 2 * b, 2 * sizeof (double));
      ends[2 * i] = a;
      ends[2 * i + 1] = b;
    }
  brute = brute_count (segments, ends, n);
  packed = pd_layout_packed_crossings_within (segments, ends, n, G_MAXUINT);
  all = pd_layout_segment_crossings (segments, ends, n);
  g_test_message ("%u segments: %u crossings", n, brute);
  g_assert_cmpuint (brute, >, 100000);
  g_assert_cmpuint (packed, ==, brute);
  g_assert_cmpuint (all, ==, brute);
  g_assert_cmpuint (pd_layout_segment_crossings_within (segments, ends, n, 1000), ==, 1001);

  /* Long lines, nearly level, each crossing few: past the packed sweep's
   * first pairs, counted by the other sweep, whose count is the same. */
  for (guint i = 0; i < n; i++)
    {
      segments[4 * i] = g_rand_int_range (rand, 0, 100) * 10.0;
      segments[4 * i + 1] = i * 10.0;
      segments[4 * i + 2] = g_rand_int_range (rand, 900, 1000) * 10.0;
      segments[4 * i + 3] = i * 10.0 + g_rand_int_range (rand, -3, 4) * 10.0;
      ends[2 * i] = 2 * i;
      ends[2 * i + 1] = 2 * i + 1;
    }
  brute = brute_count (segments, ends, n);
  g_test_message ("%u long lines: %u crossings", n, brute);
  g_assert_cmpuint (brute, >, 500);
  g_assert_cmpuint (pd_layout_segment_crossings (segments, ends, n), ==, brute);
  g_assert_cmpuint (pd_layout_segment_crossings_within (segments, ends, n, 100), ==, 101);
  g_assert_cmpuint (pd_layout_segment_crossings_within (segments, ends, n, brute), ==, brute);
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
  g_test_add_func ("/layout-crossings/sweep-kinds", test_sweep_kinds);
  g_test_add_func ("/layout-crossings/sweep-cases", test_sweep_cases);
  g_test_add_func ("/layout-crossings/sweep-scrambled", test_sweep_scrambled);
  g_test_add_func ("/layout-crossings/tidy-scrambled", test_tidy_scrambled);
  return g_test_run ();
}
