/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tagged PDFs: the diagram (its own size, and on A4 pages) and the leaflet
 * of every example carry a structure tree, the language, and the title in
 * the title bar; the structure reads in the order the pages show; each
 * picture has its alternative text; all the text shown is in the
 * structure. Uses poppler-utils when installed. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <cairo.h>

#include "pd-export.h"
#include "pd-journey.h"
#include "pd-leaflet.h"
#include "pd-pictograms.h"
#include "pd-scene.h"
#include "test-common.h"

static gboolean
have_poppler (void)
{
  if (test_have_program ("pdfinfo") && test_have_program ("pdftotext"))
    return TRUE;
  g_test_skip ("poppler-utils is not installed");
  return FALSE;
}

/* @pdf in a file of its own, its path. */
static char *
save (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), "pathway-tags-XXXXXX.pdf", NULL);
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL),
                                      (gssize) g_bytes_get_size (pdf), &error));
  g_assert_no_error (error);
  return path;
}

/* The last of the @size bytes at @data that start with @needle. */
static const char *
find_last (const char *data,
           gsize       size,
           const char *needle)
{
  gsize length = strlen (needle);

  for (gsize i = size >= length ? size - length + 1 : 0; i > 0; i--)
    if (memcmp (data + i - 1, needle, length) == 0)
      return data + i - 1;
  return NULL;
}

/* The newest version of object @header ("\nN 0 obj"), up to its endobj. */
static char *
newest_object (GBytes     *pdf,
               const char *header)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *start = find_last (data, size, header);
  const char *end;

  g_assert_nonnull (start);
  /* Objects are text: no NUL before their endobj. */
  end = g_strstr_len (start, (gssize) (size - (gsize) (start - data)), "endobj");
  g_assert_nonnull (end);
  return g_strndup (start, (gsize) (end - start));
}

/* What a reader finds in the file's newest catalogue: its language, and
 * that the title is shown rather than the file's name. */
static void
assert_catalogue (GBytes     *pdf,
                  const char *lang)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *catalogue = find_last (data, size, "<< /Type /Catalog");
  g_autofree char *entry = g_strdup_printf ("/Lang (%s)", lang);
  g_autofree char *dictionary = NULL;

  g_assert_nonnull (catalogue);
  dictionary = g_strndup (catalogue, (gsize) (g_strstr_len (catalogue,
                                                            (gssize) (size - (gsize) (catalogue
                                                                                      - data)),
                                                            "endobj") - catalogue));
  g_assert_nonnull (strstr (dictionary, "/StructTreeRoot"));
  g_assert_nonnull (strstr (dictionary, "/MarkInfo << /Marked true >>"));
  g_assert_nonnull (strstr (dictionary, entry));
  g_assert_nonnull (strstr (dictionary, "/DisplayDocTitle true"));
}

static void
assert_tagged (const char *path)
{
  g_autofree char *info = test_run_tool ("pdfinfo", path, NULL);

  g_assert_nonnull (strstr (info, "\nTagged:          yes\n"));
}

/* A PDF text string in hex, <FEFF…>, as UTF-8. */
static char *
decode_text_string (const char *hex)
{
  g_autoptr(GArray) units = g_array_new (TRUE, TRUE, sizeof (gunichar2));

  g_assert_true (g_str_has_prefix (hex, "<FEFF"));
  for (const char *p = hex + 5; g_ascii_isxdigit (p[0]); p += 4)
    {
      gunichar2 unit = 0;

      for (guint i = 0; i < 4; i++)
        unit = (gunichar2) (unit * 16 + g_ascii_xdigit_value (p[i]));
      g_array_append_val (units, unit);
    }
  return g_utf16_to_utf8 ((gunichar2 *) (void *) units->data, units->len, NULL, NULL, NULL);
}

/* The alternative texts of @pdf's structure elements of type @type
 * ("Figure"), in the order of the file; NULL for one without. */
static GPtrArray *
element_alts (GBytes     *pdf,
              const char *type)
{
  g_autofree char *marker = g_strdup_printf ("<< /Type /StructElem\n   /S /%s\n", type);
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  GPtrArray *alts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (const char *p = data; p < data + size; p++)
    {
      const char *start;
      g_autofree char *header = NULL;
      g_autofree char *object = NULL;
      const char *alt;

      if ((gsize) (data + size - p) < strlen (marker) || memcmp (p, marker, strlen (marker)) != 0)
        continue;
      /* Back to "N 0 obj\n" at the line's start. */
      start = p - strlen (" 0 obj\n");
      while (start > data && g_ascii_isdigit (start[-1]))
        start--;
      header = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 0 obj",
                                g_ascii_strtoull (start, NULL, 10));
      /* Each once: the update appends a newer version of those with words. */
      if (!g_hash_table_add (seen, g_strdup (header)))
        continue;
      object = newest_object (pdf, header);
      alt = strstr (object, "/Alt ");
      g_ptr_array_add (alts, alt ? decode_text_string (alt + 5) : NULL);
    }
  return alts;
}

/* The words of the quoted texts pdfinfo -struct-text prints, in order. */
static char *
struct_words (const char *path)
{
  g_autofree char *tree = test_run_tool ("pdfinfo", "-struct-text", path);
  g_auto(GStrv) lines = g_strsplit (tree, "\n", -1);
  GString *words = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      char *text = g_strstrip (lines[i]);
      gsize length = strlen (text);

      if (length >= 2 && text[0] == '"' && text[length - 1] == '"')
        {
          text[length - 1] = '\0';
          g_string_append_printf (words, " %s", text + 1);
        }
    }
  return g_string_free (words, FALSE);
}

/* @text's words one space apart. */
static char *
flatten (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f\t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

static GBytes *
export_pdf (PdDocument *doc,
            PdPageSize  page,
            gboolean    fit)
{
  PdExportOptions options = { 1.0, page, FALSE, fit };
  g_autoptr(GError) error = NULL;
  GBytes *pdf = pd_export_render (doc, PD_EXPORT_PDF, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

/* How often @line is a whole line of @tree (pdfinfo -struct-text). */
static guint
count_lines (const char *tree,
             const char *line)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"\n", line);
  guint count = 0;

  for (const char *p = strstr (tree, quoted); p; p = strstr (p + 1, quoted))
    count += p[-1] == ' ';
  return count;
}

/* The diagram on one page its size, and on A4 pages: tagged, in English,
 * the title a heading, every step's title once (what two pages show is
 * told on one), and the key a list. */
static void
test_diagram (gconstpointer data)
{
  g_autoptr(PdDocument) doc = NULL;
  const PdPageSize pages[] = { PD_PAGE_DIAGRAM, PD_PAGE_A4 };

  if (!have_poppler ())
    return;
  doc = test_load (data);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GBytes) pdf = export_pdf (doc, pages[i], FALSE);
      g_autofree char *path = save (pdf);
      g_autofree char *tree = test_run_tool ("pdfinfo", "-struct-text", path);
      g_autofree char *h1 = g_strdup_printf ("H1 (block)\n    \"%s\"\n",
                                             pd_document_get_title (doc));
      GListModel *nodes = pd_document_get_nodes (doc);

      assert_tagged (path);
      assert_catalogue (pdf, "en");
      g_assert_true (g_str_has_prefix (tree, "Document\n"));
      g_assert_nonnull (strstr (tree, h1));
      g_assert_nonnull (strstr (tree, "\n    L (block)\n      LI (block)\n"));
      g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
      g_autoptr(GPtrArray) alts = element_alts (pdf, "Sect");
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

      /* Each step and transition once, with what the SVG's title says:
       * described as often as it is drawn (two transitions may say the
       * same). */
      for (guint g = 0; g < scene->groups->len; g++)
        {
          PdGroup *group = g_ptr_array_index (scene->groups, g);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, group->title));

          if (group->kind == PD_GROUP_NODE || group->kind == PD_GROUP_EDGE)
            g_hash_table_insert (counts, group->title, GUINT_TO_POINTER (count + 1));
        }
      for (guint a = 0; a < alts->len; a++)
        {
          const char *alt = g_ptr_array_index (alts, a);
          guint count = alt ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, alt)) : 1;

          if (count == 0)
            g_error ("“%s” is described more often than drawn in %s", alt, path);
          if (alt)
            g_hash_table_insert (counts, (gpointer) alt, GUINT_TO_POINTER (count - 1));
        }
      {
        GHashTableIter iter;
        gpointer title, count;

        g_hash_table_iter_init (&iter, counts);
        while (g_hash_table_iter_next (&iter, &title, &count))
          if (GPOINTER_TO_UINT (count) != 0)
            g_error ("“%s” is not described in %s", (char *) title, path);
      }
      for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);

          if (count_lines (tree, pd_node_get_title (node)) != 1)
            g_error ("“%s” is told %u times in the structure of %s", pd_node_get_title (node),
                     count_lines (tree, pd_node_get_title (node)), path);
        }
      g_unlink (path);
    }
}

/* Several pages: the overview is a figure saying what the diagram is. */
static void
test_overview (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GPtrArray) alts = NULL;
  g_autofree char *summary = NULL;

  doc = test_load (g_ptr_array_index (paths, 0));
  pdf = export_pdf (doc, PD_PAGE_A4, FALSE);
  alts = element_alts (pdf, "Figure");
  g_object_get (doc, "summary", &summary, NULL);
  g_assert_cmpuint (alts->len, ==, 1);
  g_assert_nonnull (g_ptr_array_index (alts, 0));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (alts, 0), summary));
}

static guint
count_pictures (PdLeaflet *leaflet)
{
  guint pictures = 0;

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len; b++)
        pictures += ((PdLeafletBox *) g_ptr_array_index (page->boxes, b))->kind
                    == PD_LEAFLET_PICTURE;
    }
  return pictures;
}

/* The leaflet: tagged, in its language, every picture a figure saying
 * what it shows, and its structure read in the order its pages show. */
static void
test_leaflet (gconstpointer data)
{
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(PdDocument) doc = NULL;
  PdLeaflet *leaflet;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GPtrArray) alts = NULL;
  g_autofree char *path = NULL;
  g_autofree char *tree = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *read = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  doc = test_load (data);
  leaflet = pd_leaflet_compose (doc, &options, data);
  pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  path = save (pdf);
  assert_tagged (path);
  assert_catalogue (pdf, "en");

  alts = element_alts (pdf, "Figure");
  g_assert_cmpuint (alts->len, ==, count_pictures (leaflet));
  for (guint i = 0; i < alts->len; i++)
    {
      const char *alt = g_ptr_array_index (alts, i);
      gboolean known = FALSE;

      g_assert_nonnull (alt);
      for (guint k = 0; k < pd_pictograms_get_n_items (); k++)
        known |= g_strcmp0 (alt, pd_pictograms_get_description (pd_pictograms_get_name (k)))
                 == 0;
      if (!known)
        g_error ("figure %u of %s says “%s”, not what a pictogram shows", i, path, alt);
    }

  tree = test_run_tool ("pdfinfo", "-struct-text", path);
  g_assert_nonnull (strstr (tree, "\n  H1 (block)\n"));
  g_assert_nonnull (strstr (tree, "\n  H2 (block)\n"));
  g_assert_nonnull (strstr (tree, "\n    LI (block)\n      Lbl (block)\n        Figure\n"));
  text = test_run_tool ("pdftotext", path, "-");
  shown = flatten (text);
  {
    g_autofree char *words = struct_words (path);
    read = flatten (words);
  }
  g_assert_cmpstr (read, ==, shown);
  pd_leaflet_free (leaflet);
  g_unlink (path);
}

/* A leaflet in another language says so; the pictures' words are English
 * and say that. */
static void
test_leaflet_language (void)
{
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PdLeaflet *leaflet;
  gsize size;
  const char *data;

  options.language = "pl";
  doc = test_load (g_ptr_array_index (paths, 0));
  leaflet = pd_leaflet_compose (doc, &options, g_ptr_array_index (paths, 0));
  pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  assert_catalogue (pdf, "pl");
  data = g_bytes_get_data (pdf, &size);
  g_assert_nonnull (find_last (data, size, "> /Lang (en)\n"));
  pd_leaflet_free (leaflet);
}

/* A picture of the user's own says what its file's name says, the only
 * words it comes with. */
static void
test_own_picture (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("pathway-tags-XXXXXX", NULL);
  g_autofree char *photos = g_build_filename (dir, "photos", NULL);
  g_autofree char *photo = g_build_filename (photos, "group-session.png", NULL);
  g_autofree char *file = g_build_filename (dir, "p.pathway", NULL);
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GPtrArray) alts = NULL;
  PdLeaflet *leaflet;
  PdJourneyStep *step;
  guint found = 0;

  g_assert_cmpint (g_mkdir_with_parents (photos, 0755), ==, 0);
  g_assert_cmpint (cairo_surface_write_to_png (surface, photo), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  leaflet = pd_leaflet_compose (doc, NULL, file);
  step = g_ptr_array_index (leaflet->journey->steps, 0);
  g_object_set (step->node, "pictogram", "photos/group-session.png", NULL);
  pd_leaflet_free (leaflet);
  leaflet = pd_leaflet_compose (doc, NULL, file);
  pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  alts = element_alts (pdf, "Figure");
  g_assert_cmpuint (alts->len, ==, count_pictures (leaflet));
  for (guint i = 0; i < alts->len; i++)
    found += g_strcmp0 (g_ptr_array_index (alts, i), "group session") == 0;
  g_assert_cmpuint (found, ==, 1);
  pd_leaflet_free (leaflet);
  g_unlink (photo);
  g_rmdir (photos);
  g_rmdir (dir);
}

static int
compare_characters (const void *a,
                    const void *b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return x < y ? -1 : x > y;
}

/* The characters of @text but spaces, sorted: what is on the pages, read
 * in whatever order and split into words however a tool splits them
 * (pdfinfo -struct-text runs a figure's numbers together). */
static char *
sorted_characters (const char *text)
{
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, NULL);
  glong kept = 0;

  for (glong i = 0; chars[i]; i++)
    if (!g_unichar_isspace (chars[i]))
      chars[kept++] = chars[i];
  qsort (chars, (gsize) kept, sizeof (gunichar), compare_characters);
  return g_ucs4_to_utf8 (chars, kept, NULL, NULL, NULL);
}

/* The rules of PDF/UA and WCAG a tagged PDF of ours can be checked
 * against without a validator: all its text is in the structure (cairo
 * cannot mark artifacts, so nothing is one), every figure has an
 * alternative text, it is marked, says its language, has a title and
 * viewers show that title. */
static void
assert_rules (GBytes     *pdf,
              const char *what)
{
  g_autofree char *path = save (pdf);
  g_autofree char *info = test_run_tool ("pdfinfo", path, NULL);
  g_autofree char *text = test_run_tool ("pdftotext", path, "-");
  g_autofree char *tree_words = struct_words (path);
  g_autoptr(GPtrArray) alts = element_alts (pdf, "Figure");
  g_autofree char *shown = sorted_characters (text);
  g_autofree char *read = sorted_characters (tree_words);
  gsize data_size;
  const char *data = g_bytes_get_data (pdf, &data_size);
  const char *catalogue = find_last (data, data_size, "<< /Type /Catalog");
  /* pdfinfo's first line, when there is a title. */
  const char *title = g_str_has_prefix (info, "Title:") ? info : NULL;
  g_autofree char *dictionary = NULL;

  g_test_message ("%s: %s", what, path);
  g_assert_nonnull (strstr (info, "\nTagged:          yes\n"));
  g_assert_nonnull (title);
  title += strlen ("Title:");
  while (*title == ' ')
    title++;
  g_assert_cmpint (*title, !=, '\n');
  g_assert_nonnull (catalogue);
  dictionary = g_strndup (catalogue, (gsize) (strstr (catalogue, "endobj") - catalogue));
  g_assert_nonnull (strstr (dictionary, "/MarkInfo << /Marked true >>"));
  g_assert_nonnull (strstr (dictionary, "/Lang ("));
  g_assert_nonnull (strstr (dictionary, "/DisplayDocTitle true"));
  for (guint i = 0; i < alts->len; i++)
    if (g_ptr_array_index (alts, i) == NULL || !*(char *) g_ptr_array_index (alts, i))
      g_error ("%s: figure %u of %s has no alternative text", what, i, path);
  /* Every character shown is read, as often as it is shown. */
  if (g_strcmp0 (shown, read) != 0)
    g_error ("%s: the text of %s is not that of its structure:\nshown: %s\nread:  %s", what,
             path, shown, read);
  g_unlink (path);
}

/* Every example's diagram (its own size, and on A4 and A3 pages) and
 * leaflet meet those rules. */
static void
test_rules (gconstpointer data)
{
  PdLeafletOptions leaflet_options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(PdDocument) doc = NULL;
  g_autoptr(GBytes) leaflet_pdf = NULL;
  g_autoptr(GError) error = NULL;
  const PdPageSize pages[] = { PD_PAGE_DIAGRAM, PD_PAGE_A4, PD_PAGE_A3 };
  const char *names[] = { "diagram at its size", "diagram on A4", "diagram on A3" };
  PdLeaflet *leaflet;

  if (!have_poppler ())
    return;
  doc = test_load (data);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GBytes) pdf = export_pdf (doc, pages[i], FALSE);

      assert_rules (pdf, names[i]);
    }
  leaflet = pd_leaflet_compose (doc, &leaflet_options, data);
  leaflet_pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  assert_rules (leaflet_pdf, "leaflet");
  pd_leaflet_free (leaflet);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/pdf-tags/diagram", test_diagram);
  test_add_per_example ("/pdf-tags/leaflet", test_leaflet);
  test_add_per_example ("/pdf-tags/rules", test_rules);
  g_test_add_func ("/pdf-tags/overview", test_overview);
  g_test_add_func ("/pdf-tags/leaflet-language", test_leaflet_language);
  g_test_add_func ("/pdf-tags/own-picture", test_own_picture);
  return g_test_run ();
}
