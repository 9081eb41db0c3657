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
  GtkWidget *scope, *what_if_group, *what_if_box;
  GtkToggleButton *whole_library;
  PdCapacityChart *library_chart;
  GtkListBox *library_list;
  AdwPreferencesGroup *library_group;
  GtkLabel *library_problem;
  GtkWidget *library_export;

  PdDocument *document;
  PdSelection *selection;
  GSignalGroup *history_signals;   /* of the document's history */
  PdCapacity *capacity;            /* the figures shown, or NULL */
  guint refresh_source;
  gboolean what_if;                /* the referrals field differs from the file's */
  gboolean updating;               /* the field is being set from the file */
  PdLibrary *library;              /* open in the window, or NULL */
  char *path;                      /* the pathway's file, for its entry in the library */
  PdCapacity *library_capacity;    /* the whole library's figures shown, or NULL */
};

/* Works the figures out again now. */
void pd_capacity_panel_refresh          (PdCapacityPanel *self);

/* pd-capacity-rows.c: the lists and words made from self->capacity. */
void pd_capacity_panel_fill_people      (PdCapacityPanel *self);
void pd_capacity_panel_fill_staff       (PdCapacityPanel *self);
void pd_capacity_panel_fill_unmet       (PdCapacityPanel *self);
void pd_capacity_panel_fill_assumptions (PdCapacityPanel *self);
/* @capacity's roles into @chart and @list, one row a role and agency. */
void pd_capacity_panel_fill_roles       (PdCapacityPanel *self,
                                         PdCapacity      *capacity,
                                         PdCapacityChart *chart,
                                         GtkListBox      *list);

/* pd-capacity-panel-library.c: the Whole Library figures. */
void     pd_capacity_panel_class_init_library (GtkWidgetClass  *widget_class);
/* Shows the whole library's figures when chosen; FALSE when not. */
gboolean pd_capacity_panel_show_library (PdCapacityPanel *self);
void     pd_capacity_panel_dispose_library (PdCapacityPanel *self);

G_END_DECLS
