/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's content in other namespaces, kept for saving. */
#include "pd-foreign-xml-private.h"
#include "pd-xml-reader-private.h"

PdForeign *
pd_reader_ensure_foreign (GObject *object)
{
  PdForeign *foreign = pd_object_get_foreign (object);

  if (foreign == NULL)
    {
      foreign = pd_foreign_new ();
      pd_object_set_foreign (object, foreign);
    }
  return foreign;
}

void
pd_reader_foreign_attributes (xmlNode *node,
                              GObject *object)
{
  for (xmlAttr *attr = node->properties; attr; attr = attr->next)
    {
      xmlChar *value;

      if (attr->ns == NULL)
        continue;
      value = xmlNodeGetContent ((xmlNode *) attr);
      pd_foreign_add_attribute (pd_reader_ensure_foreign (object), (const char *) attr->ns->href,
                                (const char *) attr->ns->prefix, (const char *) attr->name,
                                (const char *) value);
      xmlFree (value);
    }
}

/* Takes the elements of other namespaces out of the tree, kept by their
 * parent, before validation (see pd-schema.c). */
void
pd_reader_extract_foreign (Reader  *r,
                           xmlNode *node)
{
  xmlNode *next;

  for (xmlNode *child = node->children; child; child = next)
    {
      next = child->next;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (pd_reader_is_ours (child))
        pd_reader_extract_foreign (r, child);
      else if (child->ns != NULL && child->ns->href != NULL && *child->ns->href != '\0')
        {
          GPtrArray *kept = g_hash_table_lookup (r->foreign, node);

          if (kept == NULL)
            {
              kept = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (r->foreign, node, kept);
            }
          g_ptr_array_add (kept, pd_foreign_serialize (child));
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
    }
}
