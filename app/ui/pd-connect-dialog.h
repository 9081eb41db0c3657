/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-document.h"

G_BEGIN_DECLS

/* "Connect to…": picks a step by typing part of its name, so that a
 * keyboard or screen-reader user can join two steps anywhere in the
 * pathway. Adds a transition from step @from_id to the one chosen (one
 * undo step) and selects nothing itself. */
GtkWindow *pd_connect_dialog_present (GtkWindow  *parent,
                                      PdDocument *document,
                                      const char *from_id);

G_END_DECLS
