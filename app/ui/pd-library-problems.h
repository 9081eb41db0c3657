/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-diagnostic.h"

G_BEGIN_DECLS

#define PD_TYPE_LIBRARY_PROBLEMS (pd_library_problems_get_type ())
G_DECLARE_FINAL_TYPE (PdLibraryProblems, pd_library_problems, PD, LIBRARY_PROBLEMS, GtkBox)

/* What `pathway check FOLDER` finds in a library, under the Library page's
 * pathways: the folder is read again and checked in a thread, and each
 * finding becomes a row that gives its severity as an icon and a word, the
 * message and the pathway it is about, errors first. The heading counts
 * them in words ("2 errors, 5 warnings"); past 500 rows, one row says how
 * many more there are. Activating a row about a
 * pathway emits "open" with the pathway's file (a GFile) and the id of the
 * step or transition it names ((nullable) string). */
GtkWidget  *pd_library_problems_new         (void);
/* Checks the library of @folder, in place of any check under way. */
void        pd_library_problems_check       (PdLibraryProblems *self,
                                             GFile             *folder);
/* Forgets the findings and stops any check under way. */
void        pd_library_problems_clear       (PdLibraryProblems *self);
gboolean    pd_library_problems_is_checking (PdLibraryProblems *self);
/* "2 errors, 5 warnings, 7 notes", or that there are none: (transfer none). */
const char *pd_library_problems_get_summary (PdLibraryProblems *self);
/* The list (for tests), and for one of its rows the finding as
 * pd_diagnostic_format() writes it (as the command prints it), the
 * sentence a screen reader reads, its pathway's file ((nullable): none for
 * library.xml) and the step or transition it selects ((nullable)): all
 * (transfer none). */
GtkListBox *pd_library_problems_get_list    (PdLibraryProblems *self);
const char *pd_library_problems_row_get_diagnostic (GtkListBoxRow *row);
const char *pd_library_problems_row_get_sentence   (GtkListBoxRow *row);
GFile      *pd_library_problems_row_get_file       (GtkListBoxRow *row);
const char *pd_library_problems_row_get_object_id  (GtkListBoxRow *row);

/* The words for @severity ("Error", "Warning", "Note"): (transfer none). */
const char *pd_library_problems_severity_words (PdSeverity severity);

G_END_DECLS
