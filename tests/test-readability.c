/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Readability figures against passages counted by hand, and the things
 * easy read avoids. */
#include <string.h>

#include "pd-hard-words.h"
#include "pd-readability.h"
#include "test-common.h"

static void
test_syllables (void)
{
  static const struct { const char *word; guint syllables; } words[] = {
    { "cat", 1 }, { "happy", 2 }, { "table", 2 }, { "make", 1 }, { "walked", 1 },
    { "wanted", 2 }, { "uses", 2 }, { "makes", 1 }, { "places", 2 }, { "people", 2 },
    { "together", 3 }, { "medicine", 3 }, { "appointment", 3 }, { "the", 1 }, { "free", 1 },
    { "while", 1 }, { "assessment", 3 }, { "choose", 1 }, { "you", 1 }, { "about", 2 },
    { "8", 1 }, { "Worker", 2 }, { "needed", 2 }, { "added", 2 }, { "decided", 3 },
    { "ended", 2 }, { "started", 2 }, { "helped", 1 }, { "agreed", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_test_message ("%s", words[i].word);
      g_assert_cmpuint (pd_count_syllables (words[i].word), ==, words[i].syllables);
    }
}

typedef struct {
  const char *text;
  guint sentences, words, syllables;   /* counted by hand */
  double ease, grade;                  /* the formulas worked by hand */
} Reference;

static void
test_references (void)
{
  static const Reference references[] = {
    /* the(1) cat(1) sat(1) on(1) the(1) mat(1) | it(1) was(1) hap-py(2) */
    { "The cat sat on the mat. It was happy.", 2, 9, 10, 108.2675, -0.7239 },
    /* a wor-ker talks with you a-bout how you feel (9 words, 11) |
     * to-ge-ther you choose the help that suits you (8 words, 10) */
    { "A worker talks with you about how you feel. Together you choose the help that suits you.",
      2, 17, 21, 93.7016, 2.3015 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autoptr(PdReadability) r = pd_readability_analyse (references[i].text);

      g_assert_cmpuint (r->sentences, ==, references[i].sentences);
      g_assert_cmpuint (r->words, ==, references[i].words);
      g_assert_cmpuint (r->syllables, ==, references[i].syllables);
      g_assert_cmpfloat_with_epsilon (pd_readability_ease (r), references[i].ease, 0.001);
      g_assert_cmpfloat_with_epsilon (pd_readability_grade (r), references[i].grade, 0.001);
      g_assert_cmpuint (r->issues->len, ==, 0);
    }
  /* Nothing to read: no figures, no division by zero. */
  g_assert_cmpfloat (pd_flesch_reading_ease (0, 0, 0), ==, 0);
}

static gboolean
has_issue (PdReadability  *r,
           PdReadIssueKind kind,
           const char     *text)
{
  for (guint i = 0; i < r->issues->len; i++)
    {
      PdReadIssue *issue = g_ptr_array_index (r->issues, i);
      if (issue->kind == kind && (text == NULL || g_ascii_strcasecmp (issue->text, text) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
test_clinical (void)
{
  const char *text = "Individuals experiencing moderate depression are offered high-intensity "
                     "psychological interventions, e.g. cognitive behavioural therapy, which "
                     "can't be delivered until the assessment is completed by a practitioner.";
  g_autoptr(PdReadability) r = pd_readability_analyse (text);

  g_assert_cmpuint (r->sentences, ==, 1);
  g_assert_cmpuint (r->words, ==, 25);
  g_assert_true (has_issue (r, PD_READ_LONG_SENTENCE, NULL));
  g_assert_true (has_issue (r, PD_READ_HARD_WORD, "depression"));
  g_assert_true (has_issue (r, PD_READ_HARD_WORD, "interventions"));
  g_assert_true (has_issue (r, PD_READ_HARD_WORD, "practitioner"));
  g_assert_true (has_issue (r, PD_READ_LATIN, "e.g."));
  g_assert_true (has_issue (r, PD_READ_CONTRACTION, "can't"));
  g_assert_true (has_issue (r, PD_READ_PASSIVE, "are offered"));
  g_assert_true (has_issue (r, PD_READ_PASSIVE, "be delivered"));
  g_assert_true (has_issue (r, PD_READ_PASSIVE, "is completed"));
  /* The figures say it is far from easy read. */
  g_assert_cmpfloat (pd_readability_ease (r), <, 30);
  g_assert_cmpfloat (pd_readability_grade (r), >, 14);
  /* Every issue points at its words. */
  for (guint i = 0; i < r->issues->len; i++)
    {
      PdReadIssue *issue = g_ptr_array_index (r->issues, i);
      g_assert_cmpint (strncmp (text + issue->offset, issue->text, issue->length), ==, 0);
      g_assert_nonnull (issue->message);
    }
}

static void
test_sentences_and_words (void)
{
  g_autoptr(PdReadability) numbers = pd_readability_analyse (
    "Call us on 0300 123 4567. We are open 9am to 5pm.");
  g_autoptr(PdReadability) lines = pd_readability_analyse ("Your doctor\nYour worker");
  g_autoptr(PdReadability) shouting = pd_readability_analyse (
    "Your GP will phone you. Do NOT stop your medicine. Ask the CMHT.");
  g_autoptr(PdReadability) curly = pd_readability_analyse ("You won\u2019t wait long.");
  g_autoptr(PdReadability) possessive = pd_readability_analyse ("The doctor's room is near.");
  GString *long_text = g_string_new (NULL);
  g_autoptr(PdReadability) too_long = NULL;

  g_assert_cmpuint (numbers->sentences, ==, 2);
  g_assert_cmpuint (numbers->words, ==, 12);
  g_assert_cmpuint (lines->sentences, ==, 2);
  g_assert_true (has_issue (shouting, PD_READ_HARD_WORD, "GP"));
  g_assert_true (has_issue (shouting, PD_READ_ABBREVIATION, "NOT"));
  g_assert_true (has_issue (shouting, PD_READ_CAPITALS, "CMHT"));
  g_assert_true (has_issue (curly, PD_READ_CONTRACTION, "won\u2019t"));
  g_assert_false (has_issue (possessive, PD_READ_CONTRACTION, NULL));
  for (int i = 0; i < 30; i++)
    g_string_append (long_text, "word ");
  g_string_append (long_text, "end.");
  too_long = pd_readability_analyse (long_text->str);
  g_assert_cmpuint (too_long->longest_sentence, ==, 31);
  g_assert_cmpint (((PdReadIssue *) g_ptr_array_index (too_long->issues, 0))->severity, ==,
                   PD_SEVERITY_ERROR);
  g_string_free (long_text, TRUE);
}

/* Every easy-read text of the examples, and the list itself. */
static void
test_examples_and_list (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();

  g_assert_cmpuint (pd_hard_words_get_n_items (), >=, 30);
  g_assert_cmpstr (pd_hard_words_lookup ("medication")->plain, ==, "medicine");
  g_assert_cmpstr (pd_hard_words_lookup ("Care Coordinator")->plain, ==, "your main worker");
  g_assert_null (pd_hard_words_lookup ("gp"));
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, i));
      g_autoptr(PdReadability) total = pd_readability_new ();
      GListModel *nodes = pd_document_get_nodes (doc);

      for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
          g_autoptr(PdReadability) r = pd_readability_analyse (pd_node_get_easy_read (node));
          pd_readability_add (total, r);
        }
      g_test_message ("%s: %u words, ease %.1f, grade %.1f", (char *) g_ptr_array_index (paths, i),
                      total->words, pd_readability_ease (total), pd_readability_grade (total));
      g_assert_cmpuint (total->words, >, 50);
      /* The examples are written to be easy to read. */
      g_assert_cmpfloat (pd_readability_ease (total), >=, 70);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/readability/syllables", test_syllables);
  g_test_add_func ("/readability/references", test_references);
  g_test_add_func ("/readability/clinical", test_clinical);
  g_test_add_func ("/readability/sentences-and-words", test_sentences_and_words);
  g_test_add_func ("/readability/examples-and-list", test_examples_and_list);
  return g_test_run ();
}
