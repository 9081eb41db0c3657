/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pd-diagnostic.h"
#include "pd-pages.h"
#include "pd-painter-private.h"
#include "pd-pdf-tags.h"

#define MARGIN_PT 28.0
#define LABEL_FONT_PT 8.0
#define MARK_PT 12.0

gboolean
pd_pages_plan (PdScene  *scene,
               double    width,
               double    height,
               gboolean  fit,
               PdTiling *tiling)
{
  g_return_val_if_fail (scene != NULL, FALSE);

  return pd_tiles_plan (&scene->bounds, pd_tiles_smallest_text (scene), width,
                        height - PD_PAGES_LABEL_PT, PD_TILES_MIN_TEXT_PT, fit, tiling);
}

guint
pd_pages_count (const PdTiling *tiling)
{
  guint tiles = pd_tiles_count (tiling);

  return tiles > 1 ? tiles + 1 : 1;
}

static void
draw_label (cairo_t    *cr,
            const char *text,
            double      width,
            double      height)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PD_SCENE_FONT_FAMILY);
  int text_height;

  pango_font_description_set_absolute_size (font, LABEL_FONT_PT * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_get_size (layout, NULL, &text_height);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_move_to (cr, 0, height - (double) text_height / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* The diagram's part @area at @scale, its top left corner at @x, @y; in a
 * tagged PDF, what is in @owned tagged and the rest drawn out of the
 * structure. */
static void
draw_area (PdScene      *scene,
           cairo_t      *cr,
           const PdRect *area,
           double        scale,
           double        x,
           double        y,
           double        width,
           double        height,
           PdPdfTags    *tags,
           const PdRect *owned)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -area->x, -area->y);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, scene->bounds.x, scene->bounds.y, scene->bounds.width,
                   scene->bounds.height);
  cairo_fill (cr);
  pd_painter_set_text_options (cr);
  /* Text stays text in a PDF: it can be found, copied and read aloud. */
  pd_painter_draw_tagged (scene, cr, tags, owned);
  cairo_restore (cr);
}

static void
draw_overview (PdScene        *scene,
               const PdTiling *tiling,
               cairo_t        *cr,
               double          width,
               double          height,
               PdPdfTags      *tags)
{
  double area_height = height - PD_PAGES_LABEL_PT;
  double scale = MIN (width / scene->bounds.width, area_height / scene->bounds.height);
  double x = (width - scene->bounds.width * scale) / 2;
  double y = (area_height - scene->bounds.height * scale) / 2;
  guint tiles = pd_tiles_count (tiling);

  /* A picture of the whole, its words told on the pages after it. */
  pd_pdf_tags_begin_figure (tags, cr, scene->description && *scene->description
                                      ? scene->description : scene->title, NULL);
  draw_area (scene, cr, &scene->bounds, scale, x, y, scene->bounds.width * scale,
             scene->bounds.height * scale, tags, &(PdRect) { 0, 0, 0, 0 });
  /* The grid, each cell numbered with the page that prints it. */
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < tiles; i++)
    {
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string (
        PD_SCENE_FONT_FAMILY " Bold");
      g_autofree char *number = g_strdup_printf ("%u", i + 2);
      PdRect area;
      double cx, cy, cw, ch;
      int tw, th;

      pd_tiles_get_area (tiling, i, &area);
      cx = x + (area.x - scene->bounds.x) * scale;
      cy = y + (area.y - scene->bounds.y) * scale;
      cw = MIN (tiling->step_width, scene->bounds.x + scene->bounds.width - area.x) * scale;
      ch = MIN (tiling->step_height, scene->bounds.y + scene->bounds.height - area.y) * scale;
      cairo_set_source_rgba (cr, 0.1, 0.3, 0.7, 0.9);
      cairo_rectangle (cr, cx, cy, cw, ch);
      cairo_stroke (cr);
      pango_font_description_set_absolute_size (font, MAX (LABEL_FONT_PT,
                                                           MIN (cw, ch) / 4) * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, number, -1);
      pango_layout_get_size (layout, &tw, &th);
      cairo_set_source_rgba (cr, 0.1, 0.3, 0.7, 0.5);
      cairo_move_to (cr, cx + (cw - (double) tw / PANGO_SCALE) / 2,
                     cy + (ch - (double) th / PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
  pd_pdf_tags_end (tags, cr);
}

static void
corner_mark (cairo_t *cr,
             double   x,
             double   y,
             double   dx,
             double   dy)
{
  cairo_move_to (cr, x + dx * MARK_PT, y);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x, y + dy * MARK_PT);
}

/* The part of the diagram tile @index tells in a tagged PDF: its share of
 * the grid the overview draws, the outer tiles' reaching out for ever. */
static void
tile_cell (const PdTiling *tiling,
           guint           index,
           PdRect         *cell)
{
  guint row = index / tiling->columns, column = index % tiling->columns;
  double far = 1e9;   /* beyond any diagram, small enough to add to */
  PdRect area;

  pd_tiles_get_area (tiling, index, &area);
  cell->x = column == 0 ? -far : area.x;
  cell->y = row == 0 ? -far : area.y;
  cell->width = (column + 1 == tiling->columns ? far : area.x + tiling->step_width) - cell->x;
  cell->height = (row + 1 == tiling->rows ? far : area.y + tiling->step_height) - cell->y;
}

static void
draw_tile (PdScene        *scene,
           const PdTiling *tiling,
           cairo_t        *cr,
           double          width,
           double          height,
           guint           index,
           PdPdfTags      *tags)
{
  double area_height = height - PD_PAGES_LABEL_PT;
  double overlap = tiling->overlap * tiling->scale;
  guint row = index / tiling->columns, column = index % tiling->columns;
  static const double dash[] = { 3.0, 3.0 };
  PdRect area, cell;
  double w, h;

  pd_tiles_get_area (tiling, index, &area);
  tile_cell (tiling, index, &cell);
  w = MIN (area.width, scene->bounds.x + scene->bounds.width - area.x) * tiling->scale;
  h = MIN (area.height, scene->bounds.y + scene->bounds.height - area.y) * tiling->scale;
  draw_area (scene, cr, &area, tiling->scale, 0, 0, MIN (w, width), MIN (h, area_height), tags,
             &cell);
  if (pd_tiles_count (tiling) == 1)
    return;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.5);
  /* Where this tile's neighbours begin: trim along these to tape up. */
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  if (column > 0)
    {
      cairo_move_to (cr, overlap, 0);
      cairo_line_to (cr, overlap, h);
    }
  if (column + 1 < tiling->columns)
    {
      cairo_move_to (cr, w - overlap, 0);
      cairo_line_to (cr, w - overlap, h);
    }
  if (row > 0)
    {
      cairo_move_to (cr, 0, overlap);
      cairo_line_to (cr, w, overlap);
    }
  if (row + 1 < tiling->rows)
    {
      cairo_move_to (cr, 0, h - overlap);
      cairo_line_to (cr, w, h - overlap);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 1.0);
  corner_mark (cr, 0, 0, 1, 1);
  corner_mark (cr, w, 0, -1, 1);
  corner_mark (cr, 0, h, 1, -1);
  corner_mark (cr, w, h, -1, -1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_page (PdScene        *scene,
           const PdTiling *tiling,
           cairo_t        *cr,
           double          width,
           double          height,
           guint           page,
           PdPdfTags      *tags)
{
  guint pages = pd_pages_count (tiling);
  g_autofree char *label = NULL;

  if (pages == 1)
    {
      draw_tile (scene, tiling, cr, width, height, 0, tags);
      return;
    }
  if (page == 0)
    {
      draw_overview (scene, tiling, cr, width, height, tags);
      /* TRANSLATORS: the first printed page: the whole diagram, the pages after it drawn on it */
      label = g_strdup_printf (_("%u of %u, the whole diagram; pages 2 to %u print it at a "
                                 "readable size"), 1, pages, pages);
    }
  else
    {
      guint index = page - 1;

      draw_tile (scene, tiling, cr, width, height, index, tags);
      /* TRANSLATORS: page 2 of 7, the first row of tiles, the second column */
      label = g_strdup_printf (_("%u of %u, row %u column %u"), page + 1, pages,
                               index / tiling->columns + 1, index % tiling->columns + 1);
    }
  if (scene->title && *scene->title)
    {
      g_autofree char *with_title = g_strdup_printf ("%s — %s", scene->title, label);

      g_free (label);
      label = g_steal_pointer (&with_title);
    }
  pd_pdf_tags_begin (tags, cr, "P");
  draw_label (cr, label, width, height);
  pd_pdf_tags_end (tags, cr);
}

void
pd_pages_draw (PdScene        *scene,
               const PdTiling *tiling,
               cairo_t        *cr,
               double          width,
               double          height,
               guint           page)
{
  g_return_if_fail (page < pd_pages_count (tiling));

  draw_page (scene, tiling, cr, width, height, page, NULL);
}

void
pd_pages_draw_tagged (PdScene        *scene,
                      const PdTiling *tiling,
                      cairo_t        *cr,
                      double          width,
                      double          height,
                      guint           page,
                      PdPdfTags      *tags)
{
  g_return_if_fail (page < pd_pages_count (tiling));

  draw_page (scene, tiling, cr, width, height, page, tags);
}

GBytes *
pd_pages_render_pdf (PdScene  *scene,
                     double    page_width,
                     double    page_height,
                     gboolean  fit,
                     GError  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(PdPdfTags) tags = pd_pdf_tags_new ();
  g_autoptr(GBytes) pdf = NULL;
  double width = page_width - 2 * MARGIN_PT, height = page_height - 2 * MARGIN_PT;
  PdTiling tiling;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint pages;

  g_return_val_if_fail (scene != NULL, NULL);

  if (!pd_pages_plan (scene, width, height, fit, &tiling))
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("the diagram is empty"));
      return NULL;
    }
  pages = pd_pages_count (&tiling);
  surface = pd_painter_pdf_surface_new (bytes, page_width, page_height, scene->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, scene->description);
  cr = cairo_create (surface);
  for (guint page = 0; page < pages; page++)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      /* After the paper is painted: cairo drops what a page recorded
       * before a paint over all of it, a tag begun there too. */
      if (page == 0)
        pd_pdf_tags_begin (tags, cr, "Document");
      if (pages == 1)
        {
          /* One page: centred, as before tiling. */
          cairo_translate (cr, (page_width - scene->bounds.width * tiling.scale) / 2,
                           (page_height - scene->bounds.height * tiling.scale) / 2);
          width = scene->bounds.width * tiling.scale;
          height = scene->bounds.height * tiling.scale + PD_PAGES_LABEL_PT;
        }
      else
        cairo_translate (cr, MARGIN_PT, MARGIN_PT);
      draw_page (scene, &tiling, cr, width, height, page, tags);
      cairo_restore (cr);
      /* The document ends on its last page, before that is shown. */
      if (page + 1 == pages)
        pd_pdf_tags_end (tags, cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  pdf = pd_painter_pdf_finish (surface, g_steal_pointer (&bytes), error);
  return pdf ? pd_pdf_tags_finish (tags, pdf, PD_PAINTER_DIAGRAM_LANGUAGE, error) : NULL;
}
