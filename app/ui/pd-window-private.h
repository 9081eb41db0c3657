/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-agencies.h"
#include "pd-canvas.h"
#include "pd-capacity-panel.h"
#include "pd-compare-panel.h"
#include "pd-export.h"
#include "pd-inspector.h"
#include "pd-layout.h"
#include "pd-leaflet-preview.h"
#include "pd-library-panel.h"
#include "pd-outline.h"
#include "pd-problems.h"
#include "pd-window.h"
#include "pd-wrap-box.h"

G_BEGIN_DECLS

struct _PdWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toasts;
  AdwWindowTitle *title;
  GtkScrolledWindow *scroller;
  PdCanvas *canvas;
  GMenu *recent_menu;
  PdInspector *inspector;
  PdOutline *outline;
  PdAgencies *agencies;
  PdLeafletPreview *leaflet;
  PdProblems *problems;
  AdwViewStackPage *problems_page;
  PdCapacityPanel *capacity;
  PdLibraryPanel *library_panel;
  AdwViewStackPage *library_page;
  AdwViewStack *side_stack;
  AdwFlap *flap;
  GtkWidget *side_pane;
  GtkStack *main_stack;
  GtkWidget *start_page;   /* made when first shown */
  PdWrapBox *palette;
  GtkRevealer *tidy_progress;
  GtkSpinner *tidy_spinner;
  GtkLabel *tidy_label;
  GtkWidget *empty_hint;   /* over the canvas while there is no step */
  double text_scale;       /* the system's text size, as the zoom it was last followed at */
  GtkSearchBar *find_bar;
  GtkSearchEntry *find_entry;
  GtkLabel *find_label;
  /* In the header bar, shown only while a pathway is edited. */
  GtkWidget *undo_button, *redo_button, *add_button, *arrange_button;
  GtkWidget *save_button, *sidebar_button;
  GtkMenuButton *zoom_button;

  /* Compare With…: the other version and what it is called. */
  PdDocument *compare_document;
  char *compare_label;
  GCancellable *compare_cancellable;  /* while git runs */
  struct _PdComparePanel *compare_panel;
  AdwViewStackPage *compare_page;

  PdDocument *document;
  GSignalGroup *document_signals;  /* of the document, its history and its steps */
  GSignalGroup *history_signals;
  GSignalGroup *nodes_signals;
  char *path;
  char *etag;
  gboolean closing;        /* the user chose to close: do so once saved */
  gboolean blank;          /* a new, empty pathway the application made */
  char *recovery_id;       /* of this window's recovery copy */
  guint autosave_source;
  GCancellable *tidy_cancellable;   /* while a tidy runs in its thread */
  guint tidy_progress_source;
  guint64 tidy_lanes_changes;       /* the history after a tidy in lanes that moved steps */
  AdwToast *tidy_lanes_toast;       /* shown until closed or the next tidy (weak) */
  const char *tidy_target;          /* win.tidy's target when it was last used: "fit-page"… */
  PdExportFormat export_format;     /* as the Export Diagram dialog was left */
  PdExportOptions export_options;   /* its id_prefix is export_id_prefix */
  char *export_id_prefix;           /* for a web page: typed in, or NULL for the file's name */
  gboolean export_flow;             /* people a year, worked out as the file is written */
  char *last_export;                /* what Show Export in Folder shows */
  gboolean print_fit;               /* Print: one page rather than tiles */
  GtkPrintSettings *print_settings; /* of the last print, for the next */
  GtkPageSetup *page_setup;
  char *find_id;                    /* the match Find went to last */
  PdLibrary *library;               /* the library open in the window, or NULL */
  GCancellable *library_cancellable;  /* while a library is read in its thread */
  char *library_link;               /* the link target to open once it is read */
  gboolean publish_when_loaded;     /* Publish Library… waits for it to be read */
  GQueue back_places, forward_places;  /* of PdWindowPlace, the nearest first */
  GtkWidget *history_buttons;       /* Back and Forward in the header bar */

  struct _PdPresent *present;       /* while presenting, what to come back to */
  GtkWidget *caption;               /* over the diagram while presenting */
  GtkLabel *caption_title, *caption_count, *caption_text, *caption_agency, *caption_timing;
  GtkLabel *caption_ways, *caption_comments;
  GtkWidget *caption_swatch;
  GtkWidget *present_comment;       /* a comment taken while presenting (N) */
};

void pd_window_toast           (PdWindow       *self,
                               const char     *message);

/* pd-window-state.c: the size and maximised state, and View options,
 * kept in GSettings. */
void pd_window_restore_state   (PdWindow       *self);
void pd_window_save_state      (PdWindow       *self);
/* The designer's settings, or NULL when run without its schema. */
GSettings *pd_window_settings  (void);
/* View options (win.show-details), kept in GSettings as they change. */
void pd_window_init_view_options (PdWindow     *self);

/* pd-window-leaflet.c: Export Leaflet. */
void pd_window_class_init_leaflet (GtkWidgetClass *widget_class);
gboolean pd_window_export_leaflet_to (PdWindow    *self,
                                      const char  *path,
                                      GError     **error);

/* pd-window-capacity.c: Export Tables, and going to a field the
 * Capacity panel asks for. */
void pd_window_class_init_capacity (GtkWidgetClass *widget_class);
/* Writes the Capacity panel's figures, What If included, to @path: as CSV,
 * the steps as `pathway capacity --format csv` prints them; for a name
 * ending in ".ods", an OpenDocument spreadsheet of the steps and of the
 * totals by role and agency (the columns of `pathway capacity --totals`).
 * When the Waiting section shows results up to date with the pathway, the
 * spreadsheet has a sheet of them too, and CSV writes them beside @path
 * (pd_window_waiting_csv_path()) as `pathway capacity --simulate --format
 * csv` does. */
gboolean pd_window_export_tables_to (PdWindow    *self,
                                     const char  *path,
                                     GError     **error);
/* pd-window-capacity-library.c: with Whole Library chosen in the
 * Capacity panel, its figures to @path: as CSV the totals by role and
 * agency (the columns of `pathway capacity --totals`); for ".ods" a sheet
 * of each pathway's steps and one of the totals, as `pathway capacity
 * FOLDER -o OUT.ods` writes. */
gboolean pd_window_export_library_tables_to (PdWindow    *self,
                                             const char  *path,
                                             GError     **error);
/* Where CSV export writes the waits for @path: "NAME-waiting.csv" for
 * "NAME.csv". Returns: (transfer full). */
char    *pd_window_waiting_csv_path (const char *path);

/* pd-window-export.c: Export Diagram, and opening what was exported. */
void pd_window_class_init_export (GtkWidgetClass *widget_class);
void pd_window_init_export     (PdWindow       *self);
/* The proposed file name: the title, no slashes, the format's extension. */
char *pd_window_export_file_name (PdWindow      *self,
                                  PdExportFormat format);
/* For a web page: the id prefix `pathway export --inline` makes from the
 * pathway's file name (or, before it is saved, from its title). */
char *pd_window_export_id_prefix (PdWindow      *self);
/* Writes the diagram to @path, never over the window's own pathway; for a
 * web page with no prefix given, with pd_window_export_id_prefix(). */
gboolean pd_window_export_diagram_to (PdWindow              *self,
                                      const char            *path,
                                      PdExportFormat         format,
                                      const PdExportOptions *options,
                                      GError               **error);

/* pd-window-print.c: Print, tiled at a readable size or fitted. */
void pd_window_class_init_print (GtkWidgetClass *widget_class);
/* Prints to a PDF file at @path (GtkPrintOperation's export) on @setup's
 * paper (NULL: the default paper, landscape). */
gboolean pd_window_print_to_pdf (PdWindow     *self,
                                 const char   *path,
                                 GtkPageSetup *setup,
                                 gboolean      fit,
                                 GError      **error);

/* pd-window-tidy.c: Tidy, in a thread with progress and Cancel for a
 * large pathway. */
void pd_window_class_init_tidy (GtkWidgetClass *widget_class);
void pd_window_init_tidy       (PdWindow       *self);
/* Once the document is set: the Routing option shows its routing. */
void pd_window_set_document_tidy (PdWindow     *self);
void pd_window_dispose_tidy    (PdWindow       *self);
/* The options the Arrange menu sets: lanes, spacing. */
void pd_window_get_tidy_options (PdWindow        *self,
                                 PdLayoutOptions *options);

/* pd-window-find.c: Find, matches in reading order. */
void pd_window_class_init_find (GtkWidgetClass *widget_class);
void pd_window_init_find       (PdWindow       *self);

/* pd-window-edit.c: the editing commands of the window. */
void pd_window_class_init_edit (GtkWidgetClass *widget_class);
void pd_window_init_edit       (PdWindow       *self);
void pd_window_update_edit_actions (PdWindow   *self);
/* Pastes @text (from the clipboard) when it is a pathway fragment. */
void pd_window_paste_text      (PdWindow       *self,
                               const char     *text);

/* pd-window-present.c: Full Screen (F11), and Present (F5): the diagram
 * alone, walked through one step at a time with a large caption. */
void pd_window_class_init_present (GtkWidgetClass *widget_class);
void pd_window_init_present    (PdWindow       *self);
void pd_window_dispose_present (PdWindow       *self);
gboolean pd_window_is_presenting (PdWindow     *self);
/* The caption shown while presenting, and the card that takes a comment
 * (for tests). */
GtkWidget *pd_window_get_caption (PdWindow     *self);
GtkWidget *pd_window_get_present_comment (PdWindow *self);

/* pd-window-side.c: the side pane, shown and hidden (F9), folded on a
 * narrow window; Escape in it goes back to the diagram. */
void pd_window_class_init_side (GtkWidgetClass *widget_class);
void pd_window_init_side       (PdWindow       *self);

/* pd-window-compare.c: Compare With a file, the last saved version or a
 * git revision (pd-window-compare-git.c); the canvas's marks and the
 * Compare page follow edits until Stop Comparing. */
void     pd_window_init_compare      (PdWindow   *self);
void     pd_window_dispose_compare   (PdWindow   *self);
void     pd_window_start_comparing   (PdWindow   *self,
                                      PdDocument *other,
                                      const char *label);
void     pd_window_stop_comparing    (PdWindow   *self);
void     pd_window_update_compare    (PdWindow   *self);
gboolean pd_window_compare_with_path (PdWindow   *self,
                                      const char *path,
                                      const char *label);
void     pd_window_compare_problem   (PdWindow   *self,
                                      const char *message);
void     pd_window_compare_git       (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       data);
void     pd_window_compare_git_revision (PdWindow   *self,
                                         const char *revision);
/* pd-window-library.c: a library listed in the side pane, its pathways
 * and the targets of link steps opened in the window. */
void pd_window_class_init_library (GtkWidgetClass *widget_class);
void pd_window_init_library    (PdWindow       *self);
void pd_window_dispose_library (PdWindow       *self);
/* pd-window-service.c: Edit Shared Service, from the step's Properties. */
void pd_window_class_init_service (GtkWidgetClass *widget_class);

/* pd-window-publish.c: Publish Library…, of the library open in the
 * window (show_publish), or of the folder of its pathway, opened first. */
void pd_window_class_init_publish (GtkWidgetClass *widget_class);
void pd_window_show_publish    (PdWindow       *self);
/* pd-window-problems.c: the library's problems on the Library page, and
 * Check Library; check_library checks the library open now (or clears
 * the problems when there is none). */
void pd_window_class_init_problems (GtkWidgetClass *widget_class);
void pd_window_init_problems       (PdWindow       *self);
void pd_window_check_library       (PdWindow       *self);

/* Shows @path's pathway in place of the one shown, whose changes are saved
 * or let go, with @step_id (nullable) selected; from the open library, its
 * shared services applied, when it is one of its pathways. FALSE, said in
 * a toast, when it cannot be read. */
gboolean pd_window_show_path   (PdWindow       *self,
                               const char     *path,
                               const char     *step_id);

/* pd-window-history.c: Back and Forward through the pathways left for
 * another by a link or the Library page. */
typedef struct _PdWindowPlace PdWindowPlace;
void pd_window_class_init_history (GtkWidgetClass *widget_class);
void pd_window_init_history    (PdWindow       *self);
void pd_window_dispose_history (PdWindow       *self);
/* Where the window is now (pathway, selected step, zoom, scroll), or NULL
 * when its pathway has no file. */
PdWindowPlace *pd_window_history_here (PdWindow *self);
/* @place (transfer full) (nullable), just left for another pathway, is
 * the one to go back to; going forward starts again from here. */
void pd_window_history_left    (PdWindow       *self,
                               PdWindowPlace  *place);
void pd_window_history_free_place (PdWindowPlace *place);
/* How many places Back (@back) or Forward would go through. */
guint pd_window_get_n_places   (PdWindow       *self,
                               gboolean        back);

/* pd-window-zoom.c: Zoom In, Out, Actual Size, to Fit, and the zoom shown
 * in the header bar. */
void pd_window_class_init_zoom (GtkWidgetClass *widget_class);
void pd_window_init_zoom       (PdWindow       *self);
/* The system's text size as a zoom: 1.5 with Large Text; the diagram's
 * Actual Size. */
double pd_window_text_scale    (PdWindow       *self);

/* @title made fit to begin a file name (see pd-window.c); NULL when
 * nothing of it is left. */
char      *pd_window_title_as_file_name (const char *title);

G_END_DECLS
