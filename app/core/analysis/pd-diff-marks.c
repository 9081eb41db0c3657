/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The changes of steps as the canvas marks them and a screen reader is
 * told of them (Compare With…). */
#include <glib/gi18n-lib.h>

#include "pd-diff.h"

PdSceneCompare *
pd_diff_scene_marks (PdDocument *old_document,
                     GPtrArray  *changes)
{
  PdSceneCompare *compare;

  g_return_val_if_fail (PD_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  compare = pd_scene_compare_new ();
  for (guint i = 0; i < changes->len; i++)
    {
      const PdDiffChange *change = g_ptr_array_index (changes, i);
      PdNode *old_node;

      if (change->subject != PD_DIFF_STEP)
        continue;
      if (change->kind == PD_DIFF_ADDED)
        pd_scene_compare_mark_step (compare, change->id, PD_SCENE_MARK_NEW);
      else if (change->kind == PD_DIFF_CHANGED)
        pd_scene_compare_mark_step (compare, change->id, PD_SCENE_MARK_CHANGED);
      else if (change->kind == PD_DIFF_REMOVED
               && (old_node = pd_document_get_node (old_document, change->old_id)))
        pd_scene_compare_add_removed (compare, old_node);
    }
  return compare;
}

char *
pd_diff_summarise (GPtrArray *changes)
{
  guint added = 0, removed = 0, changed = 0;
  g_autofree char *new_steps = NULL, *removed_steps = NULL, *changed_steps = NULL;
  g_autofree char *all = NULL;

  g_return_val_if_fail (changes != NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      const PdDiffChange *change = g_ptr_array_index (changes, i);

      if (change->subject != PD_DIFF_STEP || change->kind == PD_DIFF_MOVED)
        continue;
      if (change->kind == PD_DIFF_ADDED)
        added++;
      else if (change->kind == PD_DIFF_REMOVED)
        removed++;
      else
        changed++;
    }
  new_steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new step", "%u new steps",
                                            added), added);
  removed_steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removed", "%u removed",
                                                removed), removed);
  changed_steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed",
                                                changed), changed);
  all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change in all", "%u changes in all",
                                      changes->len), changes->len);
  /* TRANSLATORS: the steps new, removed and changed, and the changes in
   * all, each written above. */
  return g_strdup_printf (_("Compared with another version: %s, %s, %s; %s."),
                          new_steps, removed_steps, changed_steps, all);
}
