/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-clusters.h"

static void
test_catalogue (void)
{
  guint per_class[4] = { 0 };
  const char *classes[] = { "variance", "non-psychotic", "psychosis", "organic" };

  g_assert_cmpuint (pd_clusters_get_n_items (), ==, 22);
  for (guint i = 0; i < pd_clusters_get_n_items (); i++)
    {
      const PdCluster *c = pd_clusters_get_item (i);

      g_assert_cmpuint (c->number, ==, i);
      g_assert_nonnull (c->name);
      g_assert_cmpint (c->unused, ==, c->number == 9);
      for (guint k = 0; k < G_N_ELEMENTS (classes); k++)
        if (g_str_equal (c->super_class_id, classes[k]))
          per_class[k]++;
    }
  g_assert_cmpuint (per_class[0], ==, 1);
  /* 1–8 and the blank 9 */
  g_assert_cmpuint (per_class[1], ==, 9);
  g_assert_cmpuint (per_class[2], ==, 8);
  g_assert_cmpuint (per_class[3], ==, 4);
}

static void
test_lookup (void)
{
  g_assert_cmpstr (pd_clusters_lookup (10)->name, ==, "First episode in psychosis");
  g_assert_cmpstr (pd_clusters_lookup (16)->name, ==, "Dual diagnosis");
  g_assert_cmpstr (pd_clusters_lookup (21)->super_class_id, ==, "organic");
  g_assert_null (pd_clusters_lookup (22));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clusters/catalogue", test_catalogue);
  g_test_add_func ("/clusters/lookup", test_lookup);
  return g_test_run ();
}
