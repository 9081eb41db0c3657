/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How far a small edit carries through Tidy:
 *   bench-layout-incremental [EDITS] FILE.pathway...
 *   bench-layout-incremental time FILE.pathway [no-lanes]
 *   bench-layout-incremental edit FILE.pathway OUT-PREFIX
 * Each pathway is laid out as Tidy lays it out (Tidy itself would leave
 * a drawing by hand that crosses fewer transitions as it is), then,
 * EDITS times (20), a copy of it takes one random edit and is tidied:
 * the steps that were there before and moved (the new one not counted) are the figure. The edits:
 * a step added after a random step and joined to it, placed as the
 * designer's Add Step places it (to its right, level with it, or lower
 * where that is taken); a transition added between two random steps not
 * yet joined; a random step deleted. The seeds are fixed: the same files
 * give the same figures. For each file, with lanes and without, the
 * median and worst steps moved over the mixed edits, then over EDITS of
 * each kind, how many tidies kept the steps where they were (their
 * layout crossing more), and the crossings after each tidy beside a tidy
 * from scratch (the steps thrown about first) of the same edited
 * pathway: how often more or fewer, and the sums over the edits. */
#include <stdio.h>
#include <stdlib.h>

#include "pd-edit.h"
#include "pd-file.h"
#include "pd-layout-private.h"
#include "pd-layout-warm.h"
#include "pd-view.h"

/* As the designer's Add Step: this far right of the step it follows,
 * snapped to its grid. */
#define STEP_GAP 60.0
#define GRID 10.0

enum { ADD_STEP, ADD_TRANSITION, DELETE_STEP, N_KINDS };

static const char *kind_names[] = { "add step", "add transition", "delete step" };

static PdNode *
random_node (PdDocument *doc,
             GRand      *rand)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(PdNode) node = g_list_model_get_item (nodes, g_rand_int_range (
                                                    rand, 0, g_list_model_get_n_items (nodes)));

  return node;   /* the document holds it */
}

static gboolean
joined (PdDocument *doc,
        PdNode     *a,
        PdNode     *b)
{
  GListModel *edges = pd_document_get_edges (doc);

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      const char *from = pd_edge_get_from_id (edge), *to = pd_edge_get_to_id (edge);

      if ((g_str_equal (from, pd_node_get_id (a)) && g_str_equal (to, pd_node_get_id (b)))
          || (g_str_equal (from, pd_node_get_id (b)) && g_str_equal (to, pd_node_get_id (a))))
        return TRUE;
    }
  return FALSE;
}

/* With BENCH_WHY=N in the environment: each edit that moves N steps or
 * more is printed, with the steps it moved and what each way of tidying
 * would have moved and crossed (each moved as a whole to where most of
 * its steps stood, as Tidy moves it). */
static guint why_at = G_MAXUINT;
static GString *why_edit;

/* One edit of @kind on @doc; the id of a step it added, if any. */
static char *
edit (PdDocument *doc,
      int         kind,
      GRand      *rand)
{
  PdNode *from = random_node (doc, rand);

  g_string_printf (why_edit, "%s from %s", kind_names[kind], pd_node_get_id (from));

  if (kind == ADD_STEP)
    {
      double x = pd_view_snap (pd_node_get_x (from) + pd_node_get_width (from) + STEP_GAP, GRID);
      double y = pd_node_get_y (from) + (pd_node_get_height (from) - PD_NODE_DEFAULT_HEIGHT) / 2;
      PdNode *node;

      pd_edit_find_room (doc, &x, &y, PD_NODE_DEFAULT_WIDTH, PD_NODE_DEFAULT_HEIGHT);
      node = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, pd_node_get_agency_id (from),
                               x + PD_NODE_DEFAULT_WIDTH / 2, y + PD_NODE_DEFAULT_HEIGHT / 2);
      pd_edit_connect (doc, from, node);
      return g_strdup (pd_node_get_id (node));
    }
  if (kind == ADD_TRANSITION)
    {
      for (guint tries = 0; tries < 100; tries++)
        {
          PdNode *to = random_node (doc, rand);

          if (to != from && !joined (doc, from, to))
            {
              pd_edit_connect (doc, from, to);
              g_string_append_printf (why_edit, " to %s", pd_node_get_id (to));
              break;
            }
        }
      return NULL;
    }
  {
    g_autoptr(GPtrArray) ids = g_ptr_array_new ();

    g_ptr_array_add (ids, (gpointer) pd_node_get_id (from));
    pd_edit_delete (doc, ids);
  }
  return NULL;
}

/* Steps of @after other than @added at another place than in @before. */
static guint
moved (PdDocument *before,
       PdDocument *after,
       const char *added)
{
  GListModel *nodes = pd_document_get_nodes (after);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      PdNode *was = pd_document_get_node (before, pd_node_get_id (node));

      if (was == NULL || g_strcmp0 (pd_node_get_id (node), added) == 0)
        continue;
      count += pd_node_get_x (was) != pd_node_get_x (node)
               || pd_node_get_y (was) != pd_node_get_y (node);
    }
  return count;
}

/* Steps of @before at another place in @after, in @out. */
static void
list_moved (PdDocument *before,
            PdDocument *after,
            GString    *out)
{
  GListModel *nodes = pd_document_get_nodes (before);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) was = g_list_model_get_item (nodes, i);
      PdNode *now = pd_document_get_node (after, pd_node_get_id (was));

      if (now && (pd_node_get_x (was) != pd_node_get_x (now)
                  || pd_node_get_y (was) != pd_node_get_y (now)))
        g_string_append_printf (out, " %s(%+g,%+g)", pd_node_get_id (was),
                                pd_node_get_x (now) - pd_node_get_x (was),
                                pd_node_get_y (now) - pd_node_get_y (was));
    }
}

/* pd_layout_warm_align() on the steps of @laid_out (a copy of @edited). */
static void
align (PdDocument *edited,
       PdDocument *laid_out)
{
  GListModel *list = pd_document_get_nodes (laid_out);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (PdLayoutPlace));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (list, i);
      PdLayoutPlace place = { pd_node_get_id (node), pd_node_get_x (node), pd_node_get_y (node) };

      g_array_append_val (places, place);
    }
  pd_layout_warm_align (edited, places);
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);

      pd_document_set (laid_out, pd_document_get_node (laid_out, place->id), "x", place->x,
                       "y", place->y, NULL);
    }
}

/* What each way of tidying @edited would do: from scratch, and warm with
 * ranks kept to the columns or not, places kept or not. */
static void
explain (PdDocument            *edited,
         PdDocument            *tidied,
         const PdLayoutOptions *options)
{
  static const struct { gboolean columns; PdWarmSettle settle; const char *name; } ways[] = {
    { TRUE, PD_WARM_SETTLE_ALL, "columns+settle" },
    { FALSE, PD_WARM_SETTLE_ALL, "scratch ranks+settle" },
    { TRUE, PD_WARM_SETTLE_NONE, "columns only" },
    { TRUE, PD_WARM_SETTLE_ORDER, "columns+order kept" },
  };
  g_autoptr(PdDocument) scratch = pd_document_copy (edited);
  g_autoptr(PdLayoutWarm) warm = pd_layout_warm_new (edited, options);
  g_autoptr(GString) line = g_string_new (NULL);

  list_moved (edited, tidied, line);
  printf ("    %s: moved%s\n", why_edit->str, line->str);
  pd_layout_lay_out (scratch, options);
  align (edited, scratch);
  printf ("      lay out: %u crossings, %u moved\n", pd_layout_count_crossings (scratch),
          moved (edited, scratch, NULL));
  if (warm == NULL)
    {
      printf ("      no columns read\n");
      return;
    }
  for (guint t = 0; t < G_N_ELEMENTS (ways); t++)
    {
      g_autoptr(PdDocument) kept = pd_document_copy (edited);

      warm->columns = ways[t].columns;
      warm->settle = ways[t].settle;
      pd_layout_lay_out_warm (kept, options, warm);
      align (edited, kept);
      g_string_truncate (line, 0);
      list_moved (edited, kept, line);
      printf ("      %s: %u crossings, %u moved:%s\n", ways[t].name,
              pd_layout_count_crossings (kept), moved (edited, kept, NULL), line->str);
    }
}

/* Tidied from steps thrown about: what a tidy makes of the pathway with
 * no layout to start from. */
static guint
scratch_crossings (PdDocument            *doc,
                   const PdLayoutOptions *options)
{
  g_autoptr(PdDocument) copy = pd_document_copy (doc);
  GListModel *nodes = pd_document_get_nodes (copy);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      pd_document_set (copy, node, "x", (double) g_rand_int_range (rand, 0, 3000),
                       "y", (double) g_rand_int_range (rand, 0, 3000), NULL);
    }
  pd_layout_tidy (copy, options, NULL);
  return pd_layout_count_crossings (copy);
}

static int
by_value (const void *a,
          const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

static guint
median_of (guint *values,
           guint  n)
{
  qsort (values, n, sizeof *values, by_value);
  return values[(n - 1) / 2];
}

/* @edits edits of @kind (N_KINDS: each of a random kind) on a copy of
 * @tidy each: prints their median and worst steps moved, and how often
 * the tidy crossed more than a tidy from scratch. */
static void
run (PdDocument            *tidy,
     const PdLayoutOptions *options,
     int                    kind,
     guint                  edits,
     guint32                seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *counts = g_new0 (guint, edits);
  guint worst = 0, more = 0, fewer = 0, kept = 0, crossed = 0, crossed_scratch = 0;
  double seconds = 0;

  for (guint e = 0; e < edits; e++)
    {
      g_autoptr(PdDocument) doc = pd_document_copy (tidy);
      g_autoptr(PdDocument) edited = NULL;
      g_autofree char *added = NULL;
      gint64 start;
      guint ours, scratch;
      PdLayoutOutcome outcome;

      added = edit (doc, kind < N_KINDS ? kind : g_rand_int_range (rand, 0, N_KINDS), rand);
      edited = pd_document_copy (doc);

      start = g_get_monotonic_time ();
      pd_layout_tidy (doc, options, &outcome);
      kept += outcome.kept;
      seconds += (g_get_monotonic_time () - start) / 1e6;
      counts[e] = moved (edited, doc, added);
      if (counts[e] >= why_at)
        explain (edited, doc, options);
      worst = MAX (worst, counts[e]);
      ours = pd_layout_count_crossings (doc);
      scratch = scratch_crossings (edited, options);
      more += ours > scratch;
      fewer += ours < scratch;
      crossed += ours;
      crossed_scratch += scratch;
    }
  printf ("  %-15s %6u %6u  %6u  %8u %8u  %5u %5u  %8.4f\n",
          kind < N_KINDS ? kind_names[kind] : "mixed", median_of (counts, edits), worst, kept, more,
          fewer, crossed, crossed_scratch, seconds / edits);
}

/* Seconds a tidy of @path (laid out already) takes after one edit of
 * each kind, the median of three each, and the steps it moved. */
static int
edit_time (const char *path,
           gboolean    lanes)
{
  g_autoptr(PdDocument) laid = pd_file_load (path, NULL, NULL, NULL);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

  if (laid == NULL)
    return 1;
  options.lanes = lanes;
  for (int kind = 0; kind < N_KINDS; kind++)
    {
      double times[3];
      guint count = 0;

      for (guint run = 0; run < G_N_ELEMENTS (times); run++)
        {
          g_autoptr(PdDocument) doc = pd_document_copy (laid);
          g_autoptr(PdDocument) edited = NULL;
          g_autoptr(GRand) rand = g_rand_new_with_seed (kind + 1);
          g_autofree char *added = edit (doc, kind, rand);
          gint64 start;

          edited = pd_document_copy (doc);
          start = g_get_monotonic_time ();
          pd_layout_tidy (doc, &options, NULL);
          times[run] = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
          count = moved (edited, doc, added);
          if (run == 0 && count >= why_at)
            explain (edited, doc, &options);
        }
      printf ("%-15s %.3f s, %u moved\n", kind_names[kind],
              MAX (MIN (times[0], times[1]), MIN (MAX (times[0], times[1]), times[2])), count);
      if (g_getenv ("BENCH_SPLIT"))
        {
          g_autoptr(PdDocument) doc = pd_document_copy (laid);
          g_autoptr(GRand) rand = g_rand_new_with_seed (kind + 1);
          g_autofree char *added = edit (doc, kind, rand);
          g_autoptr(PdDocument) scratch = pd_document_copy (doc);
          g_autoptr(PdLayoutWarm) warm = NULL;
          gint64 t0 = g_get_monotonic_time (), t1, t2, t3;

          pd_layout_lay_out (scratch, &options);
          t1 = g_get_monotonic_time ();
          pd_layout_count_crossings (scratch);
          t2 = g_get_monotonic_time ();
          warm = pd_layout_warm_new (doc, &options);
          t3 = g_get_monotonic_time ();
          printf ("  lay out %.3f, count %.3f, columns %.3f", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                  (t3 - t2) / 1e6);
          for (guint t = 0; t < 3 && warm; t++)
            {
              g_autoptr(PdDocument) kept = pd_document_copy (doc);

              t0 = g_get_monotonic_time ();
              warm->columns = t != 1;
              warm->settle = t == 2 ? PD_WARM_SETTLE_NONE : PD_WARM_SETTLE_ALL;
              pd_layout_lay_out_warm (kept, &options, warm);
              printf (", try %u %.3f", t, (g_get_monotonic_time () - t0) / 1e6);
            }
          printf ("\n");
        }
    }
  return 0;
}

/* @path with one edit of each kind (as in edit_time()), written to
 * OUT-PREFIX-KIND.pathway, for `bench-layout time` to time. */
static int
write_edits (const char *path,
             const char *prefix)
{
  g_autoptr(PdDocument) laid = pd_file_load (path, NULL, NULL, NULL);

  if (laid == NULL)
    return 1;
  for (int kind = 0; kind < N_KINDS; kind++)
    {
      g_autoptr(PdDocument) doc = pd_document_copy (laid);
      g_autoptr(GRand) rand = g_rand_new_with_seed (kind + 1);
      g_autofree char *added = edit (doc, kind, rand);
      g_autofree char *out = g_strdup_printf ("%s-%d.pathway", prefix, kind);
      g_autoptr(GError) error = NULL;

      if (!pd_file_save (doc, out, NULL, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  guint edits = 20;
  int first = 1;

  why_edit = g_string_new (NULL);
  if (g_getenv ("BENCH_WHY"))
    why_at = MAX (g_ascii_strtoull (g_getenv ("BENCH_WHY"), NULL, 10), 1);
  if ((argc == 3 || argc == 4) && g_str_equal (argv[1], "time"))
    return edit_time (argv[2], argc == 3 || !g_str_equal (argv[3], "no-lanes"));
  if (argc == 4 && g_str_equal (argv[1], "edit"))
    return write_edits (argv[2], argv[3]);

  if (argc > 1 && g_ascii_isdigit (argv[1][0]))
    {
      edits = MAX ((guint) g_ascii_strtoull (argv[1], NULL, 10), 1);
      first = 2;
    }
  if (first >= argc)
    {
      fprintf (stderr, "usage: bench-layout-incremental [EDITS] FILE.pathway...\n");
      return 2;
    }
  for (int f = first; f < argc; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdDocument) doc = pd_file_load (argv[f], NULL, NULL, &error);
      g_autofree char *base = g_path_get_basename (argv[f]);

      if (doc == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      for (int lanes = 1; lanes >= 0; lanes--)
        {
          g_autoptr(PdDocument) tidy = pd_document_copy (doc);
          PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

          options.lanes = lanes;
          pd_layout_lay_out (tidy, &options);
          printf ("%s, %s (%u steps)\n", base, lanes ? "lanes" : "no lanes",
                  g_list_model_get_n_items (pd_document_get_nodes (tidy)));
          printf ("  %-15s %6s %6s  %6s  %8s %8s  %5s %5s  %8s\n", "edit", "median", "worst",
                  "kept", "× more", "× fewer", "cross", "fresh", "tidy s");
          for (int kind = N_KINDS; kind >= 0; kind--)
            run (tidy, &options, kind, edits, g_str_hash (base) + kind);
        }
    }
  printf ("(steps moved of those there before; kept: tidies that left every step where it\n"
          " was, their layout crossing more; × more / fewer: edits after which the tidy\n"
          " crossed more / fewer transitions than a tidy from scratch; cross / fresh: the\n"
          " crossings after the tidies and after tidies from scratch, summed)\n");
  return 0;
}
