/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-library.h"
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
  g_assert_cmpuint (pd_library_get_agencies (library)->len, ==, 6);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/examples", test_examples);
  g_test_add_func ("/library/service/round-trip", test_service_round_trip);
  g_test_add_func ("/library/service/version", test_service_version);
  return g_test_run ();
}
