/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs the fuzz target over every file of the corpus, so that each input
 * the fuzzer ever found interesting stays a test. */
#include <stdint.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
test_corpus (void)
{
  const char *dir = g_getenv ("FUZZ_CORPUS");
  const char *least = g_getenv ("FUZZ_MIN_INPUTS");
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize size;

      g_assert_true (g_file_get_contents (path, &data, &size, NULL));
      LLVMFuzzerTestOneInput ((const uint8_t *) data, size);
      n++;
    }
  g_test_message ("%u inputs", n);
  /* A corpus that went missing fails, rather than replaying nothing. */
  g_assert_cmpuint (n, >=, least ? g_ascii_strtoull (least, NULL, 10) : 20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fuzz/replay", test_corpus);
  return g_test_run ();
}
