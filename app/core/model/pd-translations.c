/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-translations-private.h"

typedef struct {
  char *field;
  char *lang;
  char *text;
} Entry;

struct _PdTranslations
{
  GPtrArray *entries;   /* of Entry, sorted by field then tag */
};

G_DEFINE_BOXED_TYPE (PdTranslations, pd_translations, pd_translations_copy, pd_translations_free)

static void
entry_free (Entry *entry)
{
  g_free (entry->field);
  g_free (entry->lang);
  g_free (entry->text);
  g_free (entry);
}

static Entry *
entry_new (const char *field,
           const char *lang,
           const char *text)
{
  Entry *entry = g_new (Entry, 1);

  entry->field = g_strdup (field);
  entry->lang = g_strdup (lang);
  entry->text = g_strdup (text);
  return entry;
}

PdTranslations *
pd_translations_new (void)
{
  PdTranslations *self = g_new (PdTranslations, 1);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  return self;
}

PdTranslations *
pd_translations_copy (const PdTranslations *translations)
{
  PdTranslations *copy = pd_translations_new ();

  for (guint i = 0; i < translations->entries->len; i++)
    {
      const Entry *e = g_ptr_array_index (translations->entries, i);
      g_ptr_array_add (copy->entries, entry_new (e->field, e->lang, e->text));
    }
  return copy;
}

void
pd_translations_free (PdTranslations *translations)
{
  if (translations == NULL)
    return;
  g_ptr_array_unref (translations->entries);
  g_free (translations);
}

/* Where (@field, @lang) is or would go; TRUE when it is there. */
static gboolean
find (const PdTranslations *self,
      const char           *field,
      const char           *lang,
      guint                *position)
{
  guint i;

  for (i = 0; i < self->entries->len; i++)
    {
      const Entry *e = g_ptr_array_index (self->entries, i);
      int order = strcmp (e->field, field);

      if (order == 0)
        order = strcmp (e->lang, lang);
      if (order == 0)
        {
          *position = i;
          return TRUE;
        }
      if (order > 0)
        break;
    }
  *position = i;
  return FALSE;
}

const char *
pd_translations_lookup (const PdTranslations *translations,
                        const char           *field,
                        const char           *lang)
{
  g_autofree char *tag = NULL;
  guint position;

  if (translations == NULL || field == NULL || (tag = pd_language_tag_normalize (lang)) == NULL)
    return NULL;
  if (!find (translations, field, tag, &position))
    return NULL;
  return ((Entry *) g_ptr_array_index (translations->entries, position))->text;
}

const char *
pd_translations_get_for (const PdTranslations *translations,
                         const char           *field,
                         const char           *lang,
                         const char           *english)
{
  if (pd_language_tag_is_default (lang))
    return english;
  return pd_translations_lookup (translations, field, lang);
}

gboolean
pd_translations_set (PdTranslations *translations,
                     const char     *field,
                     const char     *lang,
                     const char     *text)
{
  g_autofree char *tag = pd_language_tag_normalize (lang);
  guint position;

  g_return_val_if_fail (translations != NULL, FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (tag != NULL && !pd_language_tag_is_default (tag), FALSE);

  if (text != NULL && *text == '\0')
    text = NULL;
  if (find (translations, field, tag, &position))
    {
      Entry *e = g_ptr_array_index (translations->entries, position);

      if (g_strcmp0 (e->text, text) == 0)
        return FALSE;
      if (text == NULL)
        g_ptr_array_remove_index (translations->entries, position);
      else
        {
          g_free (e->text);
          e->text = g_strdup (text);
        }
      return TRUE;
    }
  if (text == NULL)
    return FALSE;
  g_ptr_array_insert (translations->entries, (int) position, entry_new (field, tag, text));
  return TRUE;
}

guint
pd_translations_get_n_items (const PdTranslations *translations)
{
  return translations ? translations->entries->len : 0;
}

void
pd_translations_get_item (const PdTranslations *translations,
                          guint                 index,
                          const char          **field,
                          const char          **lang,
                          const char          **text)
{
  const Entry *e;

  g_return_if_fail (translations != NULL && index < translations->entries->len);
  e = g_ptr_array_index (translations->entries, index);
  if (field)
    *field = e->field;
  if (lang)
    *lang = e->lang;
  if (text)
    *text = e->text;
}

void
pd_translations_add_languages (const PdTranslations *translations,
                               GPtrArray            *languages)
{
  for (guint i = 0; translations && i < translations->entries->len; i++)
    {
      const Entry *e = g_ptr_array_index (translations->entries, i);

      if (!g_ptr_array_find_with_equal_func (languages, e->lang, g_str_equal, NULL))
        g_ptr_array_add (languages, g_strdup (e->lang));
    }
}

gboolean
pd_translations_equal (const PdTranslations *a,
                       const PdTranslations *b)
{
  if (pd_translations_get_n_items (a) != pd_translations_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < pd_translations_get_n_items (a); i++)
    {
      const Entry *x = g_ptr_array_index (a->entries, i);
      const Entry *y = g_ptr_array_index (b->entries, i);

      if (strcmp (x->field, y->field) != 0 || strcmp (x->lang, y->lang) != 0
          || strcmp (x->text, y->text) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Language tags */

gboolean
pd_language_tag_is_valid (const char *tag)
{
  gsize length, subtag = 0;
  gboolean first = TRUE;

  if (tag == NULL)
    return FALSE;
  length = strlen (tag);
  if (length < 2 || length > 35)
    return FALSE;
  for (const char *p = tag;; p++)
    {
      if (*p == '-' || *p == '\0')
        {
          if (subtag == 0 || subtag > 8 || (first && subtag < 2))
            return FALSE;
          if (*p == '\0')
            return TRUE;
          first = FALSE;
          subtag = 0;
        }
      else if (g_ascii_isalpha (*p) || (!first && g_ascii_isdigit (*p)))
        subtag++;
      else
        return FALSE;
    }
}

char *
pd_language_tag_normalize (const char *tag)
{
  g_auto(GStrv) subtags = NULL;

  if (!pd_language_tag_is_valid (tag))
    return NULL;
  subtags = g_strsplit (tag, "-", -1);
  for (guint i = 0; subtags[i]; i++)
    {
      char *s = subtags[i];
      gsize n = strlen (s);

      /* BCP 47's conventions: a script (four letters) in title case, a
       * region (two letters) in capitals, the rest in small letters. */
      for (char *p = s; *p; p++)
        *p = g_ascii_tolower (*p);
      if (i > 0 && n == 4 && g_ascii_isalpha (s[0]))
        s[0] = g_ascii_toupper (s[0]);
      else if (i > 0 && n == 2 && g_ascii_isalpha (s[0]))
        {
          s[0] = g_ascii_toupper (s[0]);
          s[1] = g_ascii_toupper (s[1]);
        }
    }
  return g_strjoinv ("-", subtags);
}

gboolean
pd_language_tag_is_default (const char *tag)
{
  return tag == NULL || *tag == '\0' || g_ascii_strcasecmp (tag, "en") == 0;
}
