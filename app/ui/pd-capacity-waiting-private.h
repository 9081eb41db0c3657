/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-capacity-sim.h"
#include "pd-capacity-waiting.h"

G_BEGIN_DECLS

struct _PdCapacityWaiting
{
  GtkBox parent_instance;

  GtkSpinButton *years;
  GtkSpinButton *seed;
  AdwComboRow *arrivals;
  GtkWidget *simulate;
  GtkSpinner *spinner;
  GtkWidget *cancel;
  GtkWidget *out_of_date;
  GtkLabel *message;
  GtkListBox *results;
  GtkLabel *scale;      /* what the top of the queues' lines stands for */

  PdDocument *document;
  PdCapacityOptions options;
  GCancellable *cancellable;   /* of the run going, NULL when none */
  const char *state;
  guint running;        /* threads not yet ended, cancelled ones too */
  guint stopped_early;  /* runs whose thread saw the cancel */
  PdCapacity *shown_capacity;   /* of the results shown, NULL when none */
  PdCapacitySim *shown_sim;
};

G_END_DECLS
