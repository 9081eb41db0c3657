/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-hard-words.h"
#include "pd-language.h"
#include "pd-readability.h"
#include "pd-translations.h"

double
pd_flesch_reading_ease (guint words,
                        guint sentences,
                        guint syllables)
{
  if (words == 0 || sentences == 0)
    return 0;
  return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
}

double
pd_flesch_kincaid_grade (guint words,
                         guint sentences,
                         guint syllables)
{
  if (words == 0 || sentences == 0)
    return 0;
  return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
}

static gboolean
is_vowel (char c)
{
  return strchr ("aeiouy", c) != NULL;
}

guint
pd_count_syllables (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  char letters[64];
  gsize n = 0;
  guint groups = 0;
  gboolean in_vowels = FALSE;

  for (const char *p = lower; *p && n < sizeof letters - 1; p++)
    if (g_ascii_isalpha (*p))
      letters[n++] = *p;
  letters[n] = '\0';
  if (n == 0)
    return 1;   /* a number, said as one word */
  for (gsize i = 0; i < n; i++)
    {
      gboolean vowel = is_vowel (letters[i]);

      if (vowel && !in_vowels)
        groups++;
      in_vowels = vowel;
    }
  if (n > 2 && groups > 1)
    {
      char last = letters[n - 1], before = letters[n - 2];
      char third = n > 3 ? letters[n - 3] : '\0';

      /* make, time: a silent final e; but table, people keep theirs. */
      if (last == 'e' && !(before == 'l' && !is_vowel (third)) && !is_vowel (before))
        groups--;
      /* walked, helped: -ed is not said apart, unless after t or d; after
       * a vowel (agreed) its e was never a group of its own. */
      else if (last == 'd' && before == 'e' && third != 't' && third != 'd' && !is_vowel (third))
        groups--;
      /* makes, times: nor -es, unless after s, x, z, c, g (uses, places). */
      else if (last == 's' && before == 'e' && !strchr ("sxzcgh", third))
        groups--;
    }
  return MAX (groups, 1);
}

static void
issue_free (PdReadIssue *issue)
{
  g_free (issue->text);
  g_free (issue->message);
  g_free (issue);
}

PdReadability *
pd_readability_new (void)
{
  PdReadability *r = g_new0 (PdReadability, 1);

  r->issues = g_ptr_array_new_with_free_func ((GDestroyNotify) issue_free);
  r->english = TRUE;
  r->words_counted = TRUE;
  return r;
}

void
pd_readability_free (PdReadability *readability)
{
  if (readability == NULL)
    return;
  g_ptr_array_unref (readability->issues);
  g_free (readability);
}

double
pd_readability_ease (const PdReadability *r)
{
  return pd_flesch_reading_ease (r->words, r->sentences, r->syllables);
}

double
pd_readability_grade (const PdReadability *r)
{
  return pd_flesch_kincaid_grade (r->words, r->sentences, r->syllables);
}

static PdReadIssue *
add_issue (PdReadability  *r,
           PdReadIssueKind kind,
           PdSeverity      severity,
           const char     *text,
           gsize           offset,
           gsize           length,
           char           *message)
{
  PdReadIssue *issue = g_new0 (PdReadIssue, 1);

  issue->kind = kind;
  issue->severity = severity;
  issue->offset = (guint) offset;
  issue->length = (guint) length;
  issue->text = g_strndup (text + offset, length);
  issue->message = message;
  g_ptr_array_add (r->issues, issue);
  return issue;
}

/* Forms of "to be" before a past participle: a passive. */
static gboolean
is_be (const char *word)
{
  static const char *forms[] = { "am", "is", "are", "was", "were", "be", "been", "being" };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (g_ascii_strcasecmp (word, forms[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_participle (const char *word)
{
  static const char *irregular[] = {
    "given", "seen", "done", "made", "taken", "told", "sent", "shown", "known", "written",
    "kept", "met", "paid", "put", "brought", "held", "left", "offered",
  };
  gsize n = strlen (word);

  for (guint i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (g_ascii_strcasecmp (word, irregular[i]) == 0)
      return TRUE;
  /* -ed, but not "need" or "feed". */
  return n > 4 && g_str_has_suffix (word, "ed") && !g_str_has_suffix (word, "eed");
}

/* can't, you're, we'll, I've, I'm, it's (but not the doctor's). */
static gboolean
is_contraction (const char *word)
{
  static const char *s_words[] = { "it's", "that's", "there's", "here's", "what's", "who's",
                                   "he's", "she's", "let's", "where's" };
  const char *apostrophe = strchr (word, '\'');

  if (apostrophe == NULL || apostrophe == word)
    return FALSE;
  if (g_str_has_suffix (word, "n't") || g_str_has_suffix (word, "'re")
      || g_str_has_suffix (word, "'ll") || g_str_has_suffix (word, "'ve")
      || g_str_has_suffix (word, "'m") || g_str_has_suffix (word, "'d"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (s_words); i++)
    if (g_ascii_strcasecmp (word, s_words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
all_capitals (const char *word,
              guint      *letters)
{
  *letters = 0;
  for (const char *p = word; *p; p++)
    {
      if (g_ascii_islower (*p))
        return FALSE;
      *letters += g_ascii_isupper (*p) != 0;
    }
  return *letters >= 2;
}

static void
check_word (PdReadability *r,
            const char    *text,
            gsize          start,
            gsize          end,
            const char    *word,
            const char    *previous,
            gsize          previous_start)
{
  const PdHardWord *hard = NULL;
  gsize hard_start = start;
  guint capitals;

  if (previous)
    {
      g_autofree char *phrase = g_strdup_printf ("%s %s", previous, word);

      hard = pd_hard_words_lookup (phrase);
      if (hard)
        hard_start = previous_start;
    }
  if (hard == NULL)
    hard = pd_hard_words_lookup (word);
  if (hard == NULL && strlen (word) > 4 && g_str_has_suffix (word, "s"))
    {
      /* interventions, appointments */
      g_autofree char *one = g_strndup (word, strlen (word) - 1);
      hard = pd_hard_words_lookup (one);
    }
  if (hard)
    add_issue (r, PD_READ_HARD_WORD, PD_SEVERITY_WARNING, text, hard_start, end - hard_start,
               /* Translators: a hard word, then plain words to use instead. */
               g_strdup_printf (_("“%.*s” is a hard word: say “%s”, or explain it"),
                                (int) (end - hard_start), text + hard_start, hard->plain));
  else if (all_capitals (word, &capitals))
    {
      if (capitals >= 4)
        add_issue (r, PD_READ_CAPITALS, PD_SEVERITY_WARNING, text, start, end - start,
                   g_strdup_printf (_("“%s” is in capitals: use bold for emphasis"), word));
      else
        add_issue (r, PD_READ_ABBREVIATION, PD_SEVERITY_WARNING, text, start, end - start,
                   g_strdup_printf (_("“%s” is an abbreviation: write it out or explain it"),
                                    word));
    }
  if (is_contraction (word))
    add_issue (r, PD_READ_CONTRACTION, PD_SEVERITY_WARNING, text, start, end - start,
               g_strdup_printf (_("“%s” is a short form: write the words in full"), word));
  if (previous && is_be (previous) && is_participle (word))
    add_issue (r, PD_READ_PASSIVE, PD_SEVERITY_WARNING, text, previous_start,
               end - previous_start,
               g_strdup_printf (_("“%.*s” may be passive: say who does it"),
                                (int) (end - previous_start), text + previous_start));
}

static void
end_sentence (PdReadability *r,
              const char    *text,
              gsize          start,
              gsize          end,
              guint          words)
{
  g_autofree char *sentence = NULL;

  if (words == 0)
    return;
  r->sentences++;
  r->longest_sentence = MAX (r->longest_sentence, words);
  if (words <= PD_READ_SENTENCE_WARNING)
    return;
  while (start < end && g_ascii_isspace (text[start]))
    start++;
  sentence = g_strndup (text + start, end - start);
  add_issue (r, PD_READ_LONG_SENTENCE,
             words > PD_READ_SENTENCE_ERROR ? PD_SEVERITY_ERROR : PD_SEVERITY_WARNING,
             text, start, end - start,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This sentence has %u word: keep to %u or fewer",
                                           "This sentence has %u words: keep to %u or fewer",
                                           words),
                              words, PD_READ_SENTENCE_WARNING));
}

/* "e.g.", "i.e." and "etc.", which readers do not know. */
static gsize
latin_at (const char *p)
{
  static const char *forms[] = { "e.g.", "i.e.", "etc." };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (g_ascii_strncasecmp (p, forms[i], strlen (forms[i])) == 0)
      return strlen (forms[i]);
  return 0;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '\'' || c == 0x2019 || c == '-';
}

PdReadability *
pd_readability_analyse (const char *text)
{
  PdReadability *r = pd_readability_new ();
  gsize sentence_start = 0, previous_start = 0;
  guint sentence_words = 0;
  g_autofree char *previous = NULL;
  const char *p;

  if (text == NULL)
    return r;
  for (p = text; *p;)
    {
      gunichar c = g_utf8_get_char (p);
      gsize latin = (p == text || !g_unichar_isalnum (g_utf8_get_char (
                       g_utf8_prev_char (p)))) ? latin_at (p) : 0;

      if (latin)
        {
          add_issue (r, PD_READ_LATIN, PD_SEVERITY_WARNING, text, p - text, latin,
                     g_strdup_printf (_("“%.*s” is not plain English: give the examples in "
                                        "full"), (int) latin, p));
          /* Said as words, counted as one. */
          r->words++;
          r->syllables += 2;
          sentence_words++;
          p += latin;
          continue;
        }
      if (g_unichar_isalnum (c))
        {
          const char *start = p;
          g_autofree char *word = NULL;
          GString *plain;

          while (*p && is_word_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          /* A word ends at its last letter or digit. */
          while (p > start && !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))
            p = g_utf8_prev_char (p);
          plain = g_string_new_len (start, p - start);
          /* The typographic apostrophe counts as the plain one. */
          g_string_replace (plain, "\u2019", "'", 0);
          word = g_string_free (plain, FALSE);
          r->words++;
          r->syllables += pd_count_syllables (word);
          sentence_words++;
          check_word (r, text, start - text, p - text, word, previous, previous_start);
          g_free (previous);
          previous = g_steal_pointer (&word);
          previous_start = start - text;
          continue;
        }
      if (c == '.' || c == '!' || c == '?' || c == '\n')
        {
          const char *next = g_utf8_next_char (p);
          const char *q = next;

          while (*q == '.' || *q == '!' || *q == '?' || *q == '"' || *q == ')')
            q++;
          while (*q == ' ' || *q == '\t' || *q == '\r')
            q++;
          /* A sentence ends before a capital, a digit, a line or the end. */
          if (c == '\n' || *q == '\0' || *q == '\n' || g_unichar_isupper (g_utf8_get_char (q))
              || g_ascii_isdigit (*q))
            {
              end_sentence (r, text, sentence_start, next - text, sentence_words);
              sentence_start = next - text;
              sentence_words = 0;
              g_clear_pointer (&previous, g_free);
            }
          p = next;
          continue;
        }
      p = g_utf8_next_char (p);
    }
  end_sentence (r, text, sentence_start, p - text, sentence_words);
  return r;
}

void
pd_readability_add (PdReadability *total,
                    PdReadability *other)
{
  total->sentences += other->sentences;
  total->words += other->words;
  total->syllables += other->syllables;
  total->longest_sentence = MAX (total->longest_sentence, other->longest_sentence);
  total->english = total->english && other->english;
  total->words_counted = total->words_counted && other->words_counted;
  for (guint i = 0; i < other->issues->len; i++)
    {
      PdReadIssue *issue = g_ptr_array_index (other->issues, i);
      PdReadIssue *copy = g_new (PdReadIssue, 1);

      *copy = *issue;
      copy->text = g_strdup (issue->text);
      copy->message = g_strdup (issue->message);
      g_ptr_array_add (total->issues, copy);
    }
}

/* A sentence's end in the scripts the program knows: the full stop of
 * Latin, Urdu (۔) and the Indic scripts (।, ॥), the question marks. */
static gboolean
ends_sentence (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == 0x06D4 || c == 0x061F
         || c == 0x0964 || c == 0x0965 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

PdReadability *
pd_readability_analyse_for (const char *text,
                            const char *lang)
{
  PdReadability *r;
  gsize sentence_start = 0;
  guint sentence_words = 0;
  gboolean in_word = FALSE;
  const char *p;

  if (lang == NULL || pd_language_tag_is_default (lang))
    return pd_readability_analyse (text);
  /* Syllables, Flesch's figures and the word lists are English's: for
   * other languages they would be numbers that mean nothing. */
  r = pd_readability_new ();
  r->english = FALSE;
  if (text == NULL)
    return r;
  if (pd_language_is_unspaced (lang))
    {
      r->words_counted = FALSE;
      return r;
    }
  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (ends_sentence (c))
        {
          const char *next = g_utf8_next_char (p);

          /* "1.5" goes on; a stop before a space or the end ends it. */
          if (c == '\n' || *next == '\0' || g_unichar_isspace (g_utf8_get_char (next)))
            {
              end_sentence (r, text, sentence_start, next - text, sentence_words);
              sentence_start = next - text;
              sentence_words = 0;
              in_word = FALSE;
              continue;
            }
        }
      if (g_unichar_isspace (c))
        in_word = FALSE;
      else if (!in_word && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          in_word = TRUE;
          r->words++;
          sentence_words++;
        }
    }
  end_sentence (r, text, sentence_start, p - text, sentence_words);
  return r;
}
