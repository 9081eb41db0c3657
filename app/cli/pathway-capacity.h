/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reports of `pathway capacity`. */
#pragma once

#include <glib.h>

#include "pd-capacity.h"
#include "pd-capacity-csv.h"

G_BEGIN_DECLS

/* One pathway's figures: @file as given on the command line. */
typedef struct {
  const char *file;
  PdCapacity *capacity;
} PdCapacityReport;

/* @text in a column of @width characters, padded on the left (@right) or
 * the right, or cut with an ellipsis, then a space; end_line drops the
 * last spaces and ends the line. */
void pd_capacity_append_cell (GString    *out,
                              const char *text,
                              guint       width,
                              gboolean    right);
void pd_capacity_end_line (GString *out);

/* For people: each pathway's steps, its roles by agency, unmet need and the
 * gap against staff in post, then the roles of all of them when there are
 * several (@sum). */
void pd_capacity_write_text (GString                *out,
                             const PdCapacityReport *reports,
                             guint                   n_reports,
                             PdCapacity             *sum);
/* The same as one JSON object. */
void pd_capacity_write_json (GString                *out,
                             const PdCapacityReport *reports,
                             guint                   n_reports,
                             PdCapacity             *sum);
/* One header line, then one row a step and role. */
void pd_capacity_write_csv  (GString                *out,
                             const PdCapacityReport *reports,
                             guint                   n_reports);
/* One header line, then one row a role and agency of @sum. */
void pd_capacity_write_totals_csv (GString    *out,
                                   PdCapacity *sum);

G_END_DECLS
