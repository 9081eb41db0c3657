/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pathway as the journey a leaflet tells: the usual way, each other way
 * under the step it leaves, and the steps left out with the reason. */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-edge.h"
#include "pd-enums.h"
#include "pd-journey.h"
#include "pd-leaflet-private.h"
#include "pd-language.h"
#include "pd-leaflet-gettext.h"
#include "pd-reading-order.h"
#include "pd-scene-text.h"
#include "pd-timing.h"

static void
step_free (PdJourneyStep *step)
{
  g_clear_object (&step->node);
  g_clear_object (&step->agency);
  g_free (step->text);
  g_free (step->timing);
  g_clear_object (&step->then);
  g_ptr_array_unref (step->also);
  g_free (step);
}

void
pd_journey_free (PdJourney *journey)
{
  if (journey == NULL)
    return;
  g_ptr_array_unref (journey->steps);
  g_ptr_array_unref (journey->problems);
  g_ptr_array_unref (journey->left_out);
  g_ptr_array_unref (journey->words);
  g_free (journey->language);
  g_free (journey);
}

/* A meeting's length in whole, plain units: "50 minutes", "an hour",
 * "an hour and a half", "2 hours"; over an hour, to the nearest half. */
static char *
describe_length (guint       minutes,
                 const char *lang)
{
  guint halves, hours;

  if (minutes < 60)
    return g_strdup_printf (pd_leaflet_ngettext (lang, "%u minute", "%u minutes", minutes),
                            minutes);
  halves = (guint) round (minutes / 30.0);
  hours = halves / 2;
  if (halves % 2 == 0)
    return hours == 1 ? g_strdup (pd_leaflet_gettext (lang, "an hour"))
                      : g_strdup_printf (pd_leaflet_ngettext (lang, "%u hour", "%u hours",
                                                      hours), hours);
  if (hours == 1)
    return g_strdup (pd_leaflet_gettext (lang, "an hour and a half"));
  /* Translators: %u is 2 or more: "2 and a half hours". */
  return g_strdup_printf (pd_leaflet_ngettext (lang, "%u and a half hours",
                                       "%u and a half hours", hours), hours);
}

char *
pd_journey_describe_timing (PdNode *node)
{
  return pd_journey_describe_timing_for (node, NULL);
}

char *
pd_journey_describe_timing_for (PdNode     *node,
                                const char *lang)
{
  GString *text = g_string_new (NULL);
  guint amount;
  PdPlainUnit unit;
  guint sessions = pd_node_get_sessions (node);
  guint minutes = pd_node_get_session_minutes (node);

  if (pd_timing_plain_duration (node, &amount, &unit))
    {
      switch (unit)
        {
        case PD_PLAIN_UNIT_DAYS:
          g_string_append_printf (text, pd_leaflet_ngettext (lang, "It may take about %u day.",
                                                     "It may take about %u days.", amount),
                                  amount);
          break;
        case PD_PLAIN_UNIT_YEARS:
          g_string_append_printf (text, pd_leaflet_ngettext (lang, "It may take about %u year.",
                                                     "It may take about %u years.", amount),
                                  amount);
          break;
        case PD_PLAIN_UNIT_MONTHS:
          g_string_append_printf (text, pd_leaflet_ngettext (lang,
                                                     "It may take about %u month.",
                                                     "It may take about %u months.", amount),
                                  amount);
          break;
        case PD_PLAIN_UNIT_WEEKS:
        default:
          g_string_append_printf (text, pd_leaflet_ngettext (lang, "It may take about %u week.",
                                                     "It may take about %u weeks.", amount),
                                  amount);
          break;
        }
    }
  if (sessions > 0)
    {
      if (text->len)
        g_string_append_c (text, ' ');
      if (minutes > 0)
        {
          g_autofree char *length = describe_length (minutes, lang);

          /* Translators: the second %s is a length: "50 minutes", "an hour",
           * "an hour and a half", "2 hours". */
          g_string_append_printf (text, pd_leaflet_ngettext (lang,
                                                     "You may have %u meeting of about %s.",
                                                     "You may have %u meetings of about %s.",
                                                     sessions),
                                  sessions, length);
        }
      else
        g_string_append_printf (text, pd_leaflet_ngettext (lang, "You may have %u meeting.",
                                                   "You may have %u meetings.", sessions),
                                sessions);
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

char *
pd_journey_title (PdNode *node)
{
  return pd_journey_title_for (node, NULL);
}

char *
pd_journey_title_for (PdNode     *node,
                      const char *lang)
{
  const char *title = pd_node_get_title_for (node, lang);

  if (title == NULL || *title == '\0')
    title = pd_node_get_title (node);

  return pd_text_clean (title && *title ? title : pd_node_get_id (node));
}

static gboolean
shown (PdNode                 *node,
       const PdJourneyOptions *options)
{
  return options->include_not_offered || pd_node_get_availability (node) == PD_AVAILABILITY_OFFERED;
}


typedef struct {
  PdJourney              *journey;
  PdDocument             *document;
  GPtrArray              *edges;
  const PdJourneyOptions *options;
  const char             *file_name;
  GHashTable             *claimed;   /* steps given their place in the journey */
} Teller;

static PdDiagnostic *
diagnostic_at (Teller     *t,
               PdNode     *node,
               PdSeverity  severity,
               const char *message)
{
  guint line = 0, column = 0;
  PdDiagnostic *problem;

  pd_document_get_source_position (t->document, pd_node_get_id (node), &line, &column);
  problem = pd_diagnostic_new (t->file_name, line, column, severity, message);
  problem->object_id = g_strdup (pd_node_get_id (node));
  return problem;
}

static char *
language_name (const char *tag)
{
  const PdLanguageInfo *info = pd_language_info (tag);

  return g_strdup (info ? info->english_name : tag);
}

/* Says that @node's title (or its easy-read text) is not in the journey's
 * language, so the leaflet shows the English one. */
static void
report_english (Teller   *t,
                PdNode   *node,
                gboolean  title_of_it)
{
  g_autofree char *title = pd_journey_title (node);
  g_autofree char *language = language_name (t->journey->language);
  g_autofree char *message
    = title_of_it ? g_strdup_printf (_("“%s” has no title in %s: the leaflet shows the English "
                                       "one"), title, language)
                  : g_strdup_printf (_("“%s” has no easy-read text in %s: the leaflet shows the "
                                       "English one"), title, language);

  g_ptr_array_add (t->journey->problems, diagnostic_at (t, node, PD_SEVERITY_WARNING, message));
}

/* The pathway's title and the names of the agencies its steps have, when
 * they are not in the journey's language. */
static void
report_other_english (Teller *t)
{
  const char *lang = t->journey->language;
  g_autofree char *language = language_name (lang);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  if (pd_document_get_title (t->document) && pd_document_get_title_for (t->document, lang) == NULL)
    {
      g_autofree char *message = g_strdup_printf (
        _("The pathway has no title in %s: the leaflet shows the English one"), language);

      g_ptr_array_add (t->journey->problems,
                       pd_diagnostic_new (t->file_name, 0, 0, PD_SEVERITY_WARNING, message));
    }
  for (guint i = 0; i < t->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (t->journey->steps, i);
      g_autofree char *message = NULL;
      PdDiagnostic *problem;

      if (step->agency == NULL || !g_hash_table_add (seen, step->agency)
          || pd_agency_get_name (step->agency) == NULL
          || pd_agency_get_name_for (step->agency, lang) != NULL)
        continue;
      message = g_strdup_printf (_("The agency “%s” has no name in %s: the leaflet shows the "
                                   "English one"), pd_agency_get_name (step->agency), language);
      problem = pd_diagnostic_new (t->file_name, 0, 0, PD_SEVERITY_WARNING, message);
      problem->object_id = g_strdup (pd_agency_get_id (step->agency));
      g_ptr_array_add (t->journey->problems, problem);
    }
}

static PdJourneyStep *
add_step (Teller  *t,
          PdNode  *node,
          guint    depth,
          gboolean alternative)
{
  PdJourneyStep *step = g_new0 (PdJourneyStep, 1);
  const char *lang = t->journey->language;
  const char *easy_read = pd_node_get_easy_read_for (node, lang);
  const char *title = pd_node_get_title_for (node, lang);
  PdAgency *agency = pd_document_get_agency (t->document, pd_node_get_agency_id (node));

  step->node = g_object_ref (node);
  step->agency = agency ? g_object_ref (agency) : NULL;
  step->alternative = alternative;
  step->depth = depth;
  step->not_offered = pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED;
  step->timing = pd_journey_describe_timing_for (node, lang);
  step->also = g_ptr_array_new_with_free_func (g_object_unref);
  /* A text the pathway has not in the leaflet's language is told in
   * English, and said, each time: a mixed leaflet is better than a gap. */
  if (lang && (easy_read == NULL || *easy_read == '\0') && pd_node_get_easy_read (node)
      && *pd_node_get_easy_read (node))
    {
      easy_read = pd_node_get_easy_read (node);
      step->in_english = TRUE;
      report_english (t, node, FALSE);
    }
  if (lang && (title == NULL || *title == '\0') && pd_node_get_title (node)
      && *pd_node_get_title (node))
    {
      title = pd_node_get_title (node);
      step->in_english = TRUE;
      report_english (t, node, TRUE);
    }
  /* Cleaned as the diagram cleans titles: no bidi override disguises it. */
  if (easy_read && *easy_read)
    step->text = pd_text_clean (easy_read);
  else
    {
      g_autofree char *english = pd_journey_title (node);
      g_autofree char *message = g_strdup_printf (
        _("“%s” has no easy-read text: the leaflet shows only its title"), english);

      /* Never filled in with the clinical description: it is reported. */
      step->missing_easy_read = TRUE;
      step->text = pd_text_clean (title);
      g_ptr_array_add (t->journey->problems,
                       diagnostic_at (t, node, PD_SEVERITY_WARNING, message));
    }
  g_ptr_array_add (t->journey->steps, step);
  return step;
}

/* The ways out of @node, the usual one first (reading order's). */
static GPtrArray *
ways_out (Teller *t,
          PdNode *node)
{
  GPtrArray *targets = g_ptr_array_new ();

  for (guint i = 0; i < t->edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (t->edges, i);
      PdNode *to;

      if (g_strcmp0 (pd_edge_get_from_id (edge), pd_node_get_id (node)) != 0)
        continue;
      to = pd_document_get_node (t->document, pd_edge_get_to_id (edge));
      if (to && to != node && !g_ptr_array_find (targets, to, NULL))
        g_ptr_array_add (targets, to);
    }
  return targets;
}

/* A way from @start: each time the first way out that is shown, until it
 * comes to a step that has its place already (the other ways out are told
 * as other ways, under their step). Its steps are claimed, so that other
 * ways come back to them rather than tell them again. */
static GPtrArray *
route_from (Teller *t,
            PdNode *start)
{
  GPtrArray *route = g_ptr_array_new ();
  PdNode *at = start;

  while (at)
    {
      g_autoptr(GPtrArray) out = ways_out (t, at);
      PdNode *next = NULL;

      g_ptr_array_add (route, at);
      g_hash_table_add (t->claimed, at);
      for (guint i = 0; i < out->len && next == NULL; i++)
        if (shown (g_ptr_array_index (out, i), t->options))
          next = g_ptr_array_index (out, i);
      at = next && !g_hash_table_contains (t->claimed, next) ? next : NULL;
    }
  return route;
}

static void tell_route (Teller    *t,
                        GPtrArray *route,
                        guint      depth,
                        GPtrArray *other_starts);

/* Another way from @start, told a level deeper. */
static void
tell_branch (Teller *t,
             PdNode *start,
             guint   depth)
{
  g_autoptr(GPtrArray) branch = route_from (t, start);

  tell_route (t, branch, depth, NULL);
}

/* Each step of @route, and right after it the other ways it may lead
 * (their steps told a level deeper); a way out to a step that has its
 * place already is said at the step ("Then you go back to…"). */
static void
tell_route (Teller    *t,
            GPtrArray *route,
            guint      depth,
            GPtrArray *other_starts)
{
  for (guint i = 0; i < route->len; i++)
    {
      PdNode *node = g_ptr_array_index (route, i);
      PdNode *next = i + 1 < route->len ? g_ptr_array_index (route, i + 1) : NULL;
      PdJourneyStep *step = add_step (t, node, depth, depth > 0 && i == 0);
      g_autoptr(GPtrArray) out = ways_out (t, node);

      for (guint o = 0; o < out->len; o++)
        {
          PdNode *other = g_ptr_array_index (out, o);

          if (other == next || !shown (other, t->options))
            continue;
          if (!g_hash_table_contains (t->claimed, other))
            tell_branch (t, other, depth + 1);
          else if (next == NULL && step->then == NULL)
            step->then = g_object_ref (other);
          else if (other != step->then && !g_ptr_array_find (step->also, other, NULL))
            g_ptr_array_add (step->also, g_object_ref (other));
        }
      /* Other places to start are other ways from the first step. */
      for (guint s = 0; i == 0 && other_starts && s < other_starts->len; s++)
        if (!g_hash_table_contains (t->claimed, g_ptr_array_index (other_starts, s)))
          tell_branch (t, g_ptr_array_index (other_starts, s), depth + 1);
    }
}

/* Why the leaflet leaves out @node, which has no place in the journey. */
static void
say_left_out (Teller *t,
              PdNode *node)
{
  g_autofree char *title = pd_journey_title (node);
  g_autofree char *message = NULL;
  gboolean after_left_out = FALSE;

  if (pd_node_get_availability (node) == PD_AVAILABILITY_PLANNED)
    message = g_strdup_printf (_("“%s” is left out of the leaflet: it is planned, not offered "
                                 "yet"), title);
  else if (pd_node_get_availability (node) == PD_AVAILABILITY_NOT_OFFERED)
    message = g_strdup_printf (_("“%s” is left out of the leaflet: it is not offered"), title);
  else
    {
      for (guint i = 0; i < t->edges->len && !after_left_out; i++)
        {
          PdEdge *edge = g_ptr_array_index (t->edges, i);
          PdNode *from = pd_document_get_node (t->document, pd_edge_get_from_id (edge));

          after_left_out = g_strcmp0 (pd_edge_get_to_id (edge), pd_node_get_id (node)) == 0
                           && from && !shown (from, t->options);
        }
      message = after_left_out
                ? g_strdup_printf (_("“%s” is left out of the leaflet: it comes only after steps "
                                     "that are left out"), title)
                : g_strdup_printf (_("“%s” is left out of the leaflet: no way leads to it from "
                                     "the start"), title);
    }
  g_ptr_array_add (t->journey->left_out, diagnostic_at (t, node, PD_SEVERITY_NOTE, message));
}

/* The entry of the hard-words list that @word (as the readability check
 * found it) is, a plural taken as its singular; or NULL. */
static const PdHardWord *
hard_word_of (const char *word)
{
  const PdHardWord *hard = pd_hard_words_lookup (word);

  if (hard == NULL && g_str_has_suffix (word, "s"))
    {
      g_autofree char *one = g_strndup (word, strlen (word) - 1);
      hard = pd_hard_words_lookup (one);
    }
  return hard;
}

/* The hard words the steps use, each once, in the order they are met. */
static void
find_words (PdJourney *journey)
{
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      g_autoptr(PdReadability) r = pd_readability_analyse (step->text);

      for (guint k = 0; k < r->issues->len; k++)
        {
          PdReadIssue *issue = g_ptr_array_index (r->issues, k);
          const PdHardWord *word;

          if (issue->kind != PD_READ_HARD_WORD)
            continue;
          word = hard_word_of (issue->text);
          if (word && !g_ptr_array_find (journey->words, word, NULL))
            g_ptr_array_add (journey->words, (gpointer) word);
        }
    }
}

PdReadability *
pd_journey_step_readability (PdJourney     *journey,
                             PdJourneyStep *step)
{
  PdReadability *r;

  g_return_val_if_fail (journey != NULL, NULL);

  r = pd_readability_analyse_for (step->text, journey->language);

  /* A word "Words to know" explains is explained (rule 9). */
  for (guint k = r->issues->len; k > 0; k--)
    {
      PdReadIssue *issue = g_ptr_array_index (r->issues, k - 1);

      if (issue->kind == PD_READ_HARD_WORD
          && g_ptr_array_find (journey->words, hard_word_of (issue->text), NULL))
        g_ptr_array_remove_index (r->issues, k - 1);
    }
  return r;
}

PdJourney *
pd_journey_new (PdDocument             *document,
                const PdJourneyOptions *options,
                const char             *file_name)
{
  PdJourneyOptions defaults = { 0 };
  PdJourney *journey = g_new0 (PdJourney, 1);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autoptr(GHashTable) claimed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) has_way_in = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) starts = g_ptr_array_new ();
  Teller t;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  journey->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  journey->problems = pd_diagnostics_new ();
  journey->left_out = pd_diagnostics_new ();
  journey->words = g_ptr_array_new ();
  if (options->language && !pd_language_tag_is_default (options->language))
    journey->language = pd_language_tag_normalize (options->language);
  pd_reading_order (document, &nodes, &edges);
  t = (Teller) { journey, document, edges, options, file_name, claimed };

  /* The journey starts at the first step a reader meets; other steps no
   * way leads to are other places to start. */
  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);

      if (g_strcmp0 (pd_edge_get_from_id (edge), pd_edge_get_to_id (edge)) != 0)
        g_hash_table_add (has_way_in, (gpointer) pd_edge_get_to_id (edge));
    }
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);

      if (shown (node, options)
          && (starts->len == 0 || !g_hash_table_contains (has_way_in, pd_node_get_id (node))))
        g_ptr_array_add (starts, node);
    }
  if (starts->len > 0)
    {
      g_autoptr(GPtrArray) usual = route_from (&t, g_ptr_array_index (starts, 0));

      g_ptr_array_remove_index (starts, 0);
      tell_route (&t, usual, 0, starts);
    }
  for (guint i = 0; i < nodes->len; i++)
    if (!g_hash_table_contains (claimed, g_ptr_array_index (nodes, i)))
      say_left_out (&t, g_ptr_array_index (nodes, i));
  /* The hard-words list and its meanings are English's. */
  if (journey->language == NULL)
    find_words (journey);
  else
    report_other_english (&t);
  return journey;
}
