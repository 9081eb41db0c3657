/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet for the web and for editing: SVG pages whose words are text
 * and whose pictures say what they show, drawn as the PDF draws them; an
 * ODT whose pictures have alternative text and whose language is set. */
#define _GNU_SOURCE
#include <math.h>
#include <sys/wait.h>
#include <string.h>
#include <zip.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <librsvg/rsvg.h>
#include <glib/gstdio.h>

#include "pd-leaflet-private.h"
#include "pd-leaflet.h"
#include "pd-svg-writer.h"
#include "test-common.h"
#include "test-svg-ids.h"

static PdLeaflet *
compose (const char *path,
         const char *lang)
{
  g_autoptr(PdDocument) document = test_load (path);
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;

  options.language = lang;
  return pd_leaflet_compose (document, &options, path);
}

static char *
stepped_care_path (void)
{
  return g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml", "examples",
                           "common-mental-health-stepped-care.pathway", NULL);
}

static xmlDoc *
svg_page (PdLeaflet *leaflet,
          guint      index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pd_leaflet_render_svg_page (leaflet, index, &error);
  xmlDoc *svg;

  g_assert_no_error (error);
  svg = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                       "page.svg", NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
  g_assert_nonnull (svg);
  return svg;
}

static xmlXPathObject *
query (xmlDoc     *doc,
       xmlNode    *node,
       const char *expression)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *result;

  xmlXPathRegisterNs (ctx, BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
  xmlXPathRegisterNs (ctx, BAD_CAST "xlink", BAD_CAST "http://www.w3.org/1999/xlink");
  xmlXPathRegisterNs (ctx, BAD_CAST "draw",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
  xmlXPathRegisterNs (ctx, BAD_CAST "svg",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
  xmlXPathRegisterNs (ctx, BAD_CAST "style",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (ctx, BAD_CAST "fo",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
  if (node)
    ctx->node = node;
  result = xmlXPathEvalExpression (BAD_CAST expression, ctx);
  xmlXPathFreeContext (ctx);
  g_assert_nonnull (result);
  return result;
}

static char *
string_of (xmlDoc     *doc,
           xmlNode    *node,
           const char *expression)
{
  g_autofree char *wrapped = g_strdup_printf ("string(%s)", expression);
  xmlXPathObject *result = query (doc, node, wrapped);
  char *text = g_strdup ((const char *) result->stringval);

  xmlXPathFreeObject (result);
  return text;
}

static int
count (xmlDoc     *doc,
       const char *expression)
{
  xmlXPathObject *result = query (doc, NULL, expression);
  int n = result->nodesetval ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

/* @text with each run of white space one space, none at the ends. */
static char *
squash (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* Every page of the leaflet in @lang: its language on the root, each box of
 * words one <text> saying them, each picture an image named by what it
 * shows; no glyphs drawn as shapes. */
static void
check_pages (PdLeaflet  *leaflet,
             const char *lang)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);
      xmlDoc *svg = svg_page (leaflet, p);
      xmlNode *root = xmlDocGetRootElement (svg);
      xmlXPathObject *texts = query (svg, NULL, "//s:text");
      xmlXPathObject *pictures = query (svg, NULL, "//s:g[@role='img']");
      g_autofree char *root_lang = string_of (svg, NULL, "/s:svg/@lang");
      g_autofree char *title = string_of (svg, NULL, "/s:svg/s:title");
      xmlChar *xml_lang = xmlNodeGetLang (root);
      int t = 0, g = 0;

      g_assert_cmpstr (root_lang, ==, lang);
      g_assert_cmpstr ((char *) xml_lang, ==, lang);
      g_assert_cmpstr (title, ==, leaflet->title);
      xmlFree (xml_lang);
      for (guint b = 0; b < page->boxes->len; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);

          if (box->kind == PD_LEAFLET_TEXT)
            {
              xmlChar *said;
              g_autofree char *got = NULL;
              g_autofree char *want = squash (box->text);

              g_assert_cmpint (t, <, texts->nodesetval->nodeNr);
              said = xmlNodeGetContent (texts->nodesetval->nodeTab[t++]);
              got = squash ((char *) said);
              g_assert_cmpstr (got, ==, want);
              g_string_append_printf (all, " %s", got);
              xmlFree (said);
            }
          else if (box->kind == PD_LEAFLET_PICTURE)
            {
              xmlNode *group;
              g_autofree char *named = NULL;
              g_autofree char *label = NULL;
              g_autofree char *by = NULL;
              g_autofree char *href = NULL;
              g_autofree char *alt = NULL;
              const char *alt_lang = NULL;

              g_assert_cmpint (g, <, pictures->nodesetval->nodeNr);
              group = pictures->nodesetval->nodeTab[g++];
              label = string_of (svg, group, "@aria-labelledby");
              by = g_strdup_printf ("//s:title[@id='%s']", label);
              named = string_of (svg, NULL, by);
              href = string_of (svg, group, "s:image/@xlink:href");
              alt = pd_leaflet_picture_alt (leaflet, box->picture, &alt_lang);
              g_assert_cmpstr (named, ==, alt);
              g_assert_cmpstr (named, !=, "");
              g_assert_true (g_str_has_prefix (href, "data:image/svg+xml;base64,")
                             || g_str_has_prefix (href, "data:image/png;base64,"));
            }
        }
      g_assert_cmpint (t, ==, texts->nodesetval->nodeNr);
      g_assert_cmpint (g, ==, pictures->nodesetval->nodeNr);
      /* Words are never outlines: no paths, no glyph symbols. */
      xmlXPathFreeObject (texts);
      xmlXPathFreeObject (pictures);
      texts = query (svg, NULL, "//s:path | //s:symbol | //s:use");
      g_assert_cmpint (texts->nodesetval ? texts->nodesetval->nodeNr : 0, ==, 0);
      xmlXPathFreeObject (texts);
      xmlFreeDoc (svg);
    }
  /* Every step's words, its title when it has no easy-read text. */
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_autofree char *words = squash (step->text);
      g_auto(GStrv) start = g_strsplit (words, " ", 4);

      g_free (start[MIN (3, g_strv_length (start))]);
      start[MIN (3, g_strv_length (start))] = NULL;
      {
        g_autofree char *first = g_strjoinv (" ", start);
        g_assert_nonnull (strstr (all->str, first));
      }
    }
}

static void
test_pages (gconstpointer data)
{
  g_autoptr(PdLeaflet) leaflet = compose (data, NULL);

  check_pages (leaflet, "en");
}

static xmlDoc *
parse_page (const char *text,
            gsize       length)
{
  xmlDoc *svg = xmlReadMemory (text, (int) length, "page.svg", NULL, XML_PARSE_NONET
                               | XML_PARSE_HUGE);

  g_assert_nonnull (svg);
  return svg;
}

/* With a prefix, every id of page N begins with it and "page-N-", and
 * every reference finds its id: the page's name and each picture's, as
 * many as without one. */
static void
test_id_prefix (gconstpointer data)
{
  g_autoptr(PdLeaflet) leaflet = compose (data, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PdLeafletSvgOptions options = PD_LEAFLET_SVG_OPTIONS_DEFAULT;

  options.id_prefix = "leaflet-a-";
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      g_autoptr(GBytes) bytes = pd_leaflet_render_svg_page_with_options (leaflet, p, &options,
                                                                         NULL);
      g_autofree char *page_prefix = g_strdup_printf ("leaflet-a-page-%u-", p + 1);
      g_autofree char *root_name = g_strconcat (page_prefix, "leaflet-title", NULL);
      g_autofree char *labelled_by = NULL;
      g_autoptr(GHashTable) ids = NULL;
      g_autoptr(GHashTable) plain_ids = NULL;
      xmlDoc *svg = parse_page (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      xmlDoc *plain = svg_page (leaflet, p);
      GHashTableIter iter;
      gpointer id;

      /* Not inline: a file of its own, with its declaration. */
      g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "<?xml "));
      ids = ids_of (svg, page_prefix);
      plain_ids = ids_of (plain, "");
      g_assert_cmpuint (g_hash_table_size (ids), ==, g_hash_table_size (plain_ids));
      g_assert_cmpuint (check_references (svg, ids), ==, 1 + (guint) count (svg, "//s:g"
                                                                               "[@role='img']"));
      g_assert_cmpuint (check_references (plain, plain_ids), ==, check_references (svg, ids));
      labelled_by = string_of (svg, NULL, "/s:svg/@aria-labelledby");
      g_assert_cmpstr (labelled_by, ==, root_name);
      /* No two pages share an id. */
      g_hash_table_iter_init (&iter, ids);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_assert_true (g_hash_table_add (seen, g_strdup (id)));
      xmlFreeDoc (svg);
      xmlFreeDoc (plain);
    }
}

/* `pathway leaflet --inline -o OUT.svg` for two examples: pages with no
 * XML declaration, each id beginning with a prefix from its pathway's
 * file name and its page's number, none shared by any two pages of the
 * two leaflets pasted into one web page, every reference found. */
static void
test_inline (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("leaflet-svg-XXXXXX", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint titles = 0;

  for (guint i = 0; i < 2; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *out = g_strdup_printf ("%s/%u.svg", dir, i);
      g_autofree char *prefix = pd_svg_id_prefix_from_name (path);
      const char *argv[] = { g_getenv ("PATHWAY_CLI"), "leaflet", "--inline", path, "-o", out,
                             NULL };
      int status;
      guint pages = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                   NULL, NULL, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      for (guint p = 1;; p++, pages++)
        {
          g_autofree char *page = g_strdup_printf ("%s/%u-%u.svg", dir, i, p);
          g_autofree char *page_prefix = g_strdup_printf ("%spage-%u-", prefix, p);
          g_autofree char *text = NULL;
          g_autoptr(GHashTable) ids = NULL;
          GHashTableIter iter;
          gpointer id;
          gsize length;
          xmlDoc *svg;

          if (!g_file_get_contents (page, &text, &length, NULL))
            break;
          g_assert_true (g_str_has_prefix (text, "<svg "));
          svg = parse_page (text, length);
          ids = ids_of (svg, page_prefix);
          g_assert_cmpuint (check_references (svg, ids), >=, 1);
          g_hash_table_iter_init (&iter, ids);
          while (g_hash_table_iter_next (&iter, &id, NULL))
            {
              g_assert_true (g_hash_table_add (seen, g_strdup (id)));
              titles += g_str_has_suffix (id, "-leaflet-title");
            }
          xmlFreeDoc (svg);
          g_remove (page);
        }
      g_assert_cmpuint (pages, >, 1);
    }
  /* Each page's own name, of each leaflet. */
  g_assert_cmpuint (titles, >, 2);
  g_rmdir (dir);
}

static int
leaflet_status (const char *const *options,
                char             **err)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PATHWAY_CLI"));
  g_ptr_array_add (argv, "leaflet");
  for (guint i = 0; options[i]; i++)
    g_ptr_array_add (argv, (gpointer) options[i]);
  g_ptr_array_add (argv, g_ptr_array_index (paths, 0));
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, err, &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* A prefix that could not start an id or a CSS selector is refused as
 * export refuses it, and both options for anything but SVG pages, before
 * anything is written; a good one names page 1's title. */
static void
test_id_prefix_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("leaflet-svg-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "out.svg", NULL);
  g_autofree char *first = g_build_filename (dir, "out-1.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  const char *digit[] = { "--id-prefix", "1st-", "-o", svg, NULL };
  const char *quote[] = { "--id-prefix", "a\"b", "-o", svg, NULL };
  const char *empty[] = { "--id-prefix=", "-o", svg, NULL };
  const char *printed[] = { "--inline", "-o", pdf, NULL };
  const char *checked[] = { "--id-prefix", "care-", "--check", NULL };
  const char *good[] = { "--id-prefix", "care_a-", "-o", svg, NULL };
  const char *plain[] = { "-o", svg, NULL };
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (leaflet_status (digit, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--id-prefix must start with a letter"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (leaflet_status (quote, NULL), ==, 2);
  g_assert_cmpint (leaflet_status (empty, NULL), ==, 2);
  g_assert_cmpint (leaflet_status (printed, &err), ==, 2);
  g_assert_nonnull (strstr (err, "SVG pages only"));
  g_assert_cmpint (leaflet_status (checked, NULL), ==, 2);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (leaflet_status (good, NULL), ==, 0);
  g_assert_true (g_file_get_contents (first, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml "));
  g_assert_nonnull (strstr (text, " id=\"care_a-page-1-leaflet-title\""));
  g_clear_pointer (&text, g_free);
  /* Without them, as before: the same ids on every page. */
  g_assert_cmpint (leaflet_status (plain, NULL), ==, 0);
  g_assert_true (g_file_get_contents (first, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml "));
  g_assert_nonnull (strstr (text, " id=\"leaflet-title\""));
  for (guint p = 1;; p++)
    {
      g_autofree char *page = g_strdup_printf ("%s/out-%u.svg", dir, p);

      if (g_remove (page) != 0)
        break;
    }
  g_rmdir (dir);
}

/* A step's own photo is an image of its pixels named by its file's name;
 * a picture it may not read is the "person" pictogram, named so. */
static void
test_own_picture (void)
{
  g_autofree char *dir = g_dir_make_tmp ("leaflet-svg-XXXXXX", NULL);
  g_autofree char *photos = g_build_filename (dir, "photos", NULL);
  g_autofree char *photo = g_build_filename (photos, "group-session.png", NULL);
  g_autofree char *file = g_build_filename (dir, "p.pathway", NULL);
  g_autofree char *example = stepped_care_path ();
  g_autoptr(PdDocument) doc = test_load (example);
  g_autoptr(PdLeaflet) leaflet = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 30, 20);
  guint photo_seen = 0, person_seen = 0;

  g_assert_cmpint (g_mkdir_with_parents (photos, 0755), ==, 0);
  g_assert_cmpint (cairo_surface_write_to_png (surface, photo), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  leaflet = pd_leaflet_compose (doc, NULL, file);
  g_object_set (((PdJourneyStep *) g_ptr_array_index (leaflet->journey->steps, 0))->node,
                "pictogram", "photos/group-session.png", NULL);
  g_object_set (((PdJourneyStep *) g_ptr_array_index (leaflet->journey->steps, 1))->node,
                "pictogram", "../secret.png", NULL);
  g_clear_pointer (&leaflet, pd_leaflet_free);
  leaflet = pd_leaflet_compose (doc, NULL, file);
  check_pages (leaflet, "en");
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      xmlDoc *svg = svg_page (leaflet, p);

      photo_seen += count (svg, "//s:g[@role='img'][s:title = 'group session']"
                                "[starts-with(s:image/@xlink:href, 'data:image/png;base64,')]");
      person_seen += count (svg, "//s:g[@role='img'][s:title = 'person']");
      xmlFreeDoc (svg);
    }
  g_assert_cmpuint (photo_seen, >=, 1);
  g_assert_cmpuint (person_seen, >=, 1);
  g_remove (photo);
  g_rmdir (photos);
  g_rmdir (dir);
}

/* Right to left: the page says it is Urdu, its lines start at the right
 * edge of their box, the pictograms' English descriptions say so. */
static void
test_urdu (void)
{
  g_autofree char *path = stepped_care_path ();
  g_autoptr(PdLeaflet) leaflet = compose (path, "ur");
  PdLeafletPage *page;
  xmlDoc *svg;
  guint checked = 0;

  if (!pd_leaflet_check_language ("ur", NULL))
    {
      g_test_skip ("no font for Urdu is installed");
      return;
    }
  check_pages (leaflet, "ur");
  page = g_ptr_array_index (leaflet->pages, 1);
  svg = svg_page (leaflet, 1);
  for (guint b = 0, t = 0; b < page->boxes->len; b++)
    {
      PdLeafletBox *box = g_ptr_array_index (page->boxes, b);
      g_autofree char *xpath = NULL;
      g_autofree char *direction = NULL;
      g_autofree char *x = NULL;

      if (box->kind != PD_LEAFLET_TEXT)
        continue;
      t++;
      xpath = g_strdup_printf ("(//s:text)[%u]/@direction", t);
      direction = string_of (svg, NULL, xpath);
      g_free (xpath);
      xpath = g_strdup_printf ("(//s:text)[%u]/s:tspan[1]/@x", t);
      x = string_of (svg, NULL, xpath);
      g_assert_cmpstr (direction, ==, "rtl");
      /* The first line starts at the right; shorter lines too. */
      g_assert_cmpfloat (fabs (g_ascii_strtod (x, NULL) - (box->rect.x + box->rect.width)), <,
                         box->rect.width * 0.1 + 1);
      checked++;
    }
  g_assert_cmpuint (checked, >, 3);
  g_assert_cmpint (count (svg, "//s:g[@role='img']/s:title[@lang='en']"), >, 0);
  xmlFreeDoc (svg);
}

/* Drawn by librsvg, an SVG page looks as the PDF's page does: the same
 * words at the same places, the same pictures. */
static void
test_looks_the_same (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *path = stepped_care_path ();
  g_autoptr(PdLeaflet) leaflet = NULL;

  if (lang && !pd_leaflet_check_language (lang, NULL))
    {
      g_test_skip ("no font for the language is installed");
      return;
    }
  leaflet = compose (path, lang);
  for (guint p = 0; p < MIN (3, leaflet->pages->len); p++)
    {
      int width = (int) ceil (leaflet->width), height = (int) ceil (leaflet->height);
      cairo_surface_t *from_svg = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      g_autoptr(GBytes) bytes = pd_leaflet_render_svg_page (leaflet, p, NULL);
      g_autoptr(GObject) handle = (GObject *) rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL),
                                                                 g_bytes_get_size (bytes), NULL);
      RsvgRectangle viewport = { 0, 0, width, height };
      cairo_t *cr;
      g_autofree int *rows = g_new0 (int, height / 4 + 1);
      g_autofree int *bands = g_new0 (int, width / 16 + 1);
      guint64 ink = 0, rows_off = 0, bands_off = 0;

      g_assert_nonnull (handle);
      cr = cairo_create (from_svg);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      g_assert_true (rsvg_handle_render_document (RSVG_HANDLE (handle), cr, &viewport, NULL));
      cairo_destroy (cr);
      cr = cairo_create (drawn);
      pd_leaflet_draw_page (leaflet, p, cr);
      cairo_destroy (cr);
      cairo_surface_flush (from_svg);
      cairo_surface_flush (drawn);
      /* Ink summed along each band of rows and down each band of columns,
       * one drawing's added and the other's taken away: librsvg measures
       * glyphs a little differently, so a line may end a pixel or two
       * further on, but it starts and stands where it did. */
      for (int y = 0; y < height; y++)
        {
          const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (from_svg)
                                                + y * cairo_image_surface_get_stride (from_svg));
          const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (drawn)
                                                + y * cairo_image_surface_get_stride (drawn));
          for (int x = 0; x < width; x++)
            {
              int dark_a = 255 - (int) (a[x] & 0xff);
              int dark_b = 255 - (int) (b[x] & 0xff);

              ink += dark_b;
              rows[y / 4] += dark_a - dark_b;
              bands[x / 16] += dark_a - dark_b;
            }
        }
      for (int y = 0; y < height / 4 + 1; y++)
        rows_off += ABS (rows[y]);
      for (int x = 0; x <= width / 16; x++)
        bands_off += ABS (bands[x]);
      if (g_getenv ("PD_DEBUG_PNG"))
        {
          g_autofree char *a = g_strdup_printf ("leaflet-%u-svg.png", p);
          g_autofree char *b = g_strdup_printf ("leaflet-%u-drawn.png", p);
          cairo_surface_write_to_png (from_svg, a);
          cairo_surface_write_to_png (drawn, b);
        }
      g_test_message ("page %u: %" G_GUINT64_FORMAT " ink, %" G_GUINT64_FORMAT " off by rows, %"
                      G_GUINT64_FORMAT " by columns", p + 1, ink,
                      rows_off, bands_off);
      g_assert_cmpuint (ink, >, 100000);
      g_assert_cmpuint (rows_off, <, ink / 10);
      g_assert_cmpuint (bands_off, <, ink / 10);
      cairo_surface_destroy (from_svg);
      cairo_surface_destroy (drawn);
    }
}

/* The named part of an ODT package, parsed. */
static xmlDoc *
odt_part (GBytes     *odt,
          const char *name)
{
  zip_t *zip = zip_open_from_source (zip_source_buffer_create (g_bytes_get_data (odt, NULL),
                                                               g_bytes_get_size (odt), 0, NULL),
                                     ZIP_RDONLY, NULL);
  zip_stat_t stat;
  zip_file_t *file;
  g_autofree char *buffer = NULL;
  xmlDoc *doc;

  g_assert_nonnull (zip);
  g_assert_cmpint (zip_stat (zip, name, 0, &stat), ==, 0);
  buffer = g_malloc (stat.size + 1);
  file = zip_fopen (zip, name, 0);
  g_assert_cmpint (zip_fread (file, buffer, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  zip_discard (zip);
  doc = xmlReadMemory (buffer, (int) stat.size, name, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  return doc;
}

static void
check_odt (PdLeaflet  *leaflet,
           const char *language,
           const char *country)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, &error);
  xmlDoc *content, *styles;
  xmlXPathObject *frames;
  g_autofree char *default_language = NULL;
  g_autofree char *default_country = NULL;
  g_autofree char *complex = NULL;

  g_assert_no_error (error);
  content = odt_part (odt, "content.xml");
  styles = odt_part (odt, "styles.xml");
  frames = query (content, NULL, "//draw:frame[draw:image]");
  g_assert_cmpint (frames->nodesetval->nodeNr, >, 3);
  for (int i = 0; i < frames->nodesetval->nodeNr; i++)
    {
      xmlNode *frame = frames->nodesetval->nodeTab[i];
      g_autofree char *title = string_of (content, frame, "svg:title");
      g_autofree char *desc = string_of (content, frame, "svg:desc");

      g_assert_cmpstr (title, !=, "");
      g_assert_cmpstr (desc, !=, "");
    }
  xmlXPathFreeObject (frames);
  default_language = string_of (styles, NULL, "//style:default-style[@style:family='paragraph']"
                                              "/style:text-properties/@fo:language");
  default_country = string_of (styles, NULL, "//style:default-style[@style:family='paragraph']"
                                             "/style:text-properties/@fo:country");
  complex = string_of (styles, NULL, "//style:default-style[@style:family='paragraph']"
                                     "/style:text-properties/@style:language-complex");
  g_assert_cmpstr (default_language, ==, language);
  g_assert_cmpstr (default_country, ==, country);
  g_assert_cmpstr (complex, ==, language);
  xmlFreeDoc (content);
  xmlFreeDoc (styles);
}

static void
test_odt (gconstpointer data)
{
  g_autoptr(PdLeaflet) leaflet = compose (data, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, &error);
  xmlDoc *content;

  check_odt (leaflet, "en", "GB");
  /* What a step's pictogram shows, and for its description the words it
   * stands beside. */
  content = odt_part (odt, "content.xml");
  g_assert_cmpint (count (content, "//draw:frame[draw:image][svg:title = svg:desc]"), <,
                   count (content, "//draw:frame[draw:image]"));
  /* A sentence, not the words again whole for a screen reader. */
  g_assert_cmpint (count (content, "//draw:frame[contains(svg:desc, '. ')]"), ==, 0);
  xmlFreeDoc (content);
}

static void
test_odt_description (void)
{
  g_autofree char *path = stepped_care_path ();
  g_autoptr(PdLeaflet) leaflet = compose (path, NULL);
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, NULL);
  xmlDoc *content = odt_part (odt, "content.xml");

  g_assert_cmpint (count (content, "//draw:frame[svg:title = 'telephone receiver']"
                                   "[svg:desc = 'You can ask for help yourself by phone or "
                                   "online.']"), ==, 1);
  /* Beside another way's heading, the step's own words. */
  g_assert_cmpint (count (content, "//draw:frame[svg:title = 'envelope']"
                                   "[svg:desc = 'We send you some reading to help while you "
                                   "wait.']"), ==, 1);
  /* The cover's picture, under the title. */
  g_assert_cmpint (count (content, "//draw:frame[svg:title = 'person raising hand']"
                                   "[svg:desc = 'Stepped care for depression and anxiety in "
                                   "adults']"), ==, 1);
  xmlFreeDoc (content);
}

static void
test_odt_urdu (void)
{
  g_autofree char *path = stepped_care_path ();
  g_autoptr(PdLeaflet) leaflet = compose (path, "ur");

  check_odt (leaflet, "ur", "none");
}

static guint
count_in (const char *haystack,
          gsize       length,
          const char *needle)
{
  gsize size = strlen (needle);
  guint n = 0;

  /* Not g_strstr_len: a PDF holds NUL bytes. */
  for (const char *p = haystack; (p = memmem (p, haystack + length - p, needle, size)); p++)
    n++;
  return n;
}

/* LibreOffice keeps the pictures' alternative text and the document's
 * language in the tagged PDF it makes of the leaflet. */
static void
test_odt_in_libreoffice (void)
{
  g_autofree char *path = stepped_care_path ();
  g_autoptr(PdLeaflet) leaflet = compose (path, NULL);
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, NULL);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = g_dir_make_tmp ("leaflet-odt-XXXXXX", NULL);
  g_autofree char *input = g_build_filename (dir, "leaflet.odt", NULL);
  g_autofree char *output = g_build_filename (dir, "leaflet.pdf", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  g_autofree char *pdf = NULL;
  const char *argv[] = { NULL, profile, "--headless", "--convert-to",
                         "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\","
                         "\"value\":\"true\"}}", "--outdir", dir, input, NULL };
  xmlDoc *content = odt_part (odt, "content.xml");
  int frames = count (content, "//draw:frame[draw:image]");
  gsize length;

  xmlFreeDoc (content);
  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  argv[0] = soffice;
  g_assert_true (g_file_set_contents (input, g_bytes_get_data (odt, NULL),
                                      (gssize) g_bytes_get_size (odt), NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, NULL,
                               NULL));
  g_assert_true (g_file_get_contents (output, &pdf, &length, NULL));
  /* A figure's alternative text for each picture, and the language. */
  g_assert_cmpuint (count_in (pdf, length, "/Alt"), >=, (guint) frames);
  g_assert_cmpuint (count_in (pdf, length, "/Lang(en-GB)"), ==, 1);
  g_remove (input);
  g_remove (output);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/leaflet-svg/pages", test_pages);
  test_add_per_example ("/leaflet-svg/id-prefix", test_id_prefix);
  g_test_add_func ("/leaflet-svg/inline", test_inline);
  g_test_add_func ("/leaflet-svg/id-prefix-refused", test_id_prefix_refused);
  g_test_add_func ("/leaflet-svg/own-picture", test_own_picture);
  g_test_add_func ("/leaflet-svg/urdu", test_urdu);
  g_test_add_data_func ("/leaflet-svg/looks-the-same/en", NULL, test_looks_the_same);
  g_test_add_data_func ("/leaflet-svg/looks-the-same/ur", "ur", test_looks_the_same);
  test_add_per_example ("/leaflet-svg/odt", test_odt);
  g_test_add_func ("/leaflet-svg/odt-urdu", test_odt_urdu);
  g_test_add_func ("/leaflet-svg/odt-description", test_odt_description);
  g_test_add_func ("/leaflet-svg/odt-in-libreoffice", test_odt_in_libreoffice);
  return g_test_run ();
}
