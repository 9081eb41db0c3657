/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SVG export: structure against golden files (elements, ids, classes,
 * text, order; not coordinates), accessibility, and safety. */
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "pd-export.h"
#include "pd-reading-order.h"
#include "pd-scene.h"
#include "pd-svg-writer.h"
#include "test-common.h"
#include "test-svg-ids.h"

static xmlDoc *
export_svg (PdDocument *doc,
            GBytes    **bytes_out)
{
  g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
  g_autoptr(GBytes) bytes = pd_svg_write (scene);
  xmlDoc *svg = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "export.svg", NULL, XML_PARSE_NONET);

  /* Output is well-formed XML. */
  g_assert_nonnull (svg);
  if (bytes_out)
    *bytes_out = g_steal_pointer (&bytes);
  return svg;
}

static xmlXPathObject *
query (xmlDoc     *svg,
       const char *expression)
{
  xmlXPathContext *ctx = xmlXPathNewContext (svg);
  xmlXPathObject *result;

  xmlXPathRegisterNs (ctx, BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
  result = xmlXPathEvalExpression (BAD_CAST expression, ctx);
  xmlXPathFreeContext (ctx);
  g_assert_nonnull (result);
  return result;
}

static int
count (xmlDoc     *svg,
       const char *expression)
{
  xmlXPathObject *result = query (svg, expression);
  int n = result->nodesetval ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

static char *
string_of (xmlDoc     *svg,
           const char *expression)
{
  g_autofree char *wrapped = g_strdup_printf ("string(%s)", expression);
  xmlXPathObject *result = query (svg, wrapped);
  char *text = g_strdup ((const char *) result->stringval);

  xmlXPathFreeObject (result);
  return text;
}

/* What the golden files hold: one line per element, indented by depth,
 * with id, class, role and text; never coordinates. */
static void
summarise (GString *out,
           xmlNode *node,
           guint    depth)
{
  for (; node; node = node->next)
    {
      const char *attrs[] = { "id", "class", "role", "aria-labelledby", "aria-describedby",
                              "aria-hidden", "lang" };

      if (node->type != XML_ELEMENT_NODE)
        continue;
      for (guint i = 0; i < depth; i++)
        g_string_append (out, "  ");
      g_string_append (out, (const char *) node->name);
      for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
        {
          xmlChar *value = xmlGetNoNsProp (node, BAD_CAST attrs[i]);
          if (value)
            g_string_append_printf (out, " %s=%s", attrs[i], value);
          xmlFree (value);
        }
      if (g_str_equal (node->name, "title") || g_str_equal (node->name, "desc")
          || g_str_equal (node->name, "tspan"))
        {
          xmlChar *text = xmlNodeGetContent (node);
          g_string_append_printf (out, " “%s”", text);
          xmlFree (text);
        }
      g_string_append_c (out, '\n');
      summarise (out, node->children, depth + 1);
    }
}

static void
test_golden (gconstpointer data)
{
  const char *path = data;
  g_autoptr(PdDocument) doc = test_load (path);
  xmlDoc *svg = export_svg (doc, NULL);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *golden_name = g_strconcat (base, ".svg-structure", NULL);
  g_autofree char *golden = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "tests", "data",
                                              "golden", golden_name, NULL);
  g_autofree char *expected = NULL;

  summarise (summary, xmlDocGetRootElement (svg), 0);
  xmlFreeDoc (svg);
  if (g_getenv ("PD_UPDATE_GOLDEN"))
    g_assert_true (g_file_set_contents (golden, summary->str, summary->len, NULL));
  if (!g_file_get_contents (golden, &expected, NULL, NULL))
    g_error ("%s is missing: run the test with PD_UPDATE_GOLDEN=1 and review it", golden);
  if (!g_str_equal (summary->str, expected))
    {
      g_auto(GStrv) got = g_strsplit (summary->str, "\n", -1);
      g_auto(GStrv) want = g_strsplit (expected, "\n", -1);
      guint line = 0;

      while (got[line] && want[line] && g_str_equal (got[line], want[line]))
        line++;
      g_error ("%s differs at line %u:\n  expected: %s\n  got:      %s\n(run with "
               "PD_UPDATE_GOLDEN=1 to accept, after looking at the export)", golden, line + 1,
               want[line] ? want[line] : "(end)", got[line] ? got[line] : "(end)");
    }
}

static void
test_accessible (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  xmlDoc *svg = export_svg (doc, NULL);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autofree char *title = string_of (svg, "/s:svg/s:title");
  g_autofree char *desc = string_of (svg, "/s:svg/s:desc");
  g_autofree char *role = string_of (svg, "/s:svg/@role");
  g_autofree char *labelled_by = string_of (svg, "/s:svg/@aria-labelledby");
  int previous = -1;

  /* Its steps are there to be read one by one: not an image, whose parts
   * a screen reader never reaches. */
  g_assert_cmpstr (role, ==, "graphics-document");
  g_assert_cmpstr (labelled_by, ==, "pathway-title");
  g_assert_cmpint (count (svg, "/s:svg[@aria-describedby='pathway-desc']"), ==, 1);
  g_assert_cmpstr (title, ==, pd_document_get_title (doc));
  g_assert_cmpint (count (svg, "//s:title[@id='pathway-title']"), ==, 1);
  g_assert_cmpint (count (svg, "//s:desc[@id='pathway-desc']"), ==, 1);
  g_assert_nonnull (strstr (desc, "steps"));
  /* The key names every agency the pathway uses. */
  g_assert_cmpint (count (svg, "//s:g[@id='legend']"), ==, 1);

  /* Only what the groups' names say is read: the shapes are hidden. */
  g_assert_cmpint (count (svg, "//s:path[not(@aria-hidden='true')]"), ==, 0);
  g_assert_cmpint (count (svg, "//s:g[contains(concat(' ', @class, ' '), ' step ')]"
                               "/s:text[not(@aria-hidden='true')]"), ==, 0);
  /* The key's words are read. */
  g_assert_cmpint (count (svg, "//s:g[@id='legend']//s:text[@aria-hidden]"), ==, 0);

  pd_reading_order (doc, &nodes, &edges);
  g_assert_cmpint (count (svg, "//s:g[contains(concat(' ', @class, ' '), ' step ')]"), ==,
                   (int) nodes->len);
  g_assert_cmpint (count (svg, "//s:g[contains(concat(' ', @class, ' '), ' transition ')]"), ==,
                   (int) edges->len);
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);
      g_autofree char *xpath = g_strdup_printf ("//s:g[@id='step-%s']", pd_node_get_id (node));
      g_autofree char *title_xpath = g_strdup_printf ("%s/s:title", xpath);
      g_autofree char *node_title = string_of (svg, title_xpath);
      g_autofree char *name_xpath = g_strdup_printf ("//*[@id=string(%s/@aria-labelledby)]",
                                                     xpath);
      g_autofree char *name = string_of (svg, name_xpath);
      g_autofree char *role_xpath = g_strdup_printf ("%s/@role", xpath);
      g_autofree char *step_role = string_of (svg, role_xpath);
      g_autofree char *position = g_strdup_printf ("count(%s/preceding-sibling::s:g)", xpath);
      xmlXPathObject *pos = query (svg, position);
      int index = (int) pos->floatval;

      xmlXPathFreeObject (pos);
      /* The step's own words, not its id, for screen readers and tooltips. */
      g_assert_true (g_str_has_prefix (node_title, pd_node_get_title (node)));
      /* A thing of its own to a screen reader, named by that title. */
      g_assert_cmpstr (step_role, ==, "graphics-symbol");
      g_assert_cmpstr (name, ==, node_title);
      /* Steps come in reading order. */
      g_assert_cmpint (index, >, previous);
      previous = index;
    }
  xmlFreeDoc (svg);
}

/* Everything a hostile label could try, written as plain text. */
static void
test_safe (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  const char *labels[] = {
    "<script>alert(1)</script>",
    "\"><svg onload=alert(1)><foreignObject>",
    "javascript:alert(document.cookie)",
    "<a xlink:href=\"http://evil.example/\">click</a>",
    "bell\x07 and \x1b[31m escape",
    "broken \xC3\x28 utf-8 \xFF",
    "&lt;entity&gt; &amp;amp; ]]> <![CDATA[x]]>",
    "\xE2\x80\xAE" "reversed",
  };
  g_autoptr(GBytes) bytes = NULL;
  xmlDoc *svg;
  const char *xml;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      g_autoptr(PdNode) node = pd_node_new (id, i == 0 ? PD_NODE_KIND_REFERRAL
                                                       : PD_NODE_KIND_INTERVENTION);
      g_object_set (node, "title", labels[i], "agency-id", "nhs", "x", 200.0 * i, NULL);
      pd_document_add_node (doc, node);
      if (i > 0)
        {
          g_autofree char *eid = g_strdup_printf ("e%u", i);
          g_autofree char *from = g_strdup_printf ("n%u", i - 1);
          g_autoptr(PdEdge) edge = pd_edge_new (eid, from, id);
          g_object_set (edge, "label", labels[i], NULL);
          pd_document_add_edge (doc, edge);
        }
    }
  g_object_set (doc, "title", labels[1], "summary", labels[0], NULL);
  svg = export_svg (doc, &bytes);
  xml = g_bytes_get_data (bytes, NULL);

  g_assert_true (g_utf8_validate (xml, g_bytes_get_size (bytes), NULL));
  g_assert_cmpint (count (svg, "//s:script | //script"), ==, 0);
  g_assert_cmpint (count (svg, "//*[local-name()='foreignObject']"), ==, 0);
  g_assert_cmpint (count (svg, "//@*[starts-with(name(), 'on')]"), ==, 0);
  g_assert_cmpint (count (svg, "//@*[local-name()='href']"), ==, 0);
  g_assert_cmpint (count (svg, "//*[local-name()='a' or local-name()='image' or "
                               "local-name()='use' or local-name()='svg'][position()>0]"), ==, 1);
  g_assert_cmpint (count (svg, "//*[namespace-uri() != 'http://www.w3.org/2000/svg']"), ==, 0);
  /* No control characters, no bidi override, in the bytes. */
  for (gsize i = 0; i < g_bytes_get_size (bytes); i++)
    g_assert_true ((guchar) xml[i] >= 0x20 || xml[i] == '\n');
  g_assert_null (strstr (xml, "\xE2\x80\xAE"));
  /* The text is still there to read, as text. */
  g_assert_cmpint (count (svg, "//s:title[contains(., '<script>alert(1)</script>')]"), >=, 1);
  g_assert_cmpint (count (svg, "//s:tspan[contains(., 'javascript:alert')]"), >=, 1);
  g_assert_cmpint (count (svg, "//s:tspan[contains(., 'bell and')]"), >=, 1);
  xmlFreeDoc (svg);
}

static void
test_deterministic (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdScene) a = pd_scene_new_from_document (doc);
  g_autoptr(PdScene) b = pd_scene_new_from_document (doc);
  g_autoptr(GBytes) x = pd_svg_write (a);
  g_autoptr(GBytes) y = pd_svg_write (b);

  g_assert_true (g_bytes_equal (x, y));
}

/* Exported with durations and roles, a step that has them says them in
 * <text> inside its own group, at a readable size; a step without them
 * says no more; exported without the option, neither does. */
static void
test_details (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(PdNode) therapy = pd_node_new ("therapy", PD_NODE_KIND_INTERVENTION);
  g_autoptr(PdNode) bare = pd_node_new ("bare", PD_NODE_KIND_ASSESSMENT);
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
  g_autoptr(GBytes) with = NULL;
  g_autoptr(GBytes) without = NULL;
  const char *therapy_text = "//s:g[@id='step-therapy']/s:text";
  const char *bare_text = "//s:g[@id='step-bare']/s:text";
  xmlDoc *on, *off;

  g_object_set (therapy, "agency-id", "nhs", "title", "Guided self-help", "sessions", 6,
                "duration", 56.0, "duration-unit", PD_DURATION_UNIT_DAYS, "staff-role",
                "Psychological wellbeing practitioner", NULL);
  g_object_set (bare, "agency-id", "nhs", "title", "Assessment", "x", 300.0, NULL);
  pd_document_add_node (doc, therapy);
  pd_document_add_node (doc, bare);
  options.details = TRUE;
  with = pd_export_render (doc, PD_EXPORT_SVG, &options, NULL);
  without = pd_export_render (doc, PD_EXPORT_SVG, NULL, NULL);
  on = xmlReadMemory (g_bytes_get_data (with, NULL), g_bytes_get_size (with), "on.svg", NULL,
                      XML_PARSE_NONET);
  off = xmlReadMemory (g_bytes_get_data (without, NULL), g_bytes_get_size (without), "off.svg",
                       NULL, XML_PARSE_NONET);
  g_assert_nonnull (on);
  g_assert_nonnull (off);

  /* 56 days said as 8 weeks, as the leaflet says it. */
  g_assert_cmpint (count (on, "//s:g[@id='step-therapy']/s:text[contains(., '6 sessions')]"
                              "[@font-size >= 11]"), ==, 1);
  g_assert_cmpint (count (on, "//s:g[@id='step-therapy']/s:text[contains(., 'about 8 weeks')]"
                              "[@font-size >= 11]"), ==, 1);
  /* The role, over two lines. */
  g_assert_cmpint (count (on, "//s:g[@id='step-therapy']/s:text[s:tspan[1] = 'Psychological']"
                              "[s:tspan[2] = 'wellbeing practitioner']"), ==, 1);
  /* In full in what a screen reader says, however the lines are cut. */
  g_assert_cmpint (count (on, "//s:g[@id='step-therapy']/s:title"
                              "[contains(., '6 sessions · about 8 weeks')]"
                              "[contains(., 'Psychological wellbeing practitioner')]"), ==, 1);
  g_assert_cmpint (count (off, "//s:title[contains(., 'practitioner')]"), ==, 0);
  g_assert_cmpint (count (off, "//s:text[contains(., 'sessions')]"), ==, 0);
  g_assert_cmpint (count (off, "//s:text[contains(., 'practitioner')]"), ==, 0);
  g_assert_cmpint (count (on, therapy_text), >, count (off, therapy_text));
  g_assert_cmpint (count (on, bare_text), ==, count (off, bare_text));
  xmlFreeDoc (on);
  xmlFreeDoc (off);
}

static xmlDoc *
export_with (PdDocument            *doc,
             const PdExportOptions *options,
             GBytes               **bytes_out)
{
  g_autoptr(GBytes) bytes = pd_export_render (doc, PD_EXPORT_SVG, options, NULL);
  xmlDoc *svg;

  g_assert_nonnull (bytes);
  svg = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "export.svg",
                       NULL, XML_PARSE_NONET);
  g_assert_nonnull (svg);
  if (bytes_out)
    *bytes_out = g_steal_pointer (&bytes);
  return svg;
}

/* Screen readers speak it in English, in a web page (lang) as in an XML
 * reader (xml:lang). */
static void
test_language (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  xmlDoc *svg = export_with (doc, NULL, NULL);
  xmlNode *root = xmlDocGetRootElement (svg);
  xmlChar *lang = xmlGetNoNsProp (root, BAD_CAST "lang");
  xmlChar *xml_lang = xmlNodeGetLang (root);

  g_assert_cmpstr ((char *) lang, ==, "en");
  g_assert_cmpstr ((char *) xml_lang, ==, "en");
  xmlFree (lang);
  xmlFree (xml_lang);
  xmlFreeDoc (svg);
}

/* With a prefix, every id starts with it and every reference still finds
 * its id: the document's and each step's and transition's names. */
static void
test_id_prefix (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  PdExportOptions options = PD_EXPORT_OPTIONS_DEFAULT;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) plain_ids = NULL;
  xmlDoc *svg, *plain;

  options.id_prefix = "diagram-a-";
  svg = export_with (doc, &options, NULL);
  plain = export_with (doc, NULL, NULL);
  ids = ids_of (svg, "diagram-a-");
  plain_ids = ids_of (plain, "");
  g_assert_cmpuint (g_hash_table_size (ids), ==, g_hash_table_size (plain_ids));
  /* The root's two, and one a group. */
  g_assert_cmpuint (check_references (svg, ids), >=, 2 + (guint) count (svg, "//s:g"));
  g_assert_cmpuint (check_references (plain, plain_ids), ==, check_references (svg, ids));
  g_assert_cmpint (count (svg, "/s:svg[@aria-labelledby='diagram-a-pathway-title']"), ==, 1);
  xmlFreeDoc (svg);
  xmlFreeDoc (plain);
}

/* `pathway export --inline`: no XML declaration, to paste into a page, and
 * ids of its own for each diagram; two on one page share none. */
static void
test_inline (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pd-svg-XXXXXX", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (paths->len, >=, 2);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *out = g_strdup_printf ("%s/%u.svg", dir, i);
      g_autofree char *text = NULL;
      g_autofree char *argv0 = g_strdup (g_getenv ("PATHWAY_CLI"));
      const char *argv[] = { argv0, "export", "--inline", "-q", path, "-o", out, NULL };
      g_autofree char *prefix = pd_svg_id_prefix_from_name (path);
      g_autoptr(GHashTable) ids = NULL;
      GHashTableIter iter;
      gpointer id;
      int status;
      gsize length;
      xmlDoc *svg;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   NULL, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_file_get_contents (out, &text, &length, NULL));
      g_assert_true (g_str_has_prefix (text, "<svg "));
      svg = xmlReadMemory (text, (int) length, out, NULL, XML_PARSE_NONET);
      g_assert_nonnull (svg);
      /* Named after its file: common-mental-health-stepped-care-step-… */
      g_assert_true (g_str_has_suffix (prefix, "-"));
      g_assert_false (g_str_equal (prefix, "-"));
      ids = ids_of (svg, prefix);
      g_assert_cmpuint (g_hash_table_size (ids), >, 2);
      check_references (svg, ids);
      g_hash_table_iter_init (&iter, ids);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_assert_true (g_hash_table_add (seen, g_strdup (id)));
      xmlFreeDoc (svg);
      g_remove (out);
    }
  g_rmdir (dir);
}

static int
export_status (const char *const *options)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PATHWAY_CLI"));
  g_ptr_array_add (argv, "export");
  for (guint i = 0; options[i]; i++)
    g_ptr_array_add (argv, (gpointer) options[i]);
  g_ptr_array_add (argv, g_ptr_array_index (paths, 0));
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* A prefix that could not start an id or a CSS selector is refused, as
 * are both options for pictures, before anything is written. */
static void
test_id_prefix_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pd-svg-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "out.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "out.png", NULL);
  const char *digit[] = { "--id-prefix", "1st-", "-o", svg, NULL };
  const char *quote[] = { "--id-prefix", "a\"b", "-o", svg, NULL };
  const char *picture[] = { "--inline", "-o", png, NULL };
  const char *good[] = { "--id-prefix", "care_a-", "-o", svg, NULL };
  g_autofree char *text = NULL;

  g_assert_cmpint (export_status (digit), ==, 2);
  g_assert_cmpint (export_status (quote), ==, 2);
  g_assert_cmpint (export_status (picture), ==, 2);
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpint (export_status (good), ==, 0);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  /* Not inline: a file of its own, with its declaration. */
  g_assert_true (g_str_has_prefix (text, "<?xml "));
  g_assert_nonnull (strstr (text, " id=\"care_a-pathway-title\""));
  g_remove (svg);
  g_rmdir (dir);
}

static void
test_id_prefix_from_name (void)
{
  const struct { const char *name, *prefix; } cases[] = {
    { "/x/common-mental-health-stepped-care.pathway", "common-mental-health-stepped-care-" },
    { "Dual Diagnosis (v2).pathway", "dual-diagnosis-v2-" },
    { "2024 pathway.pathway", "pathway-2024-pathway-" },
    { "", "pathway-" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *prefix = pd_svg_id_prefix_from_name (cases[i].name);
      g_assert_cmpstr (prefix, ==, cases[i].prefix);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/svg/golden", test_golden);
  test_add_per_example ("/svg/accessible", test_accessible);
  g_test_add_func ("/svg/safe", test_safe);
  g_test_add_func ("/svg/deterministic", test_deterministic);
  g_test_add_func ("/svg/details", test_details);
  test_add_per_example ("/svg/language", test_language);
  test_add_per_example ("/svg/id-prefix", test_id_prefix);
  g_test_add_func ("/svg/inline", test_inline);
  g_test_add_func ("/svg/id-prefix-from-name", test_id_prefix_from_name);
  g_test_add_func ("/svg/id-prefix-refused", test_id_prefix_refused);
  return g_test_run ();
}
