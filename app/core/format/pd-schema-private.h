/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-xml-parse-private.h"

G_BEGIN_DECLS

#define PD_NAMESPACE "https://pathwaydesigner.org/ns/pathway"

/* Validates a parsed document against the RELAX NG schema compiled into the
 * program; each violation is added to @diagnostics. */
gboolean pd_schema_validate (PdXmlParsed *parsed,
                             GPtrArray   *diagnostics);

G_END_DECLS
