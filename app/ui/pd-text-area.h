/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PD_TYPE_TEXT_AREA (pd_text_area_get_type ())
G_DECLARE_FINAL_TYPE (PdTextArea, pd_text_area, PD, TEXT_AREA, GtkTextView)

/* A text view for a few paragraphs that wraps words and is always as tall
 * as its lines. (A text view reports the height of its text as laid out
 * for the width it had before: given a new width, it is asked again.) */
GtkWidget *pd_text_area_new (void);

G_END_DECLS
