/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Content in other XML namespaces, found on a model object when it was
 * loaded and written back when it is saved, so that no tool's data is lost. */

typedef struct {
  char *ns_uri;
  char *prefix;
  char *name;
  char *value;
} PdForeignAttribute;

typedef struct {
  GPtrArray *attributes;   /* of PdForeignAttribute */
  GPtrArray *elements;     /* of char*: self-contained XML, namespaces declared */
} PdForeign;

/* new returns (transfer full); the add functions copy their strings, of
 * which @ns_uri and @prefix are (nullable). */
PdForeign *pd_foreign_new            (void);
void       pd_foreign_free           (PdForeign *foreign);
void       pd_foreign_add_attribute  (PdForeign  *foreign,
                                      const char *ns_uri,
                                      const char *prefix,
                                      const char *name,
                                      const char *value);
void       pd_foreign_add_element    (PdForeign  *foreign,
                                      const char *xml);

/* The foreign content attached to a model object: (transfer none)
 * (nullable). */
PdForeign *pd_object_get_foreign     (GObject   *object);
/* @foreign: (transfer full) (nullable). */
void       pd_object_set_foreign     (GObject   *object,
                                      PdForeign *foreign);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdForeign, pd_foreign_free)

G_END_DECLS
