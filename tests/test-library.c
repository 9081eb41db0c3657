/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "pd-library.h"
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/examples", test_examples);
  return g_test_run ();
}
