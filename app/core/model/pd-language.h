/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the program knows of a language a pathway's texts may be given in:
 * enough to offer it by its own name and to set its leaflet in fonts that
 * have its script. */
typedef struct {
  const char *tag;              /* BCP 47, as "pa-Arab" */
  const char *name;             /* in the language itself: "Polski", "اردو" */
  const char *english_name;     /* "Polish" */
  gboolean    right_to_left;
  const char *font_families;    /* a fontconfig family list, best first */
  const char *fontconfig_lang;  /* what fontconfig calls it (":lang=") */
  const char *font_package;     /* the Debian package with those fonts */
  /* Whether the readability checks (word lists, sentence lengths tuned for
   * English) mean anything for its texts: English only. */
  gboolean    readability_checks;
} PdLanguageInfo;

/* The language of @tag (any case; "pa-Arab-PK" finds "pa-Arab", else "pa"),
 * or NULL when the program does not know it or @tag is not a tag:
 * (transfer none) (nullable), static. @tag: (nullable). */
const PdLanguageInfo *pd_language_info (const char *tag);
/* The languages it knows, English first, then by tag; NULL-terminated,
 * (transfer none), static. */
const PdLanguageInfo *const *pd_language_list (void);
/* @tag's name in its own language, or the tag itself when not known:
 * (transfer full). */
char                 *pd_language_get_display_name (const char *tag);
/* Whether some installed font covers @tag's language (fontconfig's
 * FcFontList with :lang=); else FALSE with an error naming the Debian
 * package to install. @error: (nullable). */
gboolean              pd_language_font_available   (const char  *tag,
                                                    GError     **error);
/* Whether one of the families @tag's leaflet is set in is installed
 * (another font that has its letters may look nothing like them). */
gboolean              pd_language_own_font_installed (const char *tag);
/* Whether @lang is written without spaces between words (Chinese, Thai…). */
gboolean              pd_language_is_unspaced      (const char  *lang);

G_END_DECLS
