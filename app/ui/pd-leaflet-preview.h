/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"
#include "pd-leaflet.h"
#include "pd-selection.h"

G_BEGIN_DECLS

#define PD_TYPE_LEAFLET_PREVIEW (pd_leaflet_preview_get_type ())
G_DECLARE_FINAL_TYPE (PdLeafletPreview, pd_leaflet_preview, PD, LEAFLET_PREVIEW, AdwBin)

/* The easy-read leaflet's pages as they will print, its reading figures,
 * and what makes its words harder, step by step (activating one selects
 * the step); remade a moment after edits stop, while it is shown. */
GtkWidget *pd_leaflet_preview_new          (void);
/* The "document" property: whose leaflet is shown. */
PdDocument *pd_leaflet_preview_get_document (PdLeafletPreview *self);
void       pd_leaflet_preview_set_document (PdLeafletPreview *self,
                                            PdDocument       *document);
/* The "selection" property: what activating a warning selects its step in. */
PdSelection *pd_leaflet_preview_get_selection (PdLeafletPreview *self);
void       pd_leaflet_preview_set_selection (PdLeafletPreview *self,
                                             PdSelection      *selection);
/* The pathway's file, whose folder holds the pictures its steps name;
 * NULL when it has none yet. */
void       pd_leaflet_preview_set_file_name (PdLeafletPreview *self,
                                             const char       *file_name);
/* The paper, text size and steps shown, as set in the panel. */
void       pd_leaflet_preview_get_options  (PdLeafletPreview *self,
                                            PdLeafletOptions *options);
/* Remakes it now (tests). */
void       pd_leaflet_preview_refresh      (PdLeafletPreview *self);
guint      pd_leaflet_preview_get_n_pages  (PdLeafletPreview *self);
guint      pd_leaflet_preview_get_n_warnings (PdLeafletPreview *self);

G_END_DECLS
