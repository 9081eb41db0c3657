/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* @node, an element of another namespace, as self-contained XML text: it
 * declares the namespaces it uses that its ancestors declared, so that it
 * can be written back anywhere inside a pathway file. Returns:
 * (transfer full). */
char *pd_foreign_serialize (xmlNode *node);

G_END_DECLS
