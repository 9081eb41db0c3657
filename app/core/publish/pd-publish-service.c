/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A shared service's page: what it is, who gives it, how long it takes,
 * its evidence, and the steps of the published pathways that use it. */
#include "pd-journey.h"
#include "pd-leaflet-gettext.h"
#include "pd-publish-private.h"
#include "pd-xml-util.h"

static void
fact (GString    *out,
      const char *term,
      const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append (out, "<dt>");
  pd_publish_append_text (out, term);
  g_string_append (out, "</dt><dd>");
  pd_publish_append_text (out, value);
  g_string_append (out, "</dd>\n");
}

/* The published pathway of @use, or NULL when it is not published. */
static PdPublishEntry *
entry_of (GPtrArray    *entries,
          PdServiceUse *use)
{
  const char *id = pd_library_entry_get_id (use->entry);

  for (guint i = 0; i < entries->len; i++)
    {
      PdPublishEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->id, id) == 0)
        return entry;
    }
  return NULL;
}

static void
append_uses (GString             *out,
             PdService           *service,
             GPtrArray           *entries,
             const PdPublishSite *site)
{
  g_autoptr(GArray) uses = pd_library_get_service_uses (site->library, service->id);
  gboolean any = FALSE;

  g_string_append (out, "<h2 id=\"pathways\">");
  pd_publish_append_text (out, pd_leaflet_gettext (site->lang, "Pathways that use it"));
  g_string_append (out, "</h2>\n");
  for (guint i = 0; uses && i < uses->len; i++)
    {
      PdServiceUse *use = &g_array_index (uses, PdServiceUse, i);
      PdPublishEntry *entry = entry_of (entries, use);
      const char *title;
      g_autofree char *step = NULL;

      if (entry == NULL)
        continue;
      if (!any)
        g_string_append (out, "<ul>\n");
      any = TRUE;
      title = pd_document_get_title (entry->pathway->document);
      step = pd_journey_title (use->node);
      g_string_append_printf (out, "<li><a href=\"../pathways/%s.html#step-", entry->id);
      pd_xml_append_escaped (out, pd_node_get_id (use->node), TRUE);
      g_string_append (out, "\">");
      pd_publish_append_text (out, title ? title : entry->id);
      g_string_append (out, ": ");
      pd_publish_append_text (out, step);
      g_string_append (out, "</a></li>\n");
    }
  if (any)
    g_string_append (out, "</ul>\n");
  else
    {
      g_string_append (out, "<p>");
      pd_publish_append_text (out, pd_leaflet_gettext (site->lang,
                                                       "No published pathway uses it yet."));
      g_string_append (out, "</p>\n");
    }
}

GString *
pd_publish_service_page (PdService           *service,
                         GPtrArray           *entries,
                         const PdPublishSite *site)
{
  GString *out = g_string_new (NULL);
  const char *title = service->title ? service->title : service->id;
  PdAgency *agency = service->agency_id
                     ? pd_library_lookup_agency (site->library, service->agency_id) : NULL;

  pd_publish_html_begin (out, site, title, "../");
  g_string_append (out, "<h1>");
  pd_publish_append_text (out, title);
  g_string_append (out, "</h1>\n");
  if (service->description)
    {
      g_string_append (out, "<p class=\"lead\">");
      pd_publish_append_text (out, service->description);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<dl class=\"facts\">\n");
  fact (out, pd_leaflet_gettext (site->lang, "Who helps"),
        agency ? pd_agency_get_name (agency) : NULL);
  fact (out, pd_leaflet_gettext (site->lang, "Who sees you"), service->staff_role);
  g_string_append (out, "</dl>\n");
  if (service->evidence && service->evidence->len > 0)
    {
      g_string_append (out, "<h2 id=\"evidence\">");
      pd_publish_append_text (out, pd_leaflet_gettext (site->lang, "Evidence and guidance"));
      g_string_append (out, "</h2>\n<ul>\n");
      for (guint i = 0; i < service->evidence->len; i++)
        {
          PdLink *link = g_ptr_array_index (service->evidence, i);

          g_string_append (out, "<li>");
          pd_publish_append_link (out, link->href, link->title, site->lang);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
  append_uses (out, service, entries, site);
  pd_publish_html_end (out, site, "../");
  return out;
}
