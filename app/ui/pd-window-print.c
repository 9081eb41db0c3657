/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Print: the diagram at a readable size over as many pages as it needs,
 * after an overview, or fitted to one page; the same pages as a PDF on
 * paper (pd-pages.c); Print Preview shows the pages in a window of our
 * own (pd-print-preview.c), from the menu or the print dialog.
 *
 * Printed to a PDF (Print to File, or a printer fed PDF) the pages carry
 * the structure an exported PDF of them has: headings, sections and the
 * key's list in reading order, each step told on one page. What cairo
 * cannot write (the language, figures' alternative texts, that viewers
 * show the title) an export adds in an update appended to the file
 * (pd_pdf_tags_finish()); a print to a file named here
 * (pd_window_print_to_pdf()) gets it too, but a file the print dialog's
 * Print to File writes is written and closed by GTK's print backend after
 * the last page, out of our hands, and keeps only the structure and the
 * title. */
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-file.h"
#include "pd-pages.h"
#include "pd-people-flow.h"
#include "pd-painter.h"
#include "pd-pdf-tags.h"
#include "pd-print-preview.h"
#include "pd-window-private.h"

typedef struct {
  PdWindow *window;
  PdScene *scene;
  PdTiling tiling;
  gboolean fit;
  GtkCheckButton *fit_button;   /* in the dialog's tab, while it shows */
  PdPdfTags *tags;              /* printing to a PDF, or NULL */
  guint drawn;                  /* pages drawn so far */
  gboolean tagged;              /* the "Document" ended: every page tagged */
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->tags, pd_pdf_tags_free);
  g_clear_pointer (&job->scene, pd_scene_free);
  g_clear_object (&job->window);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  /* What the canvas shows, details and people a year and all. */
  PdSceneOptions options = { .details = pd_canvas_get_details (job->window->canvas) };
  g_autoptr(PdSceneFlow) flow = pd_canvas_get_flow (job->window->canvas)
                                ? pd_people_flow_new (job->window->document, NULL) : NULL;

  options.flow = flow;
  job->scene = pd_scene_new_with_options (job->window->document, &options);
  if (!pd_pages_plan (job->scene, gtk_print_context_get_width (context),
                      gtk_print_context_get_height (context), job->fit, &job->tiling))
    {
      gtk_print_operation_set_n_pages (operation, 1);
      job->tiling.columns = job->tiling.rows = 0;
      return;
    }
  gtk_print_operation_set_n_pages (operation, pd_pages_count (&job->tiling));
}

/* The tags for the page about to be drawn on @cr: on a PDF, the
 * "Document" is begun on the first page; pages drawn after it ended
 * (copies the backend does not make itself) go untagged. */
static PdPdfTags *
page_tags (Job     *job,
           cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);

  if (job->drawn == 0 && cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF)
    {
      /* The title a viewer shows, as an export's. */
      if (job->scene->title)
        cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE, job->scene->title);
      cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_CREATOR, "Pathway Designer");
      job->tags = pd_pdf_tags_new ();
      pd_pdf_tags_begin (job->tags, cr, "Document");
    }
  return job->tagged ? NULL : job->tags;
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  PdPdfTags *tags;

  /* An empty pathway prints a blank page. */
  if (pd_tiles_count (&job->tiling) == 0)
    return;
  tags = page_tags (job, cr);
  pd_pages_draw_tagged (job->scene, &job->tiling, cr, gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context), (guint) page, tags);
  job->drawn++;
  /* The document ends on the last page printed, before it is shown. */
  if (tags && job->drawn == (guint) gtk_print_operation_get_n_pages_to_print (operation))
    {
      pd_pdf_tags_end (tags, cr);
      job->tagged = TRUE;
    }
}

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         Job               *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *readable = gtk_check_button_new_with_mnemonic (_("_Readable size (tiled)"));
  GtkWidget *fit = gtk_check_button_new_with_mnemonic (_("_Fit to one page"));
  GtkWidget *note = gtk_label_new (_("At a readable size, no text is smaller than 8 pt: a large "
                                     "diagram is printed over several pages that overlap by "
                                     "6 mm, after an overview page."));

  pd_accessible_name_as_shown (readable);
  pd_accessible_name_as_shown (fit);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (fit), GTK_CHECK_BUTTON (readable));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->fit ? fit : readable), TRUE);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 50);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), readable);
  gtk_box_append (GTK_BOX (box), fit);
  gtk_box_append (GTK_BOX (box), note);
  job->fit_button = GTK_CHECK_BUTTON (fit);
  return G_OBJECT (box);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        Job               *job)
{
  job->fit = gtk_check_button_get_active (job->fit_button);
  job->window->print_fit = job->fit;
}

/* The tile a page shows, under "Page 2 of 6" in the preview. */
static char *
page_part (guint    page,
           gpointer data)
{
  Job *job = data;
  guint index;

  if (pd_tiles_count (&job->tiling) < 2)
    return NULL;
  if (page == 0)
    return g_strdup (_("The whole diagram"));
  index = page - 1;
  /* TRANSLATORS: in Print Preview, the part of the diagram a printed page shows */
  return g_strdup_printf (_("Row %u, column %u"), index / job->tiling.columns + 1,
                          index % job->tiling.columns + 1);
}

static void run_operation (PdWindow                *self,
                           GtkPrintOperationAction  action);

/* Print in the preview: the print dialog again, its printer, pages and
 * Diagram tab as chosen before the preview, to print with one press.
 * (Printing straight to the printer chosen waits on the printer list,
 * which without a print server never comes.) */
static void
on_preview_print (PdPrintPreview *preview,
                  Job            *job)
{
  run_operation (job->window, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static gboolean
on_preview (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            Job                      *job)
{
  PdPrintPreview *window = pd_print_preview_new (GTK_WINDOW (job->window), operation, context);

  pd_print_preview_set_part_func (window, page_part, job);
  g_signal_connect (window, "print", G_CALLBACK (on_preview_print), job);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static GtkPrintOperation *
new_operation (PdWindow *self,
               gboolean  fit)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  const char *title = pd_document_get_title (self->document);
  Job *job = g_new0 (Job, 1);

  job->window = g_object_ref (self);
  job->fit = fit;
  gtk_print_operation_set_job_name (operation, title && *title ? title : _("Pathway"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (self->print_settings)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  if (self->page_setup)
    gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  else
    {
      /* Diagrams are wider than tall. */
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
      gtk_print_operation_set_default_page_setup (operation, setup);
    }
  gtk_print_operation_set_custom_tab_label (operation, _("Diagram"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget),
                    job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview), job);
  g_object_set_data_full (G_OBJECT (operation), "pd-job", job, (GDestroyNotify) job_free);
  return operation;
}

/* The PDF at @path, printed with @job, as an export finishes its own: in
 * English, with the figures' alternative texts and its title shown. */
static gboolean
finish_tags (Job         *job,
             const char  *path,
             GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) finished = NULL;
  gsize length;

  if (!job->tagged)
    return TRUE;
  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  pdf = g_bytes_new_take (g_steal_pointer (&data), length);
  finished = pd_pdf_tags_finish (job->tags, pdf, PD_PAINTER_DIAGRAM_LANGUAGE, error);
  return finished && pd_file_replace (path, finished, NULL, NULL, error);
}

gboolean
pd_window_print_to_pdf (PdWindow     *self,
                        const char   *path,
                        GtkPageSetup *setup,
                        gboolean      fit,
                        GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  operation = new_operation (self, fit);
  if (setup)
    gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self),
                               error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  return finish_tags (g_object_get_data (G_OBJECT (operation), "pd-job"), path, error);
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PdWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      /* The next print starts from the printer and paper chosen now. */
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      pd_window_toast (self, error ? error->message : _("The pathway could not be printed"));
    }
  g_object_unref (operation);
}

/* Print with the dialog, or Print Preview. */
static void
run_operation (PdWindow                *self,
               GtkPrintOperationAction  action)
{
  GtkPrintOperation *operation = new_operation (self, self->print_fit);

  gtk_print_operation_set_allow_async (operation, TRUE);
  /* "done" reports errors and lets the operation go. */
  g_signal_connect_object (operation, "done", G_CALLBACK (on_done), self, 0);
  gtk_print_operation_run (operation, action, GTK_WINDOW (self), NULL);
}

static void
print (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  run_operation (PD_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static void
print_preview (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  run_operation (PD_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PREVIEW);
}

void
pd_window_class_init_print (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_preview);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.print-preview", NULL);
}
