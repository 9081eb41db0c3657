/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet's layout: rows of a picture and words, flowed onto pages. */
#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-hard-words.h"
#include "pd-leaflet.h"
#include "pd-leaflet-private.h"
#include "pd-enums.h"
#include "pd-pictograms.h"
#include "pd-picture.h"
#include "pd-readability.h"

typedef struct {
  PdLeaflet     *leaflet;
  PangoContext  *context;
  PdLeafletPage *page;
  double         y;
  int            row;
} Composer;

static void
box_free (PdLeafletBox *box)
{
  g_free (box->text);
  g_free (box->picture);
  g_free (box);
}

static void
page_free (PdLeafletPage *page)
{
  g_ptr_array_unref (page->boxes);
  g_free (page);
}

void
pd_leaflet_free (PdLeaflet *leaflet)
{
  if (leaflet == NULL)
    return;
  g_ptr_array_unref (leaflet->pages);
  g_clear_pointer (&leaflet->journey, pd_journey_free);
  g_free (leaflet->title);
  g_free (leaflet->folder);
  g_clear_pointer (&leaflet->pictures, g_hash_table_unref);
  g_free (leaflet);
}

gboolean
pd_leaflet_is_own_picture (const char *name)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || g_path_is_absolute (name) || strchr (name, '\\')
      || strchr (name, ':'))
    return FALSE;
  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i]; i++)
    if (g_str_equal (parts[i], "..") || *parts[i] == '\0')
      return FALSE;
  lower = g_ascii_strdown (name, -1);
  return g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".jpg")
         || g_str_has_suffix (lower, ".jpeg") || g_str_has_suffix (lower, ".svg");
}

PangoLayout *
pd_leaflet_layout_text (PangoContext *context,
                        const char   *text,
                        double        size,
                        gboolean      bold,
                        double        width,
                        double        line_spacing)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoAttrList *attributes = pango_attr_list_new ();

  /* Plain sans serif (rule 2), bold the only emphasis (rule 8). */
  pango_font_description_set_family (font, PD_LEAFLET_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Left aligned, ragged right, never hyphenated (rule 4). */
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_line_spacing (layout, (float) line_spacing);
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_height (Composer   *c,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  g_autoptr(PangoLayout) layout = pd_leaflet_layout_text (c->context, text, size, bold, width,
                                                          c->leaflet->line_spacing);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
new_page (Composer *c)
{
  c->page = g_new0 (PdLeafletPage, 1);
  c->page->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  g_ptr_array_add (c->leaflet->pages, c->page);
  c->y = c->leaflet->margin;
}

/* Room for @height more on this page, or a new one. */
static void
make_room (Composer *c,
           double    height)
{
  if (c->y + height > c->leaflet->height - c->leaflet->margin && c->page->boxes->len > 0)
    new_page (c);
}

static PdLeafletBox *
add_box (Composer        *c,
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
  return box;
}

static double
add_text (Composer   *c,
          double      x,
          double      y,
          double      width,
          const char *text,
          double      size,
          gboolean    bold,
          gboolean    body)
{
  double height = text_height (c, text, size, bold, width);
  PdLeafletBox *box = add_box (c, PD_LEAFLET_TEXT, x, y, width, height);

  box->text = g_strdup (text);
  box->size = size;
  box->bold = bold;
  box->body = body;
  return height;
}

/* A step's picture's side, in points. */
static double
picture_side (PdLeaflet *leaflet)
{
  return leaflet->options.font_size * 5;
}

static double
picture_size (Composer *c)
{
  return picture_side (c->leaflet);
}

/* A heading, kept on the page of what follows it (@next high). */
static void
add_heading (Composer   *c,
             const char *text,
             double      next)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size * 1.3;
  double width = l->width - 2 * l->margin;
  double height = text_height (c, text, size, TRUE, width);

  make_room (c, height + size + next);
  c->row++;
  c->y += add_text (c, l->margin, c->y, width, text, size, TRUE, FALSE) + size * 0.6;
}

/* One idea: a picture on the left, the words on the right (rule 5), kept
 * together on one page; @lead is a bold line above the words. */
static void
add_row (Composer   *c,
         const char *picture,
         const char *lead,
         const char *words,
         const char *agency,
         PdColor     colour)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  double side = picture_size (c);
  double text_x = l->margin + side + size;
  double width = l->width - l->margin - text_x;
  double swatch = size;
  double agency_x = text_x + swatch + size * 0.5;
  double height = 0, y;

  if (lead)
    height += text_height (c, lead, size, TRUE, width);
  height += text_height (c, words, size, FALSE, width);
  if (agency)
    height += size * 0.4 + text_height (c, agency, size, FALSE, l->width - l->margin - agency_x);
  make_room (c, MAX (height, side));
  c->row++;
  y = c->y;
  add_box (c, PD_LEAFLET_PICTURE, l->margin, y, side, side)->picture = g_strdup (picture);
  if (lead)
    y += add_text (c, text_x, y, width, lead, size, TRUE, TRUE);
  y += add_text (c, text_x, y, width, words, size, FALSE, TRUE);
  if (agency)
    y += size * 0.4;
  if (agency)
    {
      /* The agency's colour, and its name beside it: never colour alone. */
      double line = text_height (c, agency, size, FALSE, l->width - l->margin - agency_x);

      add_box (c, PD_LEAFLET_SWATCH, text_x, y + (line - swatch) / 2, swatch, swatch)->colour = colour;
      y += add_text (c, agency_x, y, l->width - l->margin - agency_x, agency, size, FALSE, TRUE);
    }
  c->y = MAX (y, c->y + side) + size * 1.2;
}

static void
compose_cover (Composer   *c,
               PdDocument *document)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  double width = l->width - 2 * l->margin;
  double side = picture_size (c) * 1.6;

  c->row++;
  c->y += add_text (c, l->margin, c->y, width, l->title, size * 1.75, TRUE, FALSE) + size;
  /* The cover's picture stands under the title, a row of its own. */
  c->row++;
  add_box (c, PD_LEAFLET_PICTURE, l->margin, c->y, side, side)->picture = g_strdup ("help");
  c->y += side + size;
  c->row++;
  c->y += add_text (c, l->margin, c->y, width,
                    _("This leaflet tells you about the help you might get from us."),
                    size, FALSE, TRUE) + size * 2;
}

static void
compose_about (Composer *c)
{
  add_heading (c, _("About this leaflet"), picture_size (c));
  add_row (c, "information", NULL,
           _("This leaflet shows the steps of your help, one after another."), NULL,
           PD_COLOR_NONE);
  add_row (c, "person", NULL,
           _("Everyone is different. You might not have every step."), NULL, PD_COLOR_NONE);
  add_row (c, "question", NULL, _("You can ask your worker about anything in this leaflet."),
           NULL, PD_COLOR_NONE);
}

/* The step's own picture when it was read and checked, else a pictogram. */
static const char *
step_picture (PdLeaflet *leaflet,
              PdNode    *node)
{
  const char *own = pd_node_get_pictogram (node);

  if (own && g_hash_table_contains (leaflet->pictures, own))
    return own;
  return pd_pictograms_choose (node);
}

static void
compose_steps (Composer *c)
{
  PdJourney *journey = c->leaflet->journey;

  add_heading (c, _("What might happen"), picture_size (c));
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      g_autofree char *words = step->timing ? g_strdup_printf ("%s %s", step->text, step->timing)
                                            : g_strdup (step->text);
      g_autofree char *agency = NULL;
      PdColor colour = PD_COLOR_NONE;

      if (step->agency)
        {
          agency = g_strdup_printf (_("Who helps: %s"), pd_agency_get_name (step->agency)
                                                        ? pd_agency_get_name (step->agency)
                                                        : pd_agency_get_id (step->agency));
          pd_color_parse (pd_agency_get_colour (step->agency), &colour);
        }
      const char *lead = NULL;

      /* Steps not offered yet, when kept, say so first (in words). */
      if (step->not_offered)
        lead = pd_node_get_availability (step->node) == PD_AVAILABILITY_PLANNED
               ? _("Coming later, not yet:") : _("Not offered here yet:");
      else if (step->alternative)
        lead = _("Or you might have this:");
      add_row (c, step_picture (c->leaflet, step->node), lead, words, agency, colour);
    }
}

static void
compose_agencies (Composer   *c,
                  PdDocument *document)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  double swatch = size * 2;
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  GListModel *agencies = pd_document_get_agencies (document);

  for (guint i = 0; i < l->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (l->journey->steps, i);
      if (step->agency)
        g_hash_table_add (used, step->agency);
    }
  if (g_hash_table_size (used) == 0)
    return;
  add_heading (c, _("Who might help you"), swatch);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      double x = l->margin + swatch + size;
      double height;
      PdColor colour;

      if (!g_hash_table_contains (used, agency))
        continue;
      pd_color_parse (pd_agency_get_colour (agency), &colour);
      height = text_height (c, pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                           : pd_agency_get_id (agency),
                            size, FALSE, l->width - l->margin - x);
      make_room (c, MAX (height, swatch));
      c->row++;
      add_box (c, PD_LEAFLET_SWATCH, l->margin, c->y, swatch, swatch)->colour = colour;
      add_text (c, x, c->y + MAX (0, (swatch - height) / 2), l->width - l->margin - x,
                pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                            : pd_agency_get_id (agency),
                size, FALSE, TRUE);
      c->y += MAX (height, swatch) + size;
    }
}

/* The hard words the leaflet uses, each once, with what they mean. */
static void
compose_words (Composer *c)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  double width = l->width - 2 * l->margin;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; i < l->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (l->journey->steps, i);
      g_autoptr(PdReadability) r = pd_readability_analyse (step->text);

      for (guint k = 0; k < r->issues->len; k++)
        {
          PdReadIssue *issue = g_ptr_array_index (r->issues, k);
          const PdHardWord *word;

          if (issue->kind != PD_READ_HARD_WORD)
            continue;
          word = pd_hard_words_lookup (issue->text);
          if (word == NULL && g_str_has_suffix (issue->text, "s"))
            {
              g_autofree char *one = g_strndup (issue->text, strlen (issue->text) - 1);
              word = pd_hard_words_lookup (one);
            }
          if (word && !g_ptr_array_find (found, word, NULL))
            g_ptr_array_add (found, (gpointer) word);
        }
    }
  if (found->len == 0)
    return;
  add_heading (c, _("Words to know"), size * 3);
  for (guint i = 0; i < found->len; i++)
    {
      const PdHardWord *word = g_ptr_array_index (found, i);
      double height = text_height (c, word->term, size, TRUE, width)
                      + text_height (c, word->explanation, size, FALSE, width);

      make_room (c, height);
      c->row++;
      c->y += add_text (c, l->margin, c->y, width, word->term, size, TRUE, TRUE);
      c->y += add_text (c, l->margin, c->y, width, word->explanation, size, FALSE, TRUE) + size;
    }
}

static void
compose_contact (Composer   *c,
                 PdDocument *document)
{
  PdLeaflet *l = c->leaflet;
  g_autofree char *lead = NULL;
  g_autofree char *words = NULL;
  double small = 10, width = l->width - 2 * l->margin;

  g_object_get (document, "lead", &lead, NULL);
  words = lead ? g_strdup_printf (_("Ask your worker or your doctor about your help. "
                                    "The person in charge of these steps is %s."), lead)
               : g_strdup (_("Ask your worker or your doctor about your help."));
  add_heading (c, _("Contact us"), picture_size (c));
  add_row (c, "phone", NULL, words, NULL, PD_COLOR_NONE);
  /* Where the pictures come from, at the foot of the last page. */
  make_room (c, text_height (c, pd_pictograms_attribution (), small, FALSE, width));
  c->row++;
  add_text (c, l->margin, l->height - l->margin
                          - text_height (c, pd_pictograms_attribution (), small, FALSE, width),
            width, pd_pictograms_attribution (), small, FALSE, FALSE);
}

/* Reads each step's own picture once, @pixels on its long side, into
 * @pictures (name → PdPicture) when given. One that cannot be used is
 * said, at its step, and the leaflet shows the step's pictogram. */
static void
load_pictures (PdJourney  *journey,
               const char *file_name,
               int         pixels,
               GHashTable *pictures)
{
  g_autofree char *folder = file_name ? g_path_get_dirname (file_name) : NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      const char *own = pd_node_get_pictogram (step->node);
      const char *title = pd_node_get_title (step->node) ? pd_node_get_title (step->node)
                                                         : pd_node_get_id (step->node);
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;
      const char *reason;
      PdDiagnostic *problem;

      if (own == NULL || pd_pictograms_has (own))
        continue;
      /* Each picture read once; what it gave kept: "" for a good one. */
      if (!g_hash_table_lookup_extended (seen, own, NULL, (gpointer *) &reason))
        {
          PdPicture *picture = NULL;

          if (!pd_leaflet_is_own_picture (own))
            g_set_error (&error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NAME,
                         _("“%s” is neither a pictogram nor a PNG, JPEG or SVG file in the "
                           "pathway’s folder"), own);
          else if (folder == NULL)
            g_set_error (&error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_FOUND,
                         _("“%s” cannot be found until the pathway is saved"), own);
          else
            picture = pd_picture_load (folder, own, pixels, &error);
          if (picture && pictures)
            g_hash_table_insert (pictures, g_strdup (own), picture);
          else
            pd_picture_free (picture);
          reason = error ? error->message : "";
          g_hash_table_insert (seen, g_strdup (own), g_strdup (reason));
          reason = g_hash_table_lookup (seen, own);
        }
      if (*reason == '\0')
        continue;
      message = g_strdup_printf (_("The picture of “%s” cannot be used, so the leaflet shows a "
                                   "pictogram: %s"), title, reason);
      problem = pd_diagnostic_new (file_name, 0, 0, PD_SEVERITY_WARNING, message);
      problem->object_id = g_strdup (pd_node_get_id (step->node));
      g_ptr_array_add (journey->problems, problem);
    }
}

void
pd_leaflet_check_pictures (PdJourney  *journey,
                           const char *file_name)
{
  g_return_if_fail (journey != NULL);

  /* The smallest size worth checking: the decoders still read it all. */
  load_pictures (journey, file_name, 1, NULL);
}

PdLeaflet *
pd_leaflet_compose (PdDocument             *document,
                    const PdLeafletOptions *options,
                    const char             *file_name)
{
  PdLeafletOptions defaults = PD_LEAFLET_OPTIONS_DEFAULT;
  PdJourneyOptions journey_options = { 0 };
  PdLeaflet *leaflet = g_new0 (PdLeaflet, 1);
  Composer c = { leaflet };
  cairo_font_options_t *font_options = cairo_font_options_create ();

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  leaflet->options = *options;
  leaflet->options.font_size = CLAMP (options->font_size, PD_LEAFLET_MIN_FONT_SIZE,
                                      PD_LEAFLET_MAX_FONT_SIZE);
  /* Portrait (rule 16); a generous margin. */
  leaflet->width = options->paper == PD_LEAFLET_A5 ? 419.53 : 595.28;
  leaflet->height = options->paper == PD_LEAFLET_A5 ? 595.28 : 841.89;
  leaflet->margin = options->paper == PD_LEAFLET_A5 ? 36 : 56;
  leaflet->line_spacing = 1.5;    /* rule 3 */
  leaflet->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  leaflet->title = g_strdup (pd_document_get_title (document) ? pd_document_get_title (document)
                                                              : _("Your care"));
  journey_options.include_not_offered = options->include_not_offered;
  leaflet->journey = pd_journey_new (document, &journey_options, file_name);
  leaflet->folder = file_name ? g_path_get_dirname (file_name) : NULL;
  /* At print resolution: 300 dots an inch of the side it is drawn at. */
  leaflet->pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) pd_picture_free);
  load_pictures (leaflet->journey, file_name,
                 (int) ceil (picture_side (leaflet) / 72 * 300), leaflet->pictures);

  /* Unhinted metrics, as the PDF is drawn. */
  c.context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (c.context, font_options);
  cairo_font_options_destroy (font_options);

  new_page (&c);
  compose_cover (&c, document);
  compose_about (&c);
  compose_steps (&c);
  compose_agencies (&c, document);
  compose_words (&c);
  compose_contact (&c, document);
  g_object_unref (c.context);
  if (leaflet->pages->len > PD_LEAFLET_LONG_PAGES)
    {
      g_autofree char *message = g_strdup_printf (
        _("The leaflet has %u pages: aim at 5 or fewer (leave out steps, or make the text "
          "shorter)"), leaflet->pages->len);
      g_ptr_array_add (leaflet->journey->problems,
                       pd_diagnostic_new (file_name, 0, 0, PD_SEVERITY_WARNING, message));
    }
  return leaflet;
}
