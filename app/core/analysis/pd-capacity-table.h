/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity.h"

G_BEGIN_DECLS

/* The name the tables give @document in their first column: its id, else
 * @file_name's last part, else its title. Returns: (transfer full). */
char    *pd_capacity_table_pathway_name (PdDocument  *document,
                                         const char  *file_name);

/* Writes @capacity's steps as CSV to @path, as `pathway capacity --format
 * csv` prints them: one header line, then one row a step and role in
 * reading order, @pathway_name first. Returns FALSE with @error set when it
 * cannot be written, leaving any file there as it was. */
gboolean pd_capacity_table_write_csv    (PdCapacity  *capacity,
                                         const char  *pathway_name,
                                         const char  *path,
                                         GError     **error);

G_END_DECLS
