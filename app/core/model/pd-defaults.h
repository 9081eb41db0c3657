/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-agency.h"

G_BEGIN_DECLS

/* The agencies a new pathway starts with: NHS trust (blue, "N"), social
 * care (green, "S"), voluntary and third sector (orange, "V") and primary
 * care (red, "P"). Each has a letter cue and a fill pattern as well as its
 * colour, so that red and green are never told apart by colour alone.
 * Returns: (transfer full) (element-type PdAgency), new objects each time. */
GPtrArray *pd_default_agencies_new (void);

G_END_DECLS
