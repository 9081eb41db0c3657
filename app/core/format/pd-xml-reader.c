/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <glib/gi18n-lib.h>
#include <libxml/tree.h>

#include "pd-clusters.h"
#include "pd-diagnostic.h"
#include "pd-document-private.h"
#include "pd-foreign.h"
#include "pd-foreign-xml-private.h"
#include "pd-schema-private.h"
#include "pd-translations.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

typedef struct {
  PdXmlParsed *parsed;
  GPtrArray *diagnostics;
  PdDocument *document;
  guint errors;
  GHashTable *foreign;   /* our xmlNode → GPtrArray of serialised foreign children */
  guint staff_read;      /* <staff> elements read of the current node */
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
is_ours (xmlNode *node)
{
  return node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, PD_NAMESPACE) == 0;
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && is_ours (node)
         && g_str_equal ((const char *) node->name, name);
}

/* Numbers: the schema has already checked their syntax (xsd:decimal, so no
 * NaN, no infinity, no exponent); here they are checked against ranges. */
static gboolean
get_double (Reader     *r,
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
      error_at (r, node, _("%s=\"%s\" is out of range (%g to %g)"), name, text, minimum, maximum);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

static gboolean
get_uint (Reader     *r,
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
      error_at (r, node, _("%s=\"%s\" is out of range"), name, text);
      return FALSE;
    }
  *value = (guint) v;
  return TRUE;
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

/* Foreign content */

static PdForeign *
ensure_foreign (GObject *object)
{
  PdForeign *foreign = pd_object_get_foreign (object);

  if (foreign == NULL)
    {
      foreign = pd_foreign_new ();
      pd_object_set_foreign (object, foreign);
    }
  return foreign;
}

static void
read_foreign_attributes (xmlNode *node,
                         GObject *object)
{
  for (xmlAttr *attr = node->properties; attr; attr = attr->next)
    {
      xmlChar *value;

      if (attr->ns == NULL)
        continue;
      value = xmlNodeGetContent ((xmlNode *) attr);
      pd_foreign_add_attribute (ensure_foreign (object), (const char *) attr->ns->href,
                                (const char *) attr->ns->prefix, (const char *) attr->name,
                                (const char *) value);
      xmlFree (value);
    }
}

/* Takes the elements of other namespaces out of the tree, kept by their
 * parent, before validation (see pd-schema.c). */
static void
extract_foreign (Reader  *r,
                 xmlNode *node)
{
  xmlNode *next;

  for (xmlNode *child = node->children; child; child = next)
    {
      next = child->next;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_ours (child))
        extract_foreign (r, child);
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

/* Texts in other languages */

static gboolean
is_translatable_element (xmlNode *element)
{
  return is_named (element, "title") || is_named (element, "summary")
         || is_named (element, "easy-read") || is_named (element, "name");
}

static char *
get_lang (xmlNode *node)
{
  /* The element's own attribute: xml:lang inherited from an ancestor (say
   * on a foreign wrapper) does not make a title a translation. */
  xmlChar *value = xmlGetNsProp (node, BAD_CAST "lang", XML_XML_NAMESPACE);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Keeps @child's text as a translation of @object's property of the same
 * name when it has xml:lang; FALSE when it is the English text. */
static gboolean
read_translation (xmlNode *child,
                  GObject *object)
{
  g_autofree char *lang = get_lang (child);
  g_autofree char *text = NULL;
  g_autoptr(PdTranslations) translations = NULL;

  if (lang == NULL)
    return FALSE;
  text = pd_xml_get_text (child);
  g_object_get (object, "translations", &translations, NULL);
  if (translations == NULL)
    translations = pd_translations_new ();
  if (pd_translations_set (translations, (const char *) child->name, lang, text))
    g_object_set (object, "translations", translations, NULL);
  return TRUE;
}

/* One text per language: with two, which one counts would be left to chance. */
static gboolean
language_given_once (Reader     *r,
                     xmlNode    *child,
                     GHashTable *seen)
{
  g_autofree char *lang = get_lang (child);
  g_autofree char *tag = NULL;
  char *key;

  /* The schema lets the optional ones (summary, easy-read) repeat. */
  if (lang == NULL && is_translatable_element (child))
    {
      key = g_strdup ((const char *) child->name);
      if (!g_hash_table_add (seen, key))
        {
          error_at (r, child, _("<%s> is given more than once in English (without xml:lang)"),
                    (const char *) child->name);
          return FALSE;
        }
      return TRUE;
    }
  if (lang == NULL)
    return TRUE;
  if (pd_language_tag_is_default (lang))
    {
      error_at (r, child, _("<%s xml:lang=\"%s\"> gives the English text again: English is the "
                            "one without xml:lang"), (const char *) child->name, lang);
      return FALSE;
    }
  tag = pd_language_tag_normalize (lang);
  key = g_strdup_printf ("%s %s", (const char *) child->name, tag ? tag : lang);
  if (!g_hash_table_add (seen, key))
    {
      error_at (r, child, _("<%s> is given more than once in the language “%s”"),
                (const char *) child->name, tag ? tag : lang);
      return FALSE;
    }
  return TRUE;
}

/* Calls @func for each of our child elements; keeps the foreign ones. */
static void
read_children (Reader  *r,
               xmlNode *node,
               GObject *object,
               void   (*func) (Reader *r, xmlNode *child, gpointer data),
               gpointer data)
{
  GPtrArray *kept = g_hash_table_lookup (r->foreign, node);
  g_autoptr(GHashTable) languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; kept && i < kept->len; i++)
    pd_foreign_add_element (ensure_foreign (object), g_ptr_array_index (kept, i));
  for (xmlNode *child = node->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && is_ours (child)
        && language_given_once (r, child, languages))
      func (r, child, data);
}

/* Agencies */

static void
read_agency_child (Reader  *r,
                   xmlNode *child,
                   gpointer data)
{
  g_autofree char *text = pd_xml_get_text (child);

  if (is_named (child, "name") && read_translation (child, data))
    return;
  if (is_named (child, "name"))
    g_object_set (data, "name", text, NULL);
  else if (is_named (child, "short-name"))
    g_object_set (data, "short-name", text, NULL);
}

static void
add_object (Reader  *r,
            xmlNode *node,
            GObject *object)
{
  g_auto(GValue) id = G_VALUE_INIT;

  g_value_init (&id, G_TYPE_STRING);
  g_object_get_property (object, "id", &id);
  if (!pd_document_append_object (r->document, object))
    {
      error_at (r, node, _("the id “%s” is used more than once"), g_value_get_string (&id));
      return;
    }
  if (node->_private)
    {
      guint line, column;
      pd_xml_parsed_position (r->parsed, node, &line, &column);
      pd_document_set_source_position (r->document, g_value_get_string (&id), line, column);
    }
}

static void
read_agency (Reader  *r,
             xmlNode *node)
{
  g_autofree char *id = pd_xml_get_attr (node, "id");
  g_autofree char *colour = pd_xml_get_attr (node, "colour");
  g_autofree char *cue = pd_xml_get_attr (node, "cue");
  g_autoptr(PdAgency) agency = pd_agency_new (id);

  g_object_set (agency,
                "colour", colour,
                "cue", cue,
                "pattern", get_enum (node, "pattern", PD_TYPE_PATTERN, PD_PATTERN_NONE),
                NULL);
  read_foreign_attributes (node, G_OBJECT (agency));
  read_children (r, node, G_OBJECT (agency), read_agency_child, agency);
  add_object (r, node, G_OBJECT (agency));
}

/* Nodes */

static void
read_capacity_timing (Reader  *r,
                      xmlNode *timing,
                      PdNode  *node)
{
  guint group_size;
  double staff;

  if (get_uint (r, timing, "group-size", &group_size) && group_size > 0)
    g_object_set (node, "group-size", group_size, NULL);
  if (get_double (r, timing, "staff-per-session", 0, PD_STAFF_PER_SESSION_LIMIT, &staff))
    g_object_set (node, "staff-per-session", staff, NULL);
}

/* The first <staff> is the step's "staff-role", the others its
 * "more-staff". */
static void
read_staff (Reader     *r,
            xmlNode    *element,
            PdNode     *node,
            const char *skills)
{
  g_autofree char *role = pd_xml_get_attr (element, "role");
  double share = PD_STAFF_SHARE_UNSET;
  GPtrArray *old;
  g_autoptr(GPtrArray) more = NULL;

  get_double (r, element, "share", 0, 100, &share);
  if (r->staff_read++ == 0)
    {
      g_object_set (node, "staff-role", role, "staff-skills", skills, "staff-share", share, NULL);
      return;
    }
  old = pd_node_get_more_staff (node);
  more = pd_staff_array_new ();
  for (guint i = 0; old && i < old->len; i++)
    g_ptr_array_add (more, pd_staff_copy (g_ptr_array_index (old, i)));
  g_ptr_array_add (more, pd_staff_new (role, skills, share));
  g_object_set (node, "more-staff", more, NULL);
}

static void
read_node_child (Reader  *r,
                 xmlNode *child,
                 gpointer data)
{
  PdNode *node = data;
  g_autofree char *text = pd_xml_get_text (child);

  if ((is_named (child, "title") || is_named (child, "easy-read"))
      && read_translation (child, G_OBJECT (node)))
    return;
  if (is_named (child, "title"))
    g_object_set (node, "title", text, NULL);
  else if (is_named (child, "description"))
    g_object_set (node, "description", text, NULL);
  else if (is_named (child, "easy-read"))
    {
      g_autofree char *pictogram = pd_xml_get_attr (child, "pictogram");
      g_object_set (node, "easy-read", text, "pictogram", pictogram, NULL);
    }
  else if (is_named (child, "timing"))
    {
      double duration;
      guint sessions, minutes;

      if (get_double (r, child, "duration", 0, 1000000, &duration))
        g_object_set (node, "duration", duration, NULL);
      g_object_set (node, "duration-unit",
                    get_enum (child, "duration-unit", PD_TYPE_DURATION_UNIT, PD_DURATION_UNIT_WEEKS),
                    NULL);
      if (get_uint (r, child, "sessions", &sessions))
        g_object_set (node, "sessions", sessions, NULL);
      if (get_uint (r, child, "session-minutes", &minutes))
        g_object_set (node, "session-minutes", minutes, NULL);
      read_capacity_timing (r, child, node);
    }
  else if (is_named (child, "staff"))
    read_staff (r, child, node, text);
  else if (is_named (child, "evidence"))
    {
      g_autofree char *href = pd_xml_get_attr (child, "href");
      GPtrArray *old = pd_node_get_evidence (node);
      g_autoptr(GPtrArray) evidence = pd_link_array_new ();

      for (guint i = 0; old && i < old->len; i++)
        g_ptr_array_add (evidence, pd_link_copy (g_ptr_array_index (old, i)));
      g_ptr_array_add (evidence, pd_link_new (text, href));
      g_object_set (node, "evidence", evidence, NULL);
    }
}

static void
read_node (Reader  *r,
           xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *agency = pd_xml_get_attr (element, "agency");
  g_autofree char *link_target = pd_xml_get_attr (element, "link-target");
  g_autofree char *service = pd_xml_get_attr (element, "service");
  g_autofree char *join = pd_xml_get_attr (element, "join");
  g_autoptr(PdNode) node = pd_node_new (id, get_enum (element, "kind", PD_TYPE_NODE_KIND,
                                                      PD_NODE_KIND_INTERVENTION));
  double v;

  g_object_set (node,
                "agency-id", agency,
                "link-target", link_target,
                "service", service,
                "availability", get_enum (element, "availability", PD_TYPE_AVAILABILITY,
                                          PD_AVAILABILITY_OFFERED),
                "provision", get_enum (element, "provision", PD_TYPE_PROVISION,
                                       PD_PROVISION_STANDARD),
                "join", g_strcmp0 (join, "true") == 0 || g_strcmp0 (join, "1") == 0,
                NULL);
  if (get_double (r, element, "x", -PD_COORD_LIMIT, PD_COORD_LIMIT, &v))
    g_object_set (node, "x", v, NULL);
  if (get_double (r, element, "y", -PD_COORD_LIMIT, PD_COORD_LIMIT, &v))
    g_object_set (node, "y", v, NULL);
  if (get_double (r, element, "width", PD_SIZE_MIN, PD_SIZE_MAX, &v))
    g_object_set (node, "width", v, NULL);
  if (get_double (r, element, "height", PD_SIZE_MIN, PD_SIZE_MAX, &v))
    g_object_set (node, "height", v, NULL);
  if (get_double (r, element, "arrivals-per-year", 0, PD_PEOPLE_LIMIT, &v))
    g_object_set (node, "arrivals-per-year", v, NULL);
  read_foreign_attributes (element, G_OBJECT (node));
  r->staff_read = 0;
  read_children (r, element, G_OBJECT (node), read_node_child, node);
  add_object (r, element, G_OBJECT (node));
}

/* Edges */

static void
read_edge_child (Reader  *r,
                 xmlNode *child,
                 gpointer data)
{
  g_autofree char *text = pd_xml_get_text (child);

  if (is_named (child, "label"))
    g_object_set (data, "label", text, NULL);
}

static void
read_edge (Reader  *r,
           xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *from = pd_xml_get_attr (element, "from");
  g_autofree char *to = pd_xml_get_attr (element, "to");
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);
  double likelihood;

  g_object_set (edge, "kind", get_enum (element, "kind", PD_TYPE_EDGE_KIND, PD_EDGE_KIND_TYPICAL),
                NULL);
  if (get_double (r, element, "likelihood", 0, 100, &likelihood))
    g_object_set (edge, "likelihood", likelihood, NULL);
  read_foreign_attributes (element, G_OBJECT (edge));
  read_children (r, element, G_OBJECT (edge), read_edge_child, edge);
  add_object (r, element, G_OBJECT (edge));
}

/* Comments */

static void
read_comment (Reader  *r,
              xmlNode *element)
{
  g_autofree char *id = pd_xml_get_attr (element, "id");
  g_autofree char *target = pd_xml_get_attr (element, "target");
  g_autofree char *author = pd_xml_get_attr (element, "author");
  g_autofree char *role = pd_xml_get_attr (element, "role");
  g_autofree char *time = pd_xml_get_attr (element, "time");
  g_autofree char *resolved = pd_xml_get_attr (element, "resolved");
  g_autofree char *text = pd_xml_get_text (element);
  g_autoptr(PdComment) comment = pd_comment_new (id, target);

  g_object_set (comment,
                "author", author,
                "role", role,
                "time", time,
                "text", text,
                "resolved", g_strcmp0 (resolved, "true") == 0 || g_strcmp0 (resolved, "1") == 0,
                NULL);
  add_object (r, element, G_OBJECT (comment));
}

/* The pathway */

static void
read_list (Reader     *r,
           xmlNode    *list,
           const char *item_name,
           void      (*read_item) (Reader *r, xmlNode *item))
{
  for (xmlNode *child = list->children; child; child = child->next)
    if (is_named (child, item_name))
      read_item (r, child);
}

static void
read_staffing (Reader  *r,
               xmlNode *element)
{
  g_autoptr(GPtrArray) staffing = pd_post_array_new ();

  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *role = NULL, *agency = NULL;
      double wte;

      if (!is_named (c, "post") || !get_double (r, c, "wte", 0, PD_PEOPLE_LIMIT, &wte))
        continue;
      role = pd_xml_get_attr (c, "role");
      agency = pd_xml_get_attr (c, "agency");
      g_ptr_array_add (staffing, pd_post_new (role, agency, wte));
    }
  g_object_set (r->document, "staffing", staffing, NULL);
}

/* The schema has checked each date. */
static void
read_changes (Reader  *r,
              xmlNode *element)
{
  g_autoptr(GPtrArray) changes = pd_change_array_new ();

  for (xmlNode *c = element->children; c; c = c->next)
    {
      g_autofree char *date = NULL, *version = NULL, *author = NULL, *summary = NULL;

      if (!is_named (c, "change"))
        continue;
      date = pd_xml_get_attr (c, "date");
      version = pd_xml_get_attr (c, "version");
      author = pd_xml_get_attr (c, "author");
      summary = pd_xml_get_text (c);
      g_ptr_array_add (changes, pd_change_new (date, version, author, summary));
    }
  g_object_set (r->document, "changes", changes, NULL);
}

static void
read_pathway_child (Reader  *r,
                    xmlNode *child,
                    gpointer data)
{
  PdDocument *doc = r->document;

  if ((is_named (child, "title") || is_named (child, "summary"))
      && read_translation (child, G_OBJECT (doc)))
    return;
  if (is_named (child, "title") || is_named (child, "summary") || is_named (child, "lead"))
    {
      g_autofree char *text = pd_xml_get_text (child);
      g_object_set (doc, (const char *) child->name, text, NULL);
    }
  else if (is_named (child, "clusters"))
    {
      g_autoptr(GArray) clusters = g_array_new (FALSE, FALSE, sizeof (guint));

      for (xmlNode *c = child->children; c; c = c->next)
        {
          guint number;

          if (!is_named (c, "cluster") || !get_uint (r, c, "number", &number))
            continue;
          if (pd_clusters_lookup (number) == NULL)
            error_at (r, c, _("there is no care cluster %u"), number);
          g_array_append_val (clusters, number);
        }
      g_object_set (doc, "clusters", clusters, NULL);
    }
  else if (is_named (child, "documents"))
    {
      g_autoptr(GPtrArray) documents = pd_link_array_new ();

      for (xmlNode *c = child->children; c; c = c->next)
        if (is_named (c, "document"))
          {
            g_autofree char *title = pd_xml_get_text (c);
            g_autofree char *href = pd_xml_get_attr (c, "href");
            g_ptr_array_add (documents, pd_link_new (title, href));
          }
      g_object_set (doc, "documents", documents, NULL);
    }
  else if (is_named (child, "participants"))
    {
      g_autoptr(GPtrArray) participants = pd_participant_array_new ();

      for (xmlNode *c = child->children; c; c = c->next)
        if (is_named (c, "participant"))
          {
            g_autofree char *name = pd_xml_get_text (c);
            g_autofree char *role = pd_xml_get_attr (c, "role");
            g_ptr_array_add (participants, pd_participant_new (name, role));
          }
      g_object_set (doc, "participants", participants, NULL);
    }
  else if (is_named (child, "staffing"))
    read_staffing (r, child);
  else if (is_named (child, "changes"))
    read_changes (r, child);
  else if (is_named (child, "agencies"))
    read_list (r, child, "agency", read_agency);
  else if (is_named (child, "nodes"))
    read_list (r, child, "node", read_node);
  else if (is_named (child, "edges"))
    read_list (r, child, "edge", read_edge);
  else if (is_named (child, "comments"))
    read_list (r, child, "comment", read_comment);
}

static void
read_pathway (Reader  *r,
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
                "status", get_enum (root, "status", PD_TYPE_STATUS, PD_STATUS_DRAFT),
                "lanes", get_enum (root, "lanes", PD_TYPE_LANES, PD_LANES_NONE),
                "routing", get_enum (root, "routing", PD_TYPE_ROUTING, PD_ROUTING_DIRECT),
                NULL);
  double hours_per_wte;

  if (get_uint (r, root, "referrals-per-year", &referrals))
    g_object_set (doc, "referrals-per-year", referrals, NULL);
  if (get_double (r, root, "hours-per-wte", 0, PD_HOURS_PER_WTE_LIMIT, &hours_per_wte))
    g_object_set (doc, "hours-per-wte", hours_per_wte, NULL);
  read_foreign_attributes (root, G_OBJECT (doc));
  read_children (r, root, G_OBJECT (doc), read_pathway_child, NULL);
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

/* Where in the file an object was defined, for errors found after reading. */
static xmlNode *
find_element (xmlNode    *root,
              const char *list,
              const char *id)
{
  for (xmlNode *l = root->children; l; l = l->next)
    if (is_named (l, list))
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
    if (is_named (list, "staffing"))
      for (xmlNode *post = list->children; post; post = post->next)
        {
          g_autofree char *agency = NULL;

          if (!is_named (post, "post"))
            continue;
          agency = pd_xml_get_attr (post, "agency");
          if (agency && pd_document_get_agency (r->document, agency) == NULL)
            error_at (r, post, _("staff in post refer to agency “%s”, which does not exist"),
                      agency);
        }
}

static void
check_references (Reader  *r,
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
        error_at (r, find_element (root, "nodes", pd_node_get_id (node)),
                  _("node “%s” refers to agency “%s”, which does not exist"),
                  pd_node_get_id (node), agency);
    }
  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      const char *ends[] = { pd_edge_get_from_id (edge), pd_edge_get_to_id (edge) };

      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        if (pd_document_get_node (doc, ends[e]) == NULL)
          error_at (r, find_element (root, "edges", pd_edge_get_id (edge)),
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
        error_at (r, find_element (root, "comments", pd_comment_get_id (comment)),
                  _("comment “%s” is on “%s”, which is not a node or edge of this pathway"),
                  pd_comment_get_id (comment), target);
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

static void
check_attribute_values (Reader  *r,
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
          && xmlStrEqual (attr->name, BAD_CAST "lang") && is_translatable_element (element)
          && !pd_language_tag_is_valid (value))
        error_at (r, element, _("xml:lang=\"%s\" is not a language tag: it should be 2 to 35 "
                                "letters, digits and hyphens, such as “pl” or “pa-Arab”"), value);
      if (attr->ns != NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (attribute_rules); i++)
        {
          const AttributeRule *rule = &attribute_rules[i];

          if (!xmlStrEqual (attr->name, BAD_CAST rule->attribute)
              || !xmlStrEqual (element->name, BAD_CAST rule->element))
            continue;
          if (rule->enum_type == NULL && !is_decimal (value))
            error_at (r, element, _("%s=\"%s\" is not a number"), rule->attribute, value);
          else if (rule->enum_type && !pd_enum_from_string (rule->enum_type (), value, &unused))
            {
              g_autofree char *choices = enum_choices (rule->enum_type ());
              error_at (r, element, _("%s=\"%s\" is not one of: %s"), rule->attribute, value,
                        choices);
            }
        }
    }
  for (xmlNode *child = element->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && is_ours (child))
      check_attribute_values (r, child);
}

static gboolean
check_root (Reader  *r,
            xmlNode *root)
{
  g_autofree char *version = NULL;
  guint64 number;

  if (root == NULL || !is_named (root, "pathway"))
    {
      error_at (r, root, _("this is not a pathway file: it has no <pathway> element in the "
                           "namespace %s"), PD_NAMESPACE);
      return FALSE;
    }
  version = pd_xml_get_attr (root, "format-version");
  /* A newer version is refused before validation, whose errors about
   * unknown content would only confuse. */
  if (version && g_ascii_string_to_unsigned (version, 10, 1, G_MAXUINT64, &number, NULL)
      && number > PD_FORMAT_VERSION)
    {
      error_at (r, root, _("the file is in format version %s, made by a newer version of "
                           "Pathway Designer; this version reads format version %d"),
                version, PD_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
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
  if (!check_root (&r, root))
    return NULL;
  check_attribute_values (&r, root);
  if (r.errors > 0)
    return NULL;
  r.foreign = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  extract_foreign (&r, root);
  if (!pd_schema_validate (parsed, diagnostics))
    {
      g_hash_table_unref (r.foreign);
      return NULL;
    }

  document = pd_document_new ();
  r.document = document;
  read_file_comments (&r, root);
  read_pathway (&r, root);
  if (r.errors == 0)
    check_references (&r, root);
  g_hash_table_unref (r.foreign);
  if (r.errors > 0)
    return NULL;
  return g_steal_pointer (&document);
}
