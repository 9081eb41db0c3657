/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The diagram's look in one table: the dashes, line widths, greys,
 * paddings, corner radii and font sizes its steps, transitions, labels,
 * title and key are drawn with, in px at 100%. The shapes' geometry (a
 * diamond's points, a curve's controls) stays with the code that draws it. */
#pragma once

#include "pd-geometry.h"
#include "pd-enums.h"

G_BEGIN_DECLS

typedef struct {
  PdColor colour;
  double  width;
  double  heavy_width;                   /* stepping up or down */
  double  dash[PD_N_EDGE_KINDS][2];      /* on, off; 0, 0 for a solid line */
  double  arrow_length;
  double  arrow_half_width;
  double  corner_radius;                 /* a square way's corners */
  double  smooth_radius;                 /* a smooth way's widest curve */
  double  pair_gap;                      /* each of two opposite lines to its right */
  double  bounds_margin;                 /* round a line, to hit it */
  /* People a year shown: a line's width from the first (no one) to the
   * second (the most along any one transition), by the square root of its
   * share of that most, so that its area, not its width, tells the share;
   * its arrowhead and dashes grow with it. */
  double  flow_width[2];
  double  flow_arrow_length;             /* in widths, when longer than arrow_length */
  double  flow_arrow_half_width;         /* in widths, when wider than arrow_half_width */
} PdSceneEdgeStyle;

typedef struct {
  double  font;
  PdColor ground;                        /* so the words read over lines */
  PdColor border;
  double  border_width;
  double  radius;
  double  pad_x;
  double  pad_y;
  double  line_gap;                      /* between a line and a label beside it */
  double  further;                       /* each move further out, once beside fails */
} PdSceneLabelStyle;

typedef struct {
  double  font;
  double  tag_font;                      /* tags and the agency's letter */
  double  details_font;
  double  title_line;                    /* line height, in fonts */
  double  tag_line;
  double  tag_gap;
  double  details_gap;
  double  min_text_width;
  double  min_contrast;                  /* text on the fill, WCAG */
  PdColor fallback_fill;                 /* no agency, or its colour unreadable */
  double  stroke_shade;                  /* towards black, of the fill */
  double  outline_width;
  double  dashed_outline_width;
  double  planned_tint;                  /* towards white */
  double  planned_stroke_shade;
  double  planned_dash[2];
  PdColor not_offered_stroke;
  double  not_offered_dash[2];
  double  corner_radius;
  double  cut_corner;                    /* an assessment's, at most */
  double  wave;                          /* an information step's foot, at most */
  double  tag_point;                     /* a link's point, at most */
  double  bar_inset_x;                   /* a review's bars */
  double  bar_inset_y;
  double  inset_left;                    /* the words from the outline */
  double  inset_right;
  double  inset_top;
  double  inset_bottom;
  double  information_inset_bottom;
  double  link_inset_right;
  double  review_inset_right;
  double  badge_radius;
  double  badge_inset;                   /* its centre from the top left corner */
  double  decision_badge_inset;          /* from a diamond's left point */
  double  badge_outline_width;
} PdSceneNodeStyle;

typedef struct {
  double  title_font;
  double  subtitle_font;
  PdColor subtitle_colour;
  guint   title_lines;
  double  title_gap;                     /* between the title and the line under it */
  double  title_above;                   /* the title block above the diagram */
  double  min_width;
  double  font;
  double  below;                         /* the key below the diagram */
  double  heading_gap;
  double  heading_width;
  double  item_gap;
  double  row_gap;
  double  icon_width;
  double  icon_height;
  double  icon_gap;                      /* between an icon and its words */
  double  max_words_width;
  double  agency_radius;
  double  agency_width;
  PdColor sample_fill;                   /* a kind of step */
  PdColor sample_stroke;
  double  sample_width;
  PdColor planned_sample_fill;
  double  availability_width;
  /* A key placed in free room of the diagram: in a white box this far
   * around it, with this outline, the box this far clear of all else. */
  double  inside_inset;
  PdColor inside_stroke;
  double  inside_clear;
} PdSceneKeyStyle;

typedef struct {
  double  fill_tint;                     /* the agency's colour towards white */
  double  stroke_tint;
  double  width;
  double  pad_x;                         /* its name from its corner */
  double  pad_y;
} PdSceneLaneStyle;

/* How high contrast changes the scene once it is built. */
typedef struct {
  double  min_line;
  double  widen;
  double  pale;                          /* fills lighter than this become white */
  double  grey_spread;                   /* colours less spread than this are grey */
  double  dark_text;                     /* text darker than this becomes black */
} PdSceneContrastStyle;

typedef struct {
  PdColor              text;             /* dark words on white or pale fills */
  PdSceneEdgeStyle     edge;
  PdSceneLabelStyle    label;
  PdSceneNodeStyle     node;
  PdSceneKeyStyle      key;
  PdSceneLaneStyle     lane;
  PdSceneContrastStyle contrast;
} PdSceneStyle;

/* The one table, alive as long as the program: (transfer none). */
const PdSceneStyle *pd_scene_style (void);

G_END_DECLS
