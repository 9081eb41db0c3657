/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Print Preview: the printed pages drawn by the print operation itself
 * (GtkPrintOperationPreview), so what is shown is what prints, without
 * an outside previewer that may not be installed. */
#include <math.h>
#include <glib/gi18n.h>

#include "pd-print-preview.h"

/* A page is drawn this many pixels along its longer side, then scaled
 * to the window. */
#define PAGE_PIXELS 1600

struct _PdPrintPreview
{
  AdwWindow parent_instance;

  GtkPrintOperation *operation;
  GtkPrintContext *context;
  GArray *pages;              /* the page numbers that print, in order */
  guint index;                /* into pages */
  gboolean ended;
  PdPrintPreviewPartFunc part_func;
  gpointer part_data;

  AdwWindowTitle *title;
  GtkAspectFrame *frame;
  GtkPicture *picture;
  GdkTexture *texture;
  char *label;
  char *part;
};

G_DEFINE_FINAL_TYPE (PdPrintPreview, pd_print_preview, ADW_TYPE_WINDOW)

enum {
  PRINT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The print context measures through a cairo context: one at 72 dpi
 * until pages are drawn, so that lengths in points come out as points. */
static void
set_surface (PdPrintPreview  *self,
             cairo_surface_t *surface,
             double           dpi)
{
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (self->context, cr, dpi, dpi);
  cairo_destroy (cr);
}

static GdkTexture *
render_page (PdPrintPreview *self,
             int             page)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (self->context);
  double width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  double height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  double scale = PAGE_PIXELS / MAX (width, height);
  int pixel_width = (int) ceil (width * scale);
  int pixel_height = (int) ceil (height * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width,
                                                         pixel_height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  /* Paper is white. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  set_surface (self, surface, 72.0 * scale);
  gtk_print_operation_preview_render_page (GTK_PRINT_OPERATION_PREVIEW (self->operation), page);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * pixel_height);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  gtk_aspect_frame_set_ratio (self->frame, (float) (width / height));
  cairo_surface_destroy (surface);
  return texture;
}

static void
update_actions (PdPrintPreview *self)
{
  guint n = self->pages->len;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", n && self->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.first", n && self->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->index + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.last", self->index + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", n > 0 && !self->ended);
}

static void
show_page (PdPrintPreview *self,
           guint           index)
{
  int page = g_array_index (self->pages, int, index);
  guint n_pages = pd_print_preview_get_n_pages (self);

  self->index = index;
  g_clear_object (&self->texture);
  self->texture = render_page (self, page);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (self->texture));
  g_free (self->label);
  /* TRANSLATORS: in Print Preview, the page shown and how many print */
  self->label = g_strdup_printf (_("Page %u of %u"), (guint) page + 1, n_pages);
  g_clear_pointer (&self->part, g_free);
  if (self->part_func)
    self->part = self->part_func ((guint) page, self->part_data);
  adw_window_title_set_title (self->title, self->label);
  adw_window_title_set_subtitle (self->title, self->part ? self->part : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label, -1);
  update_actions (self);
}

/* The operation has laid out its pages: the first that prints is shown. */
static void
on_ready (GtkPrintOperationPreview *preview,
          GtkPrintContext          *context,
          PdPrintPreview           *self)
{
  int n_pages = 0;

  g_object_get (self->operation, "n-pages", &n_pages, NULL);
  g_array_set_size (self->pages, 0);
  for (int page = 0; page < n_pages; page++)
    if (gtk_print_operation_preview_is_selected (preview, page))
      g_array_append_val (self->pages, page);
  /* A range that names no page previews them all. */
  if (self->pages->len == 0)
    for (int page = 0; page < n_pages; page++)
      g_array_append_val (self->pages, page);
  if (self->pages->len > 0)
    show_page (self, 0);
  else
    update_actions (self);
}

static void
end_preview (PdPrintPreview *self)
{
  if (self->ended)
    return;
  self->ended = TRUE;
  gtk_print_operation_preview_end_preview (GTK_PRINT_OPERATION_PREVIEW (self->operation));
}

static void
go (GtkWidget  *widget,
    const char *action,
    GVariant   *parameter)
{
  PdPrintPreview *self = PD_PRINT_PREVIEW (widget);
  guint last;

  if (self->pages->len == 0)
    return;
  last = self->pages->len - 1;
  if (g_str_equal (action, "preview.previous") && self->index > 0)
    show_page (self, self->index - 1);
  else if (g_str_equal (action, "preview.next") && self->index < last)
    show_page (self, self->index + 1);
  else if (g_str_equal (action, "preview.first"))
    show_page (self, 0);
  else if (g_str_equal (action, "preview.last"))
    show_page (self, last);
}

static void
print (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  PdPrintPreview *self = PD_PRINT_PREVIEW (widget);

  end_preview (self);
  g_signal_emit (self, signals[PRINT], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
pd_print_preview_close_request (GtkWindow *window)
{
  end_preview (PD_PRINT_PREVIEW (window));
  return GTK_WINDOW_CLASS (pd_print_preview_parent_class)->close_request (window);
}

static void
pd_print_preview_dispose (GObject *object)
{
  PdPrintPreview *self = PD_PRINT_PREVIEW (object);

  if (self->operation)
    {
      end_preview (self);
      g_signal_handlers_disconnect_by_data (self->operation, self);
    }
  g_clear_object (&self->operation);
  g_clear_object (&self->context);
  g_clear_object (&self->texture);
  G_OBJECT_CLASS (pd_print_preview_parent_class)->dispose (object);
}

static void
pd_print_preview_finalize (GObject *object)
{
  PdPrintPreview *self = PD_PRINT_PREVIEW (object);

  g_array_unref (self->pages);
  g_free (self->label);
  g_free (self->part);
  G_OBJECT_CLASS (pd_print_preview_parent_class)->finalize (object);
}

/* Page keys and arrows turn pages, whichever button has the focus: the
 * window's own arrow keys would only move the focus. */
static void
add_page_keys (PdPrintPreview *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Page_Up, "preview.previous" },
    { GDK_KEY_KP_Page_Up, "preview.previous" },
    { GDK_KEY_Left, "preview.previous" },
    { GDK_KEY_Page_Down, "preview.next" },
    { GDK_KEY_KP_Page_Down, "preview.next" },
    { GDK_KEY_Right, "preview.next" },
    { GDK_KEY_Home, "preview.first" },
    { GDK_KEY_KP_Home, "preview.first" },
    { GDK_KEY_End, "preview.last" },
    { GDK_KEY_KP_End, "preview.last" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key,
                                                                                    0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
pd_print_preview_class_init (PdPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_print_preview_dispose;
  object_class->finalize = pd_print_preview_finalize;
  window_class->close_request = pd_print_preview_close_request;
  signals[PRINT] = g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, go);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, go);
  gtk_widget_class_install_action (widget_class, "preview.first", NULL, go);
  gtk_widget_class_install_action (widget_class, "preview.last", NULL, go);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPrintPreview, title);
  gtk_widget_class_bind_template_child (widget_class, PdPrintPreview, frame);
  gtk_widget_class_bind_template_child (widget_class, PdPrintPreview, picture);
}

static void
pd_print_preview_init (PdPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = g_array_new (FALSE, FALSE, sizeof (int));
  add_page_keys (self);
  update_actions (self);
}

PdPrintPreview *
pd_print_preview_new (GtkWindow         *parent,
                      GtkPrintOperation *operation,
                      GtkPrintContext   *context)
{
  PdPrintPreview *self;
  cairo_surface_t *surface;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), NULL);
  g_return_val_if_fail (GTK_IS_PRINT_CONTEXT (context), NULL);

  self = g_object_new (PD_TYPE_PRINT_PREVIEW, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->operation = g_object_ref (operation);
  self->context = g_object_ref (context);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  set_surface (self, surface, 72.0);
  cairo_surface_destroy (surface);
  g_signal_connect (operation, "ready", G_CALLBACK (on_ready), self);
  return self;
}

void
pd_print_preview_set_part_func (PdPrintPreview         *self,
                                PdPrintPreviewPartFunc  func,
                                gpointer                user_data)
{
  g_return_if_fail (PD_IS_PRINT_PREVIEW (self));

  self->part_func = func;
  self->part_data = user_data;
}

guint
pd_print_preview_get_page (PdPrintPreview *self)
{
  g_return_val_if_fail (PD_IS_PRINT_PREVIEW (self), 0);

  return self->pages->len ? (guint) g_array_index (self->pages, int, self->index) : 0;
}

guint
pd_print_preview_get_n_pages (PdPrintPreview *self)
{
  int n_pages = 0;

  g_return_val_if_fail (PD_IS_PRINT_PREVIEW (self), 0);

  if (self->pages->len == 0)
    return 0;
  g_object_get (self->operation, "n-pages", &n_pages, NULL);
  return (guint) MAX (n_pages, 0);
}

GdkTexture *
pd_print_preview_get_texture (PdPrintPreview *self)
{
  g_return_val_if_fail (PD_IS_PRINT_PREVIEW (self), NULL);

  return self->texture;
}

const char *
pd_print_preview_get_label (PdPrintPreview *self)
{
  g_return_val_if_fail (PD_IS_PRINT_PREVIEW (self), NULL);

  return self->label;
}

const char *
pd_print_preview_get_part (PdPrintPreview *self)
{
  g_return_val_if_fail (PD_IS_PRINT_PREVIEW (self), NULL);

  return self->part;
}
