/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-svg-writer.h"

G_BEGIN_DECLS

/* For the exports of render/. */

typedef struct {
  /* Put before every id and every reference to one, so that two diagrams
   * on one web page keep their own names; NULL or "" for none. */
  const char *id_prefix;
  /* To paste into a web page: no XML declaration. */
  gboolean    inline_svg;
  /* The language of its words (BCP 47); NULL for English. */
  const char *language;
} PdSvgOptions;

#define PD_SVG_OPTIONS_DEFAULT ((PdSvgOptions) { NULL, FALSE, NULL })

/* pd_svg_write() with @options. Returns: (transfer full). */
GBytes *pd_svg_write_with_options (PdScene            *scene,
                                   const PdSvgOptions *options);

G_END_DECLS
