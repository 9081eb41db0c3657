/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-fields-private.h"

#define FIELD_PTR(object, field) ((gpointer) (((guint8 *) (object)) + (field)->offset))

void
pd_fields_install (GObjectClass  *klass,
                   const PdField *fields,
                   guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const PdField *f = &fields[i];
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
      GParamSpec *pspec = NULL;

      if (f->construct_only)
        flags |= G_PARAM_CONSTRUCT_ONLY;

      switch (f->type)
        {
        case PD_FIELD_STRING:
          pspec = g_param_spec_string (f->name, NULL, NULL, NULL, flags);
          break;
        case PD_FIELD_DOUBLE:
          pspec = g_param_spec_double (f->name, NULL, NULL, f->minimum, f->maximum,
                                       f->default_value, flags);
          break;
        case PD_FIELD_UINT:
          pspec = g_param_spec_uint (f->name, NULL, NULL, 0, G_MAXUINT, 0, flags);
          break;
        case PD_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (f->name, NULL, NULL, FALSE, flags);
          break;
        case PD_FIELD_ENUM:
          pspec = g_param_spec_enum (f->name, NULL, NULL, f->gtype (), (int) f->default_value, flags);
          break;
        case PD_FIELD_BOXED:
          pspec = g_param_spec_boxed (f->name, NULL, NULL, f->gtype (), flags);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_class_install_property (klass, i + 1, pspec);
    }
}

void
pd_fields_init (GObject       *object,
                const PdField *fields,
                guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const PdField *f = &fields[i];
      gpointer p = FIELD_PTR (object, f);

      switch (f->type)
        {
        case PD_FIELD_DOUBLE:
          *(double *) p = f->default_value;
          break;
        case PD_FIELD_UINT:
          *(guint *) p = (guint) f->default_value;
          break;
        case PD_FIELD_ENUM:
          *(int *) p = (int) f->default_value;
          break;
        default:
          break;
        }
    }
}

void
pd_fields_get (GObject       *object,
               const PdField *fields,
               guint          prop_id,
               GValue        *value)
{
  const PdField *f = &fields[prop_id - 1];
  gpointer p = FIELD_PTR (object, f);

  switch (f->type)
    {
    case PD_FIELD_STRING: g_value_set_string (value, *(char **) p); break;
    case PD_FIELD_DOUBLE: g_value_set_double (value, *(double *) p); break;
    case PD_FIELD_UINT: g_value_set_uint (value, *(guint *) p); break;
    case PD_FIELD_BOOLEAN: g_value_set_boolean (value, *(gboolean *) p); break;
    case PD_FIELD_ENUM: g_value_set_enum (value, *(int *) p); break;
    case PD_FIELD_BOXED: g_value_set_boxed (value, *(gpointer *) p); break;
    default: g_assert_not_reached ();
    }
}

static gboolean
set_if_changed (GObject       *object,
                const PdField *f,
                const GValue  *value)
{
  gpointer p = FIELD_PTR (object, f);

  switch (f->type)
    {
    case PD_FIELD_STRING:
      {
        const char *s = g_value_get_string (value);
        /* Empty strings are stored as NULL: "unset" has one representation. */
        if (s != NULL && *s == '\0')
          s = NULL;
        if (g_strcmp0 (*(char **) p, s) == 0)
          return FALSE;
        g_free (*(char **) p);
        *(char **) p = g_strdup (s);
        return TRUE;
      }
    case PD_FIELD_DOUBLE:
      if (*(double *) p == g_value_get_double (value))
        return FALSE;
      *(double *) p = g_value_get_double (value);
      return TRUE;
    case PD_FIELD_UINT:
      if (*(guint *) p == g_value_get_uint (value))
        return FALSE;
      *(guint *) p = g_value_get_uint (value);
      return TRUE;
    case PD_FIELD_BOOLEAN:
      if (*(gboolean *) p == g_value_get_boolean (value))
        return FALSE;
      *(gboolean *) p = g_value_get_boolean (value);
      return TRUE;
    case PD_FIELD_ENUM:
      if (*(int *) p == g_value_get_enum (value))
        return FALSE;
      *(int *) p = g_value_get_enum (value);
      return TRUE;
    case PD_FIELD_BOXED:
      {
        gpointer old = *(gpointer *) p;
        gpointer new = g_value_get_boxed (value);
        if (old == new)
          return FALSE;
        *(gpointer *) p = new ? g_boxed_copy (f->gtype (), new) : NULL;
        if (old)
          g_boxed_free (f->gtype (), old);
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

void
pd_fields_set (GObject       *object,
               const PdField *fields,
               guint          prop_id,
               const GValue  *value)
{
  const PdField *f = &fields[prop_id - 1];

  if (set_if_changed (object, f, value))
    g_object_notify (object, f->name);
}

void
pd_fields_clear (GObject       *object,
                 const PdField *fields,
                 guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const PdField *f = &fields[i];
      gpointer p = FIELD_PTR (object, f);

      if (f->type == PD_FIELD_STRING)
        g_clear_pointer ((char **) p, g_free);
      else if (f->type == PD_FIELD_BOXED && *(gpointer *) p != NULL)
        {
          g_boxed_free (f->gtype (), *(gpointer *) p);
          *(gpointer *) p = NULL;
        }
    }
}

static GType
value_type (const PdField *f)
{
  switch (f->type)
    {
    case PD_FIELD_STRING: return G_TYPE_STRING;
    case PD_FIELD_DOUBLE: return G_TYPE_DOUBLE;
    case PD_FIELD_UINT: return G_TYPE_UINT;
    case PD_FIELD_BOOLEAN: return G_TYPE_BOOLEAN;
    case PD_FIELD_ENUM:
    case PD_FIELD_BOXED: return f->gtype ();
    default: g_assert_not_reached ();
    }
}

void
pd_fields_copy (GObject       *dest,
                GObject       *src,
                const PdField *fields,
                guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (fields[i].construct_only)
        continue;
      /* Straight from field to field: copying a large document's objects
       * by property names takes several times as long. */
      g_value_init (&value, value_type (&fields[i]));
      pd_fields_get (src, fields, i + 1, &value);
      pd_fields_set (dest, fields, i + 1, &value);
    }
}
