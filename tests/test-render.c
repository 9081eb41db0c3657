/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SVG export rendered by librsvg looks like the cairo painter's PNG:
 * what the web shows is what was drawn. */
#include <math.h>
#include <string.h>
#include <librsvg/rsvg.h>

#include "pd-layout.h"
#include "pd-painter.h"
#include "pd-scene.h"
#include "pd-svg-writer.h"
#include "test-common.h"

/* A pixel "differs" when a channel is off by more than this (of 255):
 * anti-aliasing of the same edge stays under it. */
#define CHANNEL_TOLERANCE 96
#define MAX_DIFFERING_FRACTION 0.005

static const guint8 *
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  return cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface)
         + 4 * x;
}

static cairo_surface_t *
new_white_surface (int width,
                   int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

/* Paints @scene with cairo and renders @svg_scene's SVG with librsvg, and
 * returns the fraction of 2 × 2 blocks that differ. */
static double
difference (PdScene    *scene,
            PdScene    *svg_scene,
            const char *name)
{
  g_autoptr(GBytes) svg = pd_svg_write (svg_scene);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = NULL;
  int width = (int) ceil (scene->bounds.width), height = (int) ceil (scene->bounds.height);
  cairo_surface_t *painted = new_white_surface (width, height);
  cairo_surface_t *rendered = new_white_surface (width, height);
  RsvgRectangle viewport = { 0, 0, scene->bounds.width, scene->bounds.height };
  cairo_t *cr;
  guint64 differing = 0, total_diff = 0;
  double fraction;

  cr = cairo_create (painted);
  cairo_translate (cr, -scene->bounds.x, -scene->bounds.y);
  pd_painter_draw_full (scene, cr, TRUE);
  cairo_destroy (cr);

  handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg),
                                      &error);
  g_assert_no_error (error);
  cr = cairo_create (rendered);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);

  cairo_surface_flush (painted);
  cairo_surface_flush (rendered);
  /* Compared in 2 × 2 blocks: glyphs placed a fraction of a pixel apart
   * differ pixel by pixel, but not in what a reader sees. */
  for (int y = 0; y + 1 < height; y += 2)
    for (int x = 0; x + 1 < width; x += 2)
      {
        int worst = 0;

        for (int c = 0; c < 4; c++)
          {
            int sum_a = 0, sum_b = 0, d;

            for (int dy = 0; dy < 2; dy++)
              for (int dx = 0; dx < 2; dx++)
                {
                  sum_a += pixel (painted, x + dx, y + dy)[c];
                  sum_b += pixel (rendered, x + dx, y + dy)[c];
                }
            d = abs (sum_a - sum_b) / 4;
            total_diff += d;
            worst = MAX (worst, d);
          }
        if (worst > CHANNEL_TOLERANCE)
          differing++;
      }
  fraction = (double) differing / ((width / 2.0) * (height / 2.0));
  g_test_message ("%d × %d: %" G_GUINT64_FORMAT " blocks differ (%.3f%%), mean channel "
                  "difference %.3f", width, height, differing, fraction * 100,
                  (double) total_diff / (width * height));
  if (fraction > MAX_DIFFERING_FRACTION && name)
    {
      g_autofree char *a = g_strdup_printf ("%s-painted.png", name);
      g_autofree char *b = g_strdup_printf ("%s-librsvg.png", name);
      cairo_surface_write_to_png (painted, a);
      cairo_surface_write_to_png (rendered, b);
      g_test_message ("see %s and %s", a, b);
    }
  g_object_unref (handle);
  cairo_surface_destroy (painted);
  cairo_surface_destroy (rendered);
  return fraction;
}

static void
compare (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
  g_autofree char *base = g_path_get_basename (data);

  g_assert_cmpfloat (difference (scene, scene, base), <=, MAX_DIFFERING_FRACTION);
}

/* The comparison sees a real difference: one step missing from the SVG. */
static void
test_detects_difference (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdDocument) changed = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdNode) node = g_list_model_get_item (pd_document_get_nodes (changed), 0);
  g_autoptr(PdScene) scene = NULL;
  g_autoptr(PdScene) other = NULL;

  pd_document_set (changed, node, "title", "Something else entirely", "availability",
                   PD_AVAILABILITY_NOT_OFFERED, NULL);
  scene = pd_scene_new_from_document (doc);
  other = pd_scene_new_from_document (changed);
  g_assert_cmpfloat (difference (scene, other, NULL), >, MAX_DIFFERING_FRACTION);
}

typedef struct {
  const guint8 *data;
  gsize         left;
} Reading;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reading *r = closure;

  if (length > r->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, r->data, length);
  r->data += length;
  r->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

/* The PNG export, drawn a strip at a time, holds the same pixels as the
 * scene painted whole: nothing lost or doubled where strips meet, no group
 * left out by culling. */
static void
compare_png_strips (PdScene    *scene,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = pd_painter_render_png (scene, 1.0, &error);
  int width = (int) ceil (scene->bounds.width), height = (int) ceil (scene->bounds.height);
  cairo_surface_t *painted = new_white_surface (width, height);
  cairo_surface_t *read;
  Reading reading;
  guint differing = 0;
  cairo_t *cr;

  g_assert_no_error (error);
  reading.data = g_bytes_get_data (png, &reading.left);
  read = cairo_image_surface_create_from_png_stream (read_bytes, &reading);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (read), ==, height);
  /* Several strips. */
  g_assert_cmpint (height, >, 512);

  cr = cairo_create (painted);
  cairo_translate (cr, -scene->bounds.x, -scene->bounds.y);
  pd_painter_draw_full (scene, cr, TRUE);
  cairo_destroy (cr);
  cairo_surface_flush (painted);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int c = 0; c < 3; c++)
        if (abs (pixel (painted, x, y)[c] - pixel (read, x, y)[c]) > 2)
          {
            differing++;
            break;
          }
  g_test_message ("%s: %d × %d, %u pixels differ", name, width, height, differing);
  g_assert_cmpuint (differing, <=, (guint) (width * height / 10000));
  cairo_surface_destroy (painted);
  cairo_surface_destroy (read);
}

static void
test_png_strips (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdScene) scene = NULL;

  /* Tidied: lanes and routes as well. */
  pd_layout_apply (doc, NULL);
  pd_document_set (doc, G_OBJECT (doc), "routing", PD_ROUTING_ORTHOGONAL, NULL);
  scene = pd_scene_new_from_document (doc);
  compare_png_strips (scene, data);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/render/svg-like-png", compare);
  g_test_add_func ("/render/detects-difference", test_detects_difference);
  test_add_per_example ("/render/png-strips", test_png_strips);
  return g_test_run ();
}
