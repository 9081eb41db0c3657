/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's capacity data: a step's group size and staff, and the staff
 * in post (<staffing>). */
#include "pd-xml-reader-private.h"

void
pd_reader_capacity_timing (Reader  *r,
                           xmlNode *timing,
                           PdNode  *node)
{
  guint group_size;
  double staff;

  if (pd_reader_get_uint (r, timing, "group-size", &group_size) && group_size > 0)
    g_object_set (node, "group-size", group_size, NULL);
  if (pd_reader_get_double (r, timing, "staff-per-session", 0, PD_STAFF_PER_SESSION_LIMIT, &staff))
    g_object_set (node, "staff-per-session", staff, NULL);
}

/* The first <staff> is the step's "staff-role", the others its
 * "more-staff". */
void
pd_reader_staff (Reader     *r,
                 xmlNode    *element,
                 PdNode     *node,
                 const char *skills)
{
  g_autofree char *role = pd_xml_get_attr (element, "role");
  double share = PD_STAFF_SHARE_UNSET;
  GPtrArray *old;
  g_autoptr(GPtrArray) more = NULL;

  pd_reader_get_double (r, element, "share", 0, 100, &share);
  if (r->staff_read++ == 0)
    {
      g_object_set (node, "staff-role", role, "staff-skills", skills, "staff-share", share, NULL);
      return;
    }
  old = pd_node_get_more_staff (node);
  more = pd_staff_array_new ();
  for (guint i = 0; old && i < old->len; i++)
    g_ptr_array_add (more, pd_staff_copy (g_ptr_array_index (old, i)));
  g_ptr_array_add (more, pd_staff_new (role, skills, share));
  g_object_set (node, "more-staff", more, NULL);
}

void
pd_reader_staffing (Reader  *r,
                    xmlNode *element)
{
  g_autoptr(GPtrArray) staffing = pd_post_array_new ();

  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *role = NULL, *agency = NULL;
      double wte;

      if (!pd_reader_is_named (c, "post")
          || !pd_reader_get_double (r, c, "wte", 0, PD_PEOPLE_LIMIT, &wte))
        continue;
      role = pd_xml_get_attr (c, "role");
      agency = pd_xml_get_attr (c, "agency");
      g_ptr_array_add (staffing, pd_post_new (role, agency, wte));
    }
  g_object_set (r->document, "staffing", staffing, NULL);
}
