/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-scene-compare.h"
#include "pd-scene-private.h"
#include "pd-scene-style.h"

struct _PdSceneCompare
{
  GHashTable *marks;     /* node id → PdSceneMark */
  GPtrArray *removed;    /* of PdNode */
};

/* Green that keeps 4.5:1 on white, as text and as a 3 px line. */
static const PdColor new_colour = { 0.09, 0.45, 0.20, 1 };
static const PdColor ghost_colour = { 0.40, 0.40, 0.40, 1 };
static const PdColor ghost_fill = { 0.55, 0.55, 0.55, 0.12 };
#define MARK_FONT 11.0

PdSceneCompare *
pd_scene_compare_new (void)
{
  PdSceneCompare *compare = g_new0 (PdSceneCompare, 1);

  compare->marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  compare->removed = g_ptr_array_new_with_free_func (g_object_unref);
  return compare;
}

void
pd_scene_compare_free (PdSceneCompare *compare)
{
  if (compare == NULL)
    return;
  g_hash_table_unref (compare->marks);
  g_ptr_array_unref (compare->removed);
  g_free (compare);
}

void
pd_scene_compare_mark_step (PdSceneCompare *compare,
                            const char     *node_id,
                            PdSceneMark     mark)
{
  g_return_if_fail (compare != NULL && node_id != NULL);
  g_hash_table_replace (compare->marks, g_strdup (node_id), GINT_TO_POINTER (mark));
}

PdSceneMark
pd_scene_compare_get_mark (const PdSceneCompare *compare,
                           const char           *node_id)
{
  g_return_val_if_fail (compare != NULL, PD_SCENE_MARK_NONE);
  return GPOINTER_TO_INT (g_hash_table_lookup (compare->marks, node_id));
}

void
pd_scene_compare_add_removed (PdSceneCompare *compare,
                              PdNode         *node)
{
  g_return_if_fail (compare != NULL && PD_IS_NODE (node));
  g_ptr_array_add (compare->removed, pd_node_copy (node, NULL));
}

GPtrArray *
pd_scene_compare_get_removed (const PdSceneCompare *compare)
{
  g_return_val_if_fail (compare != NULL, NULL);
  return compare->removed;
}

char *
pd_scene_compare_removed_group_id (const char *node_id)
{
  return g_strconcat ("removed-", node_id, NULL);
}

static PdPath *
rect_path (double x,
           double y,
           double w,
           double h)
{
  PdPath *path = pd_path_new ();

  pd_path_move_to (path, x, y);
  pd_path_line_to (path, x + w, y);
  pd_path_line_to (path, x + w, y + h);
  pd_path_line_to (path, x, y + h);
  pd_path_line_to (path, x, y);
  return path;
}

/* @word over the top left corner of @rect. */
static void
add_word (PdSceneBuilder *b,
          PdGroup        *group,
          const PdRect   *rect,
          const char     *word,
          PdColor         colour)
{
  pd_group_add_shape (group, pd_text_layouter_layout (b->text, word, MARK_FONT, TRUE, colour,
                                                      rect->x, rect->y - MARK_FONT - 8, 0, 1,
                                                      PD_ALIGN_START, NULL));
  group->bounds.y = MIN (group->bounds.y, rect->y - MARK_FONT - 10);
}

static void
mark_new (PdSceneBuilder *b,
          PdGroup        *group)
{
  PdRect r = group->bounds;

  r.x -= 4;
  r.y -= 4;
  r.width += 8;
  r.height += 8;
  pd_group_add_shape (group, pd_shape_new_path (rect_path (r.x, r.y, r.width, r.height),
                                                PD_COLOR_NONE, new_colour, 3));
  add_word (b, group, &r, _("New"), new_colour);
  pd_rect_union (&group->bounds, &r);
}

/* A dotted badge with the word, over the top right corner. */
static void
mark_changed (PdSceneBuilder *b,
              PdGroup        *group)
{
  const char *word = _("Changed");
  double w = pd_text_layouter_measure (b->text, word, MARK_FONT, TRUE) + 12;
  double h = MARK_FONT + 8;
  double x = group->bounds.x + group->bounds.width - w + 6;
  double y = group->bounds.y - h / 2 - 2;
  PdShape *badge = pd_shape_new_path (rect_path (x, y, w, h), PD_COLOR_WHITE, PD_COLOR_BLACK,
                                      1.5);
  PdRect r = { x, y, w, h };

  badge->dash[0] = 2;
  badge->dash[1] = 2;
  pd_group_add_shape (group, badge);
  pd_group_add_shape (group, pd_text_layouter_layout (b->text, word, MARK_FONT, TRUE,
                                                      PD_COLOR_BLACK, x, y + 3, w, 1,
                                                      PD_ALIGN_CENTER, NULL));
  pd_rect_union (&group->bounds, &r);
}

static PdGroup *
build_ghost (PdSceneBuilder *b,
             PdNode         *node)
{
  const char *title = pd_node_get_title (node) ? pd_node_get_title (node) : "";
  g_autofree char *id = pd_scene_compare_removed_group_id (pd_node_get_id (node));
  g_autofree char *name = g_strdup_printf (_("Removed: %s"), title);
  PdRect r = { pd_node_get_x (node), pd_node_get_y (node), pd_node_get_width (node),
               pd_node_get_height (node) };
  PdGroup *group = pd_group_new (PD_GROUP_NODE, id, "step removed", name);
  PdShape *outline = pd_shape_new_path (pd_node_shape_path (pd_node_get_kind (node), r.x, r.y,
                                                            r.width, r.height),
                                        ghost_fill, ghost_colour, 1.5);

  outline->dash[0] = 6;
  outline->dash[1] = 4;
  pd_group_add_shape (group, outline);
  pd_group_add_shape (group, pd_text_layouter_layout (b->text, title, 13, FALSE, ghost_colour,
                                                      r.x + 10, r.y + 12, r.width - 20, 3,
                                                      PD_ALIGN_CENTER, NULL));
  group->bounds = r;
  add_word (b, group, &r, _("Removed"), ghost_colour);
  return group;
}

void
pd_scene_add_compare_step_marks (PdSceneBuilder *b,
                                 PdScene        *scene,
                                 PdRect         *diagram)
{
  const PdSceneCompare *compare = b->options.compare;

  if (compare == NULL)
    return;
  for (guint i = 0; i < scene->groups->len; i++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, i);

      if (group->kind != PD_GROUP_NODE || group->object_id == NULL)
        continue;
      switch (pd_scene_compare_get_mark (compare, group->object_id))
        {
        case PD_SCENE_MARK_NEW:
          mark_new (b, group);
          break;
        case PD_SCENE_MARK_CHANGED:
          mark_changed (b, group);
          break;
        case PD_SCENE_MARK_NONE:
        default:
          break;
        }
      pd_rect_union (diagram, &group->bounds);
    }
}

void
pd_scene_add_compare_marks (PdSceneBuilder *b,
                            PdScene        *scene,
                            PdRect         *diagram)
{
  const PdSceneCompare *compare = b->options.compare;
  GPtrArray *ghosts;

  if (compare == NULL)
    return;
  pd_scene_add_compare_step_marks (b, scene, diagram);
  /* Ghosts first, under what is there now. */
  ghosts = pd_scene_compare_get_removed (compare);
  for (guint i = 0; i < ghosts->len; i++)
    {
      PdGroup *ghost = build_ghost (b, g_ptr_array_index (ghosts, i));

      pd_rect_union (diagram, &ghost->bounds);
      g_ptr_array_insert (scene->groups, i, ghost);
    }
}
