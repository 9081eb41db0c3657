/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet as one self-contained, accessible web page for a trust's
 * website: the same sections and words as the PDF, read from the composed
 * leaflet's rows so that the two never differ; the pictures drawn as the
 * PDF and the ODT draw them and embedded as PNG data; no script, no
 * request of any kind; a stylesheet that keeps the easy-read rules on
 * screen and on paper. */
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-diagnostic.h"
#include "pd-leaflet-gettext.h"
#include "pd-leaflet-private.h"
#include "pd-painter.h"
#include "pd-scene-text.h"
#include "pd-xml-util.h"

/* CSS pixels an inch over points an inch, and twice that for sharp
 * pictures on high-density screens. */
#define PIXELS_PER_POINT (96.0 / 72.0 * 2)
#define SWATCH_PIXELS 48

/* Rules 1–5, 8, 14 and 16 of EASYREAD.md, for screens and for print. Only
 * black, white and the pictures' own colours: nothing to fall under 4.5:1.
 * No animation or transition of any kind. */
static const char stylesheet[] =
  "*{box-sizing:border-box}"
  "html{color:#000;background:#fff}"
  "body{margin:0 auto;padding:1.5rem;max-width:44rem;line-height:1.5;text-align:start;"
  "font-family:\"Liberation Sans\",Arial,\"DejaVu Sans\",sans-serif;"
  "hyphens:none;-webkit-hyphens:none;overflow-wrap:normal;word-break:normal}"
  "h1,h2{line-height:1.3;font-weight:bold}"
  "h1{font-size:1.75rem;margin:0 0 1rem}"
  "h2{font-size:1.3rem;margin:2.5rem 0 1rem;break-after:avoid;page-break-after:avoid}"
  "p{margin:0 0 .5rem}"
  "em,i{font-style:normal}"
  "ol,ul{list-style:none;margin:0;padding:0}"
  ".idea{display:flex;gap:1rem;align-items:flex-start;margin:0 0 1.5rem;"
  "break-inside:avoid;page-break-inside:avoid}"
  ".idea>img{flex:none;width:5rem;height:5rem}"
  ".words{flex:1 1 0;min-width:0}"
  ".lead{font-weight:bold}"
  ".cover{display:block;width:8rem;height:8rem;margin:0 0 1rem}"
  /* Logical sides: a right-to-left page indents other ways from the right. */
  ".others{margin:0;margin-inline-start:2rem;padding:0;padding-inline-start:1rem;"
  "border-inline-start:.2rem solid #000}"
  ".swatch{width:1rem;height:1rem;vertical-align:-.1rem;margin-inline-end:.5rem}"
  ".agencies li{display:flex;align-items:center;gap:1rem;margin:0 0 1rem;"
  "break-inside:avoid;page-break-inside:avoid}"
  ".agencies .swatch{width:2rem;height:2rem;margin:0}"
  "dt{font-weight:bold}"
  "dd{margin:0 0 1rem;break-before:avoid;page-break-before:avoid}"
  "footer{margin-top:3rem;font-size:.8rem}"
  "@media (max-width:30rem){body{padding:1rem}.idea>img{width:3.5rem;height:3.5rem}"
  ".others{margin-inline-start:.5rem}}"
  "@media print{html,body{background:none}body{max-width:none;padding:0}"
  "li,dt,dd{break-inside:avoid;page-break-inside:avoid}"
  "h1,h2{break-after:avoid;page-break-after:avoid}}";

typedef struct {
  PdLeaflet  *leaflet;
  GString    *out;
  GHashTable *pngs;        /* "pixels name" → base64 PNG, each drawn once */
  gboolean    failed;
  /* Where the writing is. */
  const char *list;        /* the open list's closing tag, or NULL */
  gboolean    steps;       /* in "What might happen" */
  int         depth;       /* of the open step's <li>: 0 the usual way; -1 none */
} Writer;

/* @text as the words of an element: the characters the diagram cleans
 * (controls, bidi overrides) gone, escaped, a new line kept as one. */
static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *clean = pd_text_clean (text);
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      if (i > 0)
        g_string_append (out, "<br>");
      pd_xml_append_escaped (out, lines[i], TRUE);
    }
}

/* The language of the leaflet's words: those of the translation in use.
 * Only a plain language tag and ltr or rtl are ever written. */
static void
page_language (PdLeaflet   *leaflet,
               const char **lang,
               const char **dir)
{
  /* The leaflet's language, a tag made sane when it was composed. */
  *lang = leaflet->language ? leaflet->language : "en";
  *dir = leaflet->right_to_left ? "rtl" : "ltr";
}

static gboolean
append_png (Writer          *w,
            cairo_surface_t *surface,
            const char      *class,
            const char      *key)
{
  g_autoptr(GBytes) png = pd_painter_png_bytes (surface);
  char *base64;

  if (png == NULL)
    {
      w->failed = TRUE;
      return FALSE;
    }
  base64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  if (key)
    g_hash_table_insert (w->pngs, g_strdup (key), base64);
  /* The words beside each picture say its idea: an empty alt keeps screen
   * readers from saying it twice. */
  g_string_append_printf (w->out, "<img class=\"%s\" alt=\"\" src=\"data:image/png;base64,%s\">",
                          class, base64);
  if (key == NULL)
    g_free (base64);
  return TRUE;
}

/* Picture @name, @side points square, drawn as the PDF and ODT draw it. */
static void
append_picture (Writer     *w,
                const char *name,
                double      side,
                const char *class)
{
  int pixels = (int) ceil (side * PIXELS_PER_POINT);
  g_autofree char *key = g_strdup_printf ("%d %s", pixels, name);
  const char *cached = g_hash_table_lookup (w->pngs, key);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (cached)
    {
      g_string_append_printf (w->out, "<img class=\"%s\" alt=\"\" "
                              "src=\"data:image/png;base64,%s\">", class, cached);
      return;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cr = cairo_create (surface);
  if (!pd_leaflet_draw_picture (w->leaflet, name, cr, 0, 0, pixels))
    pd_leaflet_draw_picture (w->leaflet, "person", cr, 0, 0, pixels);
  cairo_destroy (cr);
  append_png (w, surface, class, key);
  cairo_surface_destroy (surface);
}

/* An agency's colour in a black frame, so that even a pale colour stands
 * out from the white page; a picture, so that it prints as it shows. Its
 * name always follows it in words. */
static void
append_swatch (Writer        *w,
               const PdColor *colour)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SWATCH_PIXELS,
                                                         SWATCH_PIXELS);
  cairo_t *cr = cairo_create (surface);
  double border = SWATCH_PIXELS / 8.0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  if (colour->alpha > 0)
    cairo_set_source_rgb (cr, colour->red, colour->green, colour->blue);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, border, border, SWATCH_PIXELS - 2 * border, SWATCH_PIXELS - 2 * border);
  cairo_fill (cr);
  cairo_destroy (cr);
  append_png (w, surface, "swatch", NULL);
  cairo_surface_destroy (surface);
}

static PdLeafletBox *
row_box (GPtrArray       *row,
         PdLeafletBoxKind kind)
{
  for (guint i = 0; i < row->len; i++)
    {
      PdLeafletBox *box = g_ptr_array_index (row, i);
      if (box->kind == kind)
        return box;
    }
  return NULL;
}

/* The words of a row: a bold lead line, the words, and a swatch with the
 * name that follows it. */
static void
append_words (Writer    *w,
              GPtrArray *row)
{
  gboolean swatch = FALSE, continued = FALSE;

  for (guint i = 0; i < row->len; i++)
    {
      PdLeafletBox *box = g_ptr_array_index (row, i);

      if (box->kind == PD_LEAFLET_SWATCH)
        {
          g_string_append (w->out, "<p class=\"agency\">");
          append_swatch (w, &box->colour);
          swatch = TRUE;
        }
      else if (box->kind == PD_LEAFLET_TEXT)
        {
          if (continued)
            g_string_append_c (w->out, ' ');
          else if (!swatch)
            g_string_append (w->out, box->bold ? "<p class=\"lead\">" : "<p>");
          append_text (w->out, box->text);
          /* Words cut at a page's foot go on in the same paragraph. */
          continued = box->continued;
          if (!continued)
            g_string_append (w->out, "</p>");
          swatch = FALSE;
        }
    }
  if (swatch || continued)
    g_string_append (w->out, "</p>");
}

/* A picture on the left, the words on the right (rule 5). */
static void
append_idea (Writer    *w,
             GPtrArray *row)
{
  PdLeafletBox *picture = row_box (row, PD_LEAFLET_PICTURE);

  g_string_append (w->out, "<div class=\"idea\">");
  append_picture (w, picture->picture, picture->rect.width, "picture");
  g_string_append (w->out, "<div class=\"words\">");
  append_words (w, row);
  g_string_append (w->out, "</div></div>\n");
}

/* Closes the steps' items and lists down to @depth (-1: all of them). */
static void
close_steps (Writer *w,
             int     depth)
{
  for (; w->depth > depth; w->depth--)
    g_string_append (w->out, w->depth > 0 ? "</li>\n</ul>" : "</li>\n");
}

static void
close_list (Writer *w)
{
  close_steps (w, -1);
  if (w->list)
    g_string_append_printf (w->out, "%s\n", w->list);
  w->list = NULL;
}

static void
open_list (Writer     *w,
           const char *open,
           const char *close)
{
  if (w->list && g_str_equal (w->list, close))
    return;
  close_list (w);
  g_string_append (w->out, open);
  w->list = close;
}

/* A step of the journey: one after another in a list, the other ways a
 * step may lead in a list inside its item, a level deeper each. */
static void
append_step (Writer    *w,
             GPtrArray *row)
{
  int depth = 0;

  for (guint i = 0; i < row->len; i++)
    depth = MAX (depth, (int) ((PdLeafletBox *) g_ptr_array_index (row, i))->level);
  open_list (w, "<ol class=\"steps\">\n", "</ol>");
  /* Never deeper than one more than the step before. */
  depth = MIN (depth, w->depth + 1);
  close_steps (w, depth);
  if (w->depth == depth)
    g_string_append (w->out, "</li>\n");
  else
    g_string_append (w->out, depth > 0 ? "\n<ul class=\"others\">\n" : "");
  w->depth = depth;
  g_string_append (w->out, "<li>");
  append_idea (w, row);
}

/* One row of the composed leaflet, as what it is: a heading, a step or
 * another idea, an agency, a word explained, or words alone. */
static void
append_row (Writer    *w,
            GPtrArray *row,
            GString   *footer)
{
  PdLeafletBox *first = g_ptr_array_index (row, 0);
  PdLeafletBox *picture = row_box (row, PD_LEAFLET_PICTURE);
  PdLeafletBox *swatch = row_box (row, PD_LEAFLET_SWATCH);

  if (picture && row->len == 1)
    {
      close_list (w);
      append_picture (w, picture->picture, picture->rect.width, "cover");
      g_string_append_c (w->out, '\n');
    }
  else if (picture && w->steps)
    append_step (w, row);
  else if (picture)
    {
      open_list (w, "<ul class=\"ideas\">\n", "</ul>");
      g_string_append (w->out, "<li>");
      append_idea (w, row);
      g_string_append (w->out, "</li>\n");
    }
  else if (swatch)
    {
      PdLeafletBox *name = row_box (row, PD_LEAFLET_TEXT);

      open_list (w, "<ul class=\"agencies\">\n", "</ul>");
      g_string_append (w->out, "<li>");
      append_swatch (w, &swatch->colour);
      if (name)
        append_text (w->out, name->text);
      g_string_append (w->out, "</li>\n");
    }
  else if (row->len >= 2 && first->kind == PD_LEAFLET_TEXT && first->bold && first->body)
    {
      open_list (w, "<dl>\n", "</dl>");
      g_string_append (w->out, "<dt>");
      append_text (w->out, first->text);
      g_string_append (w->out, "</dt><dd>");
      for (guint i = 1; i < row->len; i++)
        {
          PdLeafletBox *meaning = g_ptr_array_index (row, i);

          if (i > 1)
            g_string_append_c (w->out, ' ');
          if (meaning->text)
            append_text (w->out, meaning->text);
        }
      g_string_append (w->out, "</dd>\n");
    }
  else if (first->kind == PD_LEAFLET_TEXT && !first->body && !first->bold)
    {
      /* Small print (where the pictures come from) goes to the foot. */
      g_string_append (footer, "<p>");
      append_text (footer, first->text);
      g_string_append (footer, "</p>\n");
    }
  else
    {
      close_list (w);
      append_words (w, row);
      g_string_append_c (w->out, '\n');
    }
}

/* The composed leaflet's boxes, a row at a time, pages left behind. */
static GPtrArray *
leaflet_rows (PdLeaflet *leaflet)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = NULL;
  int current = -1;

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, i);

          /* A page flows on: what a page repeats of a step is said once. */
          if (box->repeat)
            continue;
          if (row == NULL || box->row != current)
            {
              row = g_ptr_array_new ();
              g_ptr_array_add (rows, row);
              current = box->row;
            }
          g_ptr_array_add (row, box);
        }
    }
  return rows;
}

static gboolean
is_heading (GPtrArray *row)
{
  PdLeafletBox *box = g_ptr_array_index (row, 0);

  return row->len == 1 && box->kind == PD_LEAFLET_TEXT && box->bold && !box->body;
}

GBytes *
pd_leaflet_render_html (PdLeaflet  *leaflet,
                        GError    **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) footer = g_string_new (NULL);
  g_autoptr(GHashTable) pngs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *size = NULL;
  Writer w = { leaflet, NULL, pngs, .depth = -1 };
  const char *lang, *dir;
  gboolean in_main = FALSE;

  g_return_val_if_fail (leaflet != NULL, NULL);

  rows = leaflet_rows (leaflet);
  page_language (leaflet, &lang, &dir);
  size = pd_xml_format_number (leaflet->options.font_size);
  w.out = g_string_new (NULL);
  g_string_append_printf (w.out, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n"
                          "<meta charset=\"utf-8\">\n", lang, dir);
  /* Nothing is fetched, nothing runs, whatever a browser would allow. */
  g_string_append (w.out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; img-src data:; style-src 'unsafe-inline'\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<meta name=\"generator\" "
                          "content=\"Pathway Designer\">\n<title>");
  append_text (w.out, leaflet->title);
  /* The body text at the leaflet's size, in points (rule 1); the rest in
   * rem, so that a reader's own zoom scales it all. */
  g_string_append_printf (w.out, "</title>\n<style>html{font-size:%spt}%s"
                          "@page{size:%s portrait;margin:2cm}</style>\n</head>\n<body>\n"
                          "<header>\n", size, stylesheet,
                          leaflet->options.paper == PD_LEAFLET_A5 ? "A5" : "A4");
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);
      PdLeafletBox *first = g_ptr_array_index (row, 0);

      if (i == 0 && is_heading (row))
        {
          g_string_append (w.out, "<h1>");
          append_text (w.out, first->text);
          g_string_append (w.out, "</h1>\n");
          continue;
        }
      if (!is_heading (row))
        {
          append_row (&w, row, footer);
          continue;
        }
      close_list (&w);
      if (!in_main)
        g_string_append (w.out, "</header>\n<main>\n");
      else
        g_string_append (w.out, "</section>\n");
      in_main = TRUE;
      /* The steps are the rows of this heading's section, in order. */
      w.steps = g_strcmp0 (first->text, pd_leaflet_gettext (leaflet->language, "What might happen")) == 0;
      g_string_append (w.out, "<section>\n<h2>");
      append_text (w.out, first->text);
      g_string_append (w.out, "</h2>\n");
    }
  close_list (&w);
  g_string_append (w.out, in_main ? "</section>\n</main>\n" : "</header>\n<main></main>\n");
  g_string_append_printf (w.out, "<footer>\n%s</footer>\n</body>\n</html>\n", footer->str);
  if (w.failed)
    {
      g_string_free (w.out, TRUE);
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE,
                   _("cannot make the web page: a picture cannot be drawn"));
      return NULL;
    }
  return g_string_free_to_bytes (w.out);
}
