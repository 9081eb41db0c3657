/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's steps (<node>) and the ways between them (<edge>). */
#include "pd-xml-reader-private.h"

static void
read_node_child (Reader  *r,
                 xmlNode *child,
                 gpointer data)
{
  PdNode *node = data;
  g_autofree char *text = pd_xml_get_text (child);

  if ((pd_reader_is_named (child, "title") || pd_reader_is_named (child, "easy-read"))
      && pd_reader_translation (child, G_OBJECT (node)))
    return;
  if (pd_reader_is_named (child, "title"))
    g_object_set (node, "title", text, NULL);
  else if (pd_reader_is_named (child, "description"))
    g_object_set (node, "description", text, NULL);
  else if (pd_reader_is_named (child, "easy-read"))
    {
      g_autofree char *pictogram = pd_xml_get_attr (child, "pictogram");
      g_object_set (node, "easy-read", text, "pictogram", pictogram, NULL);
    }
  else if (pd_reader_is_named (child, "timing"))
    {
      double duration;
      guint sessions, minutes;

      if (pd_reader_get_double (r, child, "duration", 0, 1000000, &duration))
        g_object_set (node, "duration", duration, NULL);
      g_object_set (node, "duration-unit",
                    pd_reader_get_enum (child, "duration-unit", PD_TYPE_DURATION_UNIT,
                                        PD_DURATION_UNIT_WEEKS),
                    NULL);
      if (pd_reader_get_uint (r, child, "sessions", &sessions))
        g_object_set (node, "sessions", sessions, NULL);
      if (pd_reader_get_uint (r, child, "session-minutes", &minutes))
        g_object_set (node, "session-minutes", minutes, NULL);
      pd_reader_capacity_timing (r, child, node);
    }
  else if (pd_reader_is_named (child, "staff"))
    pd_reader_staff (r, child, node, text);
  else if (pd_reader_is_named (child, "evidence"))
    {
      g_autofree char *href = pd_xml_get_attr (child, "href");
      GPtrArray *old = pd_node_get_evidence (node);
      g_autoptr(GPtrArray) evidence = pd_link_array_new ();

      for (guint i = 0; old && i < old->len; i++)
        g_ptr_array_add (evidence, pd_link_copy (g_ptr_array_index (old, i)));
      g_ptr_array_add (evidence, pd_link_new (text, href));
      g_object_set (node, "evidence", evidence, NULL);
    }
}

void
pd_reader_node (Reader  *r,
                xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *agency = pd_xml_get_attr (element, "agency");
  g_autofree char *link_target = pd_xml_get_attr (element, "link-target");
  g_autofree char *service = pd_xml_get_attr (element, "service");
  g_autofree char *join = pd_xml_get_attr (element, "join");
  g_autoptr(PdNode) node = pd_node_new (id, pd_reader_get_enum (element, "kind", PD_TYPE_NODE_KIND,
                                                                PD_NODE_KIND_INTERVENTION));
  double v;

  g_object_set (node,
                "agency-id", agency,
                "link-target", link_target,
                "service", service,
                "availability", pd_reader_get_enum (element, "availability", PD_TYPE_AVAILABILITY,
                                                    PD_AVAILABILITY_OFFERED),
                "provision", pd_reader_get_enum (element, "provision", PD_TYPE_PROVISION,
                                                 PD_PROVISION_STANDARD),
                "join", g_strcmp0 (join, "true") == 0 || g_strcmp0 (join, "1") == 0,
                NULL);
  if (pd_reader_get_double (r, element, "x", -PD_COORD_LIMIT, PD_COORD_LIMIT, &v))
    g_object_set (node, "x", v, NULL);
  if (pd_reader_get_double (r, element, "y", -PD_COORD_LIMIT, PD_COORD_LIMIT, &v))
    g_object_set (node, "y", v, NULL);
  if (pd_reader_get_double (r, element, "width", PD_SIZE_MIN, PD_SIZE_MAX, &v))
    g_object_set (node, "width", v, NULL);
  if (pd_reader_get_double (r, element, "height", PD_SIZE_MIN, PD_SIZE_MAX, &v))
    g_object_set (node, "height", v, NULL);
  if (pd_reader_get_double (r, element, "arrivals-per-year", 0, PD_PEOPLE_LIMIT, &v))
    g_object_set (node, "arrivals-per-year", v, NULL);
  pd_reader_foreign_attributes (element, G_OBJECT (node));
  r->staff_read = 0;
  pd_reader_children (r, element, G_OBJECT (node), read_node_child, node);
  pd_reader_add_object (r, element, G_OBJECT (node));
}

static void
read_edge_child (Reader  *r,
                 xmlNode *child,
                 gpointer data)
{
  g_autofree char *text = pd_xml_get_text (child);

  if (pd_reader_is_named (child, "label"))
    g_object_set (data, "label", text, NULL);
}

void
pd_reader_edge (Reader  *r,
                xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *from = pd_xml_get_attr (element, "from");
  g_autofree char *to = pd_xml_get_attr (element, "to");
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);
  double likelihood;

  g_object_set (edge,
                "kind", pd_reader_get_enum (element, "kind", PD_TYPE_EDGE_KIND,
                                            PD_EDGE_KIND_TYPICAL),
                NULL);
  if (pd_reader_get_double (r, element, "likelihood", 0, 100, &likelihood))
    g_object_set (edge, "likelihood", likelihood, NULL);
  pd_reader_foreign_attributes (element, G_OBJECT (edge));
  pd_reader_children (r, element, G_OBJECT (edge), read_edge_child, edge);
  pd_reader_add_object (r, element, G_OBJECT (edge));
}
