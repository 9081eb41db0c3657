/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_PRESENT_COMMENT (pd_present_comment_get_type ())
G_DECLARE_FINAL_TYPE (PdPresentComment, pd_present_comment, PD, PRESENT_COMMENT, AdwBin)

/* A comment taken while presenting: large type over the diagram, the
 * words and who said them, chosen from the pathway's participants. Enter
 * adds it, Escape leaves it; either way "closed" is emitted. */
GtkWidget   *pd_present_comment_new        (void);
/* Shows the card, asking for a comment on @target_id of @document, with the
 * participant chosen last picked again. */
void         pd_present_comment_start      (PdPresentComment *self,
                                            PdDocument       *document,
                                            const char       *target_id,
                                            const char       *target_title);
/* A new presentation starts with no one in particular. */
void         pd_present_comment_forget     (PdPresentComment *self);
/* Puts the keyboard back in the entry. */
void         pd_present_comment_focus      (PdPresentComment *self);
gboolean     pd_present_comment_is_open    (PdPresentComment *self);
/* Adds the comment typed (nothing when there are no words), and closes. */
void         pd_present_comment_add        (PdPresentComment *self);
void         pd_present_comment_cancel     (PdPresentComment *self);
GtkEditable *pd_present_comment_get_entry  (PdPresentComment *self);
GtkDropDown *pd_present_comment_get_picker (PdPresentComment *self);

G_END_DECLS
