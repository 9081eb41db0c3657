/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Texts in other languages: language tags, the translations of an object,
 * and editing them through the document's history. */
#include <string.h>

#include "pd-document-private.h"
#include "pd-edit.h"
#include "pd-translations.h"
#include "test-common.h"

static void
test_tag_validity (void)
{
  const char *valid[] = { "pl", "ur", "pa-Arab", "pa-Arab-PK", "zh-Hant-TW", "en-GB", "gsw",
                          "sgn-BE-FR", "de-CH-1996", "abcdefgh" };
  const char *invalid[] = { "", "p", "p_l", "-pl", "pl-", "pl--x", "1a", "pl-123456789",
                            "abcdefghi", "pl x", "pl\n", "ąb", "pl.UTF-8",
                            "aa-bbbbbbbb-cccccccc-dddddddd-eeeeee" /* 36 */ };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    if (!pd_language_tag_is_valid (valid[i]))
      g_error ("“%s” should be a valid tag", valid[i]);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    if (pd_language_tag_is_valid (invalid[i]))
      g_error ("“%s” should not be a valid tag", invalid[i]);
  g_assert_false (pd_language_tag_is_valid (NULL));
  /* 35 characters is the longest. */
  g_assert_true (pd_language_tag_is_valid ("aa-bbbbbbbb-cccccccc-dddddddd-eeeee"));
}

static void
test_tag_normalize (void)
{
  const char *cases[][2] = {
    { "PL", "pl" }, { "pa-arab", "pa-Arab" }, { "PA-ARAB-pk", "pa-Arab-PK" },
    { "zh-hant-tw", "zh-Hant-TW" }, { "en-gb", "en-GB" }, { "de-ch-1996", "de-CH-1996" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = pd_language_tag_normalize (cases[i][0]);
      g_assert_cmpstr (normal, ==, cases[i][1]);
    }
  g_assert_null (pd_language_tag_normalize ("p_l"));
  g_assert_true (pd_language_tag_is_default (NULL));
  g_assert_true (pd_language_tag_is_default ("EN"));
  g_assert_false (pd_language_tag_is_default ("en-GB"));
  g_assert_false (pd_language_tag_is_default ("pl"));
}

static void
test_translations_order (void)
{
  g_autoptr(PdTranslations) t = pd_translations_new ();
  g_autoptr(PdTranslations) copy = NULL;
  g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  const char *expected[][2] = {
    { "easy-read", "gu" }, { "title", "gu" }, { "title", "pl" }, { "title", "ur" },
  };

  g_assert_true (pd_translations_set (t, "title", "ur", "اردو"));
  g_assert_true (pd_translations_set (t, "title", "PL", "Tytuł"));
  g_assert_true (pd_translations_set (t, "title", "gu", "શીર્ષક"));
  g_assert_true (pd_translations_set (t, "easy-read", "gu", "સરળ"));
  g_assert_false (pd_translations_set (t, "title", "pl", "Tytuł"));
  g_assert_cmpuint (pd_translations_get_n_items (t), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *field, *lang;

      pd_translations_get_item (t, i, &field, &lang, NULL);
      g_assert_cmpstr (field, ==, expected[i][0]);
      g_assert_cmpstr (lang, ==, expected[i][1]);
    }
  g_assert_cmpstr (pd_translations_lookup (t, "title", "Pl"), ==, "Tytuł");
  g_assert_null (pd_translations_lookup (t, "easy-read", "pl"));
  g_assert_null (pd_translations_lookup (t, "title", "en"));

  copy = pd_translations_copy (t);
  g_assert_true (pd_translations_equal (t, copy));
  /* An emptied text is no text. */
  g_assert_true (pd_translations_set (copy, "title", "pl", ""));
  g_assert_null (pd_translations_lookup (copy, "title", "pl"));
  g_assert_false (pd_translations_equal (t, copy));
  g_assert_false (pd_translations_set (copy, "title", "pl", NULL));

  pd_translations_add_languages (t, languages);
  g_assert_cmpuint (languages->len, ==, 3);
}

static void
count (guint *counter)
{
  (*counter)++;
}

static void
test_document_edit (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *node = pd_edit_add_node (doc, PD_NODE_KIND_ASSESSMENT, NULL, 0, 0);
  g_autoptr(PdAgency) agency = g_list_model_get_item (pd_document_get_agencies (doc), 0);
  PdHistory *history = pd_document_get_history (doc);
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) none = NULL;
  guint notified = 0;

  g_signal_connect_swapped (node, "notify::translations", G_CALLBACK (count), &notified);
  g_object_set (node, "title", "Assessment", "easy-read", "We talk with you.", NULL);
  none = pd_document_get_languages (doc);
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  pd_document_set_translation (doc, node, "title", "pl", "O");
  pd_document_set_translation (doc, node, "title", "pl", "Ocena");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, "Ocena");
  g_assert_cmpstr (pd_node_get_title_for (node, "en"), ==, "Assessment");
  g_assert_cmpstr (pd_node_get_title_for (node, NULL), ==, "Assessment");
  g_assert_null (pd_node_get_title_for (node, "ur"));
  g_assert_null (pd_node_get_easy_read_for (node, "pl"));
  pd_document_set_translation (doc, node, "easy-read", "ur", "ہم آپ سے بات کرتے ہیں۔");
  pd_document_set_translation (doc, doc, "summary", "gu", "સારાંશ");
  pd_document_set_translation (doc, agency, "name", "pl", "NHS");
  g_assert_cmpstr (pd_agency_get_name_for (agency, "pl"), ==, "NHS");
  g_assert_cmpstr (pd_document_get_summary_for (doc, "gu"), ==, "સારાંશ");
  g_assert_null (pd_document_get_title_for (doc, "gu"));

  languages = pd_document_get_languages (doc);
  g_assert_cmpuint (g_strv_length (languages), ==, 3);
  g_assert_cmpstr (languages[0], ==, "gu");
  g_assert_cmpstr (languages[1], ==, "pl");
  g_assert_cmpstr (languages[2], ==, "ur");

  /* Typing into the Polish title was one step; each other field one more. */
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_agency_get_name_for (agency, "pl"));
  g_assert_true (pd_document_undo (doc));
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_easy_read_for (node, "ur"));
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, "Ocena");
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_title_for (node, "pl"));
  g_assert_null (pd_node_get_translations (node));
  g_assert_cmpstr (pd_node_get_title (node), ==, "Assessment");
  g_assert_true (pd_document_redo (doc));
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, "Ocena");

  /* Removing a translation is a step too; an unchanged one is none. */
  pd_document_set_translation (doc, node, "title", "pl", "Ocena");
  pd_history_begin (history, NULL);
  pd_history_end (history);
  pd_document_set_translation (doc, node, "title", "PL", "");
  g_assert_null (pd_node_get_title_for (node, "pl"));
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, "Ocena");

  /* The same field in another language is a step of its own. */
  pd_history_begin (history, NULL);
  pd_history_end (history);
  pd_document_set_translation (doc, node, "title", "gu", "આકારણી");
  pd_document_set_translation (doc, node, "title", "ur", "جانچ");
  g_assert_true (pd_document_undo (doc));
  g_assert_null (pd_node_get_title_for (node, "ur"));
  g_assert_cmpstr (pd_node_get_title_for (node, "gu"), ==, "આકારણી");
}

/* A copied step (Copy and Paste, Duplicate) keeps its translations. */
static void
test_copy_keeps (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *node = pd_edit_add_node (doc, PD_NODE_KIND_ASSESSMENT, NULL, 0, 0);
  g_autoptr(PdNode) copy = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) pasted = NULL;

  pd_document_set_translation (doc, node, "title", "gu", "આકારણી");
  copy = pd_node_copy (node, "copy");
  g_assert_cmpstr (pd_node_get_title_for (copy, "gu"), ==, "આકારણી");
  pd_document_set_translation (doc, node, "title", "gu", "બીજું");
  g_assert_cmpstr (pd_node_get_title_for (copy, "gu"), ==, "આકારણી");

  g_ptr_array_add (ids, (gpointer) pd_node_get_id (node));
  pasted = pd_edit_duplicate (doc, ids, 10, 10);
  g_assert_cmpuint (pasted->len, ==, 1);
  g_assert_cmpstr (pd_node_get_title_for (pd_document_get_node (doc, g_ptr_array_index (pasted, 0)),
                                          "gu"), ==, "બીજું");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/translations/tag/valid", test_tag_validity);
  g_test_add_func ("/translations/tag/normalize", test_tag_normalize);
  g_test_add_func ("/translations/order", test_translations_order);
  g_test_add_func ("/translations/document/edit", test_document_edit);
  g_test_add_func ("/translations/document/copy", test_copy_keeps);
  return g_test_run ();
}
