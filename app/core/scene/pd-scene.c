/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-reading-order.h"
#include "pd-scene-edge-private.h"

PdGroup *
pd_group_new (PdGroupKind  kind,
              const char  *id,
              const char  *css_class,
              const char  *title)
{
  PdGroup *group = g_new0 (PdGroup, 1);

  group->kind = kind;
  group->id = pd_text_clean (id);
  group->css_class = pd_text_clean (css_class);
  group->title = pd_text_clean (title);
  group->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_shape_free);
  return group;
}

void
pd_group_free (PdGroup *group)
{
  g_free (group->id);
  g_free (group->css_class);
  g_free (group->title);
  g_free (group->object_id);
  g_ptr_array_unref (group->shapes);
  g_free (group);
}

void
pd_group_add_shape (PdGroup *group,
                    PdShape *shape)
{
  g_ptr_array_add (group->shapes, shape);
}

void
pd_scene_free (PdScene *scene)
{
  if (scene == NULL)
    return;
  g_free (scene->title);
  g_free (scene->description);
  g_free (scene->font_family);
  g_ptr_array_unref (scene->groups);
  g_clear_pointer (&scene->by_object, g_hash_table_unref);
  g_free (scene);
}

PdGroup *
pd_scene_find_group (PdScene    *scene,
                     const char *object_id)
{
  /* Looked up for every step as the canvas draws and hit-tests: a
   * search through every group each time would grow with the square of
   * the pathway. */
  if (scene->by_object == NULL || scene->indexed != scene->groups->len)
    {
      g_clear_pointer (&scene->by_object, g_hash_table_unref);
      scene->by_object = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < scene->groups->len; i++)
        {
          PdGroup *group = g_ptr_array_index (scene->groups, i);

          /* The first group of an id, as a search in order would find. */
          if (group->object_id && !g_hash_table_contains (scene->by_object, group->object_id))
            g_hash_table_insert (scene->by_object, group->object_id, group);
        }
      scene->indexed = scene->groups->len;
    }
  return object_id ? g_hash_table_lookup (scene->by_object, object_id) : NULL;
}

/* "It has 22 steps and 34 transitions, delivered by NHS trust and …" */
static char *
describe (PdSceneBuilder *b,
          guint           n_nodes,
          guint           n_edges)
{
  GListModel *agencies = pd_document_get_agencies (b->document);
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *s = g_string_new (NULL);

  g_object_get (b->document, "summary", &summary, NULL);
  if (summary)
    g_string_append_printf (s, "%s ", summary);
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "The pathway has %u step",
                                          "The pathway has %u steps", n_nodes), n_nodes);
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " and %u transition",
                                          " and %u transitions", n_edges), n_edges);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      if (g_hash_table_contains (b->agencies_used, pd_agency_get_id (agency)))
        g_ptr_array_add (names, (gpointer) (pd_agency_get_name (agency)
                                            ? pd_agency_get_name (agency)
                                            : pd_agency_get_id (agency)));
    }
  if (names->len > 0)
    {
      g_string_append (s, _(", delivered by "));
      for (guint i = 0; i < names->len; i++)
        g_string_append_printf (s, "%s%s", i == 0 ? "" : i + 1 == names->len ? _(" and ") : ", ",
                                (char *) g_ptr_array_index (names, i));
    }
  g_string_append_c (s, '.');
  {
    g_autofree char *raw = g_string_free (s, FALSE);
    return pd_text_clean (raw);
  }
}

/* The builder's state for @document: fonts, obstacles (every step), the
 * pairs of steps joined both ways. */
static void
builder_init (PdSceneBuilder       *b,
              PdDocument           *document,
              const PdSceneOptions *options,
              PdScene              *scene,
              GPtrArray            *nodes,
              GPtrArray            *edges)
{
  b->document = document;
  b->scene = scene;
  b->text = pd_text_layouter_get_default ();
  b->options = options ? *options : PD_SCENE_OPTIONS_DEFAULT;
  b->node_rects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  b->node_kinds_used = g_hash_table_new (NULL, NULL);
  b->edge_kinds_used = g_hash_table_new (NULL, NULL);
  b->agencies_used = g_hash_table_new (g_str_hash, g_str_equal);
  b->obstacles = pd_rect_index_new (200);
  b->node_obstacles = pd_rect_index_new (200);
  g_object_get (document, "routing", &b->routing, NULL);
  b->route_index = pd_rect_index_new (200);
  b->route_segments = g_array_new (FALSE, FALSE, sizeof (PdRouteSegment));
  b->pending_labels = g_ptr_array_new_with_free_func (pd_scene_pending_label_free);
  b->linked_pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      PdRect rect = pd_scene_node_rect (b, node);
      PdRect inset = pd_rect_grown (&rect, -PD_SCENE_OBSTACLE_INSET);

      pd_rect_index_add (b->obstacles, &rect);
      pd_rect_index_add (b->node_obstacles, &inset);
    }
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);

      g_hash_table_add (b->linked_pairs, g_strdup_printf ("%s\n%s", pd_edge_get_from_id (edge),
                                                          pd_edge_get_to_id (edge)));
    }
  b->ports = pd_scene_plan_ports (b, edges);
  b->heads = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                    (GDestroyNotify) g_array_unref);
  b->starts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                     (GDestroyNotify) g_array_unref);
}

static void
builder_clear (PdSceneBuilder *b)
{
  g_hash_table_unref (b->node_rects);
  g_hash_table_unref (b->node_kinds_used);
  g_hash_table_unref (b->edge_kinds_used);
  g_hash_table_unref (b->agencies_used);
  g_hash_table_unref (b->linked_pairs);
  g_hash_table_unref (b->ports);
  g_hash_table_unref (b->heads);
  g_hash_table_unref (b->starts);
  pd_rect_index_free (b->obstacles);
  pd_rect_index_free (b->node_obstacles);
  pd_rect_index_free (b->route_index);
  g_array_unref (b->route_segments);
  g_ptr_array_unref (b->pending_labels);
}

static PdScene *
scene_new (PdDocument *document)
{
  PdScene *scene = g_new0 (PdScene, 1);

  scene->title = pd_text_clean (pd_document_get_title (document)
                                ? pd_document_get_title (document) : _("Untitled pathway"));
  scene->font_family = g_strdup (PD_SCENE_FONT_FALLBACKS);
  scene->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_group_free);
  return scene;
}

PdScene *
pd_scene_new_from_document (PdDocument *document)
{
  return pd_scene_new_with_options (document, NULL);
}

/* @edges, in their order, as lists keyed by the id of the step each
 * leaves. */
static GHashTable *
edges_by_source (GPtrArray *edges)
{
  GHashTable *by_source = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      GPtrArray *list = g_hash_table_lookup (by_source, pd_edge_get_from_id (edge));

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_source, (gpointer) pd_edge_get_from_id (edge), list);
        }
      g_ptr_array_add (list, edge);
    }
  return by_source;
}

/* Each step, then the ways out of it: the order a reader follows. The
 * steps' bounds join @diagram; returns how many transitions were drawn. */
static guint
build_steps_and_ways (PdSceneBuilder *b,
                      PdScene        *scene,
                      GPtrArray      *nodes,
                      GPtrArray      *edges,
                      PdRect         *diagram)
{
  g_autoptr(GHashTable) by_source = edges_by_source (edges);
  guint n_edges = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      GPtrArray *out = g_hash_table_lookup (by_source, pd_node_get_id (node));
      PdGroup *group = pd_scene_build_node (b, node);

      pd_rect_union (diagram, &group->bounds);
      g_ptr_array_add (scene->groups, group);
      for (guint e = 0; out && e < out->len; e++)
        {
          PdGroup *edge_group = pd_scene_build_edge (b, g_ptr_array_index (out, e));
          if (edge_group == NULL)
            continue;
          g_ptr_array_add (scene->groups, edge_group);
          n_edges++;
        }
    }
  return n_edges;
}

/* The agencies' lanes behind everything, and part of the @diagram the
 * title sits above. */
static void
add_lanes (PdSceneBuilder *b,
           PdScene        *scene,
           PdRect         *diagram)
{
  g_autoptr(GPtrArray) lanes = pd_scene_build_lanes (b, diagram);

  for (guint i = 0; i < lanes->len; i++)
    {
      PdGroup *lane = g_ptr_array_index (lanes, i);
      g_ptr_array_insert (scene->groups, (int) i, lane);
    }
  for (guint i = 0; i < lanes->len; i++)
    pd_rect_union (diagram, &((PdGroup *) g_ptr_array_index (lanes, i))->bounds);
}

/* The bounds of @scene's transitions, labels placed, added to @rect. */
static void
union_edge_bounds (PdScene *scene,
                   PdRect  *rect)
{
  for (guint i = 0; i < scene->groups->len; i++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, i);
      if (group->kind == PD_GROUP_EDGE)
        pd_rect_union (rect, &group->bounds);
    }
}

PdScene *
pd_scene_new_with_options (PdDocument           *document,
                           const PdSceneOptions *options)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  PdSceneBuilder b = { 0 };
  PdScene *scene;
  PdRect diagram = { 0 };
  PdGroup *title_block, *legend;
  guint n_edges;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  scene = scene_new (document);
  pd_reading_order (document, &nodes, &edges);
  builder_init (&b, document, options, scene, nodes, edges);
  n_edges = build_steps_and_ways (&b, scene, nodes, edges, &diagram);
  pd_scene_place_edge_labels (&b);
  union_edge_bounds (scene, &diagram);
  pd_scene_add_compare_marks (&b, scene, &diagram);
  if (pd_rect_is_empty (&diagram))
    diagram = (PdRect) { 0, 0, 400, 100 };
  add_lanes (&b, scene, &diagram);

  title_block = pd_scene_build_title_block (&b, &diagram);
  g_ptr_array_insert (scene->groups, 0, title_block);
  legend = pd_scene_build_legend (&b, &diagram);
  g_ptr_array_add (scene->groups, legend);

  scene->description = describe (&b, nodes->len, n_edges);
  scene->bounds = diagram;
  pd_rect_union (&scene->bounds, &title_block->bounds);
  pd_rect_union (&scene->bounds, &legend->bounds);
  scene->bounds.x -= PD_SCENE_MARGIN;
  scene->bounds.y -= PD_SCENE_MARGIN;
  scene->bounds.width += 2 * PD_SCENE_MARGIN;
  scene->bounds.height += 2 * PD_SCENE_MARGIN;
  builder_clear (&b);
  if (options && options->high_contrast)
    pd_scene_make_high_contrast (scene);
  return scene;
}

double
pd_scene_node_box_height (PdDocument           *document,
                          PdNode               *node,
                          const PdSceneOptions *options)
{
  PdSceneBuilder b = { 0 };

  g_return_val_if_fail (PD_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (PD_IS_NODE (node), 0);

  b.document = document;
  b.text = pd_text_layouter_get_default ();
  b.options = options ? *options : PD_SCENE_OPTIONS_DEFAULT;
  return pd_scene_node_height (&b, node);
}

/* @document's steps into @nodes and its transitions into @edges, a
 * reference each, in the order the document holds them. */
static void
document_items (PdDocument *document,
                GPtrArray  *nodes,
                GPtrArray  *edges)
{
  GListModel *node_list = pd_document_get_nodes (document);
  GListModel *edge_list = pd_document_get_edges (document);

  for (guint i = 0; i < g_list_model_get_n_items (node_list); i++)
    g_ptr_array_add (nodes, g_list_model_get_item (node_list, i));
  for (guint i = 0; i < g_list_model_get_n_items (edge_list); i++)
    g_ptr_array_add (edges, g_list_model_get_item (edge_list, i));
}

/* The steps of @nodes whose ids are in @node_ids, their bounds added to
 * the scene's. */
static void
build_chosen_steps (PdSceneBuilder *b,
                    PdScene        *scene,
                    GPtrArray      *nodes,
                    GHashTable     *node_ids)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);

      if (g_hash_table_contains (node_ids, pd_node_get_id (node)))
        {
          PdGroup *group = pd_scene_build_node (b, node);
          pd_rect_union (&scene->bounds, &group->bounds);
          g_ptr_array_add (scene->groups, group);
        }
    }
}

/* The transitions of @edges from or to a step in @node_ids. */
static void
build_ways_touching (PdSceneBuilder *b,
                     PdScene        *scene,
                     GPtrArray      *edges,
                     GHashTable     *node_ids)
{
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      PdGroup *group;

      if (!g_hash_table_contains (node_ids, pd_edge_get_from_id (edge))
          && !g_hash_table_contains (node_ids, pd_edge_get_to_id (edge)))
        continue;
      group = pd_scene_build_edge (b, edge);
      if (group == NULL)
        continue;
      g_ptr_array_add (scene->groups, group);
    }
}

PdScene *
pd_scene_new_partial (PdDocument           *document,
                      GHashTable           *node_ids,
                      const PdSceneOptions *options)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) edges = g_ptr_array_new_with_free_func (g_object_unref);
  PdSceneBuilder b = { 0 };
  PdScene *scene;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  scene = scene_new (document);
  document_items (document, nodes, edges);
  builder_init (&b, document, options, scene, nodes, edges);
  build_chosen_steps (&b, scene, nodes, node_ids);
  /* A dragged step keeps its New or Changed while it moves. */
  pd_scene_add_compare_step_marks (&b, scene, &scene->bounds);
  build_ways_touching (&b, scene, edges, node_ids);
  pd_scene_place_edge_labels (&b);
  union_edge_bounds (scene, &scene->bounds);
  builder_clear (&b);
  if (options && options->high_contrast)
    pd_scene_make_high_contrast (scene);
  return scene;
}
