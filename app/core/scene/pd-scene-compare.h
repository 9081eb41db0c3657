/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-node.h"

G_BEGIN_DECLS

/* The marks of a comparison with another version of the pathway (the
 * designer's Compare With…): steps that are new, outlined and labelled
 * "New"; changed, with a dotted badge saying "Changed"; and steps of the
 * other version that are gone, drawn faded with a dashed outline and
 * "Removed" where they were. Never colour alone: each mark has its word.
 * The scene does not compare: whoever asks for the marks fills this from
 * the difference, which sits above the scene. */
typedef struct _PdSceneCompare PdSceneCompare;

typedef enum {
  PD_SCENE_MARK_NONE,
  PD_SCENE_MARK_NEW,
  PD_SCENE_MARK_CHANGED,
} PdSceneMark;

/* (transfer full); free accepts NULL. */
PdSceneCompare *pd_scene_compare_new         (void);
void            pd_scene_compare_free        (PdSceneCompare       *compare);
void            pd_scene_compare_mark_step   (PdSceneCompare       *compare,
                                              const char           *node_id,
                                              PdSceneMark           mark);
PdSceneMark     pd_scene_compare_get_mark    (const PdSceneCompare *compare,
                                              const char           *node_id);
/* A step of the other version (copied) drawn ghosted at its place. */
void            pd_scene_compare_add_removed (PdSceneCompare       *compare,
                                              PdNode               *node);
/* (transfer none) (element-type PdNode). */
GPtrArray      *pd_scene_compare_get_removed (const PdSceneCompare *compare);

/* The id of the scene group of the ghost of the removed step @node_id:
 * (transfer full). */
char           *pd_scene_compare_removed_group_id (const char *node_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdSceneCompare, pd_scene_compare_free)

G_END_DECLS
