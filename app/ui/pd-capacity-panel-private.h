/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity-panel.h"
#include "pd-capacity-waiting.h"

G_BEGIN_DECLS

struct _PdCapacityPanel
{
  AdwBin parent_instance;

  GtkSpinButton *referrals;
  GtkLabel *what_if_note;
  GtkWidget *reset;
  GtkStack *stack;
  GtkListBox *people_list;
  AdwPreferencesGroup *staff_group;
  GtkWidget *no_hours;
  PdCapacityChart *chart;
  GtkListBox *staff_list;
  AdwPreferencesGroup *unmet_group;
  GtkListBox *unmet_list;
  GtkLabel *assumptions;
  GtkLabel *error_message;
  PdCapacityWaiting *waiting;

  PdDocument *document;
  PdSelection *selection;
  GSignalGroup *history_signals;   /* of the document's history */
  PdCapacity *capacity;            /* the figures shown, or NULL */
  guint refresh_source;
  gboolean what_if;                /* the referrals field differs from the file's */
  gboolean updating;               /* the field is being set from the file */
};

/* pd-capacity-rows.c: the lists and words made from self->capacity. */
void pd_capacity_panel_fill_people      (PdCapacityPanel *self);
void pd_capacity_panel_fill_staff       (PdCapacityPanel *self);
void pd_capacity_panel_fill_unmet       (PdCapacityPanel *self);
void pd_capacity_panel_fill_assumptions (PdCapacityPanel *self);

G_END_DECLS
