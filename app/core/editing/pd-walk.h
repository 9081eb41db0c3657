/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Walking a pathway from step to step with the keyboard, so that every
 * step can be reached without a pointer. */
typedef enum {
  PD_WALK_NEXT,            /* Tab: the next step in reading order */
  PD_WALK_PREVIOUS,        /* Shift+Tab */
  PD_WALK_FORWARD,         /* Alt+Right: along a transition out, typical first */
  PD_WALK_BACK,            /* Alt+Left: back along a transition in */
  PD_WALK_NEXT_BRANCH,     /* Alt+Down: the next step the previous one leads to */
  PD_WALK_PREVIOUS_BRANCH, /* Alt+Up */
} PdWalk;

/* The id of the step @walk leads to from step @from_id (NULL: from
 * nowhere, which leads to the first step in reading order), or NULL when
 * there is none that way: (transfer full) (nullable). Reading order wraps
 * around. */
char *pd_walk (PdDocument *document,
               const char *from_id,
               PdWalk      walk);

/* The transitions out of step @from_id, with the keyboard: @step 0 gives
 * its first (typical first, as read); 1 and -1 the one after or before
 * transition @edge_id among them, round and round. NULL when the step has
 * no transition out. Returns: (transfer full) (nullable); @edge_id
 * (nullable). */
char *pd_walk_transition (PdDocument *document,
                          const char *from_id,
                          const char *edge_id,
                          int         step);

G_END_DECLS
