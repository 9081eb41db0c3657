/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's <pathway> element: its attributes, texts, clusters,
 * documents and participants, and the lists of the other groups. */
#include <glib/gi18n-lib.h>

#include "pd-clusters.h"
#include "pd-xml-reader-private.h"

static void
read_list (Reader     *r,
           xmlNode    *list,
           const char *item_name,
           void      (*read_item) (Reader *r, xmlNode *item))
{
  for (xmlNode *child = list->children; child; child = child->next)
    if (pd_reader_is_named (child, item_name))
      read_item (r, child);
}

static void
read_pathway_child (Reader  *r,
                    xmlNode *child,
                    gpointer data)
{
  PdDocument *doc = r->document;

  if ((pd_reader_is_named (child, "title") || pd_reader_is_named (child, "summary"))
      && pd_reader_translation (child, G_OBJECT (doc)))
    return;
  if (pd_reader_is_named (child, "title") || pd_reader_is_named (child, "summary")
      || pd_reader_is_named (child, "lead"))
    {
      g_autofree char *text = pd_xml_get_text (child);
      g_object_set (doc, (const char *) child->name, text, NULL);
    }
  else if (pd_reader_is_named (child, "clusters"))
    {
      g_autoptr(GArray) clusters = g_array_new (FALSE, FALSE, sizeof (guint));

      for (xmlNode *c = child->children; c; c = c->next)
        {
          guint number;

          if (!pd_reader_is_named (c, "cluster") || !pd_reader_get_uint (r, c, "number", &number))
            continue;
          if (pd_clusters_lookup (number) == NULL)
            pd_reader_error (r, c, _("there is no care cluster %u"), number);
          g_array_append_val (clusters, number);
        }
      g_object_set (doc, "clusters", clusters, NULL);
    }
  else if (pd_reader_is_named (child, "documents"))
    {
      g_autoptr(GPtrArray) documents = pd_link_array_new ();

      for (xmlNode *c = child->children; c; c = c->next)
        if (pd_reader_is_named (c, "document"))
          {
            g_autofree char *title = pd_xml_get_text (c);
            g_autofree char *href = pd_xml_get_attr (c, "href");
            g_ptr_array_add (documents, pd_link_new (title, href));
          }
      g_object_set (doc, "documents", documents, NULL);
    }
  else if (pd_reader_is_named (child, "participants"))
    {
      g_autoptr(GPtrArray) participants = pd_participant_array_new ();

      for (xmlNode *c = child->children; c; c = c->next)
        if (pd_reader_is_named (c, "participant"))
          {
            g_autofree char *name = pd_xml_get_text (c);
            g_autofree char *role = pd_xml_get_attr (c, "role");
            g_ptr_array_add (participants, pd_participant_new (name, role));
          }
      g_object_set (doc, "participants", participants, NULL);
    }
  else if (pd_reader_is_named (child, "staffing"))
    pd_reader_staffing (r, child);
  else if (pd_reader_is_named (child, "changes"))
    pd_reader_changes (r, child);
  else if (pd_reader_is_named (child, "agencies"))
    read_list (r, child, "agency", pd_reader_agency);
  else if (pd_reader_is_named (child, "nodes"))
    read_list (r, child, "node", pd_reader_node);
  else if (pd_reader_is_named (child, "edges"))
    read_list (r, child, "edge", pd_reader_edge);
  else if (pd_reader_is_named (child, "comments"))
    read_list (r, child, "comment", pd_reader_comment);
}

void
pd_reader_pathway (Reader  *r,
                   xmlNode *root)
{
  PdDocument *doc = r->document;
  g_autofree char *id = pd_xml_get_attr (root, "id");
  g_autofree char *version = pd_xml_get_attr (root, "version");
  g_autofree char *review_by = pd_xml_get_attr (root, "review-by");
  g_autofree char *created = pd_xml_get_attr (root, "created");
  g_autofree char *modified = pd_xml_get_attr (root, "modified");
  guint referrals;

  g_object_set (doc,
                "pathway-id", id,
                "version", version,
                "review-by", review_by,
                "created-date", created,
                "modified-date", modified,
                "status", pd_reader_get_enum (root, "status", PD_TYPE_STATUS, PD_STATUS_DRAFT),
                "lanes", pd_reader_get_enum (root, "lanes", PD_TYPE_LANES, PD_LANES_NONE),
                "routing", pd_reader_get_enum (root, "routing", PD_TYPE_ROUTING, PD_ROUTING_DIRECT),
                NULL);
  double hours_per_wte;

  if (pd_reader_get_uint (r, root, "referrals-per-year", &referrals))
    g_object_set (doc, "referrals-per-year", referrals, NULL);
  if (pd_reader_get_double (r, root, "hours-per-wte", 0, PD_HOURS_PER_WTE_LIMIT, &hours_per_wte))
    g_object_set (doc, "hours-per-wte", hours_per_wte, NULL);
  pd_reader_foreign_attributes (root, G_OBJECT (doc));
  pd_reader_children (r, root, G_OBJECT (doc), read_pathway_child, NULL);
}
