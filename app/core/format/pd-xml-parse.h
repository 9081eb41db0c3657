/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Limits of what a pathway file may hold. */
#define PD_MAX_FILE_SIZE (32 * 1024 * 1024)
#define PD_MAX_DEPTH 32
#define PD_MAX_TEXT_LENGTH (1024 * 1024)

/* What a document may hold; pathway files use the PD_MAX_ limits above.
 * Pictures of the user's own (pd-picture.c) are parsed with their own:
 * deeper nesting, as drawing programs write it, and fewer elements. */
typedef struct {
  guint    max_depth;
  guint    max_elements;   /* 0: no limit */
  gboolean picture;        /* messages speak of pictures, not pathway files */
} PdXmlLimits;

/* A parsed XML document with the line and column of each element's start,
 * kept beside the tree (libxml2 keeps only a 16-bit line, and no column). */
typedef struct _PdXmlParsed PdXmlParsed;

/* Parses @data safely: no DOCTYPE of any kind (so no entities, internal or
 * external), no network, no XInclude, bounded depth and text, within
 * @limits (pd_xml_parse() of pd-xml-parse-private.h: the PD_MAX_ ones).
 * Every problem found is added to @diagnostics ((element-type PdDiagnostic))
 * as an error, named after @display_name. Returns: (transfer full)
 * (nullable), NULL when the document is not well-formed or is refused. */
PdXmlParsed *pd_xml_parse_limited     (const char        *data,
                                       gsize              length,
                                       const char        *display_name,
                                       const PdXmlLimits *limits,
                                       GPtrArray         *diagnostics);
/* free accepts NULL. The document stays @parsed's: (transfer none). */
void         pd_xml_parsed_free       (PdXmlParsed *parsed);
xmlDoc      *pd_xml_parsed_get_doc    (PdXmlParsed *parsed);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdXmlParsed, pd_xml_parsed_free)

G_END_DECLS
