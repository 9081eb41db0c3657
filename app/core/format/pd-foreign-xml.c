/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-foreign-xml-private.h"
#include "pd-schema-private.h"
#include "pd-xml-util.h"

/* Foreign content is kept as self-contained XML text: each kept element
 * declares the namespaces it uses that were declared on its ancestors. */

typedef struct {
  const char *prefix;   /* NULL for the default namespace */
  const char *uri;
} Binding;

static const char *
lookup_binding (GSList     *scope,
                const char *prefix)
{
  for (GSList *l = scope; l; l = l->next)
    {
      Binding *b = l->data;
      if (g_strcmp0 (b->prefix, prefix) == 0)
        return b->uri;
    }
  return NULL;
}

static GSList *
declare (GString    *out,
         GSList     *scope,
         const char *prefix,
         const char *uri)
{
  Binding *b;

  if (g_strcmp0 (prefix, "xml") == 0 || g_strcmp0 (lookup_binding (scope, prefix), uri) == 0)
    return scope;
  if (prefix)
    g_string_append_printf (out, " xmlns:%s=\"", prefix);
  else
    g_string_append (out, " xmlns=\"");
  pd_xml_append_escaped (out, uri ? uri : "", TRUE);
  g_string_append_c (out, '"');
  b = g_new (Binding, 1);
  b->prefix = prefix;
  b->uri = uri;
  return g_slist_prepend (scope, b);
}

static void
serialize_node (GString *out,
                xmlNode *node,
                GSList  *scope)
{
  GSList *inner = scope;
  const char *prefix;

  switch (node->type)
    {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      pd_xml_append_escaped (out, (const char *) node->content, FALSE);
      return;
    case XML_COMMENT_NODE:
      g_string_append_printf (out, "<!--%s-->", (const char *) node->content);
      return;
    case XML_ELEMENT_NODE:
      break;
    default:
      return;
    }

  prefix = node->ns ? (const char *) node->ns->prefix : NULL;
  g_string_append_c (out, '<');
  if (prefix)
    g_string_append_printf (out, "%s:", prefix);
  g_string_append (out, (const char *) node->name);
  inner = declare (out, inner, prefix, node->ns ? (const char *) node->ns->href : "");
  for (xmlAttr *a = node->properties; a; a = a->next)
    if (a->ns && a->ns->prefix)
      inner = declare (out, inner, (const char *) a->ns->prefix, (const char *) a->ns->href);
  for (xmlAttr *a = node->properties; a; a = a->next)
    {
      xmlChar *value = xmlNodeGetContent ((xmlNode *) a);

      g_string_append_c (out, ' ');
      if (a->ns && a->ns->prefix)
        g_string_append_printf (out, "%s:", (const char *) a->ns->prefix);
      g_string_append_printf (out, "%s=\"", (const char *) a->name);
      pd_xml_append_escaped (out, (const char *) value, TRUE);
      g_string_append_c (out, '"');
      xmlFree (value);
    }
  if (node->children == NULL)
    g_string_append (out, "/>");
  else
    {
      g_string_append_c (out, '>');
      for (xmlNode *child = node->children; child; child = child->next)
        serialize_node (out, child, inner);
      g_string_append (out, "</");
      if (prefix)
        g_string_append_printf (out, "%s:", prefix);
      g_string_append_printf (out, "%s>", (const char *) node->name);
    }
  while (inner != scope)
    {
      GSList *next = inner->next;
      g_free (inner->data);
      g_slist_free_1 (inner);
      inner = next;
    }
}

char *
pd_foreign_serialize (xmlNode *node)
{
  /* Inside our elements the default namespace is ours. */
  Binding ours = { NULL, PD_NAMESPACE };
  GSList scope = { &ours, NULL };
  GString *out = g_string_new (NULL);

  serialize_node (out, node, &scope);
  return g_string_free (out, FALSE);
}

