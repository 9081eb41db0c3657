/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A process saving again and again is killed with SIGKILL at random
 * moments: the file on disk is always a whole old or whole new version. */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pd-generate.h"
#include "test-common.h"

#define KILLS 60
#define NODES 3000

static GBytes *
version (guint32 seed)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (NODES, seed, 5);
  return pd_xml_write (doc);
}

/* The child: saves the two versions in turn until it is killed. */
static int
run_child (const char *path)
{
  g_autoptr(GBytes) a = version (1);
  g_autoptr(GBytes) b = version (2);

  /* Tell the parent the saving starts now. */
  if (write (STDOUT_FILENO, "R", 1) != 1)
    return 1;
  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!pd_file_replace (path, i % 2 ? b : a, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
}

static void
test_kill_while_saving (void)
{
  g_autoptr(GBytes) a = version (1);
  g_autoptr(GBytes) b = version (2);
  g_autofree char *dir = g_dir_make_tmp ("pathway-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.pathway", NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  guint saw_a = 0, saw_b = 0;

  g_assert_nonnull (self);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                                      NULL));
  for (guint i = 0; i < KILLS; i++)
    {
      const char *argv[] = { self, "--child", path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) on_disk = NULL;
      g_autoptr(PdDocument) doc = NULL;
      GPid pid;
      int status, out;
      char ready;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (read (out, &ready, 1), ==, 1);
      close (out);
      /* Anywhere in the first few dozen saves. */
      g_usleep (g_test_rand_int_range (0, 60000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      on_disk = pd_file_read_bytes (path, NULL, &error);
      g_assert_no_error (error);
      if (g_bytes_equal (on_disk, a))
        saw_a++;
      else if (g_bytes_equal (on_disk, b))
        saw_b++;
      else
        g_error ("after kill %u the file is neither version (%" G_GSIZE_FORMAT " bytes)", i,
                 g_bytes_get_size (on_disk));
      doc = pd_file_load (path, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (doc);
    }
  g_test_message ("old version %u times, new version %u times", saw_a, saw_b);
  g_assert_cmpuint (saw_a + saw_b, ==, KILLS);

  /* Leftover temporary files are cleaned by the next save. */
  g_assert_true (pd_file_replace (path, a, NULL, NULL, NULL));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint files = 0;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        files++;
        g_unlink (p);
      }
    g_assert_cmpuint (files, ==, 1);
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/file/kill-while-saving", test_kill_while_saving);
  return g_test_run ();
}
