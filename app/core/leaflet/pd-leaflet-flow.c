/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet's boxes flowed onto pages: words measured as the PDF draws
 * them, a paragraph narrowed a little rather than end in a line of one
 * word, a heading never alone at a page's foot, and a step longer than a
 * page going on under "(continued)" rather than running off the page. */
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pd-leaflet-flow-private.h"
#include "pd-leaflet-gettext.h"
#include "pd-leaflet-private.h"
#include "pd-scene-text.h"

#define EPSILON 0.01
/* A paragraph is narrowed by at most this much, in steps of a fortieth. */
#define BALANCE_STEPS 8
#define BALANCE_STEP 0.025

static void
box_free (PdLeafletBox *box)
{
  g_free (box->text);
  g_free (box->picture);
  g_free (box);
}

double
pd_leaflet_picture_side (PdLeaflet *leaflet)
{
  return leaflet->options.font_size * 5;
}

double
pd_leaflet_level_indent (PdLeaflet *leaflet)
{
  /* Clearly in, yet leaving the words room on A5 in large print. */
  return MIN (pd_leaflet_picture_side (leaflet) * 0.4,
              (leaflet->width - 2 * leaflet->margin) * 0.08);
}

void
pd_composer_new_page (PdComposer *c)
{
  c->page = g_new0 (PdLeafletPage, 1);
  c->page->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  g_ptr_array_add (c->leaflet->pages, c->page);
  c->y = c->leaflet->margin;
  c->heading_start = G_MAXUINT;
}

/* A new page, taking along a heading left at the old one's foot. */
static void
break_page (PdComposer *c)
{
  PdLeafletPage *old = c->page;
  guint from = c->heading_start;
  double shift = c->leaflet->margin - c->heading_top;
  double y = c->y;

  pd_composer_new_page (c);
  /* A heading at the top of its page stays: alone there it would be alone
   * on the next one too. */
  if (from == G_MAXUINT || from == 0)
    return;
  while (old->boxes->len > from)
    {
      PdLeafletBox *box = g_ptr_array_steal_index (old->boxes, from);

      box->rect.y += shift;
      g_ptr_array_add (c->page->boxes, box);
    }
  c->y = y + shift;
}

void
pd_composer_make_room (PdComposer *c,
                       double      height)
{
  if (c->y + height > c->leaflet->height - c->leaflet->margin && c->page->boxes->len > 0)
    break_page (c);
}

PdLeafletBox *
pd_composer_add_box (PdComposer      *c,
                     PdLeafletBoxKind kind,
                     double           x,
                     double           y,
                     double           width,
                     double           height)
{
  PdLeafletBox *box = g_new0 (PdLeafletBox, 1);

  box->kind = kind;
  box->rect = (PdRect) { x, y, width, height };
  box->row = c->row;
  g_ptr_array_add (c->page->boxes, box);
  /* Something follows the heading: it is no longer alone. */
  if (!c->in_heading)
    c->heading_start = G_MAXUINT;
  return box;
}

static PangoLayout *
layout_text (PdComposer *c,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  return pd_leaflet_layout_text (c->context, c->leaflet, text, size, bold, width);
}

static guint
count_words (const char *text,
             gsize       length)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      words += !space && !in_word;
      in_word = !space;
    }
  return words;
}

/* Paragraphs of two lines or more whose last line is a single word. */
static guint
count_widows (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  guint widows = 0;

  for (GSList *l = pango_layout_get_lines_readonly (layout); l; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      PangoLayoutLine *next = l->next ? l->next->data : NULL;

      if (line->is_paragraph_start || (next && !next->is_paragraph_start))
        continue;
      widows += count_words (text + line->start_index, (gsize) line->length) == 1;
    }
  return widows;
}

double
pd_composer_measure (PdComposer *c,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      width,
                     gboolean    balance,
                     double     *width_used)
{
  g_autofree char *clean = pd_text_clean (text);
  g_autoptr(PangoLayout) layout = layout_text (c, clean, size, bold, width);
  int height;

  if (balance && count_widows (layout) > 0)
    for (guint step = 1; step <= BALANCE_STEPS; step++)
      {
        double narrower = width * (1 - BALANCE_STEP * step);
        g_autoptr(PangoLayout) tried = layout_text (c, clean, size, bold, narrower);

        /* Narrower until no paragraph ends in one word, if any width does. */
        if (count_widows (tried) == 0)
          {
            g_set_object (&layout, tried);
            width = narrower;
            break;
          }
      }
  if (width_used)
    *width_used = width;
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static PdLeafletBox *
add_text_balanced (PdComposer *c,
                   double      x,
                   double      y,
                   double      width,
                   const char *text,
                   double      size,
                   gboolean    bold,
                   gboolean    body,
                   gboolean    balance)
{
  double used = width;
  double height = pd_composer_measure (c, text, size, bold, width, balance, &used);
  PdLeafletBox *box = pd_composer_add_box (c, PD_LEAFLET_TEXT, x, y, used, height);

  box->text = pd_text_clean (text);
  box->size = size;
  box->bold = bold;
  box->body = body;
  return box;
}

PdLeafletBox *
pd_composer_add_text (PdComposer *c,
                      double      x,
                      double      y,
                      double      width,
                      const char *text,
                      double      size,
                      gboolean    bold,
                      gboolean    body)
{
  return add_text_balanced (c, x, y, width, text, size, bold, body, body);
}

void
pd_composer_add_heading (PdComposer *c,
                         const char *text,
                         double      next)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size * 1.3;
  double width = l->width - 2 * l->margin;
  double height = pd_composer_measure (c, text, size, TRUE, width, FALSE, NULL);
  PdLeafletBox *box;
  guint start;

  pd_composer_make_room (c, height + size + next);
  c->row++;
  start = c->page->boxes->len;
  c->heading_top = c->y;
  c->in_heading = TRUE;
  box = pd_composer_add_text (c, l->margin, c->y, width, text, size, TRUE, FALSE);
  box->heading = 2;
  c->y += box->rect.height + size * 0.6;
  c->in_heading = FALSE;
  c->heading_start = start;
}

/* Where a row's boxes go. */
typedef struct {
  const PdLeafletRow *row;
  double x;             /* the picture's left */
  double text_x, width; /* the words' */
  double side;          /* the picture's */
  double top;           /* the row's top on its current page */
  guint  level;
} Frame;

static void
add_picture (PdComposer *c,
             Frame      *f,
             gboolean    repeat)
{
  PdLeafletBox *box = pd_composer_add_box (c, PD_LEAFLET_PICTURE, f->x, c->y, f->side, f->side);

  box->picture = g_strdup (f->row->picture);
  box->level = f->level;
  box->repeat = repeat;
  f->top = c->y;
}

static double
bottom (PdComposer *c)
{
  return c->leaflet->height - c->leaflet->margin;
}

/* The row goes on at the top of a new page: its picture again, and a lead
 * saying it goes on. The words' next top is returned. */
static double
go_on (PdComposer *c,
       Frame      *f)
{
  PdLeafletBox *lead;

  pd_composer_new_page (c);
  add_picture (c, f, TRUE);
  lead = add_text_balanced (c, f->text_x, c->y, f->width,
                            pd_leaflet_gettext (c->leaflet->language, "(continued)"),
                            c->leaflet->options.font_size, TRUE, TRUE, FALSE);
  lead->level = f->level;
  lead->repeat = TRUE;
  return c->y + lead->rect.height;
}

/* A line of the row that is not split: here, or at the top of a new page. */
static double
place_line (PdComposer *c,
            Frame      *f,
            double      y,
            const char *text,
            gboolean    bold)
{
  double size = c->leaflet->options.font_size;
  PdLeafletBox *box;

  if (y + pd_composer_measure (c, text, size, bold, f->width, TRUE, NULL) > bottom (c) + EPSILON)
    y = go_on (c, f);
  box = pd_composer_add_text (c, f->text_x, y, f->width, text, size, bold, TRUE);
  box->level = f->level;
  return y + box->rect.height;
}

/* The bytes of @text whose lines fit in @room at @width, ending at a line's
 * end; 0 when not even one line fits. */
static gsize
lines_that_fit (PdComposer *c,
                const char *text,
                double      width,
                double      room)
{
  double size = c->leaflet->options.font_size;
  g_autoptr(PangoLayout) layout = layout_text (c, text, size, FALSE, width);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint fit = 0;

  do
    {
      PangoRectangle logical;
      int start = pango_layout_iter_get_line_readonly (iter)->start_index;

      g_array_append_val (starts, start);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if ((double) (logical.y + logical.height) / PANGO_SCALE <= room)
        fit = starts->len;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  /* Measured again as a text of its own, a line fewer when it is higher. */
  while (fit > 0 && fit < starts->len)
    {
      gsize cut = (gsize) g_array_index (starts, int, fit);
      g_autofree char *part = g_strndup (text, cut);

      if (pd_composer_measure (c, part, size, FALSE, width, FALSE, NULL) <= room + EPSILON)
        return cut;
      fit--;
    }
  return fit == starts->len ? strlen (text) : 0;
}

/* The row's words: whole here, or as many lines as fit and the rest on the
 * next pages. Never cut, never past the page's margin. */
static double
place_words (PdComposer *c,
             Frame      *f,
             double      y,
             const char *words)
{
  double size = c->leaflet->options.font_size;
  g_autofree char *text = pd_text_clean (words);
  const char *rest = text;

  for (;;)
    {
      PdLeafletBox *box;
      gsize cut;

      if (y + pd_composer_measure (c, rest, size, FALSE, f->width, TRUE, NULL)
          <= bottom (c) + EPSILON)
        {
          box = pd_composer_add_text (c, f->text_x, y, f->width, rest, size, FALSE, TRUE);
          box->level = f->level;
          return y + box->rect.height;
        }
      cut = lines_that_fit (c, rest, f->width, bottom (c) - y);
      /* Not a line on a page of its own: taller than a page, shown whole. */
      if (cut == 0 && y <= f->top + f->side && c->page->boxes->len <= 2)
        cut = strlen (rest);
      if (cut > 0)
        {
          g_autofree char *part = g_strndup (rest, cut);

          /* A line break at the cut would be a blank line. */
          g_strchomp (part);
          box = add_text_balanced (c, f->text_x, y, f->width, part, size, FALSE, TRUE, FALSE);
          box->level = f->level;
          rest += cut;
          while (*rest == '\n')
            rest++;
          if (*rest == '\0')
            return y + box->rect.height;
          box->continued = TRUE;
        }
      y = go_on (c, f);
    }
}

void
pd_composer_add_row (PdComposer         *c,
                     const PdLeafletRow *row)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  Frame f = { row };
  double height = 0, lead = 0, line, y;

  f.level = MIN (row->level, 2);
  f.side = pd_leaflet_picture_side (l);
  f.x = l->margin + f.level * pd_leaflet_level_indent (l);
  f.text_x = f.x + f.side + size;
  f.width = l->width - l->margin - f.text_x;
  line = pd_composer_measure (c, "A", size, FALSE, f.width, FALSE, NULL);
  if (row->lead)
    lead = pd_composer_measure (c, row->lead, size, TRUE, f.width, TRUE, NULL);
  height = lead + pd_composer_measure (c, row->words, size, FALSE, f.width, TRUE, NULL);
  for (guint i = 0; row->after && row->after[i]; i++)
    height += pd_composer_measure (c, row->after[i], size, FALSE, f.width, TRUE, NULL)
              + (i == 0 ? size * 0.4 : 0);
  if (row->agency)
    height += size * 0.4 + line;
  height = MAX (height, f.side);
  /* Whole on one page: this one, or the next. Only a step longer than a
   * page starts here, when its picture and first lines fit. */
  if (c->y + height > bottom (c) && c->page->boxes->len > 0
      && (height <= bottom (c) - l->margin
          || c->y + MAX (f.side, lead + 2 * line) > bottom (c)))
    break_page (c);
  c->row++;
  add_picture (c, &f, FALSE);
  y = c->y;
  if (row->lead)
    y = place_line (c, &f, y, row->lead, TRUE);
  y = place_words (c, &f, y, row->words);
  for (guint i = 0; row->after && row->after[i]; i++)
    y = place_line (c, &f, y + (i == 0 ? size * 0.4 : 0), row->after[i], FALSE);
  if (row->agency)
    {
      /* The agency's colour, and its name beside it: never colour alone. */
      double swatch = size;
      double agency_x = f.text_x + swatch + size * 0.5;
      double width = l->width - l->margin - agency_x;
      double high = pd_composer_measure (c, row->agency, size, FALSE, width, TRUE, NULL);
      PdLeafletBox *box;

      y += size * 0.4;
      if (y + high > bottom (c) + EPSILON)
        y = go_on (c, &f);
      box = pd_composer_add_box (c, PD_LEAFLET_SWATCH, f.text_x, y + (MIN (high, line) - swatch) / 2,
                                 swatch, swatch);
      box->colour = row->colour;
      box->level = f.level;
      box = pd_composer_add_text (c, agency_x, y, width, row->agency, size, FALSE, TRUE);
      box->level = f.level;
      y += box->rect.height;
    }
  c->y = MAX (y, f.top + f.side) + size * 1.2;
}
