/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's texts in other languages (xml:lang). */
#include <glib/gi18n-lib.h>

#include "pd-translations.h"
#include "pd-xml-reader-private.h"

gboolean
pd_reader_is_translatable (xmlNode *element)
{
  return pd_reader_is_named (element, "title") || pd_reader_is_named (element, "summary")
         || pd_reader_is_named (element, "easy-read") || pd_reader_is_named (element, "name");
}

static char *
get_lang (xmlNode *node)
{
  /* The element's own attribute: xml:lang inherited from an ancestor (say
   * on a foreign wrapper) does not make a title a translation. */
  xmlChar *value = xmlGetNsProp (node, BAD_CAST "lang", XML_XML_NAMESPACE);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Keeps @child's text as a translation of @object's property of the same
 * name when it has xml:lang; FALSE when it is the English text. */
gboolean
pd_reader_translation (xmlNode *child,
                       GObject *object)
{
  g_autofree char *lang = get_lang (child);
  g_autofree char *text = NULL;
  g_autoptr(PdTranslations) translations = NULL;

  if (lang == NULL)
    return FALSE;
  text = pd_xml_get_text (child);
  g_object_get (object, "translations", &translations, NULL);
  if (translations == NULL)
    translations = pd_translations_new ();
  if (pd_translations_set (translations, (const char *) child->name, lang, text))
    g_object_set (object, "translations", translations, NULL);
  return TRUE;
}

/* One text per language: with two, which one counts would be left to chance. */
gboolean
pd_reader_language_given_once (Reader     *r,
                               xmlNode    *child,
                               GHashTable *seen)
{
  g_autofree char *lang = get_lang (child);
  g_autofree char *tag = NULL;
  char *key;

  /* The schema lets the optional ones (summary, easy-read) repeat. */
  if (lang == NULL && pd_reader_is_translatable (child))
    {
      key = g_strdup ((const char *) child->name);
      if (!g_hash_table_add (seen, key))
        {
          pd_reader_error (r, child,
                           _("<%s> is given more than once in English (without xml:lang)"),
                           (const char *) child->name);
          return FALSE;
        }
      return TRUE;
    }
  if (lang == NULL)
    return TRUE;
  if (pd_language_tag_is_default (lang))
    {
      pd_reader_error (r, child, _("<%s xml:lang=\"%s\"> gives the English text again: English "
                                   "is the one without xml:lang"), (const char *) child->name,
                       lang);
      return FALSE;
    }
  tag = pd_language_tag_normalize (lang);
  key = g_strdup_printf ("%s %s", (const char *) child->name, tag ? tag : lang);
  if (!g_hash_table_add (seen, key))
    {
      pd_reader_error (r, child, _("<%s> is given more than once in the language “%s”"),
                       (const char *) child->name, tag ? tag : lang);
      return FALSE;
    }
  return TRUE;
}
