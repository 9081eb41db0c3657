/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_LANGUAGE_CHOICE (pd_language_choice_get_type ())
G_DECLARE_FINAL_TYPE (PdLanguageChoice, pd_language_choice, PD, LANGUAGE_CHOICE, GObject)

/* Which language the texts kept in several languages are edited in, shared
 * by the panels that edit them, and the "Language" drop-downs that show it:
 * English (default), the document's languages by their own names and those
 * added while editing, then "Add language…". */
PdLanguageChoice *pd_language_choice_new          (void);
void              pd_language_choice_set_document (PdLanguageChoice *self,
                                                   PdDocument       *document);
/* NULL for English, else a normalised tag (the "language" property);
 * setting one the document has no text in yet adds it to the drop-downs. */
const char       *pd_language_choice_get_language (PdLanguageChoice *self);
void              pd_language_choice_set_language (PdLanguageChoice *self,
                                                   const char       *lang);
/* A new drop-down (an AdwComboRow) showing and setting the choice;
 * @subtitle says which texts follow it, @body is the text of the dialog
 * that adds a language. */
GtkWidget        *pd_language_choice_new_row      (PdLanguageChoice *self,
                                                   const char       *subtitle,
                                                   const char       *body);

G_END_DECLS
