/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PD_TYPE_APPLICATION (pd_application_get_type ())
G_DECLARE_FINAL_TYPE (PdApplication, pd_application, PD, APPLICATION, AdwApplication)

PdApplication *pd_application_new       (void);
/* Opens @path in a new window; a broken or hostile file shows the loader's
 * message and opens nothing. Returns the window, or NULL. An untouched new
 * pathway's window it was opened from gives way to it. */
GtkWindow     *pd_application_open_path (PdApplication *self,
                                         const char    *path);
/* Opens the library of pathways in @folder, in the untouched window or a
 * new one, which shows its first pathway once it is read. */
GtkWindow     *pd_application_open_library (PdApplication *self,
                                            GFile         *folder);
/* A new, not yet saved pathway made from the template at the GResource
 * path @resource, in a window replacing an untouched one as above. */
GtkWindow     *pd_application_open_template (PdApplication *self,
                                             const char    *resource);

/* Offers back the recovery copies a crash left (once per run); called on
 * the first activation. */
void           pd_application_offer_recovery (PdApplication *self);

G_END_DECLS
