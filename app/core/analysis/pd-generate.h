/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Makes a synthetic pathway of @n_nodes steps for tests and benchmarks. It
 * is shaped like a real one: a referral at the start, steps in stages that
 * flow forward, decisions with two or three ways out, a few re-referrals
 * back to earlier stages, discharges at the end, 4 to 6 agencies, easy-read
 * text and timing on every step. The same @seed gives the same pathway.
 * Returns: (transfer full). */
PdDocument *pd_generate_pathway (guint   n_nodes,
                                 guint32 seed,
                                 guint   n_agencies);

G_END_DECLS
