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

GString *
pd_publish_index_page (GPtrArray  *entries,
                       const char *lang)
{
  GString *out = g_string_new (NULL);
  const char *done = NULL;
  gboolean others = FALSE;

  pd_publish_html_begin (out, lang, pd_leaflet_gettext (lang, "Care pathways"), "");
  g_string_append (out, "<h1>");
  pd_publish_append_text (out, pd_leaflet_gettext (lang, "Care pathways"));
  g_string_append (out, "</h1>\n<p class=\"lead\">");
  pd_publish_append_text (out, pd_leaflet_gettext (lang, "How care is organised for each kind "
                                                   "of need: the steps, who helps, how long "
                                                   "each takes and the evidence behind it."));
  g_string_append (out, "</p>\n");
  /* The super classes in the catalogue's order, each once. */
  for (guint c = 0; c < pd_clusters_get_n_items (); c++)
    {
      const PdCluster *cluster = pd_clusters_get_item (c);
      g_autoptr(GString) section = g_string_new (NULL);
      const char *words;
      gboolean any;

      if (g_strcmp0 (done, cluster->super_class_id) == 0)
        continue;
      done = cluster->super_class_id;
      any = append_super_class (section, entries, cluster->super_class_id, lang);
      if (!any && g_strcmp0 (cluster->super_class_id, "variance") == 0)
        continue;
      g_string_append (out, "<section>\n<h2>");
      words = super_class_words (cluster->super_class_id, lang);
      pd_publish_append_text (out, words);
      /* The national name too, where the plain words differ from it. */
      if (g_strcmp0 (words, cluster->super_class_name) != 0)
        {
          g_string_append (out, " <span class=\"note\">(");
          pd_publish_append_text (out, cluster->super_class_name);
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
  pd_publish_html_end (out, lang, "");
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
