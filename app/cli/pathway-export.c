/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export: SVG, PNG and PDF diagrams of pathways, one file or many. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pathway-cli.h"
#include "pd-diagnostic.h"
#include "pd-export.h"
#include "pd-file.h"
#include "pd-svg-writer.h"

static gboolean
parse_page (const char *text,
            PdPageSize *page)
{
  if (text == NULL || g_ascii_strcasecmp (text, "diagram") == 0)
    *page = PD_PAGE_DIAGRAM;
  else if (g_ascii_strcasecmp (text, "a4") == 0)
    *page = PD_PAGE_A4;
  else if (g_ascii_strcasecmp (text, "a3") == 0)
    *page = PD_PAGE_A3;
  else
    return FALSE;
  return TRUE;
}

/* OUT/name-of-input.EXT */
static char *
output_in_folder (const char     *folder,
                  const char     *input,
                  PdExportFormat  format)
{
  g_autofree char *base = g_path_get_basename (input);
  char *dot = strrchr (base, '.');
  g_autofree char *name = NULL;

  if (dot && dot != base)
    *dot = '\0';
  name = g_strdup_printf ("%s.%s", base, pd_export_format_extension (format));
  return g_build_filename (folder, name, NULL);
}

static gboolean
export_one (const char            *input,
            const char            *output,
            PdExportFormat         format,
            const PdExportOptions *shared)
{
  PdExportOptions own = *shared;
  g_autofree char *prefix = NULL;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDocument) document = pd_file_load (input, NULL, diagnostics, &error);

  if (document == NULL)
    {
      if (diagnostics->len > 0)
        pd_cli_print_diagnostics (diagnostics);
      else
        fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  /* For a web page: each diagram's ids its own, from its file's name. */
  if (own.inline_svg && own.id_prefix == NULL)
    own.id_prefix = prefix = pd_svg_id_prefix_from_name (input);
  if (!pd_export_to_file (document, output, format, &own, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
pd_cli_export (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *page = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *scale_text = NULL;
  g_autofree char *id_prefix = NULL;
  double scale = 1.0;
  gboolean quiet = FALSE, fit = FALSE, portrait = FALSE, details = FALSE, inline_svg = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write (its extension chooses the format), or a folder for several "
         "inputs"), N_("OUT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("svg, png or pdf, when OUT is a folder (default svg)"), N_("FORMAT") },
    { "scale", 's', 0, G_OPTION_ARG_STRING, &scale_text, N_("PNG scale; 1 is 96 dpi (default 1)"),
      N_("S") },
    { "page", 'p', 0, G_OPTION_ARG_STRING, &page,
      N_("PDF page: diagram (one page its size, the default), a4 or a3 (landscape; as many "
         "pages as keep all text at 8 pt or more, after an overview page)"),
      N_("PAGE") },
    { "fit", 0, 0, G_OPTION_ARG_NONE, &fit,
      N_("With --page a4 or a3: the whole diagram on one page, its text as small as that needs"),
      NULL },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &portrait,
      N_("With --page a4 or a3: portrait pages"), NULL },
    { "details", 0, 0, G_OPTION_ARG_NONE, &details,
      N_("Under each step's title, how long it takes and who delivers it (its sessions, "
         "duration and staff role)"), NULL },
    { "inline", 0, 0, G_OPTION_ARG_NONE, &inline_svg,
      N_("SVG to paste into a web page: no XML declaration, and every id begins with a "
         "prefix made from the file's name unless --id-prefix gives one"), NULL },
    { "id-prefix", 0, 0, G_OPTION_ARG_STRING, &id_prefix,
      N_("SVG: begin every id with PREFIX, so that diagrams on one web page keep their own"),
      N_("PREFIX") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print no progress"), NULL },
    { NULL }
  };
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
  PdExportFormat format = PD_EXPORT_SVG;
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  gboolean to_folder;
  guint failed = 0;

  if (!pd_cli_parse ("export", _("FILE…"),
                     _("Draws pathways as SVG for the web (text kept as text, accessible, no "
                       "scripts), PNG or PDF. With several files, OUT is a folder and each "
                       "input gives OUT/NAME.FORMAT."), entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc < 2)
    return pd_cli_usage_error ("export", _("no file given"));
  if (output == NULL)
    return pd_cli_usage_error ("export", _("no output given (-o OUT)"));
  if (!pd_cli_parse_double ("export", "--scale", scale_text, 0, 16, TRUE, &scale))
    return PD_EXIT_USAGE;
  if (!parse_page (page, &options.page))
    return pd_cli_usage_error ("export", _("--page must be diagram, a4 or a3"));
  options.scale = scale;
  options.fit = fit;
  options.portrait = portrait;
  options.details = details;
  options.id_prefix = id_prefix;
  options.inline_svg = inline_svg;
  if (id_prefix && !pd_svg_id_prefix_is_valid (id_prefix))
    return pd_cli_usage_error ("export", _("--id-prefix must start with a letter and hold "
                                           "only letters, digits, “-” and “_”"));
  if ((fit || portrait) && options.page == PD_PAGE_DIAGRAM)
    return pd_cli_usage_error ("export", _("--fit and --portrait need --page a4 or a3"));

  to_folder = argc > 2 || g_file_test (output, G_FILE_TEST_IS_DIR);
  if (format_name)
    {
      g_autofree char *dotted = g_strconcat (".", format_name, NULL);
      if (!pd_export_format_from_path (dotted, &format))
        return pd_cli_usage_error ("export", _("unknown format “%s”: use svg, png or pdf"),
                                   format_name);
    }
  else if (!to_folder && !pd_export_format_from_path (output, &format))
    return pd_cli_usage_error ("export", _("cannot tell the format of “%s”: end it with .svg, "
                                           ".png or .pdf, or give --format"), output);
  if ((inline_svg || id_prefix) && format != PD_EXPORT_SVG)
    return pd_cli_usage_error ("export", _("--inline and --id-prefix are for SVG only"));
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (targets, to_folder ? output_in_folder (output, argv[i], format)
                                        : g_strdup (output));
  /* Before anything is written: an export never replaces a pathway it
   * reads, and two inputs of one name never share an output, of which
   * only the last would be left. */
  if (!pd_cli_check_outputs ("export", (const char *const *) argv + 1, argc - 1,
                             (const char *const *) targets->pdata,
                             (const char *const *) argv + 1, targets->len))
    return PD_EXIT_USAGE;
  if (to_folder && g_mkdir_with_parents (output, 0777) != 0)
    {
      fprintf (stderr, _("%s: error: cannot make the folder: %s\n"), output, g_strerror (errno));
      return PD_EXIT_FAILED;
    }

  for (int i = 1; i < argc; i++)
    {
      const char *target = g_ptr_array_index (targets, i - 1);

      if (!quiet && argc > 2)
        fprintf (stderr, "[%d/%d] %s → %s\n", i, argc - 1, argv[i], target);
      if (!export_one (argv[i], target, format, &options))
        failed++;
    }
  if (!quiet && argc > 2)
    fprintf (stderr, _("%d exported, %u failed\n"), argc - 1 - (int) failed, failed);
  return failed ? PD_EXIT_FAILED : PD_EXIT_OK;
}
