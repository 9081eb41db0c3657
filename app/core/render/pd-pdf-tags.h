/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A tagged PDF's structure, as it is drawn: cairo 1.16 writes the
 * structure tree (headings, paragraphs, lists, figures) of the tags begun
 * and ended around what is drawn; what it cannot write (a figure's
 * alternative text, the document's language, that viewers show its title)
 * is kept here and added afterwards by pd_pdf_tags_finish(). Every
 * function does nothing when @tags is NULL: the same drawing code serves
 * the screen, PNG and printing. */
typedef struct _PdPdfTags PdPdfTags;

/* Returns: (transfer full). */
PdPdfTags *pd_pdf_tags_new          (void);
void       pd_pdf_tags_free         (PdPdfTags  *tags);
/* Begins structure element @name ("Document", "H1", "P", "L", "LI",
 * "Lbl", "LBody", "Sect", "Figure"…) inside the one begun last. */
void       pd_pdf_tags_begin        (PdPdfTags  *tags,
                                     cairo_t    *cr,
                                     const char *name);
/* Begins a "Figure" whose alternative text is @alt, in @lang (NULL: the
 * document's). */
void       pd_pdf_tags_begin_figure (PdPdfTags  *tags,
                                     cairo_t    *cr,
                                     const char *alt,
                                     const char *lang);
/* Ends the element begun last. */
void       pd_pdf_tags_end          (PdPdfTags  *tags,
                                     cairo_t    *cr);
/* The name of the element begun last and not ended: (transfer none)
 * (nullable). */
const char *pd_pdf_tags_current     (PdPdfTags  *tags);
/* @pdf, drawn with @tags, with the figures' alternative texts, its
 * language @lang and its title shown in viewers' title bars; NULL with an
 * error when @pdf's structure is not the one @tags began: (transfer full)
 * (nullable). */
GBytes    *pd_pdf_tags_finish       (PdPdfTags  *tags,
                                     GBytes     *pdf,
                                     const char *lang,
                                     GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPdfTags, pd_pdf_tags_free)

G_END_DECLS
