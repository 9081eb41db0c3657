/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-scene.h"

G_BEGIN_DECLS

/* Writes a scene as SVG that is safe and accessible to publish: every label
 * a <text> element (never paths or HTML), a document <title> and <desc>,
 * role="img" with aria-labelledby, a <title> on each step and transition,
 * groups in reading order with ids and classes a web page can style. The
 * root is a graphics document named by the title, each step and transition
 * a graphics symbol named by its own <title>, so that a screen reader can
 * go from step to step; the shapes that draw them are hidden from it. It
 * never writes <script>, event attributes, external references or
 * <foreignObject>; text is cleaned of control characters and made valid
 * UTF-8. Returns: (transfer full). */
GBytes *pd_svg_write (PdScene *scene);

/* An id prefix made from @name (a file name or a title): its letters and
 * digits in lower case, runs of anything else as one "-", ending in "-";
 * it starts with a letter. Returns: (transfer full). */
char   *pd_svg_id_prefix_from_name (const char *name);
/* Whether @prefix can begin an id and a CSS selector's name: a letter,
 * then letters, digits, "-" and "_". */
gboolean pd_svg_id_prefix_is_valid (const char *prefix);

G_END_DECLS
