/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ids of an SVG document and its references to them, for the tests of
 * SVG to paste into a web page: the diagram's and the leaflet's pages. */
#pragma once

#include <string.h>
#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

static inline xmlXPathObject *
svg_ids_query (xmlDoc     *svg,
               const char *expression)
{
  xmlXPathContext *ctx = xmlXPathNewContext (svg);
  xmlXPathObject *result = xmlXPathEvalExpression (BAD_CAST expression, ctx);

  xmlXPathFreeContext (ctx);
  g_assert_nonnull (result);
  g_assert_nonnull (result->nodesetval);
  return result;
}

/* Every id of @svg, each checked to start with @prefix and be unique. */
static inline GHashTable *
ids_of (xmlDoc     *svg,
        const char *prefix)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlXPathObject *result = svg_ids_query (svg, "//@id");

  g_assert_cmpint (result->nodesetval->nodeNr, >, 0);
  for (int i = 0; i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *id = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

      g_assert_true (g_str_has_prefix ((char *) id, prefix));
      g_assert_true (g_hash_table_add (ids, g_strdup ((char *) id)));
      xmlFree (id);
    }
  xmlXPathFreeObject (result);
  return ids;
}

/* Every reference of @svg to an id: ARIA's lists of ids, url(#…) and
 * href="#…"; each names an id of the same document. Returns how many. */
static inline guint
check_references (xmlDoc     *svg,
                  GHashTable *ids)
{
  xmlXPathObject *result = svg_ids_query (svg, "//@*");
  guint references = 0;

  for (int i = 0; i < result->nodesetval->nodeNr; i++)
    {
      xmlNode *attr = result->nodesetval->nodeTab[i];
      xmlChar *value = xmlNodeGetContent (attr);
      const char *name = (const char *) attr->name;
      const char *p = (const char *) value;

      if (g_str_equal (name, "aria-labelledby") || g_str_equal (name, "aria-describedby"))
        {
          g_auto(GStrv) tokens = g_strsplit ((char *) value, " ", -1);
          for (guint t = 0; tokens[t]; t++)
            {
              g_assert_true (g_hash_table_contains (ids, tokens[t]));
              references++;
            }
        }
      else if (g_str_equal (name, "href") && p[0] == '#')
        {
          g_assert_true (g_hash_table_contains (ids, p + 1));
          references++;
        }
      while ((p = strstr (p, "url(#")) != NULL)
        {
          const char *end = strchr (p, ')');
          g_autofree char *target = g_strndup (p + 5, end - p - 5);
          g_assert_true (g_hash_table_contains (ids, target));
          references++;
          p = end;
        }
      xmlFree (value);
    }
  xmlXPathFreeObject (result);
  return references;
}
