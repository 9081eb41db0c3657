/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway capacity: the people, hours and staff pathways need. */
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pathway-capacity.h"
#include "pathway-cli.h"
#include "pathway-simulate.h"
#include "pd-capacity-table.h"
#include "pd-diagnostic.h"
#include "pd-library.h"

void
pd_capacity_append_number (GString *out,
                           double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *point;

  /* 15 digits: all a double holds without the noise of the last ones. */
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  point = strchr (buffer, '.');
  if (strchr (buffer, 'e') || strchr (buffer, 'n') || point == NULL || strlen (point + 1) < 3)
    g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  g_string_append (out, buffer);
}

/* A field quoted when it holds a comma, a quote or a line break. A text
 * that a spreadsheet would take for a formula (a step titled "=HYPERLINK(…)"
 * in a hostile file) is written after an apostrophe, as pd-table does. */
void
pd_capacity_append_csv_field (GString    *out,
                              const char *text)
{
  g_autofree char *guarded = NULL;

  if (text == NULL)
    text = "";
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    text = guarded = g_strconcat ("'", text, NULL);
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The pathway's id, or its file when it has none: (transfer full). */
static char *
pathway_name (const PdCapacityReport *report)
{
  char *id = NULL;

  g_object_get (pd_capacity_get_document (report->capacity), "pathway-id", &id, NULL);
  if (id && *id)
    return id;
  g_free (id);
  return g_strdup (report->file);
}

void
pd_capacity_write_csv (GString                *out,
                       const PdCapacityReport *reports,
                       guint                   n_reports)
{
  g_string_append (out, "pathway,step,title,agency,role,availability,people_per_year,"
                        "sessions_per_year,staff_hours_per_year\n");
  for (guint r = 0; r < n_reports; r++)
    {
      PdCapacity *capacity = reports[r].capacity;
      g_autofree char *name = pathway_name (&reports[r]);

      for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
        {
          const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

          for (guint w = 0; w < step->n_work; w++)
            {
              pd_capacity_append_csv_field (out, name);
              g_string_append_c (out, ',');
              pd_capacity_append_csv_field (out, pd_node_get_id (step->node));
              g_string_append_c (out, ',');
              pd_capacity_append_csv_field (out, pd_node_get_title (step->node));
              g_string_append_c (out, ',');
              pd_capacity_append_csv_field (out, pd_node_get_agency_id (step->node));
              g_string_append_c (out, ',');
              pd_capacity_append_csv_field (out, step->work[w].role);
              g_string_append_c (out, ',');
              pd_capacity_append_csv_field (out, pd_enum_to_string (PD_TYPE_AVAILABILITY,
                                                    pd_node_get_availability (step->node)));
              g_string_append_c (out, ',');
              pd_capacity_append_number (out, step->people);
              g_string_append_c (out, ',');
              pd_capacity_append_number (out, step->sessions);
              g_string_append_c (out, ',');
              pd_capacity_append_number (out, step->work[w].hours);
              g_string_append_c (out, '\n');
            }
        }
    }
}

static void
append_optional (GString  *out,
                 gboolean  known,
                 double    value)
{
  g_string_append_c (out, ',');
  if (known)
    pd_capacity_append_number (out, value);
}

void
pd_capacity_write_totals_csv (GString    *out,
                              PdCapacity *sum)
{
  g_string_append (out, "role,agency,people_per_year,staff_hours_per_year,wte,"
                        "unmet_people_per_year,unmet_staff_hours_per_year,unmet_wte,"
                        "wte_in_post,gap_wte,utilisation,waiting_growth_per_year\n");
  for (guint i = 0; i < pd_capacity_get_n_roles (sum); i++)
    {
      const PdCapacityRole *row = pd_capacity_get_role (sum, i);

      pd_capacity_append_csv_field (out, row->role);
      g_string_append_c (out, ',');
      pd_capacity_append_csv_field (out, row->agency_id);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, row->people);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, row->hours);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, row->wte);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, row->unmet_people);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, row->unmet_hours);
      g_string_append_c (out, ',');
      pd_capacity_append_number (out, row->unmet_wte);
      append_optional (out, row->has_in_post, row->in_post);
      append_optional (out, row->has_in_post, row->gap);
      append_optional (out, row->in_post > 0, row->utilisation);
      append_optional (out, row->has_in_post, row->waiting_growth);
      g_string_append_c (out, '\n');
    }
}

/* "FILE:LINE:COL: error: …" at the loop's first step. */
static void
print_loop_error (const char *file,
                  PdDocument *document,
                  GError     *error)
{
  g_autoptr(GPtrArray) loop = pd_capacity_find_endless_loop (document);
  g_autoptr(PdDiagnostic) diagnostic = NULL;
  g_autofree char *line = NULL;
  guint row = 0, column = 0;

  if (loop && loop->len > 0)
    pd_document_get_source_position (document, pd_node_get_id (g_ptr_array_index (loop, 0)),
                                     &row, &column);
  diagnostic = pd_diagnostic_new (file, row, column, PD_SEVERITY_ERROR, error->message);
  line = pd_diagnostic_format (diagnostic);
  fprintf (stderr, "%s\n", line);
}

/* Role names in different files or steps that nearly match: a warning,
 * since they are counted as two workforces. */
static void
warn_near_roles (PdCapacity *sum)
{
  guint n = pd_capacity_get_n_roles (sum);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const char *a = pd_capacity_get_role (sum, i)->role;
        const char *b = pd_capacity_get_role (sum, j)->role;
        if (pd_capacity_roles_nearly_match (a, b))
          fprintf (stderr, _("pathway capacity: warning: the roles “%s” and “%s” nearly match "
                             "and are counted as two; give them one name if they are one\n"),
                   a, b);
      }
}

typedef struct {
  char *output;
  char *format;
  char *referrals;
  char *hours_per_wte;
  gboolean totals;
  PdSimulateArgs simulate;
} CapacityArgs;

static void
capacity_args_clear (CapacityArgs *args)
{
  g_free (args->output);
  g_free (args->format);
  g_free (args->referrals);
  g_free (args->hours_per_wte);
  pd_simulate_args_clear (&args->simulate);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CapacityArgs, capacity_args_clear)

static int
parse_args (CapacityArgs      *args,
            PdCapacityOptions *options,
            int               *argc,
            char            ***argv)
{
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &args->format,
      N_("text (the default), csv (one row a step and role) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args->output,
      N_("Write to OUT instead of standard output; to OUT.ods, an OpenDocument spreadsheet "
         "of the steps and the totals by role and agency"), N_("OUT") },
    { "referrals", 0, 0, G_OPTION_ARG_STRING, &args->referrals,
      N_("What if N people a year were referred, instead of the file's figure"), N_("N") },
    { "hours-per-wte", 0, 0, G_OPTION_ARG_STRING, &args->hours_per_wte,
      N_("Clinical hours a year one whole-time equivalent gives, instead of the file's "
         "(1012.5 when it has none: 37.5 hours × 45 weeks × 60% in clinical contact)"),
      N_("H") },
    { "totals", 0, 0, G_OPTION_ARG_NONE, &args->totals,
      N_("CSV of the hours and whole-time equivalents by role and agency, summed over "
         "every FILE"), NULL },
    { "simulate", 0, 0, G_OPTION_ARG_STRING, &args->simulate.years,
      N_("Simulate people waiting for the staff in post over YEARS (2 to 100, the first a "
         "warm-up): waits and queues at each step"), N_("YEARS") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &args->simulate.seed,
      N_("Seed of the simulation's random numbers (default 1): the same seed gives the same "
         "figures"), N_("S") },
    { "arrivals", 0, 0, G_OPTION_ARG_STRING, &args->simulate.arrivals,
      N_("How people arrive in the simulation: poisson (at random, the default) or fixed "
         "(evenly spaced)"), N_("HOW") },
    { NULL }
  };

  if (!pd_cli_parse ("capacity", _("FILE… or FOLDER…"),
                     _("Works out the people a year at each step of each FILE, the sessions and "
                       "staff hours they need, the whole-time equivalents by role and agency, "
                       "the need planned and not-offered steps leave unmet, and the gap against "
                       "staff in post. Several files are one workforce: their roles are "
                       "summed by name and agency. A FOLDER (or its library.xml) is a library: "
                       "all its pathways, with the library's staff in post in place of "
                       "each pathway's own."),
                     entries, argc, argv))
    return PD_EXIT_USAGE;
  if (*argc < 2)
    return pd_cli_usage_error ("capacity", _("no file given"));
  if (args->format && !g_str_equal (args->format, "text") && !g_str_equal (args->format, "csv")
      && !g_str_equal (args->format, "json"))
    return pd_cli_usage_error ("capacity", _("--format is text, csv or json, not “%s”"),
                               args->format);
  if (args->totals && args->format && !g_str_equal (args->format, "csv"))
    return pd_cli_usage_error ("capacity", _("--totals writes CSV; the text and JSON "
                                             "reports hold the totals already"));
  if (!pd_cli_parse_double ("capacity", "--referrals", args->referrals, 0, 1e9, FALSE,
                            &options->referrals)
      || !pd_cli_parse_double ("capacity", "--hours-per-wte", args->hours_per_wte, 0, 8784,
                               TRUE, &options->hours_per_wte))
    return PD_EXIT_USAGE;
  if (pd_simulate_args_check (&args->simulate, args->format, args->totals) != PD_EXIT_OK)
    return PD_EXIT_USAGE;
  if (!pd_cli_check_outputs ("capacity", (const char *const *) *argv + 1, *argc - 1,
                             (const char *const *) &args->output,
                             (const char *const *) *argv + 1, 1))
    return PD_EXIT_USAGE;
  return PD_EXIT_OK;
}

static GString *
write_report (const CapacityArgs     *args,
              const PdCapacityReport *reports,
              guint                   n_reports,
              PdCapacity             *sum,
              GPtrArray              *sims)
{
  GString *out = g_string_new (NULL);
  gboolean csv = args->format && g_str_equal (args->format, "csv");

  if (args->totals)
    pd_capacity_write_totals_csv (out, sum);
  else if (csv && sims != NULL)
    ; /* the simulation's table alone */
  else if (csv)
    pd_capacity_write_csv (out, reports, n_reports);
  else if (args->format && g_str_equal (args->format, "json"))
    pd_capacity_write_json (out, reports, n_reports, sum);
  else
    pd_capacity_write_text (out, reports, n_reports, sum);
  if (sims != NULL)
    pd_simulate_write (out, args->format, &args->simulate, reports, n_reports, sims);
  return out;
}

/* -o FILE.ods: a spreadsheet with a sheet of steps for each pathway and
 * one of the totals by role and agency over them all. */
static int
write_spreadsheet (const char             *output,
                   const PdCapacityReport *reports,
                   guint                   n_reports,
                   PdCapacity             *sum)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_table_free);
  g_autoptr(GError) error = NULL;

  for (guint r = 0; r < n_reports; r++)
    {
      g_autofree char *name = pathway_name (&reports[r]);
      g_ptr_array_add (tables, pd_capacity_table_steps (reports[r].capacity, name));
    }
  g_ptr_array_add (tables, pd_capacity_table_totals (sum));
  if (!pd_table_write_ods ((PdTable * const *) tables->pdata, tables->len, output, &error))
    {
      fprintf (stderr, _("%s: error: %s\n"), output, error->message);
      return PD_EXIT_FAILED;
    }
  return PD_EXIT_OK;
}

static gboolean
is_spreadsheet (const char *output)
{
  g_autofree char *lower = output ? g_ascii_strdown (output, -1) : NULL;
  return lower && g_str_has_suffix (lower, ".ods");
}

static int
write_out (const char *output,
           GString    *text)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
      return pd_cli_write_stdout (bytes);
    }
  if (!g_file_set_contents (output, text->str, text->len, &error))
    {
      fprintf (stderr, _("%s: error: %s\n"), output, error->message);
      return PD_EXIT_FAILED;
    }
  return PD_EXIT_OK;
}

static gboolean
add_pathway (const char              *name,
             PdDocument              *document,
             const PdCapacityOptions *options,
             GPtrArray               *documents,
             GPtrArray               *capacities,
             GArray                  *reports)
{
  g_autoptr(GError) error = NULL;
  PdCapacity *capacity;

  if (document == NULL)
    return FALSE;
  g_ptr_array_add (documents, document);
  capacity = pd_capacity_new (document, options, &error);
  if (capacity == NULL)
    {
      print_loop_error (name, document, error);
      return FALSE;
    }
  g_ptr_array_add (capacities, capacity);
  g_array_append_val (reports, ((PdCapacityReport) { name, capacity }));
  return TRUE;
}

/* A library's pathways, planned with its clinical hours a WTE (unless
 * --hours-per-wte says) and, in the sum, its staff in post added to
 * @posts. */
static gboolean
add_library (const char              *path,
             const PdCapacityOptions *options,
             GPtrArray               *libraries,
             GPtrArray               *documents,
             GPtrArray               *capacities,
             GArray                  *reports,
             GPtrArray               *posts)
{
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  PdLibrary *library = pd_library_load (folder, diagnostics, NULL, &error);
  PdCapacityOptions own = *options;

  if (library == NULL)
    {
      if (diagnostics->len > 0)
        pd_cli_print_diagnostics (diagnostics);
      else
        fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  g_ptr_array_add (libraries, library);
  if (own.hours_per_wte <= 0 && pd_library_get_hours_per_wte (library) > 0)
    own.hours_per_wte = pd_library_get_hours_per_wte (library);
  for (guint i = 0; i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);
      PdDocument *document = pd_library_entry_get_document (entry);

      if (document == NULL)
        {
          pd_cli_print_diagnostics (pd_library_entry_get_diagnostics (entry));
          if (pd_library_entry_get_diagnostics (entry)->len == 0)
            fprintf (stderr, "%s\n", pd_library_entry_get_error (entry)->message);
          return FALSE;
        }
      if (!add_pathway (pd_library_entry_get_display_name (entry), g_object_ref (document), &own,
                        documents, capacities, reports))
        return FALSE;
    }
  for (guint i = 0; i < pd_library_get_posts (library)->len; i++)
    g_ptr_array_add (posts, g_ptr_array_index (pd_library_get_posts (library), i));
  return TRUE;
}

int
pd_cli_capacity (int    argc,
                 char **argv)
{
  g_auto(CapacityArgs) args = { 0 };
  PdCapacityOptions options = PD_CAPACITY_OPTIONS_INIT;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) capacities = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pd_capacity_free);
  g_autoptr(GArray) reports = g_array_new (FALSE, FALSE, sizeof (PdCapacityReport));
  g_autoptr(PdCapacity) sum = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GPtrArray) sims = NULL;
  g_autoptr(GPtrArray) libraries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) posts = g_ptr_array_new ();
  int status;

  status = parse_args (&args, &options, &argc, &argv);
  if (status != PD_EXIT_OK)
    return status;
  for (int i = 1; i < argc; i++)
    {
      if (pd_cli_is_library (argv[i]))
        {
          if (!add_library (argv[i], &options, libraries, documents, capacities, reports, posts))
            return PD_EXIT_FAILED;
          continue;
        }
      if (!add_pathway (argv[i], pd_cli_load (argv[i]), &options, documents, capacities,
                        reports))
        return PD_EXIT_FAILED;
    }
  if (libraries->len > 0 && posts->len > 0)
    sum = pd_capacity_sum_with_staffing ((PdCapacity **) capacities->pdata, capacities->len,
                                         posts);
  else
    sum = pd_capacity_sum ((PdCapacity **) capacities->pdata, capacities->len);
  warn_near_roles (sum);
  if (pd_simulate_args_given (&args.simulate))
    {
      sims = pd_simulate_run (&args.simulate, (PdCapacityReport *) reports->data, reports->len);
      if (sims == NULL)
        return PD_EXIT_FAILED;
    }
  if (is_spreadsheet (args.output) && sims == NULL)
    return write_spreadsheet (args.output, (PdCapacityReport *) reports->data, reports->len,
                              sum);
  text = write_report (&args, (PdCapacityReport *) reports->data, reports->len, sum, sims);
  return write_out (args.output, text);
}
