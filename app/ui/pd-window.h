/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"
#include "pd-library.h"
#include "pd-selection.h"

G_BEGIN_DECLS

#define PD_TYPE_WINDOW (pd_window_get_type ())
G_DECLARE_FINAL_TYPE (PdWindow, pd_window, PD, WINDOW, AdwApplicationWindow)

/* One window per document. @path is where it was loaded from (NULL for a
 * new one), @etag the file's etag then. */
PdWindow   *pd_window_new          (AdwApplication *application,
                                    PdDocument     *document,
                                    const char     *path,
                                    const char     *etag);
/* A window for a pathway restored from the recovery copy @recovery_id,
 * which it goes on using. */
PdWindow   *pd_window_new_recovered (AdwApplication *application,
                                     PdDocument     *document,
                                     const char     *path,
                                     const char     *etag,
                                     const char     *recovery_id);
/* The "document" property: the pathway edited. Setting another shows
 * it in the canvas and every panel (the window's file stays its own). */
PdDocument *pd_window_get_document (PdWindow       *self);
void        pd_window_set_document (PdWindow       *self,
                                    PdDocument     *document);
/* The "selection" property (read-only): the canvas's selection, which
 * every panel follows. */
PdSelection *pd_window_get_selection (PdWindow     *self);
/* Marks the window's pathway as a new empty one, which a file or template
 * opened from it replaces while nobody has touched it. */
void        pd_window_mark_blank   (PdWindow       *self);
gboolean    pd_window_is_untouched (PdWindow       *self);
/* Shows the start page instead of the empty canvas (and marks the window
 * blank); "win.start-new" or any edit shows the canvas. */
void        pd_window_show_start   (PdWindow       *self);
/* The start page while shown, else NULL. */
GtkWidget  *pd_window_get_start_page (PdWindow     *self);
const char *pd_window_get_recovery_id (PdWindow    *self);
/* Writes the recovery copy now rather than a second after the first
 * unsaved edit (and nothing when there are no unsaved changes). */
gboolean    pd_window_autosave_now (PdWindow       *self,
                                    GError        **error);
const char *pd_window_get_path     (PdWindow       *self);
GtkWidget  *pd_window_get_canvas   (PdWindow       *self);
/* Saves to the window's file (asking for a name when it has none); when
 * someone else changed the file since, asks whether to replace it. TRUE
 * when saved at once. */
gboolean    pd_window_save         (PdWindow       *self);
/* Saves, then closes; when saving needs the user (a name, a conflict), the
 * window closes once they have saved, and stays open if they cancel. */
void        pd_window_save_and_close (PdWindow     *self);
/* The file name Save proposes: the file's, or one made from the title. */
char       *pd_window_suggest_file_name (PdWindow  *self);
/* Saves to @path (the window's file from now on); FALSE with @error. */
gboolean    pd_window_save_to      (PdWindow       *self,
                                    const char     *path,
                                    GError        **error);

/* Reads the library of @folder in a thread, showing a spinner and then its
 * pathways in the side pane's Library page; a window that shows no pathway
 * yet opens the library's first. */
void        pd_window_open_library (PdWindow       *self,
                                    GFile          *folder);
/* The library open in the window: (transfer none) (nullable). */
PdLibrary  *pd_window_get_library  (PdWindow       *self);
/* Opens @entry of the window's library in the window (asking first to save
 * unsaved changes) and selects the step @step_id ((nullable): the first). */
void        pd_window_open_library_entry (PdWindow       *self,
                                          PdLibraryEntry *entry,
                                          const char     *step_id);
/* TRUE when the one selected step is a link step with a target
 * ("win.open-linked-pathway" opens it). */
gboolean    pd_window_can_open_link (PdWindow      *self);

/* Save / Discard / Cancel over @parent, named for screen readers, Save
 * the default and Escape Cancel; not yet shown. The caller connects
 * "response" ("save", "discard" or "cancel") and presents it. */
GtkWidget *pd_save_changes_dialog_new (GtkWindow  *parent,
                                       const char *heading,
                                       const char *body,
                                       const char *discard,
                                       const char *save);

G_END_DECLS
