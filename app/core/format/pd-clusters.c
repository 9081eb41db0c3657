/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pd-clusters.h"
#include "pd-format-resources.h"
#include "pd-xml-parse-private.h"

#define CATALOGUE_PATH "/org/pathwaydesigner/Designer/format/clusters.xml"

static char *
dup_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static GArray *
load_catalogue (void)
{
  GArray *clusters = g_array_new (FALSE, TRUE, sizeof (PdCluster));
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PdXmlParsed) parsed = NULL;
  const char *data;
  gsize size;

  g_resources_register (pd_format_get_resource ());
  bytes = g_resources_lookup_data (CATALOGUE_PATH, 0, NULL);
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &size);
  parsed = pd_xml_parse (data, size, "clusters.xml", diagnostics);
  /* The catalogue is part of the program. */
  g_assert (parsed != NULL);

  for (xmlNode *sc = xmlDocGetRootElement (pd_xml_parsed_get_doc (parsed))->children; sc;
       sc = sc->next)
    {
      g_autofree char *sc_id = NULL;
      g_autofree char *sc_name = NULL;

      if (sc->type != XML_ELEMENT_NODE)
        continue;
      /* The strings live as long as the program. */
      sc_id = dup_attr (sc, "id");
      sc_name = dup_attr (sc, "name");
      for (xmlNode *c = sc->children; c; c = c->next)
        {
          g_autofree char *number = NULL;
          g_autofree char *name = NULL;
          g_autofree char *unused = NULL;
          PdCluster cluster = { 0 };

          if (c->type != XML_ELEMENT_NODE)
            continue;
          number = dup_attr (c, "number");
          name = dup_attr (c, "name");
          unused = dup_attr (c, "unused");
          cluster.number = (guint) g_ascii_strtoull (number, NULL, 10);
          /* Names in the user's language (po/its finds them for
           * translators). */
          cluster.name = g_intern_string (_(name));
          cluster.super_class_id = g_intern_string (sc_id);
          cluster.super_class_name = g_intern_string (_(sc_name));
          cluster.unused = g_strcmp0 (unused, "true") == 0;
          g_array_append_val (clusters, cluster);
        }
    }
  return clusters;
}

static GArray *
get_catalogue (void)
{
  static gsize catalogue;

  if (g_once_init_enter (&catalogue))
    g_once_init_leave (&catalogue, (gsize) load_catalogue ());
  return (GArray *) catalogue;
}

guint
pd_clusters_get_n_items (void)
{
  return get_catalogue ()->len;
}

const PdCluster *
pd_clusters_get_item (guint index)
{
  GArray *catalogue = get_catalogue ();

  g_return_val_if_fail (index < catalogue->len, NULL);
  return &g_array_index (catalogue, PdCluster, index);
}

const PdCluster *
pd_clusters_lookup (guint number)
{
  GArray *catalogue = get_catalogue ();

  for (guint i = 0; i < catalogue->len; i++)
    if (g_array_index (catalogue, PdCluster, i).number == number)
      return &g_array_index (catalogue, PdCluster, i);
  return NULL;
}
