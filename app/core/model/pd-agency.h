/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-enums.h"
#include "pd-translations.h"

G_BEGIN_DECLS

#define PD_TYPE_AGENCY (pd_agency_get_type ())
G_DECLARE_FINAL_TYPE (PdAgency, pd_agency, PD, AGENCY, GObject)

/* An organisation that delivers steps of a pathway. Its colour is never the
 * only cue: every agency also has a short letter code (and may have a fill
 * pattern) shown wherever the colour is. new and copy return
 * (transfer full); the getters (transfer none), the strings other than the
 * id (nullable). */
PdAgency   *pd_agency_new            (const char *id);
PdAgency   *pd_agency_copy           (PdAgency   *agency,
                                      const char *new_id);
const char *pd_agency_get_id         (PdAgency   *agency);
const char *pd_agency_get_name       (PdAgency   *agency);
const char *pd_agency_get_short_name (PdAgency   *agency);
const char *pd_agency_get_colour     (PdAgency   *agency);
const char *pd_agency_get_cue        (PdAgency   *agency);
PdPattern   pd_agency_get_pattern    (PdAgency   *agency);
/* The name in other languages ("translations"; (transfer none)
 * (nullable)); the name in @lang (nullable): the English one for NULL or
 * "en", else the translation or NULL; (transfer none) (nullable). */
PdTranslations *pd_agency_get_translations (PdAgency *agency);
const char *pd_agency_get_name_for   (PdAgency   *agency,
                                      const char *lang);

G_END_DECLS
