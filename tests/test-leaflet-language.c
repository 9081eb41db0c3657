/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflet in another language: the pathway's texts in it, the fixed
 * phrases from the program's catalogue whatever the locale, fonts with its
 * letters, right-to-left languages mirrored, the language in the PDF. */
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pd-journey.h"
#include "pd-language.h"
#include "pd-leaflet.h"
#include "pd-leaflet-gettext.h"
#include "pd-leaflet-private.h"
#include "pd-readability.h"
#include "test-cli.h"

static char *
example_path (void)
{
  return g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml", "examples",
                           "common-mental-health-stepped-care.pathway", NULL);
}

static PdLeaflet *
compose_file (const char *path,
              const char *lang)
{
  g_autoptr(PdDocument) document = test_load (path);
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;

  options.language = lang;
  return pd_leaflet_compose (document, &options, path);
}

static PdLeaflet *
compose (const char *lang)
{
  g_autofree char *path = example_path ();

  return compose_file (path, lang);
}

/* @text without white space nor bidi embeddings: pdftotext breaks lines,
 * and puts spaces between the cascading letters of Nastaliq. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !(c >= 0x202A && c <= 0x202E))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_catalogue (void)
{
  /* The catalogue's words, not the user's locale's (the test runs in C). */
  g_assert_cmpstr (pd_leaflet_gettext ("pl", "What might happen"), ==, "Co może się wydarzyć");
  g_assert_cmpstr (pd_leaflet_gettext ("pl-PL", "What might happen"), ==,
                   "Co może się wydarzyć");
  g_assert_cmpstr (pd_leaflet_gettext ("ur", "What might happen"), ==, "کیا ہو سکتا ہے");
  g_assert_cmpstr (pd_leaflet_gettext ("gu", "Who might help you"), ==,
                   "કોણ તમારી મદદ કરી શકે છે");
  g_assert_cmpstr (pd_leaflet_gettext ("en", "What might happen"), ==, "What might happen");
  g_assert_cmpstr (pd_leaflet_gettext (NULL, "What might happen"), ==, "What might happen");
  /* No catalogue, or none for the script: English, never Gurmukhi for
   * Shahmukhi Punjabi. */
  g_assert_cmpstr (pd_leaflet_gettext ("so", "What might happen"), ==, "What might happen");
  g_assert_false (pd_leaflet_has_catalogue ("pa-Arab"));
  g_assert_true (pd_leaflet_has_catalogue ("pa"));
  g_assert_cmpstr (pd_leaflet_gettext ("pl", "no such message"), ==, "no such message");
  /* A context keeps a message apart from the same words without one. */
  g_assert_cmpstr (pd_leaflet_pgettext ("ur", "leaflet heading", "What might happen"), ==,
                   "What might happen");
}

static void
test_plurals (void)
{
  const char *one = "It may take about %u week.", *many = "It may take about %u weeks.";

  /* Arabic's six forms, by its Plural-Forms expression. */
  g_assert_cmpstr (pd_leaflet_ngettext ("ar", one, many, 3), ==,
                   "قد يستغرق ذلك حوالي %u أسابيع.");
  g_assert_cmpstr (pd_leaflet_ngettext ("ar", one, many, 11), ==,
                   "قد يستغرق ذلك حوالي %u أسبوعًا.");
  g_assert_cmpstr (pd_leaflet_ngettext ("ar", one, many, 100), ==,
                   "قد يستغرق ذلك حوالي %u أسبوع.");
  g_assert_cmpstr (pd_leaflet_ngettext ("pl", one, many, 1), ==,
                   "To może potrwać około %u tygodnia.");
  g_assert_cmpstr (pd_leaflet_ngettext ("pl", one, many, 5), ==,
                   "To może potrwać około %u tygodni.");
  g_assert_cmpstr (pd_leaflet_ngettext ("so", one, many, 1), ==, one);
  g_assert_cmpstr (pd_leaflet_ngettext (NULL, one, many, 2), ==, many);
}

/* Every word of the leaflet in a font that has its letters: Pango finds
 * no glyph missing in any text box. */
static void
assert_no_unknown_glyphs (PdLeaflet *leaflet)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);
          g_autoptr(PangoLayout) layout = NULL;

          if (box->kind != PD_LEAFLET_TEXT)
            continue;
          layout = pd_leaflet_layout_text (context, leaflet, box->text, box->size, box->bold,
                                           box->rect.width);
          if (pango_layout_get_unknown_glyphs_count (layout) != 0)
            g_error ("missing glyphs in “%s”", box->text);
          /* Body text at 16 pt or more in every script (rule 1). */
          if (box->body)
            g_assert_cmpfloat (box->size, >=, 16);
        }
    }
  g_object_unref (context);
}

/* How far apart the baselines of a paragraph's first two lines are, in
 * sizes of its type: the first body text of two lines or more. */
static double
line_pitch (PdLeaflet *leaflet)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  double pitch = 0;

  for (guint p = 0; p < leaflet->pages->len && pitch == 0; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len && pitch == 0; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);
          g_autoptr(PangoLayout) layout = NULL;
          PangoLayoutIter *iter;
          int first;

          if (box->kind != PD_LEAFLET_TEXT || !box->body)
            continue;
          layout = pd_leaflet_layout_text (context, leaflet, box->text, box->size, box->bold,
                                           box->rect.width);
          if (pango_layout_get_line_count (layout) < 2)
            continue;
          iter = pango_layout_get_iter (layout);
          first = pango_layout_iter_get_baseline (iter);
          g_assert_true (pango_layout_iter_next_line (iter));
          pitch = (double) (pango_layout_iter_get_baseline (iter) - first) / PANGO_SCALE
                  / box->size;
          pango_layout_iter_free (iter);
        }
    }
  g_object_unref (context);
  g_assert_cmpfloat (pitch, >, 0);
  return pitch;
}

static GBytes *
render_pdf (PdLeaflet  *leaflet,
            char      **path)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = pd_leaflet_render_pdf (leaflet, &error);
  int fd;

  g_assert_no_error (error);
  fd = g_file_open_tmp ("leaflet-language-XXXXXX.pdf", path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (*path, g_bytes_get_data (pdf, NULL),
                                      (gssize) g_bytes_get_size (pdf), NULL));
  return pdf;
}

/* The catalogue the PDF's last cross-reference section points at says
 * /Lang (@lang): the one a reader takes. */
static void
assert_pdf_language (GBytes     *pdf,
                     const char *lang)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  g_autofree char *text = g_malloc (size + 1);
  const char *startxref;
  g_autofree char *root = NULL, *expected = NULL;
  const char *xref, *entry, *trailer, *object, *end;
  guint64 offset, number;

  /* Searched as a string: the binary streams' NULs made spaces. */
  for (gsize i = 0; i < size; i++)
    text[i] = data[i] ? data[i] : ' ';
  text[size] = '\0';
  startxref = g_strrstr (text, "startxref");
  g_assert_nonnull (startxref);
  xref = text + g_ascii_strtoull (startxref + strlen ("startxref"), NULL, 10);
  g_assert_true (g_str_has_prefix (xref, "xref\n"));
  trailer = strstr (xref, "/Root ");
  g_assert_nonnull (trailer);
  number = g_ascii_strtoull (trailer + strlen ("/Root "), NULL, 10);
  /* The subsection with the catalogue: "N 1", then its entry. */
  root = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 1\n", number);
  entry = strstr (xref, root);
  g_assert_nonnull (entry);
  offset = g_ascii_strtoull (entry + strlen (root), NULL, 10);
  g_assert_cmpuint (offset, <, size);
  object = text + offset;
  end = strstr (object, "endobj");
  g_assert_nonnull (end);
  expected = g_strdup_printf ("/Lang (%s)", lang);
  g_assert_nonnull (g_strstr_len (object, end - object, "/Type /Catalog"));
  g_assert_nonnull (g_strstr_len (object, end - object, expected));
}

/* Whether pdffonts lists a Noto font embedded in @path. */
static gboolean
embeds_noto (const char *path)
{
  g_autofree char *fonts = test_run_tool ("pdffonts", path, NULL);

  return strstr (fonts, "+Noto") != NULL;
}

static void
check_language (const char *lang,
                const char *heading,
                gboolean    right_to_left)
{
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *path = NULL, *text = NULL, *squeezed = NULL, *raw = NULL;
  g_autofree char *raw_squeezed = NULL;
  const char *argv[] = { "pdftotext", "-raw", NULL, "-", NULL };
  guint words = 0, found = 0;

  if (!pd_leaflet_check_language (lang, NULL))
    {
      g_test_skip ("no font for the language (fonts-noto-core)");
      return;
    }
  leaflet = compose (lang);
  g_assert_cmpstr (leaflet->language, ==, lang);
  g_assert_true (leaflet->right_to_left == right_to_left);
  assert_no_unknown_glyphs (leaflet);
  pdf = render_pdf (leaflet, &path);
  assert_pdf_language (pdf, lang);
  if (!test_have_program ("pdftotext") || !test_have_program ("pdffonts"))
    {
      g_remove (path);
      g_test_skip ("pdftotext and pdffonts (poppler-utils) are not installed");
      return;
    }
  text = test_run_tool ("pdftotext", path, "-");
  squeezed = squeeze (text);
  argv[2] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &raw, NULL, NULL, NULL));
  raw_squeezed = squeeze (raw);
  /* The heading is the catalogue's. */
  {
    g_autofree char *want = squeeze (heading);
    g_assert_nonnull (strstr (right_to_left ? raw_squeezed : squeezed, want));
  }
  /* Every step's easy-read text in that language. Nastaliq's letters
   * cascade, so pdftotext splits Urdu words: there each word is looked for
   * in the text as drawn. */
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      const char *own = pd_node_get_easy_read_for (step->node, lang);
      g_auto(GStrv) split = NULL;

      g_assert_nonnull (own);
      g_assert_false (step->in_english);
      if (!right_to_left)
        {
          g_autofree char *want = squeeze (own);
          if (strstr (squeezed, want) == NULL)
            g_error ("not in the PDF: %s", own);
          continue;
        }
      split = g_strsplit (own, " ", -1);
      for (guint k = 0; split[k]; k++)
        {
          g_autofree char *word = squeeze (split[k]);

          words++;
          found += strstr (raw_squeezed, word) != NULL;
        }
    }
  if (right_to_left)
    g_assert_cmpuint (found * 10, >=, words * 9);
  if (!g_str_equal (lang, "pl"))
    g_assert_true (embeds_noto (path));
  g_remove (path);
}

static void
test_polish (void)
{
  check_language ("pl", "Co może się wydarzyć", FALSE);
}

static void
test_gujarati (void)
{
  check_language ("gu", "શું થઈ શકે છે", FALSE);
}

static void
test_urdu (void)
{
  check_language ("ur", "کیا ہو سکتا ہے", TRUE);
}

/* A right-to-left page is the English one in a mirror: the picture right
 * of the words, lines ending at the words' right edge, other ways indented
 * from the right. Returns how many rows of a picture and words there are;
 * @nested, how many of them are other ways. */
static guint
assert_mirrored (PdLeaflet *leaflet,
                 guint     *nested)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  guint rows = 0;

  *nested = 0;
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b + 1 < page->boxes->len; b++)
        {
          PdLeafletBox *picture = g_ptr_array_index (page->boxes, b);
          PdLeafletBox *words = g_ptr_array_index (page->boxes, b + 1);
          g_autoptr(PangoLayout) layout = NULL;
          PangoRectangle line;

          if (picture->kind != PD_LEAFLET_PICTURE || words->kind != PD_LEAFLET_TEXT
              || picture->row != words->row || words->rect.y > picture->rect.y + 1)
            continue;
          rows++;
          g_assert_cmpfloat (picture->rect.x, >, words->rect.x + words->rect.width - 0.01);
          g_assert_cmpfloat (picture->rect.x + picture->rect.width, <=,
                             leaflet->width - leaflet->margin + 0.01);
          /* Other ways further in from the right. */
          if (picture->level > 0)
            {
              (*nested)++;
              g_assert_cmpfloat (picture->rect.x + picture->rect.width, <,
                                 leaflet->width - leaflet->margin - 1);
            }
          layout = pd_leaflet_layout_text (context, leaflet, words->text, words->size,
                                           words->bold, words->rect.width);
          {
            PangoLayoutIter *iter = pango_layout_get_iter (layout);

            pango_layout_iter_get_line_extents (iter, NULL, &line);
            pango_layout_iter_free (iter);
          }
          /* Right aligned: the first line ends at the box's right edge. */
          g_assert_cmpfloat (fabs (words->rect.width
                                   - (double) (line.x + line.width) / PANGO_SCALE), <, 1);
          g_assert_cmpint (pango_layout_get_direction (layout, 0), ==, PANGO_DIRECTION_RTL);
        }
    }
  g_object_unref (context);
  return rows;
}

static void
test_urdu_mirrored (void)
{
  g_autoptr(PdLeaflet) leaflet = compose ("ur");
  g_autoptr(PdLeaflet) english = compose (NULL);
  guint nested;

  g_assert_cmpuint (assert_mirrored (leaflet, &nested), >=, 10);
  g_assert_cmpuint (nested, >=, 1);
  /* Nastaliq's tall type: lines its own height apart, not 1.5 times it
   * (3.75 sizes); Latin lines 1.5 times theirs (rule 3). */
  g_assert_cmpfloat (line_pitch (leaflet), >=, 1.5);
  g_assert_cmpfloat (line_pitch (leaflet), <, 2.7);
  g_assert_cmpfloat (english->line_spacing, ==, 1.5);
  g_assert_cmpfloat (line_pitch (english), >=, 1.5);
  g_assert_cmpfloat (line_pitch (english), <, 2);
  /* English keeps its pictures on the left. */
  {
    PdLeafletPage *page = g_ptr_array_index (english->pages, 1);
    PdLeafletBox *first = NULL;

    for (guint b = 0; b < page->boxes->len && first == NULL; b++)
      if (((PdLeafletBox *) g_ptr_array_index (page->boxes, b))->kind == PD_LEAFLET_PICTURE)
        first = g_ptr_array_index (page->boxes, b);
    g_assert_nonnull (first);
    g_assert_cmpfloat (first->rect.x, <, english->width / 2);
  }
}

/* A small pathway in Arabic, a language no example has texts in: a way
 * and another beside it, numbers in the timings. */
static const char arabic_pathway[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"2\" "
  "id=\"arabic-leaflet\" status=\"draft\" version=\"0.1\">\n"
  "<title>Help for low mood</title>\n"
  "<title xml:lang=\"ar\">مساعدة لمن يشعر بالحزن</title>\n"
  "<summary>A small pathway with its texts in Arabic.</summary>\n"
  "<summary xml:lang=\"ar\">مسار صغير نصوصه باللغة العربية.</summary>\n"
  "<agencies><agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\"><name>NHS trust</name>"
  "<name xml:lang=\"ar\">هيئة الخدمات الصحية</name></agency></agencies>\n"
  "<nodes>\n"
  "<node id=\"n-referral\" kind=\"referral\" agency=\"nhs\" x=\"40\" y=\"200\">"
  "<title>Asking for help</title><title xml:lang=\"ar\">طلب المساعدة</title>"
  "<easy-read pictogram=\"phone\">You can ask for help by phone or online.</easy-read>"
  "<easy-read xml:lang=\"ar\">يمكنك أن تطلب المساعدة بالهاتف أو عبر الإنترنت.</easy-read>"
  "<timing duration=\"1\" duration-unit=\"days\"/></node>\n"
  "<node id=\"n-assessment\" kind=\"assessment\" agency=\"nhs\" x=\"260\" y=\"200\">"
  "<title>First assessment</title><title xml:lang=\"ar\">التقييم الأول</title>"
  "<easy-read pictogram=\"talking\">A worker talks with you about how you feel.</easy-read>"
  "<easy-read xml:lang=\"ar\">يتحدث معك أحد العاملين عن شعورك. "
  "تختاران معًا المساعدة المناسبة لك.</easy-read>"
  "<timing duration=\"2\" duration-unit=\"weeks\" sessions=\"1\" session-minutes=\"45\"/>"
  "</node>\n"
  "<node id=\"n-therapy\" kind=\"intervention\" agency=\"nhs\" x=\"480\" y=\"200\">"
  "<title>Talking therapy</title><title xml:lang=\"ar\">العلاج بالكلام</title>"
  "<easy-read pictogram=\"help\">You meet a therapist every week.</easy-read>"
  "<easy-read xml:lang=\"ar\">تلتقي بمعالج كل أسبوع. "
  "تتعلم كيف تؤثر أفكارك في مشاعرك.</easy-read>"
  "<timing duration=\"12\" duration-unit=\"weeks\" sessions=\"12\" session-minutes=\"50\"/>"
  "</node>\n"
  "<node id=\"n-group\" kind=\"intervention\" agency=\"nhs\" x=\"480\" y=\"400\">"
  "<title>Support group</title><title xml:lang=\"ar\">مجموعة دعم</title>"
  "<easy-read pictogram=\"group\">You meet other people in a group.</easy-read>"
  "<easy-read xml:lang=\"ar\">تلتقي بأشخاص آخرين في مجموعة. "
  "تتعلمون معًا طرقًا للتعامل مع القلق.</easy-read></node>\n"
  "<node id=\"n-end\" kind=\"discharge\" agency=\"nhs\" x=\"700\" y=\"200\">"
  "<title>End of the help</title><title xml:lang=\"ar\">نهاية المساعدة</title>"
  "<easy-read pictogram=\"finish\">At the last meeting you make a plan to stay well.</easy-read>"
  "<easy-read xml:lang=\"ar\">في اللقاء الأخير تضع خطة لتبقى بخير.</easy-read></node>\n"
  "</nodes>\n"
  "<edges><edge id=\"e1\" from=\"n-referral\" to=\"n-assessment\"/>"
  "<edge id=\"e2\" from=\"n-assessment\" to=\"n-therapy\"/>"
  "<edge id=\"e3\" from=\"n-assessment\" to=\"n-group\" kind=\"alternative\"/>"
  "<edge id=\"e4\" from=\"n-therapy\" to=\"n-end\"/>"
  "<edge id=\"e5\" from=\"n-group\" to=\"n-end\"/></edges>\n"
  "</pathway>\n";

/* Arabic: the command line's PDF in Arabic, every letter in a font, the
 * page mirrored as Urdu's is. */
static void
test_arabic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("leaflet-arabic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "arabic.pathway", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "arabic.pdf", NULL);
  g_autofree char *data = NULL;
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_auto(Run) r = { 0 };
  gsize size;
  guint nested;

  if (!pd_leaflet_check_language ("ar", NULL))
    {
      g_rmdir (dir);
      g_test_skip ("no font for Arabic (fonts-noto-core)");
      return;
    }
  g_assert_true (g_file_set_contents (path, arabic_pathway, -1, NULL));
  run (&r, "leaflet", "--lang", "ar", path, "-o", pdf_path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf_path, &data, &size, NULL));
  pdf = g_bytes_new_take (g_steal_pointer (&data), size);
  assert_pdf_language (pdf, "ar");

  leaflet = compose_file (path, "ar");
  g_assert_cmpstr (leaflet->language, ==, "ar");
  g_assert_true (leaflet->right_to_left);
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    g_assert_false (((PdJourneyStep *) g_ptr_array_index (leaflet->journey->steps, i))->in_english);
  assert_no_unknown_glyphs (leaflet);
  /* Two rows about the leaflet, and the five steps. */
  g_assert_cmpuint (assert_mirrored (leaflet, &nested), >=, 5);
  g_assert_cmpuint (nested, >=, 1);
  /* Lines as far apart as Latin ones, not 1.5 times the type's height
   * (3.2 sizes, further than the paragraphs). */
  g_assert_cmpfloat (line_pitch (leaflet), >=, 1.5);
  g_assert_cmpfloat (line_pitch (leaflet), <, 2.3);
  if (test_have_program ("pdffonts"))
    g_assert_true (embeds_noto (pdf_path));
  g_remove (pdf_path);
  g_remove (path);
  g_rmdir (dir);
}

/* Numbers in Urdu stay left to right, Western digits: "45" not "54". */
static void
test_urdu_numbers (void)
{
  g_autoptr(PdLeaflet) leaflet = compose ("ur");
  gboolean seen = FALSE;

  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);

      if (step->timing && strstr (step->timing, "45"))
        seen = TRUE;
    }
  g_assert_true (seen);
}

/* A language the file has some texts in: the others fall back to English
 * and --check names each of them. */
static void
test_check_fallbacks (void)
{
  g_autofree char *path = example_path ();
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *partial = NULL;
  g_auto(Run) r = { 0 };
  GRegex *regex;

  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
  /* Polish without its text for the initial assessment. */
  regex = g_regex_new ("<easy-read xml:lang=\"pl\">Pracownik rozmawia z tobą o tym[^<]*"
                       "</easy-read>", 0, 0, NULL);
  partial = g_regex_replace (regex, source, -1, 0, "", G_REGEX_MATCH_DEFAULT, NULL);
  g_regex_unref (regex);
  {
    g_autofree char *dir = g_dir_make_tmp ("leaflet-language-XXXXXX", NULL);

    copy = g_build_filename (dir, "partial.pathway", NULL);
    g_assert_true (g_file_set_contents (copy, partial, -1, NULL));
  }
  run (&r, "leaflet", "--check", "--lang", "pl", copy, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "“Initial assessment” has no easy-read text in Polish"));
  /* Only that one. */
  g_assert_true (strstr (r.err, "in Polish") == g_strrstr (r.err, "in Polish"));
  g_assert_nonnull (strstr (r.out, "Reading ease is measured for English only"));
  g_assert_null (strstr (r.err, "has no title in Polish"));
  g_assert_null (strstr (r.out, "reading ease "));
  {
    g_autofree char *dir = g_path_get_dirname (copy);
    g_remove (copy);
    g_rmdir (dir);
  }
}

static void
test_unknown_language (void)
{
  g_autofree char *path = example_path ();
  g_auto(Run) r = { 0 };

  run (&r, "leaflet", "--lang", "xx-nope-", path, "-o", "never.pdf", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "pl"));
  g_assert_nonnull (strstr (r.err, "ur"));
  g_assert_false (g_file_test ("never.pdf", G_FILE_TEST_EXISTS));
}

static void
test_readability_other_languages (void)
{
  g_autoptr(PdReadability) urdu = pd_readability_analyse_for (
    "ایک کارکن آپ سے بات کرتا ہے۔ آپ مل کر وہ مدد چنتے ہیں۔", "ur");
  g_autoptr(PdReadability) chinese = pd_readability_analyse_for ("你好。我们帮助你。", "zh");
  g_autoptr(PdReadability) english = pd_readability_analyse_for ("You talk to a worker.", "en");
  GString *long_one = g_string_new (NULL);
  g_autoptr(PdReadability) long_urdu = NULL;

  g_assert_false (urdu->english);
  g_assert_true (urdu->words_counted);
  g_assert_cmpuint (urdu->sentences, ==, 2);
  g_assert_cmpuint (urdu->words, ==, 14);
  g_assert_cmpuint (urdu->syllables, ==, 0);
  g_assert_false (chinese->words_counted);
  g_assert_true (english->english);
  for (guint i = 0; i < 30; i++)
    g_string_append (long_one, "آپ ");
  g_string_append (long_one, "ہیں۔");
  long_urdu = pd_readability_analyse_for (long_one->str, "ur");
  g_assert_cmpuint (long_urdu->issues->len, ==, 1);
  g_assert_cmpint (((PdReadIssue *) g_ptr_array_index (long_urdu->issues, 0))->severity, ==,
                   PD_SEVERITY_ERROR);
  g_string_free (long_one, TRUE);
}

static void
test_odt_styles (void)
{
  g_autoptr(PdLeaflet) leaflet = compose ("ur");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) odt = pd_leaflet_render_odt (leaflet, &error);
  g_autofree char *dir = g_dir_make_tmp ("leaflet-odt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ur.odt", NULL);
  g_autofree char *styles = NULL;
  const char *argv[] = { "unzip", "-p", NULL, "styles.xml", NULL };

  g_assert_no_error (error);
  if (!test_have_program ("unzip"))
    {
      g_rmdir (dir);
      g_test_skip ("unzip is not installed");
      return;
    }
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (odt, NULL),
                                      (gssize) g_bytes_get_size (odt), NULL));
  argv[2] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &styles, NULL, NULL, NULL));
  g_assert_nonnull (strstr (styles, "style:font-size-complex=\"16pt\""));
  g_assert_nonnull (strstr (styles, "style:font-size-asian=\"16pt\""));
  g_assert_nonnull (strstr (styles, "style:language-complex=\"ur\""));
  g_assert_nonnull (strstr (styles, "svg:font-family=\"'Noto Nastaliq Urdu'\""));
  g_assert_nonnull (strstr (styles, "style:writing-mode=\"rl-tb\""));
  g_assert_null (strstr (styles, "lr-tb"));
  /* Aligned right: LibreOffice takes "start" for left even right to left.
   * Lines as far apart as the PDF's, Nastaliq's own height. */
  g_assert_null (strstr (styles, "fo:text-align=\"start\""));
  g_assert_nonnull (strstr (styles, "fo:text-align=\"right\""));
  g_assert_nonnull (strstr (styles, "fo:line-height=\"100%\""));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_html_language (void)
{
  g_autoptr(PdLeaflet) leaflet = compose ("ur");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = pd_leaflet_render_html (leaflet, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_nonnull (strstr (text, "<html lang=\"ur\" dir=\"rtl\">"));
  /* Other ways indented from the side the lines start on, the right here:
   * the stylesheet names no physical side for them. */
  g_assert_nonnull (strstr (text, ".others{margin:0;margin-inline-start:2rem;padding:0;"
                                  "padding-inline-start:1rem;"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/leaflet-language/catalogue", test_catalogue);
  g_test_add_func ("/leaflet-language/plurals", test_plurals);
  g_test_add_func ("/leaflet-language/polish", test_polish);
  g_test_add_func ("/leaflet-language/gujarati", test_gujarati);
  g_test_add_func ("/leaflet-language/urdu", test_urdu);
  g_test_add_func ("/leaflet-language/urdu-mirrored", test_urdu_mirrored);
  g_test_add_func ("/leaflet-language/urdu-numbers", test_urdu_numbers);
  g_test_add_func ("/leaflet-language/arabic", test_arabic);
  g_test_add_func ("/leaflet-language/check-fallbacks", test_check_fallbacks);
  g_test_add_func ("/leaflet-language/unknown-language", test_unknown_language);
  g_test_add_func ("/leaflet-language/readability", test_readability_other_languages);
  g_test_add_func ("/leaflet-language/odt-styles", test_odt_styles);
  g_test_add_func ("/leaflet-language/html-language", test_html_language);
  return g_test_run ();
}
