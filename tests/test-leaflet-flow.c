/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The whole journey in the leaflet: every step reachable from the start in
 * the PDF's text, in order, inside the margins, a step longer than a page
 * going on over pages, headings and terms kept with what follows them. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "pd-edge.h"
#include "pd-edit.h"
#include "pd-enums.h"
#include "pd-generate.h"
#include "pd-leaflet-private.h"
#include "pd-leaflet.h"
#include "test-common.h"

#define EPSILON 0.01

/* Runs of white space as one space, and the "(continued)" leads gone. */
static char *
flatten (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
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
  g_string_replace (out, " (continued) ", " ", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
write_pdf (PdLeaflet *leaflet)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), "pathway-flow-XXXXXX.pdf", NULL);
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  pdf = pd_leaflet_render_pdf (leaflet, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                      NULL));
  return path;
}

/* Every box inside the page's margins; a heading never last on its page;
 * a term on the page of its meaning. */
static void
check_boxes (PdLeaflet *leaflet)
{
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      g_assert_cmpuint (page->boxes->len, >, 0);
      for (guint i = 0; i < page->boxes->len; i++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, i);
          PdLeafletBox *next = i + 1 < page->boxes->len ? g_ptr_array_index (page->boxes, i + 1)
                                                        : NULL;

          g_assert_cmpfloat (box->rect.x, >=, leaflet->margin - EPSILON);
          g_assert_cmpfloat (box->rect.y, >=, leaflet->margin - EPSILON);
          g_assert_cmpfloat (box->rect.x + box->rect.width, <=,
                             leaflet->width - leaflet->margin + EPSILON);
          g_assert_cmpfloat (box->rect.y + box->rect.height, <=,
                             leaflet->height - leaflet->margin + EPSILON);
          /* A heading: bold, larger than the body, not reading text. */
          if (box->kind == PD_LEAFLET_TEXT && box->bold && !box->body
              && box->size > leaflet->options.font_size && p > 0)
            g_assert_nonnull (next);
          if (box->kind == PD_LEAFLET_TEXT && box->keep_with_next)
            {
              g_assert_nonnull (next);
              g_assert_cmpint (next->row, ==, box->row);
            }
        }
    }
}

/* Every word pdftotext -bbox finds inside the margins of its page. */
static void
check_bbox (PdLeaflet  *leaflet,
            const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                        "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int status;
  guint words = 0;
  /* Glyphs may stand a little above their line's box (accents, ascent). */
  double slack = 2;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               NULL));
  g_assert_true (g_regex_match (word, out, 0, &match));
  while (g_match_info_matches (match))
    {
      double box[4];

      for (int i = 0; i < 4; i++)
        {
          g_autofree char *number = g_match_info_fetch (match, i + 1);
          box[i] = g_ascii_strtod (number, NULL);
        }
      g_assert_cmpfloat (box[0], >=, leaflet->margin - slack);
      g_assert_cmpfloat (box[1], >=, leaflet->margin - slack);
      g_assert_cmpfloat (box[2], <=, leaflet->width - leaflet->margin + slack);
      g_assert_cmpfloat (box[3], <=, leaflet->height - leaflet->margin + slack);
      words++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (words, >, 10);
}

/* The steps reachable from the start through steps that are offered. */
static GHashTable *
reachable (PdDocument *doc,
           PdNode     *start)
{
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  GListModel *edges = pd_document_get_edges (doc);

  g_hash_table_add (seen, start);
  g_ptr_array_add (queue, start);
  for (guint q = 0; q < queue->len; q++)
    for (guint e = 0; e < g_list_model_get_n_items (edges); e++)
      {
        g_autoptr(PdEdge) edge = g_list_model_get_item (edges, e);
        PdNode *to = pd_document_get_node (doc, pd_edge_get_to_id (edge));

        if (g_strcmp0 (pd_edge_get_from_id (edge), pd_node_get_id (g_ptr_array_index (queue, q)))
            == 0 && to && pd_node_get_availability (to) == PD_AVAILABILITY_OFFERED
            && g_hash_table_add (seen, to))
          g_ptr_array_add (queue, to);
      }
  return seen;
}

/* The leaflet of @doc tells every offered step reachable from the start,
 * in the journey's order, each one's words whole in the PDF's text. */
static void
check_whole (PdDocument *doc,
             const char *file_name,
             gboolean    bbox)
{
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (doc, NULL, file_name);
  PdJourneyStep *first = g_ptr_array_index (leaflet->journey->steps, 0);
  g_autoptr(GHashTable) told = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) wanted = reachable (doc, first->node);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  GListModel *nodes = pd_document_get_nodes (doc);
  const char *at;
  GHashTableIter iter;
  gpointer node;

  check_boxes (leaflet);
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    g_assert_true (g_hash_table_add (told, ((PdJourneyStep *)
                                            g_ptr_array_index (leaflet->journey->steps, i))->node));
  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    g_assert_true (g_hash_table_contains (told, node));
  /* Each step told or left out with why, never both. */
  g_assert_cmpuint (leaflet->journey->steps->len + leaflet->journey->left_out->len, ==,
                    g_list_model_get_n_items (nodes));

  if (!test_have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  path = write_pdf (leaflet);
  text = test_run_tool ("pdftotext", path, "-");
  flat = flatten (text);
  at = flat;
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_autofree char *words = flatten (step->text);
      const char *found = strstr (at, words);

      if (found == NULL)
        g_test_message ("step %u not found in order: %s", i, words);
      g_assert_nonnull (found);
      at = found + strlen (words);
    }
  if (bbox)
    check_bbox (leaflet, path);
  g_unlink (path);
}

static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);

  check_whole (doc, data, TRUE);
}

static void
test_generated (gconstpointer data)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (GPOINTER_TO_UINT (data), 7, 4);

  check_whole (doc, NULL, GPOINTER_TO_UINT (data) == 50);
}

/* One step of 1,000 words: all of them, over several pages, each page
 * inside its margins. */
static void
test_long_step (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *start = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, NULL, 0, 100);
  PdNode *end = pd_edit_add_node (doc, PD_NODE_KIND_DISCHARGE, NULL, 200, 100);
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  guint pages_of_step = 0;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (words, "%sword%u%s", i ? " " : "", i, i % 10 == 9 ? "." : "");
  pd_document_set (doc, start, "title", "Start", "easy-read", words->str, NULL);
  pd_document_set (doc, end, "title", "End", "easy-read", "You finish with us.", NULL);
  pd_edit_connect (doc, start, end);
  leaflet = pd_leaflet_compose (doc, NULL, NULL);
  check_boxes (leaflet);
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);

          if (box->kind == PD_LEAFLET_TEXT && strstr (box->text, "word"))
            {
              pages_of_step++;
              break;
            }
        }
    }
  g_assert_cmpuint (pages_of_step, >=, 3);
  if (!test_have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  path = write_pdf (leaflet);
  text = test_run_tool ("pdftotext", path, "-");
  flat = flatten (text);
  g_assert_nonnull (strstr (flat, words->str));
  g_assert_nonnull (strstr (text, _("(continued)")));
  check_bbox (leaflet, path);
  g_unlink (path);
}

/* Steps other ways lead to are indented, a level for each, and say where
 * they go back to. */
static void
test_nesting (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *start = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, NULL, 0, 100);
  PdNode *alt = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 200, 200);
  PdNode *deeper = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 300);
  PdNode *end = pd_edit_add_node (doc, PD_NODE_KIND_DISCHARGE, NULL, 600, 100);
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autofree char *back = g_strdup_printf (_("Then you go back to: %s"), "The end");
  double x[3] = { -1, -1, -1 };
  gboolean said = FALSE;

  pd_document_set (doc, start, "title", "Start", "easy-read", "You ask us.", NULL);
  pd_document_set (doc, alt, "title", "Alt", "easy-read", "You read.", NULL);
  pd_document_set (doc, deeper, "title", "Deeper", "easy-read", "You walk.", NULL);
  pd_document_set (doc, end, "title", "The end", "easy-read", "You finish.", NULL);
  pd_edit_connect (doc, start, end);
  pd_document_set (doc, pd_edit_connect (doc, start, alt), "kind", PD_EDGE_KIND_ALTERNATIVE,
                   NULL);
  pd_document_set (doc, pd_edit_connect (doc, alt, deeper), "kind", PD_EDGE_KIND_ALTERNATIVE,
                   NULL);
  pd_edit_connect (doc, alt, end);
  pd_edit_connect (doc, deeper, end);
  leaflet = pd_leaflet_compose (doc, NULL, NULL);
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);
          const char *texts[] = { "You ask us.", "You read.", "You walk." };

          if (box->kind == PD_LEAFLET_TEXT && g_str_equal (box->text, back))
            said = TRUE;
          if (box->kind != PD_LEAFLET_TEXT)
            continue;
          /* The picture of the row the step's words are in. */
          for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
            for (guint o = 0; g_str_has_prefix (box->text, texts[k]) && o < page->boxes->len; o++)
              {
                PdLeafletBox *picture = g_ptr_array_index (page->boxes, o);

                if (picture->kind == PD_LEAFLET_PICTURE && picture->row == box->row)
                  {
                    x[k] = picture->rect.x;
                    g_assert_cmpuint (picture->level, ==, k);
                    g_assert_cmpuint (box->level, ==, k);
                  }
              }
        }
    }
  g_assert_true (said);
  g_assert_cmpfloat (x[0], >=, 0);
  g_assert_cmpfloat (x[1], >, x[0] + 10);
  g_assert_cmpfloat (x[2], >, x[1] + 10);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/leaflet-flow/example", test_example);
  g_test_add_data_func ("/leaflet-flow/generated-50", GUINT_TO_POINTER (50), test_generated);
  g_test_add_data_func ("/leaflet-flow/generated-200", GUINT_TO_POINTER (200), test_generated);
  g_test_add_func ("/leaflet-flow/long-step", test_long_step);
  g_test_add_func ("/leaflet-flow/nesting", test_nesting);
  return g_test_run ();
}
