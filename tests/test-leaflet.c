/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Easy-read leaflets: the layout rules of EASYREAD.md checked on every
 * example, and the PDF read back with poppler's tools. */
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <cairo-pdf.h>
#include <zip.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
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
  if (!test_have_program ("pdftotext"))
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
  /* The cover's picture, larger than a step's, stands outside the tables
   * (in a step's picture column LibreOffice clips it). */
  {
    const char *text = g_bytes_get_data (g_hash_table_lookup (parts, "content.xml"), NULL);
    const char *cover = strstr (text, "<draw:frame draw:name=\"Picture 1\"");

    g_assert_nonnull (cover);
    g_assert_true (strstr (text, "<table:table ") > cover);
  }
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
      reported += strstr (message, "“photos/link.png” leads out of the pathway’s folder")
                  != NULL;
    }
  g_assert_cmpuint (reported, ==, 3);
  bytes = pd_leaflet_render_pdf (leaflet, NULL);
  g_assert_nonnull (bytes);
  g_assert_true (g_file_set_contents (pdf, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  if (test_have_program ("pdfimages"))
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

#define SECRET "PDSECRET7731"

static void
remove_tree (const char *path)
{
  GStatBuf info;

  if (g_lstat (path, &info) == 0 && S_ISDIR (info.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
put_file (const char *dir,
          const char *name,
          const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* No byte of the secret in @data. */
static void
assert_no_secret (const void *data,
                  gsize       length,
                  const char *what)
{
  gsize size = strlen (SECRET);

  for (gsize i = 0; i + size <= length; i++)
    if (memcmp ((const char *) data + i, SECRET, size) == 0)
      g_error ("the secret is in %s", what);
}

/* The colour at the middle of own picture @name's box, the page drawn at
 * 2 pixels a point: 0xRRGGBB. */
static guint32
picture_colour (PdLeaflet  *leaflet,
                const char *name)
{
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, i);
          cairo_surface_t *surface;
          cairo_t *cr;
          guint32 colour;
          int x = (int) (2 * (box->rect.x + box->rect.width / 2));
          int y = (int) (2 * (box->rect.y + box->rect.height / 2));

          if (box->kind != PD_LEAFLET_PICTURE || g_strcmp0 (box->picture, name) != 0)
            continue;
          surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (2 * leaflet->width),
                                                (int) (2 * leaflet->height));
          cr = cairo_create (surface);
          cairo_scale (cr, 2, 2);
          pd_leaflet_draw_page (leaflet, p, cr);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          colour = *(guint32 *) (cairo_image_surface_get_data (surface)
                                 + y * cairo_image_surface_get_stride (surface) + x * 4);
          cairo_surface_destroy (surface);
          return colour & 0xFFFFFF;
        }
    }
  g_error ("no box shows %s", name);
  return 0;
}

/* A pathway whose steps' pictures try to read the folder's .git/config:
 * none of it reaches the PDF, the SVG pages or the ODT; each step is
 * warned about by name and shows a pictogram; the steps with honest
 * pictures show them. */
static void
test_hostile_pictures (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-hostile-XXXXXX", NULL);
  g_autofree char *git = g_build_filename (dir, ".git", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.png", NULL);
  g_autofree char *config = g_build_filename (dir, "config.svg", NULL);
  g_autofree char *file = g_build_filename (dir, "p.pathway", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "p.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) odt = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  zip_t *zip;
  const char *hostile[][2] = {
    { "include.svg", "XInclude" },
    { "image.svg", "refers to “.git/config”" },
    { "import.svg", "@import" },
    { "pipe.png", "is a pipe" },
    { "config.svg", "not a PNG, JPEG or SVG picture" },   /* a link to .git/config */
  };
  const char *honest[] = { "red.png", "green #1.jpg", "blue.svg" };

  g_assert_cmpint (g_mkdir (git, 0755), ==, 0);
  put_file (git, "config", "[core]\n\tsecret = " SECRET "\n");
  put_file (dir, "include.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:xi=\"http://www.w3.org/2001/XInclude\" width=\"400\" height=\"100\">"
            "<text x=\"0\" y=\"50\" font-size=\"20\"><xi:include href=\".git/config\" "
            "parse=\"text\"/></text></svg>");
  put_file (dir, "image.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
            "height=\"10\"><image width=\"10\" height=\"10\" href=\".git/config\"/></svg>");
  put_file (dir, "import.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>"
            "@import url(.git/config);</style></svg>");
  put_file (dir, "blue.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
            "height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#0000ff\"/></svg>");
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (symlink (".git/config", config), ==, 0);
  {
    g_autofree char *red = g_build_filename (dir, "red.png", NULL);
    g_autofree char *green = g_build_filename (dir, "green #1.jpg", NULL);
    g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 48);

    write_png (red, 60, 40);
    gdk_pixbuf_fill (pixbuf, 0x00FF00FF);
    g_assert_true (gdk_pixbuf_save (pixbuf, green, "jpeg", NULL, NULL));
  }

  leaflet = pd_leaflet_compose (doc, NULL, file);
  g_assert_cmpuint (leaflet->journey->steps->len, >=, G_N_ELEMENTS (hostile) + 3);
  for (guint i = 0; i < G_N_ELEMENTS (hostile) + G_N_ELEMENTS (honest); i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_object_set (step->node, "pictogram",
                    i < G_N_ELEMENTS (hostile) ? hostile[i][0]
                                               : honest[i - G_N_ELEMENTS (hostile)], NULL);
    }
  g_clear_pointer (&leaflet, pd_leaflet_free);
  leaflet = pd_leaflet_compose (doc, NULL, file);

  /* Each hostile step warned about: its title, its picture, the reason. */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_autofree char *title = g_strdup_printf ("“%s”", pd_node_get_title (step->node));
      g_autofree char *picture = g_strdup_printf ("“%s”", hostile[i][0]);
      gboolean found = FALSE;

      for (guint k = 0; k < leaflet->journey->problems->len; k++)
        {
          PdDiagnostic *problem = g_ptr_array_index (leaflet->journey->problems, k);

          if (g_strcmp0 (problem->object_id, pd_node_get_id (step->node)) != 0)
            continue;
          g_test_message ("%s", problem->message);
          g_assert_cmpint (problem->severity, ==, PD_SEVERITY_WARNING);
          g_assert_nonnull (strstr (problem->message, title));
          g_assert_nonnull (strstr (problem->message, picture));
          g_assert_nonnull (strstr (problem->message, hostile[i][1]));
          found = TRUE;
        }
      g_assert_true (found);
    }
  /* The honest pictures are drawn, and not warned about. */
  g_assert_cmphex (picture_colour (leaflet, honest[0]), ==, 0x3380CC);   /* write_png's */
  g_assert_cmphex (picture_colour (leaflet, honest[1]) & 0xC0C0C0, ==, 0x00C000);
  g_assert_cmphex (picture_colour (leaflet, honest[2]), ==, 0x0000FF);
  for (guint k = 0; k < leaflet->journey->problems->len; k++)
    for (guint i = 0; i < G_N_ELEMENTS (honest); i++)
      g_assert_null (strstr (((PdDiagnostic *) g_ptr_array_index (leaflet->journey->problems, k))
                               ->message, honest[i]));

  /* The PDF, as bytes and as text. */
  pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  assert_no_secret (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), "the PDF");
  g_assert_true (g_file_set_contents (pdf_path, g_bytes_get_data (pdf, NULL),
                                      (gssize) g_bytes_get_size (pdf), NULL));
  if (test_have_program ("pdftotext"))
    {
      text = test_run_tool ("pdftotext", pdf_path, "-");
      assert_no_secret (text, strlen (text), "the PDF's text");
      g_assert_null (strstr (text, "[core]"));
    }
  /* Drawn on a PDF surface that does not compress, too. */
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, leaflet->width, leaflet->height);
  cr = cairo_create (surface);
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      g_autoptr(GBytes) svg = pd_leaflet_render_svg_page (leaflet, p, &error);

      g_assert_no_error (error);
      assert_no_secret (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "an SVG page");
      pd_leaflet_draw_page (leaflet, p, cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* The ODT, every part of it unpacked. */
  odt = pd_leaflet_render_odt (leaflet, &error);
  g_assert_no_error (error);
  zip = zip_open_from_source (zip_source_buffer_create (g_bytes_get_data (odt, NULL),
                                                        g_bytes_get_size (odt), 0, NULL),
                              ZIP_RDONLY, NULL);
  g_assert_nonnull (zip);
  for (zip_int64_t i = 0; i < zip_get_num_entries (zip, 0); i++)
    {
      zip_stat_t stat;
      zip_file_t *part;
      g_autofree char *buffer = NULL;

      g_assert_cmpint (zip_stat_index (zip, (zip_uint64_t) i, 0, &stat), ==, 0);
      buffer = g_malloc (stat.size + 1);
      part = zip_fopen_index (zip, (zip_uint64_t) i, 0);
      g_assert_cmpint (zip_fread (part, buffer, stat.size), ==, (zip_int64_t) stat.size);
      zip_fclose (part);
      assert_no_secret (buffer, stat.size, stat.name);
    }
  zip_discard (zip);

  /* pathway leaflet --check says the same, at the same steps. */
  {
    g_autofree char *saved = test_write (doc);
    const char *argv[] = { g_getenv ("PATHWAY_CLI"), "leaflet", "--check", file, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_true (g_file_set_contents (file, saved, -1, NULL));
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, NULL, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
      {
        g_autofree char *picture = g_strdup_printf ("“%s”", hostile[i][0]);
        g_assert_nonnull (strstr (err, picture));
      }
    g_assert_null (strstr (err, honest[0]));
  }
  g_unlink (pdf_path);
  remove_tree (dir);
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
  g_test_add_func ("/leaflet/hostile-pictures", test_hostile_pictures);
  test_add_per_example ("/leaflet/odt", test_odt);
  g_test_add_func ("/leaflet/odt-in-libreoffice", test_odt_in_libreoffice);
  return g_test_run ();
}
