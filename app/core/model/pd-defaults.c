/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-defaults.h"

GPtrArray *
pd_default_agencies_new (void)
{
  static const struct {
    const char *id;
    const char *name;
    const char *short_name;
    const char *colour;
    const char *cue;
    PdPattern pattern;
  } defaults[] = {
    { "nhs", N_("NHS trust"), N_("NHS"), "#005EB8", "N", PD_PATTERN_NONE },
    { "social-care", N_("Social care"), N_("Social care"), "#007A33", "S", PD_PATTERN_DIAGONAL },
    { "voluntary", N_("Voluntary sector"), N_("Voluntary"), "#C75B00", "V", PD_PATTERN_DOTS },
    { "primary-care", N_("Primary care"), N_("GP"), "#C8102E", "P", PD_PATTERN_HORIZONTAL },
  };
  GPtrArray *agencies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      PdAgency *agency = pd_agency_new (defaults[i].id);

      g_object_set (agency,
                    "name", _(defaults[i].name),
                    "short-name", _(defaults[i].short_name),
                    "colour", defaults[i].colour,
                    "cue", defaults[i].cue,
                    "pattern", defaults[i].pattern,
                    NULL);
      g_ptr_array_add (agencies, agency);
    }
  return agencies;
}
