/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The texts of an object given in languages other than English: a step's
 * title and easy-read text, the pathway's title and summary, an agency's
 * name. Each is keyed by the field (the property's name, as "easy-read") and
 * a BCP 47 language tag; entries are kept sorted by field then tag, the
 * order they are written in. English is the object's own property, never an
 * entry here. */
typedef struct _PdTranslations PdTranslations;

#define PD_TYPE_TRANSLATIONS (pd_translations_get_type ())
GType           pd_translations_get_type    (void) G_GNUC_CONST;

/* new and copy return (transfer full); free accepts NULL. */
PdTranslations *pd_translations_new         (void);
PdTranslations *pd_translations_copy        (const PdTranslations *translations);
void            pd_translations_free        (PdTranslations       *translations);

/* The text of @field in @lang (any case): (transfer none) (nullable).
 * @translations may be NULL, as an object's are until it has any. */
const char     *pd_translations_lookup      (const PdTranslations *translations,
                                             const char           *field,
                                             const char           *lang);
/* Sets the text of @field in @lang (normalised with pd_language_tag_normalize());
 * @text (nullable): NULL or "" removes it. Returns whether anything changed. */
gboolean        pd_translations_set         (PdTranslations       *translations,
                                             const char           *field,
                                             const char           *lang,
                                             const char           *text);
guint           pd_translations_get_n_items (const PdTranslations *translations);
/* The @index-th entry, in the written order: @field, @lang and @text are
 * (out) (transfer none) (nullable: pass NULL for what is not wanted). */
void            pd_translations_get_item    (const PdTranslations *translations,
                                             guint                 index,
                                             const char          **field,
                                             const char          **lang,
                                             const char          **text);
/* Adds the tags of @translations (nullable) that @languages lacks:
 * @languages (element-type utf8) must free its strings; they are copies. */
void            pd_translations_add_languages (const PdTranslations *translations,
                                               GPtrArray            *languages);
gboolean        pd_translations_equal       (const PdTranslations *a,
                                             const PdTranslations *b);

/* Language tags: what the format accepts is a sane BCP 47 tag, 2 to 35
 * characters of letters, digits and hyphens, a primary subtag of 2 to 8
 * letters, then subtags of 1 to 8 letters or digits. */
gboolean        pd_language_tag_is_valid    (const char *tag);
/* @tag in its usual case ("pa-Arab-PK", "pl"), or NULL when not valid:
 * (transfer full) (nullable). */
char           *pd_language_tag_normalize   (const char *tag);
/* Whether @tag stands for English, the text without a language tag. */
gboolean        pd_language_tag_is_default  (const char *tag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTranslations, pd_translations_free)

G_END_DECLS
