/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <glib/gi18n-lib.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "pd-format-resources.h"
#include "pd-library-private.h"

/* Reads library.xml: parsed as safely as a pathway file (pd-xml-parse.h),
 * validated against library.rng, then checked for what the schema cannot
 * say (unique ids, agencies that exist, numbers in range). */

#define SCHEMA_PATH "/org/pathwaydesigner/Designer/format/library.rng"
#define MAX_REPORTED 50

typedef struct {
  PdLibrary *library;
  PdXmlParsed *parsed;
  GPtrArray *diagnostics;
  guint errors;
  GHashTable *ids;        /* of agencies and of services, apart */
} Reader;

static void G_GNUC_PRINTF (3, 4)
error_at (Reader     *r,
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

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns
         && g_strcmp0 ((const char *) node->ns->href, PD_LIBRARY_NAMESPACE) == 0
         && g_str_equal ((const char *) node->name, name);
}

/* The schema has checked the syntax (xsd:decimal); here, the range. */
static gboolean
get_double (Reader     *r,
            xmlNode    *node,
            const char *name,
            double      maximum,
            double     *value)
{
  g_autofree char *text = pd_xml_get_attr (node, name);
  double v;

  if (text == NULL)
    return FALSE;
  v = g_ascii_strtod (text, NULL);
  if (!isfinite (v) || v < 0 || v > maximum)
    {
      error_at (r, node, _("%s=\"%s\" is out of range (0 to %g)"), name, text, maximum);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

static guint
get_uint (Reader     *r,
          xmlNode    *node,
          const char *name)
{
  g_autofree char *text = pd_xml_get_attr (node, name);
  guint64 v;

  if (text == NULL)
    return 0;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &v, NULL))
    {
      error_at (r, node, _("%s=\"%s\" is out of range"), name, text);
      return 0;
    }
  return (guint) v;
}

static int
get_enum (xmlNode    *node,
          const char *name,
          GType       type,
          int         fallback)
{
  g_autofree char *text = pd_xml_get_attr (node, name);
  int value;

  return pd_enum_from_string (type, text, &value) ? value : fallback;
}

static void
set_string (char       **field,
            const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

/* Schema */

static xmlRelaxNG *
get_schema (void)
{
  static gsize schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxt *ctxt;
      xmlRelaxNG *compiled;
      gsize size;
      const char *data;

      g_resources_register (pd_format_get_resource ());
      bytes = g_resources_lookup_data (SCHEMA_PATH, 0, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);
      ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      compiled = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      /* The schema is part of the program: it must compile. */
      g_assert (compiled != NULL);
      g_once_init_leave (&schema, (gsize) compiled);
    }
  return (xmlRelaxNG *) schema;
}

static void
on_validity_error (void     *user_data,
                   xmlError *error)
{
  Reader *r = user_data;
  g_autofree char *message = NULL;

  if (error == NULL || error->level < XML_ERR_ERROR || r->errors >= MAX_REPORTED)
    return;
  message = g_strstrip (g_strdup (error->message ? error->message : _("invalid")));
  error_at (r, error->node, "%s", message);
}

static gboolean
validate (Reader *r)
{
  xmlRelaxNGValidCtxt *ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  int result;

  xmlRelaxNGSetValidStructuredErrors (ctxt, on_validity_error, r);
  result = xmlRelaxNGValidateDoc (ctxt, pd_xml_parsed_get_doc (r->parsed));
  xmlRelaxNGFreeValidCtxt (ctxt);
  if (result != 0 && r->errors == 0)
    error_at (r, xmlDocGetRootElement (pd_xml_parsed_get_doc (r->parsed)), "%s",
              _("the document does not match the library schema"));
  return result == 0;
}

/* Elements */

static gboolean
is_new_id (Reader     *r,
           xmlNode    *node,
           const char *kind,
           const char *id)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  if (g_hash_table_contains (r->ids, key))
    {
      error_at (r, node, _("the id “%s” is used more than once"), id);
      return FALSE;
    }
  g_hash_table_add (r->ids, g_steal_pointer (&key));
  return TRUE;
}

static void
read_agency (Reader  *r,
             xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *colour = pd_xml_get_attr (element, "colour");
  g_autofree char *cue = pd_xml_get_attr (element, "cue");
  g_autoptr(PdAgency) agency = NULL;

  if (!is_new_id (r, element, "agency", id))
    return;
  agency = pd_agency_new (id);
  g_object_set (agency, "colour", colour, "cue", cue,
                "pattern", get_enum (element, "pattern", PD_TYPE_PATTERN, PD_PATTERN_NONE), NULL);
  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *text = NULL;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      text = pd_xml_get_text (c);
      if (is_named (c, "name"))
        g_object_set (agency, "name", text, NULL);
      else if (is_named (c, "short-name"))
        g_object_set (agency, "short-name", text, NULL);
    }
  g_ptr_array_add (r->library->agencies, g_steal_pointer (&agency));
}

static void
read_staffing (Reader  *r,
               xmlNode *element)
{
  double hours;

  if (get_double (r, element, "hours-per-wte", PD_HOURS_PER_WTE_LIMIT, &hours))
    r->library->hours_per_wte = hours;
  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *role = NULL, *agency = NULL;
      double wte;

      if (!is_named (c, "post") || !get_double (r, c, "wte", PD_PEOPLE_LIMIT, &wte))
        continue;
      role = pd_xml_get_attr (c, "role");
      agency = pd_xml_get_attr (c, "agency");
      if (agency && !pd_library_lookup_agency (r->library, agency))
        error_at (r, c, _("the post refers to agency “%s”, which the library does not define"),
                  agency);
      g_ptr_array_add (r->library->posts, pd_post_new (role, agency, wte));
    }
}

static void
read_service_child (Reader    *r,
                    PdService *service,
                    xmlNode   *c)
{
  g_autofree char *text = pd_xml_get_text (c);

  if (is_named (c, "title"))
    set_string (&service->title, text);
  else if (is_named (c, "description"))
    set_string (&service->description, text);
  else if (is_named (c, "timing"))
    {
      get_double (r, c, "duration", 1000000, &service->duration);
      service->duration_unit = get_enum (c, "duration-unit", PD_TYPE_DURATION_UNIT,
                                         PD_DURATION_UNIT_WEEKS);
      service->sessions = get_uint (r, c, "sessions");
      service->session_minutes = get_uint (r, c, "session-minutes");
    }
  else if (is_named (c, "staff"))
    {
      service->staff_role = pd_xml_get_attr (c, "role");
      if (text && *text)
        set_string (&service->staff_skills, text);
    }
  else if (is_named (c, "evidence"))
    {
      g_autofree char *href = pd_xml_get_attr (c, "href");

      if (service->evidence == NULL)
        service->evidence = pd_link_array_new ();
      g_ptr_array_add (service->evidence, pd_link_new (text, href));
    }
}

static void
read_service (Reader  *r,
              xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autoptr(PdService) service = NULL;

  if (!is_new_id (r, element, "service", id))
    return;
  service = pd_service_new (id);
  service->agency_id = pd_xml_get_attr (element, "agency");
  service->kind = get_enum (element, "kind", PD_TYPE_NODE_KIND, PD_NODE_KIND_INTERVENTION);
  pd_xml_parsed_position (r->parsed, element, &service->line, &service->column);
  if (service->agency_id && !pd_library_lookup_agency (r->library, service->agency_id))
    error_at (r, element, _("the service refers to agency “%s”, which the library does not "
                            "define"), service->agency_id);
  for (xmlNode *c = element->children; c; c = c->next)
    read_service_child (r, service, c);
  g_ptr_array_add (r->library->services, g_steal_pointer (&service));
}

static void
read_publishing (Reader  *r,
                 xmlNode *element)
{
  PdLibrary *library = r->library;

  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *text = NULL;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      text = pd_xml_get_text (c);
      if (is_named (c, "site-title"))
        set_string (&library->site_title, text);
      else if (is_named (c, "base-url"))
        set_string (&library->base_url, text);
      else if (is_named (c, "language"))
        set_string (&library->language, text);
      else if (is_named (c, "super-class-order"))
        {
          g_autoptr(GStrvBuilder) order = g_strv_builder_new ();

          for (xmlNode *s = c->children; s; s = s->next)
            if (is_named (s, "super-class"))
              {
                g_autofree char *id = pd_xml_get_attr (s, "id");
                g_strv_builder_add (order, id);
              }
          g_strfreev (library->super_class_order);
          library->super_class_order = g_strv_builder_end (order);
        }
    }
}

/* Agencies come first, whatever the order of the file: the posts and the
 * services refer to them. */
static void
read_library (Reader  *r,
              xmlNode *root)
{
  for (xmlNode *c = root->children; c; c = c->next)
    if (is_named (c, "agencies"))
      for (xmlNode *a = c->children; a; a = a->next)
        if (is_named (a, "agency"))
          read_agency (r, a);
  for (xmlNode *c = root->children; c; c = c->next)
    {
      if (is_named (c, "name"))
        {
          g_free (r->library->name);
          r->library->name = pd_xml_get_text (c);
        }
      else if (is_named (c, "staffing"))
        read_staffing (r, c);
      else if (is_named (c, "services"))
        {
          for (xmlNode *s = c->children; s; s = s->next)
            if (is_named (s, "service"))
              read_service (r, s);
        }
      else if (is_named (c, "publishing"))
        read_publishing (r, c);
    }
}

/* Comments before <library> (a note on what the file is for) are kept to
 * be written back; those inside it are not. */
static void
read_comments (Reader *r)
{
  xmlDoc *doc = pd_xml_parsed_get_doc (r->parsed);
  g_autoptr(GStrvBuilder) comments = g_strv_builder_new ();

  for (xmlNode *c = doc->children; c && c->type != XML_ELEMENT_NODE; c = c->next)
    if (c->type == XML_COMMENT_NODE && c->content)
      g_strv_builder_add (comments, (const char *) c->content);
  g_strfreev (r->library->comments);
  r->library->comments = g_strv_builder_end (comments);
}

static gboolean
check_root (Reader  *r,
            xmlNode *root)
{
  g_autofree char *version = NULL;
  guint64 number;

  if (root == NULL || !is_named (root, "library"))
    {
      error_at (r, root, _("this is not a library file: it has no <library> element in the "
                           "namespace %s"), PD_LIBRARY_NAMESPACE);
      return FALSE;
    }
  version = pd_xml_get_attr (root, "format-version");
  if (version && g_ascii_string_to_unsigned (version, 10, 1, G_MAXUINT64, &number, NULL)
      && number > PD_LIBRARY_FORMAT_VERSION)
    {
      error_at (r, root, _("the library file is in format version %s, made by a newer version "
                           "of Pathway Designer; this version reads format version %d"),
                version, PD_LIBRARY_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_library_read_xml (PdLibrary  *self,
                     const char *data,
                     gsize       length,
                     const char *display_name,
                     GPtrArray  *diagnostics)
{
  g_autoptr(PdXmlParsed) parsed = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader r = { self, NULL, diagnostics, 0, ids };

  parsed = pd_xml_parse (data, length, display_name, diagnostics);
  if (parsed == NULL)
    return FALSE;
  r.parsed = parsed;
  if (!check_root (&r, xmlDocGetRootElement (pd_xml_parsed_get_doc (parsed)))
      || !validate (&r))
    return FALSE;
  read_library (&r, xmlDocGetRootElement (pd_xml_parsed_get_doc (parsed)));
  read_comments (&r);
  return r.errors == 0;
}

PdService *
pd_service_new (const char *id)
{
  PdService *service = g_new0 (PdService, 1);

  service->id = g_strdup (id);
  service->kind = PD_NODE_KIND_INTERVENTION;
  service->duration_unit = PD_DURATION_UNIT_WEEKS;
  return service;
}

void
pd_service_free (PdService *service)
{
  if (service == NULL)
    return;
  g_free (service->id);
  g_free (service->title);
  g_free (service->description);
  g_free (service->agency_id);
  g_free (service->staff_role);
  g_free (service->staff_skills);
  g_clear_pointer (&service->evidence, g_ptr_array_unref);
  g_free (service);
}
