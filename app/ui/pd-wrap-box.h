/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PD_TYPE_WRAP_BOX (pd_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (PdWrapBox, pd_wrap_box, PD, WRAP_BOX, GtkWidget)

void pd_wrap_box_append (PdWrapBox *self,
                         GtkWidget *child);

G_END_DECLS
