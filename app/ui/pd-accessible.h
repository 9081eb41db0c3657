/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 names a button whose label has a mnemonic twice over, from its
 * label as written and from the label it shows: a screen reader says
 * "_Save Save". These leave only the name shown, "Save". */
void pd_accessible_name_as_shown     (GtkWidget *button);
/* The same for every such button in @widget and below it: a message
 * dialog's responses, a template's buttons. */
void pd_accessible_name_all_as_shown (GtkWidget *widget);

G_END_DECLS
