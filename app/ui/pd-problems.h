/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"
#include "pd-selection.h"

G_BEGIN_DECLS

#define PD_TYPE_PROBLEMS (pd_problems_get_type ())
G_DECLARE_FINAL_TYPE (PdProblems, pd_problems, PD, PROBLEMS, AdwBin)

/* What `pathway check` finds, kept up to date as the pathway is edited;
 * activating a finding selects the step it is about. "notify::count"
 * tells how many there are, for the side pane's badge. */
GtkWidget *pd_problems_new          (void);
/* The "document" property: what is checked. */
PdDocument *pd_problems_get_document (PdProblems *self);
void       pd_problems_set_document (PdProblems  *self,
                                     PdDocument  *document);
/* The "selection" property: what activating a finding selects in. */
PdSelection *pd_problems_get_selection (PdProblems  *self);
void       pd_problems_set_selection (PdProblems  *self,
                                      PdSelection *selection);
guint      pd_problems_get_count    (PdProblems  *self);
/* The messages listed (for tests): a new array of strings. */
GStrv      pd_problems_get_messages (PdProblems  *self);
/* Does what activating the @position-th finding does. */
void       pd_problems_activate     (PdProblems  *self,
                                     guint        position);

G_END_DECLS
