/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-scene.h"

G_BEGIN_DECLS

/* Writes a scene as SVG that is safe and accessible to publish: every label
 * a <text> element (never paths or HTML), a document <title> and <desc>,
 * role="img" with aria-labelledby, a <title> on each step and transition,
 * groups in reading order with ids and classes a web page can style. It
 * never writes <script>, event attributes, external references or
 * <foreignObject>; text is cleaned of control characters and made valid
 * UTF-8. */
GBytes *pd_svg_write (PdScene *scene);

G_END_DECLS
