/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The model classes are plain records of fields. Rather than hand-writing a
 * get/set_property switch for each, every class lists its fields once, with
 * their offsets, and these helpers install the properties and move values. */

typedef enum {
  PD_FIELD_STRING,
  PD_FIELD_DOUBLE,
  PD_FIELD_UINT,
  PD_FIELD_BOOLEAN,
  PD_FIELD_ENUM,
  PD_FIELD_BOXED,
} PdFieldType;

typedef struct {
  const char  *name;
  PdFieldType  type;
  gsize        offset;
  GType      (*gtype) (void);  /* get_type() of the enum or boxed type */
  double       minimum;        /* doubles only */
  double       maximum;
  double       default_value;  /* doubles, uints, enums, booleans */
  gboolean     construct_only;
} PdField;

#define PD_FIELD_STR(Type, member, pname) \
  { pname, PD_FIELD_STRING, G_STRUCT_OFFSET (Type, member), NULL, 0, 0, 0, FALSE }
#define PD_FIELD_ID(Type, member, pname) \
  { pname, PD_FIELD_STRING, G_STRUCT_OFFSET (Type, member), NULL, 0, 0, 0, TRUE }
#define PD_FIELD_DBL(Type, member, pname, lo, hi, def) \
  { pname, PD_FIELD_DOUBLE, G_STRUCT_OFFSET (Type, member), NULL, lo, hi, def, FALSE }
#define PD_FIELD_UINT(Type, member, pname) \
  { pname, PD_FIELD_UINT, G_STRUCT_OFFSET (Type, member), NULL, 0, G_MAXUINT, 0, FALSE }
#define PD_FIELD_BOOL(Type, member, pname) \
  { pname, PD_FIELD_BOOLEAN, G_STRUCT_OFFSET (Type, member), NULL, 0, 0, 0, FALSE }
#define PD_FIELD_ENUM(Type, member, pname, etype, def) \
  { pname, PD_FIELD_ENUM, G_STRUCT_OFFSET (Type, member), etype, 0, 0, def, FALSE }
#define PD_FIELD_BOXED(Type, member, pname, btype) \
  { pname, PD_FIELD_BOXED, G_STRUCT_OFFSET (Type, member), btype, 0, 0, 0, FALSE }

/* Property ids are the index in @fields plus one. */
void pd_fields_install  (GObjectClass  *klass,
                         const PdField *fields,
                         guint          n_fields);
void pd_fields_init     (GObject       *object,
                         const PdField *fields,
                         guint          n_fields);
void pd_fields_get      (GObject       *object,
                         const PdField *fields,
                         guint          prop_id,
                         GValue        *value);
void pd_fields_set      (GObject       *object,
                         const PdField *fields,
                         guint          prop_id,
                         const GValue  *value);
void pd_fields_clear    (GObject       *object,
                         const PdField *fields,
                         guint          n_fields);

/* Copies every field but the construct-only ones from @src to @dest. */
void pd_fields_copy     (GObject       *dest,
                         GObject       *src,
                         const PdField *fields,
                         guint          n_fields);

/* Defines get/set_property and finalize for a class with a field table
 * named `fields` and a parent type. */
#define PD_DEFINE_FIELD_VFUNCS(prefix, Type, fields)                              \
  static void                                                                   \
  prefix##_get_property (GObject *object, guint prop_id, GValue *value,         \
                         GParamSpec *pspec)                                     \
  {                                                                             \
    pd_fields_get (object, fields, prop_id, value);                             \
  }                                                                             \
  static void                                                                   \
  prefix##_set_property (GObject *object, guint prop_id, const GValue *value,   \
                         GParamSpec *pspec)                                     \
  {                                                                             \
    pd_fields_set (object, fields, prop_id, value);                             \
  }

G_END_DECLS
