/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Writes @document as a .pathway file. The output is deterministic: a fixed
 * order of elements and attributes, two-space indentation, numbers written
 * by pd_xml_append_number(), so that the same document always gives the
 * same bytes and co-design iterations diff well. Content in other
 * namespaces is written back. Text is made valid UTF-8 and stripped of
 * characters XML cannot hold. Returns: (transfer full). */
GBytes *pd_xml_write (PdDocument *document);

G_END_DECLS
