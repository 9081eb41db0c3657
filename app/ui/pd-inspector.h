/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-comments.h"
#include "pd-document.h"
#include "pd-language-choice.h"
#include "pd-selection.h"
#include "pd-shared-group.h"

G_BEGIN_DECLS

#define PD_TYPE_INSPECTOR (pd_inspector_get_type ())
G_DECLARE_FINAL_TYPE (PdInspector, pd_inspector, PD, INSPECTOR, AdwBin)

/* Every field of what is selected: the step, the transition, or with
 * nothing selected the pathway itself. Edits go through the history. */
GtkWidget  *pd_inspector_new          (void);
/* The "document" and "selection" properties: what is edited, and which
 * of its items. */
PdDocument  *pd_inspector_get_document  (PdInspector *self);
void         pd_inspector_set_document  (PdInspector *self,
                                         PdDocument  *document);
PdSelection *pd_inspector_get_selection (PdInspector *self);
void         pd_inspector_set_selection (PdInspector *self,
                                         PdSelection *selection);
/* "pathway", "step", "transition" or "several". */
const char *pd_inspector_get_page     (PdInspector *self);
/* The widget editing @property on the page shown. */
GtkWidget  *pd_inspector_get_editor   (PdInspector *self,
                                       const char  *property);
/* The comments of the page shown (NULL with several items selected). */
PdComments *pd_inspector_get_comments (PdInspector *self);
/* The language the step's and pathway's texts are edited in: NULL for
 * English, else a tag; setting one the document does not have yet adds it
 * to the switcher at the top of those pages. */
const char *pd_inspector_get_language (PdInspector *self);
void        pd_inspector_set_language (PdInspector *self,
                                       const char  *lang);
/* The choice behind the switchers, for other panels to follow. */
PdLanguageChoice *pd_inspector_get_language_choice (PdInspector *self);
/* The switcher on the page shown (an AdwComboRow), or NULL. */
GtkWidget  *pd_inspector_get_language_row (PdInspector *self);
/* Moves the focus to the first field of the page shown. */
void        pd_inspector_focus        (PdInspector *self);

/* The library the window has open ((nullable)): a step's Properties say
 * which of its shared services the step uses, and where else it is used. */
void        pd_inspector_set_library  (PdInspector *self,
                                       PdLibrary   *library);
/* The group at the head of a step's Properties (for tests). */
PdSharedGroup *pd_inspector_get_shared_group (PdInspector *self);

G_END_DECLS
