/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-enums.h"

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
