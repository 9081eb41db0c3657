/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One entry of a pathway's change log: the day it was made (YYYY-MM-DD),
 * the pathway's version it made, who made it and what changed. Only the
 * summary is always there; the others may be NULL. */
typedef struct {
  char *date;
  char *version;
  char *author;
  char *summary;
} PdChange;

#define PD_TYPE_CHANGE (pd_change_get_type ())

/* new and copy return (transfer full), each string copied; the string
 * arguments are (nullable). free takes (transfer full) and accepts NULL. */
GType     pd_change_get_type  (void) G_GNUC_CONST;
PdChange *pd_change_new       (const char     *date,
                               const char     *version,
                               const char     *author,
                               const char     *summary);
PdChange *pd_change_copy      (const PdChange *change);
void      pd_change_free      (PdChange       *change);
gboolean  pd_change_equal     (const PdChange *a,
                               const PdChange *b);

/* Returns: (transfer full) an empty array that frees its elements
 * (element-type PdChange). Like every array held in a model property, it
 * is never changed once set. */
GPtrArray *pd_change_array_new  (void);
/* Returns: (transfer full) a copy of @changes (nullable) and its entries. */
GPtrArray *pd_change_array_copy (GPtrArray *changes);

/* The entry made last: the one with the latest date, the later in the log
 * of two on one day; NULL when @changes (nullable) has none. */
const PdChange *pd_change_array_get_latest (GPtrArray *changes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdChange, pd_change_free)

G_END_DECLS
