/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pathway's change log: read, written, checked and edited. */
#include <string.h>

#include "pd-check.h"
#include "pd-diagnostic.h"
#include "pd-edit-changes.h"
#include "pd-xml-reader.h"
#include "test-common.h"

#define CHANGES_DOC \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"4\" id=\"p\" " \
  "status=\"consultation\" version=\"0.6\">\n" \
  "  <title>Talking therapies</title>\n" \
  "  <changes>\n" \
  "    <change date=\"2026-05-12\" version=\"0.1\" author=\"Pathway lead\">First draft</change>\n" \
  "    <change date=\"2026-11-30\" version=\"0.6\">Status changed from Draft to " \
  "Consultation &amp; sent out</change>\n" \
  "  </changes>\n" \
  "  <agencies>\n" \
  "    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\">\n" \
  "      <name>NHS trust</name>\n" \
  "    </agency>\n" \
  "  </agencies>\n" \
  "  <nodes/>\n" \
  "  <edges/>\n" \
  "</pathway>\n"

static PdDocument *
read_string (const char *xml,
             GPtrArray  *diagnostics)
{
  g_autoptr(GPtrArray) ignored = pd_diagnostics_new ();

  return pd_xml_read (xml, strlen (xml), "test.pathway", diagnostics ? diagnostics : ignored);
}

static const PdChange *
change_at (PdDocument *doc,
           guint       index)
{
  GPtrArray *changes = pd_document_get_changes (doc);

  g_assert_nonnull (changes);
  g_assert_cmpuint (index, <, changes->len);
  return g_ptr_array_index (changes, index);
}

static guint
n_changes (PdDocument *doc)
{
  GPtrArray *changes = pd_document_get_changes (doc);
  return changes ? changes->len : 0;
}

/* Read into the model in the file's order and written back byte for byte,
 * in format version 4. */
static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (CHANGES_DOC, diagnostics);
  g_autofree char *written = NULL;
  const PdChange *change;

  g_assert_nonnull (doc);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpuint (n_changes (doc), ==, 2);
  change = change_at (doc, 0);
  g_assert_cmpstr (change->date, ==, "2026-05-12");
  g_assert_cmpstr (change->version, ==, "0.1");
  g_assert_cmpstr (change->author, ==, "Pathway lead");
  g_assert_cmpstr (change->summary, ==, "First draft");
  change = change_at (doc, 1);
  g_assert_null (change->author);
  g_assert_cmpstr (change->summary, ==, "Status changed from Draft to Consultation & sent out");
  g_assert_true (pd_change_array_get_latest (pd_document_get_changes (doc)) == change);
  written = test_write (doc);
  g_assert_cmpstr (written, ==, CHANGES_DOC);
}

/* Without a change log a file stays in the version it had; with one it is
 * version 4; and without one again, back. */
static void
test_version (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(PdChange) change = pd_change_new ("2026-11-30", "1.0", NULL, "Approved");
  g_autofree char *before = NULL, *with = NULL, *after = NULL;

  g_object_set (doc, "hours-per-wte", 1000.0, NULL);
  before = test_write (doc);
  g_assert_nonnull (strstr (before, " format-version=\"3\" "));
  g_assert_null (strstr (before, "<changes>"));
  pd_edit_add_change (doc, change);
  with = test_write (doc);
  g_assert_nonnull (strstr (with, " format-version=\"4\" "));
  g_assert_nonnull (strstr (with, "<change date=\"2026-11-30\" version=\"1.0\">Approved</change>"));
  pd_edit_remove_change (doc, 0);
  after = test_write (doc);
  g_assert_cmpstr (after, ==, before);
}

/* A date that is not one is an error where the file has it; none at all,
 * an error that names the element. */
static void
test_bad_date (void)
{
  const char *dates[] = { "date=\"2026-02-30\"", "date=\"30/11/2026\"", "" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
      g_autoptr(GString) xml = g_string_new (CHANGES_DOC);
      g_autoptr(PdDocument) doc = NULL;
      gboolean placed = FALSE, named = FALSE;

      g_string_replace (xml, "date=\"2026-11-30\"", dates[i], 1);
      doc = read_string (xml->str, diagnostics);
      g_assert_null (doc);
      for (guint j = 0; j < diagnostics->len; j++)
        {
          PdDiagnostic *d = g_ptr_array_index (diagnostics, j);

          g_assert_cmpint (d->severity, ==, PD_SEVERITY_ERROR);
          /* The second <change>: line 6, column 5. */
          placed |= d->line == 6 && d->column == 5;
          named |= strstr (d->message, "change") != NULL;
        }
      g_assert_true (named);
      g_assert_true (placed || *dates[i] == '\0');
    }
}

/* Adding, editing and removing entries: one undo step each, undone and
 * redone. */
static void
test_edit_undo (void)
{
  g_autoptr(PdDocument) doc = read_string (CHANGES_DOC, NULL);
  g_autoptr(PdChange) added = pd_change_new ("2026-12-01", "0.7", "Me", "Added a step");
  g_autoptr(PdChange) edited = pd_change_new ("2026-12-01", "0.7", "Me", "Added two steps");

  pd_edit_add_change (doc, added);
  g_assert_cmpuint (n_changes (doc), ==, 3);
  g_assert_cmpstr (change_at (doc, 2)->summary, ==, "Added a step");
  pd_edit_set_change (doc, 2, edited);
  g_assert_cmpstr (change_at (doc, 2)->summary, ==, "Added two steps");
  pd_edit_remove_change (doc, 0);
  g_assert_cmpuint (n_changes (doc), ==, 2);
  g_assert_cmpstr (change_at (doc, 0)->summary, ==,
                   "Status changed from Draft to Consultation & sent out");

  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (n_changes (doc), ==, 3);
  g_assert_cmpstr (change_at (doc, 0)->summary, ==, "First draft");
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpstr (change_at (doc, 2)->summary, ==, "Added a step");
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (n_changes (doc), ==, 2);
  g_assert_false (pd_document_undo (doc));
  g_assert_true (pd_document_redo (doc));
  g_assert_cmpuint (n_changes (doc), ==, 3);
}

/* A change of status logs itself in the same undo step: undo takes back
 * both, redo brings both. Setting the status it has logs nothing. */
static void
test_status (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  const PdChange *change;
  PdStatus status;

  g_object_set (doc, "version", "0.3", NULL);
  pd_edit_set_status (doc, PD_STATUS_DRAFT, "2026-12-01", "A Lead");
  g_assert_cmpuint (n_changes (doc), ==, 0);
  g_assert_false (pd_history_can_undo (pd_document_get_history (doc)));

  pd_edit_set_status (doc, PD_STATUS_CONSULTATION, "2026-12-01", "A Lead");
  g_object_get (doc, "status", &status, NULL);
  g_assert_cmpint (status, ==, PD_STATUS_CONSULTATION);
  g_assert_cmpuint (n_changes (doc), ==, 1);
  change = change_at (doc, 0);
  g_assert_cmpstr (change->date, ==, "2026-12-01");
  g_assert_cmpstr (change->version, ==, "0.3");
  g_assert_cmpstr (change->author, ==, "A Lead");
  g_assert_cmpstr (change->summary, ==, "Status changed from Draft to Consultation");

  pd_edit_set_status (doc, PD_STATUS_APPROVED, "2026-12-02", "");
  g_assert_cmpuint (n_changes (doc), ==, 2);
  g_assert_null (change_at (doc, 1)->author);
  g_assert_cmpstr (change_at (doc, 1)->summary, ==, "Status changed from Consultation to Approved");

  g_assert_true (pd_document_undo (doc));
  g_object_get (doc, "status", &status, NULL);
  g_assert_cmpint (status, ==, PD_STATUS_CONSULTATION);
  g_assert_cmpuint (n_changes (doc), ==, 1);
  g_assert_true (pd_document_undo (doc));
  g_object_get (doc, "status", &status, NULL);
  g_assert_cmpint (status, ==, PD_STATUS_DRAFT);
  g_assert_cmpuint (n_changes (doc), ==, 0);
  g_assert_false (pd_document_undo (doc));
  g_assert_true (pd_document_redo (doc));
  g_object_get (doc, "status", &status, NULL);
  g_assert_cmpint (status, ==, PD_STATUS_CONSULTATION);
  g_assert_cmpuint (n_changes (doc), ==, 1);
}

/* The latest entry is the one with the latest date, the later of two on
 * one day; `pathway check` warns when its version is not the pathway's. */
static void
test_check (void)
{
  g_autoptr(PdDocument) doc = read_string (CHANGES_DOC, NULL);
  g_autoptr(GPtrArray) clean = pd_diagnostics_new ();
  g_autoptr(GPtrArray) stale = pd_diagnostics_new ();
  g_autoptr(PdChange) older = pd_change_new ("2026-01-01", "0.0", NULL, "Older, added last");
  g_autoptr(PdChange) same_day = pd_change_new ("2026-11-30", "0.5", NULL, "Same day, later");
  PdDiagnostic *d;

  pd_check_document (doc, "p.pathway", clean);
  g_assert_cmpuint (clean->len, ==, 0);
  pd_edit_add_change (doc, older);
  g_assert_cmpstr (pd_change_array_get_latest (pd_document_get_changes (doc))->summary, ==,
                   "Status changed from Draft to Consultation & sent out");
  pd_edit_add_change (doc, same_day);
  g_assert_cmpstr (pd_change_array_get_latest (pd_document_get_changes (doc))->summary, ==,
                   "Same day, later");
  pd_check_document (doc, "p.pathway", stale);
  g_assert_cmpuint (stale->len, ==, 1);
  d = g_ptr_array_index (stale, 0);
  g_assert_cmpint (d->severity, ==, PD_SEVERITY_WARNING);
  g_assert_nonnull (strstr (d->message, "version 0.5 but the pathway is version 0.6"));
  g_assert_null (pd_change_array_get_latest (NULL));
}

/* Every example keeps a change log whose latest entry is of its version. */
static void
test_examples (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  const PdChange *latest = pd_change_array_get_latest (pd_document_get_changes (doc));
  g_autofree char *version = NULL;

  g_assert_cmpuint (n_changes (doc), >=, 2);
  g_assert_nonnull (latest);
  g_object_get (doc, "version", &version, NULL);
  g_assert_cmpstr (latest->version, ==, version);
  for (guint i = 0; i < n_changes (doc); i++)
    {
      g_assert_nonnull (change_at (doc, i)->date);
      g_assert_nonnull (change_at (doc, i)->summary);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/changes/round-trip", test_round_trip);
  g_test_add_func ("/changes/version", test_version);
  g_test_add_func ("/changes/bad-date", test_bad_date);
  g_test_add_func ("/changes/edit-undo", test_edit_undo);
  g_test_add_func ("/changes/status", test_status);
  g_test_add_func ("/changes/check", test_check);
  test_add_per_example ("/changes/examples", test_examples);
  return g_test_run ();
}
