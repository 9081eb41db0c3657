/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway leaflet --check: how easy to read a pathway's leaflet would be. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-diagnostic.h"
#include "pd-journey.h"
#include "pd-readability.h"

/* Past this many words a leaflet is long (EASYREAD.md rule 7). */
#define LONG_LEAFLET_WORDS 1000

/* A readability issue of @step's text as a diagnostic at the step. */
static PdDiagnostic *
diagnostic_for (PdDocument    *document,
                const char    *file,
                PdJourneyStep *step,
                PdReadIssue   *issue)
{
  guint line = 0, column = 0;
  g_autofree char *message = g_strdup_printf ("%s [%s]", issue->message,
                                              pd_node_get_title (step->node)
                                              ? pd_node_get_title (step->node)
                                              : pd_node_get_id (step->node));
  PdDiagnostic *diagnostic;

  pd_document_get_source_position (document, pd_node_get_id (step->node), &line, &column);
  diagnostic = pd_diagnostic_new (file, line, column, issue->severity, message);
  diagnostic->object_id = g_strdup (pd_node_get_id (step->node));
  return diagnostic;
}

static gboolean
check_file (const char             *path,
            const PdJourneyOptions *options,
            gboolean                strict)
{
  g_autoptr(PdDocument) document = pd_cli_load (path);
  g_autoptr(PdJourney) journey = NULL;
  g_autoptr(PdReadability) total = pd_readability_new ();
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  guint errors;
  double ease, grade;

  if (document == NULL)
    return FALSE;
  journey = pd_journey_new (document, options, path);
  for (guint i = 0; i < journey->problems->len; i++)
    {
      PdDiagnostic *problem = g_ptr_array_index (journey->problems, i);
      PdDiagnostic *copy = pd_diagnostic_new (problem->file, problem->line, problem->column,
                                              problem->severity, problem->message);
      g_ptr_array_add (diagnostics, copy);
    }
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      g_autoptr(PdReadability) r = NULL;

      if (step->missing_easy_read)
        continue;
      r = pd_readability_analyse (step->text);
      for (guint k = 0; k < r->issues->len; k++)
        g_ptr_array_add (diagnostics, diagnostic_for (document, path, step,
                                                      g_ptr_array_index (r->issues, k)));
      pd_readability_add (total, r);
      if (step->timing)
        {
          g_autoptr(PdReadability) timing = pd_readability_analyse (step->timing);
          pd_readability_add (total, timing);
        }
    }
  if (total->words > LONG_LEAFLET_WORDS)
    {
      g_autofree char *message = g_strdup_printf (_("The leaflet has %u words: aim at %u or "
                                                    "fewer"), total->words, LONG_LEAFLET_WORDS);
      g_ptr_array_add (diagnostics, pd_diagnostic_new (path, 0, 0, PD_SEVERITY_WARNING, message));
    }
  pd_cli_print_diagnostics (diagnostics);

  ease = pd_readability_ease (total);
  grade = pd_readability_grade (total);
  errors = pd_diagnostics_count_errors (diagnostics);
  /* The figures, not only pass or fail (rule 15). */
  printf (_("%s: %u steps, %u sentences, %u words; longest sentence %u words\n"), path,
          journey->steps->len, total->sentences, total->words, total->longest_sentence);
  printf (_("  reading ease %.1f (aim: %.0f or more), grade %.1f (aim: %.0f or below)\n"), ease,
          PD_READ_EASE_TARGET, grade, PD_READ_GRADE_TARGET);
  printf (_("  %u errors, %u warnings\n"), errors, diagnostics->len - errors);
  return errors == 0 && (!strict || (diagnostics->len == 0 && ease >= PD_READ_EASE_TARGET
                                     && grade <= PD_READ_GRADE_TARGET));
}

int
pd_cli_leaflet (int    argc,
                char **argv)
{
  gboolean check = FALSE, strict = FALSE, not_offered = FALSE;
  GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Report how easy the leaflet's words are to read"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Fail on warnings and on figures short of the aims too"), NULL },
    { "include-not-offered", 0, 0, G_OPTION_ARG_NONE, &not_offered,
      N_("Keep steps that are planned or not offered"), NULL },
    { NULL }
  };
  PdJourneyOptions options = { 0 };
  guint failed = 0;

  if (!pd_cli_parse ("leaflet", _("FILE…"),
                     _("Checks the easy-read text of each FILE as its leaflet would use it: "
                       "the steps along the usual way and the others where it branches. "
                       "Prints the Flesch reading ease and grade with the sentences and words "
                       "that make it harder; fails when a sentence is over 25 words."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (!check)
    return pd_cli_usage_error ("leaflet", _("give --check (writing leaflet files is not "
                                            "available yet)"));
  if (argc < 2)
    return pd_cli_usage_error ("leaflet", _("no file given"));
  options.include_not_offered = not_offered;
  for (int i = 1; i < argc; i++)
    failed += !check_file (argv[i], &options, strict);
  return failed ? PD_EXIT_FAILED : PD_EXIT_OK;
}
