/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's <agency> elements. */
#include "pd-xml-reader-private.h"

static void
read_agency_child (Reader  *r,
                   xmlNode *child,
                   gpointer data)
{
  g_autofree char *text = pd_xml_get_text (child);

  if (pd_reader_is_named (child, "name") && pd_reader_translation (child, data))
    return;
  if (pd_reader_is_named (child, "name"))
    g_object_set (data, "name", text, NULL);
  else if (pd_reader_is_named (child, "short-name"))
    g_object_set (data, "short-name", text, NULL);
}

void
pd_reader_agency (Reader  *r,
                  xmlNode *node)
{
  g_autofree char *id = pd_xml_get_attr (node, "id");
  g_autofree char *colour = pd_xml_get_attr (node, "colour");
  g_autofree char *cue = pd_xml_get_attr (node, "cue");
  g_autoptr(PdAgency) agency = pd_agency_new (id);

  g_object_set (agency,
                "colour", colour,
                "cue", cue,
                "pattern", pd_reader_get_enum (node, "pattern", PD_TYPE_PATTERN, PD_PATTERN_NONE),
                NULL);
  pd_reader_foreign_attributes (node, G_OBJECT (agency));
  pd_reader_children (r, node, G_OBJECT (agency), read_agency_child, agency);
  pd_reader_add_object (r, node, G_OBJECT (agency));
}
