/* SPDX-License-Identifier: GPL-3.0-or-later */
/* library.xml written back from the model: the same bytes every time,
 * read back field for field, valid against library.rng; a shared service
 * edited in one place reaches every pathway; never a write through a
 * symbolic link, into a read-only folder, or of a service that is not
 * whole. */
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "pd-library-edit.h"
#include "test-common.h"

static char *
examples_dir (void)
{
  return g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml", "examples", NULL);
}

static PdLibrary *
open_folder (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  PdLibrary *library = pd_library_open (folder, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);
  return library;
}

static char *
library_xml_of (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "library.xml", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* A temporary folder holding @xml as library.xml and, when @pathways, a
 * copy of the examples' two pathways that use a shared service. */
static char *
make_folder (const char *xml,
             gboolean    pathways)
{
  char *dir = g_dir_make_tmp ("pathway-libwrite-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.xml", NULL);
  const char *names[] = { "dual-diagnosis.pathway", "memory-assessment-dementia.pathway",
                          "common-mental-health-stepped-care.pathway" };

  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
  for (guint i = 0; pathways && i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *examples = examples_dir ();
      g_autofree char *from = g_build_filename (examples, names[i], NULL);
      g_autofree char *to = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (from, &contents, NULL, NULL));
      g_assert_true (g_file_set_contents (to, contents, -1, NULL));
    }
  return dir;
}

static void
assert_same_links (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a ? a->len : 0, ==, b ? b->len : 0);
  for (guint i = 0; a && i < a->len; i++)
    {
      PdLink *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      g_assert_cmpstr (x->title, ==, y->title);
      g_assert_cmpstr (x->href, ==, y->href);
    }
}

static void
assert_same_service (PdService *a,
                     PdService *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->description, ==, b->description);
  g_assert_cmpstr (a->agency_id, ==, b->agency_id);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpfloat (a->duration, ==, b->duration);
  g_assert_cmpint (a->duration_unit, ==, b->duration_unit);
  g_assert_cmpuint (a->sessions, ==, b->sessions);
  g_assert_cmpuint (a->session_minutes, ==, b->session_minutes);
  g_assert_cmpstr (a->staff_role, ==, b->staff_role);
  g_assert_cmpstr (a->staff_skills, ==, b->staff_skills);
  assert_same_links (a->evidence, b->evidence);
}

/* Every field the library holds. */
static void
assert_same_library (PdLibrary *a,
                     PdLibrary *b)
{
  GPtrArray *x, *y;
  const char * const *ox, * const *oy;

  g_assert_cmpstr (pd_library_get_name (a), ==, pd_library_get_name (b));
  x = pd_library_get_agencies (a);
  y = pd_library_get_agencies (b);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    {
      PdAgency *p = g_ptr_array_index (x, i), *q = g_ptr_array_index (y, i);
      g_assert_cmpstr (pd_agency_get_id (p), ==, pd_agency_get_id (q));
      g_assert_cmpstr (pd_agency_get_name (p), ==, pd_agency_get_name (q));
      g_assert_cmpstr (pd_agency_get_short_name (p), ==, pd_agency_get_short_name (q));
      g_assert_cmpstr (pd_agency_get_colour (p), ==, pd_agency_get_colour (q));
      g_assert_cmpstr (pd_agency_get_cue (p), ==, pd_agency_get_cue (q));
      g_assert_cmpint (pd_agency_get_pattern (p), ==, pd_agency_get_pattern (q));
    }
  g_assert_cmpfloat (pd_library_get_hours_per_wte (a), ==, pd_library_get_hours_per_wte (b));
  x = pd_library_get_posts (a);
  y = pd_library_get_posts (b);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    {
      PdPost *p = g_ptr_array_index (x, i), *q = g_ptr_array_index (y, i);
      g_assert_cmpstr (p->role, ==, q->role);
      g_assert_cmpstr (p->agency_id, ==, q->agency_id);
      g_assert_cmpfloat (p->wte, ==, q->wte);
    }
  x = pd_library_get_services (a);
  y = pd_library_get_services (b);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    assert_same_service (g_ptr_array_index (x, i), g_ptr_array_index (y, i));
  g_assert_cmpstr (pd_library_get_site_title (a), ==, pd_library_get_site_title (b));
  g_assert_cmpstr (pd_library_get_base_url (a), ==, pd_library_get_base_url (b));
  g_assert_cmpstr (pd_library_get_language (a), ==, pd_library_get_language (b));
  ox = pd_library_get_super_class_order (a);
  oy = pd_library_get_super_class_order (b);
  g_assert_cmpuint (ox ? g_strv_length ((char **) ox) : 0, ==,
                    oy ? g_strv_length ((char **) oy) : 0);
  for (guint i = 0; ox && ox[i]; i++)
    g_assert_cmpstr (ox[i], ==, oy[i]);
}

static char *
bytes_to_string (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The examples' library.xml: written back byte for byte (its opening
 * comment too), read again field for field, and the same twice. */
static void
test_round_trip_examples (void)
{
  g_autofree char *examples = examples_dir ();
  g_autoptr(PdLibrary) library = open_folder (examples);
  g_autofree char *original = library_xml_of (examples);
  g_autoptr(GBytes) first = pd_library_write_xml (library);
  g_autoptr(GBytes) second = pd_library_write_xml (library);
  g_autofree char *written = bytes_to_string (first);
  g_autofree char *dir = make_folder (written, FALSE);
  g_autoptr(PdLibrary) again = open_folder (dir);
  g_autoptr(GBytes) third = pd_library_write_xml (again);

  g_assert_cmpstr (written, ==, original);
  g_assert_true (g_bytes_equal (first, second));
  assert_same_library (library, again);
  g_assert_true (g_bytes_equal (first, third));
  test_remove_folder (dir);
}

/* What the examples do not show: evidence, numbers with more than two
 * decimals, hours per WTE, a role without skills, markup and new lines in
 * text, no publishing; valid against the schema as it loads again. */
#define ODD_XML \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<library xmlns=\"https://pathwaydesigner.org/ns/library\" format-version=\"1\">\n" \
  "  <agencies>\n" \
  "    <agency id=\"a\" colour=\"#123456\" cue=\"A&amp;\" pattern=\"crosshatch\">\n" \
  "      <name>A &lt;\"quoted\"&gt;</name>\n" \
  "    </agency>\n" \
  "  </agencies>\n" \
  "  <staffing hours-per-wte=\"1012.5\">\n" \
  "    <post role=\"Nurse\" wte=\"0.125\"/>\n" \
  "  </staffing>\n" \
  "  <services>\n" \
  "    <service id=\"s\" kind=\"review\" agency=\"a\">\n" \
  "      <title>Review &amp; plan</title>\n" \
  "      <description>Line one\nline two &lt;b&gt;</description>\n" \
  "      <timing duration=\"2.75\" duration-unit=\"days\" session-minutes=\"50\"/>\n" \
  "      <staff role=\"Nurse\"/>\n" \
  "      <evidence href=\"https://www.nice.org.uk/guidance/ng222?a=1&amp;b=2\">NG222</evidence>\n" \
  "      <evidence>Local audit</evidence>\n" \
  "    </service>\n" \
  "  </services>\n" \
  "</library>\n"

static void
test_round_trip_odd (void)
{
  g_autofree char *dir = make_folder (ODD_XML, FALSE);
  g_autoptr(PdLibrary) library = open_folder (dir);
  g_autoptr(GBytes) bytes = pd_library_write_xml (library);
  g_autofree char *written = bytes_to_string (bytes);
  g_autofree char *dir2 = make_folder (written, FALSE);
  g_autoptr(PdLibrary) again = open_folder (dir2);
  PdService *service = pd_library_lookup_service (again, "s");

  g_assert_cmpstr (written, ==, ODD_XML);
  assert_same_library (library, again);
  g_assert_cmpstr (service->description, ==, "Line one\nline two <b>");
  g_assert_cmpuint (service->evidence->len, ==, 2);
  test_remove_folder (dir);
  test_remove_folder (dir2);
}

static PdService *
edited_service (PdLibrary  *library,
                const char *id)
{
  PdService *service = pd_service_copy (pd_library_lookup_service (library, id));

  g_free (service->description);
  service->description = g_strdup ("Edited in one place.");
  service->sessions = 3;
  return service;
}

/* Saved: library.xml on disk says the new description, the pathways in
 * memory have it (their files do not), and a document open elsewhere gets
 * it as one undo step. */
static void
test_save_service (void)
{
  g_autofree char *examples = examples_dir ();
  g_autofree char *original = library_xml_of (examples);
  g_autofree char *dir = make_folder (original, TRUE);
  g_autofree char *path = g_build_filename (dir, "dual-diagnosis.pathway", NULL);
  g_autoptr(PdLibrary) library = open_folder (dir);
  g_autoptr(PdService) service = edited_service (library, "svc-social-care-assessment");
  g_autoptr(PdLibrary) again = NULL;
  g_autoptr(PdDocument) open = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) uses = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *old = NULL;
  PdNode *node;

  /* A document open in the designer: loaded with the service as it was. */
  open = pd_file_load (path, NULL, NULL, &error);
  g_assert_no_error (error);
  pd_library_apply_services (library, open);
  pd_document_mark_saved (open);
  node = pd_document_get_node (open, "n-social-care");
  old = g_strdup (pd_node_get_description (node));

  g_assert_true (pd_library_save_service (library, service, &error));
  g_assert_no_error (error);
  on_disk = library_xml_of (dir);
  g_assert_nonnull (strstr (on_disk, "<description>Edited in one place.</description>"));
  g_assert_nonnull (strstr (on_disk, "sessions=\"3\""));
  again = open_folder (dir);
  assert_same_library (library, again);
  /* Every pathway of the library, in memory. */
  uses = pd_library_get_service_uses (library, "svc-social-care-assessment");
  g_assert_cmpuint (uses->len, >=, 2);
  for (guint i = 0; i < uses->len; i++)
    {
      PdServiceUse *use = &g_array_index (uses, PdServiceUse, i);
      g_assert_cmpstr (pd_node_get_description (use->node), ==, "Edited in one place.");
      g_assert_cmpuint (pd_node_get_sessions (use->node), ==, 3);
      g_assert_true (g_ptr_array_find_with_equal_func (
        pd_library_entry_get_updated_steps (use->entry), pd_node_get_id (use->node),
        g_str_equal, NULL));
    }

  g_assert_cmpuint (pd_library_update_document (library, open, "svc-social-care-assessment",
                                                "Edit Shared Service"), ==, 1);
  g_assert_cmpstr (pd_node_get_description (node), ==, "Edited in one place.");
  g_assert_true (pd_document_get_modified (open));
  g_assert_true (pd_document_undo (open));
  g_assert_cmpstr (pd_node_get_description (node), ==, old);
  g_assert_false (pd_document_get_modified (open));
  /* Already up to date: no command. */
  g_assert_true (pd_document_redo (open));
  g_assert_cmpuint (pd_library_update_document (library, open, "svc-social-care-assessment",
                                                NULL), ==, 0);
  g_assert_true (pd_document_undo (open));
  g_assert_false (pd_document_get_modified (open));
  test_remove_folder (dir);
}

/* A service that is not whole is refused before anything is written. */
static void
test_refuse_service (void)
{
  g_autofree char *examples = examples_dir ();
  g_autofree char *original = library_xml_of (examples);
  g_autofree char *dir = make_folder (original, FALSE);
  g_autoptr(PdLibrary) library = open_folder (dir);
  g_autoptr(PdService) service = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on_disk = NULL;

  service = edited_service (library, "svc-social-prescribing");
  g_free (service->title);
  service->title = g_strdup ("  ");
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "needs a title"));
  g_clear_error (&error);
  g_clear_pointer (&service, pd_service_free);

  service = edited_service (library, "svc-social-prescribing");
  g_free (service->agency_id);
  service->agency_id = g_strdup ("nowhere");
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_nonnull (strstr (error->message, "no agency “nowhere”"));
  g_clear_error (&error);
  g_clear_pointer (&service, pd_service_free);

  service = edited_service (library, "svc-social-prescribing");
  g_clear_pointer (&service->staff_role, g_free);
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_nonnull (strstr (error->message, "need a staff role"));
  g_clear_error (&error);

  on_disk = library_xml_of (dir);
  g_assert_cmpstr (on_disk, ==, original);
  g_assert_cmpstr (pd_library_lookup_service (library, "svc-social-prescribing")->description,
                   !=, "Edited in one place.");
  test_remove_folder (dir);
}

/* library.xml a link (inside the folder, so that it loads; or put there
 * after the library was opened, leading out of it): never written
 * through, the file it leads to unchanged, the service unchanged. */
static void
test_symlink (void)
{
  g_autofree char *examples = examples_dir ();
  g_autofree char *original = library_xml_of (examples);
  g_autofree char *dir = make_folder (original, FALSE);
  g_autofree char *outside = g_dir_make_tmp ("pathway-outside-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (outside, "secret.xml", NULL);
  g_autofree char *real = g_build_filename (dir, "real.xml", NULL);
  g_autofree char *xml = g_build_filename (dir, "library.xml", NULL);
  g_autoptr(PdLibrary) library = NULL;
  g_autoptr(PdService) service = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *link = NULL;

  g_assert_cmpint (g_rename (xml, real), ==, 0);
  g_assert_cmpint (symlink ("real.xml", xml), ==, 0);
  library = open_folder (dir);
  service = edited_service (library, "svc-social-prescribing");
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_UNSAFE_LINK);
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, original);
  g_clear_pointer (&contents, g_free);
  link = g_file_read_link (xml, NULL);
  g_assert_cmpstr (link, ==, "real.xml");

  /* Swapped for a link out of the folder after the library was read. */
  g_unlink (xml);
  g_assert_cmpint (g_rename (real, xml), ==, 0);
  g_clear_object (&library);
  library = open_folder (dir);
  g_assert_true (g_file_set_contents (secret, "secret", -1, NULL));
  g_unlink (xml);
  g_assert_cmpint (symlink (secret, xml), ==, 0);
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_UNSAFE_LINK);
  g_assert_true (g_file_get_contents (secret, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "secret");
  g_assert_cmpstr (pd_library_lookup_service (library, "svc-social-prescribing")->description,
                   !=, "Edited in one place.");
  g_unlink (secret);
  g_rmdir (outside);
  test_remove_folder (dir);
}

/* A read-only folder or file, or one changed on disk since it was read:
 * a clear error, no file changed, no stray temporary file. */
static void
test_read_only (void)
{
  g_autofree char *examples = examples_dir ();
  g_autofree char *original = library_xml_of (examples);
  g_autofree char *dir = make_folder (original, FALSE);
  g_autofree char *xml = g_build_filename (dir, "library.xml", NULL);
  g_autoptr(PdLibrary) library = open_folder (dir);
  g_autoptr(PdService) service = edited_service (library, "svc-social-prescribing");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) d = NULL;
  guint files = 0;

  /* Root may create files in any folder: only the file's own modes tell. */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_false (pd_library_save_service (library, service, &error));
      g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "cannot create a file in"));
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      d = g_dir_open (dir, 0, NULL);
      while (g_dir_read_name (d))
        files++;
      g_assert_cmpuint (files, ==, 1);
    }
  g_assert_cmpint (g_chmod (xml, 0444), ==, 0);
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (xml, 0644), ==, 0);

  g_usleep (20000);
  g_assert_true (g_file_set_contents (xml, original, -1, NULL));
  g_assert_false (pd_library_save_service (library, service, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_CHANGED);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, original);
  g_assert_cmpstr (pd_library_lookup_service (library, "svc-social-prescribing")->description,
                   !=, "Edited in one place.");
  test_remove_folder (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library-writer/round-trip/examples", test_round_trip_examples);
  g_test_add_func ("/library-writer/round-trip/odd", test_round_trip_odd);
  g_test_add_func ("/library-writer/save-service", test_save_service);
  g_test_add_func ("/library-writer/refuse-service", test_refuse_service);
  g_test_add_func ("/library-writer/hostile/symlink", test_symlink);
  g_test_add_func ("/library-writer/hostile/read-only", test_read_only);
  return g_test_run ();
}
