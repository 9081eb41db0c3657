/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The values of the model's properties as the difference report shows
 * them. */
#include "pd-change.h"
#include "pd-diff.h"
#include "pd-link.h"
#include "pd-staff.h"
#include "pd-xml-util.h"

static void
append_link (GString       *out,
             gconstpointer  item)
{
  const PdLink *link = item;

  g_string_append (out, link->title ? link->title : "");
  if (link->href)
    g_string_append_printf (out, " <%s>", link->href);
}

static void
append_participant (GString       *out,
                    gconstpointer  item)
{
  const PdParticipant *participant = item;

  g_string_append (out, participant->name ? participant->name : "");
  if (participant->role)
    g_string_append_printf (out, " (%s)", participant->role);
}

static void
append_staff (GString       *out,
              gconstpointer  item)
{
  const PdStaff *staff = item;

  g_string_append (out, staff->role ? staff->role : "");
  if (staff->skills)
    g_string_append_printf (out, ", %s", staff->skills);
  if (staff->share != PD_STAFF_SHARE_UNSET)
    {
      g_string_append (out, ", ");
      pd_xml_append_number (out, staff->share);
      g_string_append_c (out, '%');
    }
}

static void
append_post (GString       *out,
             gconstpointer  item)
{
  const PdPost *post = item;

  g_string_append (out, post->role ? post->role : "");
  if (post->agency_id)
    g_string_append_printf (out, " (%s)", post->agency_id);
  g_string_append (out, ": ");
  pd_xml_append_number (out, post->wte);
}

static void
append_change (GString       *out,
               gconstpointer  item)
{
  const PdChange *change = item;

  g_string_append_printf (out, "%s %s", change->date ? change->date : "",
                          change->version ? change->version : "");
  if (change->author)
    g_string_append_printf (out, " (%s)", change->author);
  if (change->summary)
    g_string_append_printf (out, ": %s", change->summary);
}

/* The arrays the model's properties hold, by property name: a GPtrArray
 * does not say what it holds. */
static const struct {
  const char *property;
  void (*append) (GString *out, gconstpointer item);
} arrays[] = {
  { "evidence", append_link },
  { "documents", append_link },
  { "participants", append_participant },
  { "more-staff", append_staff },
  { "staffing", append_post },
  { "changes", append_change },
};

static char *
array_to_text (GParamSpec *pspec,
               GPtrArray  *array,
               gboolean   *known)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    if (g_str_equal (pspec->name, arrays[i].property))
      {
        for (guint j = 0; array && j < array->len; j++)
          {
            if (j > 0)
              g_string_append (out, "; ");
            arrays[i].append (out, g_ptr_array_index (array, j));
          }
        return out->len ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
      }
  *known = FALSE;
  return array && array->len ? g_strdup_printf ("%u", array->len) : NULL;
}

static char *
numbers_to_text (GArray *array)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; array && i < array->len; i++)
    g_string_append_printf (out, "%s%u", i ? ", " : "", g_array_index (array, guint, i));
  return out->len ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static char *
double_to_text (GParamSpec *pspec,
                double      value)
{
  GParamSpecDouble *spec = G_PARAM_SPEC_DOUBLE (pspec);

  /* A negative default below every real value means "not given"
   * (likelihood, a role's share). */
  if (spec->default_value < 0 && spec->default_value == spec->minimum
      && value == spec->default_value)
    return NULL;
  return pd_xml_format_number (value);
}

char *
pd_diff_value_to_text (GParamSpec   *pspec,
                       const GValue *value,
                       gboolean     *known)
{
  gboolean ignored;
  GType type = G_VALUE_TYPE (value);

  g_return_val_if_fail (pspec != NULL && value != NULL, NULL);

  known = known ? known : &ignored;
  *known = TRUE;
  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);
      return text && *text ? g_strdup (text) : NULL;
    }
  if (type == G_TYPE_DOUBLE)
    return double_to_text (pspec, g_value_get_double (value));
  if (type == G_TYPE_UINT)
    return g_strdup_printf ("%u", g_value_get_uint (value));
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "yes" : "no");
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *v = g_enum_get_value (klass, g_value_get_enum (value));
      return v ? g_strdup (v->value_nick) : g_strdup_printf ("%d", g_value_get_enum (value));
    }
  if (type == G_TYPE_PTR_ARRAY)
    return array_to_text (pspec, g_value_get_boxed (value), known);
  if (type == G_TYPE_ARRAY)
    return numbers_to_text (g_value_get_boxed (value));
  *known = FALSE;
  return NULL;
}
