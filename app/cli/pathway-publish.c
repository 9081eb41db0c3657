/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway publish: a folder of pathways as a static, accessible website. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-diagnostic.h"
#include "pd-publish.h"

typedef struct {
  char *output;
  char *base_url;
  gboolean quiet;
} PublishArgs;

static void
publish_args_clear (PublishArgs *args)
{
  g_free (args->output);
  g_free (args->base_url);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PublishArgs, publish_args_clear)

static int
publish (const char       *folder,
         PublishArgs      *args)
{
  PdPublishOptions options = PD_PUBLISH_OPTIONS_DEFAULT;
  PdPublishReport report = { 0 };
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GPtrArray) pathways = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (folder);
  g_autoptr(PdLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  library = pd_library_load (file, diagnostics, NULL, &error);
  if (library == NULL)
    {
      if (diagnostics->len > 0)
        pd_cli_print_diagnostics (diagnostics);
      else
        fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_FAILED;
    }
  pd_cli_print_diagnostics (diagnostics);
  /* A pathway that does not load is left out of the site, and says why. */
  for (guint i = 0; i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);
      GPtrArray *found = pd_library_entry_get_diagnostics (entry);

      if (pd_library_entry_get_document (entry) != NULL)
        continue;
      if (found && found->len > 0)
        pd_cli_print_diagnostics (found);
      else if (pd_library_entry_get_error (entry))
        fprintf (stderr, "%s\n", pd_library_entry_get_error (entry)->message);
    }
  pathways = pd_publish_library_pathways (library);
  options.library = library;
  options.base_url = args->base_url;
  ok = pd_publish_site (pathways, args->output, &options, &report, NULL, &error);
  for (guint i = 0; report.notes && i < report.notes->len; i++)
    fprintf (stderr, "%s\n", (char *) g_ptr_array_index (report.notes, i));
  if (!ok)
    {
      fprintf (stderr, "%s\n", error->message);
      pd_publish_report_clear (&report);
      return PD_EXIT_FAILED;
    }
  if (!args->quiet)
    {
      g_autofree char *written = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u file written",
                                                               "%u files written",
                                                               report.written),
                                                  report.written);

      /* TRANSLATORS: the second %s is the files written, above. */
      printf (g_dngettext (GETTEXT_PACKAGE,
                           "%u pathway published in %s: %s, %u unchanged, %u removed\n",
                           "%u pathways published in %s: %s, %u unchanged, %u removed\n",
                           report.published),
              report.published, args->output, written, report.unchanged, report.removed);
      if (args->base_url == NULL && pd_library_get_base_url (library) == NULL)
        printf ("%s\n", _("The sitemap lists paths relative to the site: give --base-url "
                          "for the addresses search engines want."));
    }
  pd_publish_report_clear (&report);
  return PD_EXIT_OK;
}

int
pd_cli_publish (int    argc,
                char **argv)
{
  g_auto(PublishArgs) args = { 0 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("The folder of the site, made if missing"), N_("SITE") },
    { "base-url", 0, 0, G_OPTION_ARG_STRING, &args.base_url,
      N_("The address the site will have, for the sitemap (https://…)"), N_("URL") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &args.quiet,
      N_("Print nothing but problems"), NULL },
    { NULL }
  };

  if (!pd_cli_parse ("publish", _("LIBRARY"),
                     _("Publish a folder of pathways as a static website: an index by care "
                       "cluster, a page for each pathway with its diagram, journey and "
                       "leaflet, a stylesheet and a sitemap. Only files that change are "
                       "written; links to files on a disk are named, not copied."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc != 2)
    return pd_cli_usage_error ("publish", _("give one folder of pathways"));
  if (args.output == NULL)
    return pd_cli_usage_error ("publish", _("give the site's folder with -o SITE"));
  return publish (argv[1], &args);
}
