/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: what a file reaches after loading. A pathway is tidied,
 * exported as SVG and made into an easy-read leaflet (ODT, one SVG page)
 * whose steps may name pictures beside it. An input may carry a picture of
 * its own after a line "--picture--": it is written beside the pathway as
 * picture.svg, picture.png and picture.jpg, which its steps may name, so
 * the picture reader is fuzzed from the same input. Built with libFuzzer by
 * `make fuzz`; replayed over tests/fuzz/corpus-export by `make test`. */
#define _GNU_SOURCE   /* memmem */
#include <stdint.h>
#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "pd-diagnostic.h"
#include "pd-export.h"
#include "pd-layout.h"
#include "pd-leaflet.h"
#include "pd-xml-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define PICTURE_MARK "\n--picture--\n"

static char *folder;

/* A folder of pictures every input's pathway may name: a PNG, an SVG and
 * the picture the input brings. */
static const char *
picture_folder (void)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  static const char svg_text[] =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">"
    "<circle cx=\"20\" cy=\"20\" r=\"15\" fill=\"#1d70b8\"/></svg>";

  if (folder)
    return folder;
  folder = g_dir_make_tmp ("pathway-fuzz-XXXXXX", NULL);
  g_assert (folder != NULL);
  png = g_build_filename (folder, "photo.png", NULL);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 48, 32);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.1, 0.5, 0.3);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert (cairo_surface_write_to_png (surface, png) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  svg = g_build_filename (folder, "drawing.svg", NULL);
  g_assert (g_file_set_contents (svg, svg_text, -1, NULL));
  return folder;
}

static void
write_picture (const char *dir,
               const char *data,
               gsize       size)
{
  static const char *const names[] = { "picture.svg", "picture.png", "picture.jpg" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      if (data)
        g_assert (g_file_set_contents (path, data, size, NULL));
      else
        g_unlink (path);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *dir = picture_folder ();
  const char *text = (const char *) data;
  const char *mark = memmem (text, size, PICTURE_MARK, strlen (PICTURE_MARK));
  gsize pathway_size = mark ? (gsize) (mark - text) : size;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) odt = NULL;
  g_autoptr(GBytes) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = g_build_filename (dir, "fuzz.pathway", NULL);
  PdLayoutOptions layout = PD_LAYOUT_OPTIONS_DEFAULT;
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  PdExportOptions export = PD_EXPORT_OPTIONS_DEFAULT;

  if (mark)
    {
      const char *picture = mark + strlen (PICTURE_MARK);
      write_picture (dir, picture, size - (gsize) (picture - text));
    }
  else
    write_picture (dir, NULL, 0);

  doc = pd_xml_read (text, pathway_size, file_name, diagnostics);
  if (doc == NULL)
    return 0;

  pd_layout_apply (doc, &layout);
  svg = pd_export_render (doc, PD_EXPORT_SVG, &export, &error);
  g_assert (svg != NULL || error != NULL);
  g_clear_error (&error);

  leaflet = pd_leaflet_compose (doc, &options, file_name);
  g_assert (leaflet != NULL && leaflet->pages->len > 0);
  odt = pd_leaflet_render_odt (leaflet, &error);
  g_assert (odt != NULL || error != NULL);
  g_clear_error (&error);
  /* The steps' page, where the pictures are. */
  page = pd_leaflet_render_svg_page (leaflet, MIN (1, leaflet->pages->len - 1), &error);
  g_assert (page != NULL || error != NULL);
  return 0;
}
