/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-foreign.h"
#include "pd-schema-private.h"
#include "pd-translations.h"
#include "pd-xml-util.h"
#include "pd-xml-writer.h"

typedef struct {
  GString *out;
  GHashTable *prefixes;    /* prefix → namespace of foreign attributes */
} Writer;

static void
indent (Writer *w,
        guint   depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (w->out, "  ");
}

static void
attr (Writer     *w,
      const char *name,
      const char *value)
{
  if (value == NULL)
    return;
  g_string_append_c (w->out, ' ');
  g_string_append (w->out, name);
  g_string_append (w->out, "=\"");
  pd_xml_append_escaped (w->out, value, TRUE);
  g_string_append_c (w->out, '"');
}

static void
attr_number (Writer     *w,
             const char *name,
             double      value)
{
  g_autofree char *text = pd_xml_format_number (value);
  attr (w, name, text);
}

static void
attr_uint (Writer     *w,
           const char *name,
           guint       value)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", value);
  attr (w, name, text);
}

static const char *
prefix_for (Writer                   *w,
            const PdForeignAttribute *a)
{
  if (g_strcmp0 (a->ns_uri, "http://www.w3.org/XML/1998/namespace") == 0)
    return "xml";
  return g_hash_table_lookup (w->prefixes, a->ns_uri);
}

static void
foreign_attrs (Writer  *w,
               GObject *object)
{
  PdForeign *foreign = pd_object_get_foreign (object);

  for (guint i = 0; foreign && i < foreign->attributes->len; i++)
    {
      PdForeignAttribute *a = g_ptr_array_index (foreign->attributes, i);
      g_autofree char *name = g_strdup_printf ("%s:%s", prefix_for (w, a), a->name);
      attr (w, name, a->value);
    }
}

static void
foreign_elements (Writer  *w,
                  GObject *object,
                  guint    depth)
{
  PdForeign *foreign = pd_object_get_foreign (object);

  for (guint i = 0; foreign && i < foreign->elements->len; i++)
    {
      indent (w, depth);
      /* Already serialised, namespaces declared, when it was read. */
      g_string_append (w->out, g_ptr_array_index (foreign->elements, i));
      g_string_append_c (w->out, '\n');
    }
}

static gboolean
has_foreign_elements (GObject *object)
{
  PdForeign *foreign = pd_object_get_foreign (object);
  return foreign && foreign->elements->len > 0;
}

static void
text_element (Writer     *w,
              guint       depth,
              const char *name,
              const char *text)
{
  if (text == NULL)
    return;
  indent (w, depth);
  g_string_append_c (w->out, '<');
  g_string_append (w->out, name);
  g_string_append_c (w->out, '>');
  pd_xml_append_escaped (w->out, text, FALSE);
  g_string_append (w->out, "</");
  g_string_append (w->out, name);
  g_string_append (w->out, ">\n");
}

/* The texts of @field in other languages, after the English one, in the
 * order of their tags (the order PdTranslations keeps). */
static void
translated_elements (Writer               *w,
                     guint                 depth,
                     const char           *field,
                     const PdTranslations *translations)
{
  for (guint i = 0; i < pd_translations_get_n_items (translations); i++)
    {
      const char *f, *lang, *text;

      pd_translations_get_item (translations, i, &f, &lang, &text);
      if (strcmp (f, field) != 0)
        continue;
      indent (w, depth);
      g_string_append_c (w->out, '<');
      g_string_append (w->out, field);
      attr (w, "xml:lang", lang);
      g_string_append_c (w->out, '>');
      pd_xml_append_escaped (w->out, text, FALSE);
      g_string_append (w->out, "</");
      g_string_append (w->out, field);
      g_string_append (w->out, ">\n");
    }
}

/* Namespaces of foreign attributes are declared once, on the root. */
static gboolean
has_prefix (gpointer key,
            gpointer value,
            gpointer user_data)
{
  return g_str_equal (value, user_data);
}

static void
collect_prefixes (Writer  *w,
                  GObject *object)
{
  PdForeign *foreign = pd_object_get_foreign (object);

  for (guint i = 0; foreign && i < foreign->attributes->len; i++)
    {
      PdForeignAttribute *a = g_ptr_array_index (foreign->attributes, i);
      g_autofree char *prefix = NULL;

      if (prefix_for (w, a) != NULL)
        continue;
      prefix = g_strdup (a->prefix ? a->prefix : "ns");
      /* The same prefix may stand for other namespaces elsewhere. */
      for (guint n = 1; g_hash_table_find (w->prefixes, has_prefix, prefix); n++)
        {
          g_free (prefix);
          prefix = g_strdup_printf ("%s%u", a->prefix ? a->prefix : "ns", n);
        }
      g_hash_table_insert (w->prefixes, g_strdup (a->ns_uri), g_steal_pointer (&prefix));
    }
}

static void
collect_all_prefixes (Writer     *w,
                      PdDocument *doc)
{
  GListModel *lists[] = { pd_document_get_agencies (doc), pd_document_get_nodes (doc),
                          pd_document_get_edges (doc) };

  collect_prefixes (w, G_OBJECT (doc));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) object = g_list_model_get_item (lists[l], i);
        collect_prefixes (w, object);
      }
}

static int
compare_prefixes (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *prefixes = user_data;
  return strcmp (g_hash_table_lookup (prefixes, a), g_hash_table_lookup (prefixes, b));
}

static void
namespace_declarations (Writer *w)
{
  GList *uris = g_hash_table_get_keys (w->prefixes);

  /* Sorted by prefix, so that the order never depends on hashing. */
  uris = g_list_sort_with_data (uris, compare_prefixes, w->prefixes);
  for (GList *l = uris; l; l = l->next)
    {
      g_autofree char *name = g_strdup_printf ("xmlns:%s",
                                               (char *) g_hash_table_lookup (w->prefixes, l->data));
      attr (w, name, l->data);
    }
  g_list_free (uris);
}

static void
write_agency (Writer   *w,
              PdAgency *agency)
{
  indent (w, 2);
  g_string_append (w->out, "<agency");
  attr (w, "id", pd_agency_get_id (agency));
  attr (w, "colour", pd_agency_get_colour (agency) ? pd_agency_get_colour (agency) : "#808080");
  attr (w, "cue", pd_agency_get_cue (agency) ? pd_agency_get_cue (agency) : "?");
  if (pd_agency_get_pattern (agency) != PD_PATTERN_NONE)
    attr (w, "pattern", pd_enum_to_string (PD_TYPE_PATTERN, pd_agency_get_pattern (agency)));
  foreign_attrs (w, G_OBJECT (agency));
  g_string_append (w->out, ">\n");
  text_element (w, 3, "name", pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                          : pd_agency_get_id (agency));
  translated_elements (w, 3, "name", pd_agency_get_translations (agency));
  text_element (w, 3, "short-name", pd_agency_get_short_name (agency));
  foreign_elements (w, G_OBJECT (agency), 3);
  indent (w, 2);
  g_string_append (w->out, "</agency>\n");
}

static void
write_timing (Writer *w,
              PdNode *node)
{
  double staff_per_session;
  guint group_size;

  g_object_get (node, "group-size", &group_size, "staff-per-session", &staff_per_session, NULL);
  if (pd_node_get_duration (node) <= 0 && pd_node_get_sessions (node) == 0
      && pd_node_get_session_minutes (node) == 0 && group_size == 0 && staff_per_session <= 0)
    return;
  indent (w, 3);
  g_string_append (w->out, "<timing");
  if (pd_node_get_duration (node) > 0)
    {
      attr_number (w, "duration", pd_node_get_duration (node));
      attr (w, "duration-unit",
            pd_enum_to_string (PD_TYPE_DURATION_UNIT, pd_node_get_duration_unit (node)));
    }
  if (pd_node_get_sessions (node) > 0)
    attr_uint (w, "sessions", pd_node_get_sessions (node));
  if (pd_node_get_session_minutes (node) > 0)
    attr_uint (w, "session-minutes", pd_node_get_session_minutes (node));
  if (group_size > 0)
    attr_uint (w, "group-size", group_size);
  if (staff_per_session > 0)
    attr_number (w, "staff-per-session", staff_per_session);
  g_string_append (w->out, "/>\n");
}

static void
write_staff (Writer     *w,
             const char *role,
             const char *skills,
             double      share)
{
  indent (w, 3);
  g_string_append (w->out, "<staff");
  attr (w, "role", role);
  if (share != PD_STAFF_SHARE_UNSET)
    attr_number (w, "share", share);
  g_string_append_c (w->out, '>');
  pd_xml_append_escaped (w->out, skills ? skills : "", FALSE);
  g_string_append (w->out, "</staff>\n");
}

static void
write_all_staff (Writer *w,
                 PdNode *node)
{
  GPtrArray *more = pd_node_get_more_staff (node);

  if (pd_node_get_staff_role (node) || pd_node_get_staff_skills (node)
      || pd_node_get_staff_share (node) != PD_STAFF_SHARE_UNSET || (more && more->len > 0))
    write_staff (w, pd_node_get_staff_role (node), pd_node_get_staff_skills (node),
                 pd_node_get_staff_share (node));
  for (guint i = 0; more && i < more->len; i++)
    {
      PdStaff *staff = g_ptr_array_index (more, i);
      write_staff (w, staff->role, staff->skills, staff->share);
    }
}

static void
write_node (Writer *w,
            PdNode *node)
{
  GPtrArray *evidence = pd_node_get_evidence (node);

  indent (w, 2);
  g_string_append (w->out, "<node");
  attr (w, "id", pd_node_get_id (node));
  attr (w, "kind", pd_enum_to_string (PD_TYPE_NODE_KIND, pd_node_get_kind (node)));
  attr (w, "agency", pd_node_get_agency_id (node));
  attr_number (w, "x", pd_node_get_x (node));
  attr_number (w, "y", pd_node_get_y (node));
  if (pd_node_get_width (node) != PD_NODE_DEFAULT_WIDTH)
    attr_number (w, "width", pd_node_get_width (node));
  if (pd_node_get_height (node) != PD_NODE_DEFAULT_HEIGHT)
    attr_number (w, "height", pd_node_get_height (node));
  if (pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED)
    attr (w, "availability",
          pd_enum_to_string (PD_TYPE_AVAILABILITY, pd_node_get_availability (node)));
  if (pd_node_get_provision (node) != PD_PROVISION_STANDARD)
    attr (w, "provision", pd_enum_to_string (PD_TYPE_PROVISION, pd_node_get_provision (node)));
  attr (w, "link-target", pd_node_get_link_target (node));
  attr (w, "service", pd_node_get_service (node));
  if (pd_node_get_arrivals_per_year (node) > 0)
    attr_number (w, "arrivals-per-year", pd_node_get_arrivals_per_year (node));
  foreign_attrs (w, G_OBJECT (node));
  g_string_append (w->out, ">\n");

  text_element (w, 3, "title", pd_node_get_title (node) ? pd_node_get_title (node) : "");
  translated_elements (w, 3, "title", pd_node_get_translations (node));
  text_element (w, 3, "description", pd_node_get_description (node));
  if (pd_node_get_easy_read (node) || pd_node_get_pictogram (node))
    {
      indent (w, 3);
      g_string_append (w->out, "<easy-read");
      attr (w, "pictogram", pd_node_get_pictogram (node));
      g_string_append_c (w->out, '>');
      pd_xml_append_escaped (w->out, pd_node_get_easy_read (node) ? pd_node_get_easy_read (node) : "",
                      FALSE);
      g_string_append (w->out, "</easy-read>\n");
    }
  translated_elements (w, 3, "easy-read", pd_node_get_translations (node));
  write_timing (w, node);
  write_all_staff (w, node);
  for (guint i = 0; evidence && i < evidence->len; i++)
    {
      PdLink *link = g_ptr_array_index (evidence, i);

      indent (w, 3);
      g_string_append (w->out, "<evidence");
      attr (w, "href", link->href);
      g_string_append_c (w->out, '>');
      pd_xml_append_escaped (w->out, link->title ? link->title : "", FALSE);
      g_string_append (w->out, "</evidence>\n");
    }
  foreign_elements (w, G_OBJECT (node), 3);
  indent (w, 2);
  g_string_append (w->out, "</node>\n");
}

static void
write_edge (Writer *w,
            PdEdge *edge)
{
  gboolean has_children = pd_edge_get_label (edge) || has_foreign_elements (G_OBJECT (edge));

  indent (w, 2);
  g_string_append (w->out, "<edge");
  attr (w, "id", pd_edge_get_id (edge));
  attr (w, "from", pd_edge_get_from_id (edge));
  attr (w, "to", pd_edge_get_to_id (edge));
  if (pd_edge_get_kind (edge) != PD_EDGE_KIND_TYPICAL)
    attr (w, "kind", pd_enum_to_string (PD_TYPE_EDGE_KIND, pd_edge_get_kind (edge)));
  if (pd_edge_get_likelihood (edge) >= 0)
    attr_number (w, "likelihood", pd_edge_get_likelihood (edge));
  foreign_attrs (w, G_OBJECT (edge));
  if (!has_children)
    {
      g_string_append (w->out, "/>\n");
      return;
    }
  g_string_append (w->out, ">\n");
  text_element (w, 3, "label", pd_edge_get_label (edge));
  foreign_elements (w, G_OBJECT (edge), 3);
  indent (w, 2);
  g_string_append (w->out, "</edge>\n");
}

static void
write_comment (Writer    *w,
               PdComment *comment)
{
  indent (w, 2);
  g_string_append (w->out, "<comment");
  attr (w, "id", pd_comment_get_id (comment));
  attr (w, "target", pd_comment_get_target_id (comment));
  attr (w, "author", pd_comment_get_author (comment));
  attr (w, "role", pd_comment_get_role (comment));
  attr (w, "time", pd_comment_get_time (comment));
  if (pd_comment_get_resolved (comment))
    attr (w, "resolved", "true");
  g_string_append_c (w->out, '>');
  pd_xml_append_escaped (w->out, pd_comment_get_text (comment) ? pd_comment_get_text (comment) : "",
                  FALSE);
  g_string_append (w->out, "</comment>\n");
}

typedef void (*WriteItem) (Writer *w, gpointer item);

static void
write_list (Writer     *w,
            const char *name,
            GListModel *list,
            WriteItem   write_item,
            gboolean    optional)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    {
      if (!optional)
        {
          indent (w, 1);
          g_string_append_printf (w->out, "<%s/>\n", name);
        }
      return;
    }
  indent (w, 1);
  g_string_append_printf (w->out, "<%s>\n", name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      write_item (w, item);
    }
  indent (w, 1);
  g_string_append_printf (w->out, "</%s>\n", name);
}

static void
write_staffing (Writer    *w,
                GPtrArray *staffing)
{
  if (staffing == NULL || staffing->len == 0)
    return;
  indent (w, 1);
  g_string_append (w->out, "<staffing>\n");
  for (guint i = 0; i < staffing->len; i++)
    {
      PdPost *post = g_ptr_array_index (staffing, i);

      indent (w, 2);
      g_string_append (w->out, "<post");
      attr (w, "role", post->role ? post->role : "");
      attr (w, "agency", post->agency_id);
      attr_number (w, "wte", post->wte);
      g_string_append (w->out, "/>\n");
    }
  indent (w, 1);
  g_string_append (w->out, "</staffing>\n");
}

static void
write_metadata (Writer     *w,
                PdDocument *doc)
{
  g_autofree char *summary = NULL, *lead = NULL;
  g_autoptr(GArray) clusters = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) participants = NULL;

  g_object_get (doc, "summary", &summary, "lead", &lead, "clusters", &clusters,
                "documents", &documents, "participants", &participants, NULL);

  text_element (w, 1, "title", pd_document_get_title (doc) ? pd_document_get_title (doc) : "");
  translated_elements (w, 1, "title", pd_document_get_translations (doc));
  text_element (w, 1, "summary", summary);
  translated_elements (w, 1, "summary", pd_document_get_translations (doc));
  text_element (w, 1, "lead", lead);
  if (clusters && clusters->len > 0)
    {
      indent (w, 1);
      g_string_append (w->out, "<clusters>\n");
      for (guint i = 0; i < clusters->len; i++)
        {
          indent (w, 2);
          g_string_append_printf (w->out, "<cluster number=\"%u\"/>\n",
                                  g_array_index (clusters, guint, i));
        }
      indent (w, 1);
      g_string_append (w->out, "</clusters>\n");
    }
  if (documents && documents->len > 0)
    {
      indent (w, 1);
      g_string_append (w->out, "<documents>\n");
      for (guint i = 0; i < documents->len; i++)
        {
          PdLink *link = g_ptr_array_index (documents, i);

          indent (w, 2);
          g_string_append (w->out, "<document");
          attr (w, "href", link->href ? link->href : "");
          g_string_append_c (w->out, '>');
          pd_xml_append_escaped (w->out, link->title ? link->title : "", FALSE);
          g_string_append (w->out, "</document>\n");
        }
      indent (w, 1);
      g_string_append (w->out, "</documents>\n");
    }
  if (participants && participants->len > 0)
    {
      indent (w, 1);
      g_string_append (w->out, "<participants>\n");
      for (guint i = 0; i < participants->len; i++)
        {
          PdParticipant *p = g_ptr_array_index (participants, i);

          indent (w, 2);
          g_string_append (w->out, "<participant");
          attr (w, "role", p->role);
          g_string_append_c (w->out, '>');
          pd_xml_append_escaped (w->out, p->name ? p->name : "", FALSE);
          g_string_append (w->out, "</participant>\n");
        }
      indent (w, 1);
      g_string_append (w->out, "</participants>\n");
    }
  write_staffing (w, pd_document_get_staffing (doc));
}

static void
file_comments (Writer     *w,
               PdDocument *doc)
{
  const char * const *comments = pd_document_get_file_comments (doc);

  for (guint i = 0; comments && comments[i]; i++)
    {
      /* What XML forbids in a comment ("--", a final "-") cannot come from
       * a file, but the text is checked rather than trusted. */
      if (strstr (comments[i], "--") || g_str_has_suffix (comments[i], "-")
          || !g_utf8_validate (comments[i], -1, NULL))
        continue;
      g_string_append (w->out, "<!--");
      g_string_append (w->out, comments[i]);
      g_string_append (w->out, "-->\n");
    }
}

static gboolean
has_translations (PdDocument *doc)
{
  g_auto(GStrv) languages = pd_document_get_languages (doc);
  return languages[0] != NULL;
}

static gboolean
node_has_capacity_data (PdNode *node)
{
  GPtrArray *more = pd_node_get_more_staff (node);
  double staff_per_session;
  guint group_size;

  g_object_get (node, "group-size", &group_size, "staff-per-session", &staff_per_session, NULL);
  return pd_node_get_arrivals_per_year (node) > 0 || group_size > 0 || staff_per_session > 0
         || pd_node_get_staff_share (node) != PD_STAFF_SHARE_UNSET || (more && more->len > 0);
}

static gboolean
has_capacity_data (PdDocument *doc)
{
  GListModel *nodes = pd_document_get_nodes (doc);
  GPtrArray *staffing = pd_document_get_staffing (doc);
  double hours_per_wte;

  g_object_get (doc, "hours-per-wte", &hours_per_wte, NULL);
  if (hours_per_wte > 0 || (staffing && staffing->len > 0))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      if (node_has_capacity_data (node))
        return TRUE;
    }
  return FALSE;
}

static gboolean
uses_shared_services (PdDocument *doc)
{
  GListModel *nodes = pd_document_get_nodes (doc);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      if (pd_node_get_service (node))
        return TRUE;
    }
  return FALSE;
}

/* The oldest version that holds the document: a file without the newer
 * data stays readable by the programs that came before it. */
static int
oldest_version (PdDocument *doc)
{
  if (uses_shared_services (doc))
    return PD_FORMAT_VERSION_LIBRARY;
  if (has_capacity_data (doc))
    return PD_FORMAT_VERSION_CAPACITY;
  if (has_translations (doc))
    return PD_FORMAT_VERSION_TRANSLATIONS;
  return PD_FORMAT_VERSION_FIRST;
}

GBytes *
pd_xml_write (PdDocument *doc)
{
  Writer w = { 0 };
  g_autofree char *pathway_id = NULL, *version = NULL, *review_by = NULL;
  g_autofree char *created = NULL, *modified = NULL;
  PdStatus status;
  PdLanes lanes;
  PdRouting routing;
  guint referrals;
  double hours_per_wte;

  g_return_val_if_fail (PD_IS_DOCUMENT (doc), NULL);

  g_object_get (doc, "pathway-id", &pathway_id, "version", &version, "review-by", &review_by,
                "created-date", &created, "modified-date", &modified, "status", &status,
                "referrals-per-year", &referrals, "hours-per-wte", &hours_per_wte,
                "lanes", &lanes, "routing", &routing, NULL);

  w.out = g_string_sized_new (4096);
  w.prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  collect_all_prefixes (&w, doc);

  g_string_append (w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  file_comments (&w, doc);
  g_string_append (w.out, "<pathway");
  attr (&w, "xmlns", PD_NAMESPACE);
  namespace_declarations (&w);
  g_string_append_printf (w.out, " format-version=\"%d\"", oldest_version (doc));
  attr (&w, "id", pathway_id ? pathway_id : "pathway");
  attr (&w, "status", pd_enum_to_string (PD_TYPE_STATUS, status));
  if (lanes != PD_LANES_NONE)
    attr (&w, "lanes", pd_enum_to_string (PD_TYPE_LANES, lanes));
  if (routing != PD_ROUTING_DIRECT)
    attr (&w, "routing", pd_enum_to_string (PD_TYPE_ROUTING, routing));
  attr (&w, "version", version);
  attr (&w, "review-by", review_by);
  attr (&w, "created", created);
  attr (&w, "modified", modified);
  if (referrals > 0)
    attr_uint (&w, "referrals-per-year", referrals);
  if (hours_per_wte > 0)
    attr_number (&w, "hours-per-wte", hours_per_wte);
  foreign_attrs (&w, G_OBJECT (doc));
  g_string_append (w.out, ">\n");

  write_metadata (&w, doc);
  write_list (&w, "agencies", pd_document_get_agencies (doc), (WriteItem) write_agency, FALSE);
  write_list (&w, "nodes", pd_document_get_nodes (doc), (WriteItem) write_node, FALSE);
  write_list (&w, "edges", pd_document_get_edges (doc), (WriteItem) write_edge, FALSE);
  write_list (&w, "comments", pd_document_get_comments (doc), (WriteItem) write_comment, TRUE);
  foreign_elements (&w, G_OBJECT (doc), 1);
  g_string_append (w.out, "</pathway>\n");

  g_hash_table_unref (w.prefixes);
  return g_string_free_to_bytes (w.out);
}
