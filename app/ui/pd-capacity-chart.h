/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One role's bar pair: whole-time equivalents needed and in post. */
typedef struct {
  const char *label;       /* the role, as shown */
  double      needed;      /* WTE */
  double      in_post;     /* WTE */
  gboolean    has_in_post; /* staff in post entered for the role */
} PdCapacityBar;

#define PD_TYPE_CAPACITY_CHART (pd_capacity_chart_get_type ())
G_DECLARE_FINAL_TYPE (PdCapacityChart, pd_capacity_chart, PD, CAPACITY_CHART, GtkWidget)

/* A bar chart of whole-time equivalents needed (filled) against those in
 * post (outlined and hatched) for each role, each bar with its figure
 * written beside it, never told apart by colour alone. Its accessible
 * description says the same figures in words. */
GtkWidget  *pd_capacity_chart_new             (void);
/* Copies @bars (array length=n_bars); the strings are copied too. */
void        pd_capacity_chart_set_bars        (PdCapacityChart     *self,
                                               const PdCapacityBar *bars,
                                               guint                n_bars);
guint       pd_capacity_chart_get_n_bars      (PdCapacityChart     *self);
/* The figures in words, as given to assistive technologies:
 * (transfer none). */
const char *pd_capacity_chart_get_description (PdCapacityChart     *self);

G_END_DECLS
