/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-geometry.h"

G_BEGIN_DECLS

/* Rectangles filed in a grid of cells, to ask quickly whether a new one
 * would overlap any: used to place edge labels clear of steps and of each
 * other on pathways of thousands of steps. */
typedef struct _PdRectIndex PdRectIndex;

PdRectIndex *pd_rect_index_new      (double        cell_size);
void         pd_rect_index_free     (PdRectIndex  *index);
/* Files @rect; returns its number (0, 1, 2... in the order added). */
guint        pd_rect_index_add      (PdRectIndex  *index,
                                     const PdRect *rect);
gboolean     pd_rect_index_overlaps (PdRectIndex  *index,
                                     const PdRect *rect);

/* How far the segment runs inside rectangles, added up (adding stops
 * once @limit is reached). */
double       pd_rect_index_length_inside (PdRectIndex *index,
                                          double       x1,
                                          double       y1,
                                          double       x2,
                                          double       y2,
                                          double       limit);

/* Appends to @found (of PdRect) every rectangle that overlaps @rect, up
 * to @limit of them; FALSE when there were more. */
gboolean     pd_rect_index_collect  (PdRectIndex  *index,
                                     const PdRect *rect,
                                     GArray       *found,
                                     guint         limit);

/* The same, giving the rectangles' numbers (guint) in @found. */
gboolean     pd_rect_index_collect_ids (PdRectIndex  *index,
                                        const PdRect *rect,
                                        GArray       *found,
                                        guint         limit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdRectIndex, pd_rect_index_free)

G_END_DECLS
