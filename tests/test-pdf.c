/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PDF export: page count and size, and every step's words findable by
 * pdftotext (text stays text). Uses poppler-utils when installed. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pd-export.h"
#include "pd-scene.h"
#include "test-poppler.h"

static char *
write_pdf_with (PdDocument            *doc,
                const PdExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), "pathway-test-XXXXXX.pdf", NULL);
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (pd_export_to_file (doc, path, PD_EXPORT_PDF, options, &error));
  g_assert_no_error (error);
  return path;
}

/* On one page, whatever its text size. */
static char *
write_pdf (PdDocument *doc,
           PdPageSize  page)
{
  PdExportOptions options = { 1.0, page, FALSE, TRUE };

  return write_pdf_with (doc, &options);
}

static gboolean
have_poppler (void)
{
  g_autofree char *info = g_find_program_in_path ("pdfinfo");
  g_autofree char *text = g_find_program_in_path ("pdftotext");

  if (info && text)
    return TRUE;
  g_test_skip ("poppler-utils is not installed");
  return FALSE;
}

static void
test_pages (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = NULL;
  const struct { PdPageSize page; const char *size; } cases[] = {
    { PD_PAGE_A4, "841.89 x 595.28 pts (A4)" },
    { PD_PAGE_A3, "1190.55 x 841.89 pts (A3)" },
  };

  if (!have_poppler ())
    return;
  doc = test_load (g_ptr_array_index (paths, 0));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *pdf = write_pdf (doc, cases[i].page);
      g_autofree char *info = test_run_tool ("pdfinfo", pdf, NULL);

      g_autofree char *pages = test_pdf_info_field (info, "Pages");
      g_autofree char *size = test_pdf_info_field (info, "Page size");
      g_autofree char *title = test_pdf_info_field (info, "Title");

      g_assert_cmpstr (pages, ==, "1");
      g_assert_cmpstr (size, ==, cases[i].size);
      g_assert_cmpstr (title, ==, pd_document_get_title (doc));
      g_unlink (pdf);
    }
  {
    /* One page the diagram's size: 0.75 pt a pixel (96 dpi). */
    g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
    g_autofree char *pdf = write_pdf (doc, PD_PAGE_DIAGRAM);
    g_autofree char *info = test_run_tool ("pdfinfo", pdf, NULL);
    g_autofree char *pages = test_pdf_info_field (info, "Pages");
    g_autofree char *size = test_pdf_info_field (info, "Page size");

    g_assert_cmpstr (pages, ==, "1");
    /* pdfinfo rounds to two decimals: compare whole points. */
    g_assert_cmpint ((int) g_ascii_strtod (size, NULL), ==, (int) (scene->bounds.width * 0.75));
    g_assert_cmpint ((int) g_ascii_strtod (strstr (size, " x ") + 3, NULL), ==,
                     (int) (scene->bounds.height * 0.75));
    g_unlink (pdf);
  }
}

static void
test_text (gconstpointer data)
{
  g_autoptr(PdDocument) doc = NULL;
  g_autoptr(PdScene) scene = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *flat = NULL;
  GListModel *nodes;

  if (!have_poppler ())
    return;
  doc = test_load (data);
  scene = pd_scene_new_from_document (doc);
  pdf = write_pdf (doc, PD_PAGE_A3);
  text = test_run_tool ("pdftotext", pdf, "-");
  /* Lines of a label may come out on separate lines: compare words. */
  words = g_strsplit_set (text, " \n\f", -1);
  flat = g_strjoinv (" ", words);
  g_assert_nonnull (strstr (flat, pd_document_get_title (doc)));
  nodes = pd_document_get_nodes (doc);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      g_auto(GStrv) title_words = g_strsplit (pd_node_get_title (node), " ", -1);

      for (guint w = 0; title_words[w]; w++)
        if (*title_words[w] && strstr (text, title_words[w]) == NULL)
          g_error ("“%s” of “%s” is not in the PDF text", title_words[w],
                   pd_node_get_title (node));
    }
  g_unlink (pdf);
}

/* A4 by default: as many pages as keep text readable, an overview first. */
static void
test_tiled (gconstpointer data)
{
  const struct { gboolean portrait; const char *size; } cases[] = {
    { FALSE, "841.89 x 595.28 pts (A4)" },
    { TRUE, "595.28 x 841.89 pts (A4)" },
  };
  g_autoptr(PdDocument) doc = NULL;

  if (!have_poppler ())
    return;
  doc = test_load (data);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PdExportOptions options = { 1.0, PD_PAGE_A4, cases[i].portrait, FALSE };
      g_autofree char *pdf = write_pdf_with (doc, &options);
      g_autofree char *info = test_run_tool ("pdfinfo", pdf, NULL);
      g_autofree char *pages = test_pdf_info_field (info, "Pages");
      g_autofree char *size = test_pdf_info_field (info, "Page size");
      const char *argv[] = { "pdftotext", "-l", "1", pdf, "-", NULL };
      g_autofree char *first = test_run (argv);
      int count = atoi (pages);

      g_assert_cmpstr (size, ==, cases[i].size);
      if (count > 1)
        {
          /* The overview says what it is; every other page has text ≥ 8 pt. */
          g_assert_nonnull (strstr (first, "the whole diagram"));
          g_assert_cmpfloat (test_pdf_smallest_word (pdf, 2), >=, 8.0);
        }
      else
        g_assert_cmpfloat (test_pdf_smallest_word (pdf, 1), >=, 8.0);
      g_unlink (pdf);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf/pages", test_pages);
  test_add_per_example ("/pdf/text", test_text);
  test_add_per_example ("/pdf/tiled", test_tiled);
  return g_test_run ();
}
