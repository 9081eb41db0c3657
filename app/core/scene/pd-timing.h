/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-node.h"

G_BEGIN_DECLS

/* A step's duration in the units a reader would say it in. */
typedef enum {
  PD_PLAIN_UNIT_DAYS,
  PD_PLAIN_UNIT_WEEKS,
  PD_PLAIN_UNIT_MONTHS,
  PD_PLAIN_UNIT_YEARS,
} PdPlainUnit;

/* @node's duration in whole plain units: "2 weeks" rather than "14 days",
 * "3 years" rather than "36 months". FALSE when it has none. The leaflet
 * and the diagram both say it this way. @amount, @unit: (out). */
gboolean pd_timing_plain_duration (PdNode      *node,
                                   guint       *amount,
                                   PdPlainUnit *unit);
/* "about 2 weeks": @node's duration as a reader would say it; NULL when
 * it has none: (transfer full) (nullable). */
char    *pd_timing_describe_duration (PdNode   *node);
/* "6 sessions · about 8 weeks": the diagram's short note of @node's
 * sessions and duration: (transfer full) (nullable), NULL when it has
 * neither. */
char    *pd_timing_describe_short (PdNode      *node);

G_END_DECLS
