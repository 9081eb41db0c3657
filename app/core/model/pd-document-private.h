/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* For the file reader: build a document without recording history.
 * Returns FALSE when the id is already taken. */
gboolean pd_document_append_object (PdDocument *self,
                                    GObject    *object);

void     pd_document_set_source_position (PdDocument *self,
                                         const char *id,
                                         guint       line,
                                         guint       column);

G_END_DECLS
