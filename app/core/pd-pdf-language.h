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

G_END_DECLS
