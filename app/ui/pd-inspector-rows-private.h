/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the inspector's row files share: a row and the set of rows. */
#pragma once

#include "pd-inspector-rows.h"

G_BEGIN_DECLS

typedef struct {
  PdRows *rows;
  const PdRowSpec *spec;
  GParamSpec *pspec;
  GtkWidget *row;          /* the row in the page */
  GtkWidget *editor;       /* what holds the value */
  GPtrArray *items;        /* rows of list items, or cluster check buttons */
  GtkWidget *add_first;    /* entry rows that add a list item */
  GtkWidget *add_second;
  GPtrArray *agency_ids;   /* of char *, in the combo's order */
  AdwPreferencesGroup *group;  /* a text area's own group, titled for it */
  guint n_choices;         /* of a drop-down, before any "Mixed" item */
  gboolean mixed;          /* the objects edited at once differ in it */
} Row;

struct _PdRows
{
  GPtrArray *rows;         /* of Row */
  PdDocument *document;
  GObject *object;
  GPtrArray *objects;      /* when several are edited at once: all of them */
  GPtrArray *object_signals;   /* of GSignalGroup: each object's "notify" */
  GSignalGroup *agency_signals;  /* the document's agencies changing */
  char *language;          /* NULL: English */
  gboolean updating;       /* writing widgets from the model: not an edit */
  gboolean applying;       /* setting several objects: show them once done */
};

/* Sets the row's property on the object (or objects) it edits, as one
 * undo step. */
void       pd_rows_set_value     (Row          *row,
                                  const GValue *value);

/* Rows of links and participants (pd-inspector-list.c). */
GtkWidget *pd_rows_make_list_row (Row          *row,
                                  const char   *title);
void       pd_rows_show_list     (Row          *row);

/* Rows of a step's further roles and of the staff in post
 * (pd-inspector-staff.c): each item's fields edited in place. */
GtkWidget *pd_rows_make_staff_row (Row         *row);
void       pd_rows_show_staff     (Row         *row);
/* The agencies changed: the posts' drop-downs list them anew. */
void       pd_rows_refill_staff   (Row         *row);

/* The pathway's change log, newest first (pd-inspector-changes.c). */
GtkWidget *pd_rows_make_changes_row (Row        *row);
void       pd_rows_show_changes     (Row        *row);

G_END_DECLS
