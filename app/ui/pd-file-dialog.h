/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the path chosen, or NULL when the user cancelled. */
typedef void (*PdFileDialogDone) (GObject    *owner,
                                  const char *path);

/* A native file chooser over @parent for Open (@action OPEN) or Save
 * (SAVE, proposing @current_name), with filters given as pairs of a name
 * and a pattern, NULL-terminated. @done runs if @owner still lives. */
void pd_file_dialog_show (GtkWindow           *parent,
                          GObject             *owner,
                          const char          *title,
                          GtkFileChooserAction action,
                          const char          *accept,
                          const char          *current_name,
                          PdFileDialogDone     done,
                          const char          *first_filter_name,
                          ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
