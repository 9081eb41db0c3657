/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway diff: what changed between two versions of a pathway. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-diff-report.h"
#include "pd-file.h"

static GBytes *
make_report (const char *format,
             GPtrArray  *changes,
             const char *old_name,
             const char *new_name)
{
  if (g_str_equal (format, "json"))
    return pd_diff_report_json (changes, old_name, new_name);
  if (g_str_equal (format, "html"))
    return pd_diff_report_html (changes, old_name, new_name);
  return pd_diff_report_text (changes, old_name, new_name);
}

static int
write_report (GBytes     *report,
              const char *output)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    return pd_cli_write_stdout (report);
  if (!pd_file_replace (output, report, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_USAGE;
    }
  return PD_EXIT_OK;
}

int
pd_cli_diff (int    argc,
             char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean ignore_moves = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("text (the default), json or html"), N_("FORMAT") },
    { "ignore-moves", 0, 0, G_OPTION_ARG_NONE, &ignore_moves,
      N_("Leave out steps that only moved or changed size"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output"), N_("OUT") },
    { NULL }
  };
  g_autoptr(PdDocument) old_document = NULL;
  g_autoptr(PdDocument) new_document = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GBytes) report = NULL;
  const char *outputs[1];
  int status;

  if (!pd_cli_parse ("diff", _("OLD NEW"),
                     _("Lists what changed from OLD to NEW by meaning rather than by line: the "
                       "pathway's fields, agencies, steps and transitions added, removed or "
                       "changed field by field, and steps that only moved, apart. A step "
                       "removed and added again with the same title and kind is one step "
                       "whose id changed. Exit status: 0 the same, 1 different, 2 error."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc != 3)
    return pd_cli_usage_error ("diff", _("give exactly two files"));
  if (format == NULL)
    format = g_strdup ("text");
  if (!g_str_equal (format, "text") && !g_str_equal (format, "json")
      && !g_str_equal (format, "html"))
    return pd_cli_usage_error ("diff", _("--format is text, json or html, not “%s”"), format);
  outputs[0] = output;
  if (!pd_cli_check_outputs ("diff", (const char *const *) argv + 1, 2, outputs,
                             (const char *const *) argv + 2, 1))
    return PD_EXIT_USAGE;

  old_document = pd_cli_load (argv[1]);
  new_document = old_document ? pd_cli_load (argv[2]) : NULL;
  if (new_document == NULL)
    return PD_EXIT_USAGE;

  changes = pd_diff_documents (old_document, new_document,
                               ignore_moves ? PD_DIFF_IGNORE_MOVES : PD_DIFF_FLAGS_NONE);
  report = make_report (format, changes, argv[1], argv[2]);
  status = write_report (report, output);
  if (status != PD_EXIT_OK)
    return PD_EXIT_USAGE;
  return changes->len > 0 ? PD_EXIT_FAILED : PD_EXIT_OK;
}
