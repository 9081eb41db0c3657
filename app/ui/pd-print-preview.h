/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PD_TYPE_PRINT_PREVIEW (pd_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (PdPrintPreview, pd_print_preview, PD, PRINT_PREVIEW, AdwWindow)

/* What page @page (from 0) shows, e.g. one tile's row and column, or
 * NULL when the page number says enough. */
typedef char *(*PdPrintPreviewPartFunc) (guint    page,
                                         gpointer user_data);

/* The pages of @operation as they will print, one at a time, in a modal
 * window over @parent: GtkPrintOperation's "preview" hands over @context,
 * which the window draws through from then on. "print" is emitted when
 * the user asks for the pages on paper; the preview has ended by then. */
PdPrintPreview *pd_print_preview_new           (GtkWindow              *parent,
                                                GtkPrintOperation      *operation,
                                                GtkPrintContext        *context);
void            pd_print_preview_set_part_func (PdPrintPreview         *self,
                                                PdPrintPreviewPartFunc  func,
                                                gpointer                user_data);
/* The page shown (from 0) and how many there are; 0 pages until the
 * operation has laid them out. */
guint           pd_print_preview_get_page      (PdPrintPreview         *self);
guint           pd_print_preview_get_n_pages   (PdPrintPreview         *self);
/* The page shown, as drawn ("Page 2 of 6" and the part it shows). */
GdkTexture     *pd_print_preview_get_texture   (PdPrintPreview         *self);
const char     *pd_print_preview_get_label     (PdPrintPreview         *self);
const char     *pd_print_preview_get_part      (PdPrintPreview         *self);

G_END_DECLS
