/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "pd-document.h"
#include "pd-geometry.h"
#include "pd-journey.h"

G_BEGIN_DECLS

/* An easy-read leaflet laid out in pages (EASYREAD.md): a cover, "About
 * this leaflet", the steps (a picture on the left, the words on the
 * right; a step on one page unless it is longer than a page, then its
 * words go on under "(continued)"), "Who might help you", "Words to
 * know", "Contact us" and where the pictures come from. Units are
 * points (1/72 inch), the page's top left corner at (0, 0). */
typedef enum {
  PD_LEAFLET_A4,
  PD_LEAFLET_A5,
} PdLeafletPaper;

typedef struct {
  PdLeafletPaper paper;
  double         font_size;           /* body text, in points (16) */
  gboolean       include_not_offered;
  const char    *language;            /* its texts' and phrases' tag; NULL or "en": English */
} PdLeafletOptions;

#define PD_LEAFLET_OPTIONS_DEFAULT { PD_LEAFLET_A4, 16.0, FALSE, NULL }
/* Smaller body text is refused (rule 1). */
#define PD_LEAFLET_MIN_FONT_SIZE 14.0
#define PD_LEAFLET_MAX_FONT_SIZE 28.0
/* Longer is reported among the journey's problems (rule 7). */
#define PD_LEAFLET_LONG_PAGES 20

typedef enum {
  PD_LEAFLET_TEXT,
  PD_LEAFLET_PICTURE,
  PD_LEAFLET_SWATCH,      /* an agency's colour, beside its name */
} PdLeafletBoxKind;

typedef struct {
  PdLeafletBoxKind kind;
  PdRect   rect;
  char    *text;          /* text: plain words, lines broken by Pango */
  double   size;          /* text: points */
  gboolean bold;
  gboolean body;          /* text: reading text, held to the body size */
  char    *picture;       /* picture: a pictogram name */
  PdColor  colour;        /* swatch */
  int      row;           /* boxes of one row share it (a step, an agency), across pages */
  guint    level;         /* a step's nesting: 0 the usual way, 1 another way, 2 a way off that */
  gboolean continued;     /* text: its words go on in the row's next text box, on the next page */
  gboolean repeat;        /* the picture and "(continued)" lead again where a step goes on */
  gboolean keep_with_next; /* text: kept on the page of the row's next box (a term, its meaning) */
  guint    heading;       /* text: 1 the title, 2 a section's heading; 0 neither */
} PdLeafletBox;

typedef struct {
  GPtrArray *boxes;       /* of PdLeafletBox, in reading order */
} PdLeafletPage;

typedef struct {
  double     width, height;
  double     margin;
  double     line_spacing;
  PdLeafletOptions options;
  GPtrArray *pages;       /* of PdLeafletPage */
  PdJourney *journey;
  char      *title;
  char      *folder;        /* the pathway's, where its own pictures are; or NULL */
  GHashTable *pictures;     /* own picture name → PdPicture, read once, those that load */
  char       *language;     /* normalised tag; NULL for English (options.language is it) */
  gboolean    right_to_left;  /* pictures on the right, words aligned right */
  char       *font_family;  /* the language's families, then the Latin ones */
  char       *date;         /* the pathway's last change, YYYY-MM-DD, that its PDF gives as
                             * the day it was made; NULL: the time it is made */
} PdLeaflet;

/* Returns: (transfer full); free accepts NULL. @options: (nullable), the
 * defaults. The render functions below return (transfer full) (nullable)
 * bytes, NULL with @error set. */
PdLeaflet *pd_leaflet_compose    (PdDocument             *document,
                                  const PdLeafletOptions *options,
                                  const char             *file_name);
/* Whether a leaflet in @lang can be made: a tag the program knows, and a
 * font with its letters installed (never boxes in place of letters); else
 * FALSE with an error saying which package to install. */
gboolean   pd_leaflet_check_language (const char         *lang,
                                      GError            **error);
void       pd_leaflet_free       (PdLeaflet              *leaflet);
/* Adds a warning to @journey's problems for each step whose own picture
 * (of the pathway in @file_name's folder) cannot be used, as composing its
 * leaflet would, without composing it. */
void       pd_leaflet_check_pictures (PdJourney          *journey,
                                      const char         *file_name);
/* Draws page @index on @cr, in points. */
void       pd_leaflet_draw_page  (PdLeaflet              *leaflet,
                                  guint                   index,
                                  cairo_t                *cr);
/* Page @index as an SVG document for the web: words as <text>, pictures
 * named by what they show, the leaflet's language on its root. These and
 * the renders below return (transfer full) (nullable), NULL with @error
 * set. */
GBytes    *pd_leaflet_render_svg_page (PdLeaflet         *leaflet,
                                       guint              index,
                                       GError           **error);

typedef struct {
  /* Before every id and every reference to one, then "page-N-" for page
   * N, so that all the pages of several leaflets can share one web page
   * and keep their own names; NULL or "" for none (and no page number). */
  const char *id_prefix;
  /* To paste into a web page: no XML declaration. */
  gboolean    inline_svg;
} PdLeafletSvgOptions;

#define PD_LEAFLET_SVG_OPTIONS_DEFAULT ((PdLeafletSvgOptions) { NULL, FALSE })

/* The same with @options (nullable: the defaults). */
GBytes    *pd_leaflet_render_svg_page_with_options (PdLeaflet                 *leaflet,
                                                    guint                      index,
                                                    const PdLeafletSvgOptions *options,
                                                    GError                   **error);
/* A PDF of the leaflet: text stays text, the title in the metadata. */
GBytes    *pd_leaflet_render_pdf (PdLeaflet              *leaflet,
                                  GError                **error);

/* An OpenDocument text (.odt) of the leaflet, to polish in LibreOffice:
 * the same words and pictures, a picture and its words side by side in a
 * table row that never splits across pages, and styles that keep the
 * rules (Body, Lead, Heading). */
GBytes    *pd_leaflet_render_odt (PdLeaflet              *leaflet,
                                  GError                **error);

/* One self-contained, accessible web page (HTML) of the leaflet, for a
 * website: the same sections and words, pictures embedded as PNG data, no
 * script and nothing fetched from anywhere. */
GBytes    *pd_leaflet_render_html (PdLeaflet             *leaflet,
                                   GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdLeaflet, pd_leaflet_free)

G_END_DECLS
