/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-foreign-private.h"

static void
attribute_free (PdForeignAttribute *attr)
{
  g_free (attr->ns_uri);
  g_free (attr->prefix);
  g_free (attr->name);
  g_free (attr->value);
  g_free (attr);
}

PdForeign *
pd_foreign_new (void)
{
  PdForeign *foreign = g_new0 (PdForeign, 1);

  foreign->attributes = g_ptr_array_new_with_free_func ((GDestroyNotify) attribute_free);
  foreign->elements = g_ptr_array_new_with_free_func (g_free);
  return foreign;
}

PdForeign *
pd_foreign_copy (const PdForeign *foreign)
{
  PdForeign *copy = pd_foreign_new ();

  for (guint i = 0; i < foreign->attributes->len; i++)
    {
      PdForeignAttribute *a = g_ptr_array_index (foreign->attributes, i);
      pd_foreign_add_attribute (copy, a->ns_uri, a->prefix, a->name, a->value);
    }
  for (guint i = 0; i < foreign->elements->len; i++)
    pd_foreign_add_element (copy, g_ptr_array_index (foreign->elements, i));
  return copy;
}

void
pd_foreign_free (PdForeign *foreign)
{
  if (foreign == NULL)
    return;
  g_ptr_array_unref (foreign->attributes);
  g_ptr_array_unref (foreign->elements);
  g_free (foreign);
}

void
pd_foreign_add_attribute (PdForeign  *foreign,
                          const char *ns_uri,
                          const char *prefix,
                          const char *name,
                          const char *value)
{
  PdForeignAttribute *attr = g_new0 (PdForeignAttribute, 1);

  attr->ns_uri = g_strdup (ns_uri);
  attr->prefix = g_strdup (prefix);
  attr->name = g_strdup (name);
  attr->value = g_strdup (value);
  g_ptr_array_add (foreign->attributes, attr);
}

void
pd_foreign_add_element (PdForeign  *foreign,
                        const char *xml)
{
  g_ptr_array_add (foreign->elements, g_strdup (xml));
}

PdForeign *
pd_object_get_foreign (GObject *object)
{
  return g_object_get_data (object, "pd-foreign");
}

void
pd_object_set_foreign (GObject   *object,
                       PdForeign *foreign)
{
  g_object_set_data_full (object, "pd-foreign", foreign, (GDestroyNotify) pd_foreign_free);
}
