/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-xml-parse.h"

G_BEGIN_DECLS

/* For the pathway file's reader, schema and catalogues. */

/* As pd_xml_parse_limited() within the PD_MAX_ limits of a pathway file.
 * Returns: (transfer full) (nullable). */
PdXmlParsed *pd_xml_parse             (const char *data,
                                       gsize       length,
                                       const char *display_name,
                                       GPtrArray  *diagnostics);
/* The display name it was parsed under: (transfer none). */
const char  *pd_xml_parsed_get_name   (PdXmlParsed *parsed);
/* Where @node (or, for text and attributes, its element) starts: @line and
 * @column (out). */
void         pd_xml_parsed_position   (PdXmlParsed *parsed,
                                       xmlNode     *node,
                                       guint       *line,
                                       guint       *column);
/* Adds an error about @node (nullable: no place) to @diagnostics. */
void         pd_xml_parsed_error      (PdXmlParsed *parsed,
                                       GPtrArray   *diagnostics,
                                       xmlNode     *node,
                                       const char  *format,
                                       ...) G_GNUC_PRINTF (4, 5);
/* @node's attribute @name (no namespace) and its text content, copied:
 * (transfer full) (nullable). */
char        *pd_xml_get_attr          (xmlNode     *node,
                                       const char  *name);
char        *pd_xml_get_text          (xmlNode     *node);
/* Sets up libxml2 once for the whole program: a deny-all external entity
 * loader and no error output of its own. Called by pd_xml_parse_limited(). */
void         pd_xml_init              (void);

G_END_DECLS
