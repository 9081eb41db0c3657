/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pd-library.h"
#include "pd-library-check.h"
#include "pd-xml-parse.h"
#include "pd-xml-reader.h"
#include "test-common.h"

static GFile *
examples_folder (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml",
                                           "examples", NULL);
  return g_file_new_for_path (dir);
}

static void
test_examples (void)
{
  g_autoptr(GFile) folder = examples_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = pd_library_open (folder, NULL, &error);
  g_autoptr(GPtrArray) paths = test_example_paths ();
  PdLibraryEntry *entry;
  PdAgency *agency;

  g_assert_no_error (error);
  g_assert_nonnull (library);
  g_assert_cmpstr (pd_library_get_name (library), ==, "Example NHS Foundation Trust");
  g_assert_nonnull (pd_library_get_file (library));
  /* Every example, in the order of the file names, loaded. */
  g_assert_cmpuint (pd_library_get_n_entries (library), ==, paths->len);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));

      entry = pd_library_get_entry (library, i);
      g_assert_cmpstr (pd_library_entry_get_file_name (entry), ==, base);
      g_assert_nonnull (pd_library_entry_get_document (entry));
      g_assert_null (pd_library_entry_get_error (entry));
    }
  entry = pd_library_lookup_pathway (library, "first-episode-psychosis");
  g_assert_nonnull (entry);
  g_assert_cmpstr (pd_library_entry_get_title (entry), ==, "Early intervention in psychosis");
  g_assert_nonnull (pd_library_entry_get_clusters (entry));
  g_assert_null (pd_library_lookup_pathway (library, "nowhere"));

  agency = pd_library_lookup_agency (library, "drug-alcohol");
  g_assert_nonnull (agency);
  g_assert_cmpstr (pd_agency_get_colour (agency), ==, "#6A1B9A");
  g_assert_cmpstr (pd_agency_get_cue (agency), ==, "D");
  g_assert_cmpuint (pd_library_get_agencies (library)->len, ==, 8);
  g_assert_cmpuint (pd_library_get_posts (library)->len, >, 20);
  g_assert_cmpstr (pd_library_get_site_title (library), ==,
                   "Example NHS Foundation Trust: care pathways");
  g_assert_cmpstr (pd_library_get_language (library), ==, "en-GB");
  g_assert_cmpstr (pd_library_get_super_class_order (library)[1], ==, "psychosis");
  g_assert_cmpuint (pd_library_get_services (library)->len, ==, 2);
}

#define STEP_XML(version, service) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"" version "\" " \
  "id=\"p\" status=\"draft\">\n" \
  "  <title>P</title>\n" \
  "  <agencies>\n" \
  "    <agency id=\"a\" colour=\"#005EB8\" cue=\"A\">\n" \
  "      <name>A</name>\n" \
  "    </agency>\n" \
  "  </agencies>\n" \
  "  <nodes>\n" \
  "    <node id=\"n\" kind=\"intervention\" agency=\"a\" x=\"0\" y=\"0\"" service ">\n" \
  "      <title>Social prescribing</title>\n" \
  "    </node>\n" \
  "  </nodes>\n" \
  "  <edges/>\n" \
  "</pathway>\n"

static PdDocument *
read_string (const char *xml)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  PdDocument *document = pd_xml_read (xml, strlen (xml), "test.pathway", diagnostics);

  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_nonnull (document);
  return document;
}

/* A step's service is written in format version 4, and read back. */
static void
test_service_round_trip (void)
{
  const char *xml = STEP_XML ("4", " service=\"svc-social-prescribing\"");
  g_autoptr(PdDocument) document = read_string (xml);
  PdNode *node = pd_document_get_node (document, "n");
  g_autofree char *written = test_write (document);

  g_assert_cmpstr (pd_node_get_service (node), ==, "svc-social-prescribing");
  g_assert_cmpstr (written, ==, xml);
}

/* Without a service the same pathway stays in the version it was, and
 * unlinking the step (removing its service) takes it back there. */
static void
test_service_version (void)
{
  g_autoptr(PdDocument) document = read_string (STEP_XML ("4", " service=\"svc-x\""));
  g_autofree char *written = NULL;

  pd_document_set (document, pd_document_get_node (document, "n"), "service", NULL, NULL);
  written = test_write (document);
  g_assert_cmpstr (written, ==, STEP_XML ("1", ""));
  g_assert_true (pd_document_undo (document));
  g_clear_pointer (&written, g_free);
  written = test_write (document);
  g_assert_nonnull (strstr (written, "format-version=\"4\""));
}

static GFile *
data_folder (const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "tests", "data",
                                           name, NULL);
  return g_file_new_for_path (dir);
}

static GPtrArray *
check_library (GFile *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = pd_library_open (folder, NULL, &error);
  GPtrArray *diagnostics = pd_diagnostics_new ();

  g_assert_no_error (error);
  pd_library_check (library, diagnostics);
  return diagnostics;
}

/* Whether @diagnostics has one of @severity in the file ending @file at
 * @line whose message holds @text. */
static gboolean
has_finding (GPtrArray  *diagnostics,
             PdSeverity  severity,
             const char *file,
             guint       line,
             const char *text)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      PdDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->severity == severity && g_str_has_suffix (d->file, file) && d->line == line
          && strstr (d->message, text))
        return TRUE;
    }
  return FALSE;
}

/* tests/data/library-broken has one of each problem a library can have. */
static void
test_check_broken (void)
{
  g_autoptr(GFile) folder = data_folder ("library-broken");
  g_autoptr(GPtrArray) d = check_library (folder);
  const PdSeverity E = PD_SEVERITY_ERROR, W = PD_SEVERITY_WARNING;

  g_assert_true (has_finding (d, E, "a.pathway", 19, "leads to step “nowhere” of pathway “b”"));
  g_assert_true (has_finding (d, E, "a.pathway", 22, "pathway “missing”, which is not in"));
  g_assert_true (has_finding (d, W, "a.pathway", 19, "cycle: a → b → a"));
  /* A link to a step that is there is no problem. */
  g_assert_false (has_finding (d, E, "b.pathway", 23, "link step"));
  g_assert_false (has_finding (d, W, "a.pathway", 0, "cycle: a → a"));
  g_assert_true (has_finding (d, W, "a.pathway", 0, "care cluster 9"));
  g_assert_true (has_finding (d, W, "library.xml", 21, "have the same title"));
  g_assert_true (has_finding (d, W, "a.pathway", 25, "shared service “svc-cbt” (description)"));
  g_assert_true (has_finding (d, E, "a.pathway", 31, "“svc-unknown”, which the library does not"));
  g_assert_true (has_finding (d, W, "b.pathway", 19, "“Peer support” is also a step of a"));
  g_assert_true (has_finding (d, W, "b.pathway", 19, "“Clinical psychologists” nearly matches"));
  /* The library's agency replaces it: a note. */
  g_assert_true (has_finding (d, PD_SEVERITY_NOTE, "a.pathway", 8,
                              "agency “nhs” differs from the library’s agency of the same id "
                              "(colour): it will be updated from the library"));
  g_assert_false (has_finding (d, W, "a.pathway", 8, "agency “nhs”"));
  g_assert_true (has_finding (d, E, "c.pathway", 0, "the pathway id “a” is also the id of"));
  g_assert_true (has_finding (d, E, "d-broken.pathway", 3, "Premature end of data"));
  /* Cluster 9 is never said to be uncovered; other clusters are, as notes. */
  g_assert_false (has_finding (d, PD_SEVERITY_NOTE, "library.xml", 0, "care cluster 9 "));
  g_assert_true (has_finding (d, PD_SEVERITY_NOTE, "library.xml", 0, "care cluster 10 "));
}

/* The examples' library holds only the warnings it is known to: three
 * pairs of pathways link to each other, two pathways each have a relapse
 * prevention plan of their own, and the perinatal psychiatrist's role is
 * named nearly as the other consultant psychiatrists' (warned once). */
static void
test_check_examples (void)
{
  g_autoptr(GFile) folder = examples_folder ();
  g_autoptr(GPtrArray) d = check_library (folder);
  guint warnings = 0;

  for (guint i = 0; i < d->len; i++)
    {
      PdDiagnostic *f = g_ptr_array_index (d, i);

      g_assert_cmpint (f->severity, !=, PD_SEVERITY_ERROR);
      if (f->severity == PD_SEVERITY_WARNING)
        {
          g_assert_true (strstr (f->message, "cycle") || strstr (f->message, "Relapse prevention")
                         || strstr (f->message, "Consultant perinatal psychiatrist"));
          warnings++;
        }
    }
  g_assert_cmpuint (warnings, ==, 5);
}

/* A link step's target is PATHWAY-ID or PATHWAY-ID#STEP-ID. */
static void
test_link_target (void)
{
  const struct {
    const char *target, *pathway, *step;
  } cases[] = {
    { "dual-diagnosis", "dual-diagnosis", NULL },
    { "dual-diagnosis#n-review", "dual-diagnosis", "n-review" },
    { "", NULL, NULL },
    { "#n-review", NULL, NULL },
    { "dual-diagnosis#", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *pathway = NULL, *step = NULL;
      gboolean ok = pd_library_split_link_target (cases[i].target, &pathway, &step);

      g_assert_cmpint (ok, ==, cases[i].pathway != NULL);
      g_assert_cmpstr (pathway, ==, cases[i].pathway);
      g_assert_cmpstr (step, ==, cases[i].step);
    }
}

/* Loaded in its library, a step takes its service's fields; the copy on
 * disk is what is listed as updated. */
static void
test_apply_services (void)
{
  g_autoptr(GFile) folder = data_folder ("library-broken");
  g_autoptr(PdLibrary) library = pd_library_open (folder, NULL, NULL);
  PdLibraryEntry *entry = pd_library_lookup_pathway (library, "a");
  PdNode *node = pd_document_get_node (pd_library_entry_get_document (entry), "cbt");
  GArray *uses = NULL;

  g_assert_cmpstr (pd_node_get_description (node), ==,
                   "Up to 16 sessions of cognitive behavioural therapy.");
  g_assert_false (pd_document_get_modified (pd_library_entry_get_document (entry)));
  g_assert_cmpuint (pd_library_entry_get_updated_steps (entry)->len, ==, 1);
  g_assert_cmpstr (pd_library_entry_get_updated_fields (entry, "cbt")[0], ==, "description");
  g_assert_null (pd_library_diff_service (library, node));
  uses = pd_library_get_service_uses (library, "svc-cbt");
  g_assert_cmpuint (uses->len, ==, 1);
  g_assert_true (g_array_index (uses, PdServiceUse, 0).node == node);
  g_array_unref (uses);
}

/* A library of one pathway whose agency "nhs" differs from the library's
 * in every field, and whose agency "own" the library does not have. */
static const char agencies_library_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<library xmlns=\"https://pathwaydesigner.org/ns/library\" format-version=\"1\">\n"
  "  <agencies>\n"
  "    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\" pattern=\"dots\">\n"
  "      <name>NHS trust</name>\n"
  "      <short-name>NHS</short-name>\n"
  "    </agency>\n"
  "  </agencies>\n"
  "</library>\n";

static const char agencies_pathway[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"1\" id=\"p\">\n"
  "  <title>P</title>\n"
  "  <agencies>\n"
  "    <agency id=\"nhs\" colour=\"#ff0000\" cue=\"T\">\n"
  "      <name>The trust</name>\n"
  "    </agency>\n"
  "    <agency id=\"own\" colour=\"#00FF00\" cue=\"O\">\n"
  "      <name>Our own</name>\n"
  "    </agency>\n"
  "  </agencies>\n"
  "  <nodes>\n"
  "    <node id=\"start\" kind=\"referral\" agency=\"nhs\" x=\"0\" y=\"0\">\n"
  "      <title>Referral</title>\n"
  "    </node>\n"
  "    <node id=\"help\" kind=\"intervention\" agency=\"own\" x=\"200\" y=\"0\">\n"
  "      <title>Help</title>\n"
  "    </node>\n"
  "  </nodes>\n"
  "  <edges/>\n"
  "</pathway>\n";

static char *
make_agencies_library (void)
{
  char *dir = g_dir_make_tmp ("pathway-agencies-XXXXXX", NULL);
  g_autofree char *xml = g_build_filename (dir, "library.xml", NULL);
  g_autofree char *pathway = g_build_filename (dir, "p.pathway", NULL);

  g_assert_true (g_file_set_contents (xml, agencies_library_xml, -1, NULL));
  g_assert_true (g_file_set_contents (pathway, agencies_pathway, -1, NULL));
  return dir;
}

static void
remove_agencies_library (const char *dir)
{
  g_autofree char *xml = g_build_filename (dir, "library.xml", NULL);
  g_autofree char *pathway = g_build_filename (dir, "p.pathway", NULL);

  g_unlink (xml);
  g_unlink (pathway);
  g_rmdir (dir);
}

/* Loaded in its library, a pathway's agency takes the library's name,
 * short name, colour, letter and pattern, and what was replaced is
 * recorded; an agency the library lacks stays the pathway's own. Saving
 * writes the library's values; the check says so in a note. */
static void
test_apply_agencies (void)
{
  g_autofree char *dir = make_agencies_library ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(PdLibrary) library = pd_library_open (folder, NULL, NULL);
  g_autoptr(GPtrArray) d = pd_diagnostics_new ();
  const char *expected[] = { "name", "short-name", "colour", "cue", "pattern", NULL };
  PdLibraryEntry *entry;
  PdDocument *document;
  PdAgency *nhs, *own;
  g_autofree char *written = NULL;

  g_assert_nonnull (library);
  entry = pd_library_lookup_pathway (library, "p");
  document = pd_library_entry_get_document (entry);
  nhs = pd_document_get_agency (document, "nhs");
  own = pd_document_get_agency (document, "own");
  g_assert_cmpstr (pd_agency_get_colour (nhs), ==, "#005EB8");
  g_assert_cmpstr (pd_agency_get_cue (nhs), ==, "N");
  g_assert_cmpstr (pd_agency_get_name (nhs), ==, "NHS trust");
  g_assert_cmpstr (pd_agency_get_short_name (nhs), ==, "NHS");
  g_assert_cmpint (pd_agency_get_pattern (nhs), ==, PD_PATTERN_DOTS);
  g_assert_false (pd_document_get_modified (document));
  g_assert_cmpuint (pd_library_entry_get_updated_agencies (entry)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (pd_library_entry_get_updated_agencies (entry), 0), ==,
                   "nhs");
  g_assert_cmpstrv (pd_library_entry_get_updated_agency_fields (entry, "nhs"), expected);
  g_assert_null (pd_library_diff_agency (library, nhs));
  /* Its own, kept. */
  g_assert_cmpstr (pd_agency_get_colour (own), ==, "#00FF00");
  g_assert_cmpstr (pd_agency_get_cue (own), ==, "O");
  g_assert_null (pd_library_entry_get_updated_agency_fields (entry, "own"));
  g_assert_null (pd_library_diff_agency (library, own));
  /* Applying again changes nothing. */
  g_assert_cmpuint (pd_library_apply_agencies (library, document), ==, 0);

  written = test_write (document);
  g_assert_nonnull (strstr (written, "<agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\" "
                                     "pattern=\"dots\">"));
  g_assert_nonnull (strstr (written, "<agency id=\"own\" colour=\"#00FF00\" cue=\"O\">"));

  pd_library_check (library, d);
  g_assert_true (has_finding (d, PD_SEVERITY_NOTE, "p.pathway", 5,
                              "agency “nhs” differs from the library’s agency of the same id "
                              "(name, short name, colour, letter, pattern): it will be updated "
                              "from the library"));
  g_assert_true (has_finding (d, PD_SEVERITY_WARNING, "p.pathway", 8,
                              "agency “own” is not one of the library’s agencies"));
  remove_agencies_library (dir);
}

/* A pathway opened alone keeps its agencies; the library applies them to
 * a document on request, as the designer does. */
static void
test_apply_agencies_document (void)
{
  g_autofree char *dir = make_agencies_library ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(PdLibrary) library = pd_library_open (folder, NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "p.pathway", NULL);
  g_autoptr(PdDocument) document = test_load (path);
  PdAgency *nhs = pd_document_get_agency (document, "nhs");
  g_auto(GStrv) differ = NULL;

  pd_document_mark_saved (document);
  g_assert_cmpstr (pd_agency_get_colour (nhs), ==, "#ff0000");
  differ = pd_library_diff_agency (library, nhs);
  g_assert_cmpuint (g_strv_length (differ), ==, 5);
  g_assert_cmpuint (pd_library_apply_agencies (library, document), ==, 1);
  g_assert_cmpstr (pd_agency_get_colour (nhs), ==, "#005EB8");
  g_assert_cmpstr (pd_agency_get_cue (nhs), ==, "N");
  g_assert_false (pd_document_get_modified (document));
  remove_agencies_library (dir);
}

/* The designer's list is pd_library_check_all()'s: the command's. */
static void
test_check_all_cli (void)
{
  g_autoptr(GFile) folder = examples_folder ();
  g_autofree char *dir = g_file_get_path (folder);
  g_autoptr(GPtrArray) d = pd_diagnostics_new ();
  g_autoptr(PdLibrary) library = pd_library_load (folder, d, NULL, NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *out = NULL, *err = NULL;
  const char *argv[] = { g_getenv ("PATHWAY_CLI"), "check", dir, NULL };
  int status;

  pd_library_check_all (library, d);
  for (guint i = 0; i < d->len; i++)
    {
      g_autofree char *line = pd_diagnostic_format (g_ptr_array_index (d, i));
      g_string_append_printf (expected, "%s\n", line);
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, NULL));
  g_assert_cmpstr (err, ==, expected->str);
  g_assert_cmpuint (d->len, >, 5);
}

static int
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  int status = -1;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("PATHWAY_CLI"));
  va_start (ap, first);
  for (const char *a = first; a; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL,
                               G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* `pathway check` takes a folder or its library.xml; --strict fails on the
 * examples' warnings; a broken library fails. */
static void
test_check_cli (void)
{
  g_autoptr(GFile) examples = examples_folder ();
  g_autoptr(GFile) broken = data_folder ("library-broken");
  g_autofree char *dir = g_file_get_path (examples);
  g_autofree char *xml = g_build_filename (dir, "library.xml", NULL);
  g_autofree char *broken_dir = g_file_get_path (broken);

  g_assert_cmpint (run_cli ("check", dir, NULL), ==, 0);
  g_assert_cmpint (run_cli ("check", xml, NULL), ==, 0);
  g_assert_cmpint (run_cli ("check", "--strict", dir, NULL), ==, 1);
  g_assert_cmpint (run_cli ("check", broken_dir, NULL), ==, 1);
}

/* Broken library.xml files (the hostile ones are in tests/data/hostile,
 * library-*.xml): each is refused with an error at the place that says
 * why. */
typedef struct {
  const char *name;
  const char *xml;
  guint line;
  const char *message;
} Hostile;

static const Hostile hostile[] = {
  { "against-schema",
    "<?xml version=\"1.0\"?>\n<library xmlns=\"https://pathwaydesigner.org/ns/library\" "
    "format-version=\"1\">\n  <teleporters/>\n</library>\n", 3, "teleporters" },
  { "duplicate-service",
    "<?xml version=\"1.0\"?>\n<library xmlns=\"https://pathwaydesigner.org/ns/library\" "
    "format-version=\"1\">\n  <services>\n    <service id=\"s\"><title>S</title></service>\n"
    "    <service id=\"s\"><title>T</title></service>\n  </services>\n</library>\n",
    5, "is used more than once" },
  { "post-out-of-range",
    "<?xml version=\"1.0\"?>\n<library xmlns=\"https://pathwaydesigner.org/ns/library\" "
    "format-version=\"1\">\n  <staffing>\n    <post role=\"R\" wte=\"99999999999999\"/>\n"
    "  </staffing>\n</library>\n", 4, "is out of range" },
};

static void
test_hostile (gconstpointer data)
{
  const Hostile *h = data;
  g_autofree char *dir = g_dir_make_tmp ("pathway-library-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = NULL;
  PdDiagnostic *first;

  g_assert_true (g_file_set_contents (path, h->xml, -1, NULL));
  library = pd_library_load (folder, diagnostics, NULL, &error);
  g_assert_null (library);
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, >, 0);
  first = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpuint (first->line, ==, h->line);
  g_assert_nonnull (strstr (first->message, h->message));
  g_assert_null (strstr (error->message, "root:"));
  g_unlink (path);
  g_rmdir (dir);
}

/* A pathway or a library.xml that is a link out of the folder is refused;
 * a link to a file inside it is read. */
static void
test_symlink_out (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-library-XXXXXX", NULL);
  g_autofree char *outside = g_dir_make_tmp ("pathway-outside-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (outside, "secret.pathway", NULL);
  g_autofree char *link = g_build_filename (dir, "secret.pathway", NULL);
  g_autofree char *inside = g_build_filename (dir, "inside.pathway", NULL);
  g_autofree char *inside_link = g_build_filename (dir, "inside-link.pathway", NULL);
  g_autofree char *xml_link = g_build_filename (dir, "library.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = NULL;
  const char *valid = STEP_XML ("1", "");
  PdLibraryEntry *entry;

  g_assert_true (g_file_set_contents (secret, valid, -1, NULL));
  g_assert_true (g_file_set_contents (inside, valid, -1, NULL));
  g_assert_cmpint (symlink (secret, link), ==, 0);
  g_assert_cmpint (symlink ("inside.pathway", inside_link), ==, 0);
  library = pd_library_open (folder, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pd_library_get_n_entries (library), ==, 3);
  g_assert_nonnull (pd_library_entry_get_document (pd_library_get_entry (library, 0)));
  g_assert_nonnull (pd_library_entry_get_document (pd_library_get_entry (library, 1)));
  entry = pd_library_get_entry (library, 2);
  g_assert_cmpstr (pd_library_entry_get_file_name (entry), ==, "secret.pathway");
  g_assert_null (pd_library_entry_get_document (entry));
  g_assert_nonnull (strstr (pd_library_entry_get_error (entry)->message, "outside the library"));

  g_clear_object (&library);
  g_assert_cmpint (symlink ("/etc/passwd", xml_link), ==, 0);
  library = pd_library_open (folder, NULL, &error);
  g_assert_null (library);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "outside the library"));
  g_unlink (xml_link);
  g_unlink (link);
  g_unlink (inside_link);
  g_unlink (inside);
  g_unlink (secret);
  g_rmdir (dir);
  g_rmdir (outside);
}

/* A library.xml over the size limit is refused before it is read. */
static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-library-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = NULL;
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, PD_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);
  library = pd_library_open (folder, NULL, &error);
  g_assert_null (library);
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_TOO_LARGE);
  g_unlink (path);
  g_rmdir (dir);
}

/* `pathway capacity FOLDER` plans a library's pathways with the library's
 * staff in post in place of each pathway's own; for the examples, whose
 * library's posts are their own added up, the totals are those of the
 * files given one by one. */
static void
test_capacity_cli (void)
{
  g_autoptr(GFile) examples = examples_folder ();
  g_autofree char *examples_dir = g_file_get_path (examples);
  g_autofree char *source = g_build_filename (examples_dir, "dual-diagnosis.pathway", NULL);
  g_autofree char *dir = g_dir_make_tmp ("pathway-library-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (dir, "dual-diagnosis.pathway", NULL);
  g_autofree char *xml = g_build_filename (dir, "library.xml", NULL);
  g_autofree char *contents = NULL, *out = NULL, *from_library = NULL, *from_files = NULL;
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  int status;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, contents, -1, NULL));
  g_assert_true (g_file_set_contents (xml,
    "<?xml version=\"1.0\"?>\n<library xmlns=\"https://pathwaydesigner.org/ns/library\" "
    "format-version=\"1\">\n  <agencies>\n    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\">"
    "<name>NHS trust</name></agency>\n  </agencies>\n  <staffing>\n"
    "    <post role=\"Care coordinator\" agency=\"nhs\" wte=\"20\"/>\n  </staffing>\n"
    "</library>\n", -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) g_getenv ("PATHWAY_CLI"), "capacity",
                                                  "--totals", dir, NULL },
                               NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The library's 20 WTE, not the pathway's 9.6; a role it has no post for
   * has none in post. */
  g_assert_nonnull (strstr (out, "\nCare coordinator,nhs,"));
  g_assert_nonnull (strstr (strstr (out, "\nCare coordinator,nhs,"), ",20.000,"));
  g_assert_null (strstr (out, ",9.600,"));

  g_ptr_array_add (args, (gpointer) g_getenv ("PATHWAY_CLI"));
  g_ptr_array_add (args, "capacity");
  g_ptr_array_add (args, "--totals");
  g_ptr_array_add (args, examples_dir);
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &from_library, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_ptr_array_set_size (args, 3);
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (paths, i));
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &from_files, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (from_library, ==, from_files);

  g_unlink (copy);
  g_unlink (xml);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/examples", test_examples);
  g_test_add_func ("/library/service/round-trip", test_service_round_trip);
  g_test_add_func ("/library/service/version", test_service_version);
  g_test_add_func ("/library/check/broken", test_check_broken);
  g_test_add_func ("/library/check/examples", test_check_examples);
  g_test_add_func ("/library/check/cli", test_check_cli);
  g_test_add_func ("/library/check/link-target", test_link_target);
  g_test_add_func ("/library/apply-services", test_apply_services);
  g_test_add_func ("/library/apply-agencies", test_apply_agencies);
  g_test_add_func ("/library/apply-agencies/document", test_apply_agencies_document);
  g_test_add_func ("/library/check/all-cli", test_check_all_cli);
  g_test_add_func ("/library/capacity/cli", test_capacity_cli);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("/library/hostile/%s", hostile[i].name);
      g_test_add_data_func (name, &hostile[i], test_hostile);
    }
  g_test_add_func ("/library/hostile/symlink-out", test_symlink_out);
  g_test_add_func ("/library/hostile/too-large", test_too_large);
  return g_test_run ();
}
