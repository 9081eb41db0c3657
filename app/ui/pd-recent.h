/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Pathways used lately, kept by GTK's recent files (shared with the file
 * chooser): noted when one is opened or saved, offered by Open Recent. */
void        pd_recent_note     (const char *path);
/* Menu items "app.open-recent" with the path as target, newest first, at
 * most ten, kept up to date. */
GMenuModel *pd_recent_get_menu (void);
/* The paths of at most @max recent pathways, newest first, including those
 * no longer on disk. */
GPtrArray  *pd_recent_list     (guint       max);

G_END_DECLS
