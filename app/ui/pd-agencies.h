/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-agency.h"
#include "pd-document.h"
#include "pd-language-choice.h"
#include "pd-library.h"

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

/* @document's agencies were given @library's when it was opened from the
 * library (pd_library_apply_agencies()): while @document is shown, each
 * agency the library has says "From the library" and its name, short name,
 * letter, colour and pattern are shown but not edited. NULL, NULL: none. */
void     pd_agencies_set_library     (PdAgencies *self,
                                      PdLibrary  *library,
                                      PdDocument *document);
gboolean pd_agencies_is_from_library (PdAgencies *self,
                                      PdAgency   *agency);

G_END_DECLS
