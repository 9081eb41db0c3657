/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-library.h"
#include "pd-library-problems.h"

G_BEGIN_DECLS

#define PD_TYPE_LIBRARY_PANEL (pd_library_panel_get_type ())
G_DECLARE_FINAL_TYPE (PdLibraryPanel, pd_library_panel, PD, LIBRARY_PANEL, AdwBin)

/* The pathways of a library, grouped by care cluster under their super
 * class, each with its status, version and review date; an overdue review
 * and a pathway that could not be loaded say so in words beside an icon.
 * Activating a row emits "open" with its PdLibraryEntry. */
GtkWidget  *pd_library_panel_new          (void);
/* Shows a spinner while the folder named @name is read. */
void        pd_library_panel_set_loading  (PdLibraryPanel *self,
                                           const char     *name);
/* Lists @library's pathways ((nullable): none). */
void        pd_library_panel_set_library  (PdLibraryPanel *self,
                                           PdLibrary      *library);
/* Lists the library's shared services anew, after one was edited. */
void        pd_library_panel_update_services (PdLibraryPanel *self);
/* Shows why the library could not be opened. */
void        pd_library_panel_set_error    (PdLibraryPanel *self,
                                           const char     *message);
/* The list of pathways (for tests). */
GtkListBox *pd_library_panel_get_list     (PdLibraryPanel *self);
/* The library's problems, listed under its pathways: (transfer none). */
PdLibraryProblems *pd_library_panel_get_problems (PdLibraryPanel *self);
/* The entry a row of the list shows, NULL for none: (transfer none). */
PdLibraryEntry *pd_library_panel_row_get_entry (GtkListBoxRow *row);
/* The sentence that names a row for screen readers: (transfer none). */
const char *pd_library_panel_row_get_sentence (GtkListBoxRow *row);

/* "Review overdue since 30 September 2026" when the date @review_by
 * (YYYY-MM-DD) is before @today, else NULL: (transfer full) (nullable). */
char       *pd_library_panel_overdue_text (const char     *review_by,
                                           GDate          *today);

G_END_DECLS
