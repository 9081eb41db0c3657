/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"
#include "pd-selection.h"

G_BEGIN_DECLS

#define PD_TYPE_OUTLINE (pd_outline_get_type ())
G_DECLARE_FINAL_TYPE (PdOutline, pd_outline, PD, OUTLINE, AdwBin)

/* The pathway as a list in reading order: each step with its kind, who
 * delivers it, how long it takes, whether it is offered and its open
 * comments, followed by its transitions out (kind, label, likelihood).
 * Its selection and the canvas's are one, so that a keyboard or
 * screen-reader user can walk and edit the whole pathway from here: Enter
 * or F2 emits "activate" (the row's fields), Delete deletes the row's step
 * or transition, Alt+Up and Alt+Down move a step before or after its
 * neighbour. */
GtkWidget  *pd_outline_new          (void);
/* The "document" property: the pathway listed. */
PdDocument *pd_outline_get_document (PdOutline   *self);
void        pd_outline_set_document (PdOutline   *self,
                                     PdDocument  *document);
/* The "selection" property: the one the list's selection is matched with. */
PdSelection *pd_outline_get_selection (PdOutline *self);
void        pd_outline_set_selection (PdOutline   *self,
                                      PdSelection *selection);
/* The rows listed, PdNode and PdEdge, in order (for tests). */
GListModel *pd_outline_get_model    (PdOutline   *self);
/* The position selected in the list, or GTK_INVALID_LIST_POSITION. */
guint       pd_outline_get_selected (PdOutline   *self);
void        pd_outline_select       (PdOutline   *self,
                                     guint        position);

G_END_DECLS
