/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy at scale: a pathway past the layout's search limit is laid out
 * once, its crossings counted at most twice, and it still keeps every
 * step in its lane, none on another; a tidy pathway tidied again is laid
 * out once, counted once, and stays as it is (3,000 steps too); a step many transitions
 * meet is placed among them. */
#include <stdlib.h>

#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-generate.h"
#include "pd-layout-private.h"
#include "test-common.h"

/* @n generated steps thrown about, the same way each run. */
static PdDocument *
scrambled (guint n)
{
  PdDocument *doc = pd_generate_pathway (n, 1, 5);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  GListModel *nodes = pd_document_get_nodes (doc);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      g_object_set (node, "x", (double) g_rand_int_range (rand, 0, 40 * n),
                    "y", (double) g_rand_int_range (rand, 0, 20 * n), NULL);
    }
  return doc;
}

static int
by_left (gconstpointer a,
         gconstpointer b)
{
  double x = pd_node_get_x (*(PdNode * const *) a), y = pd_node_get_x (*(PdNode * const *) b);

  return (x > y) - (x < y);
}

/* No step on another (a sweep from the left: thousands of steps), and
 * each agency's steps across the flow before the next agency's. */
static void
check_layout (PdDocument *doc)
{
  GListModel *list = pd_document_get_nodes (doc);
  GListModel *agencies = pd_document_get_agencies (doc);
  guint n = g_list_model_get_n_items (list), n_lanes = g_list_model_get_n_items (agencies) + 1;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GHashTable) lanes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree double *low = g_new (double, n_lanes);
  g_autofree double *high = g_new (double, n_lanes);

  for (guint l = 0; l < n_lanes; l++)
    {
      low[l] = G_MAXDOUBLE;
      high[l] = -G_MAXDOUBLE;
    }
  for (guint k = 0; k + 1 < n_lanes; k++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, k);
      g_hash_table_insert (lanes, (gpointer) pd_agency_get_id (agency), GUINT_TO_POINTER (k + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      PdNode *node = g_list_model_get_item (list, i);
      const char *agency = pd_node_get_agency_id (node);
      guint lane = GPOINTER_TO_UINT (g_hash_table_lookup (lanes, agency ? agency : ""));

      lane = lane ? lane - 1 : n_lanes - 1;
      low[lane] = MIN (low[lane], pd_node_get_y (node));
      high[lane] = MAX (high[lane], pd_node_get_y (node) + pd_node_get_height (node));
      g_ptr_array_add (nodes, node);
    }
  for (guint l = 0; l + 1 < n_lanes; l++)
    for (guint m = l + 1; m < n_lanes; m++)
      if (high[l] > low[l] && high[m] > low[m])
        g_assert_cmpfloat (high[l], <=, low[m]);
  g_ptr_array_sort (nodes, by_left);
  for (guint i = 0; i < n; i++)
    {
      PdNode *a = g_ptr_array_index (nodes, i);
      double right = pd_node_get_x (a) + pd_node_get_width (a);
      double top = pd_node_get_y (a), bottom = top + pd_node_get_height (a);

      for (guint j = i + 1; j < n; j++)
        {
          PdNode *b = g_ptr_array_index (nodes, j);

          if (pd_node_get_x (b) >= right)
            break;
          g_assert_false (pd_node_get_y (b) < bottom
                          && top < pd_node_get_y (b) + pd_node_get_height (b));
        }
    }
}

/* Past the search limit (1,000 steps and their transitions): one layout,
 * two counts of a whole drawing, what the tests of small pathways pin
 * still holds; tidied again, the same bytes, one layout, one count. */
static void
test_large (void)
{
  g_autoptr(PdDocument) doc = scrambled (1000);
  g_autoptr(PdDocument) same = scrambled (1000);
  PdLayoutOutcome outcome, again;
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  guint computed = pd_layout_computed (), counted = pd_layout_drawings_counted ();

  pd_layout_tidy (doc, NULL, &outcome);
  g_assert_cmpuint (pd_layout_computed () - computed, ==, 1);
  g_assert_cmpuint (pd_layout_drawings_counted () - counted, ==, 2);
  g_assert_false (outcome.kept);
  g_assert_cmpuint (outcome.after, <, outcome.before);
  g_assert_cmpuint (outcome.after, ==, pd_layout_count_crossings (doc));
  check_layout (doc);
  first = test_write (doc);
  pd_layout_tidy (same, NULL, NULL);
  second = test_write (same);
  g_assert_cmpstr (first, ==, second);

  computed = pd_layout_computed ();
  counted = pd_layout_drawings_counted ();
  pd_layout_tidy (doc, NULL, &again);
  third = test_write (doc);
  g_assert_cmpstr (third, ==, first);
  g_assert_cmpuint (again.before, ==, outcome.after);
  g_assert_cmpuint (again.after, ==, outcome.after);
  g_assert_cmpuint (pd_layout_computed () - computed, ==, 1);
  g_assert_cmpuint (pd_layout_drawings_counted () - counted, ==, 1);
}

/* A generated pathway stands in columns, so it is tidied from them too;
 * tidied again past the search limit, where the ordering is cut short and
 * a layout from its own places would move some steps (this one's without
 * lanes does), it stays as it is: one layout, one count. */
static void
test_large_again (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (3000, 2, 5);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;
  g_autofree char *first = NULL, *second = NULL;
  guint computed, counted;

  options.lanes = FALSE;
  pd_layout_tidy (doc, &options, NULL);
  first = test_write (doc);
  computed = pd_layout_computed ();
  counted = pd_layout_drawings_counted ();
  pd_layout_tidy (doc, &options, &outcome);
  second = test_write (doc);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpuint (outcome.before, ==, outcome.after);
  g_assert_cmpuint (outcome.after, ==, pd_layout_count_crossings (doc));
  g_assert_cmpuint (pd_layout_computed () - computed, ==, 1);
  g_assert_cmpuint (pd_layout_drawings_counted () - counted, ==, 1);
}

/* A generated pathway stands in columns but is no layout: tidied the
 * first time past the search limit, with lanes (which force crossings),
 * it is laid out from scratch and keeping its columns and order, no
 * more, and what a tidy without lanes would leave is not worked out.
 * Two drawings are counted: the layout from scratch and the steps where
 * they stood, once; the layout keeping the columns and order moves as
 * many steps, and is not. The steps are read and ranked from scratch
 * once, for both layouts. */
static void
test_large_first (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (3000, 1, 5);
  PdLayoutOutcome outcome;
  guint computed = pd_layout_computed (), counted = pd_layout_drawings_counted ();
  guint ranked = pd_layout_ranked ();

  g_assert_false (pd_layout_searches (doc));
  pd_layout_tidy (doc, NULL, &outcome);
  g_assert_cmpuint (outcome.lanes_added, >, 0);
  g_assert_cmpuint (outcome.without_lanes, ==, G_MAXUINT);
  g_assert_cmpuint (pd_layout_computed () - computed, ==, 2);
  g_assert_cmpuint (pd_layout_ranked () - ranked, ==, 1);
  g_assert_cmpuint (pd_layout_drawings_counted () - counted, <=, 2);
  g_assert_cmpuint (outcome.after, ==, pd_layout_count_crossings (doc));
  check_layout (doc);
}

/* A small pathway is laid out in rounds until a layout gives itself
 * back; tidied again, the first layout does, and no round follows. */
static void
test_small_again (void)
{
  g_autoptr(PdDocument) doc = scrambled (300);
  PdLayoutOutcome outcome;
  g_autofree char *first = NULL, *second = NULL;
  guint computed = pd_layout_computed (), counted;

  pd_layout_tidy (doc, NULL, NULL);
  g_assert_cmpuint (pd_layout_computed () - computed, >, 1);
  first = test_write (doc);
  computed = pd_layout_computed ();
  counted = pd_layout_drawings_counted ();
  pd_layout_tidy (doc, NULL, &outcome);
  second = test_write (doc);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpuint (outcome.before, ==, outcome.after);
  g_assert_cmpuint (pd_layout_computed () - computed, ==, 1);
  g_assert_cmpuint (pd_layout_drawings_counted () - counted, ==, 1);
}

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A step that many transitions leave (more than a few: sorted another
 * way) lines up with the median of the steps they go to. */
static void
test_hub (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdNode *hub = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 0, 1000);
  g_autoptr(GArray) places = NULL;
  double ys[21];
  guint k = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ys); i++)
    pd_edit_connect (doc, hub, pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400,
                                                 100.0 * ((i * 7) % G_N_ELEMENTS (ys))));
  options.lanes = FALSE;
  places = pd_layout_compute (doc, &options);
  for (guint i = 0; i < places->len; i++)
    if (g_array_index (places, PdLayoutPlace, i).id != pd_node_get_id (hub))
      ys[k++] = g_array_index (places, PdLayoutPlace, i).y;
  g_assert_cmpuint (k, ==, G_N_ELEMENTS (ys));
  qsort (ys, k, sizeof (double), by_value);
  for (guint i = 0; i < places->len; i++)
    if (g_array_index (places, PdLayoutPlace, i).id == pd_node_get_id (hub))
      g_assert_cmpfloat (g_array_index (places, PdLayoutPlace, i).y, ==, ys[k / 2]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout-scale/large", test_large);
  g_test_add_func ("/layout-scale/large-again", test_large_again);
  g_test_add_func ("/layout-scale/large-first", test_large_first);
  g_test_add_func ("/layout-scale/small-again", test_small_again);
  g_test_add_func ("/layout-scale/hub", test_hub);
  return g_test_run ();
}
