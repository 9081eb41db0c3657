/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's change log (<changes>) and review comments (<comment>). */
#include "pd-xml-reader-private.h"

void
pd_reader_comment (Reader  *r,
                   xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *target = pd_xml_get_attr (element, "target");
  g_autofree char *author = pd_xml_get_attr (element, "author");
  g_autofree char *role = pd_xml_get_attr (element, "role");
  g_autofree char *time = pd_xml_get_attr (element, "time");
  g_autofree char *resolved = pd_xml_get_attr (element, "resolved");
  g_autofree char *text = pd_xml_get_text (element);
  g_autoptr(PdComment) comment = pd_comment_new (id, target);

  g_object_set (comment,
                "author", author,
                "role", role,
                "time", time,
                "text", text,
                "resolved", g_strcmp0 (resolved, "true") == 0 || g_strcmp0 (resolved, "1") == 0,
                NULL);
  pd_reader_add_object (r, element, G_OBJECT (comment));
}

/* The schema has checked each date. */
void
pd_reader_changes (Reader  *r,
                   xmlNode *element)
{
  g_autoptr(GPtrArray) changes = pd_change_array_new ();

  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *date = NULL, *version = NULL, *author = NULL, *summary = NULL;

      if (!pd_reader_is_named (c, "change"))
        continue;
      date = pd_xml_get_attr (c, "date");
      version = pd_xml_get_attr (c, "version");
      author = pd_xml_get_attr (c, "author");
      summary = pd_xml_get_text (c);
      g_ptr_array_add (changes, pd_change_new (date, version, author, summary));
    }
  g_object_set (r->document, "changes", changes, NULL);
}
