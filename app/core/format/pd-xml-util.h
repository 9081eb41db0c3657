/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What every XML output shares (the .pathway file, SVG, the leaflet's
 * HTML and ODT): numbers and text written the same way, whatever the
 * locale. */

/* @value written the way files write numbers: at most two decimals, no
 * trailing zeros, '.' as separator whatever the locale: (transfer full). */
char   *pd_xml_format_number (double value);
void    pd_xml_append_number (GString *out,
                              double   value);

/* Appends @text to @out escaped for XML (for an attribute value when
 * @attribute), made valid UTF-8, keeping only characters XML 1.0 allows. */
void    pd_xml_append_escaped (GString    *out,
                               const char *text,
                               gboolean    attribute);

G_END_DECLS
