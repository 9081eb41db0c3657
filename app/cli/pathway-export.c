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
#include "pd-people-flow.h"
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

/* @document's people a year, or NULL once said why the diagram shows
 * none: the export goes on without them. */
static PdSceneFlow *
people_flow (const char *input,
             PdDocument *document)
{
  g_autoptr(GError) error = NULL;
  PdSceneFlow *flow = pd_people_flow_new (document, &error);

  if (flow == NULL)
    fprintf (stderr, _("%s: warning: no people a year shown: %s\n"), input, error->message);
  return flow;
}

static gboolean
export_one (const char            *input,
            const char            *output,
            PdExportFormat         format,
            const PdExportOptions *shared,
            gboolean               want_flow)
{
  PdExportOptions own = *shared;
  g_autofree char *prefix = NULL;
  g_autoptr(PdSceneFlow) flow = NULL;
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
  if (want_flow)
    own.flow = flow = people_flow (input, document);
  if (!pd_export_to_file (document, output, format, &own, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* The command line's options, as given. */
typedef struct {
  char *output;
  char *page;
  char *format_name;
  char *scale_text;
  char *id_prefix;
  gboolean quiet, fit, portrait, details, flow, inline_svg;
} ExportArgs;

static void
export_args_clear (ExportArgs *args)
{
  g_free (args->output);
  g_free (args->page);
  g_free (args->format_name);
  g_free (args->scale_text);
  g_free (args->id_prefix);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportArgs, export_args_clear)

static gboolean
parse_args (ExportArgs   *args,
            int          *argc,
            char       ***argv)
{
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args->output,
      N_("The file to write (its extension chooses the format), or a folder for several "
         "inputs"), N_("OUT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args->format_name,
      N_("svg, png or pdf, when OUT is a folder (default svg)"), N_("FORMAT") },
    { "scale", 's', 0, G_OPTION_ARG_STRING, &args->scale_text,
      N_("PNG scale; 1 is 96 dpi (default 1)"), N_("S") },
    { "page", 'p', 0, G_OPTION_ARG_STRING, &args->page,
      N_("PDF page: diagram (one page its size, the default), a4 or a3 (landscape; as many "
         "pages as keep all text at 8 pt or more, after an overview page)"),
      N_("PAGE") },
    { "fit", 0, 0, G_OPTION_ARG_NONE, &args->fit,
      N_("With --page a4 or a3: the whole diagram on one page, its text as small as that needs"),
      NULL },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &args->portrait,
      N_("With --page a4 or a3: portrait pages"), NULL },
    { "details", 0, 0, G_OPTION_ARG_NONE, &args->details,
      N_("Under each step's title, how long it takes and who delivers it (its sessions, "
         "duration and staff role)"), NULL },
    { "flow", 0, 0, G_OPTION_ARG_NONE, &args->flow,
      N_("People a year on each step and transition, from the capacity model, each "
         "transition's line as wide as its share of the most"), NULL },
    { "inline", 0, 0, G_OPTION_ARG_NONE, &args->inline_svg,
      N_("SVG to paste into a web page: no XML declaration, and every id begins with a "
         "prefix made from the file's name unless --id-prefix gives one"), NULL },
    { "id-prefix", 0, 0, G_OPTION_ARG_STRING, &args->id_prefix,
      N_("SVG: begin every id with PREFIX, so that diagrams on one web page keep their own"),
      N_("PREFIX") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &args->quiet, N_("Print no progress"), NULL },
    { NULL }
  };

  return pd_cli_parse ("export", _("FILE…"),
                       _("Draws pathways as SVG for the web (text kept as text, accessible, no "
                         "scripts), PNG or PDF. With several files, OUT is a folder and each "
                         "input gives OUT/NAME.FORMAT."), entries, argc, argv);
}

/* @options as @args give them: PD_EXIT_OK, or PD_EXIT_USAGE once said why. */
static int
read_options (const ExportArgs *args,
              PdExportOptions  *options)
{
  double scale = 1.0;

  if (!pd_cli_parse_double ("export", "--scale", args->scale_text, 0, 16, TRUE, &scale))
    return PD_EXIT_USAGE;
  if (!parse_page (args->page, &options->page))
    return pd_cli_usage_error ("export", _("--page must be diagram, a4 or a3"));
  options->scale = scale;
  options->fit = args->fit;
  options->portrait = args->portrait;
  options->details = args->details;
  options->id_prefix = args->id_prefix;
  options->inline_svg = args->inline_svg;
  if (args->id_prefix && !pd_svg_id_prefix_is_valid (args->id_prefix))
    return pd_cli_usage_error ("export", _("--id-prefix must start with a letter and hold "
                                           "only letters, digits, “-” and “_”"));
  if ((args->fit || args->portrait) && options->page == PD_PAGE_DIAGRAM)
    return pd_cli_usage_error ("export", _("--fit and --portrait need --page a4 or a3"));
  return PD_EXIT_OK;
}

/* The format --format names, or else OUT's extension: PD_EXIT_OK, or
 * PD_EXIT_USAGE once said why. */
static int
choose_format (const ExportArgs *args,
               gboolean          to_folder,
               PdExportFormat   *format)
{
  if (args->format_name)
    {
      g_autofree char *dotted = g_strconcat (".", args->format_name, NULL);
      if (!pd_export_format_from_path (dotted, format))
        return pd_cli_usage_error ("export", _("unknown format “%s”: use svg, png or pdf"),
                                   args->format_name);
    }
  else if (!to_folder && !pd_export_format_from_path (args->output, format))
    return pd_cli_usage_error ("export", _("cannot tell the format of “%s”: end it with .svg, "
                                           ".png or .pdf, or give --format"), args->output);
  if ((args->inline_svg || args->id_prefix) && *format != PD_EXPORT_SVG)
    return pd_cli_usage_error ("export", _("--inline and --id-prefix are for SVG only"));
  return PD_EXIT_OK;
}

/* Each of the @n_inputs to its target, counting them off unless @quiet. */
static int
export_all (char                  **inputs,
            int                     n_inputs,
            GPtrArray              *targets,
            PdExportFormat          format,
            const PdExportOptions  *options,
            gboolean                flow,
            gboolean                quiet)
{
  guint failed = 0;

  for (int i = 0; i < n_inputs; i++)
    {
      const char *target = g_ptr_array_index (targets, i);

      if (!quiet && n_inputs > 1)
        fprintf (stderr, "[%d/%d] %s → %s\n", i + 1, n_inputs, inputs[i], target);
      if (!export_one (inputs[i], target, format, options, flow))
        failed++;
    }
  if (!quiet && n_inputs > 1)
    fprintf (stderr, _("%d exported, %u failed\n"), n_inputs - (int) failed, failed);
  return failed ? PD_EXIT_FAILED : PD_EXIT_OK;
}

int
pd_cli_export (int    argc,
               char **argv)
{
  g_auto(ExportArgs) args = { NULL };
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
  PdExportFormat format = PD_EXPORT_SVG;
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  gboolean to_folder;
  int status;

  if (!parse_args (&args, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc < 2)
    return pd_cli_usage_error ("export", _("no file given"));
  if (args.output == NULL)
    return pd_cli_usage_error ("export", _("no output given (-o OUT)"));
  status = read_options (&args, &options);
  if (status != PD_EXIT_OK)
    return status;

  to_folder = argc > 2 || g_file_test (args.output, G_FILE_TEST_IS_DIR);
  status = choose_format (&args, to_folder, &format);
  if (status != PD_EXIT_OK)
    return status;
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (targets, to_folder ? output_in_folder (args.output, argv[i], format)
                                        : g_strdup (args.output));
  /* Before anything is written: an export never replaces a pathway it
   * reads, and two inputs of one name never share an output, of which
   * only the last would be left. */
  if (!pd_cli_check_outputs ("export", (const char *const *) argv + 1, argc - 1,
                             (const char *const *) targets->pdata,
                             (const char *const *) argv + 1, targets->len))
    return PD_EXIT_USAGE;
  if (to_folder && g_mkdir_with_parents (args.output, 0777) != 0)
    {
      fprintf (stderr, _("%s: error: cannot make the folder: %s\n"), args.output,
               g_strerror (errno));
      return PD_EXIT_FAILED;
    }
  return export_all (argv + 1, argc - 1, targets, format, &options, args.flow, args.quiet);
}
