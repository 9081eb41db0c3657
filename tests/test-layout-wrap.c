/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fit to a page: a long flow wraps into rows near the shape asked for,
 * no step on another, each in a band of its agency in its row, the same
 * input the same output; and lines that meet one side of a step spread
 * along it. */
#include <math.h>
#include <string.h>

#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-generate.h"
#include "pd-layout-private.h"
#include "pd-scene.h"
#include "pd-tiles.h"
#include "test-common.h"

/* A chain of @n steps, their agencies taking turns in runs of @run
 * (of one agency when 0). */
static PdDocument *
chain_of (guint n,
          guint run)
{
  PdDocument *doc = pd_document_new_default ();
  GListModel *agencies = pd_document_get_agencies (doc);
  PdNode *last = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, run ? (i / run) % 3 : 0);
      PdNode *node = pd_edit_add_node (doc, i == 0 ? PD_NODE_KIND_REFERRAL
                                                   : PD_NODE_KIND_INTERVENTION,
                                       pd_agency_get_id (agency), 0, 0);

      if (last)
        pd_edit_connect (doc, last, node);
      last = node;
    }
  return doc;
}

static PdDocument *
chain (guint n)
{
  return chain_of (n, 4);
}

/* A3 landscape less the page's margins and label band, in points, as
 * pd_pages_render_pdf() draws a diagram fitted on it. */
#define A3_WIDTH (1191.0 - 2 * 28)
#define A3_HEIGHT (842.0 - 2 * 28 - 16)
#define A4_WIDTH (842.0 - 2 * 28)
#define A4_HEIGHT (595.0 - 2 * 28 - 16)

/* The smallest text of @scene in points, drawn whole on a page's area
 * of @width × @height points. */
static double
smallest_text_pt (PdScene *scene,
                  double   width,
                  double   height)
{
  PdTiling tiling;

  pd_tiles_plan (&scene->bounds, pd_tiles_smallest_text (scene), width, height,
                 PD_TILES_MIN_TEXT_PT, TRUE, &tiling);
  return tiling.scale * pd_tiles_smallest_text (scene);
}

/* How many lines of transitions' labels in @scene lie on a step. */
static guint
labels_on_steps (PdScene *scene)
{
  guint count = 0;

  for (guint e = 0; e < scene->groups->len; e++)
    {
      PdGroup *edge = g_ptr_array_index (scene->groups, e);

      if (edge->kind != PD_GROUP_EDGE)
        continue;
      for (guint s = 0; s < edge->shapes->len; s++)
        {
          PdShape *shape = g_ptr_array_index (edge->shapes, s);

          for (guint i = 0; shape->type == PD_SHAPE_TEXT && i < shape->lines->len; i++)
            {
              PdTextLine *line = g_ptr_array_index (shape->lines, i);
              PdRect box = { line->x, line->y - shape->font_size * 0.75, line->width,
                             shape->font_size * 0.95 };

              for (guint n = 0; n < scene->groups->len; n++)
                {
                  PdGroup *step = g_ptr_array_index (scene->groups, n);
                  const PdRect *r = &step->bounds;

                  if (step->kind == PD_GROUP_NODE && box.x < r->x + r->width
                      && r->x < box.x + box.width && box.y < r->y + r->height
                      && r->y < box.y + box.height)
                    {
                      count++;
                    }
                }
            }
        }
    }
  return count;
}

static gboolean
rects_meet (const PdRect *a,
            const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height
         && b->y < a->y + a->height;
}

/* Whether the segment from (@x1, @y1) to (@x2, @y2) meets @r: points
 * along it a pixel apart. */
static gboolean
segment_meets (const PdRect *r,
               double        x1,
               double        y1,
               double        x2,
               double        y2)
{
  guint steps = MAX (1, (guint) ceil (hypot (x2 - x1, y2 - y1)));

  for (guint i = 0; i <= steps; i++)
    {
      double x = x1 + (x2 - x1) * i / steps, y = y1 + (y2 - y1) * i / steps;

      if (x > r->x && x < r->x + r->width && y > r->y && y < r->y + r->height)
        return TRUE;
    }
  return FALSE;
}

/* The key of @scene: where it is drawn meets no step, no line of a
 * transition (curves by their points at every sixteenth), no label.
 * Returns whether it lies within the diagram (above its bottom). */
static gboolean
check_key_clear (PdScene *scene)
{
  PdGroup *key = NULL;
  double bottom = -G_MAXDOUBLE;

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      if (group->kind == PD_GROUP_LEGEND)
        key = group;
      if (group->kind == PD_GROUP_NODE || group->kind == PD_GROUP_EDGE)
        bottom = MAX (bottom, group->bounds.y + group->bounds.height);
    }
  g_assert_nonnull (key);
  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      if (group->kind == PD_GROUP_NODE)
        g_assert_false (rects_meet (&key->bounds, &group->bounds));
      if (group->kind != PD_GROUP_EDGE)
        continue;
      for (guint s = 0; s < group->shapes->len; s++)
        {
          PdShape *shape = g_ptr_array_index (group->shapes, s);
          double x = 0, y = 0;

          for (guint i = 0; shape->type == PD_SHAPE_TEXT && i < shape->lines->len; i++)
            {
              PdTextLine *line = g_ptr_array_index (shape->lines, i);
              PdRect box = { line->x, line->y - shape->font_size * 0.75, line->width,
                             shape->font_size * 0.95 };

              g_assert_false (rects_meet (&key->bounds, &box));
            }
          for (guint i = 0; shape->type == PD_SHAPE_PATH && i < shape->path->segments->len; i++)
            {
              const PdPathSegment *seg = &g_array_index (shape->path->segments, PdPathSegment, i);
              const double *p = seg->points;

              if (seg->op == PD_PATH_LINE_TO)
                g_assert_false (segment_meets (&key->bounds, x, y, p[0], p[1]));
              for (guint k = 1; seg->op == PD_PATH_CURVE_TO && k <= 16; k++)
                {
                  double t = k / 16.0, u = 1 - t;
                  double px = u * u * u * x + 3 * u * u * t * p[0] + 3 * u * t * t * p[2]
                              + t * t * t * p[4];
                  double py = u * u * u * y + 3 * u * u * t * p[1] + 3 * u * t * t * p[3]
                              + t * t * t * p[5];

                  g_assert_false (px > key->bounds.x && px < key->bounds.x + key->bounds.width
                                  && py > key->bounds.y
                                  && py < key->bounds.y + key->bounds.height);
                }
              if (seg->op != PD_PATH_CLOSE)
                {
                  guint last = pd_path_segment_n_points (seg) - 1;

                  x = p[2 * last];
                  y = p[2 * last + 1];
                }
            }
        }
    }
  g_test_message ("key %g × %g at %g, %g; %s", key->bounds.width, key->bounds.height,
                  key->bounds.x, key->bounds.y, key->bounds.y < bottom ? "inside" : "below");
  return key->bounds.y < bottom;
}

static gboolean
rect_within (const PdRect *inner,
             const PdRect *outer)
{
  return inner->x >= outer->x - 0.5 && inner->y >= outer->y - 0.5
         && inner->x + inner->width <= outer->x + outer->width + 0.5
         && inner->y + inner->height <= outer->y + outer->height + 0.5;
}

/* No step on another; each inside a band of its own agency as drawn and
 * in no band of another. */
static void
check_steps_in_lanes (PdDocument *doc)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
  guint n = g_list_model_get_n_items (nodes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) a = g_list_model_get_item (nodes, i);
      PdRect box = { pd_node_get_x (a), pd_node_get_y (a), pd_node_get_width (a),
                     pd_node_get_height (a) };
      g_autofree char *own = g_strdup_printf ("agency-%s", pd_node_get_agency_id (a));
      guint in_own = 0;

      for (guint j = i + 1; j < n; j++)
        {
          g_autoptr(PdNode) b = g_list_model_get_item (nodes, j);

          g_assert_false (pd_node_get_x (a) < pd_node_get_x (b) + pd_node_get_width (b)
                          && pd_node_get_x (b) < pd_node_get_x (a) + pd_node_get_width (a)
                          && pd_node_get_y (a) < pd_node_get_y (b) + pd_node_get_height (b)
                          && pd_node_get_y (b) < pd_node_get_y (a) + pd_node_get_height (a));
        }
      for (guint g = 0; g < scene->groups->len; g++)
        {
          PdGroup *group = g_ptr_array_index (scene->groups, g);
          const PdRect *band = &group->bounds;

          if (group->kind != PD_GROUP_LANE)
            continue;
          if (strstr (group->css_class, own))
            in_own += rect_within (&box, &group->bounds);
          else
            g_assert_false (box.x < band->x + band->width && band->x < box.x + box.width
                            && box.y < band->y + band->height && band->y < box.y + box.height);
        }
      g_assert_cmpuint (in_own, ==, 1);
    }
}

static void
bounds_of_steps (PdDocument *doc,
                 double     *width,
                 double     *height)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) a = g_list_model_get_item (nodes, i);

      x0 = MIN (x0, pd_node_get_x (a));
      y0 = MIN (y0, pd_node_get_y (a));
      x1 = MAX (x1, pd_node_get_x (a) + pd_node_get_width (a));
      y1 = MAX (y1, pd_node_get_y (a) + pd_node_get_height (a));
    }
  *width = x1 - x0;
  *height = y1 - y0;
}

/* Long chains come out near the shape asked for, as the scene draws
 * them; with agencies taking turns, in rows each laid out in lanes. */
static void
test_chain_aspect (void)
{
  static const double aspects[] = { 0.7, 1.0, 1.414, 2.0 };
  static const guint lengths[] = { 40, 80 };

  for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
    for (guint i = 0; i < G_N_ELEMENTS (aspects); i++)
      {
        g_autoptr(PdDocument) doc = chain_of (lengths[l], 0);
        g_autoptr(PdDocument) turns = chain (lengths[l]);
        PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
        g_autoptr(PdScene) scene = NULL;
        double ratio;

        options.aspect = aspects[i];
        pd_layout_apply (doc, &options);
        pd_layout_apply (turns, &options);
        check_steps_in_lanes (turns);
        scene = pd_scene_new_from_document (doc);
        ratio = scene->bounds.width / scene->bounds.height;
        g_test_message ("%u steps, aspect %g: %g × %g, %g", lengths[l], aspects[i],
                        scene->bounds.width, scene->bounds.height, ratio);
        g_assert_cmpfloat (fabs (log (ratio / aspects[i])), <, log (1.3));
        check_steps_in_lanes (doc);
      }
}

/* Flowing down, the journey wraps into columns side by side, each with
 * its own lanes across. */
static void
test_chain_columns (void)
{
  g_autoptr(PdDocument) doc = chain (40);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(PdScene) scene = NULL;
  double ratio;

  options.direction = PD_LAYOUT_TOP_BOTTOM;
  options.aspect = 1.414;
  pd_layout_apply (doc, &options);
  check_steps_in_lanes (doc);
  scene = pd_scene_new_from_document (doc);
  ratio = scene->bounds.width / scene->bounds.height;
  g_test_message ("%g × %g, %g", scene->bounds.width, scene->bounds.height, ratio);
  g_assert_cmpfloat (fabs (log (ratio / options.aspect)), <, log (1.5));
}

/* Without an aspect, one row; with one, the same input gives the same
 * places, and the rows make the whole far less wide. */
static void
test_chain_rows (void)
{
  g_autoptr(PdDocument) one = chain (40);
  g_autoptr(PdDocument) wrapped = chain (40);
  g_autoptr(PdDocument) again = chain (40);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autofree char *first = NULL, *second = NULL;
  double w1, h1, w2, h2;

  pd_layout_apply (one, &options);
  bounds_of_steps (one, &w1, &h1);
  options.aspect = 1.414;
  pd_layout_apply (wrapped, &options);
  pd_layout_apply (again, &options);
  bounds_of_steps (wrapped, &w2, &h2);
  g_assert_cmpfloat (w2, <, w1 / 3);
  g_assert_cmpfloat (h2, >, h1 * 3);
  first = test_write (wrapped);
  second = test_write (again);
  g_assert_cmpstr (first, ==, second);
  /* Tidied again, the rows stay as they are. */
  pd_layout_apply (again, &options);
  g_free (second);
  second = test_write (again);
  g_assert_cmpstr (first, ==, second);
}

/* Each example fits a page better: drawn larger on A4 landscape, no step
 * on another, each in its agency's band of its row. */
static void
test_example_fits (gconstpointer data)
{
  g_autoptr(PdDocument) wide = test_load (data);
  g_autoptr(PdDocument) fitted = test_load (data);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(PdScene) a = NULL;
  g_autoptr(PdScene) b = NULL;
  double scale_wide, scale_fitted;

  pd_layout_apply (wide, &options);
  options.aspect = 1.414;
  pd_layout_apply (fitted, &options);
  check_steps_in_lanes (fitted);
  a = pd_scene_new_from_document (wide);
  b = pd_scene_new_from_document (fitted);
  scale_wide = MIN (842 / a->bounds.width, 595 / a->bounds.height);
  scale_fitted = MIN (842 / b->bounds.width, 595 / b->bounds.height);
  g_test_message ("%g × %g → %g × %g", a->bounds.width, a->bounds.height, b->bounds.width,
                  b->bounds.height);
  g_assert_cmpfloat (scale_fitted, >, scale_wide * 1.1);
}

/* Ranks in rows: each rank after the one before it in its row, or, the
 * first of a row, not after it and wholly below every rank so far (to
 * the right, when the flow runs down). */
static void
check_rows_in_order (PdDocument            *doc,
                     const PdLayoutOptions *options)
{
  g_autoptr(GArray) places = pd_layout_compute (doc, options);
  gboolean across = options->direction == PD_LAYOUT_LEFT_RIGHT;
  guint ranks = 0, rows = 1;
  g_autofree double *first = NULL, *last = NULL, *top = NULL, *bottom = NULL;
  double below = -G_MAXDOUBLE;

  for (guint i = 0; i < places->len; i++)
    ranks = MAX (ranks, g_array_index (places, PdLayoutPlace, i).rank + 1);
  first = g_new (double, ranks);
  last = g_new (double, ranks);
  top = g_new (double, ranks);
  bottom = g_new (double, ranks);
  for (guint r = 0; r < ranks; r++)
    {
      first[r] = top[r] = G_MAXDOUBLE;
      last[r] = bottom[r] = -G_MAXDOUBLE;
    }
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);
      PdNode *node = pd_document_get_node (doc, place->id);
      double along = across ? place->x : place->y, cross = across ? place->y : place->x;
      double height = pd_scene_node_box_height (doc, node, NULL);

      first[place->rank] = MIN (first[place->rank], along);
      last[place->rank] = MAX (last[place->rank],
                               along + (across ? pd_node_get_width (node) : height));
      top[place->rank] = MIN (top[place->rank], cross);
      bottom[place->rank] = MAX (bottom[place->rank],
                                 cross + (across ? height : pd_node_get_width (node)));
    }
  for (guint r = 1; r < ranks; r++)
    {
      below = MAX (below, bottom[r - 1]);
      if (first[r] >= last[r - 1])
        continue;
      g_assert_cmpfloat (first[r], <=, first[r - 1]);
      g_assert_cmpfloat (top[r], >, below);
      rows++;
    }
  g_test_message ("%u ranks in %u rows", ranks, rows);
}

static int
by_agency_x_y (gconstpointer a,
               gconstpointer b)
{
  PdNode *u = *(PdNode * const *) a, *v = *(PdNode * const *) b;
  int agency = g_strcmp0 (pd_node_get_agency_id (u), pd_node_get_agency_id (v));

  if (agency != 0)
    return agency;
  if (pd_node_get_x (u) != pd_node_get_x (v))
    return pd_node_get_x (u) < pd_node_get_x (v) ? -1 : 1;
  return (pd_node_get_y (u) > pd_node_get_y (v)) - (pd_node_get_y (u) < pd_node_get_y (v));
}

/* No more than 3 steps of one agency stand one under another in one
 * column, each 45 px or less below the one before: a rank of more in one
 * lane stands in two sub-columns. Returns the most so stacked. */
static guint
most_stacked (PdDocument *doc)
{
  GListModel *list = pd_document_get_nodes (doc);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func (g_object_unref);
  guint most = 1, run = 1;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (nodes, g_list_model_get_item (list, i));
  g_ptr_array_sort (nodes, by_agency_x_y);
  for (guint i = 1; i < nodes->len; i++)
    {
      PdNode *a = g_ptr_array_index (nodes, i - 1), *b = g_ptr_array_index (nodes, i);

      if (g_strcmp0 (pd_node_get_agency_id (a), pd_node_get_agency_id (b)) == 0
          && pd_node_get_x (a) == pd_node_get_x (b)
          && pd_node_get_y (b) - pd_node_get_y (a) - pd_node_get_height (a) <= 45)
        run++;
      else
        run = 1;
      most = MAX (most, run);
    }
  return most;
}

/* Fitted at √2, @doc is drawn on A3 landscape with its smallest text at
 * @least_pt or more: its steps in their bands, no label on a step, its
 * rows in order, few lines crossing, no more than @stacked steps of one
 * agency one under another in a column. Returns the smallest text on
 * A3. */
static double
check_fit (PdDocument *doc,
           double      least_pt,
           guint       stacked)
{
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(PdScene) scene = NULL;
  double a3, a4;
  guint crossings;

  options.aspect = 1.414;
  pd_layout_apply (doc, &options);
  check_steps_in_lanes (doc);
  check_rows_in_order (doc, &options);
  scene = pd_scene_new_from_document (doc);
  g_assert_cmpuint (labels_on_steps (scene), ==, 0);
  check_key_clear (scene);
  a3 = smallest_text_pt (scene, A3_WIDTH, A3_HEIGHT);
  a4 = smallest_text_pt (scene, A4_WIDTH, A4_HEIGHT);
  crossings = pd_layout_count_crossings (doc);
  g_test_message ("%g × %g: smallest text %.2f pt on A3, %.2f pt on A4; %u crossings; "
                  "%u steps at most in a column", scene->bounds.width, scene->bounds.height, a3,
                  a4, crossings, most_stacked (doc));
  g_assert_cmpfloat (a3, >=, least_pt);
  g_assert_cmpuint (most_stacked (doc), <=, stacked);
  /* Rows not cut where many lines would run back to the next row's
   * start: cut by size alone, one example crosses 39 pairs. */
  g_assert_cmpuint (crossings, <=, 20);
  return a3;
}

/* Each example, fitted, drawn on A3 with its text at 5.9 pt or more,
 * and some at more (5.81 pt for dementia and 6.02 pt for dual diagnosis
 * when the fit chose its rows by their sizes alone and Tidy kept the try
 * crossing fewest; 5.3 pt with the key below the diagram, 5.2 pt when
 * rows were cut by length alone, their lanes as deep as in one long row).
 * Dementia's five steps of one lane in one rank stand in two
 * sub-columns; stepped care's four and perinatal's five stay in one
 * column, drawn larger so. */
static void
test_example_a3 (gconstpointer data)
{
  static const struct {
    const char *name;
    double      least_pt;
    guint       stacked;
  } least[] = {
    /* 7.25 pt when the fit chose its rows by their sizes alone. */
    { "common-mental-health-stepped-care.pathway", 7.6, 4 },
    { "crisis-home-treatment.pathway", 6.9, 3 },
    /* 6.70 pt, crossing 18, when the fit chose its rows by their sizes
     * alone. */
    { "first-episode-psychosis.pathway", 7.0, 3 },
    { "memory-assessment-dementia.pathway", 6.0, 3 },
    { "perinatal-mental-health.pathway", 6.8, 5 },
  };
  g_autoptr(PdDocument) doc = test_load (data);
  g_autofree char *name = g_path_get_basename (data);
  double least_pt = 5.9;
  guint stacked = 3;

  for (guint i = 0; i < G_N_ELEMENTS (least); i++)
    if (g_str_equal (name, least[i].name))
      {
        least_pt = least[i].least_pt;
        stacked = least[i].stacked;
      }
  check_fit (doc, least_pt, stacked);
}

/* A generated pathway of 25 steps, fitted: drawn on A3 with its text at
 * 8 pt or more (7.90 pt with ranks 60 px apart, 7.57 pt with the lanes'
 * names given 150 px however short), its key in free room of the
 * diagram. */
static void
test_generated_a3 (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (25, 7, 4);
  g_autoptr(PdScene) scene = NULL;

  check_fit (doc, 8.0, 3);
  scene = pd_scene_new_from_document (doc);
  g_assert_true (check_key_clear (scene));
}

/* A step leads to six of its agency, which lead to one, and a chain
 * follows: fitted to a page, the six stand in two sub-columns, three
 * each, no step on another. */
static void
test_fan_columns (void)
{
  g_autoptr(PdDocument) doc = chain_of (16, 0);
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(PdNode) first = g_list_model_get_item (nodes, 0);
  g_autoptr(PdNode) second = g_list_model_get_item (nodes, 1);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(GHashTable) columns = g_hash_table_new (g_direct_hash, g_direct_equal);
  PdNode *fan[6];

  for (guint i = 0; i < G_N_ELEMENTS (fan); i++)
    {
      fan[i] = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION,
                                 pd_node_get_agency_id (first), 0, 0);
      pd_edit_connect (doc, first, fan[i]);
      pd_edit_connect (doc, fan[i], second);
    }
  options.aspect = 1.414;
  pd_layout_apply (doc, &options);
  check_steps_in_lanes (doc);
  for (guint i = 0; i < G_N_ELEMENTS (fan); i++)
    g_hash_table_add (columns, GINT_TO_POINTER ((int) pd_node_get_x (fan[i])));
  g_assert_cmpuint (g_hash_table_size (columns), ==, 2);
  g_assert_cmpuint (most_stacked (doc), ==, 3);
}

/* Four steps lead into one from its left: four distinct ends on its
 * border, in the order of the steps they come from, top to bottom. */
static void
test_ports_spread (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  GListModel *agencies = pd_document_get_agencies (doc);
  g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, 0);
  const char *id = pd_agency_get_id (agency);
  PdNode *to = pd_edit_add_node (doc, PD_NODE_KIND_REVIEW, id, 1400, 300);
  g_autoptr(PdScene) scene = NULL;
  g_autoptr(GPtrArray) edges = g_ptr_array_new ();
  double last_y = -G_MAXDOUBLE;

  for (guint i = 0; i < 4; i++)
    {
      /* Added out of order: the ends follow the places, not the order. */
      static const double ys[] = { 500, 100, 400, 200 };
      PdNode *from = pd_edit_add_node (doc, PD_NODE_KIND_ASSESSMENT, id, 100, ys[i]);

      g_ptr_array_add (edges, (gpointer) pd_edge_get_id (pd_edit_connect (doc, from, to)));
    }
  scene = pd_scene_new_from_document (doc);
  for (guint k = 0; k < 4; k++)
    {
      static const guint by_y[] = { 1, 3, 2, 0 };
      g_autofree char *group_id = g_strdup_printf ("transition-%s",
                                                   (char *) g_ptr_array_index (edges, by_y[k]));
      PdGroup *group = NULL;

      for (guint g = 0; g < scene->groups->len; g++)
        if (g_str_equal (((PdGroup *) g_ptr_array_index (scene->groups, g))->id, group_id))
          group = g_ptr_array_index (scene->groups, g);
      g_assert_nonnull (group);
      /* On the step's left side, well below the one before: aimed at its
       * centre from so far, they would all but meet. */
      g_assert_cmpfloat (fabs (group->ends[2] - pd_node_get_x (to)), <, 1);
      g_assert_cmpfloat (group->ends[3], >, last_y + 8);
      g_assert_cmpfloat (group->ends[3], >, pd_node_get_y (to));
      g_assert_cmpfloat (group->ends[3], <, pd_node_get_y (to) + pd_node_get_height (to));
      last_y = group->ends[3];
    }
}

/* A fit to a page is what was asked for: Tidy applies it even where its
 * rows cross more lines than the steps did where they were. */
static void
test_fit_applied (void)
{
  g_autoptr(PdDocument) doc = chain (30);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;
  double w1, h1, w2, h2;

  pd_layout_tidy (doc, &options, &outcome);
  bounds_of_steps (doc, &w1, &h1);
  options.aspect = 1.0;
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_false (outcome.kept);
  bounds_of_steps (doc, &w2, &h2);
  g_assert_cmpfloat (w2, <, w1 / 2);
}

/* Tidy to Fit a Page pressed twice: the second finds the steps drawn
 * as large on the page as it would draw them, and moves none (it moved
 * 14 to 20 steps of every example but dementia and perinatal, crossing
 * up to twice as many lines, when it weighed only its own tries). */
static void
test_fit_again (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;
  g_autofree char *once = NULL, *twice = NULL;

  options.aspect = M_SQRT2;
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.moved, >, 0);
  once = test_write (doc);
  pd_layout_tidy (doc, &options, &outcome);
  twice = test_write (doc);
  g_assert_cmpuint (outcome.moved, ==, 0);
  g_assert_cmpuint (outcome.after, ==, outcome.before);
  g_assert_false (outcome.kept);
  g_assert_true (g_str_equal (once, twice));
}

/* A larger pathway's fit fitted again moves nothing either (its boxes
 * weighed: 300 generated steps moved every one, crossing 737 then 1,474
 * lines, at the same scale; 1,000 steps, 5,375 then 6,839). */
static void
test_fit_again_large (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (300, 1, 5);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;

  options.aspect = M_SQRT2;
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.moved, >, 0);
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.moved, ==, 0);
  g_assert_cmpuint (outcome.after, ==, outcome.before);
}

/* Within one tidy a fit draws each layout it weighs once, however many
 * times it weighs it: the same fit as drawing it every time, from a
 * third or fewer of the scenes. */
static void
test_fit_memo (gconstpointer data)
{
  g_autoptr(PdDocument) each = test_load (data);
  g_autoptr(PdDocument) once = test_load (data);
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autofree char *each_text = NULL, *once_text = NULL;
  guint start, every, remembered;

  options.aspect = M_SQRT2;
  pd_layout_fit_memo_disable (TRUE);
  start = pd_layout_fit_scenes_drawn ();
  pd_layout_tidy (each, &options, NULL);
  every = pd_layout_fit_scenes_drawn () - start;
  pd_layout_fit_memo_disable (FALSE);
  start = pd_layout_fit_scenes_drawn ();
  pd_layout_tidy (once, &options, NULL);
  remembered = pd_layout_fit_scenes_drawn () - start;
  if (g_test_verbose ())
    g_printerr ("%u scenes drawn, %u without the memo\n", remembered, every);
  each_text = test_write (each);
  once_text = test_write (once);
  g_assert_true (g_str_equal (once_text, each_text));
  g_assert_cmpuint (remembered, >, 0);
  g_assert_cmpuint (remembered * 2, <, every);
}

/* Each example fitted to a page without lanes: it crosses no more
 * lines than a bound measured here, mostly fewer than its fit in lanes
 * (7, 6, 19, 14, 9 and 5), its smallest text on A3 no smaller than
 * measured, and fitted again it stays as it is. When a fit weighed its
 * ways in one lane by the crossings of one long row, they crossed 8,
 * 9, 26, 22, 25 and 1, at 8.18, 8.25, 7.87, 7.56, 6.71 and 7.45 pt,
 * and stepped care fitted again moved 20 steps, to 12 crossings. */
static void
test_no_lanes_example (gconstpointer data)
{
  static const struct {
    const char *name;
    guint       crossings;
    double      least_pt;
  } bounds[] = {
    { "common-mental-health-stepped-care.pathway", 3, 8.2 },
    /* Its fit in lanes, 6, is drawn far smaller without them. */
    { "crisis-home-treatment.pathway", 9, 8.2 },
    { "dual-diagnosis.pathway", 8, 6.9 },
    { "first-episode-psychosis.pathway", 13, 7.2 },
    { "memory-assessment-dementia.pathway", 6, 7.2 },
    { "perinatal-mental-health.pathway", 1, 7.4 },
  };
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdScene) scene = NULL;
  g_autofree char *name = g_path_get_basename (data);
  g_autofree char *once = NULL, *twice = NULL;
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLayoutOutcome outcome;
  guint crossings, most = 0;
  double a3, least_pt = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bounds); i++)
    if (g_str_equal (name, bounds[i].name))
      {
        most = bounds[i].crossings;
        least_pt = bounds[i].least_pt;
      }
  g_assert_cmpfloat (least_pt, >, 0);
  options.lanes = FALSE;
  options.aspect = M_SQRT2;
  pd_layout_tidy (doc, &options, &outcome);
  g_assert_cmpuint (outcome.moved, >, 0);
  scene = pd_scene_new_from_document (doc);
  a3 = smallest_text_pt (scene, A3_WIDTH, A3_HEIGHT);
  crossings = pd_layout_count_crossings (doc);
  g_test_message ("%g × %g: smallest text %.2f pt on A3; %u crossings", scene->bounds.width,
                  scene->bounds.height, a3, crossings);
  g_assert_cmpuint (crossings, ==, outcome.after);
  g_assert_cmpuint (crossings, <=, most);
  g_assert_cmpfloat (a3, >=, least_pt);
  g_assert_cmpuint (labels_on_steps (scene), ==, 0);
  /* Fitted again, no step moves. */
  once = test_write (doc);
  pd_layout_tidy (doc, &options, &outcome);
  twice = test_write (doc);
  g_assert_cmpuint (outcome.moved, ==, 0);
  g_assert_cmpuint (outcome.after, ==, outcome.before);
  g_assert_true (g_str_equal (once, twice));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout-wrap/chain-aspect", test_chain_aspect);
  g_test_add_func ("/layout-wrap/chain-rows", test_chain_rows);
  g_test_add_func ("/layout-wrap/chain-columns", test_chain_columns);
  g_test_add_func ("/layout-wrap/fit-applied", test_fit_applied);
  g_test_add_func ("/layout-wrap/ports-spread", test_ports_spread);
  g_test_add_func ("/layout-wrap/fan-columns", test_fan_columns);
  g_test_add_func ("/layout-wrap/generated-a3", test_generated_a3);
  test_add_per_example ("/layout-wrap/example-fits", test_example_fits);
  test_add_per_example ("/layout-wrap/example-a3", test_example_a3);
  test_add_per_example ("/layout-wrap/fit-memo", test_fit_memo);
  test_add_per_example ("/layout-wrap/fit-again", test_fit_again);
  g_test_add_func ("/layout-wrap/fit-again-large", test_fit_again_large);
  test_add_per_example ("/layout-wrap/no-lanes-examples", test_no_lanes_example);
  return g_test_run ();
}
