/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What a new window shows before there is a pathway: New Pathway, Open, the
 * recent pathways with a picture of each, and templates to start from.
 * Its buttons point at actions: "win.start-new", "app.open",
 * "app.open-recent" (a path) and "app.new-from-template" (a resource
 * path). */
#define PD_TYPE_START_PAGE (pd_start_page_get_type ())
G_DECLARE_FINAL_TYPE (PdStartPage, pd_start_page, PD, START_PAGE, GtkWidget)

/* The GResource folder of the templates and examples. */
#define PD_TEMPLATES_PATH "/org/pathwaydesigner/Designer/templates/"

/* What the page shows, for the tests. */
guint         pd_start_page_get_n_recent         (PdStartPage *self);
const char   *pd_start_page_get_recent_path      (PdStartPage *self,
                                                  guint        index);
gboolean      pd_start_page_get_recent_missing   (PdStartPage *self,
                                                  guint        index);
/* NULL until drawn. */
GdkPaintable *pd_start_page_get_recent_thumbnail (PdStartPage *self,
                                                  guint        index);
/* The resource paths of the templates and examples offered, in order. */
GPtrArray    *pd_start_page_list_templates       (void);

G_END_DECLS
