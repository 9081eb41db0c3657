/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway publish: the same pathways give the same site, byte for byte,
 * and a second publish touches nothing; a changed pathway rewrites only its
 * own files, the index and the sitemap; every page is HTML whose local
 * links all lead to a file of the site; no id, link or planted symbolic
 * link makes it write, link or remove outside the site. (The pages in a
 * real browser with axe-core: tests/a11y/axe-publish.sh.) */
#include <string.h>
#include <sys/stat.h>
#include <utime.h>
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-publish.h"
#include "test-cli.h"

/* A time long past, set on every file so that a rewrite shows even within
 * the same second. */
#define OLD_TIME 1000000000

typedef struct {
  char *library;    /* a copy of the examples */
  char *site;
  char *top;
  GPtrArray *ids;   /* the examples' ids, from the folder */
} Fixture;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *text = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (from, &text, &size, NULL));
  g_assert_true (g_file_set_contents (to, text, size, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) examples = test_example_paths ();

  f->top = g_dir_make_tmp ("pathway-publish-XXXXXX", NULL);
  f->library = g_build_filename (f->top, "library", NULL);
  f->site = g_build_filename (f->top, "site", NULL);
  f->ids = g_ptr_array_new_with_free_func (g_free);
  g_assert_cmpint (g_mkdir (f->library, 0755), ==, 0);
  for (guint i = 0; i < examples->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (examples, i));
      g_autofree char *to = g_build_filename (f->library, base, NULL);

      copy_file (g_ptr_array_index (examples, i), to);
      g_assert_true (g_str_has_suffix (base, ".pathway"));
      g_ptr_array_add (f->ids, g_strndup (base, strlen (base) - strlen (".pathway")));
    }
  g_assert_cmpuint (f->ids->len, >=, 4);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const char *argv[] = { "rm", "-rf", f->top, NULL };

  g_free (test_run (argv));
  g_free (f->library);
  g_free (f->site);
  g_free (f->top);
  g_ptr_array_unref (f->ids);
}

/* The pathways of the library in @folder, which must all load. */
static GPtrArray *
load (const char  *folder,
      PdLibrary  **library)
{
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) own = pd_library_load (file, NULL, NULL, &error);
  GPtrArray *pathways;

  g_assert_no_error (error);
  pathways = pd_publish_library_pathways (own);
  g_assert_cmpuint (pathways->len, ==, pd_library_get_n_entries (own));
  if (library)
    *library = g_steal_pointer (&own);
  return pathways;
}

/* Publishes @library into @site; the report's counts. */
static PdPublishReport
publish (const char             *library,
         const char             *site,
         const PdPublishOptions *options)
{
  PdPublishOptions own = options ? *options : PD_PUBLISH_OPTIONS_DEFAULT;
  g_autoptr(PdLibrary) loaded = NULL;
  g_autoptr(GPtrArray) pathways = load (library, &loaded);
  g_autoptr(GError) error = NULL;
  PdPublishReport report = { 0 };

  own.library = loaded;
  g_assert_true (pd_publish_site (pathways, site, &own, &report, NULL, &error));
  g_assert_no_error (error);
  return report;
}

/* Every file under @dir, relative paths → contents, the manifest aside;
 * each file's time set to OLD_TIME when @age. */
static void
read_tree (const char *top,
           const char *dir,
           GHashTable *files,
           GHashTable *times,
           gboolean    age)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct stat st;

      g_assert_cmpint (lstat (path, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        read_tree (top, path, files, times, age);
      else if (strcmp (name, PD_PUBLISH_MANIFEST) != 0)
        {
          char *contents;
          gsize size;
          const char *relative = path + strlen (top) + 1;

          g_assert_true (S_ISREG (st.st_mode));
          g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
          g_hash_table_insert (files, g_strdup (relative), g_bytes_new_take (contents, size));
          if (times)
            g_hash_table_insert (times, g_strdup (relative),
                                 GINT_TO_POINTER ((int) (st.st_mtime == OLD_TIME)));
          if (age)
            {
              struct utimbuf old = { OLD_TIME, OLD_TIME };

              g_assert_cmpint (utime (path, &old), ==, 0);
            }
        }
    }
}

static GHashTable *
tree (const char *site,
      gboolean    age)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);

  read_tree (site, site, files, NULL, age);
  return files;
}

/* The files whose time is no longer OLD_TIME, sorted and joined. */
static char *
touched (const char *site)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GHashTable) times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  read_tree (site, site, files, times, FALSE);
  g_hash_table_iter_init (&iter, times);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!GPOINTER_TO_INT (value))
      g_ptr_array_add (names, key);
  g_ptr_array_sort (names, test_compare_paths);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_twice (Fixture       *f,
            gconstpointer  data)
{
  PdPublishReport first = publish (f->library, f->site, NULL);
  g_autoptr(GHashTable) before = tree (f->site, TRUE);
  g_autoptr(GHashTable) after = NULL;
  PdPublishReport second;
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *changed = NULL;
  guint n = f->ids->len;

  /* Index, style, sitemap; each pathway's page, easy-read page, PDF, ODT. */
  g_assert_cmpuint (g_hash_table_size (before), ==, 3 + n * 4);
  g_assert_cmpuint (first.published, ==, n);
  g_assert_cmpuint (first.written, ==, 3 + n * 4);
  for (guint i = 0; i < n; i++)
    {
      const char *id = g_ptr_array_index (f->ids, i);
      g_autofree char *page = g_strdup_printf ("pathways/%s.html", id);
      g_autofree char *pdf = g_strdup_printf ("downloads/%s-leaflet.pdf", id);

      g_assert_true (g_hash_table_contains (before, page));
      g_assert_true (g_hash_table_contains (before, pdf));
    }
  pd_publish_report_clear (&first);
  second = publish (f->library, f->site, NULL);
  g_assert_cmpuint (second.written, ==, 0);
  g_assert_cmpuint (second.unchanged, ==, 3 + n * 4);
  g_assert_cmpuint (second.removed, ==, 0);
  pd_publish_report_clear (&second);
  changed = touched (f->site);
  g_assert_cmpstr (changed, ==, "");
  after = tree (f->site, FALSE);
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GBytes *again = g_hash_table_lookup (after, key);

      g_assert_nonnull (again);
      if (!g_bytes_equal (value, again))
        g_test_message ("%s differs", (char *) key);
      g_assert_true (g_bytes_equal (value, again));
    }
}

static void
replace_in_file (const char *path,
                 const char *from,
                 const char *to)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, from));
  parts = g_strsplit (text, from, 2);
  joined = g_strjoinv (to, parts);
  g_assert_true (g_file_set_contents (path, joined, -1, NULL));
}

static void
test_one_changed (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->library, "dual-diagnosis.pathway", NULL);
  g_autofree char *changed = NULL;
  g_autoptr(GHashTable) site = NULL;
  g_autofree char *index = NULL;
  PdPublishReport report = publish (f->library, f->site, NULL);

  pd_publish_report_clear (&report);
  g_hash_table_unref (tree (f->site, TRUE));
  replace_in_file (path, "<title>", "<title>Revised: ");
  replace_in_file (path, "modified=\"2026-10-22\"", "modified=\"2026-11-30\"");
  report = publish (f->library, f->site, NULL);
  g_assert_cmpuint (report.written, ==, 6);
  pd_publish_report_clear (&report);
  changed = touched (f->site);
  g_assert_cmpstr (changed, ==,
                   "downloads/dual-diagnosis-leaflet.odt downloads/dual-diagnosis-leaflet.pdf "
                   "index.html pathways/dual-diagnosis-easy-read.html "
                   "pathways/dual-diagnosis.html sitemap.xml");
  site = tree (f->site, FALSE);
  index = g_strndup (g_bytes_get_data (g_hash_table_lookup (site, "index.html"), NULL),
                     g_bytes_get_size (g_hash_table_lookup (site, "index.html")));
  g_assert_nonnull (strstr (index, "Revised: "));
}

static void
test_stale (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->library, "dual-diagnosis.pathway", NULL);
  g_autofree char *mine = g_build_filename (f->site, "mine.html", NULL);
  g_autofree char *notes = g_build_filename (f->site, "pathways", "notes.html", NULL);
  g_autofree char *page = g_build_filename (f->site, "pathways", "dual-diagnosis.html", NULL);
  g_autofree char *pdf = g_build_filename (f->site, "downloads", "dual-diagnosis-leaflet.pdf",
                                           NULL);
  PdPublishReport report = publish (f->library, f->site, NULL);

  pd_publish_report_clear (&report);
  g_assert_true (g_file_set_contents (mine, "mine", -1, NULL));
  g_assert_true (g_file_set_contents (notes, "notes", -1, NULL));
  g_assert_cmpint (g_unlink (path), ==, 0);
  report = publish (f->library, f->site, NULL);
  g_assert_cmpuint (report.removed, ==, 4);
  pd_publish_report_clear (&report);
  g_assert_false (g_file_test (page, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  /* Files publish did not write stay. */
  g_assert_true (g_file_test (mine, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (notes, G_FILE_TEST_EXISTS));
}

/* The HTML5 and SVG elements libxml2's HTML 4 parser does not know: the
 * only errors it may report. */
static const char *const unknown_allowed[] = {
  "header", "main", "section", "footer", "nav", "figure", "figcaption",
  "svg", "g", "path", "rect", "text", "tspan", "title", "desc", "defs", "marker", "line",
  "polyline", "polygon", "circle", "ellipse", "use", "symbol", "pattern", "clippath",
  "lineargradient", "stop", "image", "metadata", NULL
};

static void
collect_error (void        *data,
               xmlErrorPtr  error)
{
  GPtrArray *errors = data;

  if (error->code == XML_HTML_UNKNOWN_TAG && error->str1
      && g_strv_contains (unknown_allowed, error->str1))
    return;
  g_ptr_array_add (errors, g_strdup_printf ("%d:%d: %s", error->line, error->int2,
                                            error->message));
}

static htmlDocPtr
parse (const char *name,
       GBytes     *html)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  htmlParserCtxtPtr context = htmlNewParserCtxt ();
  htmlDocPtr doc;

  xmlSetStructuredErrorFunc (errors, collect_error);
  doc = htmlCtxtReadMemory (context, g_bytes_get_data (html, NULL),
                            (int) g_bytes_get_size (html), NULL, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
  xmlSetStructuredErrorFunc (NULL, NULL);
  htmlFreeParserCtxt (context);
  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s: HTML error %s", name, (char *) g_ptr_array_index (errors, i));
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_nonnull (doc);
  return doc;
}

/* The values of @xpath (attributes) in @doc: (transfer full). */
static GPtrArray *
values (htmlDocPtr  doc,
        const char *xpath)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) xpath, context);

  for (int i = 0; result && result->nodesetval && i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *value = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

      g_ptr_array_add (out, g_strdup ((const char *) value));
      xmlFree (value);
    }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return out;
}

/* Each page parses as HTML with its language, and each of its links is an
 * http(s) address, a fragment of the page or a file of the site. */
static void
check_page (const char *site,
            const char *name,
            GBytes     *html,
            const char *lang)
{
  htmlDocPtr doc = parse (name, html);
  g_autoptr(GPtrArray) langs = values (doc, "/html/@lang");
  g_autoptr(GPtrArray) hrefs = values (doc, "//@href | //@src");
  g_autoptr(GPtrArray) ids = values (doc, "//@id");
  g_autofree char *folder = g_path_get_dirname (name);

  g_assert_cmpuint (langs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (langs, 0), ==, lang);
  for (guint i = 0; i < hrefs->len; i++)
    {
      const char *href = g_ptr_array_index (hrefs, i);
      g_autofree char *target = NULL;
      g_autofree char *file = NULL;
      g_autofree char *canonical = NULL;
      g_autofree char *top = NULL;

      if (g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://")
          || g_str_has_prefix (href, "data:"))
        continue;
      if (href[0] == '#')
        {
          gboolean found = FALSE;

          for (guint j = 0; j < ids->len && !found; j++)
            found = strcmp (g_ptr_array_index (ids, j), href + 1) == 0;
          if (!found)
            g_test_message ("%s: no id for %s", name, href);
          g_assert_true (found);
          continue;
        }
      g_assert_null (strchr (href, ':'));
      file = g_strndup (href, strcspn (href, "#"));
      target = g_build_filename (site, folder, file, NULL);
      canonical = g_canonicalize_filename (target, NULL);
      top = g_canonicalize_filename (site, NULL);
      if (!g_file_test (canonical, G_FILE_TEST_IS_REGULAR))
        g_test_message ("%s: %s leads nowhere", name, href);
      g_assert_true (g_file_test (canonical, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_str_has_prefix (canonical, top));
    }
  xmlFreeDoc (doc);
}

/* Every HTML page of @site checked; how many. */
static guint
check_pages (const char *top,
             GHashTable *site,
             const char *lang)
{
  GHashTableIter iter;
  gpointer key, value;
  guint pages = 0;

  g_hash_table_iter_init (&iter, site);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_suffix (key, ".html"))
      {
        check_page (top, key, value,
                    g_str_has_suffix (key, "easy-read.html") ? "en" : lang);
        pages++;
      }
  return pages;
}

static char *
text_of (GHashTable *site,
         const char *path)
{
  GBytes *bytes = g_hash_table_lookup (site, path);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* With the examples' library: its title, language and address, and a page
 * for each shared service listing the steps that use it. */
static void
test_library (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *from = source_path ("pathways-xml", "examples", "library.xml", NULL);
  g_autofree char *to = g_build_filename (f->library, "library.xml", NULL);
  g_autoptr(GHashTable) site = NULL;
  g_autofree char *index = NULL, *service = NULL, *sitemap = NULL, *page = NULL;
  PdPublishReport report;

  copy_file (from, to);
  report = publish (f->library, f->site, NULL);
  g_assert_cmpuint (report.notes->len, ==, 0);
  pd_publish_report_clear (&report);
  site = tree (f->site, FALSE);
  g_assert_cmpuint (check_pages (f->site, site, "en-GB"), ==, 1 + f->ids->len * 2 + 2);
  index = text_of (site, "index.html");
  g_assert_nonnull (strstr (index, "<h1>Example NHS Foundation Trust: care pathways</h1>"));
  g_assert_nonnull (strstr (index, "<a href=\"services/svc-social-prescribing.html\">"
                                   "Social prescribing</a>"));
  service = text_of (site, "services/svc-social-prescribing.html");
  g_assert_nonnull (strstr (service, "<a href=\"../pathways/common-mental-health-stepped-care"
                                     ".html#step-"));
  sitemap = text_of (site, "sitemap.xml");
  g_assert_nonnull (strstr (sitemap, "<loc>https://pathways.example.nhs.uk/services/"
                                     "svc-social-prescribing.html</loc>"));
  page = text_of (site, "pathways/common-mental-health-stepped-care.html");
  g_assert_nonnull (strstr (page, "<a href=\"../services/svc-social-prescribing.html\">"));
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  PdPublishReport report = publish (f->library, f->site, NULL);
  g_autoptr(GHashTable) site = tree (f->site, FALSE);
  guint pages = 0;
  g_autofree char *index = NULL, *sitemap = NULL;

  pd_publish_report_clear (&report);
  pages = check_pages (f->site, site, "en");
  g_assert_cmpuint (pages, ==, 1 + f->ids->len * 2);
  index = g_strndup (g_bytes_get_data (g_hash_table_lookup (site, "index.html"), NULL),
                     g_bytes_get_size (g_hash_table_lookup (site, "index.html")));
  /* The draft among the examples says so; the clusters are named. */
  g_assert_nonnull (strstr (index, "substance misuse</a> <span class=\"status\">In progress"));
  g_assert_nonnull (strstr (index, "Cluster 10: First episode in psychosis"));
  g_assert_nonnull (strstr (index, "Memory problems and dementia"));
  sitemap = g_strndup (g_bytes_get_data (g_hash_table_lookup (site, "sitemap.xml"), NULL),
                       g_bytes_get_size (g_hash_table_lookup (site, "sitemap.xml")));
  g_assert_nonnull (strstr (sitemap, "<loc>pathways/dual-diagnosis.html</loc>"
                                     "<lastmod>2026-10-22</lastmod>"));
}

/* Where @needle is in @haystack, which must hold it. */
static gsize
offset_of (const char *haystack,
           const char *needle)
{
  const char *at = strstr (haystack, needle);

  g_assert_nonnull (at);
  return at - haystack;
}

/* A pathway's page shows its change log as a table with a caption and
 * column headers, newest first whatever the order in the file: of two on
 * one day the later written first; text escaped. */
static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->library, "dual-diagnosis.pathway", NULL);
  g_autoptr(GHashTable) site = NULL;
  g_autofree char *page = NULL;
  const char *table;
  PdPublishReport report;
  const char *order[] = { ">0.3.1<", ">0.3<", ">0.2<", ">0.1.1<", ">0.1<" };

  replace_in_file (path, "</changes>",
                   "<change date=\"2026-07-01\" version=\"0.1.1\" author=\"A &lt;b&gt;\">"
                   "Crisis numbers &amp; links.</change>\n"
                   "<change date=\"2026-10-22\" version=\"0.3.1\">Typing mended.</change>\n"
                   "</changes>");
  report = publish (f->library, f->site, NULL);
  pd_publish_report_clear (&report);
  site = tree (f->site, FALSE);
  page = text_of (site, "pathways/dual-diagnosis.html");
  g_assert_nonnull (strstr (page, "<h2 id=\"changes\">Changes</h2>\n<table class=\"changes\">\n"
                                  "<caption>Changes to this pathway, newest first</caption>\n"
                                  "<thead><tr><th scope=\"col\">Date</th>"
                                  "<th scope=\"col\">Version</th><th scope=\"col\">Author</th>"
                                  "<th scope=\"col\">Summary</th></tr></thead>"));
  g_assert_nonnull (strstr (page, "<tr><td>2026-10-22</td><td>0.3</td>"
                                  "<td>Pathway lead, dual diagnosis service</td><td>Assertive "));
  g_assert_nonnull (strstr (page, "<td>A &lt;b&gt;</td><td>Crisis numbers &amp; links.</td>"));
  table = page + offset_of (page, "<table class=\"changes\">");
  for (guint i = 1; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpuint (offset_of (table, order[i - 1]), <, offset_of (table, order[i]));
}

static void
test_base_url (Fixture       *f,
               gconstpointer  data)
{
  PdPublishOptions options = { "https://example.org/pathways", NULL };
  g_autoptr(GPtrArray) pathways = load (f->library, NULL);
  g_autoptr(GError) error = NULL;
  PdPublishReport report = publish (f->library, f->site, &options);
  g_autofree char *path = g_build_filename (f->site, "sitemap.xml", NULL);
  g_autofree char *sitemap = NULL;

  pd_publish_report_clear (&report);
  g_assert_true (g_file_get_contents (path, &sitemap, NULL, NULL));
  g_assert_nonnull (strstr (sitemap, "<loc>https://example.org/pathways/index.html</loc>"));
  g_assert_null (strstr (sitemap, "<loc>pathways/"));
  options.base_url = "javascript:alert(1)//";
  g_assert_false (pd_publish_site (pathways, f->site, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_ids (void)
{
  const char *const good[] = { "dual-diagnosis", "a", "A_1.2", NULL };
  const char *const bad[] = { "", "..", "../x", "a/b", ".hidden", "a..b", "-x", "a b", "é",
                              "x\\y", NULL };

  for (guint i = 0; good[i]; i++)
    g_assert_true (pd_publish_id_is_valid (good[i]));
  for (guint i = 0; bad[i]; i++)
    g_assert_false (pd_publish_id_is_valid (bad[i]));
  g_assert_false (pd_publish_id_is_valid (NULL));
}

/* Pathways with ids that would name a file elsewhere are left out, with a
 * note each; nothing is written outside the site. */
static void
test_hostile_ids (Fixture       *f,
                  gconstpointer  data)
{
  const char *const ids[] = { "../escape", "/tmp/escape", "a/../../escape", NULL };
  g_autoptr(GPtrArray) pathways = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pd_publish_pathway_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(GHashTable) top = NULL;
  PdPublishReport report = { 0 };

  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(PdDocument) document = pd_document_new_default ();

      g_object_set (document, "pathway-id", ids[i], NULL);
      g_ptr_array_add (pathways, pd_publish_pathway_new (document, NULL));
    }
  g_assert_true (pd_publish_site (pathways, f->site, NULL, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.published, ==, 0);
  g_assert_cmpuint (report.notes->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 0), "“../escape”"));
  pd_publish_report_clear (&report);
  files = tree (f->site, FALSE);
  g_assert_cmpuint (g_hash_table_size (files), ==, 3);
  /* Only the library and the site in the folder above. */
  top = tree (f->top, FALSE);
  g_assert_false (g_hash_table_contains (top, "escape"));
  g_assert_false (g_file_test ("/tmp/escape.html", G_FILE_TEST_EXISTS));
}

/* A link planted in the site, to a folder or a file outside it, is never
 * written through. */
static void
test_symlinks (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *outside = g_build_filename (f->top, "outside", NULL);
  g_autofree char *outside_file = g_build_filename (f->top, "outside.html", NULL);
  g_autofree char *pathways_link = g_build_filename (f->site, "pathways", NULL);
  g_autofree char *index_link = g_build_filename (f->site, "index.html", NULL);
  g_autoptr(GPtrArray) pathways = load (f->library, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *text = NULL;
  struct stat st;

  g_assert_cmpint (g_mkdir (outside, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (f->site, 0755), ==, 0);
  g_assert_true (g_file_set_contents (outside_file, "outside", -1, NULL));
  g_assert_cmpint (symlink (outside_file, index_link), ==, 0);
  g_assert_cmpint (symlink (outside, pathways_link), ==, 0);
  g_assert_false (pd_publish_site (pathways, f->site, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  dir = g_dir_open (outside, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  /* Without the folder's link, the site is written; the file's link is
   * replaced by a file, and what it pointed to is as it was. */
  g_assert_cmpint (g_unlink (pathways_link), ==, 0);
  g_clear_error (&error);
  g_assert_true (pd_publish_site (pathways, f->site, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (outside_file, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "outside");
  g_assert_cmpint (lstat (index_link, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
}

/* A manifest edited to list files outside the site removes none of them. */
static void
test_hostile_manifest (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *outside_file = g_build_filename (f->top, "outside.html", NULL);
  g_autofree char *manifest = g_build_filename (f->site, PD_PUBLISH_MANIFEST, NULL);
  g_autofree char *list = g_strdup_printf ("../outside.html\npathways/../../outside.html\n"
                                           "%s\n", outside_file);
  PdPublishReport report = { 0 };

  g_assert_cmpint (g_mkdir (f->site, 0755), ==, 0);
  g_assert_true (g_file_set_contents (outside_file, "outside", -1, NULL));
  g_assert_true (g_file_set_contents (manifest, list, -1, NULL));
  report = publish (f->library, f->site, NULL);
  g_assert_cmpuint (report.removed, ==, 0);
  pd_publish_report_clear (&report);
  g_assert_true (g_file_test (outside_file, G_FILE_TEST_EXISTS));
}

/* Links a pathway gives: only http and https ones are links; a local path
 * is named with its address as words, never a link, never copied. */
static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PdDocument) document = pd_document_new_default ();
  g_autoptr(GPtrArray) links = pd_link_array_new ();
  g_autoptr(GPtrArray) pathways = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pd_publish_pathway_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->site, "pathways", "pathway.html", NULL);
  g_autofree char *page = NULL;
  g_autoptr(GHashTable) files = NULL;

  g_ptr_array_add (links, pd_link_new ("Script", "javascript:alert(1)"));
  g_ptr_array_add (links, pd_link_new ("Disk", "file:///etc/passwd"));
  g_ptr_array_add (links, pd_link_new ("Minutes", "/home/lead/minutes.docx"));
  g_ptr_array_add (links, pd_link_new ("Quote", "https://x.org/\"><script>"));
  g_ptr_array_add (links, pd_link_new ("NICE", "https://www.nice.org.uk/guidance/ng222"));
  g_object_set (document, "documents", links, NULL);
  g_ptr_array_add (pathways, pd_publish_pathway_new (document, NULL));
  g_assert_true (pd_publish_site (pathways, f->site, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &page, NULL, NULL));
  g_assert_nonnull (strstr (page, "<a href=\"https://www.nice.org.uk/guidance/ng222\">NICE</a>"));
  g_assert_null (strstr (page, "href=\"javascript"));
  g_assert_null (strstr (page, "href=\"file"));
  g_assert_null (strstr (page, "href=\"/home"));
  g_assert_null (strstr (page, "<script"));
  g_assert_nonnull (strstr (page, "Minutes <span class=\"note\">(not published online: "
                                  "/home/lead/minutes.docx)</span>"));
  files = tree (f->site, FALSE);
  g_assert_cmpuint (g_hash_table_size (files), ==, 3 + 4);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) missing = { 0 };
  guint n = f->ids->len;
  g_autofree char *published = g_strdup_printf ("%u pathways published", n);
  g_autofree char *written = g_strdup_printf ("%u files written, 0 unchanged", 3 + n * 4);
  g_autofree char *sitemap_only = g_strdup_printf ("1 file written, %u unchanged", 2 + n * 4);

  run (&first, "publish", f->library, "-o", f->site, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_nonnull (strstr (first.out, published));
  g_assert_nonnull (strstr (first.out, written));
  g_assert_nonnull (strstr (first.out, "--base-url"));
  run (&second, "publish", f->library, "-o", f->site, "--base-url", "https://example.org", NULL);
  g_assert_cmpint (second.status, ==, 0);
  /* Only the sitemap has the addresses. */
  g_assert_nonnull (strstr (second.out, sitemap_only));
  run (&bad, "publish", f->library, "-o", f->site, "--base-url", "file:///etc", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "https://"));
  run (&missing, "publish", f->library, NULL);
  g_assert_cmpint (missing.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/publish/ids", test_ids);
#define ADD(name, func) \
  g_test_add ("/publish/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("twice", test_twice);
  ADD ("one-changed", test_one_changed);
  ADD ("stale", test_stale);
  ADD ("pages", test_pages);
  ADD ("base-url", test_base_url);
  ADD ("library", test_library);
  ADD ("changes", test_changes);
  ADD ("hostile/ids", test_hostile_ids);
  ADD ("hostile/symlinks", test_symlinks);
  ADD ("hostile/manifest", test_hostile_manifest);
  ADD ("links", test_links);
  ADD ("cli", test_cli);
#undef ADD
  return g_test_run ();
}
