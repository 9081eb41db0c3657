/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing to a PDF through GtkPrintOperation (Print to File): the file is
 * tagged with the structure an exported PDF of the same pages has, in the
 * same reading order, and in English with its title shown. Uses
 * poppler-utils when installed. */
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "pd-pages.h"
#include "pd-window-private.h"
#include "test-gui.h"

#define A4_LONG_PT 841.89
#define A4_SHORT_PT 595.28
/* The margin pd_pages_render_pdf() leaves round the printable area. */
#define EXPORT_MARGIN_PT 28.0

/* A4 landscape with the export's margins: the same printable area, so the
 * same pages. */
static GtkPageSetup *
a4_as_exported (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_page_setup_set_top_margin (setup, EXPORT_MARGIN_PT, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, EXPORT_MARGIN_PT, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, EXPORT_MARGIN_PT, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, EXPORT_MARGIN_PT, GTK_UNIT_POINTS);
  return setup;
}

static char *
temp_pdf (void)
{
  char *path = g_build_filename (g_get_tmp_dir (), "pathway-print-tags-XXXXXX.pdf", NULL);

  g_close (g_mkstemp (path), NULL);
  return path;
}

/* Whether the @length bytes at @data (which may hold NULs) hold @needle. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize size = strlen (needle);

  for (gsize i = 0; i + size <= length; i++)
    if (memcmp (data + i, needle, size) == 0)
      return TRUE;
  return FALSE;
}

/* Where @line is first a whole line of @tree (pdfinfo -struct-text), and
 * how often it is one. */
static guint
find_line (const char  *tree,
           const char  *line,
           gsize       *first)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"\n", line);
  guint count = 0;

  for (const char *p = strstr (tree, quoted); p; p = strstr (p + 1, quoted))
    if (p[-1] == ' ' && count++ == 0)
      *first = (gsize) (p - tree);
  return count;
}

/* The designer's A4 print of the stepped-care example, tiled: tagged, the
 * title a heading, each step told once in the order the export tells
 * them, and the whole structure the export's. */
static void
test_print_tagged (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdScene) scene = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autofree char *printed_path = NULL;
  g_autofree char *exported_path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *h1 = NULL;
  g_autofree char *bytes = NULL;
  GListModel *nodes;
  gsize length;

  TEST_GUI_REQUIRE_DISPLAY ();
  if (!test_have_program ("pdfinfo"))
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  setup = a4_as_exported ();
  printed_path = temp_pdf ();
  g_assert_true (pd_window_print_to_pdf (f->window, printed_path, setup, FALSE, &error));
  g_assert_no_error (error);

  info = test_run_tool ("pdfinfo", printed_path, NULL);
  g_assert_nonnull (strstr (info, "\nTagged:          yes\n"));
  g_assert_nonnull (strstr (info, "Title:           Stepped care for depression"));
  printed = test_run_tool ("pdfinfo", "-struct-text", printed_path);
  g_assert_true (g_str_has_prefix (printed, "Document\n"));
  h1 = g_strdup_printf ("H1 (block)\n    \"%s\"\n", pd_document_get_title (f->document));
  g_assert_nonnull (strstr (printed, h1));
  g_assert_nonnull (strstr (printed, "\n  Sect\n    P (block)\n"));
  g_assert_nonnull (strstr (printed, "\n    L (block)\n      LI (block)\n"));

  /* Each step once, in the order of the export of the same pages. */
  scene = pd_scene_new_from_document (f->document);
  exported = pd_pages_render_pdf (scene, A4_LONG_PT, A4_SHORT_PT, FALSE, &error);
  g_assert_no_error (error);
  exported_path = temp_pdf ();
  g_assert_true (g_file_set_contents (exported_path, g_bytes_get_data (exported, NULL),
                                      (gssize) g_bytes_get_size (exported), NULL));
  expected = test_run_tool ("pdfinfo", "-struct-text", exported_path);
  nodes = pd_document_get_nodes (f->document);
  for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
      gsize first = 0;

      g_assert_cmpuint (find_line (printed, pd_node_get_title (node), &first), ==, 1);
      /* After the title's heading. */
      g_assert_cmpuint (first, >, (gsize) (strstr (printed, h1) - printed));
    }
  g_assert_cmpstr (printed, ==, expected);

  /* In English, its pictures described and its title shown, as exported. */
  g_assert_true (g_file_get_contents (printed_path, &bytes, &length, NULL));
  g_assert_true (contains (bytes, length, "/Lang (en)"));
  g_assert_true (contains (bytes, length, "/DisplayDocTitle true"));
  g_assert_true (contains (bytes, length, "/Alt <FEFF"));

  g_unlink (printed_path);
  g_unlink (exported_path);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/print-tags/tagged", test_print_tagged);
  return g_test_run ();
}
