/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The journey a leaflet tells: the usual way, and the others where it
 * branches. */
#include "pd-diagnostic.h"
#include "pd-edit.h"
#include "pd-journey.h"
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
      "It may take about 3 years. You may have 2 meetings of about 60 minutes." },
    { 0, PD_DURATION_UNIT_WEEKS, 1, 30, "You may have 1 meeting of about 30 minutes." },
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/journey/branches", test_branches);
  g_test_add_func ("/journey/timing-words", test_timing_words);
  test_add_per_example ("/journey/examples", test_examples);
  return g_test_run ();
}
