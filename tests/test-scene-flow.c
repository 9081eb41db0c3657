/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People a year on the diagram (View ▸ Show People a Year, `pathway
 * export --flow`): the figures on steps and in labels, lines widened by
 * them, boxes grown to fit, and nothing when the model has none. */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "pd-capacity.h"
#include "pd-export.h"
#include "pd-people-flow.h"
#include "pd-scene.h"
#include "pd-scene-style.h"
#include "test-common.h"

static char *
group_text (const PdGroup *group)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < group->shapes->len; i++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, i);

      for (guint l = 0; shape->type == PD_SHAPE_TEXT && l < shape->lines->len; l++)
        g_string_append_printf (s, "%s%s", s->len ? " " : "",
                                ((PdTextLine *) g_ptr_array_index (shape->lines, l))->text);
    }
  return g_string_free (s, FALSE);
}

/* The width of a transition's line: its first path with no fill. */
static double
line_width (PdScene    *scene,
            const char *edge_id)
{
  PdGroup *group = pd_scene_find_group (scene, edge_id);

  g_assert_nonnull (group);
  for (guint i = 0; i < group->shapes->len; i++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, i);

      if (shape->type == PD_SHAPE_PATH && shape->fill.alpha == 0 && shape->stroke.alpha > 0)
        return shape->line_width;
    }
  g_assert_not_reached ();
}

/* A referral fanning out to four steps, one line each. */
static PdDocument *
fan (void)
{
  PdDocument *doc = pd_document_new_default ();
  static const char *to[] = { "a", "b", "c", "d" };
  g_autoptr(PdNode) start = pd_node_new ("start", PD_NODE_KIND_REFERRAL);

  g_object_set (start, "agency-id", "nhs", "title", "Referral from a GP", "y", 200.0,
                "height", 30.0, NULL);
  pd_document_add_node (doc, start);
  for (guint i = 0; i < G_N_ELEMENTS (to); i++)
    {
      g_autoptr(PdNode) node = pd_node_new (to[i], PD_NODE_KIND_INTERVENTION);
      g_autofree char *id = g_strdup_printf ("to-%s", to[i]);
      g_autoptr(PdEdge) edge = pd_edge_new (id, "start", to[i]);

      g_object_set (node, "agency-id", "nhs", "title", to[i], "x", 400.0, "y", 130.0 * i, NULL);
      pd_document_add_node (doc, node);
      pd_document_add_edge (doc, edge);
    }
  return doc;
}

/* Figures given by hand: each step says its own under its title, in a
 * box grown to fit, and in what a screen reader says; each transition's
 * label holds its own; without them, none of it. */
static void
test_figures_placed (void)
{
  g_autoptr(PdDocument) doc = fan ();
  g_autoptr(PdSceneFlow) flow = pd_scene_flow_new ();
  PdSceneOptions options = PD_SCENE_OPTIONS_DEFAULT;
  g_autoptr(PdScene) plain = NULL;
  g_autoptr(PdScene) scene = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *edge_text = NULL;
  PdGroup *start, *before, *edge;

  pd_scene_flow_set_step (flow, "start", 412);
  pd_scene_flow_set_step (flow, "a", 200);
  pd_scene_flow_set_transition (flow, "to-a", 200);
  pd_scene_flow_set_transition (flow, "to-b", 12);
  options.flow = flow;
  plain = pd_scene_new_from_document (doc);
  scene = pd_scene_new_with_options (doc, &options);
  start = pd_scene_find_group (scene, "start");
  before = pd_scene_find_group (plain, "start");
  start_text = group_text (start);
  plain_text = group_text (before);
  g_assert_nonnull (strstr (start_text, "412 people a year"));
  g_assert_null (strstr (plain_text, "a year"));
  g_assert_nonnull (strstr (start->title, "412 people a year"));
  g_assert_cmpfloat (start->bounds.height, >, before->bounds.height);
  /* Every line of words inside the grown box. */
  for (guint s = 0; s < start->shapes->len; s++)
    {
      const PdShape *text = g_ptr_array_index (start->shapes, s);

      for (guint l = 0; text->type == PD_SHAPE_TEXT && l < text->lines->len; l++)
        {
          const PdTextLine *line = g_ptr_array_index (text->lines, l);

          g_assert_cmpfloat (line->y, <=, start->bounds.y + start->bounds.height);
          g_assert_cmpfloat (line->y - text->font_size, >=, start->bounds.y);
        }
    }
  edge = pd_scene_find_group (scene, "to-b");
  edge_text = group_text (edge);
  g_assert_cmpstr (edge_text, ==, "12 a year");
  g_assert_nonnull (strstr (edge->title, "12 people a year"));
  /* A step with no figure is as it was. */
  g_assert_cmpfloat (pd_scene_find_group (scene, "b")->bounds.height, ==,
                     pd_scene_find_group (plain, "b")->bounds.height);
  g_assert_null (strstr (pd_scene_find_group (plain, "to-b")->title, "a year"));
}

/* Lines grow with people a year, by the square root of their share of
 * the most: none is the thinnest width, the most the widest, a quarter of
 * it half way. */
static void
test_widths_monotone (void)
{
  const PdSceneEdgeStyle *look = &pd_scene_style ()->edge;
  g_autoptr(PdDocument) doc = fan ();
  g_autoptr(PdSceneFlow) flow = pd_scene_flow_new ();
  PdSceneOptions options = PD_SCENE_OPTIONS_DEFAULT;
  g_autoptr(PdScene) scene = NULL;
  double none, few, quarter, most;

  pd_scene_flow_set_transition (flow, "to-a", 0);
  pd_scene_flow_set_transition (flow, "to-b", 100);
  pd_scene_flow_set_transition (flow, "to-c", 400);
  pd_scene_flow_set_transition (flow, "to-d", 1600);
  options.flow = flow;
  scene = pd_scene_new_with_options (doc, &options);
  none = line_width (scene, "to-a");
  few = line_width (scene, "to-b");
  quarter = line_width (scene, "to-c");
  most = line_width (scene, "to-d");
  g_assert_cmpfloat (none, <, few);
  g_assert_cmpfloat (few, <, quarter);
  g_assert_cmpfloat (quarter, <, most);
  g_assert_cmpfloat_with_epsilon (none, look->flow_width[0], 1e-9);
  g_assert_cmpfloat_with_epsilon (most, look->flow_width[1], 1e-9);
  g_assert_cmpfloat_with_epsilon (quarter, (look->flow_width[0] + look->flow_width[1]) / 2, 1e-9);
}

/* Rounded as a model's figure deserves, grouped as the reader's locale
 * groups digits. */
static void
test_numbers (void)
{
  g_autofree char *whole = pd_scene_flow_format_number (12.4);
  g_autofree char *three = pd_scene_flow_format_number (1247);
  g_autofree char *big = pd_scene_flow_format_number (123456);
  g_autofree char *one = pd_scene_flow_describe_step (1);
  g_autofree char *few = pd_scene_flow_describe_step (0.2);
  g_autofree char *none = pd_scene_flow_describe_transition (0);

  g_assert_cmpstr (whole, ==, "12");
  g_assert_cmpstr (three, ==, "1250");
  g_assert_cmpstr (big, ==, "123000");
  g_assert_cmpstr (one, ==, "1 person a year");
  g_assert_cmpstr (few, ==, "fewer than 1 person a year");
  g_assert_cmpstr (none, ==, "0 a year");
}

static gboolean
rects_overlap (const PdRect *a,
               const PdRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Every example, from its capacity model: each step shows the people a
 * year the model gives it and each transition its own, every line of
 * words stays in its box, and no two grown boxes meet. */
static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacity) capacity = pd_capacity_new (doc, NULL, &error);
  g_autoptr(PdSceneFlow) flow = pd_people_flow_new (doc, &error);
  PdSceneOptions options = PD_SCENE_OPTIONS_DEFAULT;
  g_autoptr(PdScene) scene = NULL;
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  double widest = 0;

  g_assert_no_error (error);
  g_assert_nonnull (flow);
  options.flow = flow;
  scene = pd_scene_new_with_options (doc, &options);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);
      PdGroup *group = pd_scene_find_group (scene, pd_node_get_id (step->node));
      g_autofree char *text = group_text (group);
      g_autofree char *words = pd_scene_flow_describe_step (step->people);

      g_assert_nonnull (strstr (text, words));
      g_assert_nonnull (strstr (group->title, words));
      for (guint s = 0; s < group->shapes->len; s++)
        {
          const PdShape *shape = g_ptr_array_index (group->shapes, s);

          for (guint l = 0; shape->type == PD_SHAPE_TEXT && l < shape->lines->len; l++)
            {
              const PdTextLine *line = g_ptr_array_index (shape->lines, l);

              g_assert_cmpfloat (line->y, <=, group->bounds.y + group->bounds.height);
              g_assert_cmpfloat (line->y - shape->font_size, >=, group->bounds.y);
            }
        }
      for (guint j = 0; j < steps->len; j++)
        {
          PdGroup *other = g_ptr_array_index (steps, j);
          PdRect a = group->bounds, b = other->bounds;

          /* The bounds take in the outline's width either side. */
          a.x += 1, a.y += 1, a.width -= 2, a.height -= 2;
          b.x += 1, b.y += 1, b.width -= 2, b.height -= 2;
          if (rects_overlap (&a, &b))
            g_error ("%s meets %s with people a year shown", group->id, other->id);
        }
      g_ptr_array_add (steps, group);
    }
  for (guint i = 0; i < pd_capacity_get_n_flows (capacity); i++)
    {
      const PdCapacityFlow *way = pd_capacity_get_flow (capacity, i);
      PdGroup *group = pd_scene_find_group (scene, pd_edge_get_id (way->edge));
      g_autofree char *text = group_text (group);
      g_autofree char *words = pd_scene_flow_describe_transition (way->people);

      g_assert_nonnull (strstr (text, words));
      widest = MAX (widest, line_width (scene, pd_edge_get_id (way->edge)));
    }
  g_assert_cmpfloat_with_epsilon (widest, pd_scene_style ()->edge.flow_width[1], 1e-9);
}

/* No one enters a pathway with no referrals: no figures, and why. A loop
 * everyone goes round forever: the model's own reason. */
static void
test_no_figures (void)
{
  g_autoptr(PdDocument) doc = fan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSceneFlow) flow = pd_people_flow_new (doc, &error);

  g_assert_null (flow);
  g_assert_error (error, PD_PEOPLE_FLOW_ERROR, PD_PEOPLE_FLOW_ERROR_NO_ONE);
  g_clear_error (&error);
  {
    g_autoptr(PdDocument) loop = pd_document_new_default ();
    g_autoptr(PdNode) start = pd_node_new ("start", PD_NODE_KIND_REFERRAL);
    g_autoptr(PdNode) again = pd_node_new ("again", PD_NODE_KIND_INTERVENTION);
    g_autoptr(PdEdge) on = pd_edge_new ("on", "start", "again");
    g_autoptr(PdEdge) back = pd_edge_new ("back", "again", "start");
    g_autoptr(PdSceneFlow) looped = NULL;

    g_object_set (loop, "referrals-per-year", 100, NULL);
    pd_document_add_node (loop, start);
    pd_document_add_node (loop, again);
    pd_document_add_edge (loop, on);
    pd_document_add_edge (loop, back);
    looped = pd_people_flow_new (loop, &error);
    g_assert_null (looped);
    g_assert_error (error, PD_CAPACITY_ERROR, PD_CAPACITY_ERROR_ENDLESS_LOOP);
  }
}

/* The SVG keeps the figures as text, and each step's and transition's
 * accessible name says them. */
static void
test_svg (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdSceneFlow) flow = pd_people_flow_new (doc, NULL);
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
  g_autoptr(GBytes) plain = pd_export_render (doc, PD_EXPORT_SVG, NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *without = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  g_autoptr(GRegex) step_title = g_regex_new ("<title id=\"title-step-[^\"]+\">[^<]*"
                                              "people a year\\.</title>", 0, 0, NULL);
  g_autoptr(GRegex) way_title = g_regex_new ("<title id=\"title-transition-[^\"]+\">[^<]*"
                                             "people a year</title>", 0, 0, NULL);
  g_autoptr(GRegex) text = g_regex_new ("<tspan[^>]*>[0-9]+ people a year</tspan>", 0, 0, NULL);

  g_assert_nonnull (flow);
  options.flow = flow;
  bytes = pd_export_render (doc, PD_EXPORT_SVG, &options, NULL);
  svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_regex_match (step_title, svg, 0, NULL));
  g_assert_true (g_regex_match (way_title, svg, 0, NULL));
  g_assert_true (g_regex_match (text, svg, 0, NULL));
  g_assert_nonnull (strstr (svg, "Line width: people a year"));
  g_assert_null (strstr (without, "a year"));
}

int
main (int    argc,
      char **argv)
{
  /* Digits ungrouped, whatever the machine's locale. */
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scene-flow/figures-placed", test_figures_placed);
  g_test_add_func ("/scene-flow/widths-monotone", test_widths_monotone);
  g_test_add_func ("/scene-flow/numbers", test_numbers);
  g_test_add_func ("/scene-flow/no-figures", test_no_figures);
  g_test_add_func ("/scene-flow/svg", test_svg);
  test_add_per_example ("/scene-flow/example", test_example);
  return g_test_run ();
}
