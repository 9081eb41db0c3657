/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A table of figures for finance and workforce colleagues: a title (the
 * sheet's name in a spreadsheet), a heading for each column and rows of
 * cells, each empty, text or a number. A number keeps its full value; a
 * column's decimals say only how a spreadsheet shows it (1 for WTE, 0 for
 * people, 2 unless told).
 *
 * Written as CSV (RFC 4180, UTF-8 without a byte order mark, numbers with
 * '.' whatever the locale) or as an OpenDocument spreadsheet of one or
 * more tables, a sheet each. Writing to a path never leaves a damaged
 * file: the table is written to a temporary file renamed over the old. */

typedef struct _PdTable PdTable;

/* A table of @n_columns columns headed by @headings ((array length=n_columns)
 * (transfer none)), with no rows: (transfer full). */
PdTable *pd_table_new          (const char         *title,
                                guint               n_columns,
                                const char * const *headings);
void     pd_table_free         (PdTable            *table);

/* (transfer none) */
const char *pd_table_get_title (const PdTable      *table);
guint    pd_table_get_n_columns (const PdTable     *table);
guint    pd_table_get_n_rows   (const PdTable      *table);

/* How many decimals a spreadsheet shows in @column's numbers. */
void     pd_table_set_decimals (PdTable            *table,
                                guint               column,
                                guint               decimals);

/* Adds a row of empty cells; returns its index. */
guint    pd_table_add_row      (PdTable            *table);

/* Sets a cell of a row already added. @text: (transfer none), copied (made
 * valid UTF-8); NULL empties the cell. @value must be finite. */
void     pd_table_set_text     (PdTable            *table,
                                guint               row,
                                guint               column,
                                const char         *text);
void     pd_table_set_number   (PdTable            *table,
                                guint               row,
                                guint               column,
                                double              value);

/* The table as CSV: the headings' line, then a line a row; (transfer full). */
char    *pd_table_to_csv       (const PdTable      *table);
gboolean pd_table_write_csv    (const PdTable      *table,
                                const char         *path,
                                GError            **error);

/* @tables ((array length=n_tables) (transfer none)) as an OpenDocument
 * spreadsheet, a sheet each, titled by the first: (transfer full)
 * (nullable), NULL with @error set. */
GBytes  *pd_table_to_ods       (PdTable * const    *tables,
                                guint               n_tables,
                                GError            **error);
gboolean pd_table_write_ods    (PdTable * const    *tables,
                                guint               n_tables,
                                const char         *path,
                                GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTable, pd_table_free)

G_END_DECLS
