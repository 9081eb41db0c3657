/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-pdf-tags.h"

G_BEGIN_DECLS

/* For the painter's groups and the figures: begins element @name with the
 * alternative text @alt (nullable): what a screen reader says of it and all
 * in it, in @lang (nullable: the document's). */
void pd_pdf_tags_begin_described (PdPdfTags  *tags,
                                  cairo_t    *cr,
                                  const char *name,
                                  const char *alt,
                                  const char *lang);

G_END_DECLS
