/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet's layout: rows of a picture and words, flowed onto pages. */
#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-hard-words.h"
#include "pd-language.h"
#include "pd-leaflet.h"
#include "pd-leaflet-flow-private.h"
#include "pd-leaflet-gettext.h"
#include "pd-leaflet-private.h"
#include "pd-enums.h"
#include "pd-pictograms.h"
#include "pd-picture.h"
#include "pd-readability.h"
#include "pd-scene-text.h"

typedef PdComposer Composer;

/* The leaflet's fixed phrases, in its language (pd-leaflet-gettext.c). */
#define P_(String) pd_leaflet_gettext (c->leaflet->language, String)

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
  g_free (leaflet->language);
  g_free (leaflet->font_family);
  g_free (leaflet->date);
  g_free (leaflet);
}

gboolean
pd_leaflet_is_own_picture (const char *name)
{
  g_autofree char *lower = NULL;

  if (!pd_picture_is_folder_name (name))
    return FALSE;
  lower = g_ascii_strdown (name, -1);
  return g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".jpg")
         || g_str_has_suffix (lower, ".jpeg") || g_str_has_suffix (lower, ".svg");
}

PangoLayout *
pd_leaflet_layout_text (PangoContext    *context,
                        const PdLeaflet *leaflet,
                        const char      *text,
                        double           size,
                        gboolean         bold,
                        double           width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoAttrList *attributes = pango_attr_list_new ();

  /* Plain sans serif (rule 2), bold the only emphasis (rule 8). */
  pango_font_description_set_family (font, leaflet->font_family ? leaflet->font_family
                                                                : PD_LEAFLET_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Aligned to where lines start, ragged at their end, never hyphenated
   * (rule 4). The direction is found from each paragraph's first letter,
   * and Pango swaps left for right in a right-to-left one: Urdu aligned
   * right, an English name left; numbers within Urdu stay left to right
   * (the bidi algorithm, the paragraph given whole). */
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_line_spacing (layout, (float) leaflet->line_spacing);
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* The height of a line of @families' type for @lang, per point of size. */
static double
type_height (PangoContext *context,
             const char   *families,
             const char   *lang)
{
  PangoFontDescription *font = pango_font_description_from_string (families);
  PangoFontMetrics *metrics;
  double height;

  pango_font_description_set_absolute_size (font, 100 * PANGO_SCALE);
  metrics = pango_context_get_metrics (context, font, pango_language_from_string (lang));
  height = (double) pango_font_metrics_get_height (metrics) / PANGO_SCALE / 100;
  pango_font_metrics_unref (metrics);
  pango_font_description_free (font);
  return height;
}

/* Rule 3: lines 1.5 apart, as the height of Latin type sets them. Pango
 * multiplies the height of the type a line is in, and type for some
 * scripts is far taller, for marks and cascades (Noto Sans Arabic's 2.1
 * times its size, Nastaliq's 2.5, Liberation Sans's 1.2): 1.5 times that
 * set a paragraph's lines further apart than the paragraphs. Its lines
 * are as far apart as Latin ones, never closer than its own height. */
static double
line_spacing_for (PangoContext    *context,
                  const PdLeaflet *leaflet)
{
  double latin = type_height (context, PD_LEAFLET_FONT_FAMILY, "en");
  double own = type_height (context, leaflet->font_family,
                            leaflet->language ? leaflet->language : "en");

  if (own <= latin || latin <= 0)
    return 1.5;
  return MAX (1.0, 1.5 * latin / own);
}

static double
text_height (Composer   *c,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  return pd_composer_measure (c, text, size, bold, width, FALSE, NULL);
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
  return pd_composer_add_text (c, x, y, width, text, size, bold, body)->rect.height;
}

/* A row of a picture and words that is not a step. */
static void
add_row (Composer   *c,
         const char *picture,
         const char *words)
{
  PdLeafletRow row = { .picture = picture, .words = words, .colour = PD_COLOR_NONE };

  pd_composer_add_row (c, &row);
}

static void
compose_cover (Composer   *c,
               PdDocument *document)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  double width = l->width - 2 * l->margin;
  double side = pd_leaflet_picture_side (l) * 1.6;
  PdLeafletBox *title;

  c->row++;
  title = pd_composer_add_text (c, l->margin, c->y, width, l->title, size * 1.75, TRUE, FALSE);
  title->heading = 1;
  c->y += title->rect.height + size;
  /* The cover's picture stands under the title, a row of its own. */
  c->row++;
  pd_composer_add_box (c, PD_LEAFLET_PICTURE, l->margin, c->y, side, side)->picture
    = g_strdup ("help");
  c->y += side + size;
  c->row++;
  c->y += add_text (c, l->margin, c->y, width,
                    P_("This leaflet tells you about the help you might get from us."),
                    size, FALSE, TRUE) + size * 2;
}

static void
compose_about (Composer *c)
{
  pd_composer_add_heading (c, P_("About this leaflet"), pd_leaflet_picture_side (c->leaflet));
  add_row (c, "information", P_("This leaflet shows the steps of your help, one after another."));
  add_row (c, "person", P_("Everyone is different. You might not have every step."));
  add_row (c, "question", P_("You can ask your worker about anything in this leaflet."));
}

/* @agency's name in @lang, else in English, else its id. */
static const char *
agency_name (PdAgency   *agency,
             const char *lang)
{
  const char *name = pd_agency_get_name_for (agency, lang);

  if (name == NULL || *name == '\0')
    name = pd_agency_get_name (agency);
  return name && *name ? name : pd_agency_get_id (agency);
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

  const char *lang = c->leaflet->language;

  pd_composer_add_heading (c, P_("What might happen"), pd_leaflet_picture_side (c->leaflet));
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      g_autofree char *words = step->timing ? g_strdup_printf ("%s %s", step->text, step->timing)
                                            : g_strdup (step->text);
      g_autofree char *agency = NULL;
      g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_free);
      PdLeafletRow row = { step_picture (c->leaflet, step->node), step->depth };

      row.colour = PD_COLOR_NONE;
      if (step->agency)
        {
          agency = g_strdup_printf (P_("Who helps: %s"), agency_name (step->agency, lang));
          pd_color_parse (pd_agency_get_colour (step->agency), &row.colour);
        }
      /* Steps planned or not offered, when kept, say so first (in words;
       * the easy-read side of the diagram's "Planned" and "Not offered"). */
      if (step->not_offered)
        row.lead = pd_node_get_availability (step->node) == PD_AVAILABILITY_PLANNED
                   ? P_("Coming later, not yet:") : P_("Not offered here:");
      else if (step->alternative)
        row.lead = P_("Or you might have this:");
      /* A way back to a step told elsewhere is said, not told again. */
      if (step->then)
        {
          g_autofree char *title = pd_journey_title_for (step->then, lang);
          g_ptr_array_add (after, g_strdup_printf (P_("Then you go back to: %s"), title));
        }
      for (guint k = 0; k < step->also->len; k++)
        {
          g_autofree char *title = pd_journey_title_for (g_ptr_array_index (step->also, k), lang);
          g_ptr_array_add (after, g_strdup_printf (P_("Or you might go back to: %s"), title));
        }
      g_ptr_array_add (after, NULL);
      row.words = words;
      row.after = (const char *const *) after->pdata;
      row.agency = agency;
      pd_composer_add_row (c, &row);
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
  pd_composer_add_heading (c, P_("Who might help you"), swatch);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      const char *name = agency_name (agency, l->language);
      double x = l->margin + swatch + size;
      double height;
      PdColor colour;

      if (!g_hash_table_contains (used, agency))
        continue;
      pd_color_parse (pd_agency_get_colour (agency), &colour);
      height = pd_composer_measure (c, name, size, FALSE, l->width - l->margin - x, TRUE, NULL);
      pd_composer_make_room (c, MAX (height, swatch));
      c->row++;
      pd_composer_add_box (c, PD_LEAFLET_SWATCH, l->margin, c->y, swatch, swatch)->colour = colour;
      add_text (c, x, c->y + MAX (0, (swatch - height) / 2), l->width - l->margin - x, name, size,
                FALSE, TRUE);
      c->y += MAX (height, swatch) + size;
    }
}

/* The hard words the leaflet uses, each once, with what they mean: a term
 * and its meaning kept together on one page. */
static void
compose_words (Composer *c)
{
  PdLeaflet *l = c->leaflet;
  double size = l->options.font_size;
  double width = l->width - 2 * l->margin;
  GPtrArray *found = l->journey->words;

  for (guint i = 0; i < found->len; i++)
    {
      const PdHardWord *word = g_ptr_array_index (found, i);
      double height = pd_composer_measure (c, word->term, size, TRUE, width, TRUE, NULL)
                      + pd_composer_measure (c, word->explanation, size, FALSE, width, TRUE,
                                             NULL);
      PdLeafletBox *term;

      if (i == 0)
        pd_composer_add_heading (c, P_("Words to know"), height);
      pd_composer_make_room (c, height);
      c->row++;
      term = pd_composer_add_text (c, l->margin, c->y, width, word->term, size, TRUE, TRUE);
      term->keep_with_next = TRUE;
      c->y += term->rect.height;
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
  double foot;

  g_object_get (document, "lead", &lead, NULL);
  words = lead ? g_strdup_printf (P_("Ask your worker or your doctor about your help. "
                                     "The person in charge of these steps is %s."), lead)
               : g_strdup (P_("Ask your worker or your doctor about your help."));
  pd_composer_add_heading (c, P_("Contact us"), pd_leaflet_picture_side (l));
  add_row (c, "phone", words);
  /* Where the pictures come from, at the foot of the last page. */
  foot = text_height (c, pd_pictograms_attribution_for (l->language), small, FALSE, width);
  pd_composer_make_room (c, foot);
  c->row++;
  add_text (c, l->margin, l->height - l->margin - foot, width,
            pd_pictograms_attribution_for (l->language), small, FALSE, FALSE);
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

/* A right-to-left leaflet is the left-to-right one in a mirror: pictures
 * on the right, the words to their left, other ways indented from the
 * right, an agency's colour right of its name. */
static void
mirror (PdLeaflet *leaflet)
{
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);

          box->rect.x = leaflet->width - box->rect.x - box->rect.width;
        }
    }
}

gboolean
pd_leaflet_check_language (const char  *lang,
                           GError     **error)
{
  const PdLanguageInfo *info;

  if (lang == NULL || pd_language_tag_is_default (lang))
    return TRUE;
  info = pd_language_info (lang);
  if (!pd_language_tag_is_valid (lang) || info == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);
      const PdLanguageInfo *const *list = pd_language_list ();

      for (guint i = 0; list[i]; i++)
        g_string_append_printf (known, "%s%s", i ? ", " : "", list[i]->tag);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a language the leaflet knows: give one of %s"), lang,
                   known->str);
      return FALSE;
    }
  if (!pd_language_own_font_installed (lang) || !pd_language_font_available (lang, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No font for %s is installed: install the Debian package %s"),
                   info->english_name, info->font_package);
      return FALSE;
    }
  return TRUE;
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
  const PdLanguageInfo *info;
  const char *title;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  leaflet->options = *options;
  g_object_get (document, "modified-date", &leaflet->date, NULL);
  if (options->language && !pd_language_tag_is_default (options->language))
    leaflet->language = pd_language_tag_normalize (options->language);
  leaflet->options.language = leaflet->language;
  info = pd_language_info (leaflet->language);
  leaflet->right_to_left = info && info->right_to_left;
  /* The language's own families first; Latin letters and digits in them
   * (an English name, a number) from the usual ones. */
  leaflet->font_family = info && leaflet->language
                         ? g_strconcat (info->font_families, ",", PD_LEAFLET_FONT_FAMILY, NULL)
                         : g_strdup (PD_LEAFLET_FONT_FAMILY);
  leaflet->options.font_size = CLAMP (options->font_size, PD_LEAFLET_MIN_FONT_SIZE,
                                      PD_LEAFLET_MAX_FONT_SIZE);
  /* Portrait (rule 16); a generous margin. */
  leaflet->width = options->paper == PD_LEAFLET_A5 ? 419.53 : 595.28;
  leaflet->height = options->paper == PD_LEAFLET_A5 ? 595.28 : 841.89;
  leaflet->margin = options->paper == PD_LEAFLET_A5 ? 36 : 56;
  leaflet->line_spacing = 1.5;    /* rule 3; see line_spacing_for() */
  leaflet->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  /* Cleaned as the diagram cleans it, for the cover and the metadata. */
  title = pd_document_get_title_for (document, leaflet->language);
  if (title == NULL || *title == '\0')
    title = pd_document_get_title (document);
  leaflet->title = pd_text_clean (title ? title : pd_leaflet_gettext (leaflet->language,
                                                                      N_("Your care")));
  journey_options.include_not_offered = options->include_not_offered;
  journey_options.language = leaflet->language;
  leaflet->journey = pd_journey_new (document, &journey_options, file_name);
  leaflet->folder = file_name ? g_path_get_dirname (file_name) : NULL;
  /* At print resolution: 300 dots an inch of the side it is drawn at. */
  leaflet->pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) pd_picture_free);
  load_pictures (leaflet->journey, file_name,
                 (int) ceil (pd_leaflet_picture_side (leaflet) / 72 * 300), leaflet->pictures);

  /* Unhinted metrics, as the PDF is drawn. */
  c.context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (c.context, font_options);
  cairo_font_options_destroy (font_options);
  leaflet->line_spacing = line_spacing_for (c.context, leaflet);

  pd_composer_new_page (&c);
  compose_cover (&c, document);
  compose_about (&c);
  compose_steps (&c);
  compose_agencies (&c, document);
  compose_words (&c);
  compose_contact (&c, document);
  g_object_unref (c.context);
  if (leaflet->right_to_left)
    mirror (leaflet);
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
