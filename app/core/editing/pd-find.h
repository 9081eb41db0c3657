/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Where in a step or transition the text searched for was found. */
typedef enum {
  PD_FIND_TITLE,        /* a step's title or a transition's label */
  PD_FIND_DESCRIPTION,
  PD_FIND_EASY_READ,
  PD_FIND_COMMENT,      /* a comment on it, its text or its author */
} PdFindField;

typedef struct {
  char       *id;
  PdFindField field;
} PdFindMatch;

/* The steps and transitions of @document whose texts hold @query, ignoring
 * case and accents ("therapie" finds "Thérapie"), in reading order, each
 * once, with the first of its fields that matched. An empty or blank query
 * finds nothing. Returns: (transfer full) (element-type PdFindMatch), which
 * frees the matches' ids. @query: (nullable). */
GArray *pd_find (PdDocument *document,
                 const char *query);

/* @text folded for comparison: decomposed, marks dropped, case folded:
 * (transfer full). */
char   *pd_find_fold (const char *text);

G_END_DECLS
