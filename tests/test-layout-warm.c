/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy after a small edit: a laid-out pathway keeps its layout, steps that
 * need not move stay put, and still no more transitions cross than in a
 * layout from scratch; the same edit gives the same bytes. */
#include "pd-agency.h"
#include "pd-edge.h"
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

/* @doc tidied crosses no more transitions than @scratch (the same, not
 * yet tidied) laid out from scratch, or only a few more (the margin a
 * tidy that moves far fewer steps is allowed), or no more than the steps
 * crossed where they stood. */
static void
check_crossings (PdDocument            *doc,
                 PdDocument            *scratch,
                 const PdLayoutOptions *options)
{
  guint least, stood = pd_layout_count_crossings (scratch);

  pd_layout_lay_out (scratch, options);
  least = pd_layout_count_crossings (scratch);
  g_assert_cmpuint (pd_layout_count_crossings (doc), <=,
                    MAX (least + PD_WARM_MARGIN (least), stood));
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
      check_crossings (doc, scratch, &options);
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
      check_lanes (doc, options.lanes);
      check_crossings (doc, scratch, &options);
      total += count_moved (laid, doc);
      edits++;
    }
  g_test_message ("%u steps moved in %u tidies", total, edits);
  g_assert_cmpuint (edits, >, 30);
  /* From scratch, most steps of a pathway move (see bench-layout-incremental). */
  g_assert_cmpuint (total, <=, 3 * edits);
}

enum { DELETE_STEP, ADD_TRANSITION, N_EDITS };

/* The @i'th edit of @kind on @doc (@n steps): step @i deleted, or a
 * transition added from step @i to one further on, not yet joined to it.
 * FALSE when there is none to add. */
static gboolean
edit_step (PdDocument *doc,
           int         kind,
           guint       i,
           guint       n)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(PdNode) from = g_list_model_get_item (nodes, i);

  if (kind == DELETE_STEP)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      g_ptr_array_add (ids, (gpointer) pd_node_get_id (from));
      pd_edit_delete (doc, ids);
      return TRUE;
    }
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(PdNode) to = g_list_model_get_item (nodes, (i + 7 + k) % n);
      GListModel *edges = pd_document_get_edges (doc);
      gboolean joined = to == from;

      for (guint e = 0; e < g_list_model_get_n_items (edges) && !joined; e++)
        {
          g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);

          joined = (g_str_equal (pd_edge_get_from_id (edge), pd_node_get_id (from))
                    && g_str_equal (pd_edge_get_to_id (edge), pd_node_get_id (to)))
                   || (g_str_equal (pd_edge_get_from_id (edge), pd_node_get_id (to))
                       && g_str_equal (pd_edge_get_to_id (edge), pd_node_get_id (from)));
        }
      if (!joined)
        {
          pd_edit_connect (doc, from, to);
          return TRUE;
        }
    }
  return FALSE;
}

/* Steps of @after at another place than in @before (those deleted not
 * counted). */
static guint
count_kept_moved (PdDocument *before,
                  PdDocument *after)
{
  GListModel *nodes = pd_document_get_nodes (after);
  guint moved = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) now = g_list_model_get_item (nodes, i);
      PdNode *was = pd_document_get_node (before, pd_node_get_id (now));

      moved += pd_node_get_x (was) != pd_node_get_x (now)
               || pd_node_get_y (was) != pd_node_get_y (now);
    }
  return moved;
}

/* Steps moved by a tidy after one edit of each step of an example (of
 * 20 to 23), by half the edits and by three in four, and after a step is
 * deleted at most. Measured on the examples, lanes and no lanes: half
 * the tidies of every example move no step, and three in four move none
 * in twenty of the twenty-four, one in three and two in dual diagnosis
 * without lanes with a transition added. The worst deletes:
 * 13 of 22 in dual diagnosis in lanes and 11 of 22 in stepped care,
 * where moving them takes as many crossings away or more. (Before a
 * step had to spare four from moving for each crossing, deleting a step
 * in psychosis in lanes moved up to 22 of 23, in dual diagnosis 20.) */
#define MEDIAN_DELETE 0
#define QUARTILE_DELETE 2
#define WORST_DELETE 13
#define MEDIAN_CONNECT 0
#define QUARTILE_CONNECT 3
/* A transition added: 9 of 23 at most (psychosis in lanes), where 15 of
 * 22 moved in crisis (lanes or not) when a transition within a column
 * pushed the step it reaches, and those after it, a rank on. */
#define WORST_CONNECT 9

static void
test_edits (gconstpointer data)
{
  for (int lanes = 1; lanes >= 0; lanes--)
    for (int kind = 0; kind < N_EDITS; kind++)
      {
        g_autoptr(PdDocument) laid = test_load (data);
        PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
        guint n = g_list_model_get_n_items (pd_document_get_nodes (laid)), m = 0;
        g_autofree guint *moved = g_new0 (guint, n);

        options.lanes = lanes;
        pd_layout_lay_out (laid, &options);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(PdDocument) doc = pd_document_copy (laid);
            g_autoptr(PdDocument) edited = NULL;
            g_autoptr(PdDocument) again = NULL;
            g_autoptr(PdDocument) scratch = NULL;
            g_autofree char *first = NULL, *second = NULL;
            PdLayoutOutcome outcome;

            if (!edit_step (doc, kind, i, n))
              continue;
            edited = pd_document_copy (doc);
            again = pd_document_copy (doc);
            scratch = pd_document_copy (doc);
            pd_layout_tidy (doc, &options, &outcome);
            /* What the designer says it moved. */
            g_assert_cmpuint (outcome.moved, ==, count_moved (edited, doc));
            moved[m++] = count_kept_moved (edited, doc);
            check_lanes (doc, lanes);
            check_crossings (doc, scratch, &options);
            pd_layout_tidy (again, &options, NULL);
            first = test_write (doc);
            second = test_write (again);
            g_assert_cmpstr (first, ==, second);
          }
        g_assert_cmpuint (m, >, n / 2);
        for (guint i = 1; i < m; i++)
          for (guint j = i; j > 0 && moved[j - 1] > moved[j]; j--)
            {
              guint t = moved[j];

              moved[j] = moved[j - 1];
              moved[j - 1] = t;
            }
        g_test_message ("%s, %s: median %u, three in four %u or fewer, at most %u of %u moved"
                        " (%u edits)",
                        lanes ? "lanes" : "no lanes", kind == DELETE_STEP ? "delete" : "connect",
                        moved[(m - 1) / 2], moved[(3 * m - 1) / 4], moved[m - 1], n, m);
        g_assert_cmpuint (moved[(m - 1) / 2], <=,
                          kind == DELETE_STEP ? MEDIAN_DELETE : MEDIAN_CONNECT);
        g_assert_cmpuint (moved[(3 * m - 1) / 4], <=,
                          kind == DELETE_STEP ? QUARTILE_DELETE : QUARTILE_CONNECT);
        g_assert_cmpuint (moved[m - 1], <=,
                          kind == DELETE_STEP ? WORST_DELETE : WORST_CONNECT);
      }
}

/* A step added after a step with room level with it to its right: in
 * two tidies in three of each example or more, no other step moves;
 * after a step that leads nowhere (the end of a journey), none, but for
 * one end of an example at most, and that moves three steps at most.
 * (Measured on the examples, lanes and no lanes: 92 of 110 additions
 * move none, 14 of 20 in dual diagnosis the fewest; after an end, 31 of
 * 32.) */
static void
test_add_with_room (gconstpointer data)
{
  guint with_room = 0, still = 0, ends = 0, ends_still = 0;

  for (int lanes = 1; lanes >= 0; lanes--)
    {
      g_autoptr(PdDocument) laid = test_load (data);
      GListModel *nodes = pd_document_get_nodes (laid);
      GListModel *edges = pd_document_get_edges (laid);
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

      options.lanes = lanes;
      pd_layout_lay_out (laid, &options);
      for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
        {
          g_autoptr(PdNode) from = g_list_model_get_item (nodes, i);
          g_autoptr(PdDocument) doc = NULL;
          gboolean leads = FALSE;
          double x, y, level;
          guint moved;

          for (guint e = 0; e < g_list_model_get_n_items (edges) && !leads; e++)
            {
              g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);

              leads = g_str_equal (pd_edge_get_from_id (edge), pd_node_get_id (from));
            }
          /* Room: the new step goes level with the step it follows. */
          x = pd_view_snap (pd_node_get_x (from) + pd_node_get_width (from) + 60, 10);
          y = level = pd_node_get_y (from)
                      + (pd_node_get_height (from) - PD_NODE_DEFAULT_HEIGHT) / 2;
          pd_edit_find_room (laid, &x, &y, PD_NODE_DEFAULT_WIDTH, PD_NODE_DEFAULT_HEIGHT);
          if (y != level)
            continue;
          doc = pd_document_copy (laid);
          add_step_after (doc, pd_document_get_node (doc, pd_node_get_id (from)));
          pd_layout_tidy (doc, &options, NULL);
          moved = count_moved (laid, doc);
          with_room++;
          still += moved == 0;
          if (!leads)
            {
              g_assert_cmpuint (moved, <=, 3);
              ends++;
              ends_still += moved == 0;
            }
        }
    }
  g_test_message ("%u of %u moved none; after an end, %u of %u", still, with_room, ends_still,
                  ends);
  g_assert_cmpuint (ends, >, 0);
  g_assert_cmpuint (3 * still, >=, 2 * with_room);
  g_assert_cmpuint (ends_still + 1, >=, ends);
}

/* Whether a transition joins @a and @b, either way. */
static gboolean
steps_joined (PdDocument *doc,
              PdNode     *a,
              PdNode     *b)
{
  GListModel *edges = pd_document_get_edges (doc);

  for (guint e = 0; e < g_list_model_get_n_items (edges); e++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);
      const char *from = pd_edge_get_from_id (edge), *to = pd_edge_get_to_id (edge);

      if ((g_str_equal (from, pd_node_get_id (a)) && g_str_equal (to, pd_node_get_id (b)))
          || (g_str_equal (from, pd_node_get_id (b)) && g_str_equal (to, pd_node_get_id (a))))
        return TRUE;
    }
  return FALSE;
}

/* @laid with a transition added from @from to @to (steps of @laid),
 * tidied: each step still in its lane, no more crossings than a tidy may
 * leave; how many steps moved. */
static guint
tidy_connected (PdDocument            *laid,
                PdNode                *from,
                PdNode                *to,
                const PdLayoutOptions *options)
{
  g_autoptr(PdDocument) doc = pd_document_copy (laid);
  g_autoptr(PdDocument) scratch = NULL;

  pd_edit_connect (doc, pd_document_get_node (doc, pd_node_get_id (from)),
                   pd_document_get_node (doc, pd_node_get_id (to)));
  scratch = pd_document_copy (doc);
  pd_layout_tidy (doc, options, NULL);
  check_lanes (doc, options->lanes);
  check_crossings (doc, scratch, options);
  return count_moved (laid, doc);
}

/* A transition added from each step of a laid-out example back to its
 * first step (the one furthest against the flow), then a tidy: no step
 * need change rank or order, it is drawn back against the flow, and in
 * two tidies in three or more no step moves, and at most half of them
 * (which takes away as many crossings or more). Measured, lanes and no
 * lanes: 12 of 17 tidies moved none (perinatal in lanes) at the fewest,
 * 10 of 20 steps moved at most (perinatal and dual diagnosis in lanes);
 * when a step had to spare four from moving for each crossing, 9 of 17
 * and 19 of 23 (dementia without lanes). */
#define BACK_WORST_SHARE 2
static void
test_back_transitions (gconstpointer data)
{
  for (int lanes = 1; lanes >= 0; lanes--)
    {
      g_autoptr(PdDocument) laid = test_load (data);
      GListModel *nodes = pd_document_get_nodes (laid);
      guint n = g_list_model_get_n_items (nodes), m = 0, still = 0, worst = 0;
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
      g_autoptr(PdNode) first = NULL;

      options.lanes = lanes;
      pd_layout_lay_out (laid, &options);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

          if (first == NULL || pd_node_get_x (node) < pd_node_get_x (first))
            g_set_object (&first, node);
        }
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdNode) from = g_list_model_get_item (nodes, i);
          guint moved;

          if (from == first || steps_joined (laid, from, first))
            continue;
          moved = tidy_connected (laid, from, first, &options);
          m++;
          still += moved == 0;
          worst = MAX (worst, moved);
        }
      g_test_message ("%s: %u of %u moved none, at most %u of %u moved",
                      lanes ? "lanes" : "no lanes", still, m, worst, n);
      g_assert_cmpuint (m, >, n / 2);
      g_assert_cmpuint (3 * still, >=, 2 * m);
      g_assert_cmpuint (worst, <=, n / BACK_WORST_SHARE);
    }
}

/* How many steps of @doc stand in @a's column (at its place along the
 * flow) between @a and @b across it. */
static guint
steps_between (PdDocument *doc,
               PdNode     *a,
               PdNode     *b)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  double low = MIN (pd_node_get_y (a), pd_node_get_y (b));
  double high = MAX (pd_node_get_y (a), pd_node_get_y (b));
  guint between = 0;

  for (guint k = 0; k < g_list_model_get_n_items (nodes); k++)
    {
      g_autoptr(PdNode) other = g_list_model_get_item (nodes, k);

      between += pd_node_get_x (other) == pd_node_get_x (a) && pd_node_get_y (other) > low
                 && pd_node_get_y (other) < high;
    }
  return between;
}

/* A transition added between each two neighbouring steps of one column
 * of a laid-out example, not yet joined (both ways round), then a tidy:
 * it is drawn level between them, and no step need move (unless it has
 * a label, which a level transition has no room for). Measured,
 * lanes and no lanes: none moved but one step once (dual diagnosis
 * without lanes). When a layered layout pushed the step it reaches a
 * rank on, and the steps after it with it, up to 16-19 of 20-23 moved
 * in every example, 2 of 23 at the fewest (dementia in lanes). */
#define LEVEL_WORST 1
static void
test_level_transitions (gconstpointer data)
{
  guint worst_of_all = 0;

  for (int lanes = 1; lanes >= 0; lanes--)
    {
      g_autoptr(PdDocument) laid = test_load (data);
      GListModel *nodes = pd_document_get_nodes (laid);
      guint n = g_list_model_get_n_items (nodes), m = 0, worst = 0, labelled = 0;
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

      options.lanes = lanes;
      pd_layout_lay_out (laid, &options);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          {
            g_autoptr(PdNode) from = g_list_model_get_item (nodes, i);
            g_autoptr(PdNode) to = g_list_model_get_item (nodes, j);
            g_autoptr(PdDocument) doc = NULL;
            PdEdge *edge;
            guint moved;

            /* Neighbours: no step of their column between them. */
            if (i == j || pd_node_get_x (from) != pd_node_get_x (to)
                || steps_joined (laid, from, to) || steps_between (laid, from, to) > 0)
              continue;
            moved = tidy_connected (laid, from, to, &options);
            m++;
            worst = MAX (worst, moved);
            /* With a label, which a level transition has no room for, it
             * goes from one rank to another. */
            if (!lanes || labelled++ > 0)
              continue;
            doc = pd_document_copy (laid);
            edge = pd_edit_connect (doc, pd_document_get_node (doc, pd_node_get_id (from)),
                                    pd_document_get_node (doc, pd_node_get_id (to)));
            pd_document_set (doc, edge, "label", "Sometimes", NULL);
            pd_layout_tidy (doc, &options, NULL);
            g_assert_cmpfloat (pd_node_get_x (pd_document_get_node (doc, pd_node_get_id (from))),
                               !=,
                               pd_node_get_x (pd_document_get_node (doc, pd_node_get_id (to))));
          }
      g_test_message ("%s: at most %u of %u moved (%u transitions)",
                      lanes ? "lanes" : "no lanes", worst, n, m);
      g_assert_cmpuint (m, >, 0);
      worst_of_all = MAX (worst_of_all, worst);
    }
  g_assert_cmpuint (worst_of_all, <=, LEVEL_WORST);
}

/* A transition added between two steps of one column with others of
 * the column between them (all of one agency, in lanes), then a tidy:
 * the step it reaches is brought beside the other and the transition drawn
 * level between them, only those steps moving; or another way is kept
 * that moves about as few. Measured over every such pair of every
 * example, lanes and no lanes, steps moved beside the steps between and
 * the one brought (944 moved when the step reached went a rank on, and
 * the steps after it with it, or the transition was turned round, and
 * none drawn level): 141 of 212 drawn level, 611 moved for 628 between
 * and brought, at most 14 more than those in one tidy (dementia without
 * lanes), once 19. */
#define BESIDE_MORE 14
static void
test_level_beside (gconstpointer data)
{
  guint levels = 0;

  for (int lanes = 1; lanes >= 0; lanes--)
    {
      g_autoptr(PdDocument) laid = test_load (data);
      GListModel *nodes = pd_document_get_nodes (laid);
      guint n = g_list_model_get_n_items (nodes), m = 0, level = 0, worst_more = 0;
      guint moved_sum = 0, beside_sum = 0;
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

      options.lanes = lanes;
      pd_layout_lay_out (laid, &options);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          {
            g_autoptr(PdNode) from = g_list_model_get_item (nodes, i);
            g_autoptr(PdNode) to = g_list_model_get_item (nodes, j);
            g_autoptr(PdDocument) doc = NULL, scratch = NULL;
            PdNode *new_from, *new_to;
            guint between, moved;

            if (i == j || pd_node_get_x (from) != pd_node_get_x (to)
                || steps_joined (laid, from, to)
                || (between = steps_between (laid, from, to)) == 0)
              continue;
            if (lanes && g_strcmp0 (pd_node_get_agency_id (from), pd_node_get_agency_id (to)) != 0)
              continue;
            doc = pd_document_copy (laid);
            new_from = pd_document_get_node (doc, pd_node_get_id (from));
            new_to = pd_document_get_node (doc, pd_node_get_id (to));
            pd_edit_connect (doc, new_from, new_to);
            scratch = pd_document_copy (doc);
            pd_layout_tidy (doc, &options, NULL);
            check_lanes (doc, lanes);
            check_crossings (doc, scratch, &options);
            moved = count_moved (laid, doc);
            m++;
            /* Never drawn through the steps between. */
            if (pd_node_get_x (new_from) == pd_node_get_x (new_to))
              {
                g_assert_cmpuint (steps_between (doc, new_from, new_to), ==, 0);
                level++;
              }
            if (moved > between + 1)
              worst_more = MAX (worst_more, moved - (between + 1));
            moved_sum += moved;
            beside_sum += between + 1;
          }
      g_test_message ("%s: %u of %u drawn level, %u steps moved in all (%u between and "
                      "brought), at most %u more than between and brought",
                      lanes ? "lanes" : "no lanes", level, m, moved_sum, beside_sum, worst_more);
      g_assert_cmpuint (worst_more, <=, BESIDE_MORE);
      g_assert_cmpuint (2 * moved_sum, <=, 3 * beside_sum);
      levels += level;
    }
  g_assert_cmpuint (levels, >, 0);
}

/* A transition added between two steps of one column with others
 * between them (in dementia, in lanes, from cognitive stimulation to
 * carer support): it is turned round, and the step it came from goes a
 * rank on, which leads to no other, rather than the step it reaches and
 * the six after it. */
#define TURNED_WORST 1
static void
test_level_turned (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml",
                                            "examples", "memory-assessment-dementia.pathway", NULL);
  g_autoptr(PdDocument) laid = test_load (path);
  g_autoptr(PdDocument) doc = NULL;
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdNode *from, *to;

  pd_layout_lay_out (laid, &options);
  from = pd_document_get_node (laid, "n-cst");
  to = pd_document_get_node (laid, "n-carer-support");
  g_assert_nonnull (from);
  g_assert_nonnull (to);
  g_assert_cmpfloat (pd_node_get_x (from), ==, pd_node_get_x (to));
  g_assert_false (steps_joined (laid, from, to));
  doc = pd_document_copy (laid);
  pd_edit_connect (doc, pd_document_get_node (doc, "n-cst"),
                   pd_document_get_node (doc, "n-carer-support"));
  pd_layout_tidy (doc, &options, NULL);
  g_assert_cmpuint (count_moved (laid, doc), <=, TURNED_WORST);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/layout-warm/add-step", test_add_step);
  test_add_per_example ("/layout-warm/edits", test_edits);
  test_add_per_example ("/layout-warm/add-with-room", test_add_with_room);
  test_add_per_example ("/layout-warm/back-transitions", test_back_transitions);
  test_add_per_example ("/layout-warm/level-transitions", test_level_transitions);
  test_add_per_example ("/layout-warm/level-beside", test_level_beside);
  g_test_add_func ("/layout-warm/level-turned", test_level_turned);
  g_test_add_func ("/layout-warm/columns", test_columns);
  g_test_add_func ("/layout-warm/transitions", test_transitions);
  return g_test_run ();
}
