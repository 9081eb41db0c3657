/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-enums.h"

#define DEFINE_ENUM(func, Name, ...)                                           \
  GType                                                                        \
  func (void)                                                                  \
  {                                                                            \
    static gsize type_id;                                                      \
    static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };     \
    if (g_once_init_enter (&type_id))                                          \
      g_once_init_leave (&type_id, g_enum_register_static (Name, values));     \
    return type_id;                                                            \
  }

DEFINE_ENUM (pd_node_kind_get_type, "PdNodeKind",
             { PD_NODE_KIND_REFERRAL, "PD_NODE_KIND_REFERRAL", "referral" },
             { PD_NODE_KIND_ASSESSMENT, "PD_NODE_KIND_ASSESSMENT", "assessment" },
             { PD_NODE_KIND_INTERVENTION, "PD_NODE_KIND_INTERVENTION", "intervention" },
             { PD_NODE_KIND_DECISION, "PD_NODE_KIND_DECISION", "decision" },
             { PD_NODE_KIND_REVIEW, "PD_NODE_KIND_REVIEW", "review" },
             { PD_NODE_KIND_DISCHARGE, "PD_NODE_KIND_DISCHARGE", "discharge" },
             { PD_NODE_KIND_INFORMATION, "PD_NODE_KIND_INFORMATION", "information" },
             { PD_NODE_KIND_LINK, "PD_NODE_KIND_LINK", "link" })

DEFINE_ENUM (pd_edge_kind_get_type, "PdEdgeKind",
             { PD_EDGE_KIND_TYPICAL, "PD_EDGE_KIND_TYPICAL", "typical" },
             { PD_EDGE_KIND_ALTERNATIVE, "PD_EDGE_KIND_ALTERNATIVE", "alternative" },
             { PD_EDGE_KIND_STEP_UP, "PD_EDGE_KIND_STEP_UP", "step-up" },
             { PD_EDGE_KIND_STEP_DOWN, "PD_EDGE_KIND_STEP_DOWN", "step-down" },
             { PD_EDGE_KIND_RE_REFERRAL, "PD_EDGE_KIND_RE_REFERRAL", "re-referral" })

DEFINE_ENUM (pd_availability_get_type, "PdAvailability",
             { PD_AVAILABILITY_OFFERED, "PD_AVAILABILITY_OFFERED", "offered" },
             { PD_AVAILABILITY_PLANNED, "PD_AVAILABILITY_PLANNED", "planned" },
             { PD_AVAILABILITY_NOT_OFFERED, "PD_AVAILABILITY_NOT_OFFERED", "not-offered" })

DEFINE_ENUM (pd_provision_get_type, "PdProvision",
             { PD_PROVISION_STANDARD, "PD_PROVISION_STANDARD", "standard" },
             { PD_PROVISION_OPTIONAL, "PD_PROVISION_OPTIONAL", "optional" })

DEFINE_ENUM (pd_status_get_type, "PdStatus",
             { PD_STATUS_DRAFT, "PD_STATUS_DRAFT", "draft" },
             { PD_STATUS_CONSULTATION, "PD_STATUS_CONSULTATION", "consultation" },
             { PD_STATUS_APPROVED, "PD_STATUS_APPROVED", "approved" },
             { PD_STATUS_RETIRED, "PD_STATUS_RETIRED", "retired" })

DEFINE_ENUM (pd_duration_unit_get_type, "PdDurationUnit",
             { PD_DURATION_UNIT_DAYS, "PD_DURATION_UNIT_DAYS", "days" },
             { PD_DURATION_UNIT_WEEKS, "PD_DURATION_UNIT_WEEKS", "weeks" },
             { PD_DURATION_UNIT_MONTHS, "PD_DURATION_UNIT_MONTHS", "months" })

DEFINE_ENUM (pd_lanes_get_type, "PdLanes",
             { PD_LANES_NONE, "PD_LANES_NONE", "none" },
             { PD_LANES_ACROSS, "PD_LANES_ACROSS", "across" },
             { PD_LANES_DOWN, "PD_LANES_DOWN", "down" })
DEFINE_ENUM (pd_routing_get_type, "PdRouting",
             { PD_ROUTING_DIRECT, "PD_ROUTING_DIRECT", "direct" },
             { PD_ROUTING_ORTHOGONAL, "PD_ROUTING_ORTHOGONAL", "orthogonal" },
             { PD_ROUTING_SMOOTH, "PD_ROUTING_SMOOTH", "smooth" })

DEFINE_ENUM (pd_pattern_get_type, "PdPattern",
             { PD_PATTERN_NONE, "PD_PATTERN_NONE", "none" },
             { PD_PATTERN_DIAGONAL, "PD_PATTERN_DIAGONAL", "diagonal" },
             { PD_PATTERN_DOTS, "PD_PATTERN_DOTS", "dots" },
             { PD_PATTERN_CROSSHATCH, "PD_PATTERN_CROSSHATCH", "crosshatch" },
             { PD_PATTERN_HORIZONTAL, "PD_PATTERN_HORIZONTAL", "horizontal" },
             { PD_PATTERN_VERTICAL, "PD_PATTERN_VERTICAL", "vertical" })

const char *
pd_enum_to_string (GType enum_type,
                   int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_return_val_if_fail (ev != NULL, NULL);
  return ev->value_nick;
}

gboolean
pd_enum_from_string (GType       enum_type,
                     const char *str,
                     int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev;

  if (str == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (klass, str);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

const char *
pd_node_kind_get_label (PdNodeKind kind)
{
  switch (kind)
    {
    case PD_NODE_KIND_REFERRAL: return _("Referral");
    case PD_NODE_KIND_ASSESSMENT: return _("Assessment");
    case PD_NODE_KIND_INTERVENTION: return _("Intervention");
    case PD_NODE_KIND_DECISION: return _("Decision");
    case PD_NODE_KIND_REVIEW: return _("Review");
    case PD_NODE_KIND_DISCHARGE: return _("Discharge");
    case PD_NODE_KIND_INFORMATION: return _("Information");
    case PD_NODE_KIND_LINK: return _("Link to pathway");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pd_edge_kind_get_label (PdEdgeKind kind)
{
  switch (kind)
    {
    case PD_EDGE_KIND_TYPICAL: return _("Typical");
    case PD_EDGE_KIND_ALTERNATIVE: return _("Alternative");
    case PD_EDGE_KIND_STEP_UP: return _("Step up");
    case PD_EDGE_KIND_STEP_DOWN: return _("Step down");
    case PD_EDGE_KIND_RE_REFERRAL: return _("Re-referral");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pd_enum_get_label (GType enum_type,
                   int   value)
{
  if (enum_type == PD_TYPE_NODE_KIND)
    return pd_node_kind_get_label ((PdNodeKind) value);
  if (enum_type == PD_TYPE_EDGE_KIND)
    return pd_edge_kind_get_label ((PdEdgeKind) value);
  if (enum_type == PD_TYPE_AVAILABILITY)
    switch (value)
      {
      case PD_AVAILABILITY_OFFERED: return _("Offered now");
      case PD_AVAILABILITY_PLANNED: return _("Planned");
      case PD_AVAILABILITY_NOT_OFFERED: return _("Not offered");
      default: break;
      }
  if (enum_type == PD_TYPE_PROVISION)
    switch (value)
      {
      case PD_PROVISION_STANDARD: return _("Standard");
      case PD_PROVISION_OPTIONAL: return _("Optional");
      default: break;
      }
  if (enum_type == PD_TYPE_STATUS)
    switch (value)
      {
      case PD_STATUS_DRAFT: return _("Draft");
      case PD_STATUS_CONSULTATION: return _("Consultation");
      case PD_STATUS_APPROVED: return _("Approved");
      case PD_STATUS_RETIRED: return _("Retired");
      default: break;
      }
  if (enum_type == PD_TYPE_DURATION_UNIT)
    switch (value)
      {
      case PD_DURATION_UNIT_DAYS: return _("Days");
      case PD_DURATION_UNIT_WEEKS: return _("Weeks");
      case PD_DURATION_UNIT_MONTHS: return _("Months");
      default: break;
      }
  if (enum_type == PD_TYPE_PATTERN)
    switch (value)
      {
      case PD_PATTERN_NONE: return _("None");
      case PD_PATTERN_DIAGONAL: return _("Diagonal lines");
      case PD_PATTERN_DOTS: return _("Dots");
      case PD_PATTERN_CROSSHATCH: return _("Cross-hatching");
      case PD_PATTERN_HORIZONTAL: return _("Horizontal lines");
      case PD_PATTERN_VERTICAL: return _("Vertical lines");
      default: break;
      }
  if (enum_type == PD_TYPE_LANES)
    switch (value)
      {
      case PD_LANES_NONE: return _("No lanes");
      case PD_LANES_ACROSS: return _("Lanes across");
      case PD_LANES_DOWN: return _("Lanes down");
      default: break;
      }
  if (enum_type == PD_TYPE_ROUTING)
    switch (value)
      {
      case PD_ROUTING_DIRECT: return _("Direct lines");
      case PD_ROUTING_ORTHOGONAL: return _("Square corners round steps");
      case PD_ROUTING_SMOOTH: return _("Smooth curves round steps");
      default: break;
      }
  g_return_val_if_reached (NULL);
}
