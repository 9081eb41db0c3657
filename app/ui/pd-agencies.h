/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-agency.h"
#include "pd-document.h"
#include "pd-language-choice.h"

G_BEGIN_DECLS

#define PD_TYPE_AGENCIES (pd_agencies_get_type ())
G_DECLARE_FINAL_TYPE (PdAgencies, pd_agencies, PD, AGENCIES, AdwBin)

/* The pathway's agencies: add, rename, recolour, set the letter and
 * pattern that stand in for the colour, reorder, remove (asking which
 * agency takes over the steps of one in use). Every change is an undo
 * step, and the diagram's key follows. */
GtkWidget *pd_agencies_new          (void);
/* The "document" property: whose agencies are shown. */
PdDocument *pd_agencies_get_document (PdAgencies *self);
void       pd_agencies_set_document (PdAgencies *self,
                                     PdDocument *document);
guint      pd_agencies_get_n_rows   (PdAgencies *self);
/* What the Remove button of @agency's row does. */
void       pd_agencies_remove       (PdAgencies *self,
                                     PdAgency   *agency);

/* Which language the names are edited in (English edits the agency's own
 * name, another language its translation, both undoable): a choice of
 * the panel's own unless given one shared with other panels. */
void              pd_agencies_set_language_choice (PdAgencies       *self,
                                                   PdLanguageChoice *choice);
PdLanguageChoice *pd_agencies_get_language_choice (PdAgencies       *self);
/* The panel's Language drop-down (an AdwComboRow). */
GtkWidget        *pd_agencies_get_language_row    (PdAgencies       *self);
/* The entry editing @property ("name", "short-name", "cue") of @agency. */
GtkWidget        *pd_agencies_get_editor          (PdAgencies       *self,
                                                   PdAgency         *agency,
                                                   const char       *property);

G_END_DECLS
