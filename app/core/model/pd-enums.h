/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pd-enum-types.h"

G_BEGIN_DECLS

/* The nicks of these enums are the values written in .pathway files;
 * pd-enum-types.h, generated from this file, registers them. */

typedef enum {
  PD_NODE_KIND_REFERRAL,
  PD_NODE_KIND_ASSESSMENT,
  PD_NODE_KIND_INTERVENTION,
  PD_NODE_KIND_DECISION,
  PD_NODE_KIND_REVIEW,
  PD_NODE_KIND_DISCHARGE,
  PD_NODE_KIND_INFORMATION,
  PD_NODE_KIND_LINK,
} PdNodeKind;
#define PD_N_NODE_KINDS (PD_NODE_KIND_LINK + 1)

typedef enum {
  PD_EDGE_KIND_TYPICAL,
  PD_EDGE_KIND_ALTERNATIVE,
  PD_EDGE_KIND_STEP_UP,
  PD_EDGE_KIND_STEP_DOWN,
  PD_EDGE_KIND_RE_REFERRAL,
} PdEdgeKind;
#define PD_N_EDGE_KINDS (PD_EDGE_KIND_RE_REFERRAL + 1)

typedef enum {
  PD_AVAILABILITY_OFFERED,
  PD_AVAILABILITY_PLANNED,
  PD_AVAILABILITY_NOT_OFFERED,
} PdAvailability;

typedef enum {
  PD_PROVISION_STANDARD,
  PD_PROVISION_OPTIONAL,
} PdProvision;

typedef enum {
  PD_STATUS_DRAFT,
  PD_STATUS_CONSULTATION,
  PD_STATUS_APPROVED,
  PD_STATUS_RETIRED,
} PdStatus;

typedef enum {
  PD_DURATION_UNIT_DAYS,
  PD_DURATION_UNIT_WEEKS,
  PD_DURATION_UNIT_MONTHS,
} PdDurationUnit;

typedef enum {
  PD_PATTERN_NONE,
  PD_PATTERN_DIAGONAL,
  PD_PATTERN_DOTS,
  PD_PATTERN_CROSSHATCH,
  PD_PATTERN_HORIZONTAL,
  PD_PATTERN_VERTICAL,
} PdPattern;

/* How the diagram shows agencies' lanes: none, bands across (the journey
 * flowing left to right) or down (top to bottom). */
typedef enum {
  PD_LANES_NONE,
  PD_LANES_ACROSS,
  PD_LANES_DOWN,
} PdLanes;

/* How transitions are drawn: direct lines (bowed round a step in the
 * way), square corners round the steps, or smooth curves round them. */
typedef enum {
  PD_ROUTING_DIRECT,
  PD_ROUTING_ORTHOGONAL,
  PD_ROUTING_SMOOTH,
} PdRouting;

/* The file value of @value, e.g. "step-up": (transfer none), static;
 * NULL, with a critical, when @value is not one of @enum_type's. */
const char *pd_enum_to_string (GType enum_type, int value);
/* Parses a file value into @value (out; untouched on failure); returns
 * FALSE when @str (nullable) is NULL or not one of them. */
gboolean    pd_enum_from_string (GType enum_type, const char *str, int *value);

/* Translated, human-readable names, for the UI and the CLI: (transfer
 * none), static; NULL, with a critical, for a value out of range. */
const char *pd_node_kind_get_label (PdNodeKind kind);
const char *pd_edge_kind_get_label (PdEdgeKind kind);
/* The same for a value of any of the enumerations above. */
const char *pd_enum_get_label      (GType      enum_type,
                                    int        value);

G_END_DECLS
