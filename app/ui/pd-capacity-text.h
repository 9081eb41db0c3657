/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Figures as the Capacity panel shows them, in the user's locale: a count
 * of people, sessions or hours rounded to a whole number with its
 * thousands grouped ("3,200"), and whole-time equivalents to one decimal
 * ("37.9"). Each returns (transfer full). */
char *pd_capacity_text_count (double value);
char *pd_capacity_text_wte   (double value);

G_END_DECLS
