/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <pango/pangocairo.h>

#include "pd-scene-text.h"

struct _PdTextLayouter
{
  PangoContext *context;
  PangoLayout *layout;     /* for wrapping */
  PangoLayout *measure;    /* for single lines, while @layout is iterated */
  GHashTable *layouts;     /* key (see cache_key) → CachedText */
  GHashTable *measures;    /* key → double *, the advance */
  GHashTable *lines;       /* key → PangoLayout of one line, shaped once */
};

/* A laid-out text relative to its origin: pathways repeat their labels
 * ("Review", "Step up", likelihoods), and the designer rebuilds the scene
 * on every edit, so each distinct text is shaped once. */
typedef struct {
  char  *text;
  double dx;               /* from the origin's x to the line's start */
  double baseline;         /* from the origin's y */
  double width;
} CachedLine;

typedef struct {
  guint      n_lines;
  double     bottom;       /* from the origin's y to the last line's bottom */
  CachedLine lines[];
} CachedText;

/* Forgotten all at once past this many entries, which bounds memory. */
#define CACHE_LIMIT 20000

static void
cached_text_free (CachedText *cached)
{
  for (guint i = 0; i < cached->n_lines; i++)
    g_free (cached->lines[i].text);
  g_free (cached);
}

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
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) cached_text_free);
  self->measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return self;
}

static GPrivate default_layouter = G_PRIVATE_INIT ((GDestroyNotify) pd_text_layouter_free);

PdTextLayouter *
pd_text_layouter_get_default (void)
{
  PdTextLayouter *self = g_private_get (&default_layouter);

  if (self == NULL)
    {
      self = pd_text_layouter_new ();
      g_private_set (&default_layouter, self);
    }
  return self;
}

/* Everything that decides the lines, then the text as given. */
static char *
cache_key (const char *text,
           double      font_size,
           gboolean    bold,
           double      width,
           guint       max_lines,
           PdAlign     align)
{
  return g_strdup_printf ("%a %d %a %u %d %s", font_size, bold ? 1 : 0, width, max_lines,
                          (int) align, text ? text : "");
}

static void
cache_insert (GHashTable *table,
              char       *key,
              gpointer    value)
{
  if (g_hash_table_size (table) >= CACHE_LIMIT)
    g_hash_table_remove_all (table);
  g_hash_table_insert (table, key, value);
}

void
pd_text_layouter_free (PdTextLayouter *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->layouts);
  g_hash_table_unref (self->measures);
  g_hash_table_unref (self->lines);
  g_object_unref (self->layout);
  g_object_unref (self->measure);
  g_object_unref (self->context);
  g_free (self);
}

/* Printable ASCII and newlines: most labels, and nothing to clean. */
static gboolean
is_plain (const char *text)
{
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    if ((*p < 0x20 && *p != '\n') || *p >= 0x7F)
      return FALSE;
  return TRUE;
}

char *
pd_text_clean (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (is_plain (text))
    return g_strdup (text);
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

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
  char *key = cache_key (text, font_size, bold, 0, 0, PD_ALIGN_START);
  double *cached = g_hash_table_lookup (self->measures, key);
  g_autofree char *clean = NULL;
  PangoRectangle logical;

  if (cached)
    {
      g_free (key);
      return *cached;
    }
  clean = pd_text_clean (text);
  set_font (self->measure, font_size, bold);
  pango_layout_set_text (self->measure, clean, -1);
  pango_layout_get_extents (self->measure, NULL, &logical);
  cached = g_new (double, 1);
  *cached = (double) logical.width / PANGO_SCALE;
  cache_insert (self->measures, key, cached);
  return *cached;
}

PangoLayout *
pd_text_layouter_line (PdTextLayouter *self,
                       const char     *text,
                       double          font_size,
                       gboolean        bold)
{
  char *key = cache_key (text, font_size, bold, 0, 1, PD_ALIGN_START);
  PangoLayout *layout = g_hash_table_lookup (self->lines, key);

  if (layout)
    {
      g_free (key);
      return layout;
    }
  layout = pango_layout_new (self->context);
  set_font (layout, font_size, bold);
  pango_layout_set_text (layout, text, -1);
  /* Shaped now, once. */
  pango_layout_get_baseline (layout);
  cache_insert (self->lines, key, layout);
  return layout;
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

/* Lays @text out relative to an origin at (0, 0). */
static CachedText *
lay_out (PdTextLayouter *self,
         const char     *text,
         double          font_size,
         gboolean        bold,
         double          width,
         guint           max_lines,
         PdAlign         align)
{
  g_autofree char *clean = pd_text_clean (text);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (CachedLine));
  CachedText *cached;
  PangoLayoutIter *iter;
  double bottom = 0;
  guint n = 0;

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
      CachedLine line = { 0 };
      g_autofree char *piece = g_strndup (clean + pline->start_index, pline->length);
      gboolean last = max_lines > 0 && n + 1 == max_lines;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      g_strchomp (piece);
      if (last && !pango_layout_iter_at_last_line (iter))
        {
          g_autofree char *rest = g_strdup (clean + pline->start_index);
          g_autofree char *joined = g_strdelimit (g_steal_pointer (&rest), "\n", ' ');
          g_free (piece);
          piece = ellipsize (self, joined, font_size, bold, width > 0 ? width : G_MAXDOUBLE);
        }
      line.text = g_steal_pointer (&piece);
      /* The line as laid out, unless it was cut and given an ellipsis. */
      if (last && !pango_layout_iter_at_last_line (iter))
        line.width = pd_text_layouter_measure (self, line.text, font_size, bold);
      else
        line.width = (double) logical.width / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      if (align == PD_ALIGN_CENTER && width > 0)
        line.dx = (width - line.width) / 2;
      g_array_append_val (lines, line);
      n++;
      if (last)
        break;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  cached = g_malloc (sizeof (CachedText) + lines->len * sizeof (CachedLine));
  cached->n_lines = lines->len;
  cached->bottom = bottom;
  memcpy (cached->lines, lines->data, lines->len * sizeof (CachedLine));
  return cached;
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
  char *key = cache_key (text, font_size, bold, width, max_lines, align);
  CachedText *cached = g_hash_table_lookup (self->layouts, key);
  PdShape *shape = g_new0 (PdShape, 1);

  if (cached)
    g_free (key);
  else
    {
      cached = lay_out (self, text, font_size, bold, width, max_lines, align);
      cache_insert (self->layouts, key, cached);
    }

  shape->type = PD_SHAPE_TEXT;
  shape->lines = g_ptr_array_new_full (cached->n_lines, (GDestroyNotify) line_free);
  shape->font_size = font_size;
  shape->bold = bold;
  shape->color = color;
  for (guint i = 0; i < cached->n_lines; i++)
    {
      PdTextLine *line = g_new (PdTextLine, 1);

      line->text = g_strdup (cached->lines[i].text);
      line->width = cached->lines[i].width;
      line->x = x + cached->lines[i].dx;
      line->y = y + cached->lines[i].baseline;
      g_ptr_array_add (shape->lines, line);
    }
  if (height)
    *height = (y + cached->bottom) - y;
  return shape;
}
