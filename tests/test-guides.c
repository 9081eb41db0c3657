/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Smart guides: a dragged step snaps to the lines of the steps near it. */
#include "pd-edit.h"
#include "pd-guides.h"
#include "test-common.h"

static GArray *
rects (const PdRect *list,
       guint         n)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (PdRect));

  g_array_append_vals (array, list, n);
  return array;
}

/* A side within the tolerance goes onto the other step's side; further
 * off, nothing moves. */
static void
test_snap_sides (void)
{
  PdRect list[] = { { 100, 100, 160, 60 } };
  g_autoptr(GArray) others = rects (list, G_N_ELEMENTS (list));
  PdRect rect = { 104, 300, 120, 60 };
  gboolean on_x, on_y;

  pd_guides_snap (&rect, others, 5, &on_x, &on_y);
  g_assert_true (on_x);
  g_assert_false (on_y);
  g_assert_cmpfloat (rect.x, ==, 100);
  g_assert_cmpfloat (rect.y, ==, 300);

  /* Its right side on the other's left side, from the left. */
  rect = (PdRect) { -23, 300, 120, 60 };
  pd_guides_snap (&rect, others, 5, &on_x, &on_y);
  g_assert_true (on_x);
  g_assert_cmpfloat (rect.x + rect.width, ==, 100);

  rect = (PdRect) { 106, 300, 120, 60 };
  pd_guides_snap (&rect, others, 5, &on_x, &on_y);
  g_assert_false (on_x);
  g_assert_cmpfloat (rect.x, ==, 106);
}

/* Centres go to centres, not to sides; the nearest line wins; across and
 * down snap each on its own. */
static void
test_snap_centres (void)
{
  /* Lines across: 100, 180, 260 and 500, 550, 600; down: 100, 130, 160
   * and 400, 440, 480. */
  PdRect list[] = { { 100, 100, 160, 60 }, { 500, 400, 100, 80 } };
  g_autoptr(GArray) others = rects (list, G_N_ELEMENTS (list));
  /* Centre 182, bottom 483. */
  PdRect rect = { 122, 423, 120, 60 };
  gboolean on_x, on_y;

  pd_guides_snap (&rect, others, 5, &on_x, &on_y);
  g_assert_true (on_x);
  g_assert_true (on_y);
  g_assert_cmpfloat (rect.x, ==, 120);
  g_assert_cmpfloat (rect.y + rect.height, ==, 480);

  /* A centre on a side is no line to snap to. */
  rect = (PdRect) { 42, 700, 120, 60 };
  pd_guides_snap (&rect, others, 5, &on_x, &on_y);
  g_assert_false (on_x);
  g_assert_cmpfloat (rect.x, ==, 42);

  /* Left 4 off, centre 1 off, right 2 off: the centre wins. */
  rect = (PdRect) { 96, 700, 166, 60 };
  pd_guides_snap (&rect, others, 5, &on_x, &on_y);
  g_assert_true (on_x);
  g_assert_cmpfloat (rect.x, ==, 97);
}

static void
test_find (void)
{
  PdRect list[] = { { 100, 100, 160, 60 }, { 400, 500, 160, 60 }, { 100, 900, 100, 60 } };
  g_autoptr(GArray) others = rects (list, G_N_ELEMENTS (list));
  g_autoptr(GArray) guides = g_array_new (FALSE, FALSE, sizeof (PdGuide));
  PdRect rect = { 100, 500, 160, 60 };
  gboolean across = FALSE, down = FALSE;

  pd_guides_find (&rect, others, guides);
  for (guint i = 0; i < guides->len; i++)
    {
      PdGuide *guide = &g_array_index (guides, PdGuide, i);

      if (guide->vertical && guide->at == 100)
        {
          /* The left sides of all three in a column: one line down them. */
          g_assert_cmpfloat (guide->start, ==, 100);
          g_assert_cmpfloat (guide->end, ==, 960);
          across = TRUE;
        }
      if (!guide->vertical && guide->at == 500)
        {
          /* Level with the second: one line across both. */
          g_assert_cmpfloat (guide->start, ==, 100);
          g_assert_cmpfloat (guide->end, ==, 560);
          down = TRUE;
        }
    }
  g_assert_true (across);
  g_assert_true (down);
  /* Left, centre and right on the first; left of the third; top, middle
   * and bottom of the second. */
  g_assert_cmpuint (guides->len, ==, 6);

  g_array_set_size (guides, 0);
  rect = (PdRect) { 1000, 1000, 50, 50 };
  pd_guides_find (&rect, others, guides);
  g_assert_cmpuint (guides->len, ==, 0);
}

/* The steps in view but for the ones dragged. */
static void
test_collect (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *near = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 200, 200);
  PdNode *dragged = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 400, 200);
  PdNode *far = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 5000, 200);
  g_autoptr(GHashTable) skip = g_hash_table_new (g_str_hash, g_str_equal);
  PdRect area = { 0, 0, 1000, 800 };
  g_autoptr(GArray) found = NULL;

  g_hash_table_add (skip, (gpointer) pd_node_get_id (dragged));
  found = pd_guides_collect (doc, skip, &area);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpfloat (g_array_index (found, PdRect, 0).x, ==, pd_node_get_x (near));
  g_assert_cmpfloat (g_array_index (found, PdRect, 0).width, ==, pd_node_get_width (near));
  g_assert_cmpfloat (pd_node_get_x (far), >, area.width);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/guides/snap-sides", test_snap_sides);
  g_test_add_func ("/guides/snap-centres", test_snap_centres);
  g_test_add_func ("/guides/find", test_find);
  g_test_add_func ("/guides/collect", test_collect);
  return g_test_run ();
}
