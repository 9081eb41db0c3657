/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "pd-diagnostic.h"
#include "pd-format-resources.h"
#include "pd-schema-private.h"

#define SCHEMA_PATH "/org/pathwaydesigner/Designer/format/pathway.rng"

/* Foreign elements are taken out of a document before it is validated (the
 * reader keeps them aside), so the schema used here says there are none:
 * "any element" patterns, and the interleaves that let them sit anywhere,
 * stop libxml2 from compiling content models into automata and make
 * validation several times slower. Files and other validators use the full
 * schema. Each <interleave> of a group and the foreign elements becomes the
 * group alone. */
static gboolean
is_rng (xmlNode    *node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name);
}

static gboolean
is_foreign_ref (xmlNode *node)
{
  xmlChar *name;
  gboolean found;

  if (!is_rng (node, "ref"))
    return FALSE;
  name = xmlGetProp (node, BAD_CAST "name");
  found = xmlStrEqual (name, BAD_CAST "foreign-elements");
  xmlFree (name);
  return found;
}

static void
without_foreign_elements (xmlNode *node)
{
  xmlNode *next;

  for (xmlNode *child = node->children; child; child = next)
    {
      next = child->next;
      if (is_foreign_ref (child) && is_rng (node, "interleave"))
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      else if (child->type == XML_ELEMENT_NODE)
        without_foreign_elements (child);
    }
  if (is_rng (node, "interleave"))
    {
      xmlNode *only = NULL;
      guint n = 0;

      for (xmlNode *child = node->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          {
            only = child;
            n++;
          }
      if (n == 1)
        {
          xmlUnlinkNode (only);
          xmlReplaceNode (node, only);
          xmlFreeNode (node);
        }
    }
}

static xmlRelaxNG *
get_schema (void)
{
  static gsize schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxt *ctxt;
      xmlRelaxNG *compiled;
      xmlDoc *schema_doc;
      gsize size;
      const char *data;

      g_resources_register (pd_format_get_resource ());
      bytes = g_resources_lookup_data (SCHEMA_PATH, 0, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);
      schema_doc = xmlReadMemory (data, (int) size, "pathway.rng", NULL, XML_PARSE_NONET);
      g_assert (schema_doc != NULL);
      without_foreign_elements (xmlDocGetRootElement (schema_doc));
      ctxt = xmlRelaxNGNewDocParserCtxt (schema_doc);
      compiled = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      xmlFreeDoc (schema_doc);
      /* The schema is part of the program: it must compile. */
      g_assert (compiled != NULL);
      g_once_init_leave (&schema, (gsize) compiled);
    }
  return (xmlRelaxNG *) schema;
}

typedef struct {
  PdXmlParsed *parsed;
  GPtrArray *diagnostics;
  guint count;
} ValidationState;

#define MAX_REPORTED 50

static void
on_validity_error (void     *user_data,
                   xmlError *error)
{
  ValidationState *state = user_data;
  g_autofree char *message = NULL;

  if (error == NULL || error->level < XML_ERR_ERROR)
    return;
  if (++state->count > MAX_REPORTED)
    return;
  message = g_strstrip (g_strdup (error->message ? error->message : _("invalid")));
  if (error->node)
    pd_xml_parsed_error (state->parsed, state->diagnostics, error->node, "%s", message);
  else
    g_ptr_array_add (state->diagnostics,
                     pd_diagnostic_new (pd_xml_parsed_get_name (state->parsed),
                                        MAX (error->line, 0), 0, PD_SEVERITY_ERROR, message));
}

gboolean
pd_schema_validate (PdXmlParsed *parsed,
                    GPtrArray   *diagnostics)
{
  ValidationState state = { parsed, diagnostics, 0 };
  xmlRelaxNGValidCtxt *ctxt;
  int result;

  pd_xml_init ();
  ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  xmlRelaxNGSetValidStructuredErrors (ctxt, on_validity_error, &state);
  result = xmlRelaxNGValidateDoc (ctxt, pd_xml_parsed_get_doc (parsed));
  xmlRelaxNGFreeValidCtxt (ctxt);

  if (result != 0 && state.count == 0)
    pd_xml_parsed_error (parsed, diagnostics, xmlDocGetRootElement (pd_xml_parsed_get_doc (parsed)),
                         "%s", _("the document does not match the pathway schema"));
  return result == 0;
}
