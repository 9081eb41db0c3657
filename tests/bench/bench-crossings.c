/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Counting crossings of straight transitions, the packed sweep against
 * the Bentley-Ottmann sweep and the count that chooses between them:
 *   bench-crossings [RUNS [N...]]
 * for generated pathways of N steps (1,000, 10,000 and 50,000 unless
 * given), laid out and with their steps thrown about, each counted in
 * full and up to PD_LAYOUT_EXACT_CROSSINGS; and for N long lines, each
 * from the left tenth of a drawing to its right tenth, nearly level and
 * a little apart, so that each crosses few (the packed sweep's worst
 * case: every pair in reach). The three take turns RUNS
 * times (5 unless given); the medians of the time each took on the
 * processor are printed in milliseconds, with the packed sweep's over the
 * others'. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "pd-edge.h"
#include "pd-generate.h"
#include "pd-layout.h"
#include "pd-layout-private.h"
#include "pd-node.h"

typedef struct {
  GArray *segments;
  GArray *ends;
} Drawing;

/* Each transition centre to centre, as pd_layout_count_crossings() sees
 * it. */
static void
read_drawing (PdDocument *doc,
              Drawing    *d)
{
  GListModel *edges = pd_document_get_edges (doc);

  d->segments = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  d->ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      PdNode *a = pd_document_get_node (doc, pd_edge_get_from_id (edge));
      PdNode *b = pd_document_get_node (doc, pd_edge_get_to_id (edge));
      double s[4];
      gsize pair[2] = { GPOINTER_TO_SIZE (a), GPOINTER_TO_SIZE (b) };

      if (a == NULL || b == NULL || a == b)
        continue;
      s[0] = pd_node_get_x (a) + pd_node_get_width (a) / 2;
      s[1] = pd_node_get_y (a) + pd_node_get_height (a) / 2;
      s[2] = pd_node_get_x (b) + pd_node_get_width (b) / 2;
      s[3] = pd_node_get_y (b) + pd_node_get_height (b) / 2;
      g_array_append_vals (d->segments, s, 1);
      g_array_append_vals (d->ends, pair, 2);
    }
}

/* Milliseconds of this thread's own time: a busy machine shares out its
 * cores, which wall-clock time would count. */
static double
thread_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int
by_time (const void *a,
         const void *b)
{
  double s = *(const double *) a, t = *(const double *) b;

  return (s > t) - (s < t);
}

static guint
count (guint    how,
       Drawing *d,
       guint    bound)
{
  const double *segments = (const double *) d->segments->data;
  const gsize *ends = (const gsize *) d->ends->data;
  guint n = d->segments->len, crossings = 0;

  switch (how)
    {
    case 0:
      return pd_layout_packed_crossings_within (segments, ends, n, bound);
    case 1:
      if (!pd_layout_sweep_crossings (segments, ends, n, bound, &crossings))
        g_error ("coordinates the sweep cannot read exactly");
      return crossings;
    default:
      return pd_layout_segment_crossings_within (segments, ends, n, bound);
    }
}

/* The pairs the packed sweep compares in full: for each line, those
 * after it by left end that start before its right end. */
static int
by_left (const void *a,
         const void *b)
{
  const double *s = a, *t = b;

  return (s[0] > t[0]) - (s[0] < t[0]);
}

static double
pairs_in_reach (Drawing *d)
{
  guint n = d->segments->len;
  g_autofree double *spans = g_new (double, 2 * MAX (n, 1));
  guint64 pairs = 0;

  for (guint i = 0; i < n; i++)
    {
      const double *s = (const double *) d->segments->data + 4 * i;

      spans[2 * i] = MIN (s[0], s[2]);
      spans[2 * i + 1] = MAX (s[0], s[2]);
    }
  qsort (spans, n, 2 * sizeof (double), by_left);
  for (guint i = 0; i < n; i++)
    {
      guint lo = i + 1, hi = n;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (spans[2 * mid] >= spans[2 * i + 1])
            hi = mid;
          else
            lo = mid + 1;
        }
      pairs += lo - i - 1;
    }
  return (double) pairs;
}

static void
measure (const char *name,
         guint       size,
         Drawing    *d,
         guint       bound,
         guint       runs)
{
  static const char *hows[] = { "packed", "sweep", "chosen" };
  g_autofree double *times = g_new (double, 3 * runs);
  double median[3];
  guint counted[3];

  /* In turns, so that a busy machine slows all three alike. */
  for (guint run = 0; run < runs; run++)
    for (guint how = 0; how < 3; how++)
      {
        double start = thread_ms ();

        counted[how] = count (how, d, bound);
        times[how * runs + run] = thread_ms () - start;
      }
  if (counted[0] != counted[1] || counted[0] != counted[2])
    g_error ("counts differ: %u %u %u", counted[0], counted[1], counted[2]);
  for (guint how = 0; how < 3; how++)
    {
      qsort (times + how * runs, runs, sizeof (double), by_time);
      median[how] = times[how * runs + runs / 2];
    }
  printf ("%-9s %6u steps %6u lines %7.1f pairs a line  %-5s %9u crossings", name, size,
          d->segments->len, pairs_in_reach (d) / MAX (d->segments->len, 1),
          bound == G_MAXUINT ? "all" : "bound", counted[0]);
  for (guint how = 0; how < 3; how++)
    printf ("  %s %9.2f ms", hows[how], median[how]);
  printf ("  packed/sweep %.2f  packed/chosen %.2f\n", median[0] / MAX (median[1], 1e-3),
          median[0] / MAX (median[2], 1e-3));
  fflush (stdout);
}

static void
long_lines (guint    n,
            Drawing *d)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);

  d->segments = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  d->ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; i < n; i++)
    {
      double s[4] = { g_rand_int_range (rand, 0, n), 10.0 * i,
                      g_rand_int_range (rand, 9 * n, 10 * n), 10.0 * i + g_rand_int_range (rand, -25, 26) };
      gsize pair[2] = { 2 * i, 2 * i + 1 };

      g_array_append_vals (d->segments, s, 1);
      g_array_append_vals (d->ends, pair, 2);
    }
}

int
main (int    argc,
      char **argv)
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 5;
  guint default_sizes[] = { 1000, 10000, 50000 };
  guint n_sizes = argc > 2 ? (guint) argc - 2 : G_N_ELEMENTS (default_sizes);

  for (guint k = 0; k < n_sizes; k++)
    {
      guint size = argc > 2 ? (guint) atoi (argv[k + 2]) : default_sizes[k];
      g_autoptr(PdDocument) doc = pd_generate_pathway (size, 1, 5);
      g_autoptr(GRand) rand = g_rand_new_with_seed (size);
      GListModel *nodes = pd_document_get_nodes (doc);
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
      gint32 wide, tall;
      Drawing laid, thrown, lines;

      pd_layout_apply (doc, &options);
      read_drawing (doc, &laid);
      /* Thrown about as layout-bench.sh's inputs are. */
      wide = (gint32) MIN (40 * (gint64) size + 1000, (gint64) PD_COORD_LIMIT - 1000);
      tall = (gint32) MIN (20 * (gint64) size + 1000, (gint64) PD_COORD_LIMIT - 1000);
      for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

          g_object_set (node, "x", (double) g_rand_int_range (rand, 0, wide),
                        "y", (double) g_rand_int_range (rand, 0, tall), NULL);
        }
      read_drawing (doc, &thrown);
      measure ("laid-out", size, &laid, G_MAXUINT, runs);
      measure ("laid-out", size, &laid, PD_LAYOUT_EXACT_CROSSINGS, runs);
      measure ("scrambled", size, &thrown, PD_LAYOUT_EXACT_CROSSINGS, runs);
      measure ("scrambled", size, &thrown, G_MAXUINT, runs);
      long_lines (size, &lines);
      measure ("long", size, &lines, G_MAXUINT, runs);
      g_array_unref (lines.segments);
      g_array_unref (lines.ends);
      g_array_unref (laid.segments);
      g_array_unref (laid.ends);
      g_array_unref (thrown.segments);
      g_array_unref (thrown.ends);
    }
  return 0;
}
