/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet drawn: cairo for the page, Pango for the words (kept as
 * text in a PDF), librsvg for the pictograms, the user's own pictures as
 * the pixels they were checked and turned into (pd-picture.c). As PDF,
 * or on any cairo surface (the designer's preview). */
#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "pd-diagnostic.h"
#include "pd-leaflet-private.h"
#include "pd-painter.h"
#include "pd-pictograms.h"
#include "pd-picture.h"

gboolean
pd_leaflet_draw_picture (PdLeaflet  *leaflet,
                         const char *name,
                         cairo_t    *cr,
                         double      x,
                         double      y,
                         double      size)
{
  RsvgRectangle viewport = { x, y, size, size };
  g_autoptr(GBytes) svg = pd_pictograms_get_svg (name);
  PdPicture *own = NULL;
  RsvgHandle *handle;
  gboolean drawn;

  /* A picture of the user's own was read, checked and made pixels when the
   * leaflet was composed; nothing is read from the folder here. */
  if (svg == NULL && leaflet->pictures)
    own = g_hash_table_lookup (leaflet->pictures, name);
  if (own)
    {
      pd_picture_draw (own, cr, x, y, size);
      return TRUE;
    }
  if (svg == NULL)
    return FALSE;
  /* Our own pictograms, from the program: no external references. */
  handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), NULL);
  if (handle == NULL)
    return FALSE;
  drawn = rsvg_handle_render_document (handle, cr, &viewport, NULL);
  g_object_unref (handle);
  return drawn;
}

static void
draw_picture (cairo_t            *cr,
              PdLeaflet          *leaflet,
              const PdLeafletBox *box)
{
  if (!pd_leaflet_draw_picture (leaflet, box->picture, cr, box->rect.x, box->rect.y,
                                box->rect.width))
    pd_leaflet_draw_picture (leaflet, "person", cr, box->rect.x, box->rect.y, box->rect.width);
}

/* @layout's lines each drawn as a text of its own, ending in the space it
 * was broken at. Drawn whole, cairo writes that space as an empty span of
 * actual text, and text extraction (poppler's) ends the paragraph there. */
static void
show_lines (cairo_t            *cr,
            PangoContext       *context,
            const PdLeaflet    *leaflet,
            const PdLeafletBox *box,
            PangoLayout        *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoDirection direction = pango_context_get_base_dir (context);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      g_autoptr(GString) part = g_string_new_len (text + line->start_index, line->length);
      g_autoptr(PangoLayout) single = NULL;
      PangoRectangle logical;
      int width, x;

      g_strchomp (part->str);
      g_string_set_size (part, strlen (part->str));
      if (part->len == 0)
        continue;
      /* A line ends in a space, the last of a paragraph too: its last
       * word and the next one's first are two words. */
      if (!pango_layout_iter_at_last_line (iter))
        g_string_append_c (part, ' ');
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      /* In the direction of its paragraph, not of its own first letter:
       * an Urdu line that starts with an English name stays right to left. */
      pango_context_set_base_dir (context, line->resolved_dir);
      single = pd_leaflet_layout_text (context, leaflet, part->str, box->size, box->bold,
                                       box->rect.width);
      pango_layout_set_auto_dir (single, FALSE);
      pango_layout_set_width (single, -1);
      pango_layout_get_size (single, &width, NULL);
      /* The space hangs past the line's end: its left in a right-to-left
       * line, whose start is its right edge. */
      x = line->resolved_dir == PANGO_DIRECTION_RTL ? logical.x + logical.width - width
                                                    : logical.x;
      cairo_move_to (cr, box->rect.x + (double) x / PANGO_SCALE,
                     box->rect.y + (double) (pango_layout_iter_get_baseline (iter)
                                             - pango_layout_get_baseline (single)) / PANGO_SCALE);
      pango_cairo_show_layout (cr, single);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  pango_context_set_base_dir (context, direction);
}

static void
draw_box (cairo_t            *cr,
          PangoContext       *context,
          const PdLeaflet    *leaflet,
          const PdLeafletBox *box,
          gboolean            tagged)
{
  switch (box->kind)
    {
    case PD_LEAFLET_TEXT:
      {
        g_autoptr(PangoLayout) layout = pd_leaflet_layout_text (context, leaflet, box->text,
                                                                box->size, box->bold,
                                                                box->rect.width);
        /* Black on white (rule 14). */
        cairo_set_source_rgb (cr, 0, 0, 0);
        if (tagged)
          show_lines (cr, context, leaflet, box, layout);
        else
          {
            cairo_move_to (cr, box->rect.x, box->rect.y);
            pango_cairo_show_layout (cr, layout);
          }
      }
      break;
    case PD_LEAFLET_PICTURE:
      draw_picture (cr, (PdLeaflet *) leaflet, box);
      break;
    case PD_LEAFLET_SWATCH:
      cairo_rectangle (cr, box->rect.x, box->rect.y, box->rect.width, box->rect.height);
      cairo_set_source_rgba (cr, box->colour.red, box->colour.green, box->colour.blue, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 0.75);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
set_text_options (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* As the composer measured the words. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
}

static void
draw_page (PdLeaflet        *leaflet,
           guint             index,
           cairo_t          *cr,
           PdLeafletTagging *tagging)
{
  PdLeafletPage *page = g_ptr_array_index (leaflet->pages, index);
  PangoContext *context;

  cairo_save (cr);
  set_text_options (cr);
  context = pango_cairo_create_context (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* After the paper is painted: cairo drops what a page recorded before a
   * paint over all of it, a tag begun there too. */
  if (index == 0)
    pd_pdf_tags_begin (tagging->tags, cr, "Document");
  for (guint b = 0; b < page->boxes->len; b++)
    {
      pd_leaflet_tags_before (tagging, cr, page, b);
      draw_box (cr, context, leaflet, g_ptr_array_index (page->boxes, b), tagging->tags != NULL);
      pd_leaflet_tags_after (tagging, cr);
    }
  if (index + 1 == leaflet->pages->len)
    pd_leaflet_tags_end (tagging, cr);
  g_object_unref (context);
  cairo_restore (cr);
}

void
pd_leaflet_draw_page (PdLeaflet *leaflet,
                      guint      index,
                      cairo_t   *cr)
{
  PdLeafletTagging untagged = { leaflet, NULL, -1, FALSE };

  g_return_if_fail (index < leaflet->pages->len);

  draw_page (leaflet, index, cr, &untagged);
}

/* The pathway's date as the PDF's metadata takes it, when it is one:
 * (transfer full) (nullable). */
static char *
leaflet_date (PdLeaflet *leaflet)
{
  const char *date = leaflet->date;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return NULL;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return NULL;
  return g_strconcat (date, "T00:00:00Z", NULL);
}

GBytes *
pd_leaflet_render_pdf (PdLeaflet  *leaflet,
                       GError    **error)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = pd_painter_pdf_surface_new (out, leaflet->width, leaflet->height,
                                                         leaflet->title);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PdPdfTags) tags = pd_pdf_tags_new ();
  g_autofree char *made = leaflet_date (leaflet);

  /* The same pathway gives the same PDF, made on the day it last changed. */
  if (made)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, made);
  PdLeafletTagging tagging = { leaflet, tags, -1, FALSE };
  g_autoptr(GBytes) pdf = NULL;

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      draw_page (leaflet, p, cr, &tagging);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  pdf = pd_painter_pdf_finish (surface, out, error);
  if (pdf == NULL)
    return NULL;
  /* The figures' words, and the language screen readers speak it in
   * (cairo cannot say either). */
  return pd_pdf_tags_finish (tags, pdf, leaflet->language ? leaflet->language : "en", error);
}
