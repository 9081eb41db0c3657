/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-node.h"

G_BEGIN_DECLS

/* The pictures easy-read leaflets use by default (resources/pictograms,
 * OpenMoji, CC BY-SA 4.0), by name: "phone", "medicine", "finish"… */
/* The set is static: every string returned is (transfer none). */
guint       pd_pictograms_get_n_items (void);
const char *pd_pictograms_get_name    (guint       index);
gboolean    pd_pictograms_has         (const char *name);
/* What picture @name shows, in English ("telephone receiver"): its
 * alternative text; (nullable): NULL when it is not one of the set. */
const char *pd_pictograms_get_description (const char *name);
/* The SVG of picture @name: (transfer full) (nullable). */
GBytes     *pd_pictograms_get_svg     (const char *name);
/* The picture for @node: its own when it names one of the set, else one
 * chosen from the words of its title and easy-read text, else from its
 * kind. Never NULL. */
const char *pd_pictograms_choose      (PdNode     *node);
/* What leaflets and the About window say of where the pictures come from. */
const char *pd_pictograms_attribution (void);

G_END_DECLS
