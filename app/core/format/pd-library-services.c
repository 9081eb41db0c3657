/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-library-private.h"

/* A step that uses a shared service keeps its own copy of the service's
 * fields, so that its pathway reads whole when opened alone; loaded as
 * part of its library, the service's fields replace the copy. Only what
 * the service gives replaces anything. */

static gboolean
same_evidence (GPtrArray *a,
               GPtrArray *b)
{
  guint n_a = a ? a->len : 0;
  guint n_b = b ? b->len : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    {
      PdLink *x = g_ptr_array_index (a, i);
      PdLink *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->title, y->title) != 0 || g_strcmp0 (x->href, y->href) != 0)
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
copy_evidence (GPtrArray *evidence)
{
  GPtrArray *copy = pd_link_array_new ();

  for (guint i = 0; evidence && i < evidence->len; i++)
    g_ptr_array_add (copy, pd_link_copy (g_ptr_array_index (evidence, i)));
  return copy;
}

/* The properties @service gives, each in @values as the service says it. */
static void
service_values (PdService *service,
                GPtrArray *names,
                GArray    *values)
{
  GValue value = G_VALUE_INIT;

#define GIVE(name, type, setter, v) \
  G_STMT_START { \
    g_value_init (&value, type); \
    setter (&value, v); \
    g_ptr_array_add (names, (gpointer) name); \
    g_array_append_val (values, value); \
    memset (&value, 0, sizeof value); \
  } G_STMT_END

  if (service->description)
    GIVE ("description", G_TYPE_STRING, g_value_set_string, service->description);
  if (service->agency_id)
    GIVE ("agency-id", G_TYPE_STRING, g_value_set_string, service->agency_id);
  if (service->duration > 0)
    {
      GIVE ("duration", G_TYPE_DOUBLE, g_value_set_double, service->duration);
      GIVE ("duration-unit", PD_TYPE_DURATION_UNIT, g_value_set_enum, service->duration_unit);
    }
  if (service->sessions > 0)
    GIVE ("sessions", G_TYPE_UINT, g_value_set_uint, service->sessions);
  if (service->session_minutes > 0)
    GIVE ("session-minutes", G_TYPE_UINT, g_value_set_uint, service->session_minutes);
  if (service->staff_role)
    GIVE ("staff-role", G_TYPE_STRING, g_value_set_string, service->staff_role);
  if (service->staff_skills)
    GIVE ("staff-skills", G_TYPE_STRING, g_value_set_string, service->staff_skills);
  if (service->evidence && service->evidence->len > 0)
    GIVE ("evidence", G_TYPE_PTR_ARRAY, g_value_set_boxed, service->evidence);
#undef GIVE
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_DOUBLE (a))
    return g_value_get_double (a) == g_value_get_double (b);
  if (G_VALUE_HOLDS_UINT (a))
    return g_value_get_uint (a) == g_value_get_uint (b);
  if (G_VALUE_HOLDS_ENUM (a))
    return g_value_get_enum (a) == g_value_get_enum (b);
  return same_evidence (g_value_get_boxed (a), g_value_get_boxed (b));
}

/* The properties of @node that differ from @service's, with the service's
 * values; @names is (element-type utf8) (transfer container). */
static void
differences (PdService *service,
             PdNode    *node,
             GPtrArray *names,
             GArray    *values)
{
  g_autoptr(GPtrArray) given = g_ptr_array_new ();
  g_autoptr(GArray) given_values = g_array_new (FALSE, TRUE, sizeof (GValue));

  g_array_set_clear_func (given_values, (GDestroyNotify) g_value_unset);
  service_values (service, given, given_values);
  for (guint i = 0; i < given->len; i++)
    {
      const char *name = g_ptr_array_index (given, i);
      GValue *wanted = &g_array_index (given_values, GValue, i);
      g_auto(GValue) current = G_VALUE_INIT;
      GValue copy = G_VALUE_INIT;

      g_value_init (&current, G_VALUE_TYPE (wanted));
      g_object_get_property (G_OBJECT (node), name, &current);
      if (values_equal (wanted, &current))
        continue;
      g_ptr_array_add (names, (gpointer) name);
      g_value_init (&copy, G_VALUE_TYPE (wanted));
      g_value_copy (wanted, &copy);
      g_array_append_val (values, copy);
    }
}

char **
pd_library_diff_service (PdLibrary *self,
                         PdNode    *node)
{
  PdService *service;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GStrvBuilder *builder;
  char **result;

  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (PD_IS_NODE (node), NULL);

  service = pd_library_lookup_service (self, pd_node_get_service (node));
  if (service == NULL)
    return NULL;
  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  differences (service, node, names, values);
  if (names->len == 0)
    return NULL;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (names, i));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

static gboolean
apply_to_node (PdLibrary  *self,
               PdDocument *document,
               PdNode     *node)
{
  PdService *service = pd_library_lookup_service (self, pd_node_get_service (node));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  gboolean changed = FALSE;

  if (service == NULL)
    return FALSE;
  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  differences (service, node, names, values);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      GValue *value = &g_array_index (values, GValue, i);

      /* A step's agency must be one of its pathway's. */
      if (g_str_equal (name, "agency-id")
          && !pd_document_get_agency (document, g_value_get_string (value)))
        continue;
      /* Arrays in the model are never changed once set: a copy of its own. */
      if (g_str_equal (name, "evidence"))
        {
          g_autoptr(GPtrArray) evidence = copy_evidence (g_value_get_boxed (value));
          g_object_set (node, "evidence", evidence, NULL);
        }
      else
        g_object_set_property (G_OBJECT (node), name, value);
      changed = TRUE;
    }
  return changed;
}

guint
pd_library_apply_services (PdLibrary  *self,
                           PdDocument *document)
{
  GListModel *nodes;
  guint changed = 0;

  g_return_val_if_fail (PD_IS_LIBRARY (self), 0);
  g_return_val_if_fail (PD_IS_DOCUMENT (document), 0);

  nodes = pd_document_get_nodes (document);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (apply_to_node (self, document, node))
        changed++;
    }
  return changed;
}

guint
pd_library_update_document (PdLibrary  *self,
                            PdDocument *document,
                            const char *service_id,
                            const char *label)
{
  PdService *service;
  GListModel *nodes;
  guint changed = 0;

  g_return_val_if_fail (PD_IS_LIBRARY (self), 0);
  g_return_val_if_fail (PD_IS_DOCUMENT (document), 0);

  service = pd_library_lookup_service (self, service_id);
  if (service == NULL)
    return 0;
  nodes = pd_document_get_nodes (document);
  /* One undo step for every step changed; an empty one records nothing. */
  pd_document_begin (document, label);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
      gboolean node_changed = FALSE;

      if (g_strcmp0 (pd_node_get_service (node), service_id) != 0)
        continue;
      g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
      differences (service, node, names, values);
      for (guint n = 0; n < names->len; n++)
        {
          const char *name = g_ptr_array_index (names, n);
          GValue *value = &g_array_index (values, GValue, n);

          if (g_str_equal (name, "agency-id")
              && !pd_document_get_agency (document, g_value_get_string (value)))
            continue;
          if (g_str_equal (name, "evidence"))
            {
              g_autoptr(GPtrArray) evidence = copy_evidence (g_value_get_boxed (value));
              pd_document_set (document, node, "evidence", evidence, NULL);
            }
          else
            pd_document_set_value (document, node, name, value);
          node_changed = TRUE;
        }
      if (node_changed)
        changed++;
    }
  pd_document_end (document);
  return changed;
}
