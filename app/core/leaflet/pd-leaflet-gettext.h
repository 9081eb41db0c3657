/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The leaflet's fixed phrases in the leaflet's language, whatever the
 * user's locale: looked up in that language's catalogue (po/LANG.po,
 * compiled into the program), the English @msgid when @lang is NULL, "en",
 * or has no catalogue or no translation of it; @lang (nullable). Thread-safe;
 * the strings returned live as long as the program: (transfer none). */
const char *pd_leaflet_gettext  (const char *lang,
                                 const char *msgid) G_GNUC_FORMAT (2);
/* The same with a context, as C_() has it. */
const char *pd_leaflet_pgettext (const char *lang,
                                 const char *context,
                                 const char *msgid) G_GNUC_FORMAT (3);
/* The plural form for @n, as the catalogue's Plural-Forms chooses it. */
const char *pd_leaflet_ngettext (const char *lang,
                                 const char *singular,
                                 const char *plural,
                                 gulong      n) G_GNUC_FORMAT (3);
/* Whether the program has a catalogue for @lang. */
gboolean    pd_leaflet_has_catalogue (const char *lang);

G_END_DECLS
