/* SPDX-License-Identifier: GPL-3.0-or-later */
/* generate: synthetic pathways for tests and benchmarks. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-file.h"
#include "pd-generate.h"
#include "pd-xml-writer.h"

#define MAX_GENERATED_NODES 1000000

int
pd_cli_generate (int    argc,
                 char **argv)
{
  int nodes = 0, seed = 1, agencies = 5;
  g_autofree char *nodes_text = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *agencies_text = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "nodes", 'n', 0, G_OPTION_ARG_STRING, &nodes_text, N_("Number of steps (2 or more)"),
      N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text, N_("Seed of the random choices (default 1)"),
      N_("S") },
    { "agencies", 'a', 0, G_OPTION_ARG_STRING, &agencies_text, N_("Number of agencies, 1 to 6 "
      "(default 5)"), N_("A") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT (- for standard "
      "output)"), N_("OUT") },
    { NULL }
  };
  g_autoptr(PdDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!pd_cli_parse ("generate", NULL,
                     _("Makes a synthetic pathway shaped like a real one, for tests and "
                       "benchmarks. The same seed gives the same file."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc > 1)
    return pd_cli_usage_error ("generate", _("unexpected argument “%s”"), argv[1]);
  if (nodes_text == NULL)
    return pd_cli_usage_error ("generate", _("give the number of steps (--nodes N)"));
  if (!pd_cli_parse_int ("generate", "--nodes", nodes_text, 2, MAX_GENERATED_NODES, &nodes)
      || !pd_cli_parse_int ("generate", "--agencies", agencies_text, 1, 6, &agencies)
      || !pd_cli_parse_int ("generate", "--seed", seed_text, 0, G_MAXINT, &seed))
    return PD_EXIT_USAGE;
  if (output == NULL)
    return pd_cli_usage_error ("generate", _("no output given (-o OUT)"));

  document = pd_generate_pathway ((guint) nodes, (guint32) seed, (guint) agencies);
  bytes = pd_xml_write (document);
  if (g_str_equal (output, "-"))
    return pd_cli_write_stdout (bytes);
  if (!pd_file_replace (output, bytes, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_FAILED;
    }
  return PD_EXIT_OK;
}
