/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The layered layout: no step on another, every step in its agency's
 * lane, the flow along ranks, cycles handled, the same input the same
 * output. */
#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-generate.h"
#include "pd-layout-private.h"
#include "pd-people-flow.h"
#include "pd-reading-order.h"
#include "pd-route.h"
#include "pd-scene.h"
#include <math.h>
#include <string.h>
#include "test-common.h"

static gboolean
overlap (PdNode *a,
         PdNode *b)
{
  return pd_node_get_x (a) < pd_node_get_x (b) + pd_node_get_width (b)
         && pd_node_get_x (b) < pd_node_get_x (a) + pd_node_get_width (a)
         && pd_node_get_y (a) < pd_node_get_y (b) + pd_node_get_height (b)
         && pd_node_get_y (b) < pd_node_get_y (a) + pd_node_get_height (a);
}

/* Lane bands: along the cross axis, each agency's steps lie before the next
 * agency's, in the agencies' order. */
static void
check (PdDocument *doc,
       gboolean    left_right)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  GListModel *agencies = pd_document_get_agencies (doc);
  guint n = g_list_model_get_n_items (nodes);
  guint n_agencies = g_list_model_get_n_items (agencies);
  g_autofree double *low = g_new (double, n_agencies + 1);
  g_autofree double *high = g_new (double, n_agencies + 1);

  for (guint i = 0; i <= n_agencies; i++)
    {
      low[i] = G_MAXDOUBLE;
      high[i] = -G_MAXDOUBLE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) a = g_list_model_get_item (nodes, i);
      guint lane = n_agencies;
      double from, to;

      for (guint k = 0; k < n_agencies; k++)
        {
          g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, k);
          if (g_strcmp0 (pd_agency_get_id (agency), pd_node_get_agency_id (a)) == 0)
            lane = k;
        }
      from = left_right ? pd_node_get_y (a) : pd_node_get_x (a);
      to = from + (left_right ? pd_node_get_height (a) : pd_node_get_width (a));
      low[lane] = MIN (low[lane], from);
      high[lane] = MAX (high[lane], to);
      for (guint j = i + 1; j < n; j++)
        {
          g_autoptr(PdNode) b = g_list_model_get_item (nodes, j);
          g_assert_false (overlap (a, b));
        }
    }
  for (guint i = 0; i < n_agencies; i++)
    for (guint j = i + 1; j <= n_agencies; j++)
      if (high[i] > low[i] && high[j] > low[j])
        g_assert_cmpfloat (high[i], <=, low[j]);
}

static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdDocument) again = test_load (data);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *before = test_write (doc);
  g_autofree char *undone = NULL;

  pd_layout_apply (doc, &options);
  check (doc, TRUE);
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==, "Tidy");
  /* The same input, the same layout, to the byte. */
  pd_layout_apply (again, &options);
  first = test_write (doc);
  second = test_write (again);
  g_assert_cmpstr (first, ==, second);
  /* One undo step takes it all back. */
  g_assert_true (pd_document_undo (doc));
  undone = test_write (doc);
  g_assert_cmpstr (undone, ==, before);

  options.direction = PD_LAYOUT_TOP_BOTTOM;
  pd_layout_apply (doc, &options);
  check (doc, FALSE);
}

static void
test_flow_and_cycles (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, "nhs", 900, 900);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_ASSESSMENT, "social-care", 100, 100);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, "nhs", 500, 50);
  PdNode *d = pd_edit_add_node (doc, PD_NODE_KIND_DISCHARGE, "nhs", 0, 0);
  g_autoptr(GArray) places = NULL;

  pd_edit_connect (doc, a, b);
  pd_edit_connect (doc, b, c);
  pd_edit_connect (doc, c, d);
  /* A cycle of usual transitions, and a re-referral back to the start. */
  pd_edit_connect (doc, c, b);
  pd_document_set (doc, pd_edit_connect (doc, d, a), "kind", PD_EDGE_KIND_RE_REFERRAL, NULL);
  places = pd_layout_compute (doc, NULL);
  g_assert_cmpuint (places->len, ==, 4);
  /* a, b, c, d in ranks 0 to 3: the flow left to right. */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (g_array_index (places, PdLayoutPlace, i).rank, ==, i);
  g_assert_cmpfloat (g_array_index (places, PdLayoutPlace, 0).x, <,
                     g_array_index (places, PdLayoutPlace, 1).x);
  /* a, c and d share the NHS lane and its line; b has a lane of its own. */
  g_assert_cmpfloat (g_array_index (places, PdLayoutPlace, 0).y, ==,
                     g_array_index (places, PdLayoutPlace, 3).y);
  g_assert_cmpuint (g_array_index (places, PdLayoutPlace, 1).lane, !=,
                    g_array_index (places, PdLayoutPlace, 0).lane);
  pd_layout_apply (doc, NULL);
  check (doc, TRUE);
}

/* Generated pathways: no overlaps, lanes kept, fewer crossings than the
 * generator's grid would have. */
static void
test_generated (void)
{
  static const guint sizes[] = { 100, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(PdDocument) doc = pd_generate_pathway (sizes[i], 7, 5);

      pd_layout_apply (doc, NULL);
      check (doc, TRUE);
      g_test_message ("%u steps: %u crossings", sizes[i], pd_layout_count_crossings (doc));
    }
}

/* Nothing to lay out, or a lone step of no agency that leads to itself:
 * Tidy does no harm and draws what there is. */
static void
test_small (void)
{
  g_autoptr(PdDocument) empty = pd_document_new_default ();
  g_autoptr(PdDocument) lone = pd_document_new_default ();
  g_autoptr(GArray) places = pd_layout_compute (empty, NULL);
  PdNode *node;

  g_assert_cmpuint (places->len, ==, 0);
  pd_layout_apply (empty, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (empty)), ==, 0);

  node = pd_edit_add_node (lone, PD_NODE_KIND_REVIEW, NULL, 500, 700);
  pd_document_set (lone, G_OBJECT (node), "agency-id", NULL, NULL);
  pd_edit_connect (lone, node, node);
  pd_layout_apply (lone, NULL);
  /* At the layout's corner. */
  g_assert_cmpfloat (pd_node_get_x (node), ==, 40);
  g_assert_cmpfloat (pd_node_get_y (node), ==, 40);
  {
    g_autoptr(PdScene) scene = pd_scene_new_from_document (lone);
    g_assert_nonnull (pd_scene_find_group (scene, pd_node_get_id (node)));
  }
}

static void
test_crossings (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 0, 0);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 0, 300);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 0);
  PdNode *d = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 300);

  pd_edit_connect (doc, a, d);
  pd_edit_connect (doc, b, c);
  g_assert_cmpuint (pd_layout_count_crossings (doc), ==, 1);
  /* Laid out, the two pairs no longer cross. */
  pd_layout_apply (doc, NULL);
  g_assert_cmpuint (pd_layout_count_crossings (doc), ==, 0);
}

/* After a tidy with lanes, the diagram draws a named band for each agency
 * with steps, holding all of them; the choice is saved with the file. */
static void
test_lanes_drawn (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdScene) scene = NULL;
  g_autofree char *written = NULL;
  GListModel *nodes = pd_document_get_nodes (doc);
  guint bands = 0;

  pd_layout_apply (doc, NULL);
  scene = pd_scene_new_from_document (doc);
  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);
      const char *agency;

      if (group->kind != PD_GROUP_LANE)
        continue;
      bands++;
      /* Behind the steps: lanes come before any step in drawing order. */
      for (guint k = 0; k < g; k++)
        g_assert_cmpint (((PdGroup *) g_ptr_array_index (scene->groups, k))->kind, !=,
                         PD_GROUP_NODE);
      agency = group->id + strlen ("lane-");
      for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

          if (g_strcmp0 (pd_node_get_agency_id (node), agency) != 0)
            continue;
          g_assert_cmpfloat (pd_node_get_y (node), >=, group->bounds.y);
          g_assert_cmpfloat (pd_node_get_y (node) + pd_node_get_height (node), <=,
                             group->bounds.y + group->bounds.height);
        }
    }
  g_assert_cmpuint (bands, >=, 2);
  written = test_write (doc);
  g_assert_nonnull (strstr (written, " lanes=\"across\""));
}

/* Tidying some steps leaves the others where they are. */
static void
test_tidy_selection (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  GListModel *nodes = pd_document_get_nodes (doc);
  guint n = g_list_model_get_n_items (nodes);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  double corner_x = G_MAXDOUBLE, corner_y = G_MAXDOUBLE, now_x = G_MAXDOUBLE, now_y = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      x[i] = pd_node_get_x (node);
      y[i] = pd_node_get_y (node);
      if (i < 5)
        {
          g_ptr_array_add (ids, (gpointer) pd_node_get_id (node));
          corner_x = MIN (corner_x, x[i]);
          corner_y = MIN (corner_y, y[i]);
        }
    }
  pd_layout_apply_to (doc, NULL, ids);
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==,
                   "Tidy Selection");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (i >= 5)
        {
          g_assert_cmpfloat (pd_node_get_x (node), ==, x[i]);
          g_assert_cmpfloat (pd_node_get_y (node), ==, y[i]);
          continue;
        }
      now_x = MIN (now_x, pd_node_get_x (node));
      now_y = MIN (now_y, pd_node_get_y (node));
      for (guint j = 0; j < i; j++)
        {
          g_autoptr(PdNode) other = g_list_model_get_item (nodes, j);
          g_assert_false (overlap (node, other));
        }
    }
  g_assert_cmpfloat (now_x, ==, corner_x);
  g_assert_cmpfloat (now_y, ==, corner_y);
}

/* How many transitions' lines run through a step (any step: their own
 * ends included, more than 1.5 units past the border); with @square,
 * whether every straight piece is horizontal or vertical too. With
 * @other_steps_only, for lines that meet a step's outline inside its box
 * (direct ones do), only other steps count, and a line may clip a box's
 * corner by up to 3 units as the scene allows (where steps are rounded or
 * cut, there is nothing there). */
static PdEdge *
edge_by_id (PdDocument *doc,
            const char *id)
{
  GListModel *edges = pd_document_get_edges (doc);

  for (guint i = 0; id && i < g_list_model_get_n_items (edges); i++)
    {
      PdEdge *edge = g_list_model_get_item (edges, i);

      if (g_strcmp0 (pd_edge_get_id (edge), id) == 0)
        return edge;
      g_object_unref (edge);
    }
  return NULL;
}

static guint lines_through (PdDocument *doc,
                            gboolean    square,
                            gboolean    other_steps_only);

static guint
lines_through_steps (PdDocument *doc,
                     gboolean    square)
{
  return lines_through (doc, square, FALSE);
}

static guint
lines_through (PdDocument *doc,
               gboolean    square,
               gboolean    other_steps_only)
{
  g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
  GListModel *nodes = pd_document_get_nodes (doc);
  guint through = 0;

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);
      PdShape *line;
      double px = 0, py = 0;
      gboolean hit = FALSE;

      if (group->kind != PD_GROUP_EDGE)
        continue;
      line = g_ptr_array_index (group->shapes, 0);
      for (guint k = 0; k < line->path->segments->len && !hit; k++)
        {
          const PdPathSegment *seg = &g_array_index (line->path->segments, PdPathSegment, k);
          int pieces = seg->op == PD_PATH_CURVE_TO ? 32 : 1;
          double x0 = px, y0 = py;

          if (seg->op == PD_PATH_MOVE_TO)
            {
              px = seg->points[0];
              py = seg->points[1];
              continue;
            }
          if (seg->op == PD_PATH_LINE_TO && square)
            g_assert_true (fabs (seg->points[0] - px) < 0.01 || fabs (seg->points[1] - py) < 0.01);
          for (int i = 1; i <= pieces && !hit; i++)
            {
              double t = (double) i / pieces, u = 1 - t, x, y;
              const double *c = seg->points;

              if (seg->op == PD_PATH_CURVE_TO)
                {
                  x = u * u * u * x0 + 3 * u * u * t * c[0] + 3 * u * t * t * c[2] + t * t * t * c[4];
                  y = u * u * u * y0 + 3 * u * u * t * c[1] + 3 * u * t * t * c[3] + t * t * t * c[5];
                }
              else
                {
                  x = c[0];
                  y = c[1];
                }
              for (guint n = 0; n < g_list_model_get_n_items (nodes) && !hit; n++)
                {
                  g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
                  g_autoptr(PdEdge) edge = edge_by_id (doc, group->object_id);
                  double inset = other_steps_only ? 3 : 1.5;
                  PdRect inside = { pd_node_get_x (node) + inset, pd_node_get_y (node) + inset,
                                    pd_node_get_width (node) - 2 * inset,
                                    pd_node_get_height (node) - 2 * inset };

                  if (other_steps_only && edge
                      && (g_strcmp0 (pd_edge_get_from_id (edge), pd_node_get_id (node)) == 0
                          || g_strcmp0 (pd_edge_get_to_id (edge), pd_node_get_id (node)) == 0))
                    continue;
                  hit = pd_route_segment_meets (&inside, px, py, x, y);
                  if (hit)
                    g_test_message ("%s runs through %s from (%g, %g) to (%g, %g)", group->id,
                                    pd_node_get_id (node), px, py, x, y);
                }
              px = x;
              py = y;
            }
        }
      through += hit;
    }
  return through;
}

static gboolean
rects_meet (const PdRect *a,
            const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Labels that cover a step or another label. */
static guint
labels_in_the_way_of (PdDocument        *doc,
                      const PdSceneFlow *flow)
{
  PdSceneOptions options = { .flow = flow };
  g_autoptr(PdScene) scene = pd_scene_new_with_options (doc, &options);
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (PdRect));
  guint covering = 0;

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      for (guint s = 0; group->kind == PD_GROUP_EDGE && s < group->shapes->len; s++)
        {
          PdShape *text = g_ptr_array_index (group->shapes, s);
          PdRect rect = { G_MAXDOUBLE, G_MAXDOUBLE, 0, 0 };
          double right = -G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

          if (text->type != PD_SHAPE_TEXT)
            continue;
          for (guint i = 0; i < text->lines->len; i++)
            {
              PdTextLine *line = g_ptr_array_index (text->lines, i);

              rect.x = MIN (rect.x, line->x);
              rect.y = MIN (rect.y, line->y - text->font_size * 0.8);
              right = MAX (right, line->x + line->width);
              bottom = MAX (bottom, line->y + text->font_size * 0.2);
            }
          rect.width = right - rect.x;
          rect.height = bottom - rect.y;
          for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
            {
              g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
              PdRect step = { pd_node_get_x (node), pd_node_get_y (node),
                              pd_node_get_width (node), pd_node_get_height (node) };

              if (rects_meet (&rect, &step))
                {
                  g_test_message ("the label of %s covers %s", group->id, pd_node_get_id (node));
                  covering++;
                }
            }
          for (guint i = 0; i < labels->len; i++)
            if (rects_meet (&rect, &g_array_index (labels, PdRect, i)))
              {
                g_test_message ("the label of %s covers another", group->id);
                covering++;
              }
          g_array_append_val (labels, rect);
        }
    }
  return covering;
}

static guint
labels_in_the_way (PdDocument *doc)
{
  return labels_in_the_way_of (doc, NULL);
}

/* Transitions left to right whose label, as drawn with @flow, is wider
 * than the gap between their steps. */
static guint
labels_wider_than_gaps (PdDocument        *doc,
                        const PdSceneFlow *flow)
{
  PdSceneOptions options = { .flow = flow };
  g_autoptr(PdScene) scene = pd_scene_new_with_options (doc, &options);
  guint narrow = 0, seen = 0;

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);
      gpointer edge = group->kind == PD_GROUP_EDGE ? pd_document_lookup (doc, group->object_id)
                                                   : NULL;
      PdNode *from, *to;
      double gap;

      if (!PD_IS_EDGE (edge))
        continue;
      from = pd_document_get_node (doc, pd_edge_get_from_id (edge));
      to = pd_document_get_node (doc, pd_edge_get_to_id (edge));
      gap = pd_node_get_x (to) - pd_node_get_x (from) - pd_node_get_width (from);
      if (gap <= 0)
        continue;
      for (guint s = 0; s < group->shapes->len; s++)
        {
          PdShape *text = g_ptr_array_index (group->shapes, s);

          for (guint i = 0; text->type == PD_SHAPE_TEXT && i < text->lines->len; i++)
            {
              PdTextLine *line = g_ptr_array_index (text->lines, i);

              seen++;
              if (line->width > gap)
                {
                  g_test_message ("%s: a label %.0f wide in a gap of %.0f", group->id,
                                  line->width, gap);
                  narrow++;
                }
            }
        }
    }
  g_assert_cmpuint (seen, >, 0);
  return narrow;
}

/* Steps whose boxes, as drawn with @flow (grown for their people a
 * year), meet another's. */
static guint
boxes_meeting (PdDocument        *doc,
               const PdSceneFlow *flow)
{
  PdSceneOptions options = { .flow = flow };
  g_autoptr(PdScene) scene = pd_scene_new_with_options (doc, &options);
  guint meeting = 0;

  for (guint i = 0; i < scene->groups->len; i++)
    for (guint j = i + 1; j < scene->groups->len; j++)
      {
        PdGroup *a = g_ptr_array_index (scene->groups, i), *b = g_ptr_array_index (scene->groups, j);

        if (a->kind == PD_GROUP_NODE && b->kind == PD_GROUP_NODE
            && rects_meet (&a->bounds, &b->bounds))
          meeting++;
      }
  return meeting;
}

/* With people a year shown in the transitions' labels (and on the
 * steps), Tidy leaves room for them: each label fits the gap between the
 * steps of its transition and covers no step or other label. */
static void
test_flow_room (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdSceneFlow) flow = pd_people_flow_new (doc, NULL);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;

  if (flow == NULL)
    {
      g_test_skip ("no people a year");
      return;
    }
  options.flow = flow;
  pd_layout_apply (doc, &options);
  g_assert_cmpuint (labels_wider_than_gaps (doc, flow), ==, 0);
  g_assert_cmpuint (boxes_meeting (doc, flow), ==, 0);
  g_assert_cmpuint (labels_in_the_way_of (doc, flow), ==, 0);
}

/* Tidied, and drawn square or smooth, no transition runs through a step
 * and no label covers a step or another label; the routing is saved. */
static void
test_routes_clear (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);

  pd_layout_apply (doc, NULL);
  g_assert_cmpuint (lines_through (doc, FALSE, TRUE), ==, 0);
  g_assert_cmpuint (labels_in_the_way (doc), ==, 0);
  pd_document_set (doc, G_OBJECT (doc), "routing", PD_ROUTING_ORTHOGONAL, NULL);
  g_assert_cmpuint (lines_through_steps (doc, TRUE), ==, 0);
  g_assert_cmpuint (labels_in_the_way (doc), ==, 0);
  pd_document_set (doc, G_OBJECT (doc), "routing", PD_ROUTING_SMOOTH, NULL);
  g_assert_cmpuint (lines_through_steps (doc, FALSE), ==, 0);
  g_assert_cmpuint (labels_in_the_way (doc), ==, 0);
  {
    g_autofree char *written = test_write (doc);
    g_assert_nonnull (strstr (written, " routing=\"smooth\""));
  }
}

/* A generated pathway of 100 steps, tidied and drawn direct and square. */
static void
test_routes_generated (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (100, 7, 5);

  pd_layout_apply (doc, NULL);
  g_assert_cmpuint (lines_through (doc, FALSE, TRUE), ==, 0);
  pd_document_set (doc, G_OBJECT (doc), "routing", PD_ROUTING_ORTHOGONAL, NULL);
  g_assert_cmpuint (lines_through_steps (doc, TRUE), ==, 0);
}

/* Tidying a tidy pathway leaves it as it is; after a small edit (a step
 * added at the end of the journey) most steps keep their places. */
static void
test_stable (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(GPtrArray) reading = NULL;
  g_autoptr(GPtrArray) reading_edges = NULL;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  PdNode *last, *added;
  guint n, kept = 0;

  pd_layout_apply (doc, NULL);
  once = test_write (doc);
  pd_layout_apply (doc, NULL);
  twice = test_write (doc);
  g_assert_cmpstr (once, ==, twice);

  n = g_list_model_get_n_items (nodes);
  x = g_new (double, n);
  y = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      x[i] = pd_node_get_x (node);
      y[i] = pd_node_get_y (node);
    }
  pd_reading_order (doc, &reading, &reading_edges);
  last = g_ptr_array_index (reading, reading->len - 1);
  added = pd_edit_add_node (doc, PD_NODE_KIND_REVIEW, pd_node_get_agency_id (last),
                            pd_node_get_x (last) + 300, pd_node_get_y (last));
  pd_edit_connect (doc, last, added);
  pd_layout_apply (doc, NULL);
  check (doc, TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      kept += pd_node_get_x (node) == x[i] && pd_node_get_y (node) == y[i];
    }
  g_test_message ("%u of %u steps kept their places", kept, n);
  g_assert_cmpuint (kept * 4, >=, n * 3);
}


/* No two steps on one another. */
static void
check_apart (PdDocument *doc)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  guint n = g_list_model_get_n_items (nodes);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        g_autoptr(PdNode) a = g_list_model_get_item (nodes, i);
        g_autoptr(PdNode) b = g_list_model_get_item (nodes, j);
        g_assert_false (overlap (a, b));
      }
}

/* Tidied with and without lanes: never more crossings than before, but
 * where the lanes force them, and then it says how many and what a tidy
 * without lanes gives (no more than before); the same input gives the
 * same bytes. Returns whether the lanes cost crossings. */
static gboolean
check_never_worse (PdDocument *doc)
{
  gboolean forced = FALSE;

  for (int lanes = 0; lanes < 2; lanes++)
    {
      g_autoptr(PdDocument) tidied = pd_document_copy (doc);
      g_autoptr(PdDocument) again = pd_document_copy (doc);
      PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
      PdLayoutOutcome outcome, same;
      g_autofree char *first = NULL, *second = NULL;
      guint before = pd_layout_count_crossings (doc), after;

      options.lanes = lanes;
      pd_layout_tidy (tidied, &options, &outcome);
      after = pd_layout_count_crossings (tidied);
      g_assert_cmpuint (outcome.before, ==, before);
      g_assert_cmpuint (outcome.after, ==, after);
      if (lanes)
        check (tidied, TRUE);
      else
        check_apart (tidied);
      if (after > before)
        {
          g_assert_true (lanes);
          g_assert_cmpuint (outcome.lanes_added, ==, after - before);
          g_assert_cmpuint (outcome.without_lanes, <=, before);
          forced = TRUE;
        }
      else
        g_assert_cmpuint (outcome.lanes_added, ==, 0);
      /* Kept: not a step moved. */
      if (outcome.kept)
        {
          g_autofree char *was = test_write (doc);
          g_autofree char *now = test_write (tidied);

          g_assert_cmpstr (now, ==, was);
          g_assert_cmpuint (outcome.tidied, >, before);
        }
      pd_layout_tidy (again, &options, &same);
      first = test_write (tidied);
      second = test_write (again);
      g_assert_cmpstr (first, ==, second);
    }
  return forced;
}

static void
test_never_worse_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);

  if (check_never_worse (doc))
    g_test_message ("%s: the lanes force crossings", (const char *) data);
}

/* Small generated pathways, as generated and with their steps thrown
 * about (some then on one another, which Tidy does not keep). */
static void
test_never_worse_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);
  guint forced = 0;

  for (guint i = 0; i < 200; i++)
    {
      guint n = g_rand_int_range (rand, 8, 41);
      g_autoptr(PdDocument) doc = pd_generate_pathway (n, g_rand_int (rand),
                                                       g_rand_int_range (rand, 1, 5));

      if (i % 2)
        {
          GListModel *nodes = pd_document_get_nodes (doc);

          for (guint k = 0; k < g_list_model_get_n_items (nodes); k++)
            {
              g_autoptr(PdNode) node = g_list_model_get_item (nodes, k);

              pd_document_set (doc, node, "x", (double) g_rand_int_range (rand, 0, 2000),
                               "y", (double) g_rand_int_range (rand, 0, 1200), NULL);
            }
        }
      forced += check_never_worse (doc);
    }
  g_test_message ("the lanes forced crossings in %u of 200", forced);
}

/* Two agencies whose steps take turns: in lanes their transitions must
 * cross, as they were they do not; without lanes Tidy keeps that. */
static PdDocument *
lanes_force_crossing (void)
{
  PdDocument *doc = pd_document_new_default ();
  GListModel *agencies = pd_document_get_agencies (doc);
  g_autoptr(PdAgency) first = g_list_model_get_item (agencies, 0);
  g_autoptr(PdAgency) second = g_list_model_get_item (agencies, 1);
  const char *one = pd_agency_get_id (first), *two = pd_agency_get_id (second);
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, one, 0, 0);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, two, 0, 300);
  PdNode *c = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, two, 400, 0);
  PdNode *d = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, one, 400, 300);

  pd_edit_connect (doc, a, c);
  pd_edit_connect (doc, b, d);
  return doc;
}

static void
test_lanes_forced (void)
{
  g_autoptr(PdDocument) doc = lanes_force_crossing ();
  g_autofree char *before = test_write (doc);
  g_autofree char *after = NULL;
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;

  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.before, ==, 0);
  g_assert_cmpuint (outcome.after, ==, 1);
  g_assert_cmpuint (outcome.lanes_added, ==, 1);
  g_assert_cmpuint (outcome.without_lanes, ==, 0);
  check (doc, TRUE);

  /* One undo step takes it back; without lanes nothing need cross. */
  g_assert_true (pd_document_undo (doc));
  after = test_write (doc);
  g_assert_cmpstr (after, ==, before);
  options.lanes = FALSE;
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.after, ==, 0);
  g_assert_cmpuint (outcome.lanes_added, ==, 0);
  g_assert_cmpuint (pd_layout_count_crossings (doc), ==, 0);
}

/* Tidied in lanes, then without them (not undone first): laid out anew,
 * not kept in the lanes' bands where the lanes forced the crossings. */
static void
test_lanes_then_none (void)
{
  g_autoptr(PdDocument) doc = lanes_force_crossing ();
  g_autofree char *source = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml",
                                              "examples", "dual-diagnosis.pathway", NULL);
  g_autoptr(PdDocument) dual = test_load (source);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;
  PdLanes lanes;

  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.after, ==, 1);
  options.lanes = FALSE;
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.before, ==, 1);
  g_assert_cmpuint (outcome.after, ==, 0);
  g_assert_cmpuint (outcome.moved, >, 0);
  g_object_get (doc, "lanes", &lanes, NULL);
  g_assert_cmpint (lanes, ==, PD_LANES_NONE);

  /* The dual diagnosis example crosses more in lanes than without. */
  options.lanes = TRUE;
  pd_layout_tidy (dual, &options, &outcome);
  options.lanes = FALSE;
  pd_layout_tidy (dual, &options, &outcome);
  g_test_message ("dual diagnosis: %u crossings in lanes, %u without; %u steps moved",
                  outcome.before, outcome.after, outcome.moved);
  g_assert_cmpuint (outcome.after, <, outcome.before);
  g_assert_cmpuint (outcome.moved, >, 0);
}

/* Crossings counted from rank to rank, a gap at a time, agree with the
 * sweep over straight segments on random layered drawings (long links
 * and links sharing a step among them). */
static void
test_layered_crossings (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  guint total = 0;

  for (guint trial = 0; trial < 400; trial++)
    {
      guint n = g_rand_int_range (rand, 2, 60), tries = g_rand_int_range (rand, 0, 150), m = 0;
      g_autofree double *across = g_new (double, n);
      g_autofree double *segments = g_new (double, 4 * MAX (tries, 1));
      g_autofree gsize *ends = g_new (gsize, 2 * MAX (tries, 1));
      g_autofree guint *rank = g_new (guint, n);
      g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (Link));
      Graph g = { .links = links, .rank = rank, .n_ranks = g_rand_int_range (rand, 1, 9) };
      guint fast, brute;

      for (guint v = 0; v < n; v++)
        {
          rank[v] = g_rand_int_range (rand, 0, g.n_ranks);
          across[v] = g_rand_double_range (rand, 0, 1000);
        }
      for (guint i = 0; i < tries; i++)
        {
          Link l = { g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n) };
          double s[4] = { rank[l.from], across[l.from], rank[l.to], across[l.to] };

          if (rank[l.from] >= rank[l.to])
            continue;
          g_array_append_val (links, l);
          memcpy (segments + 4 * m, s, sizeof s);
          ends[2 * m] = l.from;
          ends[2 * m + 1] = l.to;
          m++;
        }
      fast = pd_layout_layered_crossings (&g, across);
      brute = pd_layout_segment_crossings (segments, ends, m);
      g_assert_cmpuint (fast, ==, brute);
      total += brute;
    }
  g_test_message ("%u crossings counted alike", total);
  g_assert_cmpuint (total, >, 10000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/layout/example", test_example);
  g_test_add_func ("/layout/flow-and-cycles", test_flow_and_cycles);
  g_test_add_func ("/layout/generated", test_generated);
  g_test_add_func ("/layout/crossings", test_crossings);
  g_test_add_func ("/layout/small", test_small);
  test_add_per_example ("/layout/lanes-drawn", test_lanes_drawn);
  test_add_per_example ("/layout/tidy-selection", test_tidy_selection);
  test_add_per_example ("/layout/routes-clear", test_routes_clear);
  g_test_add_func ("/layout/routes-generated", test_routes_generated);
  test_add_per_example ("/layout/stable", test_stable);
  test_add_per_example ("/layout/never-worse", test_never_worse_example);
  g_test_add_func ("/layout/never-worse-generated", test_never_worse_generated);
  g_test_add_func ("/layout/lanes-forced", test_lanes_forced);
  g_test_add_func ("/layout/lanes-then-none", test_lanes_then_none);
  g_test_add_func ("/layout/layered-crossings", test_layered_crossings);
  test_add_per_example ("/layout/flow-room", test_flow_room);
  return g_test_run ();
}
