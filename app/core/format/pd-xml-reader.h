/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Reads a pathway from the bytes of a .pathway file: safe parsing, schema
 * validation, then the checks the schema cannot express (unique ids, edge
 * ends and agencies that exist, finite coordinates in range). Every problem
 * is added to @diagnostics ((element-type PdDiagnostic)); returns
 * (transfer full) (nullable), NULL when there is any error. */
PdDocument *pd_xml_read (const char *data,
                         gsize       length,
                         const char *display_name,
                         GPtrArray  *diagnostics);

G_END_DECLS
