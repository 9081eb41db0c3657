/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet's structure in a tagged PDF, in the order it is read: the
 * title a first-level heading, each section's heading a second-level
 * one, rows of a picture and words (the steps, the notes about the
 * leaflet, the agencies) items of a list, the picture or swatch their
 * label and the words their body, everything else paragraphs and
 * figures. Each picture is a figure with what it shows as its
 * alternative text. A step that goes on over a page stays one item;
 * its picture shown again there is a figure in the item's body.
 * Steps of other ways (level 1 and 2) are items of the same list: their
 * lead ("Or you might have this:") says how they relate. */
#include <string.h>

#include "pd-leaflet-private.h"
#include "pd-pictograms.h"

/* What picture @name shows, and the language that is said in (NULL: the
 * leaflet's); as pd_leaflet_draw_picture() draws it. */
char *
pd_leaflet_picture_alt (PdLeaflet   *leaflet,
                        const char  *name,
                        const char **lang)
{
  const char *base;
  char *words, *dot;

  *lang = leaflet->language ? "en" : NULL;
  if (pd_pictograms_has (name))
    return g_strdup (pd_pictograms_get_description (name));
  if (name == NULL || leaflet->pictures == NULL
      || !g_hash_table_contains (leaflet->pictures, name))
    return g_strdup (pd_pictograms_get_description ("person"));
  /* A picture of the user's own: the file has no description but its
   * name, "group-session.jpg" said "group session". */
  *lang = NULL;
  base = strrchr (name, '/');
  words = g_strdup (base ? base + 1 : name);
  dot = strrchr (words, '.');
  if (dot && dot != words)
    *dot = '\0';
  g_strdelimit (words, "-_", ' ');
  return words;
}

static gboolean
row_has_text (const PdLeafletPage *page,
              guint                b)
{
  const PdLeafletBox *first = g_ptr_array_index (page->boxes, b);

  for (guint i = b; i < page->boxes->len; i++)
    {
      const PdLeafletBox *box = g_ptr_array_index (page->boxes, i);

      if (box->row != first->row)
        break;
      if (box->kind == PD_LEAFLET_TEXT)
        return TRUE;
    }
  return FALSE;
}

static gboolean
current_is (PdLeafletTagging *tagging,
            const char       *name)
{
  return g_strcmp0 (pd_pdf_tags_current (tagging->tags), name) == 0;
}

/* Ends the row's elements, the list it is an item of staying open. */
static void
end_row (PdLeafletTagging *tagging,
         cairo_t          *cr)
{
  while (!current_is (tagging, "L") && !current_is (tagging, "Document")
         && pd_pdf_tags_current (tagging->tags))
    pd_pdf_tags_end (tagging->tags, cr);
}

static void
end_list (PdLeafletTagging *tagging,
          cairo_t          *cr)
{
  if (current_is (tagging, "L"))
    pd_pdf_tags_end (tagging->tags, cr);
}

void
pd_leaflet_tags_before (PdLeafletTagging    *tagging,
                        cairo_t             *cr,
                        const PdLeafletPage *page,
                        guint                b)
{
  const PdLeafletBox *box = g_ptr_array_index (page->boxes, b);
  PdPdfTags *tags = tagging->tags;

  tagging->leaf = FALSE;
  if (tags == NULL)
    return;
  if (box->row != tagging->row)
    {
      end_row (tagging, cr);
      tagging->row = box->row;
      if (box->kind != PD_LEAFLET_TEXT && row_has_text (page, b))
        {
          if (!current_is (tagging, "L"))
            pd_pdf_tags_begin (tags, cr, "L");
          pd_pdf_tags_begin (tags, cr, "LI");
          pd_pdf_tags_begin (tags, cr, "Lbl");
        }
      else
        end_list (tagging, cr);
    }
  if (box->kind == PD_LEAFLET_PICTURE)
    {
      const char *lang;
      g_autofree char *alt = pd_leaflet_picture_alt (tagging->leaflet, box->picture, &lang);

      pd_pdf_tags_begin_figure (tags, cr, alt, lang);
      tagging->leaf = TRUE;
    }
  else if (box->kind == PD_LEAFLET_TEXT)
    {
      pd_pdf_tags_begin (tags, cr, box->heading == 1 ? "H1" : box->heading ? "H2" : "P");
      tagging->leaf = TRUE;
    }
}

void
pd_leaflet_tags_after (PdLeafletTagging *tagging,
                       cairo_t          *cr)
{
  if (tagging->tags == NULL)
    return;
  if (tagging->leaf)
    pd_pdf_tags_end (tagging->tags, cr);
  tagging->leaf = FALSE;
  /* An item's label is its first box; its body all that follows. */
  if (current_is (tagging, "Lbl"))
    {
      pd_pdf_tags_end (tagging->tags, cr);
      pd_pdf_tags_begin (tagging->tags, cr, "LBody");
    }
}

void
pd_leaflet_tags_end (PdLeafletTagging *tagging,
                     cairo_t          *cr)
{
  while (tagging->tags && pd_pdf_tags_current (tagging->tags))
    pd_pdf_tags_end (tagging->tags, cr);
}
