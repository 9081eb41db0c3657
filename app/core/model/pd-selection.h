/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_SELECTION (pd_selection_get_type ())
G_DECLARE_FINAL_TYPE (PdSelection, pd_selection, PD, SELECTION, GObject)

/* The steps and transitions a view has selected, by id, in the order they
 * were selected. It is view state, not document state: it is not saved and
 * not undone. Emits "changed" after every change. */
typedef enum {
  PD_SELECT_REPLACE,    /* a plain click */
  PD_SELECT_ADD,        /* Shift: extend */
  PD_SELECT_TOGGLE,     /* Ctrl: flip one */
} PdSelectMode;

/* Returns: (transfer full). */
PdSelection *pd_selection_new        (void);
void         pd_selection_select     (PdSelection *self,
                                      const char  *id,
                                      PdSelectMode mode);
/* Selects @ids (NULL-terminated or @n_ids long; (array length=n_ids)
 * (transfer none)) as one change. */
void         pd_selection_select_many (PdSelection        *self,
                                       const char * const *ids,
                                       guint               n_ids,
                                       PdSelectMode        mode);
void         pd_selection_clear      (PdSelection *self);
gboolean     pd_selection_contains   (PdSelection *self,
                                      const char  *id);
guint        pd_selection_get_length (PdSelection *self);
/* The id selected @index-th; the last one selected is the focus of
 * keyboard commands. Both (transfer none), valid until the selection
 * changes; get_last is (nullable), NULL when nothing is selected. */
const char  *pd_selection_get_id     (PdSelection *self,
                                      guint        index);
const char  *pd_selection_get_last   (PdSelection *self);
/* The selected nodes of @document (objects that are not nodes are left
 * out), in selection order; and its edges likewise. Returns: (transfer full)
 * (element-type PdNode) or (element-type PdEdge), each element referenced. */
GPtrArray   *pd_selection_get_nodes  (PdSelection *self,
                                      PdDocument  *document);
GPtrArray   *pd_selection_get_edges  (PdSelection *self,
                                      PdDocument  *document);
/* Forgets ids that @document no longer has (after a deletion or an undo). */
void         pd_selection_prune      (PdSelection *self,
                                      PdDocument  *document);

G_END_DECLS
