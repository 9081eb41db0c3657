/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "pd-leaflet.h"

G_BEGIN_DECLS

/* Boxes flowed onto a leaflet's pages: text measured as it is drawn, a
 * heading kept with what follows it, a row of a picture and words on one
 * page, or over several under "(continued)" when it is longer than a page. */
typedef struct {
  PdLeaflet     *leaflet;
  PangoContext  *context;
  PdLeafletPage *page;
  double         y;
  int            row;
  guint          heading_start;   /* a heading's first box at the page's foot, or G_MAXUINT */
  double         heading_top;
  gboolean       in_heading;
} PdComposer;

/* A picture and words beside it. */
typedef struct {
  const char        *picture;
  guint              level;     /* indented this many levels (two at most) */
  const char        *lead;      /* a bold line above the words, or NULL */
  const char        *words;
  const char *const *after;     /* lines after the words, NULL-terminated, or NULL */
  const char        *agency;    /* "Who helps: …" beside a swatch of @colour, or NULL */
  PdColor            colour;
} PdLeafletRow;

void          pd_composer_new_page   (PdComposer *c);
/* Room for @height more on this page, or a new page (a heading at this
 * page's foot goes with it). */
void          pd_composer_make_room  (PdComposer *c,
                                      double      height);
PdLeafletBox *pd_composer_add_box    (PdComposer      *c,
                                      PdLeafletBoxKind kind,
                                      double           x,
                                      double           y,
                                      double           width,
                                      double           height);
/* The height of @text laid out at @width; @width_used (or NULL) receives
 * the width it is laid out at when @balance narrows it a little so that
 * no paragraph ends in a line of one word. */
double        pd_composer_measure    (PdComposer *c,
                                      const char *text,
                                      double      size,
                                      gboolean    bold,
                                      double      width,
                                      gboolean    balance,
                                      double     *width_used);
/* @text (made clean) in a box at @x, @y; its height. Body text is
 * balanced as pd_composer_measure() says. */
PdLeafletBox *pd_composer_add_text   (PdComposer *c,
                                      double      x,
                                      double      y,
                                      double      width,
                                      const char *text,
                                      double      size,
                                      gboolean    bold,
                                      gboolean    body);
/* A heading that stays on the page of what follows it (@next high). */
void          pd_composer_add_heading (PdComposer *c,
                                       const char *text,
                                       double      next);
void          pd_composer_add_row    (PdComposer         *c,
                                      const PdLeafletRow *row);
/* A step's picture's side, and the indent of a level, in points. */
double        pd_leaflet_picture_side (PdLeaflet *leaflet);
double        pd_leaflet_level_indent (PdLeaflet *leaflet);

G_END_DECLS
