/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A site made of pathways: each file's bytes made in memory, the same for
 * the same pathways (no clock, no locale, everything in a fixed order),
 * then written where they changed. */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-export.h"
#include "pd-leaflet.h"
#include "pd-leaflet-gettext.h"
#include "pd-publish-private.h"
#include "pd-svg-writer.h"

gboolean
pd_publish_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL || !g_ascii_isalnum (id[0]) || strstr (id, "..") != NULL)
    return FALSE;
  length = strlen (id);
  if (length > 100)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_' && id[i] != '.')
      return FALSE;
  return TRUE;
}

static void
entry_free (PdPublishEntry *entry)
{
  g_free (entry->id);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const PdPublishEntry *x = *(PdPublishEntry **) a, *y = *(PdPublishEntry **) b;

  return strcmp (x->id, y->id);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  const PdPublishFile *x = *(PdPublishFile **) a, *y = *(PdPublishFile **) b;

  return strcmp (x->path, y->path);
}

static void
note (PdPublishReport *report,
      char            *text)
{
  if (report)
    g_ptr_array_add (report->notes, text);
  else
    g_free (text);
}

/* The pathways that may be published, by the names of their pages: a
 * pathway whose id cannot name a page, or one whose id an earlier one
 * has, is left out with a note. */
static GPtrArray *
make_entries (GPtrArray       *pathways,
              PdPublishReport *report)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < pathways->len; i++)
    {
      PdPublishPathway *pathway = g_ptr_array_index (pathways, i);
      PdPublishEntry *entry;
      g_autofree char *id = NULL;

      g_object_get (pathway->document, "pathway-id", &id, NULL);
      if (!pd_publish_id_is_valid (id))
        {
          note (report, g_strdup_printf (_("%s: left out: its id “%s” cannot name a web page "
                                           "(letters, digits, “-”, “_” and “.” only)"),
                                         pathway->file_name ? pathway->file_name : "",
                                         id ? id : ""));
          continue;
        }
      if (g_hash_table_contains (ids, id))
        {
          note (report, g_strdup_printf (_("%s: left out: another pathway has the id “%s”"),
                                         pathway->file_name ? pathway->file_name : "", id));
          continue;
        }
      entry = g_new0 (PdPublishEntry, 1);
      entry->pathway = pathway;
      entry->id = g_steal_pointer (&id);
      g_hash_table_add (ids, entry->id);
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

static void
add_bytes (GPtrArray  *files,
           char       *path,
           GBytes     *bytes)
{
  PdPublishFile *file = g_new0 (PdPublishFile, 1);

  file->path = path;
  file->bytes = bytes;
  g_ptr_array_add (files, file);
}

/* The pathway's own files: its page, its easy-read page and its leaflet. */
static gboolean
render_pathway (PdPublishEntry       *entry,
                const PdPublishSite  *site,
                GPtrArray            *files,
                GCancellable         *cancellable,
                GError              **error)
{
  PdExportOptions export = PD_EXPORT_OPTIONS_DEFAULT;
  PdLeafletOptions leaflet_options = PD_LEAFLET_OPTIONS_DEFAULT;
  PdDocument *document = entry->pathway->document;
  g_autofree char *prefix = pd_svg_id_prefix_from_name (entry->id);
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) svg = NULL;
  GBytes *html, *pdf, *odt;

  export.inline_svg = TRUE;
  export.id_prefix = prefix;
  svg = pd_export_render (document, PD_EXPORT_SVG, &export, error);
  if (svg == NULL)
    return FALSE;
  leaflet = pd_leaflet_compose (document, &leaflet_options, entry->pathway->file_name);
  html = pd_leaflet_render_html (leaflet, error);
  if (html == NULL)
    return FALSE;
  add_bytes (files, g_strdup_printf ("pathways/%s-easy-read.html", entry->id), html);
  /* The PDF takes longest: a Cancel pressed meanwhile need not wait for it. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  pdf = pd_leaflet_render_pdf (leaflet, error);
  if (pdf == NULL)
    return FALSE;
  add_bytes (files, g_strdup_printf ("downloads/%s-leaflet.pdf", entry->id), pdf);
  odt = pd_leaflet_render_odt (leaflet, error);
  if (odt == NULL)
    return FALSE;
  add_bytes (files, g_strdup_printf ("downloads/%s-leaflet.odt", entry->id), odt);
  add_bytes (files, g_strdup_printf ("pathways/%s.html", entry->id),
             g_string_free_to_bytes (pd_publish_pathway_page (entry, site, svg)));
  return TRUE;
}

/* @url with a "/" at its end, or NULL with @error set when it is not an
 * http or https address. */
static char *
base_url_of (const char  *url,
             GError     **error)
{
  if (!pd_publish_href_is_safe (url) || url[0] == '#')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("the site's address must start with https:// or http://: %s"), url);
      return NULL;
    }
  return g_str_has_suffix (url, "/") ? g_strdup (url) : g_strconcat (url, "/", NULL);
}

/* A page for each of the library's services whose id may name one. */
static void
render_services (GPtrArray           *entries,
                 const PdPublishSite *site,
                 GPtrArray           *files,
                 PdPublishReport     *report)
{
  GPtrArray *services = site->library ? pd_library_get_services (site->library) : NULL;

  for (guint i = 0; services && i < services->len; i++)
    {
      PdService *service = g_ptr_array_index (services, i);
      g_autofree char *path = NULL;

      if (!pd_publish_id_is_valid (service->id))
        {
          note (report, g_strdup_printf (_("the service “%s” is left out: its id cannot name "
                                           "a web page"), service->id));
          continue;
        }
      path = g_strdup_printf ("services/%s.html", service->id);
      g_ptr_array_add (files, pd_publish_file_new (path, pd_publish_service_page (service,
                                                                                 entries,
                                                                                 site)));
    }
}

GPtrArray *
pd_publish_render (GPtrArray              *pathways,
                   const PdPublishOptions *options,
                   PdPublishReport        *report,
                   GCancellable           *cancellable,
                   GError                **error)
{
  PdPublishOptions own = options ? *options : PD_PUBLISH_OPTIONS_DEFAULT;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *base_url = NULL;
  PdPublishSite site = { 0 };
  const char *url = own.base_url;

  g_return_val_if_fail (pathways != NULL, NULL);

  site.library = own.library;
  if (url == NULL && own.library)
    url = pd_library_get_base_url (own.library);
  /* "" says no address, whatever the library's. */
  if (url && *url && (base_url = base_url_of (url, error)) == NULL)
    return NULL;
  site.base_url = base_url;
  site.lang = own.language;
  if (site.lang == NULL && own.library)
    site.lang = pd_library_get_language (own.library);
  if (site.lang == NULL)
    site.lang = "en";
  if (own.library)
    site.title = pd_library_get_site_title (own.library);
  if (site.title == NULL && own.library)
    site.title = pd_library_get_name (own.library);
  if (site.title == NULL)
    site.title = pd_leaflet_gettext (site.lang, "Care pathways");
  files = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_publish_file_free);
  entries = make_entries (pathways, report);
  if (report)
    report->published = entries->len;
  for (guint i = 0; i < entries->len; i++)
    {
      PdPublishEntry *entry = g_ptr_array_index (entries, i);

      if (own.progress)
        own.progress (i, entries->len, pd_document_get_title (entry->pathway->document),
                      own.progress_data);
      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !render_pathway (entry, &site, files, cancellable, error))
        return NULL;
    }
  if (own.progress)
    own.progress (entries->len, entries->len, NULL, own.progress_data);
  render_services (entries, &site, files, report);
  g_ptr_array_add (files, pd_publish_file_new ("index.html",
                                               pd_publish_index_page (entries, &site)));
  g_ptr_array_add (files, pd_publish_file_new ("style.css",
                                               g_string_new (pd_publish_stylesheet)));
  g_ptr_array_sort (files, compare_files);
  g_ptr_array_add (files, pd_publish_file_new ("sitemap.xml",
                                               pd_publish_sitemap (files, entries, base_url)));
  g_ptr_array_sort (files, compare_files);
  return g_steal_pointer (&files);
}

gboolean
pd_publish_site (GPtrArray              *pathways,
                 const char             *site,
                 const PdPublishOptions *options,
                 PdPublishReport        *report,
                 GCancellable           *cancellable,
                 GError                **error)
{
  PdPublishReport own = { 0 };
  g_autoptr(GPtrArray) files = NULL;
  gboolean ok;

  g_return_val_if_fail (pathways != NULL, FALSE);
  g_return_val_if_fail (site != NULL, FALSE);

  own.notes = g_ptr_array_new_with_free_func (g_free);
  files = pd_publish_render (pathways, options, &own, cancellable, error);
  /* The last chance to cancel: writing takes a moment, and stopped part way
   * it would leave new pages linking to old ones. */
  ok = files && !g_cancellable_set_error_if_cancelled (cancellable, error)
       && pd_publish_write_files (site, files, &own, NULL, error);
  if (report)
    *report = own;
  else
    pd_publish_report_clear (&own);
  return ok;
}

void
pd_publish_report_clear (PdPublishReport *report)
{
  g_clear_pointer (&report->notes, g_ptr_array_unref);
}
