/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The site's index, the pathways under the care clusters they serve,
 * grouped by super class in plain words, and its sitemap. */
#include <string.h>

#include "pd-clusters.h"
#include "pd-leaflet-gettext.h"
#include "pd-publish-private.h"
#include "pd-xml-util.h"

/* The super classes in words a visitor knows; the national name follows. */
static const char *
super_class_words (const char *id,
                   const char *lang)
{
  if (g_strcmp0 (id, "non-psychotic") == 0)
    return pd_leaflet_gettext (lang, "Anxiety, depression and other common problems");
  if (g_strcmp0 (id, "psychosis") == 0)
    return pd_leaflet_gettext (lang, "Psychosis");
  if (g_strcmp0 (id, "organic") == 0)
    return pd_leaflet_gettext (lang, "Memory problems and dementia");
  return pd_leaflet_gettext (lang, "Other needs");
}

static gboolean
has_cluster (PdPublishEntry *entry,
             guint           number)
{
  g_autoptr(GArray) clusters = NULL;

  g_object_get (entry->pathway->document, "clusters", &clusters, NULL);
  for (guint i = 0; clusters && i < clusters->len; i++)
    if (g_array_index (clusters, guint, i) == number)
      return TRUE;
  return FALSE;
}

static gboolean
has_known_cluster (PdPublishEntry *entry)
{
  g_autoptr(GArray) clusters = NULL;

  g_object_get (entry->pathway->document, "clusters", &clusters, NULL);
  for (guint i = 0; clusters && i < clusters->len; i++)
    if (pd_clusters_lookup (g_array_index (clusters, guint, i)))
      return TRUE;
  return FALSE;
}

static void
append_pathway (GString        *out,
                PdPublishEntry *entry,
                const char     *lang)
{
  const char *title = pd_document_get_title (entry->pathway->document);
  PdStatus status;

  g_object_get (entry->pathway->document, "status", &status, NULL);
  g_string_append_printf (out, "<li><a href=\"pathways/%s.html\">", entry->id);
  pd_publish_append_text (out, title ? title : entry->id);
  g_string_append (out, "</a>");
  if (status == PD_STATUS_DRAFT)
    {
      g_string_append (out, " <span class=\"status\">");
      pd_publish_append_text (out, pd_publish_status_label (status, lang));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</li>\n");
}

/* The clusters of super class @id that have pathways, each with its own;
 * FALSE when none has. */
static gboolean
append_super_class (GString    *out,
                    GPtrArray  *entries,
                    const char *id,
                    const char *lang)
{
  gboolean any = FALSE;

  for (guint c = 0; c < pd_clusters_get_n_items (); c++)
    {
      const PdCluster *cluster = pd_clusters_get_item (c);
      gboolean listed = FALSE;

      if (cluster->unused || g_strcmp0 (cluster->super_class_id, id) != 0)
        continue;
      for (guint i = 0; i < entries->len; i++)
        {
          PdPublishEntry *entry = g_ptr_array_index (entries, i);

          if (!has_cluster (entry, cluster->number))
            continue;
          if (!listed)
            {
              g_string_append_printf (out, "<h3>%s %u: ",
                                      pd_leaflet_gettext (lang, "Cluster"), cluster->number);
              pd_publish_append_text (out, cluster->name);
              g_string_append (out, "</h3>\n<ul class=\"clusters\">\n");
            }
          listed = any = TRUE;
          append_pathway (out, entry, lang);
        }
      if (listed)
        g_string_append (out, "</ul>\n");
    }
  return any;
}

/* The name the national scheme gives super class @id: (transfer none). */
static const char *
super_class_name (const char *id)
{
  for (guint c = 0; c < pd_clusters_get_n_items (); c++)
    if (g_strcmp0 (pd_clusters_get_item (c)->super_class_id, id) == 0)
      return pd_clusters_get_item (c)->super_class_name;
  return NULL;
}

/* The super classes, each once: first in the order the library gives,
 * then the rest in the catalogue's: (transfer container) (element-type
 * utf8). */
static GPtrArray *
super_class_order (const PdPublishSite *site)
{
  const char * const *given = site->library
                              ? pd_library_get_super_class_order (site->library) : NULL;
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; given && given[i]; i++)
    if (super_class_name (given[i]) && !g_ptr_array_find_with_equal_func (order, given[i],
                                                                          g_str_equal, NULL))
      g_ptr_array_add (order, (gpointer) given[i]);
  for (guint c = 0; c < pd_clusters_get_n_items (); c++)
    {
      const char *id = pd_clusters_get_item (c)->super_class_id;

      if (!g_ptr_array_find_with_equal_func (order, id, g_str_equal, NULL))
        g_ptr_array_add (order, (gpointer) id);
    }
  return order;
}

/* Super class @id's section: its clusters with their pathways, or a line
 * saying it has none yet; the variance class only when it has some. */
static void
append_section (GString    *out,
                GPtrArray  *entries,
                const char *id,
                const char *lang)
{
  g_autoptr(GString) section = g_string_new (NULL);
  const char *words = super_class_words (id, lang);
  const char *name = super_class_name (id);
  gboolean any = append_super_class (section, entries, id, lang);

  if (!any && g_strcmp0 (id, "variance") == 0)
    return;
  g_string_append (out, "<section>\n<h2>");
  pd_publish_append_text (out, words);
  /* The national name too, where the plain words differ from it. */
  if (g_strcmp0 (words, name) != 0)
    {
      g_string_append (out, " <span class=\"note\">(");
      pd_publish_append_text (out, name);
      g_string_append (out, ")</span>");
    }
  g_string_append (out, "</h2>\n");
  if (any)
    g_string_append (out, section->str);
  else
    {
      g_string_append (out, "<p>");
      pd_publish_append_text (out, pd_leaflet_gettext (lang, "No pathway published yet."));
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</section>\n");
}

/* The library's shared services, each a link to its page. */
static void
append_services (GString             *out,
                 const PdPublishSite *site)
{
  GPtrArray *services = site->library ? pd_library_get_services (site->library) : NULL;
  gboolean any = FALSE;

  for (guint i = 0; services && i < services->len; i++)
    {
      PdService *service = g_ptr_array_index (services, i);

      if (!pd_publish_id_is_valid (service->id))
        continue;
      if (!any)
        {
          g_string_append (out, "<section>\n<h2>");
          pd_publish_append_text (out, pd_leaflet_gettext (site->lang, "Shared services"));
          g_string_append (out, "</h2>\n<ul class=\"clusters\">\n");
        }
      any = TRUE;
      g_string_append_printf (out, "<li><a href=\"services/%s.html\">", service->id);
      pd_publish_append_text (out, service->title ? service->title : service->id);
      g_string_append (out, "</a></li>\n");
    }
  if (any)
    g_string_append (out, "</ul>\n</section>\n");
}

GString *
pd_publish_index_page (GPtrArray           *entries,
                       const PdPublishSite *site)
{
  const char *lang = site->lang;
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) order = NULL;
  gboolean others = FALSE;

  pd_publish_html_begin (out, site, site->title, "");
  g_string_append (out, "<h1>");
  pd_publish_append_text (out, site->title);
  g_string_append (out, "</h1>\n<p class=\"lead\">");
  pd_publish_append_text (out, pd_leaflet_gettext (lang, "How care is organised for each kind "
                                                   "of need: the steps, who helps, how long "
                                                   "each takes and the evidence behind it."));
  g_string_append (out, "</p>\n");
  order = super_class_order (site);
  for (guint i = 0; i < order->len; i++)
    append_section (out, entries, g_ptr_array_index (order, i), lang);
  for (guint i = 0; i < entries->len; i++)
    {
      PdPublishEntry *entry = g_ptr_array_index (entries, i);

      if (has_known_cluster (entry))
        continue;
      if (!others)
        {
          g_string_append (out, "<section>\n<h2>");
          pd_publish_append_text (out, pd_leaflet_gettext (lang, "Other pathways"));
          g_string_append (out, "</h2>\n<ul class=\"clusters\">\n");
        }
      others = TRUE;
      append_pathway (out, entry, lang);
    }
  if (others)
    g_string_append (out, "</ul>\n</section>\n");
  append_services (out, site);
  pd_publish_html_end (out, site, "");
  return out;
}

/* A date the sitemap may give: YYYY-MM-DD. */
static gboolean
is_date (const char *date)
{
  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;
  return TRUE;
}

/* The pathway a page is of, for its date; NULL for the index. */
static PdPublishEntry *
entry_of (GPtrArray  *entries,
          const char *path)
{
  for (guint i = 0; i < entries->len; i++)
    {
      PdPublishEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *page = g_strdup_printf ("pathways/%s.html", entry->id);
      g_autofree char *easy = g_strdup_printf ("pathways/%s-easy-read.html", entry->id);

      if (strcmp (path, page) == 0 || strcmp (path, easy) == 0)
        return entry;
    }
  return NULL;
}

GString *
pd_publish_sitemap (GPtrArray  *files,
                    GPtrArray  *entries,
                    const char *base_url)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  if (base_url == NULL)
    g_string_append (out, "<!-- No address was given (the base URL option of pathway publish), "
                          "so these are paths relative to the site's folder: search engines "
                          "want whole addresses. -->\n");
  g_string_append (out, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
  for (guint i = 0; i < files->len; i++)
    {
      PdPublishFile *file = g_ptr_array_index (files, i);
      PdPublishEntry *entry;
      g_autofree char *date = NULL;

      if (!g_str_has_suffix (file->path, ".html"))
        continue;
      g_string_append (out, "<url><loc>");
      if (base_url)
        pd_xml_append_escaped (out, base_url, FALSE);
      pd_xml_append_escaped (out, file->path, FALSE);
      g_string_append (out, "</loc>");
      entry = entry_of (entries, file->path);
      if (entry)
        g_object_get (entry->pathway->document, "modified-date", &date, NULL);
      if (is_date (date))
        g_string_append_printf (out, "<lastmod>%s</lastmod>", date);
      g_string_append (out, "</url>\n");
    }
  g_string_append (out, "</urlset>\n");
  return out;
}
