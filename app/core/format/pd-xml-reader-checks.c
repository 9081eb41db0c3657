/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's checks the schema cannot make: the root and its format
 * version, attribute values before validation, references after reading. */
#include <glib/gi18n-lib.h>

#include "pd-schema-private.h"
#include "pd-xml-reader-private.h"

/* Where in the file an object was defined, for errors found after reading. */
static xmlNode *
find_element (xmlNode    *root,
              const char *list,
              const char *id)
{
  for (xmlNode *l = root->children; l; l = l->next)
    if (pd_reader_is_named (l, list))
      for (xmlNode *item = l->children; item; item = item->next)
        if (item->type == XML_ELEMENT_NODE)
          {
            g_autofree char *item_id = pd_xml_get_attr (item, "id");
            if (g_strcmp0 (item_id, id) == 0)
              return item;
          }
  return root;
}

static void
check_staffing_agencies (Reader  *r,
                         xmlNode *root)
{
  for (xmlNode *list = root->children; list; list = list->next)
    if (pd_reader_is_named (list, "staffing"))
      for (xmlNode *post = list->children; post; post = post->next)
        {
          g_autofree char *agency = NULL;

          if (!pd_reader_is_named (post, "post"))
            continue;
          agency = pd_xml_get_attr (post, "agency");
          if (agency && pd_document_get_agency (r->document, agency) == NULL)
            pd_reader_error (r, post,
                             _("staff in post refer to agency “%s”, which does not exist"), agency);
        }
}

void
pd_reader_check_references (Reader  *r,
                            xmlNode *root)
{
  PdDocument *doc = r->document;
  GListModel *nodes = pd_document_get_nodes (doc);
  GListModel *edges = pd_document_get_edges (doc);
  GListModel *comments = pd_document_get_comments (doc);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      const char *agency = pd_node_get_agency_id (node);

      if (agency && pd_document_get_agency (doc, agency) == NULL)
        pd_reader_error (r, find_element (root, "nodes", pd_node_get_id (node)),
                         _("node “%s” refers to agency “%s”, which does not exist"),
                         pd_node_get_id (node), agency);
    }
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      const char *ends[] = { pd_edge_get_from_id (edge), pd_edge_get_to_id (edge) };

      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        if (pd_document_get_node (doc, ends[e]) == NULL)
          pd_reader_error (r, find_element (root, "edges", pd_edge_get_id (edge)),
                           _("edge “%s” %s node “%s”, which does not exist"),
                           pd_edge_get_id (edge), e == 0 ? _("starts at") : _("ends at"), ends[e]);
    }
  check_staffing_agencies (r, root);
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);
      const char *target = pd_comment_get_target_id (comment);
      GObject *object = pd_document_lookup (doc, target);

      if (target && !PD_IS_NODE (object) && !PD_IS_EDGE (object))
        pd_reader_error (r, find_element (root, "comments", pd_comment_get_id (comment)),
                         _("comment “%s” is on “%s”, which is not a node or edge of this "
                           "pathway"), pd_comment_get_id (comment), target);
    }
}

/* Checks of attribute values made before the schema, whose messages for
 * them ("Expecting an element evidence, got nothing") would mislead. */

typedef struct {
  const char *element;
  const char *attribute;
  GType (*enum_type) (void);   /* NULL: a decimal number */
} AttributeRule;

static const AttributeRule attribute_rules[] = {
  { "pathway", "status", pd_status_get_type },
  { "pathway", "lanes", pd_lanes_get_type },
  { "pathway", "routing", pd_routing_get_type },
  { "agency", "pattern", pd_pattern_get_type },
  { "node", "kind", pd_node_kind_get_type },
  { "node", "availability", pd_availability_get_type },
  { "node", "provision", pd_provision_get_type },
  { "node", "x", NULL },
  { "node", "y", NULL },
  { "node", "width", NULL },
  { "node", "height", NULL },
  { "timing", "duration-unit", pd_duration_unit_get_type },
  { "timing", "duration", NULL },
  { "edge", "kind", pd_edge_kind_get_type },
  { "edge", "likelihood", NULL },
  { "pathway", "hours-per-wte", NULL },
  { "post", "wte", NULL },
  { "node", "arrivals-per-year", NULL },
  { "timing", "staff-per-session", NULL },
  { "staff", "share", NULL },
};

static gboolean
is_decimal (const char *text)
{
  const char *p = text;
  gboolean digits = FALSE;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  while (g_ascii_isspace (*p))
    p++;
  return digits && *p == '\0';
}

static char *
enum_choices (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *choices = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (choices, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  return g_string_free (choices, FALSE);
}

void
pd_reader_check_attributes (Reader  *r,
                            xmlNode *element)
{
  for (xmlAttr *attr = element->properties; attr; attr = attr->next)
    {
      const char *value;
      int unused;

      if (attr->children == NULL)
        continue;
      value = (const char *) attr->children->content;
      if (attr->ns != NULL && xmlStrEqual (attr->ns->href, XML_XML_NAMESPACE)
          && xmlStrEqual (attr->name, BAD_CAST "lang") && pd_reader_is_translatable (element)
          && !pd_language_tag_is_valid (value))
        pd_reader_error (r, element, _("xml:lang=\"%s\" is not a language tag: it should be 2 "
                                       "to 35 letters, digits and hyphens, such as “pl” or "
                                       "“pa-Arab”"), value);
      if (attr->ns != NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (attribute_rules); i++)
        {
          const AttributeRule *rule = &attribute_rules[i];

          if (!xmlStrEqual (attr->name, BAD_CAST rule->attribute)
              || !xmlStrEqual (element->name, BAD_CAST rule->element))
            continue;
          if (rule->enum_type == NULL && !is_decimal (value))
            pd_reader_error (r, element, _("%s=\"%s\" is not a number"), rule->attribute, value);
          else if (rule->enum_type && !pd_enum_from_string (rule->enum_type (), value, &unused))
            {
              g_autofree char *choices = enum_choices (rule->enum_type ());
              pd_reader_error (r, element, _("%s=\"%s\" is not one of: %s"), rule->attribute, value,
                               choices);
            }
        }
    }
  for (xmlNode *child = element->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && pd_reader_is_ours (child))
      pd_reader_check_attributes (r, child);
}

gboolean
pd_reader_check_root (Reader  *r,
                      xmlNode *root)
{
  g_autofree char *version = NULL;
  guint64 number;

  if (root == NULL || !pd_reader_is_named (root, "pathway"))
    {
      pd_reader_error (r, root, _("this is not a pathway file: it has no <pathway> element in the "
                                  "namespace %s"), PD_NAMESPACE);
      return FALSE;
    }
  version = pd_xml_get_attr (root, "format-version");
  /* A newer version is refused before validation, whose errors about
   * unknown content would only confuse. */
  if (version && g_ascii_string_to_unsigned (version, 10, 1, G_MAXUINT64, &number, NULL)
      && number > PD_FORMAT_VERSION)
    {
      pd_reader_error (r, root, _("the file is in format version %s, made by a newer version of "
                                  "Pathway Designer; this version reads format version %d"),
                       version, PD_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}
