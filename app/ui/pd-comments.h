/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_COMMENTS (pd_comments_get_type ())
G_DECLARE_FINAL_TYPE (PdComments, pd_comments, PD, COMMENTS, AdwBin)

/* A workshop's comments on one step, transition or the pathway: who said
 * what and when, resolved or not, and a form to add one. The name and
 * role typed stay for the next comment. */
GtkWidget *pd_comments_new        (void);
/* The "document" property: whose comments are shown. */
PdDocument *pd_comments_get_document (PdComments *self);
void       pd_comments_set_document (PdComments *self,
                                     PdDocument *document);
/* Shows the comments on @target_id of @document (NULL: the pathway's). */
void       pd_comments_set_target (PdComments *self,
                                   PdDocument *document,
                                   const char *target_id);
guint      pd_comments_get_n_rows (PdComments *self);
/* Adds a comment as the form's Add button does. */
void       pd_comments_add        (PdComments *self,
                                   const char *author,
                                   const char *role,
                                   const char *text);

G_END_DECLS
