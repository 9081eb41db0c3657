/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-language.h"
#include "pd-translations.h"

#define LATIN "Liberation Sans,DejaVu Sans"
#define LATIN_PACKAGE "fonts-liberation2"
#define NASTALIQ "Noto Nastaliq Urdu,Noto Sans Arabic"
#define NOTO "fonts-noto-core"

/* The community languages most often asked for in NHS services, and a few
 * more; sorted by tag after English. Urdu and Shahmukhi Punjabi are
 * written in Nastaliq, which Noto has in fonts-noto-core; Noto Sans
 * Arabic stands in where it is missing. */
static const PdLanguageInfo languages[] = {
  { "en", "English", "English", FALSE, LATIN, "en", LATIN_PACKAGE, TRUE },
  { "ar", "العربية", "Arabic", TRUE, "Noto Sans Arabic,Noto Naskh Arabic", "ar", NOTO, FALSE },
  { "bg", "Български", "Bulgarian", FALSE, LATIN, "bg", LATIN_PACKAGE, FALSE },
  { "bn", "বাংলা", "Bengali", FALSE, "Noto Sans Bengali", "bn", NOTO, FALSE },
  { "cy", "Cymraeg", "Welsh", FALSE, LATIN, "cy", LATIN_PACKAGE, FALSE },
  { "es", "Español", "Spanish", FALSE, LATIN, "es", LATIN_PACKAGE, FALSE },
  { "fa", "فارسی", "Persian", TRUE, "Noto Naskh Arabic,Noto Sans Arabic", "fa", NOTO, FALSE },
  { "fr", "Français", "French", FALSE, LATIN, "fr", LATIN_PACKAGE, FALSE },
  { "gu", "ગુજરાતી", "Gujarati", FALSE, "Noto Sans Gujarati", "gu", NOTO, FALSE },
  { "hi", "हिन्दी", "Hindi", FALSE, "Noto Sans Devanagari", "hi", NOTO, FALSE },
  { "it", "Italiano", "Italian", FALSE, LATIN, "it", LATIN_PACKAGE, FALSE },
  { "ku", "Kurdî", "Kurdish", FALSE, LATIN, "ku-tr", LATIN_PACKAGE, FALSE },
  { "lt", "Lietuvių", "Lithuanian", FALSE, LATIN, "lt", LATIN_PACKAGE, FALSE },
  { "lv", "Latviešu", "Latvian", FALSE, LATIN, "lv", LATIN_PACKAGE, FALSE },
  { "pa", "ਪੰਜਾਬੀ", "Punjabi", FALSE, "Noto Sans Gurmukhi", "pa", NOTO, FALSE },
  { "pa-Arab", "پنجابی", "Punjabi (Shahmukhi)", TRUE, NASTALIQ, "pa-pk", NOTO, FALSE },
  { "pl", "Polski", "Polish", FALSE, LATIN, "pl", LATIN_PACKAGE, FALSE },
  { "ps", "پښتو", "Pashto", TRUE, "Noto Naskh Arabic,Noto Sans Arabic", "ps-af", NOTO, FALSE },
  { "pt", "Português", "Portuguese", FALSE, LATIN, "pt", LATIN_PACKAGE, FALSE },
  { "ro", "Română", "Romanian", FALSE, LATIN, "ro", LATIN_PACKAGE, FALSE },
  { "ru", "Русский", "Russian", FALSE, LATIN, "ru", LATIN_PACKAGE, FALSE },
  { "so", "Soomaali", "Somali", FALSE, LATIN, "so", LATIN_PACKAGE, FALSE },
  { "ta", "தமிழ்", "Tamil", FALSE, "Noto Sans Tamil", "ta", NOTO, FALSE },
  { "ti", "ትግርኛ", "Tigrinya", FALSE, "Noto Sans Ethiopic", "ti-er", NOTO, FALSE },
  { "tr", "Türkçe", "Turkish", FALSE, LATIN, "tr", LATIN_PACKAGE, FALSE },
  { "uk", "Українська", "Ukrainian", FALSE, LATIN, "uk", LATIN_PACKAGE, FALSE },
  { "ur", "اردو", "Urdu", TRUE, NASTALIQ, "ur", NOTO, FALSE },
  { "zh", "中文", "Chinese", FALSE, "Noto Sans CJK SC", "zh-cn", "fonts-noto-cjk", FALSE },
};

static const PdLanguageInfo *
find_exact (const char *tag)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strcmp (languages[i].tag, tag) == 0)
      return &languages[i];
  return NULL;
}

const PdLanguageInfo *
pd_language_info (const char *tag)
{
  g_autofree char *normal = pd_language_tag_normalize (tag);
  const PdLanguageInfo *info = NULL;
  char *hyphen;

  if (normal == NULL)
    return NULL;
  /* The most specific known: "pa-Arab-PK", then "pa-Arab", then "pa". */
  while ((info = find_exact (normal)) == NULL && (hyphen = strrchr (normal, '-')) != NULL)
    *hyphen = '\0';
  return info;
}

const PdLanguageInfo *const *
pd_language_list (void)
{
  static const PdLanguageInfo *list[G_N_ELEMENTS (languages) + 1];

  if (list[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
      list[i] = &languages[i];
  return list;
}

char *
pd_language_get_display_name (const char *tag)
{
  const PdLanguageInfo *info = pd_language_info (tag);

  return g_strdup (info ? info->name : tag);
}

gboolean
pd_language_own_font_installed (const char *tag)
{
  const PdLanguageInfo *info = pd_language_info (tag);
  g_auto(GStrv) families = NULL;
  gboolean found = FALSE;

  if (info == NULL)
    return FALSE;
  families = g_strsplit (info->font_families, ",", -1);
  for (guint i = 0; families[i] && !found; i++)
    {
      FcPattern *pattern = FcPatternCreate ();
      FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
      FcFontSet *fonts;

      FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) families[i]);
      fonts = FcFontList (NULL, pattern, objects);
      found = fonts != NULL && fonts->nfont > 0;
      if (fonts)
        FcFontSetDestroy (fonts);
      FcObjectSetDestroy (objects);
      FcPatternDestroy (pattern);
    }
  return found;
}

gboolean
pd_language_font_available (const char  *tag,
                            GError     **error)
{
  const PdLanguageInfo *info = pd_language_info (tag);
  g_autofree char *lang = NULL;
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *fonts;
  FcLangSet *langs;
  gboolean found;

  if (!pd_language_tag_is_valid (tag))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a language tag"), tag ? tag : "");
      return FALSE;
    }
  /* fontconfig's names are in small letters ("pa-pk"). */
  lang = g_ascii_strdown (info ? info->fontconfig_lang : tag, -1);
  pattern = FcPatternCreate ();
  langs = FcLangSetCreate ();
  FcLangSetAdd (langs, (const FcChar8 *) lang);
  FcPatternAddLangSet (pattern, FC_LANG, langs);
  FcLangSetDestroy (langs);
  objects = FcObjectSetBuild (FC_FAMILY, NULL);
  fonts = FcFontList (NULL, pattern, objects);
  found = fonts != NULL && fonts->nfont > 0;
  if (fonts)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  if (!found)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("No installed font has the letters of %s (%s): install the Debian package %s"),
                 info ? info->english_name : tag, tag, info ? info->font_package : NOTO);
  return found;
}

gboolean
pd_language_is_unspaced (const char *lang)
{
  static const char *unspaced[] = { "zh", "ja", "th", "lo", "km", "my", "bo" };
  g_autofree char *tag = pd_language_tag_normalize (lang);
  char *hyphen;

  if (tag == NULL)
    return FALSE;
  if ((hyphen = strchr (tag, '-')) != NULL)
    *hyphen = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (unspaced); i++)
    if (g_ascii_strcasecmp (tag, unspaced[i]) == 0)
      return TRUE;
  return FALSE;
}
