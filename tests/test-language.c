/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the program knows of each language, and whether fonts have its
 * letters. */
#include <string.h>

#include "pd-language.h"

static void
test_info (void)
{
  const PdLanguageInfo *ur = pd_language_info ("ur");
  const PdLanguageInfo *gu = pd_language_info ("GU");
  const PdLanguageInfo *pl = pd_language_info ("pl");
  const PdLanguageInfo *en = pd_language_info ("en");
  const PdLanguageInfo *shahmukhi = pd_language_info ("pa-arab-pk");

  g_assert_nonnull (ur);
  g_assert_cmpstr (ur->name, ==, "اردو");
  g_assert_true (ur->right_to_left);
  g_assert_cmpstr (ur->font_families, ==, "Noto Nastaliq Urdu,Noto Sans Arabic");
  g_assert_false (ur->readability_checks);
  g_assert_cmpstr (gu->name, ==, "ગુજરાતી");
  g_assert_false (gu->right_to_left);
  g_assert_cmpstr (gu->font_families, ==, "Noto Sans Gujarati");
  g_assert_cmpstr (pd_language_info ("pa")->font_families, ==, "Noto Sans Gurmukhi");
  g_assert_false (pd_language_info ("pa")->right_to_left);
  g_assert_cmpstr (pd_language_info ("bn")->font_families, ==, "Noto Sans Bengali");
  g_assert_true (g_str_has_prefix (pd_language_info ("ar")->font_families, "Noto Sans Arabic"));
  g_assert_true (pd_language_info ("ar")->right_to_left);
  g_assert_cmpstr (pl->name, ==, "Polski");
  g_assert_true (g_str_has_prefix (pl->font_families, "Liberation Sans"));
  g_assert_false (pl->readability_checks);
  g_assert_true (en->readability_checks);
  /* The most specific known tag: Punjabi in Shahmukhi is written right to left. */
  g_assert_cmpstr (shahmukhi->tag, ==, "pa-Arab");
  g_assert_true (shahmukhi->right_to_left);
  g_assert_cmpstr (pd_language_info ("pl-PL")->tag, ==, "pl");
  g_assert_null (pd_language_info ("qaa"));
  g_assert_null (pd_language_info ("p_l"));
  g_assert_null (pd_language_info (NULL));
}

static void
test_list (void)
{
  const PdLanguageInfo *const *list = pd_language_list ();
  guint n;

  g_assert_cmpstr (list[0]->tag, ==, "en");
  for (n = 1; list[n]; n++)
    {
      /* Sorted, each one found by its own tag, no two alike. */
      if (n > 1)
        g_assert_cmpint (strcmp (list[n - 1]->tag, list[n]->tag), <, 0);
      g_assert_true (pd_language_info (list[n]->tag) == list[n]);
      g_assert_false (list[n]->readability_checks);
      g_assert_nonnull (list[n]->font_package);
    }
  g_assert_cmpuint (n, >=, 10);
  {
    g_autofree char *known = pd_language_get_display_name ("ur");
    g_autofree char *unknown = pd_language_get_display_name ("qaa");
    g_assert_cmpstr (known, ==, "اردو");
    g_assert_cmpstr (unknown, ==, "qaa");
  }
}

static void
test_fonts (void)
{
  const char *scripts[] = { "ur", "gu", "pa", "bn", "ar" };
  g_autoptr(GError) error = NULL;

  /* The tests' own fonts (fonts-liberation2) have Polish letters. */
  g_assert_true (pd_language_font_available ("pl", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      if (pd_language_font_available (scripts[i], &error))
        continue;
      /* Without fonts-noto-core, the message says to install it. */
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "fonts-noto-core"));
      g_test_message ("%s", error->message);
      g_clear_error (&error);
    }
  /* A private-use language no font is made for. */
  g_assert_false (pd_language_font_available ("qaa", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "qaa"));
  g_assert_nonnull (strstr (error->message, "fonts-noto-core"));
  g_clear_error (&error);
  g_assert_false (pd_language_font_available ("not a tag", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/language/info", test_info);
  g_test_add_func ("/language/list", test_list);
  g_test_add_func ("/language/fonts", test_fonts);
  return g_test_run ();
}
