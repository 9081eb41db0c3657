/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-agencies.h"
#include "pd-canvas.h"
#include "pd-inspector.h"
#include "pd-layout.h"
#include "pd-leaflet-preview.h"
#include "pd-outline.h"
#include "pd-problems.h"
#include "pd-window.h"

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
  AdwViewStack *side_stack;
  GtkPaned *paned;
  GtkStack *main_stack;
  GtkWidget *start_page;   /* made when first shown */
  GtkBox *palette;
  GtkRevealer *tidy_progress;
  GtkSpinner *tidy_spinner;
  GtkLabel *tidy_label;

  PdDocument *document;
  char *path;
  char *etag;
  gboolean closing;        /* the user chose to close: do so once saved */
  gboolean blank;          /* a new, empty pathway the application made */
  char *recovery_id;       /* of this window's recovery copy */
  guint autosave_source;
  GCancellable *tidy_cancellable;   /* while a tidy runs in its thread */
  guint tidy_progress_source;
};

void pd_window_toast           (PdWindow       *self,
                               const char     *message);

/* pd-window-state.c: the size and maximised state, kept in GSettings. */
void pd_window_restore_state   (PdWindow       *self);
void pd_window_save_state      (PdWindow       *self);

/* pd-window-leaflet.c: Export Leaflet. */
void pd_window_class_init_leaflet (GtkWidgetClass *widget_class);
gboolean pd_window_export_leaflet_to (PdWindow    *self,
                                      const char  *path,
                                      GError     **error);

/* pd-window-tidy.c: Tidy, in a thread with progress and Cancel for a
 * large pathway. */
void pd_window_class_init_tidy (GtkWidgetClass *widget_class);
void pd_window_init_tidy       (PdWindow       *self);
void pd_window_set_document_tidy (PdWindow     *self);
void pd_window_dispose_tidy    (PdWindow       *self);
/* The options the Arrange menu sets: lanes, spacing. */
void pd_window_get_tidy_options (PdWindow        *self,
                                 PdLayoutOptions *options);

/* pd-window-edit.c: the editing commands of the window. */
void pd_window_class_init_edit (GtkWidgetClass *widget_class);
void pd_window_init_edit       (PdWindow       *self);
void pd_window_update_edit_actions (PdWindow   *self);
/* Pastes @text (from the clipboard) when it is a pathway fragment. */
void pd_window_paste_text      (PdWindow       *self,
                               const char     *text);

G_END_DECLS
