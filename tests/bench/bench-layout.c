/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers of the layout benchmark (layout-bench.sh):
 *   bench-layout write N OUT.pathway OUT.dot
 *     a generated pathway of N steps (5 agencies), its steps thrown about
 *     (so that no tool starts from a layout), and the same graph for
 *     Graphviz dot: a cluster per agency as its lane, newrank=true, left
 *     to right, boxes of the steps' size;
 *   bench-layout dot FILE.pathway OUT.dot [no-lanes]
 *     the graph of a pathway file for dot, as above (no clusters: no lanes);
 *   bench-layout json FILE.pathway OUT.json
 *     the same graph for elk-layout.js: steps with their sizes, transitions;
 *   bench-layout dot-crossings PLAIN
 *     edge crossings (straight, centre to centre, as pd_layout_count_crossings
 *     counts them), area and aspect ratio (width / height) of a layout in
 *     `-Tplain` form (dot's, or ELK's as elk-layout.js writes it);
 *   bench-layout ours FILE.pathway
 *     the same figures for a laid-out pathway file;
 *   bench-layout time FILE.pathway [no-lanes]
 *     seconds the layout alone takes (pd_layout_apply on the file as read,
 *     median of 3, reading not counted);
 *   bench-layout cpu FILE.pathway [no-lanes|lanes] [RUNS [thread]]
 *     the same in seconds of the processor's time (the median of RUNS, 3
 *     unless given), which other work on a busy machine disturbs less;
 *     with "thread", laid out on a thread of its own, as the designer
 *     lays out a large pathway. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "pd-agency.h"
#include "pd-edge.h"
#include "pd-file.h"
#include "pd-generate.h"
#include "pd-layout-private.h"
#include "pd-node.h"
#include "pd-scene.h"
#include "pd-xml-writer.h"

/* Points per pathway unit in DOT (inches of 72 points). */
#define PER_INCH 72.0

static int write_dot (PdDocument *doc,
                      const char *dot,
                      gboolean    lanes);

static int
write_inputs (guint       n,
              const char *pathway,
              const char *dot)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (n, 1, 5);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(GBytes) bytes = NULL;
  gint32 wide, tall;

  /* Thrown about over the generator's grid, the same way each run; kept
   * within what the format holds (a step's far side too). */
  wide = (gint32) MIN (40 * (gint64) n + 1000, (gint64) PD_COORD_LIMIT - 1000);
  tall = (gint32) MIN (20 * (gint64) n + 1000, (gint64) PD_COORD_LIMIT - 1000);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      g_object_set (node, "x", (double) g_rand_int_range (rand, 0, wide),
                    "y", (double) g_rand_int_range (rand, 0, tall), NULL);
    }
  bytes = pd_xml_write (doc);

  if (!g_file_set_contents (pathway, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            NULL))
    return 1;
  return write_dot (doc, dot, TRUE);
}

/* @doc's graph for elk-layout.js. */
static int
write_json (PdDocument *doc,
            const char *json)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  GListModel *edges = pd_document_get_edges (doc);
  g_autoptr(GString) out = g_string_new ("{\"nodes\": [");
  char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      g_string_append_printf (out, "%s\n{\"id\": \"%s\", \"width\": %s, \"height\": %s}",
                              i ? "," : "", pd_node_get_id (node),
                              g_ascii_dtostr (w, sizeof w, pd_node_get_width (node)),
                              g_ascii_dtostr (h, sizeof h, pd_node_get_height (node)));
    }
  g_string_append (out, "],\n\"edges\": [");
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);

      g_string_append_printf (out, "%s\n[\"%s\", \"%s\"]", i ? "," : "",
                              pd_edge_get_from_id (edge), pd_edge_get_to_id (edge));
    }
  g_string_append (out, "]}\n");
  return g_file_set_contents (json, out->str, -1, NULL) ? 0 : 1;
}

/* @doc's graph for dot: a cluster per agency, steps of their size,
 * transitions with their labels. */
static int
write_dot (PdDocument *doc,
           const char *dot,
           gboolean    lanes)
{
  GListModel *agencies = pd_document_get_agencies (doc);
  GListModel *nodes = pd_document_get_nodes (doc);
  GListModel *edges = pd_document_get_edges (doc);
  GString *out = g_string_new ("digraph pathway {\n  newrank=true;\n  rankdir=LR;\n"
                               "  node [shape=box, fixedsize=true];\n");

  for (guint a = 0; a < g_list_model_get_n_items (agencies); a++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, a);

      if (lanes)
        g_string_append_printf (out, "  subgraph \"cluster_%s\" {\n    label=\"%s\";\n",
                                pd_agency_get_id (agency), pd_agency_get_id (agency));
      else
        g_string_append (out, "  {\n");
      for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

          if (g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) != 0)
            continue;
          g_string_append_printf (out, "    \"%s\" [width=%.3f, height=%.3f];\n",
                                  pd_node_get_id (node), pd_node_get_width (node) / PER_INCH,
                                  pd_node_get_height (node) / PER_INCH);
        }
      g_string_append (out, "  }\n");
    }
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      g_autofree char *label = pd_scene_edge_label_text (edge);

      g_string_append_printf (out, "  \"%s\" -> \"%s\"", pd_edge_get_from_id (edge),
                              pd_edge_get_to_id (edge));
      /* Labels as the scene draws them, so that dot leaves room too. */
      if (label)
        {
          g_autoptr(GString) quoted = g_string_new (label);

          g_string_replace (quoted, "\\", "\\\\", 0);
          g_string_replace (quoted, "\"", "\\\"", 0);
          g_string_append_printf (out, " [label=\"%s\", fontsize=11, fontname=\"Liberation Sans\"]",
                                  quoted->str);
        }
      g_string_append (out, ";\n");
    }
  g_string_append (out, "}\n");
  if (!g_file_set_contents (dot, out->str, -1, NULL))
    return 1;
  g_string_free (out, TRUE);
  return 0;
}

/* dot -Tplain: "node NAME X Y W H …" and "edge TAIL HEAD …", in inches. */
static int
dot_crossings (const char *plain)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) centres = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  double width = 0, height = 0;

  if (!g_file_get_contents (plain, &text, NULL, NULL))
    return 1;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", 8);

      if (g_strv_length (f) >= 4 && g_str_equal (f[0], "graph"))
        {
          width = g_ascii_strtod (f[2], NULL) * PER_INCH;
          height = g_ascii_strtod (f[3], NULL) * PER_INCH;
        }
      else if (g_strv_length (f) >= 4 && g_str_equal (f[0], "node"))
        {
          double *c = g_new (double, 2);
          c[0] = g_ascii_strtod (f[2], NULL) * PER_INCH;
          c[1] = g_ascii_strtod (f[3], NULL) * PER_INCH;
          g_hash_table_insert (centres, g_strdup (f[1]), c);
        }
    }
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", 4);
      double *a, *b, s[4];

      if (g_strv_length (f) < 3 || !g_str_equal (f[0], "edge"))
        continue;
      a = g_hash_table_lookup (centres, f[1]);
      b = g_hash_table_lookup (centres, f[2]);
      if (a == NULL || b == NULL || a == b)
        continue;
      s[0] = a[0]; s[1] = a[1]; s[2] = b[0]; s[3] = b[1];
      g_array_append_vals (segments, s, 1);
      {
        gsize pair[2] = { GPOINTER_TO_SIZE (a), GPOINTER_TO_SIZE (b) };
        g_array_append_vals (ends, pair, 2);
      }
    }
  /* Counted as ours are. */
  printf ("%u %.0f %.2f\n", pd_layout_segment_crossings ((const double *) segments->data,
                                                         (const gsize *) ends->data,
                                                         segments->len),
          width * height, height > 0 ? width / height : 0);
  return 0;
}

static int
our_figures (const char *path)
{
  g_autoptr(PdDocument) doc = pd_file_load (path, NULL, NULL, NULL);
  GListModel *nodes;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  if (doc == NULL)
    return 1;
  nodes = pd_document_get_nodes (doc);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      x0 = MIN (x0, pd_node_get_x (node));
      y0 = MIN (y0, pd_node_get_y (node));
      x1 = MAX (x1, pd_node_get_x (node) + pd_node_get_width (node));
      y1 = MAX (y1, pd_node_get_y (node) + pd_node_get_height (node));
    }
  printf ("%u %.0f %.2f\n", pd_layout_count_crossings (doc), (x1 - x0) * (y1 - y0),
          y1 > y0 ? (x1 - x0) / (y1 - y0) : 0);
  return 0;
}

/* Seconds of the processor this thread has had. */
static double
thread_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @runs layouts of @path, in wall seconds or (@cpu) the
 * processor's. */
typedef struct {
  PdDocument      *doc;
  PdLayoutOptions *options;
  gboolean         cpu;
  double           seconds;
} Timed;

static double
now_seconds (gboolean cpu)
{
  return cpu ? thread_seconds () : g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static gpointer
timed_layout (gpointer data)
{
  Timed *timed = data;
  double start = now_seconds (timed->cpu);

  pd_layout_apply (timed->doc, timed->options);
  timed->seconds = now_seconds (timed->cpu) - start;
  return NULL;
}

/* The layout timed on the thread that read the file, as `pathway layout`
 * runs it, or (@thread) on a thread of its own, as the designer does:
 * there the memory the reading freed (which the allocator gathers at the
 * next large request on its thread) is not the layout's to gather. */
static int
layout_time (const char *path,
             gboolean    lanes,
             gboolean    cpu,
             guint       runs,
             gboolean    thread)
{
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autofree double *times = g_new (double, MAX (runs, 1));

  options.lanes = lanes;
  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(PdDocument) doc = pd_file_load (path, NULL, NULL, NULL);
      Timed timed = { doc, &options, cpu, 0 };

      if (doc == NULL)
        return 1;
      if (thread)
        g_thread_join (g_thread_new ("layout", timed_layout, &timed));
      else
        timed_layout (&timed);
      times[run] = timed.seconds;
    }
  qsort (times, runs, sizeof (double), by_value);
  printf ("%.3f\n", runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 5 && g_str_equal (argv[1], "write"))
    return write_inputs ((guint) g_ascii_strtoull (argv[2], NULL, 10), argv[3], argv[4]);
  if (argc == 3 && g_str_equal (argv[1], "dot-crossings"))
    return dot_crossings (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "ours"))
    return our_figures (argv[2]);
  if ((argc == 4 || argc == 5) && g_str_equal (argv[1], "dot"))
    {
      g_autoptr(PdDocument) doc = pd_file_load (argv[2], NULL, NULL, NULL);
      return doc ? write_dot (doc, argv[3], argc == 4 || !g_str_equal (argv[4], "no-lanes")) : 1;
    }
  if (argc == 4 && g_str_equal (argv[1], "json"))
    {
      g_autoptr(PdDocument) doc = pd_file_load (argv[2], NULL, NULL, NULL);
      return doc ? write_json (doc, argv[3]) : 1;
    }
  if ((argc == 3 || argc == 4) && g_str_equal (argv[1], "time"))
    return layout_time (argv[2], argc == 3 || !g_str_equal (argv[3], "no-lanes"), FALSE, 3, FALSE);
  if (argc >= 3 && argc <= 6 && g_str_equal (argv[1], "cpu"))
    {
      gboolean lanes = argc == 3 || !g_str_equal (argv[3], "no-lanes");
      guint runs = argc >= 5 ? (guint) g_ascii_strtoull (argv[4], NULL, 10) : 3;
      gboolean thread = argc == 6 && g_str_equal (argv[5], "thread");

      return layout_time (argv[2], lanes, TRUE, CLAMP (runs, 1, 99), thread);
    }
  g_printerr ("usage: bench-layout write N OUT.pathway OUT.dot | dot-crossings PLAIN | "
              "dot FILE OUT [no-lanes] | json FILE OUT | ours FILE | time FILE [no-lanes] | "
              "cpu FILE [no-lanes|lanes] [RUNS [thread]]\n");
  return 2;
}
