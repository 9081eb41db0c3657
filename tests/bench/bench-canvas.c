/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The designer's canvas redrawing a 2,000- and a 5,000-step pathway in a
 * 1280 × 800 view, at 100% and zoomed to fit, side by side in one run with
 * bare cairo drawing the same number of rounded boxes with their titles
 * (Pango) on a surface of the same size. Frames are rendered offscreen
 * with GSK's cairo renderer, as under GSK_RENDERER=cairo. Also: opening
 * the 5,000-step file to the first frame, and a frame after a step moved
 * (the scene rebuilt). Run under xvfb-run. Prints medians; read the
 * ratios, shared machines are noisy. */
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pd-canvas-private.h"
#include "pd-file.h"
#include "pd-generate.h"
#include "pd-node.h"
#include "pd-xml-writer.h"

#define WIDTH 1280
#define HEIGHT 800
#define FRAMES 15

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static void
settle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* One frame of @widget, snapshot and rendered; milliseconds. */
static double
render_frame (GtkWidget   *widget,
              GskRenderer *renderer)
{
  gint64 start = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GdkTexture *texture;

  /* The widget's own snapshot function, as a frame calls it. */
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert (node != NULL);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
  g_object_unref (texture);
  gsk_render_node_unref (node);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The same number of boxes and titles, drawn with cairo and Pango alone,
 * with the view's transformation; milliseconds. */
static double
bare_cairo_frame (PdDocument *document,
                  double      zoom,
                  double      origin_x,
                  double      origin_y)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 12px");
  GListModel *nodes = pd_document_get_nodes (document);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, 140 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -origin_x, -origin_y);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      double x = pd_node_get_x (node), y = pd_node_get_y (node);
      double w = pd_node_get_width (node), h = pd_node_get_height (node), r = 8;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
      cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0, 0.37, 0.72);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0.2, 0.4);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, x + 10, y + 10);
      pango_layout_set_text (layout, pd_node_get_title (node), -1);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_surface_flush (surface);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench (guint n_nodes)
{
  g_autoptr(PdDocument) generated = pd_generate_pathway (n_nodes, 1, 5);
  g_autoptr(GBytes) bytes = pd_xml_write (generated);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "bench-canvas.pathway", NULL);
  g_autoptr(PdDocument) document = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  GtkWidget *window, *scroller, *canvas;
  gint64 start;
  double first, ours[2], bare[2], edited, dragged;
  const char *names[] = { "100%", "fit" };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));

  /* Open: load, scene, first frame. */
  start = g_get_monotonic_time ();
  document = pd_file_load (path, NULL, NULL, NULL);
  g_assert_nonnull (document);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  scroller = gtk_scrolled_window_new ();
  canvas = pd_canvas_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), canvas);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  pd_canvas_set_document (PD_CANVAS (canvas), document);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  render_frame (canvas, renderer);
  first = (g_get_monotonic_time () - start) / 1000.0;

  for (int z = 0; z < 2; z++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
      double x0, y0;

      if (z == 1)
        pd_canvas_zoom_to_fit (PD_CANVAS (canvas));
      settle ();
      render_frame (canvas, renderer);   /* warm: the diagram is cached */
      pd_canvas_get_center (PD_CANVAS (canvas), &x0, &y0);
      for (int i = 0; i < FRAMES; i++)
        {
          /* Interleaved, so that both meet the same machine. */
          double t = render_frame (canvas, renderer);
          double b = bare_cairo_frame (document, pd_canvas_get_zoom (PD_CANVAS (canvas)),
                                       x0 - WIDTH / 2.0 / pd_canvas_get_zoom (PD_CANVAS (canvas)),
                                       y0 - HEIGHT / 2.0 / pd_canvas_get_zoom (PD_CANVAS (canvas)));
          g_array_append_val (times, t);
          g_array_append_val (bare_times, b);
        }
      ours[z] = median (times);
      bare[z] = median (bare_times);
    }

  /* A step moved: the scene is built again before the frame. */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(PdNode) node = g_list_model_get_item (pd_document_get_nodes (document), 1);

    for (int i = 0; i < 5; i++)
      {
        double t;

        start = g_get_monotonic_time ();
        pd_document_set (document, node, "x", pd_node_get_x (node) + 10, NULL);
        settle ();
        render_frame (canvas, renderer);
        t = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (times, t);
      }
    edited = median (times);
  }

  /* A step dragged: the rest is drawn once, the step and its transitions
   * at each frame. */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(PdNode) node = g_list_model_get_item (pd_document_get_nodes (document), 1);
    g_autoptr(GHashTable) moving = g_hash_table_new (g_str_hash, g_str_equal);

    g_hash_table_add (moving, (gpointer) pd_node_get_id (node));
    pd_canvas_set_moving (PD_CANVAS (canvas), moving);
    render_frame (canvas, renderer);
    for (int i = 0; i < FRAMES; i++)
      {
        double t;

        start = g_get_monotonic_time ();
        pd_document_set (document, node, "x", pd_node_get_x (node) + 10, NULL);
        settle ();
        render_frame (canvas, renderer);
        t = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (times, t);
      }
    pd_canvas_set_moving (PD_CANVAS (canvas), NULL);
    dragged = median (times);
  }

  g_print ("== %u steps, view %d × %d, median of %d frames\n", n_nodes, WIDTH, HEIGHT, FRAMES);
  for (int z = 0; z < 2; z++)
    g_print ("  %-5s canvas %7.1f ms   bare cairo %7.1f ms   ratio %.2f×\n", names[z], ours[z],
             bare[z], ours[z] / bare[z]);
  g_print ("  after a step moved (scene rebuilt): %.1f ms\n", edited);
  g_print ("  while a step is dragged: %.1f ms a frame\n", dragged);
  g_print ("  open the file to the first frame: %.0f ms\n", first);

  gtk_window_destroy (GTK_WINDOW (window));
  gsk_renderer_unrealize (renderer);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gtk_init_check ())
    {
      g_printerr ("bench-canvas needs a display: run it under xvfb-run\n");
      return 1;
    }
  for (int i = 1; i < argc; i++)
    bench ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  if (argc < 2)
    {
      bench (2000);
      bench (5000);
    }
  return 0;
}
