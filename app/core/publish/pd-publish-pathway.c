/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pathway's page: what it is and where it stands, its leaflet to
 * download, its diagram as accessible SVG, the same journey in words for
 * those who do not see the diagram, each step with who helps, how long it
 * takes and its evidence, who is involved, its supporting documents and
 * its change log. */
#include <string.h>

#include "pd-change.h"
#include "pd-clusters.h"
#include "pd-journey.h"
#include "pd-leaflet-gettext.h"
#include "pd-publish-private.h"
#include "pd-xml-util.h"

typedef struct {
  PdPublishEntry *entry;
  PdDocument     *document;
  GString        *out;
  const char     *lang;
  const PdPublishSite *site;
} Page;

static void
heading (Page       *page,
         const char *tag,
         const char *id,
         const char *words)
{
  g_string_append_printf (page->out, "<%s id=\"%s\">", tag, id);
  pd_publish_append_text (page->out, words);
  g_string_append_printf (page->out, "</%s>\n", tag);
}

static void
fact (Page       *page,
      const char *term,
      const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append (page->out, "<dt>");
  pd_publish_append_text (page->out, term);
  g_string_append (page->out, "</dt><dd>");
  pd_publish_append_text (page->out, value);
  g_string_append (page->out, "</dd>\n");
}

/* The clusters' numbers and names, "10: First episode psychosis; …". */
static char *
cluster_names (GArray *clusters)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; clusters && i < clusters->len; i++)
    {
      const PdCluster *cluster = pd_clusters_lookup (g_array_index (clusters, guint, i));

      if (cluster == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, "; ");
      g_string_append_printf (names, "%u: %s", cluster->number, cluster->name);
    }
  return names->len > 0 ? g_strdup (names->str) : NULL;
}

static void
append_about (Page *page)
{
  g_autofree char *title = NULL, *summary = NULL, *version = NULL, *lead = NULL;
  g_autofree char *review = NULL, *modified = NULL, *clusters_text = NULL;
  g_autoptr(GArray) clusters = NULL;
  PdStatus status;

  g_object_get (page->document, "title", &title, "summary", &summary, "version", &version,
                "lead", &lead, "review-by", &review, "modified-date", &modified,
                "clusters", &clusters, "status", &status, NULL);
  g_string_append (page->out, "<h1>");
  pd_publish_append_text (page->out, title ? title : page->entry->id);
  g_string_append (page->out, "</h1>\n<p><span class=\"status\">");
  pd_publish_append_text (page->out, pd_publish_status_label (status, page->lang));
  g_string_append (page->out, "</span></p>\n");
  if (summary)
    {
      g_string_append (page->out, "<p class=\"lead\">");
      pd_publish_append_text (page->out, summary);
      g_string_append (page->out, "</p>\n");
    }
  clusters_text = cluster_names (clusters);
  g_string_append (page->out, "<dl class=\"facts\">\n");
  fact (page, pd_leaflet_gettext (page->lang, "Version"), version);
  fact (page, pd_leaflet_gettext (page->lang, "Last changed"), modified);
  fact (page, pd_leaflet_gettext (page->lang, "Next review by"), review);
  fact (page, pd_leaflet_gettext (page->lang, "Pathway lead"), lead);
  fact (page, pd_leaflet_gettext (page->lang, "Care clusters"), clusters_text);
  g_string_append (page->out, "</dl>\n");
}

static void
append_downloads (Page *page)
{
  const char *id = page->entry->id;

  heading (page, "h2", "downloads",
           pd_leaflet_gettext (page->lang, "Leaflet for people using the service"));
  g_string_append_printf (page->out, "<ul>\n<li><a href=\"%s-easy-read.html\">", id);
  pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "Easy-read web page"));
  g_string_append_printf (page->out, "</a></li>\n<li><a href=\"../downloads/%s-leaflet.pdf\" "
                          "type=\"application/pdf\" download>", id);
  pd_publish_append_text (page->out,
                          pd_leaflet_gettext (page->lang, "Easy-read leaflet to print (PDF)"));
  g_string_append_printf (page->out, "</a></li>\n<li><a href=\"../downloads/%s-leaflet.odt\" "
                          "type=\"application/vnd.oasis.opendocument.text\" download>", id);
  pd_publish_append_text (page->out,
                          pd_leaflet_gettext (page->lang,
                                              "Easy-read leaflet to edit (OpenDocument)"));
  g_string_append (page->out, "</a></li>\n</ul>\n");
}

static void
append_diagram (Page   *page,
                GBytes *svg)
{
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);

  heading (page, "h2", "diagram", pd_leaflet_gettext (page->lang, "The pathway as a diagram"));
  /* At its own size, to scroll through, and so reached from the keyboard
   * too. */
  g_string_append (page->out, "<figure tabindex=\"0\" aria-labelledby=\"diagram\">\n");
  g_string_append_len (page->out, data, size);
  if (size > 0 && data[size - 1] != '\n')
    g_string_append_c (page->out, '\n');
  g_string_append (page->out, "<figcaption><a href=\"#journey\">");
  pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "The same journey in words"));
  g_string_append (page->out, "</a></figcaption>\n</figure>\n");
}

static const char *
agency_name (Page   *page,
             PdNode *node)
{
  PdAgency *agency = pd_document_get_agency (page->document, pd_node_get_agency_id (node));

  return agency ? pd_agency_get_name (agency) : NULL;
}

/* A step of the journey: its title (a link to its details), who helps,
 * how long, and where the way goes after it. */
static void
append_journey_step (Page          *page,
                     PdJourneyStep *step)
{
  g_autofree char *title = pd_journey_title (step->node);
  g_autofree char *timing = pd_journey_describe_timing (step->node);
  const char *who = agency_name (page, step->node);

  if (step->alternative)
    {
      pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "Or:"));
      g_string_append_c (page->out, ' ');
    }
  g_string_append (page->out, "<a href=\"#step-");
  pd_xml_append_escaped (page->out, pd_node_get_id (step->node), TRUE);
  g_string_append (page->out, "\">");
  pd_publish_append_text (page->out, title);
  g_string_append (page->out, "</a>");
  if (who)
    {
      g_string_append (page->out, ", ");
      pd_publish_append_text (page->out, who);
    }
  g_string_append (page->out, ".");
  if (step->not_offered)
    {
      g_string_append_c (page->out, ' ');
      pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "Not offered yet."));
    }
  if (timing)
    {
      g_string_append_c (page->out, ' ');
      pd_publish_append_text (page->out, timing);
    }
  if (step->then)
    {
      g_autofree char *then = pd_journey_title (step->then);

      g_string_append_c (page->out, ' ');
      pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "Then back to:"));
      g_string_append_c (page->out, ' ');
      pd_publish_append_text (page->out, then);
      g_string_append (page->out, ".");
    }
  for (guint i = 0; step->also && i < step->also->len; i++)
    {
      g_autofree char *also = pd_journey_title (g_ptr_array_index (step->also, i));

      g_string_append_c (page->out, ' ');
      pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "Some people go on to:"));
      g_string_append_c (page->out, ' ');
      pd_publish_append_text (page->out, also);
      g_string_append (page->out, ".");
    }
}

/* The journey as nested lists: each other way a list inside the step it
 * leaves, as the leaflet tells it. */
static void
append_journey (Page      *page,
                PdJourney *journey)
{
  int depth = -1;

  heading (page, "h2", "journey", pd_leaflet_gettext (page->lang, "The journey in words"));
  if (journey->steps->len == 0)
    {
      g_string_append (page->out, "<p>");
      pd_publish_append_text (page->out,
                              pd_leaflet_gettext (page->lang, "This pathway has no steps yet."));
      g_string_append (page->out, "</p>\n");
      return;
    }
  for (guint i = 0; i < journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (journey->steps, i);
      int wanted = MIN ((int) step->depth, depth + 1);

      if (depth < 0)
        g_string_append (page->out, "<ol class=\"journey\">\n<li>");
      else if (wanted > depth)
        g_string_append (page->out, "\n<ol class=\"others\">\n<li>");
      else
        {
          for (; depth > wanted; depth--)
            g_string_append (page->out, "</li>\n</ol>\n");
          g_string_append (page->out, "</li>\n<li>");
        }
      depth = MAX (wanted, 0);
      append_journey_step (page, step);
    }
  for (; depth > 0; depth--)
    g_string_append (page->out, "</li>\n</ol>\n");
  g_string_append (page->out, "</li>\n</ol>\n");
}

static void
append_evidence (Page   *page,
                 PdNode *node)
{
  GPtrArray *evidence = pd_node_get_evidence (node);

  if (evidence == NULL || evidence->len == 0)
    return;
  g_string_append (page->out, "<h4>");
  pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "Evidence and guidance"));
  g_string_append (page->out, "</h4>\n<ul>\n");
  for (guint i = 0; i < evidence->len; i++)
    {
      PdLink *link = g_ptr_array_index (evidence, i);

      g_string_append (page->out, "<li>");
      pd_publish_append_link (page->out, link->href, link->title, page->lang);
      g_string_append (page->out, "</li>\n");
    }
  g_string_append (page->out, "</ul>\n");
}

/* The shared service the step is, when the library has its page. */
static void
append_service (Page   *page,
                PdNode *node)
{
  const char *id = pd_node_get_service (node);
  PdService *service = id && page->site->library
                       ? pd_library_lookup_service (page->site->library, id) : NULL;

  if (service == NULL || !pd_publish_id_is_valid (id))
    return;
  g_string_append (page->out, "<p>");
  pd_publish_append_text (page->out, pd_leaflet_gettext (page->lang, "A shared service:"));
  g_string_append_printf (page->out, " <a href=\"../services/%s.html\">", id);
  pd_publish_append_text (page->out, service->title ? service->title : id);
  g_string_append (page->out, "</a></p>\n");
}

static void
append_step (Page   *page,
             PdNode *node)
{
  g_autofree char *title = pd_journey_title (node);
  g_autofree char *timing = pd_journey_describe_timing (node);
  const char *description = pd_node_get_description (node);

  g_string_append (page->out, "<section class=\"step\">\n<h3 id=\"step-");
  pd_xml_append_escaped (page->out, pd_node_get_id (node), TRUE);
  g_string_append (page->out, "\">");
  pd_publish_append_text (page->out, title);
  g_string_append (page->out, "</h3>\n");
  if (description)
    {
      g_string_append (page->out, "<p>");
      pd_publish_append_text (page->out, description);
      g_string_append (page->out, "</p>\n");
    }
  g_string_append (page->out, "<dl class=\"facts\">\n");
  fact (page, pd_leaflet_gettext (page->lang, "Who helps"), agency_name (page, node));
  fact (page, pd_leaflet_gettext (page->lang, "Who sees you"), pd_node_get_staff_role (node));
  fact (page, pd_leaflet_gettext (page->lang, "How long"), timing);
  g_string_append (page->out, "</dl>\n");
  append_service (page, node);
  append_evidence (page, node);
  g_string_append (page->out, "</section>\n");
}

static void
append_steps (Page      *page,
              PdJourney *journey)
{
  if (journey->steps->len == 0)
    return;
  heading (page, "h2", "steps", pd_leaflet_gettext (page->lang, "Each step"));
  for (guint i = 0; i < journey->steps->len; i++)
    append_step (page, ((PdJourneyStep *) g_ptr_array_index (journey->steps, i))->node);
}

/* Only a colour written as #RRGGBB reaches a style attribute. */
static gboolean
is_colour (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;
  return TRUE;
}

static void
append_people (Page *page)
{
  GListModel *agencies = pd_document_get_agencies (page->document);
  g_autoptr(GPtrArray) participants = NULL;
  guint n = g_list_model_get_n_items (agencies);

  g_object_get (page->document, "participants", &participants, NULL);
  heading (page, "h2", "people", pd_leaflet_gettext (page->lang, "Who is involved"));
  g_string_append (page->out, "<ul class=\"agencies\">\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      const char *colour = pd_agency_get_colour (agency);

      g_string_append (page->out, "<li>");
      if (is_colour (colour))
        g_string_append_printf (page->out, "<span class=\"swatch\" style=\"background:%s\">"
                                "</span>", colour);
      pd_publish_append_text (page->out, pd_agency_get_name (agency));
      g_string_append (page->out, "</li>\n");
    }
  g_string_append (page->out, "</ul>\n");
  if (participants == NULL || participants->len == 0)
    return;
  heading (page, "h3", "made-with", pd_leaflet_gettext (page->lang, "Made with"));
  g_string_append (page->out, "<ul>\n");
  for (guint i = 0; i < participants->len; i++)
    {
      PdParticipant *participant = g_ptr_array_index (participants, i);

      g_string_append (page->out, "<li>");
      pd_publish_append_text (page->out, participant->name ? participant->name
                                                           : participant->role);
      if (participant->name && participant->role)
        {
          g_string_append (page->out, " (");
          pd_publish_append_text (page->out, participant->role);
          g_string_append (page->out, ")");
        }
      g_string_append (page->out, "</li>\n");
    }
  g_string_append (page->out, "</ul>\n");
}

static void
append_documents (Page *page)
{
  g_autoptr(GPtrArray) documents = NULL;

  g_object_get (page->document, "documents", &documents, NULL);
  if (documents == NULL || documents->len == 0)
    return;
  heading (page, "h2", "documents", pd_leaflet_gettext (page->lang, "Supporting documents"));
  g_string_append (page->out, "<ul>\n");
  for (guint i = 0; i < documents->len; i++)
    {
      PdLink *link = g_ptr_array_index (documents, i);

      g_string_append (page->out, "<li>");
      pd_publish_append_link (page->out, link->href, link->title, page->lang);
      g_string_append (page->out, "</li>\n");
    }
  g_string_append (page->out, "</ul>\n");
}

static void
cell (Page       *page,
      const char *text)
{
  g_string_append (page->out, "<td>");
  if (text)
    pd_publish_append_text (page->out, text);
  g_string_append (page->out, "</td>");
}

/* The latest date first; of two on one day, or two with none, the later in
 * the log; an entry without a date after those with one. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PdChange *first = *(PdChange *const *) a;
  const PdChange *second = *(PdChange *const *) b;

  return g_strcmp0 (second->date, first->date);
}

/* The change log as a table, newest first, as Properties lists it. */
static void
append_changes (Page *page)
{
  GPtrArray *changes = pd_document_get_changes (page->document);
  g_autoptr(GPtrArray) newest_first = g_ptr_array_new ();
  const char *columns[] = {
    pd_leaflet_gettext (page->lang, "Date"),
    pd_leaflet_gettext (page->lang, "Version"),
    pd_leaflet_gettext (page->lang, "Author"),
    pd_leaflet_gettext (page->lang, "Summary"),
  };

  if (changes == NULL || changes->len == 0)
    return;
  for (guint i = changes->len; i > 0; i--)
    g_ptr_array_add (newest_first, g_ptr_array_index (changes, i - 1));
  /* A stable sort: the reversed log keeps the later of equal dates first. */
  g_ptr_array_sort (newest_first, compare_newest_first);
  heading (page, "h2", "changes", pd_leaflet_gettext (page->lang, "Changes"));
  g_string_append (page->out, "<table class=\"changes\">\n<caption>");
  pd_publish_append_text (page->out,
                          pd_leaflet_gettext (page->lang,
                                              "Changes to this pathway, newest first"));
  g_string_append (page->out, "</caption>\n<thead><tr>");
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_string_append (page->out, "<th scope=\"col\">");
      pd_publish_append_text (page->out, columns[i]);
      g_string_append (page->out, "</th>");
    }
  g_string_append (page->out, "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < newest_first->len; i++)
    {
      const PdChange *change = g_ptr_array_index (newest_first, i);

      g_string_append (page->out, "<tr>");
      cell (page, change->date);
      cell (page, change->version);
      cell (page, change->author);
      cell (page, change->summary);
      g_string_append (page->out, "</tr>\n");
    }
  g_string_append (page->out, "</tbody>\n</table>\n");
}

GString *
pd_publish_pathway_page (PdPublishEntry      *entry,
                         const PdPublishSite *site,
                         GBytes              *svg)
{
  PdJourneyOptions options = { TRUE, NULL };
  g_autoptr(PdJourney) journey = NULL;
  const char *title;
  Page page = { entry, entry->pathway->document, g_string_new (NULL), site->lang, site };

  journey = pd_journey_new (page.document, &options, NULL);
  title = pd_document_get_title (page.document);
  pd_publish_html_begin (page.out, site, title ? title : entry->id, "../");
  append_about (&page);
  append_downloads (&page);
  append_diagram (&page, svg);
  append_journey (&page, journey);
  append_steps (&page, journey);
  append_people (&page);
  append_documents (&page);
  append_changes (&page);
  pd_publish_html_end (page.out, site, "../");
  return page.out;
}
