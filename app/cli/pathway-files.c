/* SPDX-License-Identifier: GPL-3.0-or-later */
/* validate, check and normalize: commands that read pathway files. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-check.h"
#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

PdDocument *
pd_cli_load (const char *path)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  PdDocument *document = pd_file_load (path, NULL, diagnostics, &error);

  if (diagnostics->len > 0)
    pd_cli_print_diagnostics (diagnostics);
  else if (document == NULL)
    fprintf (stderr, "%s\n", error->message);
  return document;
}

int
pd_cli_validate (int    argc,
                 char **argv)
{
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only problems"), NULL },
    { NULL }
  };
  guint invalid = 0;

  if (!pd_cli_parse ("validate", _("FILE…"),
                     _("Checks that each FILE is a well-formed pathway file that matches the "
                       "schema and whose references hold."), entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc < 2)
    return pd_cli_usage_error ("validate", _("no file given"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(PdDocument) document = pd_cli_load (argv[i]);

      if (document == NULL)
        invalid++;
      else if (!quiet)
        printf (_("%s: valid, %u steps and %u transitions\n"), argv[i],
                g_list_model_get_n_items (pd_document_get_nodes (document)),
                g_list_model_get_n_items (pd_document_get_edges (document)));
    }
  if (argc > 2 && !quiet)
    printf (_("%d files: %d valid, %u invalid\n"), argc - 1, argc - 1 - (int) invalid, invalid);
  return invalid ? PD_EXIT_FAILED : PD_EXIT_OK;
}

int
pd_cli_check (int    argc,
              char **argv)
{
  gboolean strict = FALSE;
  GOptionEntry entries[] = {
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Fail on warnings too"), NULL },
    { NULL }
  };
  guint failed = 0;

  if (!pd_cli_parse ("check", _("FILE… or FOLDER…"),
                     _("Finds problems a pathway lead fixes before sign-off. Errors: no start, "
                       "unreachable steps, dead ends, decisions with one way out, likelihoods "
                       "over 100% out of a decision. Warnings: steps without agency or "
                       "easy-read text, likelihoods that add up to less than 100%, and what "
                       "capacity planning needs: minutes for sessions, likelihoods out of "
                       "decisions, a way out of every loop, staff in post named as the roles they fill. "
                       "A FOLDER (or its library.xml) is checked as a library: each pathway, "
                       "then links between them (a target is PATHWAY-ID or "
                       "PATHWAY-ID#STEP-ID) and their cycles, care clusters, shared services, "
                       "agencies and roles across pathways."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc < 2)
    return pd_cli_usage_error ("check", _("no file given"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(PdDocument) document = NULL;
      g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
      guint errors, warnings;

      if (pd_cli_is_library (argv[i]))
        {
          if (pd_cli_check_library (argv[i], strict) != PD_EXIT_OK)
            failed++;
          continue;
        }
      document = pd_cli_load (argv[i]);
      if (document == NULL)
        {
          failed++;
          continue;
        }
      pd_check_document (document, argv[i], diagnostics);
      pd_cli_print_diagnostics (diagnostics);
      errors = pd_diagnostics_count_errors (diagnostics);
      warnings = diagnostics->len - errors;
      printf (_("%s: %u errors, %u warnings\n"), argv[i], errors, warnings);
      if (errors > 0 || (strict && warnings > 0))
        failed++;
    }
  return failed ? PD_EXIT_FAILED : PD_EXIT_OK;
}

int
pd_cli_normalize (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output (it may be FILE itself)"), N_("OUT") },
    { NULL }
  };
  g_autoptr(PdDocument) document = NULL;

  if (!pd_cli_parse ("normalize", _("FILE"),
                     _("Rewrites FILE in the canonical form the designer saves: the same "
                       "order, indentation and number format, so that versions diff well."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc != 2)
    return pd_cli_usage_error ("normalize", _("give exactly one file"));

  document = pd_cli_load (argv[1]);
  if (document == NULL)
    return PD_EXIT_FAILED;
  return pd_cli_write_document (document, output);
}

int
pd_cli_write_document (PdDocument *document,
                       const char *output)
{
  g_autoptr(GBytes) bytes = pd_xml_write (document);
  g_autoptr(GError) error = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    return pd_cli_write_stdout (bytes);
  if (!pd_file_replace (output, bytes, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_FAILED;
    }
  return PD_EXIT_OK;
}
