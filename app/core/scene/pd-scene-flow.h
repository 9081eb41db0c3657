/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* People a year through each step and along each transition, as the
 * diagram shows them (View ▸ Show People a Year, `pathway export --flow`).
 * The scene does not work them out: whoever asks for them fills this from
 * the capacity model, which sits above the scene. */
typedef struct _PdSceneFlow PdSceneFlow;

/* (transfer full); free accepts NULL. */
PdSceneFlow *pd_scene_flow_new              (void);
void         pd_scene_flow_free             (PdSceneFlow       *flow);
/* @people: a year, ≥ 0; set again, the last wins. */
void         pd_scene_flow_set_step         (PdSceneFlow       *flow,
                                             const char        *node_id,
                                             double             people);
void         pd_scene_flow_set_transition   (PdSceneFlow       *flow,
                                             const char        *edge_id,
                                             double             people);
/* Whether @flow has a figure for the step or transition; @people: (out)
 * (optional), left untouched when not. */
gboolean     pd_scene_flow_get_step         (const PdSceneFlow *flow,
                                             const char        *node_id,
                                             double            *people);
gboolean     pd_scene_flow_get_transition   (const PdSceneFlow *flow,
                                             const char        *edge_id,
                                             double            *people);
/* The most people a year along any one transition; 0 when none. */
double       pd_scene_flow_largest          (const PdSceneFlow *flow);

/* @people, rounded as the diagram shows them (whole people below a
 * thousand, three figures above) and written with the reader's digit
 * grouping: "1,250". (transfer full). */
char        *pd_scene_flow_format_number    (double             people);
/* What a step says: "1,250 people a year". (transfer full). */
char        *pd_scene_flow_describe_step    (double             people);
/* What a transition's label says: "1,250 a year". (transfer full). */
char        *pd_scene_flow_describe_transition (double          people);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdSceneFlow, pd_scene_flow_free)

G_END_DECLS
