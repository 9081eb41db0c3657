/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tiling a diagram over pages: the scale keeps text readable, the tiles
 * cover the diagram with the overlap between neighbours and no more. */
#include <math.h>

#include "pd-pages.h"
#include "pd-tiles.h"
#include "test-common.h"

/* A4 landscape less 28 pt margins and the label band. */
#define AREA_WIDTH (841.89 - 56)
#define AREA_HEIGHT (595.28 - 56 - PD_PAGES_LABEL_PT)

static void
test_fits (void)
{
  PdRect bounds = { 0, 0, 600, 400 };
  PdTiling tiling;

  /* Small enough at print size: one page, never enlarged past it. */
  g_assert_true (pd_tiles_plan (&bounds, 12, AREA_WIDTH, AREA_HEIGHT, 8, FALSE, &tiling));
  g_assert_cmpuint (pd_tiles_count (&tiling), ==, 1);
  g_assert_cmpfloat_with_epsilon (tiling.scale, 0.75, 1e-9);
  g_assert_cmpfloat (tiling.overlap, ==, 0);
}

static void
test_readable (void)
{
  PdRect bounds = { -20, 10, 4000, 1500 };
  PdTiling tiling;
  double covered_right, covered_bottom;
  PdRect last, first, second;

  g_assert_true (pd_tiles_plan (&bounds, 10, AREA_WIDTH, AREA_HEIGHT, 8, FALSE, &tiling));
  /* 10 px text at 8 pt: 0.8 pt a pixel. */
  g_assert_cmpfloat_with_epsilon (tiling.scale, 0.8, 1e-9);
  g_assert_cmpfloat (10 * tiling.scale, >=, 8 - 1e-9);
  g_assert_cmpuint (tiling.columns, >, 1);
  g_assert_cmpuint (tiling.rows, >, 1);
  g_assert_cmpfloat_with_epsilon (tiling.overlap * tiling.scale, PD_TILES_OVERLAP_PT, 1e-9);

  /* Neighbours share the overlap. */
  pd_tiles_get_area (&tiling, 0, &first);
  pd_tiles_get_area (&tiling, 1, &second);
  g_assert_cmpfloat (first.x, ==, bounds.x);
  g_assert_cmpfloat (first.y, ==, bounds.y);
  g_assert_cmpfloat_with_epsilon (first.x + first.width - second.x, tiling.overlap, 1e-9);
  g_assert_cmpfloat_with_epsilon (first.width * tiling.scale, AREA_WIDTH, 1e-9);

  /* The last tile reaches the diagram's far corner; one fewer would not. */
  pd_tiles_get_area (&tiling, pd_tiles_count (&tiling) - 1, &last);
  covered_right = last.x + last.width;
  covered_bottom = last.y + last.height;
  g_assert_cmpfloat (covered_right, >=, bounds.x + bounds.width);
  g_assert_cmpfloat (covered_bottom, >=, bounds.y + bounds.height);
  g_assert_cmpfloat (last.x, <, bounds.x + bounds.width);
  g_assert_cmpfloat (last.y, <, bounds.y + bounds.height);
  g_assert_cmpfloat (last.x - tiling.step_width + tiling.tile_width, <, bounds.x + bounds.width);
}

static void
test_fit (void)
{
  PdRect bounds = { 0, 0, 4000, 1500 };
  PdTiling tiling;

  /* Asked to fit: one page, text as small as that needs. */
  g_assert_true (pd_tiles_plan (&bounds, 10, AREA_WIDTH, AREA_HEIGHT, 8, TRUE, &tiling));
  g_assert_cmpuint (pd_tiles_count (&tiling), ==, 1);
  g_assert_cmpfloat_with_epsilon (tiling.scale, AREA_WIDTH / 4000, 1e-9);
  g_assert_cmpfloat (bounds.height * tiling.scale, <=, AREA_HEIGHT);
}

static void
test_exact (void)
{
  PdTiling tiling;
  /* Exactly two tiles wide at 1 pt a pixel, overlap included. */
  PdRect bounds = { 0, 0, 2 * 400 - PD_TILES_OVERLAP_PT, 300 };

  g_assert_true (pd_tiles_plan (&bounds, 8, 400, 300, 8, FALSE, &tiling));
  g_assert_cmpfloat_with_epsilon (tiling.scale, 1.0, 1e-9);
  g_assert_cmpuint (tiling.columns, ==, 2);
  g_assert_cmpuint (tiling.rows, ==, 1);
  bounds.width += 1;
  g_assert_true (pd_tiles_plan (&bounds, 8, 400, 300, 8, FALSE, &tiling));
  g_assert_cmpuint (tiling.columns, ==, 3);
}

static void
test_empty (void)
{
  PdRect empty = { 0, 0, 0, 100 }, bounds = { 0, 0, 100, 100 };
  PdTiling tiling;

  g_assert_false (pd_tiles_plan (&empty, 10, 400, 300, 8, FALSE, &tiling));
  g_assert_false (pd_tiles_plan (&bounds, 10, 0, 300, 8, FALSE, &tiling));
  /* No text: the scale is the fitted one. */
  g_assert_true (pd_tiles_plan (&bounds, 0, 400, 300, 8, FALSE, &tiling));
  g_assert_cmpuint (pd_tiles_count (&tiling), ==, 1);
}

/* Every example's smallest text, and its pages: text at 8 pt or more. */
static void
test_example (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdScene) scene = pd_scene_new_from_document (doc);
  double smallest = pd_tiles_smallest_text (scene);
  PdTiling tiling;

  g_assert_cmpfloat (smallest, >, 0);
  g_assert_true (pd_pages_plan (scene, AREA_WIDTH, AREA_HEIGHT + PD_PAGES_LABEL_PT, FALSE,
                                &tiling));
  g_assert_cmpfloat (smallest * tiling.scale, >=, PD_TILES_MIN_TEXT_PT - 1e-9);
  g_assert_cmpuint (pd_pages_count (&tiling), ==,
                    pd_tiles_count (&tiling) > 1 ? pd_tiles_count (&tiling) + 1 : 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tiles/fits", test_fits);
  g_test_add_func ("/tiles/readable", test_readable);
  g_test_add_func ("/tiles/fit", test_fit);
  g_test_add_func ("/tiles/exact", test_exact);
  g_test_add_func ("/tiles/empty", test_empty);
  test_add_per_example ("/tiles/example", test_example);
  return g_test_run ();
}
