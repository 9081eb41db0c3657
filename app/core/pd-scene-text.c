/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <pango/pangocairo.h>

#include "pd-scene-text.h"

struct _PdTextLayouter
{
  PangoContext *context;
  PangoLayout *layout;     /* for wrapping */
  PangoLayout *measure;    /* for single lines, while @layout is iterated */
};

PdTextLayouter *
pd_text_layouter_new (void)
{
  PdTextLayouter *self = g_new0 (PdTextLayouter, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  /* Unhinted metrics: text measures the same at every scale and on every
   * surface (hinting would snap advances to whole device pixels). */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  self->layout = pango_layout_new (self->context);
  self->measure = pango_layout_new (self->context);
  return self;
}

void
pd_text_layouter_free (PdTextLayouter *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->layout);
  g_object_unref (self->measure);
  g_object_unref (self->context);
  g_free (self);
}

char *
pd_text_clean (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        g_string_append_c (out, ' ');
      else if (c == '\n')
        g_string_append_c (out, '\n');
      else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF
               || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        continue;   /* controls, and bidi overrides that could disguise text */
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
set_font (PangoLayout *layout,
          double       font_size,
          gboolean     bold)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, PD_SCENE_FONT_FAMILY);
  pango_font_description_set_absolute_size (desc, font_size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
}

double
pd_text_layouter_measure (PdTextLayouter *self,
                          const char     *text,
                          double          font_size,
                          gboolean        bold)
{
  g_autofree char *clean = pd_text_clean (text);
  PangoRectangle logical;

  set_font (self->measure, font_size, bold);
  pango_layout_set_text (self->measure, clean, -1);
  pango_layout_get_extents (self->measure, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static void
line_free (PdTextLine *line)
{
  g_free (line->text);
  g_free (line);
}

void
pd_shape_free (PdShape *shape)
{
  if (shape == NULL)
    return;
  g_clear_pointer (&shape->path, pd_path_free);
  g_clear_pointer (&shape->lines, g_ptr_array_unref);
  g_free (shape);
}

/* Shortens @text by words until it and an ellipsis fit @width. */
static char *
ellipsize (PdTextLayouter *self,
           const char     *text,
           double          font_size,
           gboolean        bold,
           double          width)
{
  g_autofree char *work = g_strdup (text);

  for (;;)
    {
      g_autofree char *candidate = g_strconcat (g_strchomp (work), "…", NULL);
      char *cut;

      if (*work == '\0' || pd_text_layouter_measure (self, candidate, font_size, bold) <= width)
        return g_steal_pointer (&candidate);
      cut = strrchr (work, ' ');
      if (cut)
        *cut = '\0';
      else
        *g_utf8_find_prev_char (work, work + strlen (work)) = '\0';
    }
}

/* Narrows a wrapped layout as far as it keeps its number of lines, so that
 * "Referral from any / service" becomes "Referral from / any service". */
/* Does a line of @layout start in the middle of a word? */
static gboolean
breaks_a_word (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  for (GSList *l = lines ? lines->next : NULL; l; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      char before = line->start_index > 0 ? text[line->start_index - 1] : ' ';

      if (before != ' ' && before != '\n' && before != '-' && before != '/')
        return TRUE;
    }
  return FALSE;
}

static void
balance (PangoLayout *layout,
         double       width,
         guint        max_lines)
{
  int lines = pango_layout_get_line_count (layout);
  gboolean broken;
  PangoRectangle last;
  int low, high;

  if (lines < 2 || (max_lines > 0 && (guint) lines > max_lines))
    return;
  /* Already balanced enough when the last line is over half the width. */
  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, lines - 1), NULL, &last);
  if (last.width > width * PANGO_SCALE / 2)
    return;
  broken = breaks_a_word (layout);
  low = (int) (width * PANGO_SCALE / lines);
  high = (int) (width * PANGO_SCALE);
  while (high - low > 2 * PANGO_SCALE)
    {
      int middle = (low + high) / 2;

      pango_layout_set_width (layout, middle);
      /* Narrower only while no line is added and no word is cut. */
      if (pango_layout_get_line_count (layout) > lines || (!broken && breaks_a_word (layout)))
        low = middle;
      else
        high = middle;
    }
  pango_layout_set_width (layout, high);
}

PdShape *
pd_text_layouter_layout (PdTextLayouter *self,
                         const char     *text,
                         double          font_size,
                         gboolean        bold,
                         PdColor         color,
                         double          x,
                         double          y,
                         double          width,
                         guint           max_lines,
                         PdAlign         align,
                         double         *height)
{
  g_autofree char *clean = pd_text_clean (text);
  PdShape *shape = g_new0 (PdShape, 1);
  PangoLayoutIter *iter;
  double bottom = y;
  guint n = 0;

  shape->type = PD_SHAPE_TEXT;
  shape->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  shape->font_size = font_size;
  shape->bold = bold;
  shape->color = color;

  set_font (self->layout, font_size, bold);
  pango_layout_set_width (self->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (self->layout, clean, -1);
  if (width > 0 && align == PD_ALIGN_CENTER)
    balance (self->layout, width, max_lines);

  iter = pango_layout_get_iter (self->layout);
  do
    {
      PangoLayoutLine *pline = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      PdTextLine *line;
      g_autofree char *piece = g_strndup (clean + pline->start_index, pline->length);
      gboolean last = max_lines > 0 && n + 1 == max_lines;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = y + (double) (logical.y + logical.height) / PANGO_SCALE;
      g_strchomp (piece);
      if (last && !pango_layout_iter_at_last_line (iter))
        {
          g_autofree char *rest = g_strdup (clean + pline->start_index);
          g_autofree char *joined = g_strdelimit (g_steal_pointer (&rest), "\n", ' ');
          g_free (piece);
          piece = ellipsize (self, joined, font_size, bold, width > 0 ? width : G_MAXDOUBLE);
        }
      line = g_new0 (PdTextLine, 1);
      line->text = g_steal_pointer (&piece);
      /* The line as laid out, unless it was cut and given an ellipsis. */
      if (last && !pango_layout_iter_at_last_line (iter))
        line->width = pd_text_layouter_measure (self, line->text, font_size, bold);
      else
        line->width = (double) logical.width / PANGO_SCALE;
      line->y = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line->x = x;
      if (align == PD_ALIGN_CENTER && width > 0)
        line->x = x + (width - line->width) / 2;
      g_ptr_array_add (shape->lines, line);
      n++;
      if (last)
        break;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (height)
    *height = bottom - y;
  return shape;
}
