/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-diagnostic.h"

G_BEGIN_DECLS

/* How easy a text is to read, by the rules of easy read (EASYREAD.md):
 * the counts and the Flesch figures, and the things that make it harder,
 * each where it is in the text. */
typedef enum {
  PD_READ_LONG_SENTENCE,    /* over 15 words (warning), over 25 (error) */
  PD_READ_HARD_WORD,        /* on the hard words list: explain it or say it plainly */
  PD_READ_CONTRACTION,      /* "can't": write "cannot" */
  PD_READ_LATIN,            /* "e.g.", "etc.", "i.e." */
  PD_READ_CAPITALS,         /* a word in capitals for emphasis */
  PD_READ_ABBREVIATION,     /* letters in capitals nobody explains */
  PD_READ_PASSIVE,          /* "you will be given": say who does it */
} PdReadIssueKind;

typedef struct {
  PdReadIssueKind kind;
  PdSeverity      severity;
  guint           offset;    /* in bytes, into the text analysed */
  guint           length;
  char           *text;      /* what it is about: the word or the sentence */
  char           *message;   /* for people, with the plain alternative if any */
} PdReadIssue;

typedef struct {
  guint      sentences;
  guint      words;
  guint      syllables;
  guint      longest_sentence;   /* in words */
  GPtrArray *issues;             /* of PdReadIssue, in text order */
  /* Whether the English-only measures (syllables, the Flesch figures, the
   * hard words, the grammar hints) were made: for English texts only. */
  gboolean   english;
  /* Whether words and sentence lengths were counted: not for languages
   * written without spaces between words. */
  gboolean   words_counted;
} PdReadability;

#define PD_READ_SENTENCE_WARNING 15
#define PD_READ_SENTENCE_ERROR 25
/* What easy read aims at (rule 15). */
#define PD_READ_EASE_TARGET 80.0
#define PD_READ_GRADE_TARGET 5.0

/* The analyse functions and new return (transfer full); free accepts NULL. */
PdReadability *pd_readability_analyse (const char    *text);
/* The same for a text in @lang (NULL or "en": English). Other languages
 * get only their sentence lengths, words split by spaces; languages
 * written without spaces not even that. */
PdReadability *pd_readability_analyse_for (const char *text,
                                           const char *lang);
/* Adds @other's counts and issues to @total (offsets stay @other's). */
void           pd_readability_add     (PdReadability *total,
                                       PdReadability *other);
PdReadability *pd_readability_new     (void);
void           pd_readability_free    (PdReadability *readability);
double         pd_readability_ease    (const PdReadability *readability);
double         pd_readability_grade   (const PdReadability *readability);

/* The formulas (0 words or sentences: 0). */
double         pd_flesch_reading_ease (guint words,
                                       guint sentences,
                                       guint syllables);
double         pd_flesch_kincaid_grade (guint words,
                                        guint sentences,
                                        guint syllables);
/* Syllables of an English word, by its vowel groups and the usual
 * exceptions (silent final e, -ed, -es); at least 1. */
guint          pd_count_syllables     (const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdReadability, pd_readability_free)

G_END_DECLS
