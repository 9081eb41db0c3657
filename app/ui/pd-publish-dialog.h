/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Publish Library: what `pathway publish FOLDER -o SITE --base-url URL`
 * does, with the site's folder and address chosen in a modal dialog, in a
 * thread that reads the library's files afresh, with progress and Cancel.
 *
 * Signals, after which the dialog closes itself:
 * "published" (const char *site, guint pathways, const char *problem):
 *   @problem (nullable) says what was left out, the first of @problems;
 * "cancelled": nothing was written.
 * And "save-first": the user asks for the open pathway to be saved. */
#define PD_TYPE_PUBLISH_DIALOG (pd_publish_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdPublishDialog, pd_publish_dialog, PD, PUBLISH_DIALOG, AdwWindow)

/* @folder: the library's; @name (nullable): what to call it; @base_url and
 * @site (nullable): the address and the site's folder to begin with. */
PdPublishDialog *pd_publish_dialog_new (GtkWindow  *parent,
                                        GFile      *folder,
                                        const char *name,
                                        const char *base_url,
                                        const char *site);

void        pd_publish_dialog_set_site_folder (PdPublishDialog *self,
                                               const char      *path);
const char *pd_publish_dialog_get_site_folder (PdPublishDialog *self);
/* The library's folder: (transfer none). */
GFile      *pd_publish_dialog_get_folder      (PdPublishDialog *self);
/* The address typed in, "" for none. */
const char *pd_publish_dialog_get_base_url    (PdPublishDialog *self);
/* Says that the open pathway, @title, has changes the site will not have
 * (NULL: it has none). */
void        pd_publish_dialog_set_unsaved     (PdPublishDialog *self,
                                               const char      *title);
gboolean    pd_publish_dialog_is_publishing   (PdPublishDialog *self);
/* Whether it says so (for tests); what an error stopped publishing with,
 * or NULL. */
gboolean    pd_publish_dialog_shows_unsaved   (PdPublishDialog *self);
const char *pd_publish_dialog_get_error       (PdPublishDialog *self);
/* The row the address is typed in: (transfer none), for tests. */
GtkWidget  *pd_publish_dialog_get_address_row (PdPublishDialog *self);
/* What the progress bar says, for tests and screen readers. */
const char *pd_publish_dialog_get_progress_text (PdPublishDialog *self);

G_END_DECLS
