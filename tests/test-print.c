/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Diagram and Print in the designer: each format written as the
 * command line writes it, never over the pathway itself; printing to a
 * PDF through GtkPrintOperation: an overview first, then tiles with no
 * text under 8 pt, or one fitted page; Print Preview's window of those
 * pages. Uses poppler-utils and
 * rsvg-convert when installed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "pd-print-preview.h"
#include "pd-selection.h"
#include "pd-svg-writer.h"
#include "pd-window-private.h"
#include "test-gui.h"
#include "test-poppler.h"

static gboolean
have (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  if (path == NULL)
    g_test_message ("%s is not installed: not checked", program);
  return path != NULL;
}

static guint32
png_number (const guint8 *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

static void
test_export_formats (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(PdScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("pathway-export-XXXXXX", &error);
  g_assert_no_error (error);
  scene = pd_scene_new_from_document (f->document);

  {
    /* SVG: well-formed, and librsvg draws it. */
    g_autofree char *svg = g_build_filename (dir, "diagram.svg", NULL);
    g_autofree char *png = g_build_filename (dir, "from-svg.png", NULL);
    g_autofree char *text = NULL;
    PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;

    g_assert_true (pd_window_export_diagram_to (f->window, svg, PD_EXPORT_SVG, &options, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "<svg"));
    /* What Show Export in Folder shows. */
    g_assert_cmpstr (f->window->last_export, ==, svg);
    if (have ("xmllint"))
      {
        const char *argv[] = { "xmllint", "--noout", svg, NULL };
        g_autofree char *out = test_run (argv);
      }
    if (have ("rsvg-convert"))
      {
        const char *argv[] = { "rsvg-convert", "-o", png, svg, NULL };
        g_autofree char *out = test_run (argv);

        g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
        g_unlink (png);
      }
    g_unlink (svg);
  }
  for (guint scale = 1; scale <= 3; scale++)
    {
      /* PNG: the scale's size. */
      g_autofree char *png = g_build_filename (dir, "diagram.png", NULL);
      g_autofree char *bytes = NULL;
      PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
      gsize length;

      options.scale = scale;
      g_assert_true (pd_window_export_diagram_to (f->window, png, PD_EXPORT_PNG, &options,
                                                  &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (png, &bytes, &length, NULL));
      g_assert_cmpuint (length, >, 24);
      g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
      g_assert_cmpuint (png_number ((guint8 *) bytes + 16), ==,
                        (guint32) ceil (scene->bounds.width * scale));
      g_assert_cmpuint (png_number ((guint8 *) bytes + 20), ==,
                        (guint32) ceil (scene->bounds.height * scale));
      g_unlink (png);
    }
  if (have ("pdfinfo") && have ("pdftotext"))
    {
      const struct {
        PdPageSize page;
        gboolean portrait, fit;
        const char *size;
        gboolean one_page;
      } cases[] = {
        { PD_PAGE_DIAGRAM, FALSE, FALSE, NULL, TRUE },
        { PD_PAGE_A4, FALSE, TRUE, "841.89 x 595.28 pts (A4)", TRUE },
        { PD_PAGE_A4, TRUE, FALSE, "595.28 x 841.89 pts (A4)", FALSE },
        { PD_PAGE_A3, FALSE, FALSE, "1190.55 x 841.89 pts (A3)", FALSE },
      };

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *pdf = g_build_filename (dir, "diagram.pdf", NULL);
          PdExportOptions options = { 1, cases[i].page, cases[i].portrait, cases[i].fit };
          g_autofree char *pages = NULL;
          g_autofree char *size = NULL;

          g_assert_true (pd_window_export_diagram_to (f->window, pdf, PD_EXPORT_PDF, &options,
                                                      &error));
          g_assert_no_error (error);
          pages = test_pdf_field (pdf, "Pages");
          size = test_pdf_field (pdf, "Page size");
          if (cases[i].size)
            g_assert_cmpstr (size, ==, cases[i].size);
          if (cases[i].one_page)
            g_assert_cmpstr (pages, ==, "1");
          else
            g_assert_cmpfloat (test_pdf_smallest_word (pdf, atoi (pages) > 1 ? 2 : 1), >=, 8.0);
          g_unlink (pdf);
        }
    }
  g_rmdir (dir);
}

/* Never over the pathway the window shows. */
static void
test_export_refuses_pathway (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("pathway-export-XXXXXX", NULL);
  path = g_build_filename (dir, "mine.pathway", NULL);
  g_assert_true (pd_window_save_to (f->window, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_false (pd_window_export_diagram_to (f->window, path, PD_EXPORT_SVG, &options,
                                               &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_unlink (path);
  g_rmdir (dir);
}

/* The first descendant of @widget of @type, depth first, from the @nth. */
static GtkWidget *
find_nth (GtkWidget *widget,
          GType      type,
          guint     *nth)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (*nth)-- == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_nth (child, type, nth);
      if (found)
        return found;
    }
  return NULL;
}

static AdwComboRow *
combo (GtkWidget *dialog,
       guint      index)
{
  guint nth = index;
  return ADW_COMBO_ROW (find_nth (dialog, ADW_TYPE_COMBO_ROW, &nth));
}

static AdwMessageDialog *
window_dialog (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window)
          && gtk_window_get_transient_for (window) == GTK_WINDOW (f->window)
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* The dialog shows what each format needs, and remembers nothing on Cancel. */
static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, f->document, "title", "Crisis / home treatment", NULL);
  name = pd_window_export_file_name (f->window, PD_EXPORT_PDF);
  g_assert_cmpstr (name, ==, "Crisis - home treatment.pdf");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-diagram", NULL));
  wait_for_frames ();
  dialog = window_dialog (f);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "export"));
  /* SVG: no size or page. */
  g_assert_cmpuint (adw_combo_row_get_selected (combo (GTK_WIDGET (dialog), 0)), ==,
                    PD_EXPORT_SVG);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 1))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 2))));
  /* PNG: its size. */
  adw_combo_row_set_selected (combo (GTK_WIDGET (dialog), 0), PD_EXPORT_PNG);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 1))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 2))));
  /* PDF: the page, and on paper the orientation. */
  adw_combo_row_set_selected (combo (GTK_WIDGET (dialog), 0), PD_EXPORT_PDF);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 1))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 2))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 3))));
  adw_combo_row_set_selected (combo (GTK_WIDGET (dialog), 2), 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (combo (GTK_WIDGET (dialog), 3))));
  if (g_getenv ("SCREENSHOT_DIR"))
    {
      /* Held for a screenshot of the screen. */
      for (int i = 0; i < 100; i++)
        {
          wait_for_frames ();
          g_usleep (20000);
        }
    }
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames ();
  g_assert_cmpint (f->window->export_format, ==, PD_EXPORT_SVG);
}

static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }
  return NULL;
}

/* Export in @dialog, then @name in @folder in the file chooser; returns
 * once the file is written. */
static void
export_as (AdwMessageDialog *dialog,
           GFile            *folder,
           const char       *name)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  GtkFileChooser *chooser;

  adw_message_dialog_response (dialog, "export");
  wait_for_frames ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, name);
  wait_for_frames ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the name in the background before it answers. */
  for (int i = 0; i < 500 && !g_file_query_exists (file, NULL); i++)
    {
      wait_for_frames ();
      g_usleep (10000);
    }
  g_assert_true (g_file_query_exists (file, NULL));
}

/* With durations and roles on the diagram, Export Diagram's switch for
 * them starts on, and the SVG exported through the dialog has them as
 * text; switched off in the dialog, it has none. */
static void
test_export_details (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("pathway-export-XXXXXX", NULL);
  folder = g_file_new_for_path (dir);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-details", NULL));
  wait_for_frames ();
  for (guint round = 0; round < 2; round++)
    {
      gboolean details = round == 0;
      g_autofree char *name = g_strdup_printf ("round-%u.svg", round);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *svg = NULL;
      AdwMessageDialog *dialog;
      GtkSwitch *toggle;
      guint nth = 1;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-diagram",
                                                 NULL));
      wait_for_frames ();
      dialog = window_dialog (f);
      g_assert_nonnull (dialog);
      /* The second switch, after "Whole diagram on one page". */
      toggle = GTK_SWITCH (find_nth (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &nth));
      g_assert_nonnull (toggle);
      g_assert_true (gtk_switch_get_active (toggle));
      gtk_switch_set_active (toggle, details);
      export_as (dialog, folder, name);
      g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
      /* The stepped-care example's individual CBT. */
      if (details)
        {
          g_assert_nonnull (strstr (svg, ">16 sessions<"));
          g_assert_nonnull (strstr (svg, ">about 16 weeks<"));
        }
      else
        g_assert_null (strstr (svg, "sessions<"));
      g_unlink (path);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-details", NULL));
  g_rmdir (dir);
}

/* With people a year on the diagram, Export Diagram's switch for them
 * starts on, and the SVG exported through the dialog has them as text;
 * switched off in the dialog, it has none. */
static void
test_export_flow (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("pathway-export-XXXXXX", NULL);
  folder = g_file_new_for_path (dir);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-flow", NULL));
  wait_for_frames ();
  for (guint round = 0; round < 2; round++)
    {
      gboolean flow = round == 0;
      g_autofree char *name = g_strdup_printf ("round-%u.svg", round);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *svg = NULL;
      AdwMessageDialog *dialog;
      GtkSwitch *toggle;
      guint nth = 2;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-diagram",
                                                 NULL));
      wait_for_frames ();
      dialog = window_dialog (f);
      g_assert_nonnull (dialog);
      /* The third switch, after "Whole diagram on one page" and the details. */
      toggle = GTK_SWITCH (find_nth (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &nth));
      g_assert_nonnull (toggle);
      g_assert_true (gtk_switch_get_active (toggle));
      gtk_switch_set_active (toggle, flow);
      export_as (dialog, folder, name);
      g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
      /* The stepped-care example's referral step, where all 12,500 start. */
      if (flow)
        g_assert_true (strstr (svg, ">12500 people a year<")
                       || strstr (svg, ">12,500 people a year<"));
      else
        g_assert_null (strstr (svg, "a year"));
      g_unlink (path);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-flow", NULL));
  g_rmdir (dir);
}

/* The bytes of @a and @b are the same. */
static void
assert_same_file (const char *a,
                  const char *b)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length, second_length;

  g_assert_true (g_file_get_contents (a, &first, &first_length, NULL));
  g_assert_true (g_file_get_contents (b, &second, &second_length, NULL));
  g_assert_cmpmem (first, first_length, second, second_length);
}

/* Export Diagram's "For a web page" writes what `pathway export --inline`
 * writes for the same pathway file, with the prefix from its name or one
 * typed in; a prefix no id can begin with is refused in the dialog before
 * Export; the choice is kept for the next dialog. */
static void
test_export_web_page (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  const char *pathway = g_ptr_array_index (paths, 0);
  g_autofree char *dir = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *designer = NULL;
  g_autofree char *cli = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GSettings) settings = NULL;
  AdwMessageDialog *dialog;
  GtkSwitch *web;
  GtkWidget *prefix;
  guint nth = 3;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("pathway-export-XXXXXX", NULL);
  folder = g_file_new_for_path (dir);
  designer = g_build_filename (dir, "designer.svg", NULL);
  cli = g_build_filename (dir, "cli.svg", NULL);
  /* Not saved yet: from the title, as the file would be named; a dot in
   * it is no extension. */
  pd_document_set (f->document, f->document, "title", "Crisis 2.1 / Home", NULL);
  from_name = pd_window_export_id_prefix (f->window);
  g_assert_cmpstr (from_name, ==, "crisis-2-1-home-");
  g_clear_pointer (&from_name, g_free);
  pd_history_undo (f->history);
  /* The window's pathway as if opened from its file. */
  g_free (f->window->path);
  f->window->path = g_strdup (pathway);
  from_name = pd_svg_id_prefix_from_name (pathway);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-diagram", NULL));
  wait_for_frames ();
  dialog = window_dialog (f);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (adw_combo_row_get_selected (combo (GTK_WIDGET (dialog), 0)), ==,
                    PD_EXPORT_SVG);
  /* The fourth switch, after "Whole diagram on one page", the details and
   * people a year. */
  web = GTK_SWITCH (find_nth (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &nth));
  nth = 0;
  prefix = find_nth (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, &nth);
  g_assert_nonnull (web);
  g_assert_nonnull (prefix);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (web),
                                                                  ADW_TYPE_ACTION_ROW)));
  g_assert_false (gtk_switch_get_active (web));
  g_assert_false (gtk_widget_get_visible (prefix));
  /* Only for SVG. */
  adw_combo_row_set_selected (combo (GTK_WIDGET (dialog), 0), PD_EXPORT_PNG);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (web),
                                                                   ADW_TYPE_ACTION_ROW)));
  adw_combo_row_set_selected (combo (GTK_WIDGET (dialog), 0), PD_EXPORT_SVG);

  gtk_switch_set_active (web, TRUE);
  g_assert_true (gtk_widget_get_visible (prefix));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (prefix)), ==, from_name);
  /* As `pathway export --id-prefix` refuses it. */
  gtk_editable_set_text (GTK_EDITABLE (prefix), "2nd-");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "export"));
  g_assert_true (gtk_widget_has_css_class (prefix, "error"));
  gtk_editable_set_text (GTK_EDITABLE (prefix), "ward a");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "export"));
  /* Held for a screenshot of the screen, the error showing. */
  if (g_getenv ("SCREENSHOT_DIR"))
    for (int i = 0; i < 100; i++)
      {
        wait_for_frames ();
        g_usleep (20000);
      }
  gtk_editable_set_text (GTK_EDITABLE (prefix), from_name);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "export"));
  g_assert_false (gtk_widget_has_css_class (prefix, "error"));
  export_as (dialog, folder, "designer.svg");
  {
    const char *argv[] = { g_getenv ("PATHWAY_CLI"), "export", "--inline", "-q", pathway,
                           "-o", cli, NULL };
    g_free (test_run (argv));
  }
  assert_same_file (designer, cli);
  settings = pd_window_settings ();
  g_assert_true (g_settings_get_boolean (settings, "export-for-web-page"));

  /* Kept: the switch on, the prefix as it was; one typed in goes into
   * every id as --id-prefix's does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-diagram", NULL));
  wait_for_frames ();
  dialog = window_dialog (f);
  nth = 3;
  web = GTK_SWITCH (find_nth (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &nth));
  nth = 0;
  prefix = find_nth (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, &nth);
  g_assert_true (gtk_switch_get_active (web));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (prefix)), ==, from_name);
  gtk_editable_set_text (GTK_EDITABLE (prefix), "ward_A-");
  export_as (dialog, folder, "typed.svg");
  {
    const char *argv[] = { g_getenv ("PATHWAY_CLI"), "export", "--inline", "--id-prefix=ward_A-",
                           "-q", pathway, "-o", cli, NULL };
    g_autofree char *typed = g_build_filename (dir, "typed.svg", NULL);

    g_free (test_run (argv));
    assert_same_file (typed, cli);
    g_unlink (typed);
  }
  g_settings_reset (settings, "export-for-web-page");
  g_unlink (designer);
  g_unlink (cli);
  g_rmdir (dir);
}

static GtkPageSetup *
a4_landscape (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return setup;
}

/* GtkPrintOperation to a PDF file: the overview, then readable tiles. */
static void
test_print_tiled (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  if (!have ("pdfinfo") || !have ("pdftotext"))
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->window)));
  setup = a4_landscape ();
  pdf = g_build_filename (g_get_tmp_dir (), "pathway-print-XXXXXX.pdf", NULL);
  g_close (g_mkstemp (pdf), NULL);
  g_assert_true (pd_window_print_to_pdf (f->window, pdf, setup, FALSE, &error));
  g_assert_no_error (error);
  pages = test_pdf_field (pdf, "Pages");
  size = test_pdf_field (pdf, "Page size");
  g_assert_cmpint (atoi (pages), >, 2);
  g_assert_true (g_str_has_prefix (size, "841.89 x 595.27") || g_str_has_prefix (size, "842"));
  {
    const char *argv[] = { "pdftotext", "-l", "1", pdf, "-", NULL };
    const char *argv2[] = { "pdftotext", "-f", "2", "-l", "2", pdf, "-", NULL };
    g_autofree char *label = g_strdup_printf ("2 of %s, row 1 column 1", pages);

    first = test_run (argv);
    second = test_run (argv2);
    g_assert_nonnull (strstr (first, "the whole diagram"));
    g_assert_nonnull (strstr (second, label));
  }
  g_assert_cmpfloat (test_pdf_smallest_word (pdf, 2), >=, 8.0);
  if (g_getenv ("SCREENSHOT_DIR"))
    {
      g_autofree char *copy = g_build_filename (g_getenv ("SCREENSHOT_DIR"), "printed.pdf", NULL);
      g_autofree char *bytes = NULL;
      gsize length;

      g_mkdir_with_parents (g_getenv ("SCREENSHOT_DIR"), 0777);
      g_assert_true (g_file_get_contents (pdf, &bytes, &length, NULL));
      g_assert_true (g_file_set_contents (copy, bytes, length, NULL));
    }
  g_unlink (pdf);

  /* Fitted: one page. */
  g_assert_true (pd_window_print_to_pdf (f->window, pdf, setup, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&pages, g_free);
  pages = test_pdf_field (pdf, "Pages");
  g_assert_cmpstr (pages, ==, "1");
  g_unlink (pdf);
}

/* Printed while the canvas shows durations and roles, the pages show them
 * too; printed without, they do not. */
static void
test_print_details (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GtkPageSetup) setup = a4_landscape ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  if (!have ("pdftotext"))
    return;
  dir = g_dir_make_tmp ("pathway-print-XXXXXX", NULL);
  pdf = g_build_filename (dir, "printed.pdf", NULL);
  for (guint round = 0; round < 2; round++)
    {
      const char *argv[] = { "pdftotext", pdf, "-", NULL };
      g_autofree char *text = NULL;

      g_assert_true (pd_window_print_to_pdf (f->window, pdf, setup, TRUE, &error));
      g_assert_no_error (error);
      text = test_run (argv);
      /* The stepped-care example's individual CBT. */
      if (round == 0)
        g_assert_null (strstr (text, "16 sessions"));
      else
        g_assert_nonnull (strstr (text, "16 sessions"));
      g_unlink (pdf);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-details",
                                                 NULL));
      wait_for_frames ();
    }
  g_rmdir (dir);
}

/* Print follows View ▸ Show People a Year. */
static void
test_print_flow (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GtkPageSetup) setup = a4_landscape ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  if (!have ("pdftotext"))
    return;
  dir = g_dir_make_tmp ("pathway-print-XXXXXX", NULL);
  pdf = g_build_filename (dir, "printed.pdf", NULL);
  for (guint round = 0; round < 2; round++)
    {
      const char *argv[] = { "pdftotext", pdf, "-", NULL };
      g_autofree char *text = NULL;

      g_assert_true (pd_window_print_to_pdf (f->window, pdf, setup, TRUE, &error));
      g_assert_no_error (error);
      text = test_run (argv);
      if (round == 0)
        g_assert_null (strstr (text, "people a year"));
      else
        g_assert_nonnull (strstr (text, "people a year"));
      g_unlink (pdf);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-flow", NULL));
      wait_for_frames ();
    }
  g_rmdir (dir);
}

/* Saved today: Properties and the exported PDF say so. */
static void
test_saved_date (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *updated = g_strdup_printf ("Updated %s", today);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
  GtkWidget *row;

  TEST_GUI_REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("pathway-export-XXXXXX", NULL);
  path = g_build_filename (dir, "saved.pathway", NULL);
  pdf = g_build_filename (dir, "saved.pdf", NULL);
  g_assert_true (pd_window_save_to (f->window, path, &error));
  g_assert_no_error (error);
  pd_selection_clear (pd_canvas_get_selection (f->canvas));
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "pathway");
  row = pd_inspector_get_editor (f->window->inspector, "modified-date");
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, today);
  g_assert_true (ADW_IS_ACTION_ROW (pd_inspector_get_editor (f->window->inspector,
                                                             "created-date")));
  if (have ("pdftotext"))
    {
      const char *argv[] = { "pdftotext", pdf, "-", NULL };
      g_autofree char *text = NULL;

      g_assert_true (pd_window_export_diagram_to (f->window, pdf, PD_EXPORT_PDF, &options,
                                                  &error));
      g_assert_no_error (error);
      text = test_run (argv);
      g_assert_nonnull (strstr (text, updated));
      g_unlink (pdf);
    }
  g_unlink (path);
  g_rmdir (dir);
}

static PdPrintPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (PD_IS_PRINT_PREVIEW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return PD_PRINT_PREVIEW (window);
    }
  return NULL;
}

/* The preview, once the operation has laid out its pages. */
static PdPrintPreview *
wait_for_preview (void)
{
  PdPrintPreview *preview = NULL;

  for (int i = 0; i < 250 && (preview == NULL || pd_print_preview_get_n_pages (preview) == 0);
       i++)
    {
      wait_for_frames ();
      g_usleep (20000);
      preview = find_preview ();
    }
  g_assert_nonnull (preview);
  return preview;
}

/* The print dialog over the designer. */
static GtkWindow *
find_print_dialog (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* GtkPrintUnixDialog, whose header is apart from GTK's. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog")
          && gtk_widget_get_visible (GTK_WIDGET (window))
          && gtk_window_get_transient_for (window) == GTK_WINDOW (f->window))
        return window;
    }
  return NULL;
}

/* Lets the operation lay out its pages, or a key press arrive. */
static void
settle (void)
{
  for (int i = 0; i < 25; i++)
    {
      wait_for_frames ();
      g_usleep (20000);
    }
}

/* Presses @key (xdotool's name) in @window. */
static void
press (GtkWindow  *window,
       const char *key)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", xid, "key", "--clearmodifiers", key, NULL };
  g_autofree char *out = test_run (argv);

  settle ();
}

/* How many pixels of the page shown are not white. */
static guint
inked_pixels (PdPrintPreview *preview)
{
  GdkTexture *texture = pd_print_preview_get_texture (preview);
  int width, height;
  g_autofree guchar *data = NULL;
  guint inked = 0;

  g_assert_nonnull (texture);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  data = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (data[i * 4] < 200 || data[i * 4 + 1] < 200 || data[i * 4 + 2] < 200)
      inked++;
  return inked;
}

/* Print Preview shows the pages the same print puts in a PDF, the first
 * (the whole diagram) and, after Next, the first tile; Escape closes it;
 * Shift+Ctrl+P opens it and its Print (Ctrl+P) the print dialog. */
static void
test_print_preview (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  PdPrintPreview *preview;
  GtkWindow *dialog;

  TEST_GUI_REQUIRE_DISPLAY ();
  if (!have ("pdfinfo") || !have ("xdotool"))
    {
      g_test_skip ("poppler-utils or xdotool is not installed");
      return;
    }
  pdf = g_build_filename (g_get_tmp_dir (), "pathway-preview-XXXXXX.pdf", NULL);
  g_close (g_mkstemp (pdf), NULL);
  g_assert_true (pd_window_print_to_pdf (f->window, pdf, NULL, FALSE, &error));
  g_assert_no_error (error);
  pages = test_pdf_field (pdf, "Pages");
  g_unlink (pdf);
  g_assert_cmpint (atoi (pages), >, 2);
  first = g_strdup_printf ("Page 1 of %s", pages);
  second = g_strdup_printf ("Page 2 of %s", pages);

  g_assert_null (find_preview ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-preview", NULL));
  preview = wait_for_preview ();
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preview)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (f->window));
  g_assert_cmpuint (pd_print_preview_get_n_pages (preview), ==, atoi (pages));
  g_assert_cmpstr (pd_print_preview_get_label (preview), ==, first);
  g_assert_cmpstr (pd_print_preview_get_part (preview), ==, "The whole diagram");
  g_assert_cmpuint (inked_pixels (preview), >, 1000);
  settle ();
  if (g_getenv ("SCREENSHOT_DIR"))
    {
      /* Held for a screenshot of the screen. */
      for (int i = 0; i < 100; i++)
        {
          wait_for_frames ();
          g_usleep (20000);
        }
    }

  /* Next, from the keyboard, even with a button focused: the first tile. */
  press (GTK_WINDOW (preview), "Tab");
  g_assert_true (GTK_IS_BUTTON (gtk_window_get_focus (GTK_WINDOW (preview))));
  press (GTK_WINDOW (preview), "Right");
  g_assert_cmpuint (pd_print_preview_get_page (preview), ==, 1);
  g_assert_cmpstr (pd_print_preview_get_label (preview), ==, second);
  g_assert_cmpstr (pd_print_preview_get_part (preview), ==, "Row 1, column 1");
  g_assert_cmpuint (inked_pixels (preview), >, 1000);
  press (GTK_WINDOW (preview), "End");
  g_assert_cmpuint (pd_print_preview_get_page (preview) + 1, ==, atoi (pages));
  press (GTK_WINDOW (preview), "Home");
  g_assert_cmpstr (pd_print_preview_get_label (preview), ==, first);

  press (GTK_WINDOW (preview), "Escape");
  g_assert_null (find_preview ());

  /* From the designer's keyboard; its Print opens the print dialog. */
  press (GTK_WINDOW (f->window), "shift+ctrl+p");
  preview = wait_for_preview ();
  g_assert_cmpstr (pd_print_preview_get_label (preview), ==, first);
  press (GTK_WINDOW (preview), "ctrl+p");
  g_assert_null (find_preview ());
  dialog = find_print_dialog (f);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  settle ();
  g_assert_null (find_print_dialog (f));
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/print/export-formats", test_export_formats);
  TEST_GUI_ADD ("/print/export-refuses-pathway", test_export_refuses_pathway);
  TEST_GUI_ADD ("/print/export-dialog", test_export_dialog);
  TEST_GUI_ADD ("/print/export-details", test_export_details);
  TEST_GUI_ADD ("/print/export-flow", test_export_flow);
  TEST_GUI_ADD ("/print/export-web-page", test_export_web_page);
  TEST_GUI_ADD ("/print/details", test_print_details);
  TEST_GUI_ADD ("/print/flow", test_print_flow);
  TEST_GUI_ADD ("/print/tiled", test_print_tiled);
  TEST_GUI_ADD ("/print/preview", test_print_preview);
  TEST_GUI_ADD ("/print/saved-date", test_saved_date);
  return g_test_run ();
}
