/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @pdf (as cairo writes it: a classic cross-reference table) with the
 * document's language, /Lang (@lang) in its catalogue, so that screen
 * readers speak it in that language: an incremental update appended, the
 * original bytes untouched. NULL with an error when @pdf is not such a
 * PDF or @lang not a language tag. */
GBytes *pd_pdf_set_language (GBytes      *pdf,
                             const char  *lang,
                             GError     **error);

/* Entries added to one of @pdf's dictionary objects. */
typedef struct {
  guint64     number;   /* the object's; 0: the catalogue */
  const char *entries;  /* dictionary entries as PDF text, e.g. "/Lang (en)" */
} PdPdfAddition;

/* @pdf with @additions made as one incremental update (each object's newest
 * version copied, its entries added), or NULL with an error when an object
 * or the trailer cannot be found. */
GBytes *pd_pdf_add_entries (GBytes              *pdf,
                            const PdPdfAddition *additions,
                            guint                n_additions,
                            GError             **error);
/* "/Lang (tag)" for @lang, normalised; NULL when it is not a language tag. */
char   *pd_pdf_language_entry (const char *lang);

G_END_DECLS
