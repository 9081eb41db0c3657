/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leaflets' pictures: every one there, valid SVG, and chosen well. */
#include <string.h>
#include <libxml/parser.h>

#include "pd-pictograms.h"
#include "test-common.h"

static void
test_set (void)
{
  static const char *needed[] = {
    "person", "doctor", "nurse", "phone", "letter", "house", "calendar", "waiting", "medicine",
    "talking", "group", "family", "hospital", "school", "work", "money", "food", "exercise",
    "help", "signpost", "question", "finish",
  };

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    g_assert_true (pd_pictograms_has (needed[i]));
  g_assert_false (pd_pictograms_has ("no-such-picture"));
  g_assert_null (pd_pictograms_get_svg ("../index"));
  for (guint i = 0; i < pd_pictograms_get_n_items (); i++)
    {
      g_autoptr(GBytes) svg = pd_pictograms_get_svg (pd_pictograms_get_name (i));
      xmlDocPtr doc;

      g_assert_nonnull (svg);
      doc = xmlReadMemory (g_bytes_get_data (svg, NULL), (int) g_bytes_get_size (svg), NULL, NULL,
                           XML_PARSE_NONET);
      g_assert_nonnull (doc);
      g_assert_cmpstr ((char *) xmlDocGetRootElement (doc)->name, ==, "svg");
      xmlFreeDoc (doc);
    }
  g_assert_nonnull (strstr (pd_pictograms_attribution (), "OpenMoji"));
}

static void
test_choose (void)
{
  static const struct { PdNodeKind kind; const char *title, *easy_read, *own, *picture; } cases[] = {
    { PD_NODE_KIND_INTERVENTION, "Antidepressant", NULL, NULL, "medicine" },
    { PD_NODE_KIND_INTERVENTION, "Family intervention", NULL, NULL, "family" },
    { PD_NODE_KIND_INTERVENTION, "CBT", "You talk with a worker every week.", NULL, "talking" },
    { PD_NODE_KIND_REFERRAL, "Self-referral", "You can phone us.", NULL, "phone" },
    { PD_NODE_KIND_DISCHARGE, "Discharge", "You finish with us.", NULL, "finish" },
    { PD_NODE_KIND_DECISION, "Severity?", NULL, NULL, "question" },
    { PD_NODE_KIND_INFORMATION, "Display", NULL, NULL, "information" },   /* not "pay" */
    { PD_NODE_KIND_INTERVENTION, "Anything", NULL, "house", "house" },
    { PD_NODE_KIND_INTERVENTION, "Anything", NULL, "unknown", "help" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PdNode) node = pd_node_new ("n", cases[i].kind);

      g_object_set (node, "title", cases[i].title, "easy-read", cases[i].easy_read,
                    "pictogram", cases[i].own, NULL);
      g_assert_cmpstr (pd_pictograms_choose (node), ==, cases[i].picture);
    }
}

/* The examples name only pictures that ship. */
static void
test_examples (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  GListModel *nodes = pd_document_get_nodes (doc);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (pd_node_get_pictogram (node))
        g_assert_true (pd_pictograms_has (pd_node_get_pictogram (node)));
      g_assert_true (pd_pictograms_has (pd_pictograms_choose (node)));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pictograms/set", test_set);
  g_test_add_func ("/pictograms/choose", test_choose);
  test_add_per_example ("/pictograms/examples", test_examples);
  return g_test_run ();
}
