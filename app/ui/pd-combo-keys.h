/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Opened from the keyboard, @row's list starts at its value, so that
 * Enter keeps it and the arrow keys move from it. */
void pd_combo_row_start_at_value (AdwComboRow *row);

G_END_DECLS
