/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-fields-private.h"
#include "pd-foreign-private.h"
#include "pd-link.h"
#include "pd-node.h"
#include "pd-staff.h"
#include "pd-translations-private.h"

struct _PdNode
{
  GObject parent_instance;

  char *id;
  int kind;
  char *title;
  char *agency_id;
  double x;
  double y;
  double width;
  double height;
  char *description;
  char *easy_read;
  char *pictogram;
  double duration;
  int duration_unit;
  guint sessions;
  guint session_minutes;
  char *staff_role;
  char *staff_skills;
  GPtrArray *evidence;
  int availability;
  int provision;
  char *link_target;
  PdTranslations *translations;
  double arrivals_per_year;
  guint group_size;
  double staff_per_session;
  double staff_share;
  GPtrArray *more_staff;
  char *service;
};

G_DEFINE_FINAL_TYPE (PdNode, pd_node, G_TYPE_OBJECT)

static const PdField fields[] = {
  PD_FIELD_ID (PdNode, id, "id"),
  PD_FIELD_ENUM (PdNode, kind, "kind", pd_node_kind_get_type, PD_NODE_KIND_INTERVENTION),
  PD_FIELD_STR (PdNode, title, "title"),
  PD_FIELD_STR (PdNode, agency_id, "agency-id"),
  PD_FIELD_DBL (PdNode, x, "x", -PD_COORD_LIMIT, PD_COORD_LIMIT, 0),
  PD_FIELD_DBL (PdNode, y, "y", -PD_COORD_LIMIT, PD_COORD_LIMIT, 0),
  PD_FIELD_DBL (PdNode, width, "width", PD_SIZE_MIN, PD_SIZE_MAX, PD_NODE_DEFAULT_WIDTH),
  PD_FIELD_DBL (PdNode, height, "height", PD_SIZE_MIN, PD_SIZE_MAX, PD_NODE_DEFAULT_HEIGHT),
  PD_FIELD_STR (PdNode, description, "description"),
  PD_FIELD_STR (PdNode, easy_read, "easy-read"),
  PD_FIELD_STR (PdNode, pictogram, "pictogram"),
  PD_FIELD_DBL (PdNode, duration, "duration", 0, 1000000, 0),
  PD_FIELD_ENUM (PdNode, duration_unit, "duration-unit", pd_duration_unit_get_type, PD_DURATION_UNIT_WEEKS),
  PD_FIELD_UINT (PdNode, sessions, "sessions"),
  PD_FIELD_UINT (PdNode, session_minutes, "session-minutes"),
  PD_FIELD_STR (PdNode, staff_role, "staff-role"),
  PD_FIELD_STR (PdNode, staff_skills, "staff-skills"),
  PD_FIELD_BOXED (PdNode, evidence, "evidence", g_ptr_array_get_type),
  PD_FIELD_ENUM (PdNode, availability, "availability", pd_availability_get_type, PD_AVAILABILITY_OFFERED),
  PD_FIELD_ENUM (PdNode, provision, "provision", pd_provision_get_type, PD_PROVISION_STANDARD),
  PD_FIELD_STR (PdNode, link_target, "link-target"),
  PD_FIELD_BOXED (PdNode, translations, "translations", pd_translations_get_type),
  PD_FIELD_DBL (PdNode, arrivals_per_year, "arrivals-per-year", 0, PD_PEOPLE_LIMIT, 0),
  PD_FIELD_UINT (PdNode, group_size, "group-size"),
  PD_FIELD_DBL (PdNode, staff_per_session, "staff-per-session", 0, PD_STAFF_PER_SESSION_LIMIT, 0),
  PD_FIELD_DBL (PdNode, staff_share, "staff-share", PD_STAFF_SHARE_UNSET, 100, PD_STAFF_SHARE_UNSET),
  PD_FIELD_BOXED (PdNode, more_staff, "more-staff", g_ptr_array_get_type),
  PD_FIELD_STR (PdNode, service, "service"),
};

PD_DEFINE_FIELD_VFUNCS (pd_node, PdNode, fields)

static void
pd_node_finalize (GObject *object)
{
  pd_fields_clear (object, fields, G_N_ELEMENTS (fields));
  G_OBJECT_CLASS (pd_node_parent_class)->finalize (object);
}

static void
pd_node_class_init (PdNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_node_get_property;
  object_class->set_property = pd_node_set_property;
  object_class->finalize = pd_node_finalize;
  pd_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pd_node_init (PdNode *self)
{
  pd_fields_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

PdNode *
pd_node_new (const char *id,
             PdNodeKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (PD_TYPE_NODE, "id", id, "kind", kind, NULL);
}

PdNode *
pd_node_copy (PdNode     *node,
              const char *new_id)
{
  PdNode *copy = pd_node_new (new_id ? new_id : node->id, node->kind);
  PdForeign *foreign = pd_object_get_foreign (G_OBJECT (node));

  pd_fields_copy (G_OBJECT (copy), G_OBJECT (node), fields, G_N_ELEMENTS (fields));
  if (foreign)
    pd_object_set_foreign (G_OBJECT (copy), pd_foreign_copy (foreign));
  return copy;
}

const char *pd_node_get_id (PdNode *node) { return node->id; }
PdNodeKind pd_node_get_kind (PdNode *node) { return node->kind; }
const char *pd_node_get_title (PdNode *node) { return node->title; }
const char *pd_node_get_agency_id (PdNode *node) { return node->agency_id; }
double pd_node_get_x (PdNode *node) { return node->x; }
double pd_node_get_y (PdNode *node) { return node->y; }
double pd_node_get_width (PdNode *node) { return node->width; }
double pd_node_get_height (PdNode *node) { return node->height; }
const char *pd_node_get_description (PdNode *node) { return node->description; }
const char *pd_node_get_easy_read (PdNode *node) { return node->easy_read; }
const char *pd_node_get_pictogram (PdNode *node) { return node->pictogram; }
double pd_node_get_duration (PdNode *node) { return node->duration; }
PdDurationUnit pd_node_get_duration_unit (PdNode *node) { return node->duration_unit; }
guint pd_node_get_sessions (PdNode *node) { return node->sessions; }
guint pd_node_get_session_minutes (PdNode *node) { return node->session_minutes; }
const char *pd_node_get_staff_role (PdNode *node) { return node->staff_role; }
const char *pd_node_get_staff_skills (PdNode *node) { return node->staff_skills; }
GPtrArray *pd_node_get_evidence (PdNode *node) { return node->evidence; }
PdAvailability pd_node_get_availability (PdNode *node) { return node->availability; }
PdProvision pd_node_get_provision (PdNode *node) { return node->provision; }
const char *pd_node_get_link_target (PdNode *node) { return node->link_target; }
const char *pd_node_get_service (PdNode *node) { return node->service; }
PdTranslations *pd_node_get_translations (PdNode *node) { return node->translations; }
double pd_node_get_arrivals_per_year (PdNode *node) { return node->arrivals_per_year; }
guint pd_node_get_group_size (PdNode *node) { return MAX (node->group_size, 1); }
double pd_node_get_staff_share (PdNode *node) { return node->staff_share; }
GPtrArray *pd_node_get_more_staff (PdNode *node) { return node->more_staff; }

double
pd_node_get_staff_per_session (PdNode *node)
{
  return node->staff_per_session > 0 ? node->staff_per_session : 1;
}

const char *
pd_node_get_title_for (PdNode     *node,
                       const char *lang)
{
  return pd_translations_get_for (node->translations, "title", lang, node->title);
}

const char *
pd_node_get_easy_read_for (PdNode     *node,
                           const char *lang)
{
  return pd_translations_get_for (node->translations, "easy-read", lang, node->easy_read);
}
