/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-table.h"

G_BEGIN_DECLS

typedef enum {
  PD_TABLE_EMPTY,
  PD_TABLE_TEXT,
  PD_TABLE_NUMBER,
} PdTableKind;

typedef struct {
  PdTableKind kind;
  char       *text;
  double      number;
} PdTableCell;

struct _PdTable {
  char   *title;
  guint   n_columns;
  char  **headings;
  guint  *decimals;
  /* n_rows × n_columns cells, a row after another. */
  GArray *cells;
};

/* The cell at @row, @column: (transfer none). */
const PdTableCell *pd_table_cell (const PdTable *table,
                                  guint          row,
                                  guint          column);

/* @value in the fewest digits that read back as the same double, '.' as
 * separator whatever the locale: (transfer full). */
char *pd_table_format_number (double value);

G_END_DECLS
