/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The journey a leaflet tells: the usual way, and the others where it
 * branches. */
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-edit.h"
#include "pd-journey.h"
#include "pd-scene-text.h"
#include "test-common.h"

static PdNode *
step (PdDocument *doc,
      PdNodeKind  kind,
      const char *title,
      const char *easy_read,
      double      x)
{
  PdNode *node = pd_edit_add_node (doc, kind, NULL, x, 100);

  pd_document_set (doc, node, "title", title, "easy-read", easy_read, NULL);
  return node;
}

static const char *
title_at (PdJourney *journey,
          guint      i)
{
  return pd_node_get_title (((PdJourneyStep *) g_ptr_array_index (journey->steps, i))->node);
}

static void
test_branches (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *referral = step (doc, PD_NODE_KIND_REFERRAL, "Referral", "Your doctor asks us to help.", 0);
  PdNode *assessment = step (doc, PD_NODE_KIND_ASSESSMENT, "Assessment", NULL, 200);
  PdNode *cbt = step (doc, PD_NODE_KIND_INTERVENTION, "CBT", "You talk with a worker.", 400);
  PdNode *guided = step (doc, PD_NODE_KIND_INTERVENTION, "Guided self-help", "You read at home.",
                         400);
  PdNode *discharge = step (doc, PD_NODE_KIND_DISCHARGE, "Discharge", "You finish with us.", 600);
  PdJourneyOptions all = { .include_not_offered = TRUE };
  g_autoptr(PdJourney) usual = NULL;
  g_autoptr(PdJourney) with_planned = NULL;
  PdJourneyStep *alternative;

  pd_edit_connect (doc, referral, assessment);
  pd_edit_connect (doc, assessment, cbt);
  pd_document_set (doc, pd_edit_connect (doc, assessment, guided), "kind",
                   PD_EDGE_KIND_ALTERNATIVE, NULL);
  pd_edit_connect (doc, cbt, discharge);
  pd_edit_connect (doc, guided, discharge);
  pd_document_set (doc, guided, "availability", PD_AVAILABILITY_PLANNED, NULL);
  pd_document_set (doc, cbt, "duration", 6.0, "sessions", 8u, "session-minutes", 50u, NULL);

  usual = pd_journey_new (doc, NULL, "test.pathway");
  g_assert_cmpuint (usual->steps->len, ==, 4);
  g_assert_cmpstr (title_at (usual, 0), ==, "Referral");
  g_assert_cmpstr (title_at (usual, 1), ==, "Assessment");
  g_assert_cmpstr (title_at (usual, 2), ==, "CBT");
  g_assert_cmpstr (title_at (usual, 3), ==, "Discharge");
  g_assert_cmpstr (((PdJourneyStep *) g_ptr_array_index (usual->steps, 2))->timing, ==,
                   "It may take about 6 weeks. You may have 8 meetings of about 50 minutes.");
  {
    g_autoptr(PdNode) long_one = pd_node_new ("long", PD_NODE_KIND_INTERVENTION);
    g_autofree char *years = NULL;
    g_autofree char *months = NULL;

    g_object_set (long_one, "duration", 36.0, "duration-unit", PD_DURATION_UNIT_MONTHS, NULL);
    years = pd_journey_describe_timing (long_one);
    g_assert_cmpstr (years, ==, "It may take about 3 years.");
    g_object_set (long_one, "duration", 1.0, NULL);
    months = pd_journey_describe_timing (long_one);
    g_assert_cmpstr (months, ==, "It may take about 1 month.");
    g_object_set (long_one, "duration", 0.0, NULL);
    g_assert_null (pd_journey_describe_timing (long_one));
  }
  g_assert_nonnull (((PdJourneyStep *) g_ptr_array_index (usual->steps, 0))->agency);
  /* The assessment has no easy-read text: shown by its title, and said. */
  g_assert_true (((PdJourneyStep *) g_ptr_array_index (usual->steps, 1))->missing_easy_read);
  g_assert_cmpstr (((PdJourneyStep *) g_ptr_array_index (usual->steps, 1))->text, ==,
                   "Assessment");
  g_assert_cmpuint (usual->problems->len, ==, 1);
  g_assert_cmpstr (((PdDiagnostic *) g_ptr_array_index (usual->problems, 0))->object_id, ==,
                   pd_node_get_id (assessment));

  /* With planned steps kept, the other way shows right after its
   * branch, before the usual way goes on. */
  with_planned = pd_journey_new (doc, &all, NULL);
  g_assert_cmpuint (with_planned->steps->len, ==, 5);
  g_assert_cmpstr (title_at (with_planned, 2), ==, "Guided self-help");
  g_assert_cmpstr (title_at (with_planned, 3), ==, "CBT");
  alternative = g_ptr_array_index (with_planned->steps, 2);
  g_assert_true (alternative->alternative);
  g_assert_true (alternative->not_offered);
  g_assert_cmpstr (title_at (with_planned, 4), ==, "Discharge");
}

/* Each unit and count in plain words, singular and plural. */
static void
test_timing_words (void)
{
  static const struct {
    double duration;
    PdDurationUnit unit;
    guint sessions, minutes;
    const char *words;
  } cases[] = {
    { 1, PD_DURATION_UNIT_DAYS, 0, 0, "It may take about 1 day." },
    { 3, PD_DURATION_UNIT_DAYS, 0, 0, "It may take about 3 days." },
    { 0.2, PD_DURATION_UNIT_DAYS, 0, 0, "It may take about 1 day." },
    { 1, PD_DURATION_UNIT_WEEKS, 0, 0, "It may take about 1 week." },
    { 12, PD_DURATION_UNIT_WEEKS, 1, 0, "It may take about 12 weeks. You may have 1 meeting." },
    { 1, PD_DURATION_UNIT_MONTHS, 0, 0, "It may take about 1 month." },
    { 23, PD_DURATION_UNIT_MONTHS, 0, 0, "It may take about 23 months." },
    { 24, PD_DURATION_UNIT_MONTHS, 0, 0, "It may take about 2 years." },
    { 36, PD_DURATION_UNIT_MONTHS, 2, 60,
      "It may take about 3 years. You may have 2 meetings of about an hour." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 30, "You may have 1 meeting of about 30 minutes." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 1, "You may have 1 meeting of about 1 minute." },
    { 0, PD_DURATION_UNIT_WEEKS, 3, 59, "You may have 3 meetings of about 59 minutes." },
    /* Whole, plain units: hours past an hour, to the nearest half. */
    { 0, PD_DURATION_UNIT_WEEKS, 6, 120, "You may have 6 meetings of about 2 hours." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 90, "You may have 1 meeting of about an hour and a half." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 80, "You may have 1 meeting of about an hour and a half." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 70, "You may have 1 meeting of about an hour." },
    { 0, PD_DURATION_UNIT_WEEKS, 2, 150, "You may have 2 meetings of about 2 and a half hours." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 180, "You may have 1 meeting of about 3 hours." },
    { 14, PD_DURATION_UNIT_DAYS, 0, 0, "It may take about 2 weeks." },
    { 7, PD_DURATION_UNIT_DAYS, 0, 0, "It may take about 1 week." },
    { 10, PD_DURATION_UNIT_DAYS, 0, 0, "It may take about 10 days." },
    { 0, PD_DURATION_UNIT_WEEKS, 0, 0, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PdDocument) doc = pd_document_new_default ();
      PdNode *node = step (doc, PD_NODE_KIND_INTERVENTION, "Step", NULL, 0);
      g_autofree char *words = NULL;

      pd_document_set (doc, node, "duration", cases[i].duration, "duration-unit", cases[i].unit,
                       "sessions", cases[i].sessions, "session-minutes", cases[i].minutes, NULL);
      words = pd_journey_describe_timing (node);
      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

static void
test_examples (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdJourney) journey = pd_journey_new (doc, NULL, data);
  PdJourneyOptions all = { .include_not_offered = TRUE };
  g_autoptr(PdJourney) everything = pd_journey_new (doc, &all, data);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  PdJourneyStep *first = g_ptr_array_index (journey->steps, 0);
  guint missing = 0;

  g_assert_cmpint (pd_node_get_kind (first->node), ==, PD_NODE_KIND_REFERRAL);
  g_assert_false (first->alternative);
  g_assert_cmpuint (journey->steps->len, >=, 5);
  g_assert_cmpuint (everything->steps->len, >=, journey->steps->len);
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *s = g_ptr_array_index (journey->steps, i);

      g_assert_true (g_hash_table_add (seen, s->node));
      g_assert_false (s->not_offered);
      g_assert_nonnull (s->text);
      missing += s->missing_easy_read;
    }
  g_assert_cmpuint (journey->problems->len, ==, missing);
}


static PdJourneyStep *
step_of (PdJourney *journey,
         PdNode    *node)
{
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *s = g_ptr_array_index (journey->steps, i);

      if (s->node == node)
        return s;
    }
  return NULL;
}

static const char *
left_out_why (PdJourney *journey,
              PdNode    *node)
{
  for (guint i = 0; i < journey->left_out->len; i++)
    {
      PdDiagnostic *d = g_ptr_array_index (journey->left_out, i);

      if (g_strcmp0 (d->object_id, pd_node_get_id (node)) == 0)
        return d->message;
    }
  return NULL;
}

/* Every step reachable from the start, once, in the order a reader meets
 * it: each other way under the step it leaves, a level deeper, a way back
 * said rather than told again; the steps left out listed, with why. */
static void
test_whole (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *start = step (doc, PD_NODE_KIND_REFERRAL, "Start", "You ask us.", 0);
  PdNode *a = step (doc, PD_NODE_KIND_ASSESSMENT, "A", "We meet.", 200);
  PdNode *alt1 = step (doc, PD_NODE_KIND_INTERVENTION, "Alt 1", "You read.", 400);
  PdNode *alt1b = step (doc, PD_NODE_KIND_INTERVENTION, "Alt 1b", "You read more.", 600);
  PdNode *alt2 = step (doc, PD_NODE_KIND_INTERVENTION, "Alt 2", "You walk.", 600);
  PdNode *b = step (doc, PD_NODE_KIND_REVIEW, "B", "We check.", 800);
  PdNode *end = step (doc, PD_NODE_KIND_DISCHARGE, "End", "You finish.", 1000);
  PdNode *planned = step (doc, PD_NODE_KIND_INTERVENTION, "Planned", "Later.", 400);
  PdNode *after = step (doc, PD_NODE_KIND_INTERVENTION, "After planned", "After.", 600);
  PdNode *lost1 = step (doc, PD_NODE_KIND_INTERVENTION, "Lost 1", "Lost.", 1200);
  PdNode *lost2 = step (doc, PD_NODE_KIND_INTERVENTION, "Lost 2", "Lost too.", 1400);
  PdJourneyOptions all = { .include_not_offered = TRUE };
  g_autoptr(PdJourney) journey = NULL;
  g_autoptr(PdJourney) everything = NULL;
  PdNode *order[] = { start, a, alt1, alt2, alt1b, b, end };
  guint depths[] = { 0, 0, 1, 2, 1, 0, 0 };

  pd_edit_connect (doc, start, a);
  pd_edit_connect (doc, a, b);
  pd_document_set (doc, pd_edit_connect (doc, a, alt1), "kind", PD_EDGE_KIND_ALTERNATIVE, NULL);
  pd_document_set (doc, pd_edit_connect (doc, a, planned), "kind", PD_EDGE_KIND_ALTERNATIVE,
                   NULL);
  pd_edit_connect (doc, alt1, alt1b);
  pd_document_set (doc, pd_edit_connect (doc, alt1, alt2), "kind", PD_EDGE_KIND_ALTERNATIVE,
                   NULL);
  pd_edit_connect (doc, alt1b, b);
  pd_edit_connect (doc, alt2, end);
  pd_edit_connect (doc, b, end);
  pd_document_set (doc, pd_edit_connect (doc, b, a), "kind", PD_EDGE_KIND_RE_REFERRAL, NULL);
  pd_document_set (doc, pd_edit_connect (doc, end, start), "kind", PD_EDGE_KIND_RE_REFERRAL,
                   NULL);
  pd_edit_connect (doc, planned, after);
  pd_edit_connect (doc, lost1, lost2);
  pd_edit_connect (doc, lost2, lost1);
  pd_document_set (doc, planned, "availability", PD_AVAILABILITY_PLANNED, NULL);

  journey = pd_journey_new (doc, NULL, NULL);
  g_assert_cmpuint (journey->steps->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      PdJourneyStep *s = g_ptr_array_index (journey->steps, i);

      g_test_message ("step %u: %s", i, title_at (journey, i));
      g_assert_true (s->node == order[i]);
      g_assert_cmpuint (s->depth, ==, depths[i]);
    }
  g_assert_true (step_of (journey, alt1)->alternative);
  g_assert_true (step_of (journey, alt2)->alternative);
  g_assert_false (step_of (journey, alt1b)->alternative);
  g_assert_false (step_of (journey, b)->alternative);
  /* Ways back: said at the step, never told again. */
  g_assert_true (step_of (journey, alt2)->then == end);
  g_assert_true (step_of (journey, alt1b)->then == b);
  g_assert_true (step_of (journey, end)->then == start);
  g_assert_null (step_of (journey, alt1)->then);
  g_assert_cmpuint (step_of (journey, b)->also->len, ==, 1);
  g_assert_true (g_ptr_array_index (step_of (journey, b)->also, 0) == a);
  /* Left out, each with why, at the step. */
  g_assert_cmpuint (journey->left_out->len, ==, 4);
  g_assert_nonnull (strstr (left_out_why (journey, planned), "planned"));
  g_assert_nonnull (strstr (left_out_why (journey, after), "only after steps that are left out"));
  g_assert_nonnull (strstr (left_out_why (journey, lost1), "no way leads to it"));
  g_assert_nonnull (strstr (left_out_why (journey, lost2), "no way leads to it"));
  g_assert_cmpint (((PdDiagnostic *) g_ptr_array_index (journey->left_out, 0))->severity, ==,
                   PD_SEVERITY_NOTE);
  g_assert_cmpuint (journey->problems->len, ==, 0);

  /* With planned steps kept, the planned way and what follows it are told. */
  everything = pd_journey_new (doc, &all, NULL);
  g_assert_nonnull (step_of (everything, planned));
  g_assert_nonnull (step_of (everything, after));
  g_assert_cmpuint (step_of (everything, after)->depth, ==, 1);
  g_assert_cmpuint (everything->left_out->len, ==, 2);
}

/* Bidi controls go from the leaflet's words as from the diagram's. */
static void
test_clean (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  const char *words = "Open \u202Eexe.live\u202C or \u2066this\u2069 now.";
  PdNode *only = step (doc, PD_NODE_KIND_REFERRAL, "Title \u202Dx", words, 0);
  PdNode *bare = step (doc, PD_NODE_KIND_DISCHARGE, "Bare \u202Eevil", NULL, 200);
  g_autoptr(PdJourney) journey = NULL;
  g_autofree char *clean = pd_text_clean (words);
  g_autofree char *title = NULL;

  pd_edit_connect (doc, only, bare);
  journey = pd_journey_new (doc, NULL, NULL);
  g_assert_cmpstr (step_of (journey, only)->text, ==, clean);
  g_assert_cmpstr (step_of (journey, only)->text, ==, "Open exe.live or this now.");
  g_assert_cmpstr (step_of (journey, bare)->text, ==, "Bare evil");
  title = pd_journey_title (only);
  g_assert_cmpstr (title, ==, "Title x");
}

/* Hard words that "Words to know" explains are not reported as hard. */
static void
test_explained_words (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdJourney) journey = pd_journey_new (doc, NULL, data);

  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *s = g_ptr_array_index (journey->steps, i);
      g_autoptr(PdReadability) r = pd_journey_step_readability (journey, s);

      for (guint k = 0; k < r->issues->len; k++)
        g_assert_cmpint (((PdReadIssue *) g_ptr_array_index (r->issues, k))->kind, !=,
                         PD_READ_HARD_WORD);
    }
  if (strstr (data, "stepped-care"))
    {
      gboolean crisis = FALSE, therapy = FALSE;

      for (guint i = 0; i < journey->words->len; i++)
        {
          const PdHardWord *w = g_ptr_array_index (journey->words, i);

          crisis |= g_str_equal (w->term, "crisis");
          therapy |= g_str_equal (w->term, "therapy");
        }
      g_assert_true (crisis && therapy);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/journey/branches", test_branches);
  g_test_add_func ("/journey/timing-words", test_timing_words);
  g_test_add_func ("/journey/whole", test_whole);
  g_test_add_func ("/journey/clean", test_clean);
  test_add_per_example ("/journey/examples", test_examples);
  test_add_per_example ("/journey/explained-words", test_explained_words);
  return g_test_run ();
}
