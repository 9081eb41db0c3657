/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-agency.h"
#include "pd-fields-private.h"
#include "pd-foreign-private.h"
#include "pd-translations-private.h"

struct _PdAgency
{
  GObject parent_instance;

  char *id;
  char *name;
  char *short_name;
  char *colour;
  char *cue;
  int pattern;
  PdTranslations *translations;
};

G_DEFINE_FINAL_TYPE (PdAgency, pd_agency, G_TYPE_OBJECT)

static const PdField fields[] = {
  PD_FIELD_ID (PdAgency, id, "id"),
  PD_FIELD_STR (PdAgency, name, "name"),
  PD_FIELD_STR (PdAgency, short_name, "short-name"),
  PD_FIELD_STR (PdAgency, colour, "colour"),
  PD_FIELD_STR (PdAgency, cue, "cue"),
  PD_FIELD_ENUM (PdAgency, pattern, "pattern", pd_pattern_get_type, PD_PATTERN_NONE),
  PD_FIELD_BOXED (PdAgency, translations, "translations", pd_translations_get_type),
};

PD_DEFINE_FIELD_VFUNCS (pd_agency, PdAgency, fields)

static void
pd_agency_finalize (GObject *object)
{
  pd_fields_clear (object, fields, G_N_ELEMENTS (fields));
  G_OBJECT_CLASS (pd_agency_parent_class)->finalize (object);
}

static void
pd_agency_class_init (PdAgencyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_agency_get_property;
  object_class->set_property = pd_agency_set_property;
  object_class->finalize = pd_agency_finalize;
  pd_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pd_agency_init (PdAgency *self)
{
  pd_fields_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

PdAgency *
pd_agency_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (PD_TYPE_AGENCY, "id", id, NULL);
}

PdAgency *
pd_agency_copy (PdAgency   *agency,
                const char *new_id)
{
  PdAgency *copy = pd_agency_new (new_id ? new_id : agency->id);
  PdForeign *foreign = pd_object_get_foreign (G_OBJECT (agency));

  pd_fields_copy (G_OBJECT (copy), G_OBJECT (agency), fields, G_N_ELEMENTS (fields));
  if (foreign)
    pd_object_set_foreign (G_OBJECT (copy), pd_foreign_copy (foreign));
  return copy;
}

const char *pd_agency_get_id (PdAgency *agency) { return agency->id; }
const char *pd_agency_get_name (PdAgency *agency) { return agency->name; }
const char *pd_agency_get_short_name (PdAgency *agency) { return agency->short_name; }
const char *pd_agency_get_colour (PdAgency *agency) { return agency->colour; }
const char *pd_agency_get_cue (PdAgency *agency) { return agency->cue; }
PdPattern pd_agency_get_pattern (PdAgency *agency) { return agency->pattern; }
PdTranslations *pd_agency_get_translations (PdAgency *agency) { return agency->translations; }

const char *
pd_agency_get_name_for (PdAgency   *agency,
                        const char *lang)
{
  return pd_translations_get_for (agency->translations, "name", lang, agency->name);
}
