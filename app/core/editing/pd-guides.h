/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-geometry.h"

G_BEGIN_DECLS

/* Smart guides: while a step is dragged, its sides and centre snap to the
 * same lines of the steps near it, and the lines they then share are
 * drawn. Steps are rectangles here, in document coordinates. */

typedef struct {
  gboolean vertical;   /* the line x = @at; else y = @at */
  double at;
  double start, end;   /* the stretch of it across the steps it joins */
} PdGuide;

/* The rectangles of the steps of @document that meet @area, but for those
 * whose ids are in @skip (a set of strings; (nullable): none). Returns:
 * (transfer full) (element-type PdRect). */
GArray  *pd_guides_collect (PdDocument   *document,
                            GHashTable   *skip,
                            const PdRect *area);
/* Moves @rect, across and down each on its own, by the least distance up
 * to @tolerance that puts one of its sides on a side of one of @others
 * (of PdRect), or its centre on a centre. @snapped_x and @snapped_y say
 * whether it moved that way: (out). */
void     pd_guides_snap    (PdRect       *rect,
                            const GArray *others,
                            double        tolerance,
                            gboolean     *snapped_x,
                            gboolean     *snapped_y);
/* Adds to @guides ((element-type PdGuide)) the lines @rect shares with
 * @others ((element-type PdRect)): one
 * for each of its sides and centres that is on a side (or a centre) of
 * any of them, running across all of those and @rect. */
void     pd_guides_find    (const PdRect *rect,
                            const GArray *others,
                            GArray       *guides);

G_END_DECLS
