/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway leaflet: a pathway's easy-read leaflet, and how easy it is to read. */
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-leaflet.h"
#include "pd-journey.h"
#include "pd-language.h"
#include "pd-readability.h"
#include "pd-svg-writer.h"

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

static const char *
language_name (const char *tag)
{
  const PdLanguageInfo *info = pd_language_info (tag);

  return info ? info->english_name : tag;
}

/* The journey's problems and the steps it left out, as diagnostics of
 * their own in @diagnostics; returns how many are notes (steps left out). */
static guint
add_journey_problems (PdJourney *journey,
                      GPtrArray *diagnostics)
{
  guint notes = 0;

  for (guint i = 0; i < journey->problems->len + journey->left_out->len; i++)
    {
      PdDiagnostic *problem = i < journey->problems->len
                              ? g_ptr_array_index (journey->problems, i)
                              : g_ptr_array_index (journey->left_out, i - journey->problems->len);
      PdDiagnostic *copy = pd_diagnostic_new (problem->file, problem->line, problem->column,
                                              problem->severity, problem->message);

      copy->object_id = g_strdup (problem->object_id);
      g_ptr_array_add (diagnostics, copy);
      notes += problem->severity == PD_SEVERITY_NOTE;
    }
  return notes;
}

/* Each step's easy-read words measured into @total (without the hard
 * words "Words to know" explains), their issues added to @diagnostics. */
static void
measure_steps (PdDocument    *document,
               const char    *path,
               PdJourney     *journey,
               PdReadability *total,
               GPtrArray     *diagnostics)
{
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      g_autoptr(PdReadability) r = NULL;

      if (step->missing_easy_read)
        continue;
      r = pd_journey_step_readability (journey, step);
      for (guint k = 0; k < r->issues->len; k++)
        g_ptr_array_add (diagnostics, diagnostic_for (document, path, step,
                                                      g_ptr_array_index (r->issues, k)));
      pd_readability_add (total, r);
      if (step->timing)
        {
          g_autoptr(PdReadability) timing = pd_readability_analyse_for (step->timing,
                                                                        journey->language);
          pd_readability_add (total, timing);
        }
    }
  if (total->words > LONG_LEAFLET_WORDS)
    {
      g_autofree char *message = g_strdup_printf (_("The leaflet has %u words: aim at %u or "
                                                    "fewer"), total->words, LONG_LEAFLET_WORDS);
      g_ptr_array_add (diagnostics, pd_diagnostic_new (path, 0, 0, PD_SEVERITY_WARNING, message));
    }
}

/* The figures, not only pass or fail (rule 15). */
static void
print_figures (const char    *path,
               PdJourney     *journey,
               PdReadability *total,
               guint          errors,
               guint          warnings,
               guint          notes)
{
  printf (_("%s: %u steps, %u sentences, %u words; longest sentence %u words\n"), path,
          journey->steps->len, total->sentences, total->words, total->longest_sentence);
  /* Flesch's figures of an Urdu text would be numbers that mean nothing. */
  if (!total->words_counted)
    printf (_("  Sentence length is not measured for %s: its words are not split by spaces\n"),
            language_name (journey->language));
  if (total->english)
    printf (_("  reading ease %.1f (aim: %.0f or more), grade %.1f (aim: %.0f or below)\n"),
            pd_readability_ease (total), PD_READ_EASE_TARGET, pd_readability_grade (total),
            PD_READ_GRADE_TARGET);
  else
    printf (_("  Reading ease is measured for English only; so are the hard words and the "
              "grammar hints\n"));
  printf (_("  %u errors, %u warnings\n"), errors, warnings);
  if (notes)
    printf (g_dngettext (GETTEXT_PACKAGE, "  %u step left out\n", "  %u steps left out\n", notes),
            notes);
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
  guint errors, notes;
  double ease, grade;

  if (document == NULL)
    return FALSE;
  journey = pd_journey_new (document, options, path);
  /* Its steps' own pictures, read and checked as the leaflet reads them. */
  pd_leaflet_check_pictures (journey, path);
  notes = add_journey_problems (journey, diagnostics);
  measure_steps (document, path, journey, total, diagnostics);
  pd_cli_print_diagnostics (diagnostics);

  ease = pd_readability_ease (total);
  grade = pd_readability_grade (total);
  errors = pd_diagnostics_count_errors (diagnostics);
  print_figures (path, journey, total, errors, diagnostics->len - errors - notes, notes);
  /* Steps left out are said, never a failure: leaving them out is a choice. */
  return errors == 0 && (!strict || (diagnostics->len == notes
                                     && (!total->english || (ease >= PD_READ_EASE_TARGET
                                                             && grade <= PD_READ_GRADE_TARGET))));
}

/* The leaflet's pages as OUT-1.svg, OUT-2.svg… beside @output, none
 * over an input; an exit status. */
static int
write_svg_pages (PdLeaflet                 *leaflet,
                 const char                *path,
                 const char                *output,
                 const PdLeafletSvgOptions *svg_options)
{
  /* One SVG a page: OUT-1.svg, OUT-2.svg… */
  g_autofree char *stem = g_strndup (output, strlen (output) - 4);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  PdLeafletSvgOptions own = *svg_options;
  g_autofree char *prefix = NULL;

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      g_ptr_array_add (names, g_strdup_printf ("%s-%u.svg", stem, p + 1));
      g_ptr_array_add (sources, (gpointer) path);
    }
  if (!pd_cli_check_outputs ("leaflet", &path, 1, (const char *const *) names->pdata,
                             (const char *const *) sources->pdata, names->len))
    return PD_EXIT_USAGE;
  /* For a web page: each leaflet's ids its own, from its file's name. */
  if (own.inline_svg && own.id_prefix == NULL)
    own.id_prefix = prefix = pd_svg_id_prefix_from_name (path);
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      g_autoptr(GBytes) page = pd_leaflet_render_svg_page_with_options (leaflet, p, &own,
                                                                        &error);

      if (page == NULL
          || !pd_file_replace (g_ptr_array_index (names, p), page, NULL, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return PD_EXIT_FAILED;
        }
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%s-1.svg: %u page, %u steps\n",
                       "%s-1.svg to -%u.svg: %u steps\n", leaflet->pages->len),
          stem, leaflet->pages->len, leaflet->journey->steps->len);
  return PD_EXIT_OK;
}

/* Writes the leaflet of @path to @output (PDF, ODT, a web page or SVG
 * pages, by its extension); an exit status. */
static int
write_leaflet (const char                *path,
               const char                *output,
               const PdLeafletOptions    *options,
               const PdLeafletSvgOptions *svg_options)
{
  g_autoptr(PdDocument) document = pd_cli_load (path);
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean html, odt;

  if (document == NULL)
    return PD_EXIT_FAILED;
  leaflet = pd_leaflet_compose (document, options, path);
  pd_cli_print_diagnostics (leaflet->journey->problems);
  if (g_str_has_suffix (output, ".svg") || g_str_has_suffix (output, ".SVG"))
    return write_svg_pages (leaflet, path, output, svg_options);
  html = g_str_has_suffix (output, ".html") || g_str_has_suffix (output, ".HTML");
  odt = g_str_has_suffix (output, ".odt") || g_str_has_suffix (output, ".ODT");
  if (html)
    bytes = pd_leaflet_render_html (leaflet, &error);
  else if (odt)
    bytes = pd_leaflet_render_odt (leaflet, &error);
  else
    bytes = pd_leaflet_render_pdf (leaflet, &error);
  if (bytes == NULL || !pd_file_replace (output, bytes, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_FAILED;
    }
  /* A web page and a document to edit have no pages of their own: the
   * browser, or the word processor with its own fonts, lays them out. */
  if (html)
    printf (_("%s: %u steps, on one web page (the browser decides its pages)\n"), output,
            leaflet->journey->steps->len);
  else if (odt)
    printf (_("%s: %u steps (the word processor decides its pages)\n"), output,
            leaflet->journey->steps->len);
  else
    printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u page, %u steps\n", "%s: %u pages, %u steps\n",
                         leaflet->pages->len),
            output, leaflet->pages->len, leaflet->journey->steps->len);
  return PD_EXIT_OK;
}

/* The command line's options, as given. */
typedef struct {
  gboolean check, strict, not_offered, inline_svg;
  char *output;
  char *paper;
  char *font_size_text;
  char *language;
  char *id_prefix;
} LeafletArgs;

static void
leaflet_args_clear (LeafletArgs *args)
{
  g_free (args->output);
  g_free (args->paper);
  g_free (args->font_size_text);
  g_free (args->language);
  g_free (args->id_prefix);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LeafletArgs, leaflet_args_clear)

static gboolean
parse_args (LeafletArgs   *args,
            int           *argc,
            char        ***argv)
{
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args->output,
      N_("Write the leaflet to OUT.pdf, OUT.odt to edit, OUT.html for a website, or "
         "OUT-1.svg… a page each"),
      N_("OUT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &args->paper, N_("A4 (the default) or A5, portrait"),
      N_("SIZE") },
    { "font-size", 0, 0, G_OPTION_ARG_STRING, &args->font_size_text,
      N_("Body text size in points (16; at least 14)"), N_("N") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &args->check,
      N_("Report how easy the leaflet's words are to read"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &args->strict,
      N_("Fail on warnings and on figures short of the aims too"), NULL },
    { "include-not-offered", 0, 0, G_OPTION_ARG_NONE, &args->not_offered,
      N_("Keep steps that are planned or not offered"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args->language,
      N_("The leaflet in this language (pl, ur, gu…): the pathway's texts in it, English "
         "where it has none"), N_("TAG") },
    { "inline", 0, 0, G_OPTION_ARG_NONE, &args->inline_svg,
      N_("SVG pages to paste into a web page: no XML declaration, and every id begins with a "
         "prefix made from the file's name unless --id-prefix gives one"), NULL },
    { "id-prefix", 0, 0, G_OPTION_ARG_STRING, &args->id_prefix,
      N_("SVG pages: begin every id with PREFIX, then the page's number, so that the pages of "
         "several leaflets on one web page keep their own"), N_("PREFIX") },
    { NULL }
  };

  return pd_cli_parse ("leaflet", _("FILE…"),
                       _("Makes an easy-read leaflet of FILE (-o OUT.pdf): the steps along the "
                         "usual way and the others where it branches, a picture for each, who "
                         "helps and the hard words explained. --check prints the Flesch reading "
                         "ease and grade of its words, with the sentences and words that make it "
                         "harder, and fails when a sentence is over 25 words."),
                       entries, argc, argv);
}

static gboolean
has_leaflet_extension (const char *output)
{
  return g_str_has_suffix (output, ".pdf") || g_str_has_suffix (output, ".PDF")
         || g_str_has_suffix (output, ".odt") || g_str_has_suffix (output, ".ODT")
         || g_str_has_suffix (output, ".svg") || g_str_has_suffix (output, ".SVG")
         || g_str_has_suffix (output, ".html") || g_str_has_suffix (output, ".HTML");
}

/* Whether @args and the @argc files make sense together, and the font
 * size they ask for: PD_EXIT_OK, or PD_EXIT_USAGE once said why. */
static int
check_args (const LeafletArgs *args,
            int                argc,
            char             **argv,
            double            *font_size)
{
  const char *output = args->output;

  if (!args->check && output == NULL)
    return pd_cli_usage_error ("leaflet", _("give -o OUT.pdf, --check, or both"));
  if (argc < 2)
    return pd_cli_usage_error ("leaflet", _("no file given"));
  if (output && argc != 2)
    return pd_cli_usage_error ("leaflet", _("-o takes one file"));
  if (output && !has_leaflet_extension (output))
    return pd_cli_usage_error ("leaflet", _("“%s”: leaflets are written as PDF (.pdf), "
                                            "OpenDocument (.odt), SVG pages (.svg) or a web "
                                            "page (.html)"), output);
  if (args->id_prefix && !pd_svg_id_prefix_is_valid (args->id_prefix))
    return pd_cli_usage_error ("leaflet", _("--id-prefix must start with a letter and hold "
                                            "only letters, digits, “-” and “_”"));
  if ((args->inline_svg || args->id_prefix)
      && (output == NULL || (!g_str_has_suffix (output, ".svg")
                             && !g_str_has_suffix (output, ".SVG"))))
    return pd_cli_usage_error ("leaflet", _("--inline and --id-prefix are for SVG pages only "
                                            "(-o OUT.svg)"));
  if (args->paper && g_ascii_strcasecmp (args->paper, "a4") != 0
      && g_ascii_strcasecmp (args->paper, "a5") != 0)
    return pd_cli_usage_error ("leaflet", _("--paper is A4 or A5, not “%s”"), args->paper);
  if (!pd_cli_parse_double ("leaflet", "--font-size", args->font_size_text,
                            PD_LEAFLET_MIN_FONT_SIZE, PD_LEAFLET_MAX_FONT_SIZE, FALSE, font_size))
    return PD_EXIT_USAGE;
  /* The leaflet never replaces the pathway it is made from (pages of SVG
   * are checked once their number is known). */
  if (output && !pd_cli_check_outputs ("leaflet", (const char *const *) argv + 1, 1,
                                       (const char *const *) &args->output,
                                       (const char *const *) argv + 1, 1))
    return PD_EXIT_USAGE;
  return PD_EXIT_OK;
}

int
pd_cli_leaflet (int    argc,
                char **argv)
{
  g_auto(LeafletArgs) args = { FALSE };
  g_autoptr(GError) error = NULL;
  double font_size = 16;
  PdLeafletOptions leaflet_options = PD_LEAFLET_OPTIONS_DEFAULT;
  PdLeafletSvgOptions svg_options = PD_LEAFLET_SVG_OPTIONS_DEFAULT;
  PdJourneyOptions options = { 0 };
  guint failed = 0;
  int status;

  if (!parse_args (&args, &argc, &argv))
    return PD_EXIT_USAGE;
  status = check_args (&args, argc, argv, &font_size);
  if (status != PD_EXIT_OK)
    return status;
  if (!pd_leaflet_check_language (args.language, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT))
        return pd_cli_usage_error ("leaflet", "%s", error->message);
      /* No font for its letters: nothing written, rather than boxes. */
      fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_FAILED;
    }
  options.include_not_offered = args.not_offered;
  options.language = args.language;
  leaflet_options.language = args.language;
  leaflet_options.include_not_offered = args.not_offered;
  leaflet_options.font_size = font_size;
  leaflet_options.paper = args.paper && g_ascii_strcasecmp (args.paper, "a5") == 0
                          ? PD_LEAFLET_A5 : PD_LEAFLET_A4;
  for (int i = 1; args.check && i < argc; i++)
    failed += !check_file (argv[i], &options, args.strict);
  svg_options.id_prefix = args.id_prefix;
  svg_options.inline_svg = args.inline_svg;
  status = args.output ? write_leaflet (argv[1], args.output, &leaflet_options, &svg_options)
                       : PD_EXIT_OK;
  if (status != PD_EXIT_OK)
    return status;
  return failed ? PD_EXIT_FAILED : PD_EXIT_OK;
}
