/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* "Not given" for a role's share of a step's staff hours. */
#define PD_STAFF_SHARE_UNSET (-1.0)

/* A role that works at a step, beyond the step's first ("staff-role"):
 * the skills it brings and its share of the step's staff hours in percent,
 * or PD_STAFF_SHARE_UNSET. */
typedef struct {
  char  *role;
  char  *skills;
  double share;
} PdStaff;

/* Staff in post for a role, and optionally for one agency: whole-time
 * equivalents. */
typedef struct {
  char  *role;
  char  *agency_id;
  double wte;
} PdPost;

#define PD_TYPE_STAFF (pd_staff_get_type ())
#define PD_TYPE_POST (pd_post_get_type ())

/* new and copy return (transfer full), each string copied; the string
 * arguments are (nullable). free takes (transfer full) and accepts NULL. */
GType    pd_staff_get_type  (void) G_GNUC_CONST;
PdStaff *pd_staff_new       (const char *role,
                             const char *skills,
                             double      share);
PdStaff *pd_staff_copy      (const PdStaff *staff);
void     pd_staff_free      (PdStaff *staff);

GType    pd_post_get_type   (void) G_GNUC_CONST;
PdPost  *pd_post_new        (const char *role,
                             const char *agency_id,
                             double      wte);
PdPost  *pd_post_copy       (const PdPost *post);
void     pd_post_free       (PdPost *post);

/* Returns: (transfer full) an empty array that frees its elements
 * (element-type PdStaff or PdPost). Like every array held in a model
 * property, it is never changed once set. */
GPtrArray *pd_staff_array_new (void);
GPtrArray *pd_post_array_new  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdStaff, pd_staff_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPost, pd_post_free)

G_END_DECLS
