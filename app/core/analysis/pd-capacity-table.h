/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity.h"
#include "pd-table.h"

G_BEGIN_DECLS

/* The name the tables give @document in their first column: its id, else
 * @file_name's last part, else its title. Returns: (transfer full). */
char    *pd_capacity_table_pathway_name (PdDocument  *document,
                                         const char  *file_name);

/* @capacity's steps with the columns of `pathway capacity --format csv`:
 * a row a step and role in reading order, @pathway_name first.
 * Returns: (transfer full). */
PdTable *pd_capacity_table_steps        (PdCapacity  *capacity,
                                         const char  *pathway_name);
/* Its roles by agency with the columns of `pathway capacity --totals`;
 * the staff-in-post cells empty where none is given.
 * Returns: (transfer full). */
PdTable *pd_capacity_table_totals       (PdCapacity  *capacity);

/* Writes the steps as CSV to @path, or for a path ending in ".ods" an
 * OpenDocument spreadsheet with a sheet of steps and one of totals.
 * Returns FALSE with @error set when it cannot be written, leaving any
 * file there as it was. */
gboolean pd_capacity_table_write        (PdCapacity  *capacity,
                                         const char  *pathway_name,
                                         const char  *path,
                                         GError     **error);

G_END_DECLS
