/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-sim-events.h"

#define EVENT(events, i) (&(events)->heap[(i)])

static inline gboolean
before (const PdSimEvent *x,
        const PdSimEvent *y)
{
  return x->time < y->time || (x->time == y->time && x->order < y->order);
}

void
pd_sim_events_init (PdSimEvents *events)
{
  events->size = 64;
  events->heap = g_new (PdSimEvent, events->size);
  events->len = 0;
  events->added = 0;
}

void
pd_sim_events_clear (PdSimEvents *events)
{
  g_clear_pointer (&events->heap, g_free);
  events->len = events->size = 0;
}

void
pd_sim_events_add (PdSimEvents *events,
                   double       time,
                   guint        kind,
                   guint        a,
                   guint        b)
{
  PdSimEvent event = { time, events->added++, kind, a, b };
  guint i = events->len;

  if (events->len == events->size)
    {
      events->size *= 2;
      events->heap = g_renew (PdSimEvent, events->heap, events->size);
    }
  events->len++;
  while (i > 0 && before (&event, EVENT (events, (i - 1) / 2)))
    {
      *EVENT (events, i) = *EVENT (events, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  *EVENT (events, i) = event;
}

gboolean
pd_sim_events_pop (PdSimEvents *events,
                   PdSimEvent  *event)
{
  guint n = events->len;
  PdSimEvent last;
  guint i = 0;

  if (n == 0)
    return FALSE;
  *event = *EVENT (events, 0);
  last = *EVENT (events, n - 1);
  n--;
  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && before (EVENT (events, child + 1), EVENT (events, child)))
        child++;
      if (!before (EVENT (events, child), &last))
        break;
      *EVENT (events, i) = *EVENT (events, child);
      i = child;
    }
  if (n > 0)
    *EVENT (events, i) = last;
  events->len = n;
  return TRUE;
}
