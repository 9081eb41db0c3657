/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pd-diagnostic.h"
#include "pd-painter-private.h"
#include "pd-pdf-tags-private.h"
#include "pd-png-private.h"
#include "pd-scene-text.h"

/* Groups this far outside what is drawn are still drawn. */
#define CULL_MARGIN 8.0
/* A large PNG is drawn this many rows at a time. */
#define PNG_STRIP_ROWS 256

/* Points per CSS pixel: PDF pages are measured in points. */
#define PT_PER_PX 0.75
#define PAGE_MARGIN_PT 28.0

void
pd_painter_set_text_options (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* As the scene measured text, and as librsvg renders SVG text. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
}

static void
set_colour (cairo_t       *cr,
            const PdColor *colour)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
}

void
pd_painter_trace_path (cairo_t      *cr,
                       const PdPath *path)
{
  cairo_new_path (cr);
  for (guint i = 0; i < path->segments->len; i++)
    {
      const PdPathSegment *s = &g_array_index (path->segments, PdPathSegment, i);

      switch (s->op)
        {
        case PD_PATH_MOVE_TO: cairo_move_to (cr, s->points[0], s->points[1]); break;
        case PD_PATH_LINE_TO: cairo_line_to (cr, s->points[0], s->points[1]); break;
        case PD_PATH_CURVE_TO:
          cairo_curve_to (cr, s->points[0], s->points[1], s->points[2], s->points[3],
                          s->points[4], s->points[5]);
          break;
        case PD_PATH_CLOSE: cairo_close_path (cr); break;
        default: g_assert_not_reached ();
        }
    }
}

static void
draw_path (cairo_t       *cr,
           const PdShape *shape)
{
  pd_painter_trace_path (cr, shape->path);
  if (shape->fill.alpha > 0)
    {
      set_colour (cr, &shape->fill);
      cairo_fill_preserve (cr);
    }
  if (shape->stroke.alpha > 0 && shape->line_width > 0)
    {
      set_colour (cr, &shape->stroke);
      cairo_set_line_width (cr, shape->line_width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      if (shape->dash[0] > 0)
        cairo_set_dash (cr, shape->dash, 2, 0);
      else
        cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke_preserve (cr);
    }
  cairo_new_path (cr);
}

static void
draw_text (cairo_t       *cr,
           PangoLayout   *layout,
           const PdShape *shape,
           gboolean       outlines,
           gboolean       tagged)
{
  PdTextLayouter *layouter = pd_text_layouter_get_default ();
  PangoFontDescription *desc = NULL;

  set_colour (cr, &shape->color);
  if (outlines)
    {
      desc = pango_font_description_new ();
      pango_font_description_set_family (desc, PD_SCENE_FONT_FAMILY);
      pango_font_description_set_absolute_size (desc, shape->font_size * PANGO_SCALE);
      pango_font_description_set_weight (desc, shape->bold ? PANGO_WEIGHT_BOLD
                                                           : PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
    }
  for (guint i = 0; i < shape->lines->len; i++)
    {
      const PdTextLine *line = g_ptr_array_index (shape->lines, i);

      if (outlines)
        {
          pango_layout_set_text (layout, line->text, -1);
          cairo_move_to (cr, line->x,
                         line->y - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
          pango_cairo_layout_path (cr, layout);
          cairo_fill (cr);
        }
      else
        {
          /* In a tagged PDF a line ends in the space it was broken at, or
           * its last word and the next line's first are read as one. */
          g_autofree char *spaced = tagged && i + 1 < shape->lines->len
                                    ? g_strconcat (line->text, " ", NULL) : NULL;
          /* Shaped once per text and size, drawn as often as needed. */
          PangoLayout *shaped = pd_text_layouter_line (layouter, spaced ? spaced : line->text,
                                                       shape->font_size, shape->bold);

          cairo_move_to (cr, line->x,
                         line->y - (double) pango_layout_get_baseline (shaped) / PANGO_SCALE);
          pango_cairo_show_layout (cr, shaped);
        }
    }
}

void
pd_painter_draw (PdScene *scene,
                 cairo_t *cr)
{
  pd_painter_draw_full (scene, cr, FALSE);
}

/* The structure a tagged PDF gives a group's shapes: the title a heading
 * and the rest of its block paragraphs; a step, a transition or a lane
 * with words a section of paragraphs; the key a section with a heading
 * and a list, each item's sample its label and its words its body. */

static gboolean
is_legend_words (const PdGroup *group,
                 guint          s)
{
  const PdShape *shape = g_ptr_array_index (group->shapes, s);
  const PdShape *next = s + 1 < group->shapes->len ? g_ptr_array_index (group->shapes, s + 1)
                                                   : NULL;

  /* An item's words end it; a sample may hold text too (an agency's
   * letter), always before its words. */
  return shape->type == PD_SHAPE_TEXT && (next == NULL || next->type != PD_SHAPE_TEXT);
}

static gboolean
has_text (const PdGroup *group)
{
  for (guint s = 0; s < group->shapes->len; s++)
    if (((PdShape *) g_ptr_array_index (group->shapes, s))->type == PD_SHAPE_TEXT)
      return TRUE;
  return FALSE;
}

static gboolean
is_described (const PdGroup *group)
{
  return group->kind == PD_GROUP_NODE || group->kind == PD_GROUP_EDGE;
}

static void
begin_group (PdPdfTags     *tags,
             cairo_t       *cr,
             const PdGroup *group)
{
  /* A step or a transition says all the SVG's <title> says: a step's kind
   * and agency (its letter alone on the page), a transition's ends. */
  if (is_described (group))
    pd_pdf_tags_begin_described (tags, cr, "Sect", group->title, NULL);
  else if (group->kind != PD_GROUP_TITLE_BLOCK && has_text (group))
    pd_pdf_tags_begin (tags, cr, "Sect");
}

static void
end_group (PdPdfTags     *tags,
           cairo_t       *cr,
           const PdGroup *group)
{
  if (!is_described (group) && (group->kind == PD_GROUP_TITLE_BLOCK || !has_text (group)))
    return;
  while (g_strcmp0 (pd_pdf_tags_current (tags), "Sect") != 0)
    pd_pdf_tags_end (tags, cr);
  pd_pdf_tags_end (tags, cr);
}

static void
begin_shape (PdPdfTags     *tags,
             cairo_t       *cr,
             const PdGroup *group,
             guint          s)
{
  const PdShape *shape = g_ptr_array_index (group->shapes, s);

  if (group->kind == PD_GROUP_LEGEND)
    {
      if (s == 0 && shape->type == PD_SHAPE_TEXT)
        {
          pd_pdf_tags_begin (tags, cr, "H2");
          return;
        }
      /* After the heading or an item's words, the next item begins. */
      if (s == 0 || is_legend_words (group, s - 1))
        {
          if (g_strcmp0 (pd_pdf_tags_current (tags), "Sect") == 0)
            pd_pdf_tags_begin (tags, cr, "L");
          pd_pdf_tags_begin (tags, cr, "LI");
          pd_pdf_tags_begin (tags, cr, "Lbl");
        }
      if (is_legend_words (group, s))
        {
          pd_pdf_tags_end (tags, cr);
          pd_pdf_tags_begin (tags, cr, "LBody");
        }
    }
  else if (shape->type == PD_SHAPE_TEXT)
    pd_pdf_tags_begin (tags, cr, group->kind == PD_GROUP_TITLE_BLOCK && s == 0 ? "H1" : "P");
}

static void
end_shape (PdPdfTags     *tags,
           cairo_t       *cr,
           const PdGroup *group,
           guint          s)
{
  const PdShape *shape = g_ptr_array_index (group->shapes, s);

  if (group->kind == PD_GROUP_LEGEND)
    {
      if (s == 0 && shape->type == PD_SHAPE_TEXT)
        pd_pdf_tags_end (tags, cr);
      else if (is_legend_words (group, s))
        {
          pd_pdf_tags_end (tags, cr);  /* LBody */
          pd_pdf_tags_end (tags, cr);  /* LI */
        }
    }
  else if (shape->type == PD_SHAPE_TEXT)
    pd_pdf_tags_end (tags, cr);
}

/* Whether @group is told where @owned is: where its words start (a page
 * that cuts off their start would tell none of them), else its centre. */
static gboolean
owns (const PdRect  *owned,
      const PdGroup *group)
{
  double x = group->bounds.x + group->bounds.width / 2;
  double y = group->bounds.y + group->bounds.height / 2;

  if (owned == NULL)
    return TRUE;
  for (guint s = 0; s < group->shapes->len; s++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, s);

      if (shape->type == PD_SHAPE_TEXT && shape->lines->len > 0)
        {
          const PdTextLine *line = g_ptr_array_index (shape->lines, 0);

          x = line->x;
          y = line->y;
          break;
        }
    }
  return x >= owned->x && x < owned->x + owned->width && y >= owned->y
         && y < owned->y + owned->height;
}

static void
draw_groups (PdScene      *scene,
             cairo_t      *cr,
             gboolean      text_as_outlines,
             GHashTable   *skip,
             PdPdfTags    *tags,
             const PdRect *owned)
{
  PangoLayout *layout;
  double x1, y1, x2, y2;

  cairo_save (cr);
  pd_painter_set_text_options (cr);
  layout = pango_cairo_create_layout (cr);
  /* Only what can show where @cr draws (a strip of a large PNG, say). */
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  for (guint g = 0; g < scene->groups->len; g++)
    {
      const PdGroup *group = g_ptr_array_index (scene->groups, g);
      const PdRect *b = &group->bounds;
      /* What another page tells is drawn here as outlines, out of the
       * structure: read once, where it is told. */
      PdPdfTags *told = tags && owns (owned, group) ? tags : NULL;
      gboolean outlines = text_as_outlines || (tags && told == NULL);

      if (skip && group->object_id && g_hash_table_contains (skip, group->object_id))
        continue;
      /* Bounds hold a group's shapes; a margin for strokes and glyphs that
       * reach out of them. Groups without bounds are always drawn. */
      if ((b->width > 0 || b->height > 0)
          && (b->x - CULL_MARGIN > x2 || b->x + b->width + CULL_MARGIN < x1
              || b->y - CULL_MARGIN > y2 || b->y + b->height + CULL_MARGIN < y1))
        continue;
      if (told)
        begin_group (told, cr, group);
      for (guint s = 0; s < group->shapes->len; s++)
        {
          const PdShape *shape = g_ptr_array_index (group->shapes, s);

          if (told)
            begin_shape (told, cr, group, s);
          if (shape->type == PD_SHAPE_PATH)
            draw_path (cr, shape);
          else
            draw_text (cr, layout, shape, outlines, told != NULL);
          if (told)
            end_shape (told, cr, group, s);
        }
      if (told)
        end_group (told, cr, group);
    }
  g_object_unref (layout);
  cairo_restore (cr);
}

void
pd_painter_draw_full (PdScene  *scene,
                      cairo_t  *cr,
                      gboolean  text_as_outlines)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  draw_groups (scene, cr, text_as_outlines, NULL, NULL, NULL);
}

void
pd_painter_draw_tagged (PdScene      *scene,
                        cairo_t      *cr,
                        PdPdfTags    *tags,
                        const PdRect *owned)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  draw_groups (scene, cr, FALSE, NULL, tags, owned);
}

void
pd_painter_draw_except (PdScene    *scene,
                        cairo_t    *cr,
                        GHashTable *skip)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  draw_groups (scene, cr, FALSE, skip, NULL, NULL);
}

cairo_status_t
pd_painter_append_bytes (void                *closure,
                         const unsigned char *data,
                         unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
pd_painter_png_bytes (cairo_surface_t *surface)
{
  GByteArray *png = g_byte_array_new ();

  if (cairo_surface_write_to_png_stream (surface, pd_painter_append_bytes, png)
      != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (png);
      return NULL;
    }
  return g_byte_array_free_to_bytes (png);
}

static void
draw_page (PdScene   *scene,
           cairo_t   *cr,
           double     scale,
           double     offset_x,
           double     offset_y,
           gboolean   text_as_outlines,
           PdPdfTags *tags)
{
  cairo_translate (cr, offset_x, offset_y);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -scene->bounds.x, -scene->bounds.y);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, scene->bounds.x, scene->bounds.y, scene->bounds.width,
                   scene->bounds.height);
  cairo_fill (cr);
  draw_groups (scene, cr, text_as_outlines, NULL, tags, NULL);
}

typedef struct {
  PdScene *scene;
  double   scale;
} Strip;

static void
draw_strip (cairo_t  *cr,
            guint     first,
            guint     rows,
            gpointer  data)
{
  Strip *strip = data;

  /* Glyph outlines, as librsvg draws SVG text: the PNG looks like the SVG. */
  draw_page (strip->scene, cr, strip->scale, 0, 0, TRUE, NULL);
}

GBytes *
pd_painter_render_png (PdScene *scene,
                       double   scale,
                       GError **error)
{
  double width = ceil (scene->bounds.width * scale), height = ceil (scene->bounds.height * scale);
  Strip strip;

  if (!(scale > 0) || width < 1 || height < 1 || width > PD_PAINTER_MAX_PIXELS
      || height > PD_PAINTER_MAX_PIXELS)
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE,
                   _("a picture of %.0f × %.0f pixels cannot be made; the largest side is %d "
                     "pixels: choose a smaller scale"), width, height, PD_PAINTER_MAX_PIXELS);
      return NULL;
    }
  strip.scene = scene;
  strip.scale = scale;
  return pd_png_write_strips ((guint) width, (guint) height, PNG_STRIP_ROWS, draw_strip, &strip,
                              error);
}

GBytes *
pd_painter_render_pdf (PdScene    *scene,
                       PdPageSize  page,
                       GError    **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(PdPdfTags) tags = pd_pdf_tags_new ();
  g_autoptr(GBytes) pdf = NULL;
  double page_width, page_height, scale, offset_x, offset_y;
  cairo_surface_t *surface;
  cairo_t *cr;

  switch (page)
    {
    case PD_PAGE_A4:
      page_width = 841.89;
      page_height = 595.28;
      break;
    case PD_PAGE_A3:
      page_width = 1190.55;
      page_height = 841.89;
      break;
    case PD_PAGE_DIAGRAM:
    default:
      page_width = scene->bounds.width * PT_PER_PX;
      page_height = scene->bounds.height * PT_PER_PX;
      break;
    }
  if (page == PD_PAGE_DIAGRAM)
    {
      scale = PT_PER_PX;
      offset_x = offset_y = 0;
    }
  else
    {
      /* Fit and centre; never larger than print size at 100%. */
      scale = MIN ((page_width - 2 * PAGE_MARGIN_PT) / scene->bounds.width,
                   (page_height - 2 * PAGE_MARGIN_PT) / scene->bounds.height);
      scale = MIN (scale, PT_PER_PX);
      offset_x = (page_width - scene->bounds.width * scale) / 2;
      offset_y = (page_height - scene->bounds.height * scale) / 2;
    }
  /* PDF pages cannot be larger than 14,400 pt (200 inches): shrink to fit. */
  if (page == PD_PAGE_DIAGRAM && MAX (page_width, page_height) > 14400)
    {
      scale *= 14400 / MAX (page_width, page_height);
      page_width = scene->bounds.width * scale;
      page_height = scene->bounds.height * scale;
    }

  surface = pd_painter_pdf_surface_new (bytes, page_width, page_height, scene->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, scene->description);
  cr = cairo_create (surface);
  if (page != PD_PAGE_DIAGRAM)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  /* Text stays text in a PDF: it can be found, copied and read aloud, in
   * the structure the tags give it. */
  pd_pdf_tags_begin (tags, cr, "Document");
  draw_page (scene, cr, scale, offset_x, offset_y, FALSE, tags);
  pd_pdf_tags_end (tags, cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  pdf = pd_painter_pdf_finish (surface, g_steal_pointer (&bytes), error);
  return pdf ? pd_pdf_tags_finish (tags, pdf, PD_PAINTER_DIAGRAM_LANGUAGE, error) : NULL;
}

cairo_surface_t *
pd_painter_pdf_surface_new (GByteArray *out,
                            double      width,
                            double      height,
                            const char *title)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (pd_painter_append_bytes, out,
                                                                  width, height);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Pathway Designer");
  return surface;
}

GBytes *
pd_painter_pdf_finish (cairo_surface_t *surface,
                       GByteArray      *out,
                       GError         **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("cannot make the PDF: %s"),
                   cairo_status_to_string (status));
      g_byte_array_unref (out);
      return NULL;
    }
  return g_byte_array_free_to_bytes (out);
}
