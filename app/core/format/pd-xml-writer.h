/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Writes @document as a .pathway file. The output is deterministic: a fixed
 * order of elements and attributes, two-space indentation, numbers written
 * with g_ascii_formatd(), so that the same document always gives the same
 * bytes and co-design iterations diff well. Content in other namespaces is
 * written back. Text is made valid UTF-8 and stripped of characters XML
 * cannot hold. */
GBytes *pd_xml_write (PdDocument *document);

/* @value written the way files write numbers: at most two decimals, no
 * trailing zeros, '.' as separator whatever the locale. */
char   *pd_xml_format_number (double value);
void    pd_xml_append_number (GString *out,
                              double   value);

/* Appends @text to @out escaped for XML (for an attribute value when
 * @attribute), made valid UTF-8, keeping only characters XML 1.0 allows. */
void    pd_xml_append_escaped (GString    *out,
                               const char *text,
                               gboolean    attribute);

G_END_DECLS
