/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "pd-diagnostic.h"
#include "pd-xml-parse-private.h"

#define XINCLUDE_NS_2001 "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NS_2003 "http://www.w3.org/2003/XInclude"

typedef struct {
  guint line;
  guint column;
} Position;

struct _PdXmlParsed
{
  xmlDoc *doc;
  GArray *positions;      /* of Position; node->_private is an index + 1 */
  char *name;
};

/* State of one parse, reached from the libxml2 callbacks. */
typedef struct {
  PdXmlParsed *parsed;
  const PdXmlLimits *limits;
  GPtrArray *diagnostics;
  const char *data;
  gsize length;
  gboolean refused;
  guint elements;
  gsize text_length;      /* of the current run of character data */
  /* Where scanning for positions has reached; elements come in order. */
  gsize scan_offset;
  guint scan_line;
  guint scan_column;
  startElementNsSAX2Func start_element;
  charactersSAXFunc characters;
} ParseState;

static void
add_error (GPtrArray  *diagnostics,
           const char *name,
           guint       line,
           guint       column,
           const char *message)
{
  g_ptr_array_add (diagnostics,
                   pd_diagnostic_new (name, line, column, PD_SEVERITY_ERROR, message));
}

static void
refuse (xmlParserCtxt *ctxt,
        ParseState    *state,
        const char    *message)
{
  if (!state->refused)
    add_error (state->diagnostics, state->parsed->name, xmlSAX2GetLineNumber (ctxt),
               xmlSAX2GetColumnNumber (ctxt), message);
  state->refused = TRUE;
  xmlStopParser (ctxt);
}

static xmlParserInput *
deny_entity_loader (const char     *url,
                    const char     *id,
                    xmlParserCtxt  *ctxt)
{
  /* No pathway file may pull in anything from outside itself. */
  return NULL;
}

static void
silence_generic (void       *ctx,
                 const char *msg,
                 ...)
{
}

static void
silence_structured (void     *user_data,
                    xmlError *error)
{
}

char *
pd_xml_get_attr (xmlNode    *node,
                 const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

char *
pd_xml_get_text (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

void
pd_xml_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_entity_loader);
      xmlSetGenericErrorFunc (NULL, silence_generic);
      xmlSetStructuredErrorFunc (NULL, silence_structured);
      g_once_init_leave (&initialized, 1);
    }
}

/* Advances the scan to @offset, counting lines and characters. */
static void
scan_to (ParseState *state,
         gsize       offset)
{
  const char *p = state->data + state->scan_offset;
  const char *end = state->data + MIN (offset, state->length);

  for (; p < end; p++)
    {
      if (*p == '\n')
        {
          state->scan_line++;
          state->scan_column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        state->scan_column++;
    }
  state->scan_offset = p - state->data;
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;
  gsize offset;
  Position pos;

  if ((guint) ctxt->nameNr > state->limits->max_depth)
    {
      g_autofree char *msg = g_strdup_printf (_("elements are nested deeper than %u levels"),
                                              state->limits->max_depth);
      refuse (ctxt, state, msg);
      return;
    }
  /* Counted as they come, so that a million elements are never built. */
  if (state->limits->max_elements && ++state->elements > state->limits->max_elements)
    {
      g_autofree char *msg = g_strdup_printf (_("there are more than %u elements"),
                                              state->limits->max_elements);
      refuse (ctxt, state, msg);
      return;
    }
  if (uri && (g_str_equal (uri, XINCLUDE_NS_2001) || g_str_equal (uri, XINCLUDE_NS_2003)))
    {
      refuse (ctxt, state, state->limits->picture ? _("XInclude is not allowed in pictures")
                                                  : _("XInclude is not allowed in pathway files"));
      return;
    }

  state->start_element (ctx, localname, prefix, uri, n_namespaces, namespaces,
                        n_attributes, n_defaulted, attributes);
  state->text_length = 0;
  if (ctxt->node == NULL)
    return;

  /* The parser is at the end of the start tag; its '<' is the last one
   * before (attribute values cannot hold '<'). */
  offset = ctxt->input->consumed + (ctxt->input->cur - ctxt->input->base);
  offset = MIN (offset, state->length);
  while (offset > state->scan_offset && (offset == state->length || state->data[offset] != '<'))
    offset--;
  scan_to (state, offset);
  pos.line = state->scan_line;
  pos.column = state->scan_column;
  g_array_append_val (state->parsed->positions, pos);
  ctxt->node->_private = GUINT_TO_POINTER (state->parsed->positions->len);
}

static void
on_characters (void          *ctx,
               const xmlChar *chars,
               int            length)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  state->text_length += length;
  if (state->text_length > PD_MAX_TEXT_LENGTH)
    {
      g_autofree char *msg = g_strdup_printf (_("text is longer than the limit of %d bytes"),
                                              PD_MAX_TEXT_LENGTH);
      refuse (ctxt, state, msg);
      return;
    }
  state->characters (ctx, chars, length);
}

static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  /* A DOCTYPE is where entity attacks and external DTDs live; pathway
   * files and pictures never need one. Stop before its contents are read. */
  refuse (ctxt, state, state->limits->picture
                       ? _("a DOCTYPE declaration is not allowed in pictures")
                       : _("a DOCTYPE declaration is not allowed in pathway files"));
}

static void
on_entity_decl (void          *ctx,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  refuse (ctxt, state, state->limits->picture
                       ? _("entity declarations are not allowed in pictures")
                       : _("entity declarations are not allowed in pathway files"));
}

static void
on_structured_error (void     *user_data,
                     xmlError *error)
{
  /* libxml2 passes the parser context, whose userData is itself. */
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *message = NULL;

  if (state->refused || error == NULL || error->level < XML_ERR_ERROR)
    return;
  /* Say the commonest problems in plain words; keep libxml2's for the rest. */
  if (error->code == XML_ERR_INVALID_ENCODING
      || (error->message && strstr (error->message, "not proper UTF-8")))
    message = g_strdup (_("the text is not valid UTF-8"));
  else if (error->code == XML_ERR_INVALID_CHAR)
    message = g_strdup (_("the text holds a control character, which XML does not allow"));
  else if (error->code == XML_ERR_DOCUMENT_END || error->code == XML_ERR_DOCUMENT_EMPTY)
    message = g_strdup (_("the document ends before it is complete, or is not XML"));
  else
    message = g_strstrip (g_strdup (error->message ? error->message : _("malformed XML")));
  add_error (state->diagnostics, state->parsed->name, MAX (error->line, 0),
             MAX (error->int2, 0), message);
  state->refused = TRUE;
}

static gboolean
is_gzip (const char *data,
         gsize       length)
{
  return length >= 2 && (guchar) data[0] == 0x1f && (guchar) data[1] == 0x8b;
}

static gboolean
looks_like_utf16_or_32 (const char *data,
                        gsize       length)
{
  const guchar *b = (const guchar *) data;

  if (length >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)))
    return TRUE;
  /* "<?" or "<p" in UTF-16 or UTF-32 has zero bytes among the first four. */
  return length >= 4 && (b[0] == 0 || b[1] == 0 || b[2] == 0 || b[3] == 0);
}

PdXmlParsed *
pd_xml_parse (const char *data,
              gsize       length,
              const char *display_name,
              GPtrArray  *diagnostics)
{
  static const PdXmlLimits limits = { PD_MAX_DEPTH, 0, FALSE };

  return pd_xml_parse_limited (data, length, display_name, &limits, diagnostics);
}

PdXmlParsed *
pd_xml_parse_limited (const char        *data,
                      gsize              length,
                      const char        *display_name,
                      const PdXmlLimits *limits,
                      GPtrArray         *diagnostics)
{
  g_autoptr(PdXmlParsed) parsed = g_new0 (PdXmlParsed, 1);
  ParseState state = { 0 };
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (diagnostics != NULL, NULL);

  pd_xml_init ();
  parsed->name = g_strdup (display_name);
  parsed->positions = g_array_new (FALSE, FALSE, sizeof (Position));

  if (length == 0)
    {
      add_error (diagnostics, display_name, 0, 0, _("the file is empty"));
      return NULL;
    }
  if (length > PD_MAX_FILE_SIZE)
    {
      g_autofree char *msg = g_strdup_printf (_("the file is larger than the limit of %d MiB"),
                                              PD_MAX_FILE_SIZE / (1024 * 1024));
      add_error (diagnostics, display_name, 0, 0, msg);
      return NULL;
    }
  if (is_gzip (data, length))
    {
      add_error (diagnostics, display_name, 1, 1,
                 _("the file is compressed; pathway files are plain XML"));
      return NULL;
    }
  if (length > G_MAXINT)
    return NULL;
  if (looks_like_utf16_or_32 (data, length))
    {
      add_error (diagnostics, display_name, 1, 1,
                 _("the file is not in UTF-8 (it looks like UTF-16 or UTF-32); "
                   "pathway files are UTF-8"));
      return NULL;
    }

  ctxt = xmlCreateMemoryParserCtxt (data, (int) length);
  if (ctxt == NULL)
    {
      add_error (diagnostics, display_name, 0, 0, _("out of memory"));
      return NULL;
    }
  state.parsed = parsed;
  state.limits = limits;
  state.diagnostics = diagnostics;
  state.data = data;
  state.length = length;
  state.scan_line = 1;
  state.scan_column = 1;
  state.start_element = ctxt->sax->startElementNs;
  state.characters = ctxt->sax->characters;
  ctxt->_private = &state;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->characters = on_characters;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->sax->resolveEntity = NULL;
  ctxt->sax->serror = on_structured_error;
  ctxt->sax->error = silence_generic;
  ctxt->sax->warning = silence_generic;
  ctxt->sax->fatalError = silence_generic;
  ctxt->vctxt.error = silence_generic;
  ctxt->vctxt.warning = silence_generic;

  xmlCtxtUseOptions (ctxt, options);
  /* Always UTF-8, whatever the declaration says: what is written is UTF-8,
   * and positions are then byte offsets into @data. */
  xmlSwitchEncoding (ctxt, XML_CHAR_ENCODING_UTF8);
  xmlParseDocument (ctxt);
  doc = g_steal_pointer (&ctxt->myDoc);
  if (doc && (state.refused || !ctxt->wellFormed))
    g_clear_pointer (&doc, xmlFreeDoc);
  if (doc == NULL && !state.refused)
    add_error (diagnostics, display_name, 0, 0, _("the file is not well-formed XML"));
  xmlFreeParserCtxt (ctxt);

  if (doc == NULL)
    return NULL;
  parsed->doc = doc;
  return g_steal_pointer (&parsed);
}

void
pd_xml_parsed_free (PdXmlParsed *parsed)
{
  if (parsed == NULL)
    return;
  g_clear_pointer (&parsed->doc, xmlFreeDoc);
  g_clear_pointer (&parsed->positions, g_array_unref);
  g_free (parsed->name);
  g_free (parsed);
}

xmlDoc *
pd_xml_parsed_get_doc (PdXmlParsed *parsed)
{
  return parsed->doc;
}

const char *
pd_xml_parsed_get_name (PdXmlParsed *parsed)
{
  return parsed->name;
}

void
pd_xml_parsed_position (PdXmlParsed *parsed,
                        xmlNode     *node,
                        guint       *line,
                        guint       *column)
{
  guint index;

  while (node && node->type != XML_ELEMENT_NODE)
    node = node->parent;
  index = node ? GPOINTER_TO_UINT (node->_private) : 0;
  if (index == 0 || index > parsed->positions->len)
    {
      *line = node ? (guint) xmlGetLineNo (node) : 0;
      *column = 0;
      return;
    }
  *line = g_array_index (parsed->positions, Position, index - 1).line;
  *column = g_array_index (parsed->positions, Position, index - 1).column;
}

void
pd_xml_parsed_error (PdXmlParsed *parsed,
                     GPtrArray   *diagnostics,
                     xmlNode     *node,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  pd_xml_parsed_position (parsed, node, &line, &column);
  add_error (diagnostics, parsed->name, line, column, message);
}
