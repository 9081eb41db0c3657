/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet as a web page: valid HTML with the same words as the PDF,
 * nothing that runs or fetches, hostile texts kept as text. (axe-core in a
 * real browser checks it too: tests/a11y/.) */
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include "pd-leaflet.h"
#include "pd-scene-text.h"
#include "test-cli.h"

#define PNG_DATA "data:image/png;base64,"

/* The HTML5 elements libxml2's HTML 4 parser does not know: the only
 * errors it may report. */
static const char *const html5_elements[] = { "header", "main", "section", "footer", NULL };

static void
collect_error (void        *data,
               xmlErrorPtr  error)
{
  GPtrArray *errors = data;

  if (error->code == XML_HTML_UNKNOWN_TAG && error->str1
      && g_strv_contains (html5_elements, error->str1))
    return;
  g_ptr_array_add (errors, g_strdup_printf ("%d:%d: %s", error->line, error->int2,
                                            error->message));
}

static htmlDocPtr
parse (GBytes *html)
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
    g_test_message ("HTML error %s", (char *) g_ptr_array_index (errors, i));
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_nonnull (doc);
  return doc;
}

static guint
count (htmlDocPtr  doc,
       const char *xpath)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) xpath, context);
  guint n = result && result->nodesetval ? (guint) result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return n;
}

/* Every attribute: no event handler, no address but a picture's data. */
static void
check_attributes (xmlNodePtr node)
{
  for (; node; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      for (xmlAttrPtr a = node->properties; a; a = a->next)
        {
          xmlChar *value = xmlNodeGetContent ((xmlNodePtr) a);

          g_assert_false (g_ascii_strncasecmp ((const char *) a->name, "on", 2) == 0);
          g_assert_cmpstr ((const char *) a->name, !=, "href");
          g_assert_cmpstr ((const char *) a->name, !=, "srcset");
          if (g_str_equal (a->name, "src"))
            g_assert_true (g_str_has_prefix ((const char *) value, PNG_DATA));
          xmlFree (value);
        }
      check_attributes (node->children);
    }
}

/* The page's bytes, pictures' data taken out, in lower case. */
static char *
markup_only (GBytes *html)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  GString *out = g_string_new (NULL);
  const char *p = text, *data;

  while ((data = strstr (p, PNG_DATA)) != NULL)
    {
      g_string_append_len (out, p, data - p + strlen (PNG_DATA));
      p = data + strlen (PNG_DATA);
      while (g_ascii_isalnum (*p) || *p == '+' || *p == '/' || *p == '=')
        p++;
    }
  g_string_append (out, p);
  {
    g_autofree char *joined = g_string_free (out, FALSE);
    return g_ascii_strdown (joined, -1);
  }
}

/* What any leaflet's page must be: see the file's comment. */
static htmlDocPtr
check_page (GBytes *html)
{
  htmlDocPtr doc = parse (html);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  g_autofree char *markup = markup_only (html);
  const char *const banned[] = { "http:", "https:", "file:", "//", "url(", "@import", "<script",
                                 "<link", "<iframe", "<object", "<embed", "<base", "<svg",
                                 "javascript:", "animation", "transition", "justify", NULL };
  xmlChar *lang, *dir;

  g_assert_true (g_str_has_prefix (g_bytes_get_data (html, NULL), "<!DOCTYPE html>\n"));
  g_assert_cmpstr ((const char *) root->name, ==, "html");
  lang = xmlGetProp (root, (const xmlChar *) "lang");
  dir = xmlGetProp (root, (const xmlChar *) "dir");
  g_assert_cmpstr ((const char *) lang, ==, "en");
  g_assert_cmpstr ((const char *) dir, ==, "ltr");
  xmlFree (lang);
  xmlFree (dir);
  for (guint i = 0; banned[i]; i++)
    {
      if (strstr (markup, banned[i]))
        g_test_message ("found %s", banned[i]);
      g_assert_null (strstr (markup, banned[i]));
    }
  check_attributes (root);
  g_assert_cmpuint (count (doc, "//script"), ==, 0);
  g_assert_cmpuint (count (doc, "/html/head/meta[@charset='utf-8']"), ==, 1);
  g_assert_cmpuint (count (doc, "/html/head/meta[@name='viewport']"), ==, 1);
  g_assert_cmpuint (count (doc, "/html/head/title[normalize-space()]"), ==, 1);
  g_assert_cmpuint (count (doc, "/html/head/style"), ==, 1);
  /* Landmarks, and the headings in order: one h1, then h2s. */
  g_assert_cmpuint (count (doc, "/html/body/header"), ==, 1);
  g_assert_cmpuint (count (doc, "/html/body/main"), ==, 1);
  g_assert_cmpuint (count (doc, "/html/body/footer[normalize-space()]"), ==, 1);
  g_assert_cmpuint (count (doc, "//h1"), ==, 1);
  g_assert_cmpuint (count (doc, "/html/body/header/h1"), ==, 1);
  g_assert_cmpuint (count (doc, "//h2"), >=, 3);
  g_assert_cmpuint (count (doc, "//h2[preceding::h1]"), ==, count (doc, "//h2"));
  g_assert_cmpuint (count (doc, "//h3|//h4|//h5|//h6"), ==, 0);
  g_assert_cmpuint (count (doc, "//img[not(@alt)]"), ==, 0);
  return doc;
}

/* The words of the page, as a browser would show them but for spacing. */
static char *
page_words (htmlDocPtr doc)
{
  xmlChar *words = xmlNodeGetContent (xmlDocGetRootElement (doc));
  char *copy = g_strdup ((const char *) words);

  xmlFree (words);
  return copy;
}

static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) document = test_load (data);

  for (int all = 0; all <= 1; all++)
    {
      PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
      g_autoptr(PdLeaflet) leaflet = NULL;
      g_autoptr(GBytes) html = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *words = NULL;
      g_autofree char *style = NULL;
      htmlDocPtr doc;
      const char *at;
      guint nested_steps = 0;

      options.include_not_offered = all;
      leaflet = pd_leaflet_compose (document, &options, data);
      html = pd_leaflet_render_html (leaflet, &error);
      g_assert_no_error (error);
      doc = check_page (html);
      words = page_words (doc);

      /* Every step's words, in the journey's order; the other ways a step
       * may lead in a list inside that step's item. */
      at = words;
      for (guint i = 0; i < leaflet->journey->steps->len; i++)
        {
          PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
          g_autofree char *text = pd_text_clean (step->text);
          g_autofree char *xpath = NULL;
          g_autofree char *quoted = NULL;

          at = strstr (at, text);
          g_assert_nonnull (at);
          at += strlen (text);
          if (step->agency)
            g_assert_nonnull (strstr (words, pd_agency_get_name (step->agency)));
          if (strchr (text, '\'') || strchr (text, '\n'))
            continue;
          quoted = g_strdup_printf ("'%s'", text);
          {
            g_autoptr(GString) nested = g_string_new (NULL);

            for (guint d = 0; d < step->depth; d++)
              g_string_append (nested, "/ul/li");
            xpath = g_strdup_printf ("//main/section/ol/li%s/div[@class='idea']//p[starts-with(., "
                                     "%s)]", nested->str, quoted);
          }
          g_assert_cmpuint (count (doc, xpath), ==, 1);
          nested_steps += step->depth > 0;
        }
      g_assert_cmpuint (count (doc, "//ol//ul/li"), ==, nested_steps);
      /* The same words as the PDF: every text of the composed leaflet. */
      for (guint p = 0; p < leaflet->pages->len; p++)
        {
          PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

          for (guint i = 0; i < page->boxes->len; i++)
            {
              PdLeafletBox *box = g_ptr_array_index (page->boxes, i);
              g_autofree char *text = box->text && !box->repeat ? pd_text_clean (box->text) : NULL;

              if (text)
                g_assert_nonnull (strstr (words, text));
            }
        }
      /* Words to know as a description list; agencies with a swatch each. */
      if (strstr (words, "Words to know"))
        g_assert_cmpuint (count (doc, "//dl/dt"), ==, count (doc, "//dl/dd"));
      g_assert_cmpuint (count (doc, "//ul[@class='agencies']/li/img[@class='swatch']"), >=, 1);
      g_assert_cmpuint (count (doc, "//main//ol/li/div[@class='idea']/img[1]"), >=, 1);
      /* The rules the stylesheet keeps (EASYREAD.md 1, 3, 4, 5). */
      {
        xmlXPathContextPtr context = xmlXPathNewContext (doc);
        xmlXPathObjectPtr css = xmlXPathEvalExpression ((const xmlChar *) "string(//style)",
                                                        context);

        style = g_strdup ((const char *) css->stringval);
        xmlXPathFreeObject (css);
        xmlXPathFreeContext (context);
      }
      g_assert_nonnull (strstr (style, "html{font-size:16pt}"));
      g_assert_nonnull (strstr (style, "line-height:1.5"));
      g_assert_nonnull (strstr (style, "text-align:start"));
      g_assert_nonnull (strstr (style, "hyphens:none"));
      g_assert_nonnull (strstr (style, ".idea{display:flex"));
      g_assert_nonnull (strstr (style, "color:#000;background:#fff"));
      g_assert_nonnull (strstr (style, "@media print"));
      g_assert_nonnull (strstr (style, "break-inside:avoid"));
      xmlFreeDoc (doc);
    }
}

/* The body size chosen for the leaflet is the page's. */
static void
test_font_size (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) document = test_load (g_ptr_array_index (paths, 0));
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autofree char *text = NULL;

  options.font_size = 20;
  options.paper = PD_LEAFLET_A5;
  leaflet = pd_leaflet_compose (document, &options, NULL);
  html = pd_leaflet_render_html (leaflet, NULL);
  text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_nonnull (strstr (text, "<style>html{font-size:20pt}"));
  g_assert_nonnull (strstr (text, "@page{size:A5 portrait"));
}

/* Markup, handlers and bidi overrides in a pathway's texts come out as
 * plain words. */
static void
test_hostile (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) document = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;
  PdJourneyStep *first, *second;
  htmlDocPtr doc;

  leaflet = pd_leaflet_compose (document, NULL, NULL);
  first = g_ptr_array_index (leaflet->journey->steps, 0);
  second = g_ptr_array_index (leaflet->journey->steps, 1);
  g_object_set (first->node, "easy-read", NULL, "title",
                "<script>alert(1)</script> \"><img src=x onerror=alert(2)>", NULL);
  g_object_set (second->node, "easy-read",
                "Call \u202Eenilno\u202C us & <b onclick=\"x()\">now</b>.\x01", NULL);
  if (first->agency)
    g_object_set (first->agency, "name", "</title><style>*{}</style><a href=//x>", NULL);
  g_object_set (document, "title", "Help </title><script src=https://x/y.js></script>", NULL);
  g_clear_pointer (&leaflet, pd_leaflet_free);
  leaflet = pd_leaflet_compose (document, NULL, NULL);
  html = pd_leaflet_render_html (leaflet, NULL);
  text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_null (strstr (text, "\u202E"));
  g_assert_null (strstr (text, "\x01"));
  g_assert_nonnull (strstr (text, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  doc = parse (html);
  words = page_words (doc);
  g_assert_cmpuint (count (doc, "//script|//a|//b|//style"), ==, 1);
  g_assert_cmpuint (count (doc, "//img[not(starts-with(@src, 'data:'))]"), ==, 0);
  g_assert_nonnull (strstr (words, "<script>alert(1)</script> \"><img src=x onerror=alert(2)>"));
  g_assert_nonnull (strstr (words, "Call enilno us & <b onclick=\"x()\">now</b>."));
  g_assert_cmpuint (count (doc, "/html/head/title[starts-with(., 'Help </title><script')]"), ==,
                    1);
  check_attributes (xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
}

/* Whatever the composer gives, the page cleans it as the diagram cleans
 * titles: no controls, no bidi overrides that could disguise words. */
static void
test_clean (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) document = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (document, NULL, NULL);
  g_autoptr(GBytes) html = NULL;
  g_autofree char *text = NULL;
  PdLeafletPage *page = g_ptr_array_index (leaflet->pages, 0);
  guint changed = 0;

  for (guint i = 0; i < page->boxes->len; i++)
    {
      PdLeafletBox *box = g_ptr_array_index (page->boxes, i);

      if (box->kind != PD_LEAFLET_TEXT)
        continue;
      g_free (box->text);
      box->text = g_strdup ("A\u202Eb\u2066c\x07" "d\x1b<i>e</i>");
      changed++;
    }
  g_assert_cmpuint (changed, >, 2);
  html = pd_leaflet_render_html (leaflet, NULL);
  text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_null (strstr (text, "\u202E"));
  g_assert_null (strstr (text, "\u2066"));
  g_assert_null (strchr (text, '\x07'));
  g_assert_null (strchr (text, '\x1b'));
  g_assert_null (strstr (text, "<i>"));
  g_assert_nonnull (strstr (text, "<h1>Abcd&lt;i&gt;e&lt;/i&gt;</h1>"));
}

/* `pathway leaflet -o OUT.html` writes the page; xmllint reads it. */
static void
test_cli (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-html-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "leaflet.html", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *contents = NULL;
  g_auto(Run) r = { 0 };

  run (&r, "leaflet", g_ptr_array_index (paths, 0), "-o", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* A web page has no pages of its own to count. */
  g_assert_nonnull (strstr (r.out, "the browser decides its pages"));
  g_assert_null (strstr (r.out, " page, "));
  g_assert_null (strstr (r.out, " pages, "));
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  if (xmllint)
    {
      const char *argv[] = { xmllint, "--html", "--noout", "--nonet", out, NULL };
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, NULL, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
  g_unlink (out);

  /* Nor has a document to edit: its word processor lays it out. */
  {
    g_autofree char *odt = g_build_filename (dir, "leaflet.odt", NULL);
    g_auto(Run) o = { 0 };

    run (&o, "leaflet", g_ptr_array_index (paths, 0), "-o", odt, NULL);
    g_assert_cmpint (o.status, ==, 0);
    g_assert_nonnull (strstr (o.out, "the word processor decides its pages"));
    g_assert_null (strstr (o.out, " pages, "));
    g_unlink (odt);
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/leaflet-html/example", test_example);
  g_test_add_func ("/leaflet-html/font-size", test_font_size);
  g_test_add_func ("/leaflet-html/hostile", test_hostile);
  g_test_add_func ("/leaflet-html/clean", test_clean);
  g_test_add_func ("/leaflet-html/cli", test_cli);
  return g_test_run ();
}
