/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Words that easy-read text should explain or avoid, with plain words to
 * use instead: the list shipped in pathways-xml/hard-words.tsv. */
typedef struct {
  const char *term;          /* as listed: "GP", "care coordinator" */
  const char *plain;         /* "doctor" */
  const char *explanation;   /* a sentence for "Words to know" */
} PdHardWord;

/* The entry for @term (one word or a phrase; any case, except that a term
 * listed in capitals only matches in capitals): (transfer none) (nullable),
 * static. */
const PdHardWord *pd_hard_words_lookup (const char *term);
guint             pd_hard_words_get_n_items (void);

G_END_DECLS
