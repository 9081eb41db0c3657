/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What happens next in a simulation: a binary heap of events by time, and
 * among events at the same time, in the order they were added, so that a
 * run never depends on how the heap breaks ties. */
typedef struct {
  double  time;
  guint64 order;
  guint   kind;
  guint   a;
  guint   b;
} PdSimEvent;

typedef struct {
  PdSimEvent *heap;
  guint       len;
  guint       size;
  guint64     added;
} PdSimEvents;

void     pd_sim_events_init  (PdSimEvents *events);
void     pd_sim_events_clear (PdSimEvents *events);
void     pd_sim_events_add   (PdSimEvents *events,
                              double       time,
                              guint        kind,
                              guint        a,
                              guint        b);
/* Takes the earliest event into @event; FALSE when there is none. */
gboolean pd_sim_events_pop   (PdSimEvents *events,
                              PdSimEvent  *event);

G_END_DECLS
