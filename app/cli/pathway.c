/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `pathway`: batch work on pathway files from the command line. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-diagnostic.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", pd_cli_validate, N_("Check that files are valid pathway files") },
  { "check", pd_cli_check, N_("Find problems in a pathway: unreachable steps, dead ends…") },
  { "normalize", pd_cli_normalize, N_("Rewrite a pathway file in the canonical form") },
  { "export", pd_cli_export, N_("Draw pathways as SVG, PNG or PDF") },
  { "leaflet", pd_cli_leaflet, N_("Make a pathway's easy-read leaflet, or check its words") },
  { "layout", pd_cli_layout, N_("Lay a pathway out in ranks with a lane for each agency") },
  { "publish", pd_cli_publish, N_("Publish a folder of pathways as a static website") },
  { "capacity", pd_cli_capacity, N_("Work out the people, staff hours and WTE pathways need") },
  { "diff", pd_cli_diff, N_("List what changed between two versions of a pathway") },
  { "generate", pd_cli_generate, N_("Make a synthetic pathway for tests and benchmarks") },
};

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n  pathway %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…] [FILE…]"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n  %-12s %s\n  %-12s %s\n\n%s\n", _("Options:"),
           "--help", _("Show this help"), "--version", _("Show the version"),
           _("Run “pathway COMMAND --help” for the options of a command.\n"
             "Exit status: 0 success, 1 invalid input or failed check, 2 usage error."));
}

int
pd_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "pathway%s%s: %s\n", command ? " " : "", command ? command : "", message);
  fprintf (stderr, _("Try “pathway%s%s --help” for more information.\n"),
           command ? " " : "", command ? command : "");
  return PD_EXIT_USAGE;
}

gboolean
pd_cli_parse (const char   *command,
              const char   *parameters,
              const char   *summary,
              GOptionEntry *entries,
              int          *argc,
              char       ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("pathway %s", command);

  g_set_prgname (prgname);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      pd_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

void
pd_cli_print_diagnostics (GPtrArray *diagnostics)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = pd_diagnostic_format (g_ptr_array_index (diagnostics, i));
      fprintf (stderr, "%s\n", line);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  pd_cli_watch_stdout ();

  if (argc < 2)
    {
      print_help (stderr);
      return PD_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_help (stdout);
      return pd_cli_close_stdout (PD_EXIT_OK);
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("pathway %s\n", PACKAGE_VERSION);
      return pd_cli_close_stdout (PD_EXIT_OK);
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return pd_cli_close_stdout (commands[i].run (argc - 1, argv + 1));
  return pd_cli_usage_error (NULL, _("unknown command “%s”"), argv[1]);
}
