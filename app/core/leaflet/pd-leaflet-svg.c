/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A leaflet page as SVG for the web: the words as <text>, a line each where
 * the PDF breaks them, in the fonts the leaflet is set in; each picture an
 * <image> in a group named by what it shows; the page's language on its
 * root. */
#include <string.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <pango/pangocairo.h>

#include "pd-diagnostic.h"
#include "pd-leaflet-private.h"
#include "pd-painter.h"
#include "pd-pictograms.h"
#include "pd-scene-text.h"
#include "pd-xml-util.h"

#define SVG_NS "http://www.w3.org/2000/svg"
#define XLINK_NS "http://www.w3.org/1999/xlink"
/* Pixels a point of a picture that is not a pictogram: 216 dots an inch. */
#define PICTURE_DENSITY 3.0

static void
number_attribute (xmlTextWriter *w,
                  const char    *name,
                  double         value)
{
  g_autofree char *text = pd_xml_format_number (value);

  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST text);
}

static void
attribute (xmlTextWriter *w,
           const char    *name,
           const char    *value)
{
  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST value);
}

/* @id after the page's prefix. */
static void
id_attribute (xmlTextWriter *w,
              const char    *name,
              const char    *prefix,
              const char    *id)
{
  g_autofree char *full = g_strconcat (prefix, id, NULL);

  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST full);
}

/* A fontconfig family list as CSS says it: "Noto Nastaliq Urdu",
 * "Liberation Sans", sans-serif. */
static char *
css_font_family (const char *families)
{
  g_auto(GStrv) names = g_strsplit (families, ",", -1);
  GString *css = g_string_new (NULL);

  for (guint i = 0; names[i]; i++)
    {
      const char *name = g_strstrip (names[i]);

      if (*name == '\0')
        continue;
      if (css->len > 0)
        g_string_append (css, ", ");
      if (g_str_equal (name, "sans-serif") || g_str_equal (name, "serif"))
        g_string_append (css, name);
      else
        g_string_append_printf (css, "'%s'", name);
    }
  return g_string_free (css, FALSE);
}

static PangoContext *
measuring_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics, as the leaflet was composed. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/* The box's words, a <tspan> a line at the line's start: its left, or its
 * right in a right-to-left line. */
static void
write_text (xmlTextWriter      *w,
            PangoContext       *context,
            const PdLeaflet    *leaflet,
            const PdLeafletBox *box)
{
  g_autoptr(PangoLayout) layout = pd_leaflet_layout_text (context, leaflet, box->text, box->size,
                                                          box->bold, box->rect.width);
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoDirection first = PANGO_DIRECTION_LTR;

  xmlTextWriterStartElement (w, BAD_CAST "text");
  if (box->heading > 0)
    {
      attribute (w, "role", "heading");
      attribute (w, "aria-level", box->heading == 1 ? "1" : "2");
    }
  number_attribute (w, "font-size", box->size);
  if (box->bold)
    attribute (w, "font-weight", "bold");
  /* Black on white (rule 14). */
  attribute (w, "fill", "#000000");
  if (pango_layout_get_line_count (layout) > 0)
    first = pango_layout_get_line_readonly (layout, 0)->resolved_dir;
  if (first == PANGO_DIRECTION_RTL)
    attribute (w, "direction", "rtl");
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      g_autoptr(GString) part = g_string_new_len (text + line->start_index, line->length);
      g_autofree char *clean = NULL;
      PangoRectangle logical;
      double x;

      g_strchomp (part->str);
      g_string_set_size (part, strlen (part->str));
      if (part->len == 0)
        continue;
      /* A line ends in a space: its last word and the next one's first
       * are two words to whoever reads the text. */
      if (!pango_layout_iter_at_last_line (iter))
        g_string_append_c (part, ' ');
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      x = line->resolved_dir == PANGO_DIRECTION_RTL ? logical.x + logical.width : logical.x;
      xmlTextWriterStartElement (w, BAD_CAST "tspan");
      number_attribute (w, "x", box->rect.x + x / PANGO_SCALE);
      number_attribute (w, "y", box->rect.y + (double) pango_layout_iter_get_baseline (iter)
                                              / PANGO_SCALE);
      /* A line the other way from the box's first: its own direction. */
      if (line->resolved_dir != first)
        attribute (w, "direction", line->resolved_dir == PANGO_DIRECTION_RTL ? "rtl" : "ltr");
      clean = pd_text_clean (part->str);
      xmlTextWriterWriteString (w, BAD_CAST clean);
      xmlTextWriterEndElement (w);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  xmlTextWriterEndElement (w);
}

/* @name as a data: address: a pictogram as its own SVG (ours, with no
 * external references), anything else as the pixels the PDF draws. */
static char *
picture_href (PdLeaflet  *leaflet,
              const char *name,
              double      size)
{
  g_autoptr(GBytes) svg = pd_pictograms_get_svg (name);
  g_autoptr(GBytes) png = NULL;
  g_autofree char *base64 = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int pixels;

  if (svg)
    {
      base64 = g_base64_encode (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
      return g_strconcat ("data:image/svg+xml;base64,", base64, NULL);
    }
  pixels = (int) CLAMP (size * PICTURE_DENSITY, 1, 4096);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cr = cairo_create (surface);
  if (!pd_leaflet_draw_picture (leaflet, name, cr, 0, 0, pixels))
    pd_leaflet_draw_picture (leaflet, "person", cr, 0, 0, pixels);
  cairo_destroy (cr);
  png = pd_painter_png_bytes (surface);
  cairo_surface_destroy (surface);
  if (png == NULL)
    return NULL;
  base64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  return g_strconcat ("data:image/png;base64,", base64, NULL);
}

/* A picture is an image named by what it shows, as the PDF's figure is. */
static void
write_picture (xmlTextWriter      *w,
               PdLeaflet          *leaflet,
               const PdLeafletBox *box,
               const char         *prefix,
               guint               number)
{
  const char *name = box->picture;
  g_autofree char *href = NULL;
  g_autofree char *title_id = g_strdup_printf ("picture-%u", number);
  const char *lang = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *clean = NULL;

  if (!pd_pictograms_has (name) && (leaflet->pictures == NULL
                                    || !g_hash_table_contains (leaflet->pictures, name)))
    name = "person";
  href = picture_href (leaflet, name, box->rect.width);
  alt = pd_leaflet_picture_alt (leaflet, name, &lang);
  /* An own picture's file name says it: made plain text as the words are. */
  clean = pd_text_clean (alt);
  xmlTextWriterStartElement (w, BAD_CAST "g");
  attribute (w, "role", "img");
  id_attribute (w, "aria-labelledby", prefix, title_id);
  xmlTextWriterStartElement (w, BAD_CAST "title");
  id_attribute (w, "id", prefix, title_id);
  /* A pictogram's description is English in a leaflet in another language. */
  if (lang)
    {
      attribute (w, "lang", lang);
      attribute (w, "xml:lang", lang);
    }
  xmlTextWriterWriteString (w, BAD_CAST clean);
  xmlTextWriterEndElement (w);
  if (href)
    {
      xmlTextWriterStartElement (w, BAD_CAST "image");
      number_attribute (w, "x", box->rect.x);
      number_attribute (w, "y", box->rect.y);
      number_attribute (w, "width", box->rect.width);
      number_attribute (w, "height", box->rect.height);
      attribute (w, "xlink:href", href);
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
}

static void
write_swatch (xmlTextWriter      *w,
              const PdLeafletBox *box)
{
  g_autofree char *fill = pd_color_to_hex (&box->colour);

  xmlTextWriterStartElement (w, BAD_CAST "rect");
  /* The agency's name beside it says whose colour it is. */
  attribute (w, "aria-hidden", "true");
  number_attribute (w, "x", box->rect.x);
  number_attribute (w, "y", box->rect.y);
  number_attribute (w, "width", box->rect.width);
  number_attribute (w, "height", box->rect.height);
  attribute (w, "fill", fill);
  attribute (w, "stroke", "#000000");
  attribute (w, "stroke-width", "0.75");
  xmlTextWriterEndElement (w);
}

static void
write_page (xmlTextWriter *w,
            PdLeaflet     *leaflet,
            guint          index,
            const char    *prefix)
{
  PdLeafletPage *page = g_ptr_array_index (leaflet->pages, index);
  const char *lang = leaflet->language ? leaflet->language : "en";
  g_autofree char *fonts = css_font_family (leaflet->font_family ? leaflet->font_family
                                                                 : PD_LEAFLET_FONT_FAMILY);
  g_autofree char *width = pd_xml_format_number (leaflet->width);
  g_autofree char *height = pd_xml_format_number (leaflet->height);
  g_autofree char *width_pt = g_strconcat (width, "pt", NULL);
  g_autofree char *height_pt = g_strconcat (height, "pt", NULL);
  g_autofree char *view_box = g_strdup_printf ("0 0 %s %s", width, height);
  g_autofree char *title = pd_text_clean (leaflet->title);
  PangoContext *context = measuring_context ();
  guint pictures = 0;

  xmlTextWriterStartElement (w, BAD_CAST "svg");
  attribute (w, "xmlns", SVG_NS);
  attribute (w, "xmlns:xlink", XLINK_NS);
  attribute (w, "version", "1.1");
  attribute (w, "lang", lang);
  attribute (w, "xml:lang", lang);
  attribute (w, "width", width_pt);
  attribute (w, "height", height_pt);
  attribute (w, "viewBox", view_box);
  attribute (w, "role", "graphics-document");
  id_attribute (w, "aria-labelledby", prefix, "leaflet-title");
  attribute (w, "font-family", fonts);
  /* Unhinted, as the lines were measured: hinted, they grow or shrink. */
  attribute (w, "text-rendering", "geometricPrecision");
  xmlTextWriterStartElement (w, BAD_CAST "title");
  id_attribute (w, "id", prefix, "leaflet-title");
  xmlTextWriterWriteString (w, BAD_CAST title);
  xmlTextWriterEndElement (w);

  xmlTextWriterStartElement (w, BAD_CAST "rect");
  attribute (w, "aria-hidden", "true");
  attribute (w, "width", width);
  attribute (w, "height", height);
  attribute (w, "fill", "#ffffff");
  xmlTextWriterEndElement (w);
  for (guint b = 0; b < page->boxes->len; b++)
    {
      const PdLeafletBox *box = g_ptr_array_index (page->boxes, b);

      switch (box->kind)
        {
        case PD_LEAFLET_TEXT:
          write_text (w, context, leaflet, box);
          break;
        case PD_LEAFLET_PICTURE:
          write_picture (w, leaflet, box, prefix, ++pictures);
          break;
        case PD_LEAFLET_SWATCH:
          write_swatch (w, box);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  xmlTextWriterEndElement (w);
  g_object_unref (context);
}

GBytes *
pd_leaflet_render_svg_page (PdLeaflet  *leaflet,
                            guint       index,
                            GError    **error)
{
  return pd_leaflet_render_svg_page_with_options (leaflet, index, NULL, error);
}

GBytes *
pd_leaflet_render_svg_page_with_options (PdLeaflet                 *leaflet,
                                         guint                      index,
                                         const PdLeafletSvgOptions *options,
                                         GError                   **error)
{
  PdLeafletSvgOptions defaults = PD_LEAFLET_SVG_OPTIONS_DEFAULT;
  g_autofree char *prefix = NULL;
  xmlBuffer *buffer;
  xmlTextWriter *w;
  xmlChar *content;
  int length;
  GBytes *bytes;

  g_return_val_if_fail (leaflet != NULL, NULL);
  g_return_val_if_fail (index < leaflet->pages->len, NULL);

  if (options == NULL)
    options = &defaults;
  /* Every page of a leaflet has a title of the same id: the page's number
   * keeps them apart on one web page. */
  if (options->id_prefix && *options->id_prefix)
    prefix = g_strdup_printf ("%spage-%u-", options->id_prefix, index + 1);
  else
    prefix = g_strdup ("");
  buffer = xmlBufferCreate ();
  w = xmlNewTextWriterMemory (buffer, 0);
  /* No indenting: spaces between the lines of a <text> would be words'. */
  if (!options->inline_svg)
    xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  write_page (w, leaflet, index, prefix);
  if (xmlTextWriterEndDocument (w) < 0)
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("cannot make the SVG"));
      xmlFreeTextWriter (w);
      xmlBufferFree (buffer);
      return NULL;
    }
  xmlFreeTextWriter (w);
  length = xmlBufferLength (buffer);
  content = xmlBufferDetach (buffer);
  bytes = g_bytes_new_with_free_func (content, (gsize) length, (GDestroyNotify) xmlFree, content);
  xmlBufferFree (buffer);
  return bytes;
}
