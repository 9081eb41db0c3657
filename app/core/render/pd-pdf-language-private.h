/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Entries added to one of @pdf's dictionary objects. */
typedef struct {
  guint64     number;   /* the object's; 0: the catalogue */
  const char *entries;  /* dictionary entries as PDF text, e.g. "/Lang (en)" */
} PdPdfAddition;

/* @pdf (as cairo writes it: a classic cross-reference table) with
 * @additions made as one incremental update, the original bytes untouched:
 * each object's newest version copied, its entries added (say /Lang, so
 * that screen readers speak the document in its language). NULL with an
 * error when an object or the trailer cannot be found. */
GBytes *pd_pdf_add_entries (GBytes              *pdf,
                            const PdPdfAddition *additions,
                            guint                n_additions,
                            GError             **error);
/* "/Lang (tag)" for @lang, normalised; NULL when it is not a language tag. */
char   *pd_pdf_language_entry (const char *lang);

G_END_DECLS
