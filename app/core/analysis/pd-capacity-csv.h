/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The fields of `pathway capacity`'s CSV and JSON, for the command and
 * for what the designer writes that must read the same. */

/* Appends @value unrounded, with at least three decimals and '.' as the
 * decimal point whatever the locale, as the CSV and JSON hold numbers. */
void pd_capacity_append_number (GString *out,
                                double   value);
/* A CSV field, quoted when it holds a comma, a quote or a line break, and
 * after an apostrophe when a spreadsheet would take it for a formula. */
void pd_capacity_append_csv_field (GString    *out,
                                   const char *text);

G_END_DECLS
