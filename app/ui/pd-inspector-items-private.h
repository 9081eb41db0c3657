/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the inspector's lists of items edited in place share (the change
 * log, a step's further roles, the staff in post): a boxed list, an
 * expander an item with a button that removes it, and a field that adds
 * one. Every edit sets a new array (the old one stays with the history). */
#pragma once

#include "pd-inspector-rows-private.h"

G_BEGIN_DECLS

/* The edit that adds or removes an item: always an undo step of its own.
 * Other edits are numbered from 1, one number a field of an item, so that
 * typing into one field merges into one undo step. */
#define PD_ITEMS_ADD_OR_REMOVE 0

/* Returns: (transfer full) (nullable): the row's list as the object has it. */
GPtrArray *pd_items_get           (Row          *row);
/* Sets @list on the object as @edit (see PD_ITEMS_ADD_OR_REMOVE). */
void       pd_items_set           (Row          *row,
                                   GPtrArray    *list,
                                   guint         edit);

/* The row's boxed list, holding only the field that adds an item, which
 * calls @on_add (with @row) when applied; @row->items frees with
 * @item_free. Returns: the row. */
GtkWidget *pd_items_make_list     (Row          *row,
                                   const char   *add_title,
                                   GCallback     on_add,
                                   GDestroyNotify item_free);
/* Returns: (transfer full): an expander for an item, with a button that
 * calls @on_remove (with @item) in @remove. */
GtkWidget *pd_items_make_expander (GtkWidget   **remove,
                                   GCallback     on_remove,
                                   gpointer      item);
/* Takes the expander out of its list and drops it. */
void       pd_items_drop_expander (GtkWidget    *expander);

/* Shows @text (NULL: empty) in an entry, leaving it be if it holds it. */
void       pd_items_show_text     (GtkWidget    *entry,
                                   const char   *text);
/* The remove button's tooltip and accessible name. */
void       pd_items_label_remove  (GtkWidget    *remove,
                                   const char   *label);

G_END_DECLS
