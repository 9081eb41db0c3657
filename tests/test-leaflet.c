/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Easy-read leaflets: the layout rules of EASYREAD.md checked on every
 * example, and the PDF read back with poppler's tools. */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <zip.h>
#include <libxml/parser.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-leaflet-private.h"
#include "pd-leaflet.h"
#include "test-common.h"

#define EPSILON 0.01
/* Rule 7: past this a leaflet is too long. */
#define MAX_PAGES 20

static gboolean
overlap (const PdRect *a,
         const PdRect *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON
         && a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

static void
check_layout (PdLeaflet *leaflet)
{
  double body = leaflet->options.font_size;

  g_assert_cmpuint (leaflet->pages->len, >=, 1);
  g_assert_cmpuint (leaflet->pages->len, <=, MAX_PAGES);
  g_assert_cmpfloat (leaflet->line_spacing, >=, 1.5);
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      g_assert_cmpuint (page->boxes->len, >, 0);
      for (guint i = 0; i < page->boxes->len; i++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, i);

          /* Inside the margins. */
          g_assert_cmpfloat (box->rect.x, >=, leaflet->margin - EPSILON);
          g_assert_cmpfloat (box->rect.y, >=, leaflet->margin - EPSILON);
          g_assert_cmpfloat (box->rect.x + box->rect.width, <=,
                             leaflet->width - leaflet->margin + EPSILON);
          g_assert_cmpfloat (box->rect.y + box->rect.height, <=,
                             leaflet->height - leaflet->margin + EPSILON);
          if (box->kind == PD_LEAFLET_TEXT && box->body)
            g_assert_cmpfloat (box->size, >=, body);
          for (guint k = 0; k < page->boxes->len; k++)
            {
              PdLeafletBox *other = g_ptr_array_index (page->boxes, k);

              if (k == i)
                continue;
              /* Nothing covers anything else. */
              g_assert_false (overlap (&box->rect, &other->rect));
              /* In a row, the picture is left of the words. */
              if (box->kind == PD_LEAFLET_PICTURE && other->kind == PD_LEAFLET_TEXT
                  && box->row == other->row)
                g_assert_cmpfloat (box->rect.x + box->rect.width, <=, other->rect.x);
            }
        }
    }
}

/* Where step @text is in the leaflet: one box on one page (a step is never
 * split), -1 when absent. Its page and box index are returned. */
static int
find_step (PdLeaflet  *leaflet,
           const char *text,
           guint      *box_index)
{
  int found = -1;

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, i);

          if (box->kind == PD_LEAFLET_TEXT && g_str_has_prefix (box->text, text))
            {
              g_assert_cmpint (found, ==, -1);
              found = (int) p;
              *box_index = i;
            }
        }
    }
  return found;
}

/* Runs of white space as one space: pdftotext breaks lines. */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (doc, &options, data);
  PdLeafletOptions a5 = { PD_LEAFLET_A5, 16, TRUE };
  g_autoptr(PdLeaflet) small = pd_leaflet_compose (doc, &a5, data);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "pathway-leaflet-XXXXXX.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  int previous_page = -1, fd;
  guint previous_box = 0;
  const char *at;

  check_layout (leaflet);
  check_layout (small);
  g_assert_cmpuint (leaflet->pages->len, >=, 2);
  g_assert_cmpuint (small->pages->len, >, leaflet->pages->len);

  /* Every step once, in order, whole on one page. */
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      guint box = 0;
      int page = find_step (leaflet, step->text, &box);

      g_assert_cmpint (page, >=, 0);
      g_assert_true (page > previous_page || (page == previous_page && box > previous_box));
      previous_page = page;
      previous_box = box;
    }

  fd = g_mkstemp (path);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                      NULL));
  if (!g_find_program_in_path ("pdftotext"))
    {
      g_unlink (path);
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  {
    g_autofree char *info = test_run_tool ("pdfinfo", path, NULL);
    g_autofree char *pages = g_strdup_printf ("Pages:           %u\n", leaflet->pages->len);

    g_assert_nonnull (strstr (info, pages));
    g_assert_nonnull (strstr (info, "595.28 x 841.89 pts (A4)"));
  }
  /* The words are text, in the steps' order. */
  text = test_run_tool ("pdftotext", path, "-");
  flat = squash (text);
  at = flat;
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_auto(GStrv) words = g_strsplit (step->text, " ", 5);
      g_autofree char *start = NULL;

      if (g_strv_length (words) > 4)
        words[4] = (g_free (words[4]), NULL);
      start = g_strjoinv (" ", words);
      at = strstr (at, start);
      g_test_message ("step %u: %s", i, start);
      g_assert_nonnull (at);
    }
  g_assert_nonnull (strstr (flat, "Who might help you"));
  g_assert_nonnull (strstr (flat, "OpenMoji"));
  g_unlink (path);
}

/* The editable leaflet: a valid OpenDocument package with every step. */
static void
test_odt (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (doc, NULL, data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, &error);
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  const guint8 *bytes;
  zip_source_t *source;
  zip_t *zip;
  g_autofree char *manifest = NULL;
  xmlDocPtr content;
  xmlChar *words;
  guint n = 0;

  g_assert_no_error (error);
  bytes = g_bytes_get_data (odt, NULL);
  /* The first entry is "mimetype", stored (method 0), with no data
   * descriptor (flag bit 3) and no extra field, as ODF requires. */
  g_assert_cmpmem (bytes, 4, "PK\x03\x04", 4);
  g_assert_cmpuint ((bytes[6] | bytes[7] << 8) & 0x8, ==, 0);
  g_assert_cmpuint (bytes[8] | bytes[9] << 8, ==, 0);
  g_assert_cmpuint (bytes[28] | bytes[29] << 8, ==, 0);
  g_assert_cmpmem (bytes + 30, 8, "mimetype", 8);
  g_assert_cmpmem (bytes + 38, 39, "application/vnd.oasis.opendocument.text", 39);

  source = zip_source_buffer_create (bytes, g_bytes_get_size (odt), 0, NULL);
  zip = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, NULL);
  g_assert_nonnull (zip);
  for (zip_int64_t i = 0; i < zip_get_num_entries (zip, 0); i++)
    {
      zip_stat_t stat;
      zip_file_t *file;
      char *buffer;

      g_assert_cmpint (zip_stat_index (zip, (zip_uint64_t) i, 0, &stat), ==, 0);
      buffer = g_malloc (stat.size + 1);
      file = zip_fopen_index (zip, (zip_uint64_t) i, 0);
      g_assert_cmpint (zip_fread (file, buffer, stat.size), ==, (zip_int64_t) stat.size);
      zip_fclose (file);
      buffer[stat.size] = '\0';
      if (n++ == 0)
        g_assert_cmpstr (stat.name, ==, "mimetype");
      g_hash_table_insert (parts, g_strdup (stat.name), g_bytes_new_take (buffer, stat.size));
    }
  zip_discard (zip);
  g_assert_cmpstr (g_bytes_get_data (g_hash_table_lookup (parts, "mimetype"), NULL), ==,
                   "application/vnd.oasis.opendocument.text");
  manifest = g_strdup (g_bytes_get_data (g_hash_table_lookup (parts, "META-INF/manifest.xml"),
                                         NULL));
  {
    GHashTableIter iter;
    gpointer name;

    /* The manifest lists every part, and every part is well-formed. */
    g_hash_table_iter_init (&iter, parts);
    while (g_hash_table_iter_next (&iter, &name, NULL))
      {
        g_autofree char *listed = g_strdup_printf ("manifest:full-path=\"%s\"", (char *) name);
        GBytes *part = g_hash_table_lookup (parts, name);

        if (g_str_equal (name, "mimetype") || g_str_equal (name, "META-INF/manifest.xml"))
          continue;
        g_assert_nonnull (strstr (manifest, listed));
        if (g_str_has_suffix (name, ".xml"))
          {
            xmlDocPtr part_doc = xmlReadMemory (g_bytes_get_data (part, NULL),
                                                (int) g_bytes_get_size (part), NULL, NULL,
                                                XML_PARSE_NONET);
            g_assert_nonnull (part_doc);
            xmlFreeDoc (part_doc);
          }
        else
          g_assert_cmpmem (g_bytes_get_data (part, NULL), 4, "\x89PNG", 4);
      }
  }
  content = xmlReadMemory (g_bytes_get_data (g_hash_table_lookup (parts, "content.xml"), NULL),
                           (int) g_bytes_get_size (g_hash_table_lookup (parts, "content.xml")),
                           NULL, NULL, XML_PARSE_NONET);
  words = xmlNodeGetContent (xmlDocGetRootElement (content));
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_assert_nonnull (strstr ((char *) words, step->text));
    }
  xmlFree (words);
  xmlFreeDoc (content);
  g_assert_nonnull (strstr (g_bytes_get_data (g_hash_table_lookup (parts, "styles.xml"), NULL),
                            "fo:line-height=\"150%\""));
}

/* Where LibreOffice is installed, it opens the leaflet and prints it. */
static void
test_odt_in_libreoffice (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (doc, NULL, NULL);
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, NULL);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = g_dir_make_tmp ("pathway-odt-XXXXXX", NULL);
  g_autofree char *input = g_build_filename (dir, "leaflet.odt", NULL);
  g_autofree char *output = g_build_filename (dir, "leaflet.pdf", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  PdJourneyStep *first = g_ptr_array_index (leaflet->journey->steps, 0);
  g_auto(GStrv) start = g_strsplit (first->text, " ", 4);
  const char *argv[] = { NULL, profile, "--headless", "--convert-to", "pdf", "--outdir", dir,
                         input, NULL };
  int status;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  argv[0] = soffice;
  g_assert_true (g_file_set_contents (input, g_bytes_get_data (odt, NULL),
                                      g_bytes_get_size (odt), NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                               NULL));
  g_assert_true (g_file_test (output, G_FILE_TEST_EXISTS));
  text = test_run_tool ("pdftotext", output, "-");
  flat = squash (text);
  g_free (start[3]);
  start[3] = NULL;
  {
    g_autofree char *words = g_strjoinv (" ", start);
    g_assert_nonnull (strstr (flat, words));
  }
  g_unlink (input);
  g_unlink (output);
}

static void
write_png (const char *path,
           int         width,
           int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* A step's own photo from the pathway's folder shows; a path out of the
 * folder, absolute or through a link, is never read. */
static void
test_own_pictures (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-own-XXXXXX", NULL);
  g_autofree char *inside = g_build_filename (dir, "pathway", NULL);
  g_autofree char *photos = g_build_filename (inside, "photos", NULL);
  g_autofree char *photo = g_build_filename (photos, "team.png", NULL);
  g_autofree char *secret = g_build_filename (dir, "secret.png", NULL);
  g_autofree char *link = g_build_filename (photos, "link.png", NULL);
  g_autofree char *file = g_build_filename (inside, "p.pathway", NULL);
  g_autofree char *pdf = g_build_filename (inside, "p.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *hostile[] = { "../secret.png", "photos/link.png", "/etc/passwd.png" };
  guint reported = 0;

  g_assert_cmpint (g_mkdir_with_parents (photos, 0755), ==, 0);
  write_png (photo, 37, 23);        /* sizes that pdfimages can tell apart */
  write_png (secret, 41, 29);
  g_assert_cmpint (symlink (secret, link), ==, 0);
  g_assert_false (pd_leaflet_is_own_picture ("../secret.png"));
  g_assert_false (pd_leaflet_is_own_picture ("/etc/passwd.png"));
  g_assert_false (pd_leaflet_is_own_picture ("photos/notes.txt"));
  g_assert_true (pd_leaflet_is_own_picture ("photos/team.png"));

  /* The first step of the journey gets the photo, the next ones the rest. */
  leaflet = pd_leaflet_compose (doc, NULL, file);
  for (guint i = 0; i < 4; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_object_set (step->node, "pictogram", i == 0 ? "photos/team.png" : hostile[i - 1], NULL);
    }
  g_clear_pointer (&leaflet, pd_leaflet_free);
  leaflet = pd_leaflet_compose (doc, NULL, file);
  for (guint i = 0; i < leaflet->journey->problems->len; i++)
    {
      const char *message = ((PdDiagnostic *) g_ptr_array_index (leaflet->journey->problems, i))
                              ->message;

      reported += strstr (message, "neither a pictogram nor") != NULL;
      /* The link is in the folder but leads out: drawn as a pictogram. */
      reported += strstr (message, "“photos/link.png” leads out of the pathway’s folder") != NULL;
    }
  g_assert_cmpuint (reported, ==, 3);
  bytes = pd_leaflet_render_pdf (leaflet, NULL);
  g_assert_nonnull (bytes);
  g_assert_true (g_file_set_contents (pdf, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  if (g_find_program_in_path ("pdfimages") != NULL)
    {
      listing = test_run_tool ("pdfimages", "-list", pdf);
      g_assert_nonnull (strstr (listing, "   37    23 "));
      g_assert_null (strstr (listing, "   41    29 "));
    }
  g_unlink (pdf);
  g_unlink (link);
  g_unlink (photo);
  g_unlink (secret);
  g_rmdir (photos);
  g_rmdir (inside);
  g_rmdir (dir);
}

/* Below 14 points is never used, whatever is asked. */
static void
test_font_floor (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdLeafletOptions tiny = { PD_LEAFLET_A4, 9, FALSE };
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (doc, &tiny, NULL);

  g_assert_cmpfloat (leaflet->options.font_size, ==, PD_LEAFLET_MIN_FONT_SIZE);
  check_layout (leaflet);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/leaflet/example", test_example);
  g_test_add_func ("/leaflet/font-floor", test_font_floor);
  g_test_add_func ("/leaflet/own-pictures", test_own_pictures);
  test_add_per_example ("/leaflet/odt", test_odt);
  g_test_add_func ("/leaflet/odt-in-libreoffice", test_odt_in_libreoffice);
  return g_test_run ();
}
