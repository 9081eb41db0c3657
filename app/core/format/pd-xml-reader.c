/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The .pathway reader: pd_xml_read() and what its element groups share
 * (errors, numbers and names, child elements, ids). */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-schema-private.h"
#include "pd-xml-reader.h"
#include "pd-xml-reader-private.h"

void
pd_reader_error (Reader     *r,
                 xmlNode    *node,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  pd_xml_parsed_error (r->parsed, r->diagnostics, node, "%s", message);
  r->errors++;
}

gboolean
pd_reader_is_ours (xmlNode *node)
{
  return node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, PD_NAMESPACE) == 0;
}

gboolean
pd_reader_is_named (xmlNode    *node,
                    const char *name)
{
  return node->type == XML_ELEMENT_NODE && pd_reader_is_ours (node)
         && g_str_equal ((const char *) node->name, name);
}

/* Numbers: the schema has already checked their syntax (xsd:decimal, so no
 * NaN, no infinity, no exponent); here they are checked against ranges. */
gboolean
pd_reader_get_double (Reader     *r,
                      xmlNode    *node,
                      const char *name,
                      double      minimum,
                      double      maximum,
                      double     *value)
{
  g_autofree char *text = pd_xml_get_attr (node, name);
  double v;

  if (text == NULL)
    return FALSE;
  v = g_ascii_strtod (text, NULL);
  if (!isfinite (v) || v < minimum || v > maximum)
    {
      pd_reader_error (r, node, _("%s=\"%s\" is out of range (%g to %g)"), name, text, minimum,
                       maximum);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

gboolean
pd_reader_get_uint (Reader     *r,
                    xmlNode    *node,
                    const char *name,
                    guint      *value)
{
  g_autofree char *text = pd_xml_get_attr (node, name);
  guint64 v;

  if (text == NULL)
    return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &v, NULL))
    {
      pd_reader_error (r, node, _("%s=\"%s\" is out of range"), name, text);
      return FALSE;
    }
  *value = (guint) v;
  return TRUE;
}

int
pd_reader_get_enum (xmlNode    *node,
                    const char *name,
                    GType       type,
                    int         fallback)
{
  g_autofree char *text = pd_xml_get_attr (node, name);
  int value;

  return pd_enum_from_string (type, text, &value) ? value : fallback;
}

/* Calls @func for each of our child elements; keeps the foreign ones. */
void
pd_reader_children (Reader  *r,
                    xmlNode *node,
                    GObject *object,
                    void   (*func) (Reader *r, xmlNode *child, gpointer data),
                    gpointer data)
{
  GPtrArray *kept = g_hash_table_lookup (r->foreign, node);
  g_autoptr(GHashTable) languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; kept && i < kept->len; i++)
    pd_foreign_add_element (pd_reader_ensure_foreign (object), g_ptr_array_index (kept, i));
  for (xmlNode *child = node->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && pd_reader_is_ours (child)
        && pd_reader_language_given_once (r, child, languages))
      func (r, child, data);
}

void
pd_reader_add_object (Reader  *r,
                      xmlNode *node,
                      GObject *object)
{
  g_auto(GValue) id = G_VALUE_INIT;

  g_value_init (&id, G_TYPE_STRING);
  g_object_get_property (object, "id", &id);
  if (!pd_document_append_object (r->document, object))
    {
      pd_reader_error (r, node, _("the id “%s” is used more than once"),
                       g_value_get_string (&id));
      return;
    }
  if (node->_private)
    {
      guint line, column;
      pd_xml_parsed_position (r->parsed, node, &line, &column);
      pd_document_set_source_position (r->document, g_value_get_string (&id), line, column);
    }
}

/* Comments before the root: notes about the whole file, kept for saving. */
static void
read_file_comments (Reader  *r,
                    xmlNode *root)
{
  g_autoptr(GStrvBuilder) comments = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (xmlNode *node = root->doc->children; node && node != root; node = node->next)
    if (node->type == XML_COMMENT_NODE && node->content)
      g_strv_builder_add (comments, (const char *) node->content);
  list = g_strv_builder_end (comments);
  pd_document_set_file_comments (r->document, (const char * const *) list);
}

PdDocument *
pd_xml_read (const char *data,
             gsize       length,
             const char *display_name,
             GPtrArray  *diagnostics)
{
  g_autoptr(PdXmlParsed) parsed = NULL;
  g_autoptr(PdDocument) document = NULL;
  Reader r = { 0 };
  xmlNode *root;

  g_return_val_if_fail (diagnostics != NULL, NULL);

  parsed = pd_xml_parse (data, length, display_name, diagnostics);
  if (parsed == NULL)
    return NULL;
  r.parsed = parsed;
  r.diagnostics = diagnostics;
  root = xmlDocGetRootElement (pd_xml_parsed_get_doc (parsed));
  if (!pd_reader_check_root (&r, root))
    return NULL;
  pd_reader_check_attributes (&r, root);
  if (r.errors > 0)
    return NULL;
  r.foreign = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  pd_reader_extract_foreign (&r, root);
  if (!pd_schema_validate (parsed, diagnostics))
    {
      g_hash_table_unref (r.foreign);
      return NULL;
    }

  document = pd_document_new ();
  r.document = document;
  read_file_comments (&r, root);
  pd_reader_pathway (&r, root);
  if (r.errors == 0)
    pd_reader_check_references (&r, root);
  g_hash_table_unref (r.foreign);
  if (r.errors > 0)
    return NULL;
  return g_steal_pointer (&document);
}
