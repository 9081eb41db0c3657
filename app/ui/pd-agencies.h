/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pd-agency.h"
#include "pd-document.h"

G_BEGIN_DECLS

#define PD_TYPE_AGENCIES (pd_agencies_get_type ())
G_DECLARE_FINAL_TYPE (PdAgencies, pd_agencies, PD, AGENCIES, AdwBin)

/* The pathway's agencies: add, rename, recolour, set the letter and
 * pattern that stand in for the colour, reorder, remove (asking which
 * agency takes over the steps of one in use). Every change is an undo
 * step, and the diagram's key follows. */
GtkWidget *pd_agencies_new          (void);
void       pd_agencies_set_document (PdAgencies *self,
                                     PdDocument *document);
guint      pd_agencies_get_n_rows   (PdAgencies *self);
/* What the Remove button of @agency's row does. */
void       pd_agencies_remove       (PdAgencies *self,
                                     PdAgency   *agency);

G_END_DECLS
