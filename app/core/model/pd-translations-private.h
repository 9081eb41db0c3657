/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-translations.h"

G_BEGIN_DECLS

/* For the model objects' translated getters: the text of @field in @lang
 * (nullable): @english (nullable) for NULL or "en", else as lookup;
 * (transfer none) (nullable). */
const char *pd_translations_get_for (const PdTranslations *translations,
                                     const char           *field,
                                     const char           *lang,
                                     const char           *english);

G_END_DECLS
