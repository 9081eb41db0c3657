/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-diff.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPARE_PANEL (pd_compare_panel_get_type ())
G_DECLARE_FINAL_TYPE (PdComparePanel, pd_compare_panel, PD, COMPARE_PANEL, AdwBin)

/* Compare With…'s list of changes, one row a change named by its sentence,
 * beside the canvas that marks them. Activating a row of a step or a
 * transition that is in the pathway emits "activated" with its id. */
GtkWidget *pd_compare_panel_new       (void);
/* Shows @heading over @changes ((element-type PdDiffChange)
 * (transfer none)). */
void       pd_compare_panel_set_changes (PdComparePanel *self,
                                         const char     *heading,
                                         GPtrArray      *changes);
/* The number of rows: one a change, or one saying there is none. */
guint      pd_compare_panel_get_n_rows  (PdComparePanel *self);
/* The sentence of row @index: (transfer none) (nullable). */
const char *pd_compare_panel_get_row_text (PdComparePanel *self,
                                           guint           index);
/* Activates row @index, as a click does. */
void       pd_compare_panel_activate_row (PdComparePanel *self,
                                          guint           index);

G_END_DECLS
