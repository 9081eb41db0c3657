/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-enums.h"
#include "pd-translations.h"

G_BEGIN_DECLS

#define PD_TYPE_NODE (pd_node_get_type ())
G_DECLARE_FINAL_TYPE (PdNode, pd_node, PD, NODE, GObject)

#define PD_NODE_DEFAULT_WIDTH 160.0
#define PD_NODE_DEFAULT_HEIGHT 72.0
/* Coordinates are bounded so that no file can make geometry overflow. */
#define PD_COORD_LIMIT 1000000.0
#define PD_SIZE_MIN 8.0
#define PD_SIZE_MAX 10000.0
/* People a year and staff at a session are bounded likewise, so that no
 * file can make the capacity figures overflow. */
#define PD_PEOPLE_LIMIT 100000000.0
#define PD_STAFF_PER_SESSION_LIMIT 1000.0

/* One step of a pathway. Its fields are GObject properties; edits go through
 * PdDocument so that each is a command in the undo history. */
/* new and copy return (transfer full). The getters return (transfer none);
 * strings are (nullable), NULL when unset, except the id; evidence is
 * (nullable) (element-type PdLink). */
PdNode        *pd_node_new                (const char *id,
                                           PdNodeKind  kind);
PdNode        *pd_node_copy               (PdNode     *node,
                                           const char *new_id);
const char    *pd_node_get_id             (PdNode *node);
PdNodeKind     pd_node_get_kind           (PdNode *node);
const char    *pd_node_get_title          (PdNode *node);
const char    *pd_node_get_agency_id      (PdNode *node);
double         pd_node_get_x              (PdNode *node);
double         pd_node_get_y              (PdNode *node);
double         pd_node_get_width          (PdNode *node);
double         pd_node_get_height         (PdNode *node);
const char    *pd_node_get_description    (PdNode *node);
const char    *pd_node_get_easy_read      (PdNode *node);
const char    *pd_node_get_pictogram      (PdNode *node);
double         pd_node_get_duration       (PdNode *node);
PdDurationUnit pd_node_get_duration_unit  (PdNode *node);
guint          pd_node_get_sessions       (PdNode *node);
guint          pd_node_get_session_minutes (PdNode *node);
const char    *pd_node_get_staff_role     (PdNode *node);
const char    *pd_node_get_staff_skills   (PdNode *node);
GPtrArray     *pd_node_get_evidence       (PdNode *node);
PdAvailability pd_node_get_availability   (PdNode *node);
PdProvision    pd_node_get_provision      (PdNode *node);
const char    *pd_node_get_link_target    (PdNode *node);
/* The title and easy-read text in other languages ("translations";
 * (transfer none) (nullable)). The _for getters give the text in @lang
 * (nullable): the English one for NULL or "en", else the translation or
 * NULL when there is none; (transfer none) (nullable). */
PdTranslations *pd_node_get_translations  (PdNode     *node);
/* For capacity planning: people a year who join the pathway at this step
 * from outside (0 when none); people seen together at one session (1 when
 * not given); staff at each session (1 when not given); the first role's
 * share of the step's staff hours in percent (PD_STAFF_SHARE_UNSET when
 * not given); the second and later roles: (transfer none) (nullable)
 * (element-type PdStaff). */
double         pd_node_get_arrivals_per_year (PdNode *node);
guint          pd_node_get_group_size     (PdNode *node);
double         pd_node_get_staff_per_session (PdNode *node);
double         pd_node_get_staff_share    (PdNode *node);
GPtrArray     *pd_node_get_more_staff     (PdNode *node);
/* The id of the shared service of the pathway's library that the step
 * uses ((transfer none) (nullable), NULL when it uses none, version 4):
 * when the pathway is loaded as part of its library, the service's fields
 * replace the step's copy of them (pd-library.h). */
const char    *pd_node_get_service        (PdNode *node);
const char    *pd_node_get_title_for      (PdNode     *node,
                                           const char *lang);
const char    *pd_node_get_easy_read_for  (PdNode     *node,
                                           const char *lang);

G_END_DECLS
