/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"

G_BEGIN_DECLS

/* Rows that edit the properties of one model object at a time: each edit
 * goes through the document (one undo step; typing into one field merges),
 * and each change of the object, by undo or elsewhere, shows in its row. */
typedef enum {
  PD_ROW_TEXT,          /* AdwEntryRow */
  PD_ROW_LONG_TEXT,     /* a text view: descriptions, easy-read text */
  PD_ROW_ENUM,          /* AdwComboRow of the enumeration's labels */
  PD_ROW_AGENCY,        /* AdwComboRow of the document's agencies */
  PD_ROW_NUMBER,        /* a spin button; a likelihood of -1 reads "Not set" */
  PD_ROW_CLUSTERS,      /* a check box per care cluster */
  PD_ROW_LINKS,         /* titled links: evidence, supporting documents */
  PD_ROW_PARTICIPANTS,  /* co-design participants */
  PD_ROW_READ_ONLY,     /* an AdwActionRow showing the text: dates saving stamps */
  PD_ROW_STAFF,         /* a step's further roles (pd-inspector-staff.c) */
  PD_ROW_POSTS,         /* the pathway's staff in post (pd-inspector-staff.c) */
  PD_ROW_SWITCH,        /* an AdwActionRow with a switch: a yes or no */
  PD_ROW_CHANGES,       /* the pathway's change log (pd-inspector-changes.c) */
} PdRowKind;

typedef struct {
  const char *group;     /* the group's title; a new group when it changes */
  const char *property;
  const char *title;
  PdRowKind   kind;
  const char *subtitle;  /* under a number or switch row's title; a list's description */
  double      unset_as;  /* a number whose 0 is "not set": what that means, shown instead */
} PdRowSpec;

typedef struct _PdRows PdRows;

/* Adds the rows of @specs (titles and groups untranslated) to @page, for
 * objects of @object_type. */
PdRows    *pd_rows_new        (AdwPreferencesPage *page,
                               GType               object_type,
                               const PdRowSpec    *specs,
                               guint               n_specs);
void       pd_rows_free       (PdRows             *rows);
/* Shows and edits @object of @document (NULL: nothing). */
void       pd_rows_bind       (PdRows             *rows,
                               PdDocument         *document,
                               GObject            *object);
/* Shows and edits @objects (of the rows' type) at once: a field whose
 * values differ says "Mixed", and a change sets it in all of them as one
 * undo step. Translations are not edited so. */
void       pd_rows_bind_many  (PdRows             *rows,
                               PdDocument         *document,
                               GPtrArray          *objects);
/* Which language the translatable fields (see pd_document_is_translatable())
 * show and edit: NULL for English, the object's own properties, else a tag
 * whose translations they edit; their titles name the language. */
void       pd_rows_set_language (PdRows           *rows,
                                 const char       *lang);
/* The widget that edits @property: the entry row, combo row, spin button
 * or text view. */
GtkWidget *pd_rows_get_editor (PdRows             *rows,
                               const char         *property);

G_END_DECLS
