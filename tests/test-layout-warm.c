/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy after a small edit: a laid-out pathway keeps its layout, steps that
 * need not move stay put, and still no more transitions cross than in a
 * layout from scratch; the same edit gives the same bytes. */
#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-generate.h"
#include "pd-layout-warm.h"
#include "pd-view.h"
#include "test-common.h"

/* Steps moved by three in four tidies after a step is added, or fewer:
 * what the examples show. */
#define QUARTILE_MOVED 3

/* As the designer's Add Step: to the right of @from, level with it, or
 * lower down where that is taken; joined to it. */
static PdNode *
add_step_after (PdDocument *doc,
                PdNode     *from)
{
  double x = pd_view_snap (pd_node_get_x (from) + pd_node_get_width (from) + 60, 10);
  double y = pd_node_get_y (from) + (pd_node_get_height (from) - PD_NODE_DEFAULT_HEIGHT) / 2;
  PdNode *node;

  pd_edit_find_room (doc, &x, &y, PD_NODE_DEFAULT_WIDTH, PD_NODE_DEFAULT_HEIGHT);
  node = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, pd_node_get_agency_id (from),
                           x + PD_NODE_DEFAULT_WIDTH / 2, y + PD_NODE_DEFAULT_HEIGHT / 2);
  pd_edit_connect (doc, from, node);
  return node;
}

/* Steps of @before at another place in @after. */
static guint
count_moved (PdDocument *before,
             PdDocument *after)
{
  GListModel *nodes = pd_document_get_nodes (before);
  guint moved = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) was = g_list_model_get_item (nodes, i);
      PdNode *now = pd_document_get_node (after, pd_node_get_id (was));

      g_assert_nonnull (now);
      moved += pd_node_get_x (was) != pd_node_get_x (now)
               || pd_node_get_y (was) != pd_node_get_y (now);
    }
  return moved;
}

/* Each agency's steps across the flow before the next agency's, and no
 * step on another. */
static void
check_lanes (PdDocument *doc,
             gboolean    lanes)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  GListModel *agencies = pd_document_get_agencies (doc);
  guint n = g_list_model_get_n_items (nodes), m = g_list_model_get_n_items (agencies);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        g_autoptr(PdNode) a = g_list_model_get_item (nodes, i);
        g_autoptr(PdNode) b = g_list_model_get_item (nodes, j);
        int la = -1, lb = -1;

        if (i == j)
          continue;
        g_assert_false (pd_node_get_x (a) < pd_node_get_x (b) + pd_node_get_width (b)
                        && pd_node_get_x (b) < pd_node_get_x (a) + pd_node_get_width (a)
                        && pd_node_get_y (a) < pd_node_get_y (b) + pd_node_get_height (b)
                        && pd_node_get_y (b) < pd_node_get_y (a) + pd_node_get_height (a));
        for (guint k = 0; k < m && lanes; k++)
          {
            g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, k);

            if (g_strcmp0 (pd_agency_get_id (agency), pd_node_get_agency_id (a)) == 0)
              la = k;
            if (g_strcmp0 (pd_agency_get_id (agency), pd_node_get_agency_id (b)) == 0)
              lb = k;
          }
        if (la >= 0 && lb >= 0 && la < lb)
          g_assert_cmpfloat (pd_node_get_y (a) + pd_node_get_height (a), <=, pd_node_get_y (b));
      }
}

/* A step added after each step of a laid-out example in turn, then a tidy:
 * how many of the others moved, as the median and at most; each tidy
 * crosses no more transitions than a layout from scratch, keeps the
 * lanes, and gives the same bytes again. */
static void
added_steps (const char *path,
             gboolean    lanes,
             guint      *median,
             guint      *quartile,
             guint      *worst)
{
  g_autoptr(PdDocument) laid = test_load (path);
  GListModel *nodes = pd_document_get_nodes (laid);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  guint n = g_list_model_get_n_items (nodes);
  g_autofree guint *moved = g_new0 (guint, n);

  options.lanes = lanes;
  pd_layout_lay_out (laid, &options);
  *worst = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdDocument) doc = pd_document_copy (laid);
      g_autoptr(PdNode) from = g_list_model_get_item (nodes, i);
      g_autoptr(PdDocument) edited = NULL;
      g_autoptr(PdDocument) again = NULL;
      g_autoptr(PdDocument) scratch = NULL;
      g_autofree char *first = NULL, *second = NULL;

      add_step_after (doc, pd_document_get_node (doc, pd_node_get_id (from)));
      edited = pd_document_copy (doc);
      again = pd_document_copy (doc);
      scratch = pd_document_copy (doc);
      pd_layout_tidy (doc, &options, NULL);
      moved[i] = count_moved (laid, doc);
      *worst = MAX (*worst, moved[i]);
      check_lanes (doc, lanes);
      pd_layout_lay_out (scratch, &options);
      g_assert_cmpuint (pd_layout_count_crossings (doc), <=,
                        pd_layout_count_crossings (scratch));
      pd_layout_tidy (again, &options, NULL);
      first = test_write (doc);
      second = test_write (again);
      g_assert_cmpstr (first, ==, second);
    }
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && moved[j - 1] > moved[j]; j--)
      {
        guint t = moved[j];

        moved[j] = moved[j - 1];
        moved[j - 1] = t;
      }
  *median = moved[(n - 1) / 2];
  *quartile = moved[(3 * n - 1) / 4];
}

static void
test_add_step (gconstpointer data)
{
  for (int lanes = 1; lanes >= 0; lanes--)
    {
      guint median, quartile, worst;

      added_steps (data, lanes, &median, &quartile, &worst);
      g_test_message ("%s: median %u, three in four %u or fewer, at most %u steps moved",
                      lanes ? "lanes" : "no lanes", median, quartile, worst);
      g_assert_cmpuint (median, <=, 1);
      g_assert_cmpuint (quartile, <=, QUARTILE_MOVED);
    }
}

/* Columns are read from a laid-out pathway, a step dropped on another
 * standing in none; not from steps thrown about, nor when the lanes are
 * drawn for the other direction. */
static void
test_columns (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (30, 5, 3);
  g_autoptr(PdDocument) thrown = NULL;
  g_autoptr(PdLayoutWarm) warm = NULL;
  g_autoptr(PdLayoutWarm) none = NULL;
  g_autoptr(PdLayoutWarm) other = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(PdNode) first = g_list_model_get_item (nodes, 0);
  PdNode *dropped;
  PdWarmStep *step;

  pd_layout_lay_out (doc, &options);
  dropped = pd_edit_add_node (doc, PD_NODE_KIND_REVIEW, NULL,
                              pd_node_get_x (first) + pd_node_get_width (first) / 2 + 10,
                              pd_node_get_y (first) + pd_node_get_height (first) / 2);
  warm = pd_layout_warm_new (doc, &options);
  g_assert_nonnull (warm);
  g_assert_cmpuint (warm->n_columns, >=, 3);
  step = g_hash_table_lookup (warm->steps, pd_node_get_id (first));
  g_assert_cmpint (step->column, ==, 0);
  g_assert_cmpfloat (step->flow, ==, pd_node_get_x (first));
  step = g_hash_table_lookup (warm->steps, pd_node_get_id (dropped));
  g_assert_cmpint (step->column, ==, -1);

  options.direction = PD_LAYOUT_TOP_BOTTOM;
  other = pd_layout_warm_new (doc, &options);
  g_assert_null (other);

  options.direction = PD_LAYOUT_LEFT_RIGHT;
  thrown = pd_document_copy (doc);
  nodes = pd_document_get_nodes (thrown);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      pd_document_set (thrown, node, "x", (double) g_rand_int_range (rand, 0, 3000),
                       "y", (double) g_rand_int_range (rand, 0, 3000), NULL);
    }
  none = pd_layout_warm_new (thrown, &options);
  g_assert_null (none);
}

/* A laid-out generated pathway with a transition added that goes back
 * against its columns, and one within a column: the steps that need not
 * move stay put, and still no more cross than from scratch. */
static void
test_transitions (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint total = 0, edits = 0;

  for (guint trial = 0; trial < 40; trial++)
    {
      g_autoptr(PdDocument) doc = pd_generate_pathway (g_rand_int_range (rand, 10, 40),
                                                       g_rand_int (rand), 3);
      g_autoptr(PdDocument) laid = NULL;
      g_autoptr(PdDocument) scratch = NULL;
      GListModel *nodes = pd_document_get_nodes (doc);
      guint n = g_list_model_get_n_items (nodes);
      g_autoptr(PdNode) a = g_list_model_get_item (nodes, g_rand_int_range (rand, 0, n));
      g_autoptr(PdNode) b = g_list_model_get_item (nodes, g_rand_int_range (rand, 0, n));
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

      options.lanes = trial % 2;
      pd_layout_lay_out (doc, &options);
      if (a == b)
        continue;
      pd_edit_connect (doc, a, b);
      laid = pd_document_copy (doc);
      scratch = pd_document_copy (doc);
      pd_layout_tidy (doc, &options, NULL);
      pd_layout_lay_out (scratch, &options);
      check_lanes (doc, options.lanes);
      g_assert_cmpuint (pd_layout_count_crossings (doc), <=,
                        pd_layout_count_crossings (scratch));
      total += count_moved (laid, doc);
      edits++;
    }
  g_test_message ("%u steps moved in %u tidies", total, edits);
  g_assert_cmpuint (edits, >, 30);
  /* From scratch, most steps of a pathway move (see bench-layout-incremental). */
  g_assert_cmpuint (total, <=, 3 * edits);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/layout-warm/add-step", test_add_step);
  g_test_add_func ("/layout-warm/columns", test_columns);
  g_test_add_func ("/layout-warm/transitions", test_transitions);
  return g_test_run ();
}
