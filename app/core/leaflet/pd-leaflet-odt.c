/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet as an OpenDocument text that communications staff can
 * polish in LibreOffice: the same words, pictures and rules as the PDF, a
 * picture and its words side by side in a two-column table, styles named
 * for what they are, in a package made by pd-zip. */
#include <math.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-language.h"
#include "pd-leaflet-flow-private.h"
#include "pd-leaflet-private.h"
#include "pd-painter.h"
#include "pd-pictograms.h"
#include "pd-xml-util.h"
#include "pd-zip-private.h"

#define MIMETYPE "application/vnd.oasis.opendocument.text"
#define PICTURE_PIXELS 300
#define PT_PER_CM (72 / 2.54)

/* Picture @name as a PNG, for word processors that draw SVG poorly. */
static GBytes *
picture_png (PdLeaflet  *leaflet,
             const char *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PICTURE_PIXELS,
                                                         PICTURE_PIXELS);
  cairo_t *cr = cairo_create (surface);
  GBytes *png;

  if (!pd_leaflet_draw_picture (leaflet, name, cr, 0, 0, PICTURE_PIXELS))
    pd_leaflet_draw_picture (leaflet, "person", cr, 0, 0, PICTURE_PIXELS);
  cairo_destroy (cr);
  png = pd_painter_png_bytes (surface);
  cairo_surface_destroy (surface);
  return png ? png : g_bytes_new (NULL, 0);
}

static void
append_text (GString    *out,
             const char *text)
{
  pd_xml_append_escaped (out, text, FALSE);
}

static void
paragraph (GString    *out,
           const char *style,
           const char *text)
{
  g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
  append_text (out, text);
  g_string_append (out, "</text:p>");
}

/* The first sentence of @text: its words up to the first full stop,
 * question or exclamation mark followed by a space (Urdu's "۔" too). */
static char *
first_sentence (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if ((c == '.' || c == '?' || c == '!' || c == 0x06D4) && *next == ' ')
        return g_strndup (text, next - text);
    }
  return g_strdup (text);
}

/* A picture in the text, with its alternative text: what it shows, and
 * for its description the first sentence of the words it stands beside
 * (@words), which says what it is there for; the cover's (@words NULL)
 * stands under the title. Not the words whole: a screen reader would
 * read them twice. */
static void
frame (GString            *out,
       PdLeaflet          *leaflet,
       guint               number,
       const PdLeafletBox *picture,
       const char         *words)
{
  g_autofree char *cm = pd_xml_format_number (picture->rect.width / PT_PER_CM);
  const char *lang = NULL;
  g_autofree char *alt = pd_leaflet_picture_alt (leaflet, picture->picture, &lang);
  g_autofree char *sentence = first_sentence (words ? words : leaflet->title);

  g_string_append_printf (out, "<draw:frame draw:name=\"Picture %u\" "
                          "text:anchor-type=\"as-char\" svg:width=\"%scm\" "
                          "svg:height=\"%scm\"><draw:image xlink:href=\"Pictures/%u.png\" "
                          "xlink:type=\"simple\" xlink:show=\"embed\" "
                          "xlink:actuate=\"onLoad\"/><svg:title>",
                          number, cm, cm, number);
  append_text (out, alt);
  g_string_append (out, "</svg:title><svg:desc>");
  append_text (out, sentence);
  g_string_append (out, "</svg:desc></draw:frame>");
}

/* What a row holds: its picture and swatch if any, the words that
 * describe the picture, and whether it goes on over a page. */
typedef struct {
  PdLeafletBox *picture;
  PdLeafletBox *swatch;
  const char   *words;
  gboolean      split;
} RowParts;

static RowParts
row_parts (GPtrArray *row)
{
  RowParts parts = { NULL, NULL, NULL, FALSE };
  const char *lead = NULL;

  /* Where a step goes on over a page, its picture and "(continued)" are
   * drawn again; the document flows its own pages, so it says them once. */
  for (guint i = row->len; i > 0; i--)
    if (((PdLeafletBox *) g_ptr_array_index (row, i - 1))->repeat)
      g_ptr_array_remove_index (row, i - 1);
  for (guint i = 0; i < row->len; i++)
    {
      PdLeafletBox *box = g_ptr_array_index (row, i);
      parts.split |= box->continued;
      /* The step's own words, not a heading over them ("Or you might
       * have this:"), unless it has none. */
      if (box->kind == PD_LEAFLET_TEXT && lead == NULL)
        lead = box->text;
      if (box->kind == PD_LEAFLET_TEXT && parts.words == NULL && !box->bold)
        parts.words = box->text;
      if (box->kind == PD_LEAFLET_PICTURE)
        parts.picture = box;
      else if (box->kind == PD_LEAFLET_SWATCH)
        parts.swatch = box;
    }
  if (parts.words == NULL)
    parts.words = lead;
  return parts;
}

/* A row without a picture: a paragraph for each text, a swatch opening
 * the paragraph of the text after it. */
static void
write_text_row (GString   *out,
                GPtrArray *row,
                gboolean   swatch,
                double     heading_size)
{
  for (guint i = 0; i < row->len; i++)
    {
      PdLeafletBox *box = g_ptr_array_index (row, i);

      if (box->kind == PD_LEAFLET_SWATCH)
        {
          g_autofree char *hex = pd_color_to_hex (&box->colour);
          g_string_append_printf (out, "<text:p text:style-name=\"Body\">"
                                  "<text:span text:style-name=\"Swatch%s\">\u2588\u2588"
                                  "</text:span> ", hex + 1);
          continue;
        }
      if (box->kind != PD_LEAFLET_TEXT)
        continue;
      if (swatch)
        {
          append_text (out, box->text);
          g_string_append (out, "</text:p>");
          swatch = FALSE;
          continue;
        }
      /* A term of "Words to know" stays on the page of its meaning. */
      if (box->keep_with_next)
        {
          paragraph (out, "Term", box->text);
          continue;
        }
      paragraph (out, box->body ? (box->bold ? "Lead" : "Body")
                                : !box->bold ? "Small"
                                : box->size > heading_size ? "Title" : "Heading", box->text);
    }
}

/* The words cell of a step's row.  A swatch opens the paragraph its
 * agency's name closes; words cut at a page's foot go on in the same
 * paragraph. */
static void
write_words_cell (GString   *out,
                  GPtrArray *row)
{
  PdLeafletBox *swatch = NULL;
  gboolean continued = FALSE;

  for (guint i = 0; i < row->len; i++)
    {
      PdLeafletBox *box = g_ptr_array_index (row, i);

      if (box->kind == PD_LEAFLET_SWATCH)
        {
          g_autofree char *hex = pd_color_to_hex (&box->colour);
          g_string_append_printf (out, "<text:p text:style-name=\"Body\"><text:span "
                                  "text:style-name=\"Swatch%s\">\u2588</text:span> ", hex + 1);
          swatch = box;
        }
      else if (box->kind == PD_LEAFLET_TEXT && swatch)
        {
          append_text (out, box->text);
          g_string_append (out, "</text:p>");
          swatch = NULL;
        }
      else if (box->kind == PD_LEAFLET_TEXT && continued)
        {
          g_string_append_c (out, ' ');
          append_text (out, box->text);
          continued = box->continued;
          if (!continued)
            g_string_append (out, "</text:p>");
        }
      else if (box->kind == PD_LEAFLET_TEXT && box->continued)
        {
          g_string_append (out, "<text:p text:style-name=\"Body\">");
          append_text (out, box->text);
          continued = TRUE;
        }
      else if (box->kind == PD_LEAFLET_TEXT)
        paragraph (out, box->bold ? "Lead" : "Body", box->text);
    }
  if (continued)
    g_string_append (out, "</text:p>");
}

/* The boxes of one row: a picture and words become a table row; words
 * alone a paragraph; a colour swatch a coloured cell before the name. */
static void
write_row (GString     *out,
           PdLeaflet   *leaflet,
           GPtrArray   *row,
           GHashTable  *pictures,
           double       heading_size)
{
  RowParts parts = row_parts (row);
  guint number;

  if (parts.picture == NULL)
    {
      write_text_row (out, row, parts.swatch != NULL, heading_size);
      return;
    }
  /* Pictures are numbered in the package: a user's file name may hold
   * anything. */
  if (!g_hash_table_contains (pictures, parts.picture->picture))
    g_hash_table_insert (pictures, parts.picture->picture,
                         GUINT_TO_POINTER (g_hash_table_size (pictures) + 1));
  number = GPOINTER_TO_UINT (g_hash_table_lookup (pictures, parts.picture->picture));
  /* A picture alone (the cover's) stands in a paragraph of its own: in the
   * table's picture column, sized for a step's, LibreOffice would clip it. */
  if (row->len == 1)
    {
      g_string_append (out, "<text:p text:style-name=\"Picture\">");
      frame (out, leaflet, number, parts.picture, parts.words);
      g_string_append (out, "</text:p>");
      return;
    }
  /* Another way is indented a level (Row1), a way off that two (Row2). */
  g_string_append_printf (out, "<table:table table:style-name=\"Row%s\"><table:table-column "
                          "table:style-name=\"PictureColumn\"/><table:table-column "
                          "table:style-name=\"WordsColumn\"/><table:table-row "
                          "table:style-name=\"%s\">",
                          parts.picture->level == 0 ? "" : parts.picture->level == 1 ? "1" : "2",
                          parts.split ? "LongRow" : "KeepRow");
  g_string_append (out, "<table:table-cell office:value-type=\"string\"><text:p "
                        "text:style-name=\"Picture\">");
  frame (out, leaflet, number, parts.picture, parts.words);
  g_string_append (out, "</text:p></table:table-cell><table:table-cell "
                        "office:value-type=\"string\">");
  write_words_cell (out, row);
  g_string_append (out, "</table:table-cell></table:table-row></table:table>");
}

/* Character styles giving each agency's colour to its swatch. */
static void
write_swatch_styles (GString   *out,
                     PdLeaflet *leaflet)
{
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, i);
          char *hex;

          if (box->kind != PD_LEAFLET_SWATCH)
            continue;
          hex = pd_color_to_hex (&box->colour);
          if (!g_hash_table_add (done, hex))
            continue;
          g_string_append_printf (out, "<style:style style:name=\"Swatch%s\" "
                                  "style:family=\"text\"><style:text-properties "
                                  "fo:color=\"%s\"/></style:style>", hex + 1, hex);
        }
    }
}

static char *
content_xml (PdLeaflet  *leaflet,
             GHashTable *pictures)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  double side = leaflet->options.font_size * 5;
  double words = leaflet->width - 2 * leaflet->margin - side - leaflet->options.font_size;
  g_autofree char *picture_cm = pd_xml_format_number ((side + leaflet->options.font_size)
                                                      / PT_PER_CM);
  g_autofree char *words_cm = pd_xml_format_number (words / PT_PER_CM);

  g_string_append (out, "<office:document-content "
                   "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                   "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                   "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                   "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                   "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                   "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                   "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                   "office:version=\"1.3\"><office:automatic-styles>");
  g_string_append_printf (out, "<style:style style:name=\"PictureColumn\" "
                          "style:family=\"table-column\"><style:table-column-properties "
                          "style:column-width=\"%scm\"/></style:style>"
                          "<style:style style:name=\"WordsColumn\" style:family=\"table-column\">"
                          "<style:table-column-properties style:column-width=\"%scm\"/>"
                          "</style:style>", picture_cm, words_cm);
  /* A step's row never splits across pages, unless it is longer than a
   * page; other ways indented a level each. */
  for (guint level = 0; level <= 2; level++)
    {
      g_autofree char *indent = pd_xml_format_number (level * pd_leaflet_level_indent (leaflet)
                                                      / PT_PER_CM);

      g_string_append_printf (out, "<style:style style:name=\"Row%s\" style:family=\"table\">"
                              "<style:table-properties table:align=\"margins\" "
                              "fo:margin-%s=\"%scm\" fo:keep-with-next=\"auto\" "
                              "style:may-break-between-rows=\"false\" fo:margin-bottom=\"0.4cm\" "
                              "style:writing-mode=\"%s\"/></style:style>",
                              level == 0 ? "" : level == 1 ? "1" : "2",
                              leaflet->right_to_left ? "right" : "left", indent,
                              leaflet->right_to_left ? "rl-tb" : "lr-tb");
    }
  g_string_append (out, "<style:style style:name=\"KeepRow\" style:family=\"table-row\">"
                        "<style:table-row-properties fo:keep-together=\"always\"/></style:style>"
                        "<style:style style:name=\"LongRow\" style:family=\"table-row\">"
                        "<style:table-row-properties fo:keep-together=\"auto\"/></style:style>"
                        "<style:style style:name=\"Term\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Lead\"><style:paragraph-properties "
                        "fo:keep-with-next=\"always\"/></style:style>");
  write_swatch_styles (out, leaflet);
  g_string_append (out, "</office:automatic-styles><office:body><office:text>");
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);
      g_autoptr(GPtrArray) row = g_ptr_array_new ();
      int current = -1;

      for (guint i = 0; i <= page->boxes->len; i++)
        {
          PdLeafletBox *box = i < page->boxes->len ? g_ptr_array_index (page->boxes, i) : NULL;

          if (box == NULL || box->row != current)
            {
              if (row->len)
                write_row (out, leaflet, row, pictures, leaflet->options.font_size * 1.3);
              g_ptr_array_set_size (row, 0);
              current = box ? box->row : -1;
            }
          if (box)
            g_ptr_array_add (row, box);
        }
    }
  g_string_append (out, "</office:text></office:body></office:document-content>\n");
  return g_string_free (out, FALSE);
}

/* The text properties of a style at @size points: the same size, weight
 * and language for all three kinds of script word processors tell apart
 * (western, Asian, complex: Arabic, the Indic scripts), each in a font
 * that has its letters. Without the Asian and complex ones LibreOffice
 * shows Urdu or Gujarati at its default 12 pt. */
static void
append_text_properties (GString         *out,
                        const PdLeaflet *leaflet,
                        const char      *size,
                        const char      *weight)
{
  g_autofree char *primary = g_strdup (leaflet->language ? leaflet->language : "en");
  char *hyphen = strchr (primary, '-');
  const char *script_font = leaflet->language ? "Language" : "Liberation Sans";

  if (hyphen)
    *hyphen = '\0';
  g_string_append (out, "<style:text-properties");
  if (size)
    g_string_append_printf (out, " fo:font-size=\"%spt\" style:font-size-asian=\"%spt\" "
                            "style:font-size-complex=\"%spt\"", size, size, size);
  if (weight)
    g_string_append_printf (out, " fo:font-weight=\"%s\" style:font-weight-asian=\"%s\" "
                            "style:font-weight-complex=\"%s\"", weight, weight, weight);
  if (size && weight == NULL)
    g_string_append_printf (out, " style:font-name=\"Liberation Sans\" "
                            "style:font-name-asian=\"%s\" style:font-name-complex=\"%s\" "
                            "fo:language=\"%s\" fo:country=\"none\" "
                            "style:language-asian=\"%s\" style:country-asian=\"none\" "
                            "style:language-complex=\"%s\" style:country-complex=\"none\" "
                            "fo:hyphenate=\"false\" fo:color=\"#000000\"", script_font,
                            script_font, primary, primary, primary);
  g_string_append (out, "/>");
}

/* The font of the leaflet's language, by the name the styles call it. */
static void
append_language_font (GString         *out,
                      const PdLeaflet *leaflet)
{
  const PdLanguageInfo *info = pd_language_info (leaflet->language);
  g_autofree char *family = NULL;
  char *comma;

  if (leaflet->language == NULL || info == NULL)
    return;
  family = g_strdup (info->font_families);
  if ((comma = strchr (family, ',')) != NULL)
    *comma = '\0';
  g_string_append_printf (out, "<style:font-face style:name=\"Language\" "
                          "svg:font-family=\"'%s'\"/>", family);
}

/* The document's language, for every paragraph and picture, so that a
 * screen reader and the spelling checker know it: in each kind of script's
 * properties (an Arabic-script language is "complex"). */
static void
append_default_style (GString         *out,
                      const PdLeaflet *leaflet)
{
  const char *tag = leaflet->language ? leaflet->language : "en-GB";
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);
  const char *country = "none";

  /* "pa-Arab-PK": the language, then a region of two letters if any. */
  for (guint i = 1; parts[i]; i++)
    if (strlen (parts[i]) == 2 && g_ascii_isalpha (parts[i][0]))
      country = parts[i];
  g_string_append_printf (out, "<style:default-style style:family=\"paragraph\">"
                          "<style:text-properties fo:language=\"%s\" fo:country=\"%s\" "
                          "style:language-asian=\"%s\" style:country-asian=\"%s\" "
                          "style:language-complex=\"%s\" style:country-complex=\"%s\"/>"
                          "</style:default-style>", parts[0], country, parts[0], country,
                          parts[0], country);
}

static char *
styles_xml (PdLeaflet *leaflet)
{
  const char *mode = leaflet->right_to_left ? "rl-tb" : "lr-tb";
  /* LibreOffice reads "start" as left whatever the writing mode. */
  const char *align = leaflet->right_to_left ? "right" : "start";
  double size = leaflet->options.font_size;
  g_autofree char *body = pd_xml_format_number (size);
  g_autofree char *heading = pd_xml_format_number (size * 1.3);
  g_autofree char *title = pd_xml_format_number (size * 1.75);
  g_autofree char *margin = pd_xml_format_number (leaflet->margin / PT_PER_CM);
  gboolean a5 = leaflet->options.paper == PD_LEAFLET_A5;
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out, "<office:document-styles "
                   "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                   "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                   "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                   "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                   "office:version=\"1.3\"><office:font-face-decls><style:font-face "
                   "style:name=\"Liberation Sans\" svg:font-family=\"'Liberation Sans'\" "
                   "style:font-family-generic=\"swiss\"/>");
  append_language_font (out, leaflet);
  g_string_append (out, "</office:font-face-decls><office:styles>");
  append_default_style (out, leaflet);
  /* Rules 1–4 and 8 of EASYREAD.md, as styles staff keep when they edit;
   * in the leaflet's language and its direction. Lines as far apart as
   * the PDF's: 150% of Latin type's height, less of taller type's. */
  g_string_append_printf (out, "<style:style style:name=\"Body\" style:family=\"paragraph\">"
                          "<style:paragraph-properties fo:line-height=\"%d%%\" "
                          "fo:text-align=\"%s\" fo:margin-bottom=\"0.2cm\" "
                          "style:writing-mode=\"%s\"/>",
                          (int) round (leaflet->line_spacing * 100), align, mode);
  append_text_properties (out, leaflet, body, NULL);
  g_string_append (out, "</style:style><style:style style:name=\"Lead\" "
                        "style:family=\"paragraph\" style:parent-style-name=\"Body\">");
  append_text_properties (out, leaflet, body, "bold");
  g_string_append (out, "</style:style><style:style style:name=\"Heading\" "
                        "style:family=\"paragraph\" style:parent-style-name=\"Body\">"
                        "<style:paragraph-properties fo:keep-with-next=\"always\" "
                        "fo:margin-top=\"0.4cm\"/>");
  append_text_properties (out, leaflet, heading, "bold");
  g_string_append (out, "</style:style><style:style style:name=\"Title\" "
                        "style:family=\"paragraph\" style:parent-style-name=\"Heading\">"
                        "<style:paragraph-properties fo:margin-top=\"0cm\" "
                        "fo:line-height=\"130%\"/>");
  append_text_properties (out, leaflet, title, NULL);
  g_string_append (out, "</style:style><style:style style:name=\"Small\" "
                        "style:family=\"paragraph\" style:parent-style-name=\"Body\">");
  append_text_properties (out, leaflet, "10", NULL);
  g_string_append_printf (out, "</style:style><style:style style:name=\"Picture\" "
                          "style:family=\"paragraph\"><style:paragraph-properties "
                          "fo:text-align=\"%s\" style:writing-mode=\"%s\"/></style:style>"
                          "</office:styles><office:automatic-styles>", align, mode);
  g_string_append_printf (out, "<style:page-layout style:name=\"Page\"><style:page-layout-properties "
                          "fo:page-width=\"%s\" fo:page-height=\"%s\" "
                          "style:print-orientation=\"portrait\" fo:margin-top=\"%scm\" "
                          "fo:margin-bottom=\"%scm\" fo:margin-left=\"%scm\" "
                          "fo:margin-right=\"%scm\" style:writing-mode=\"%s\"/>"
                          "</style:page-layout>",
                          a5 ? "14.8cm" : "21cm", a5 ? "21cm" : "29.7cm",
                          margin, margin, margin, margin, mode);
  g_string_append (out, "</office:automatic-styles><office:master-styles><style:master-page "
                        "style:name=\"Standard\" style:page-layout-name=\"Page\"/>"
                        "</office:master-styles></office:document-styles>\n");
  return g_string_free (out, FALSE);
}

static char *
meta_xml (PdLeaflet *leaflet)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out, "<office:document-meta "
                   "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                   "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
                   "<office:meta><meta:generator>Pathway Designer</meta:generator><dc:title>");
  append_text (out, leaflet->title);
  g_string_append (out, "</dc:title></office:meta></office:document-meta>\n");
  return g_string_free (out, FALSE);
}

static char *
manifest_xml (guint n_pictures)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out, "<manifest:manifest "
                   "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                   "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
                   "manifest:version=\"1.3\" manifest:media-type=\"" MIMETYPE "\"/>"
                   "<manifest:file-entry manifest:full-path=\"content.xml\" "
                   "manifest:media-type=\"text/xml\"/>"
                   "<manifest:file-entry manifest:full-path=\"styles.xml\" "
                   "manifest:media-type=\"text/xml\"/>"
                   "<manifest:file-entry manifest:full-path=\"meta.xml\" "
                   "manifest:media-type=\"text/xml\"/>");
  for (guint i = 1; i <= n_pictures; i++)
    g_string_append_printf (out, "<manifest:file-entry manifest:full-path=\"Pictures/%u.png\" "
                            "manifest:media-type=\"image/png\"/>", i);
  g_string_append (out, "</manifest:manifest>\n");
  return g_string_free (out, FALSE);
}

GBytes *
pd_leaflet_render_odt (PdLeaflet  *leaflet,
                       GError    **error)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) pictures = NULL;
  g_autofree char *content = content_xml (leaflet, used);
  g_autofree char *styles = styles_xml (leaflet);
  g_autofree char *meta = meta_xml (leaflet);
  g_autofree char *manifest = NULL;
  g_autoptr(PdZip) zip = NULL;
  gboolean ok;

  {
    GHashTableIter iter;
    gpointer name, number;

    /* In the order they were numbered. */
    pictures = g_ptr_array_new ();
    g_ptr_array_set_size (pictures, g_hash_table_size (used));
    g_hash_table_iter_init (&iter, used);
    while (g_hash_table_iter_next (&iter, &name, &number))
      g_ptr_array_index (pictures, GPOINTER_TO_UINT (number) - 1) = name;
  }
  manifest = manifest_xml (pictures->len);

  zip = pd_zip_new (error);
  if (zip == NULL)
    return NULL;
  /* The mimetype first and stored, so that it can be read at a fixed
   * place (OpenDocument 1.3, part 2, 3.3). */
  ok = pd_zip_add_text (zip, "mimetype", MIMETYPE, TRUE)
       && pd_zip_add_text (zip, "META-INF/manifest.xml", manifest, FALSE)
       && pd_zip_add_text (zip, "content.xml", content, FALSE)
       && pd_zip_add_text (zip, "styles.xml", styles, FALSE)
       && pd_zip_add_text (zip, "meta.xml", meta, FALSE);
  for (guint i = 0; ok && i < pictures->len; i++)
    {
      g_autoptr(GBytes) png = picture_png (leaflet, g_ptr_array_index (pictures, i));
      g_autofree char *name = g_strdup_printf ("Pictures/%u.png", i + 1);

      ok = pd_zip_add (zip, name, png, FALSE);
    }
  return pd_zip_finish (zip, error);
}
