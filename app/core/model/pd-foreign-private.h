/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-foreign.h"

G_BEGIN_DECLS

/* For the model objects' copies. Returns: (transfer full). */
PdForeign *pd_foreign_copy (const PdForeign *foreign);

G_END_DECLS
