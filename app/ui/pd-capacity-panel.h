/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-capacity.h"
#include "pd-capacity-chart.h"
#include "pd-capacity-waiting.h"
#include "pd-document.h"
#include "pd-library.h"
#include "pd-selection.h"

G_BEGIN_DECLS

#define PD_TYPE_CAPACITY_PANEL (pd_capacity_panel_get_type ())
G_DECLARE_FINAL_TYPE (PdCapacityPanel, pd_capacity_panel, PD, CAPACITY_PANEL, AdwBin)

/* The Capacity panel: people a year at each step, staff hours and
 * whole-time equivalents by role and agency against staff in post, need
 * not yet met, and how the figures are made, worked out again as the
 * pathway is edited. A What If number of referrals a year changes the
 * figures shown, never the pathway. */
GtkWidget   *pd_capacity_panel_new           (void);
/* The "document" property: the pathway whose figures are shown. */
PdDocument  *pd_capacity_panel_get_document  (PdCapacityPanel *self);
void         pd_capacity_panel_set_document  (PdCapacityPanel *self,
                                              PdDocument      *document);
/* The "selection" property: what choosing a step selects in. */
PdSelection *pd_capacity_panel_get_selection (PdCapacityPanel *self);
void         pd_capacity_panel_set_selection (PdCapacityPanel *self,
                                              PdSelection     *selection);
/* The options the figures shown are made with (What If included). */
void         pd_capacity_panel_get_options   (PdCapacityPanel   *self,
                                              PdCapacityOptions *options);
/* The figures shown: (transfer none) (nullable), NULL without a document
 * or when the model has no answer. */
PdCapacity  *pd_capacity_panel_get_capacity  (PdCapacityPanel *self);
/* "figures", "empty" (nobody arrives) or "error" (a loop no one leaves). */
const char  *pd_capacity_panel_get_state     (PdCapacityPanel *self);
/* Selects the steps of the loop no one leaves. */
void         pd_capacity_panel_select_loop   (PdCapacityPanel *self);
/* The Waiting section: (transfer none). */
PdCapacityWaiting *pd_capacity_panel_get_waiting (PdCapacityPanel *self);

/* The library open in the window (nullable), and @path (nullable), the
 * file of the pathway shown: with a library, the panel offers the whole
 * library's Staff Needed, the pathway shown counted as it is now. */
void         pd_capacity_panel_set_library   (PdCapacityPanel *self,
                                              PdLibrary       *library,
                                              const char      *path);
/* Whether the whole library's figures are shown (the "whole-library"
 * choice, with a library); their sum and each pathway's figures in the
 * library's order: (transfer none) (nullable). */
gboolean     pd_capacity_panel_get_whole_library (PdCapacityPanel *self);
void         pd_capacity_panel_set_whole_library (PdCapacityPanel *self,
                                                  gboolean         whole);
PdCapacity  *pd_capacity_panel_get_library_capacity (PdCapacityPanel *self);
PdLibrary   *pd_capacity_panel_get_library   (PdCapacityPanel *self);

/* For tests: the What If field, the chart, and what a screen reader says
 * of each row of a list ("people", "staff", "unmet" or "library"), a new
 * array. */
GtkSpinButton   *pd_capacity_panel_get_what_if (PdCapacityPanel *self);
PdCapacityChart *pd_capacity_panel_get_chart   (PdCapacityPanel *self);
GStrv        pd_capacity_panel_get_row_names  (PdCapacityPanel *self,
                                               const char      *list);
/* Does what choosing the @position-th row of the People a Year list does. */
void         pd_capacity_panel_activate_step  (PdCapacityPanel *self,
                                               guint            position);

G_END_DECLS
