/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving: atomic, keeps permissions, refuses to overwrite a file changed by
 * someone else, cleans up what an interrupted save left. */
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pd-diagnostic.h"
#include "test-common.h"

typedef struct {
  char *dir;
  char *path;
  char *example;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *contents = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("pathway-file-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "pathway.pathway", NULL);
  f->example = g_strdup (g_ptr_array_index (paths, 0));
  g_assert_true (g_file_get_contents (f->example, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->example);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_save_and_reload (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDocument) doc = pd_file_load (f->path, &etag, NULL, &error);
  g_autoptr(PdDocument) back = NULL;

  g_assert_no_error (error);
  pd_document_set (doc, doc, "title", "Saved title", NULL);
  g_assert_true (pd_document_get_modified (doc));
  g_assert_true (pd_file_save (doc, f->path, etag, &new_etag, &error));
  g_assert_no_error (error);
  g_assert_false (pd_document_get_modified (doc));
  g_assert_cmpstr (new_etag, !=, etag);
  {
    g_autofree char *on_disk = pd_file_get_etag (f->path);
    g_assert_cmpstr (new_etag, ==, on_disk);
  }
  back = test_load (f->path);
  g_assert_cmpstr (pd_document_get_title (back), ==, "Saved title");
  /* No temporary file is left behind. */
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDocument) doc = pd_file_load (f->path, &etag, NULL, &error);
  const char *their_text = "someone else's version";

  g_assert_no_error (error);
  /* Someone else saves the file meanwhile (a second later, as editors do). */
  g_usleep (10 * 1000);
  g_assert_true (g_file_set_contents (f->path, their_text, -1, NULL));
  pd_document_set (doc, doc, "title", "Mine", NULL);
  g_assert_false (pd_file_save (doc, f->path, etag, NULL, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_CHANGED);
  g_assert_true (g_str_has_prefix (error->message, f->path));
  /* Their file is untouched, and the document still counts as unsaved. */
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, their_text);
  g_assert_true (pd_document_get_modified (doc));
  g_clear_error (&error);
  /* The user chose to overwrite: no etag. */
  g_assert_true (pd_file_save (doc, f->path, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_permissions_kept (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  struct stat st;

  g_assert_cmpint (g_chmod (f->path, 0640), ==, 0);
  g_assert_true (pd_file_save (doc, f->path, NULL, NULL, NULL));
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
}

static void
test_new_file_mode (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autofree char *path = g_build_filename (f->dir, "new.pathway", NULL);
  mode_t mask = umask (022);
  struct stat st;

  g_assert_true (pd_file_save (doc, path, NULL, NULL, NULL));
  umask (mask);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);
}

/* A leftover named as a save of @path names its temporary files. */
static char *
stray_path (const char *dir,
            const char *path)
{
  g_autofree char *prefix = pd_file_temp_prefix (path);
  g_autofree char *name = g_strconcat (prefix, "Ab12Cd", NULL);

  return g_build_filename (dir, name, NULL);
}

static void
test_strays_removed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autofree char *other_path = g_build_filename (f->dir, "other.pathway", NULL);
  g_autofree char *stray = stray_path (f->dir, f->path);
  g_autofree char *other = stray_path (f->dir, other_path);
  g_autofree char *live = stray_path (f->dir, f->path);
  int fd;

  live[strlen (live) - 1] = 'e';
  /* What a save killed before its rename leaves behind. */
  g_assert_true (g_file_set_contents (stray, "<half", -1, NULL));
  g_assert_true (g_file_set_contents (other, "<half", -1, NULL));
  /* What a save under way in another process has: its file, locked. */
  g_assert_true (g_file_set_contents (live, "<half", -1, NULL));
  fd = g_open (live, O_RDONLY, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);
  g_assert_true (pd_file_save (doc, f->path, NULL, NULL, NULL));
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  /* Only this file's leftovers: another file's save may be under way. */
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  close (fd);
  g_assert_true (pd_file_save (doc, f->path, NULL, NULL, NULL));
  g_assert_false (g_file_test (live, G_FILE_TEST_EXISTS));
}

typedef struct {
  const char *path;
  GBytes *bytes;
  guint failures;
} Saver;

static gpointer
save_often (gpointer data)
{
  Saver *saver = data;

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!pd_file_replace (saver->path, saver->bytes, NULL, NULL, &error))
        {
          g_test_message ("%s", error->message);
          saver->failures++;
        }
    }
  return NULL;
}

/* Saves at once of one file each clean up only what is stale, never the
 * others' temporary files. */
static void
test_concurrent_saves (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autoptr(GBytes) bytes = pd_xml_write (doc);
  Saver savers[4];
  GThread *threads[G_N_ELEMENTS (savers)];
  g_autoptr(GBytes) on_disk = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (savers); i++)
    {
      savers[i] = (Saver) { f->path, bytes, 0 };
      threads[i] = g_thread_new ("saver", save_often, &savers[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (savers); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (savers[i].failures, ==, 0);
    }
  on_disk = pd_file_read_bytes (f->path, NULL, NULL);
  g_assert_true (g_bytes_equal (on_disk, bytes));
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

/* As text editors: a file nobody may write is not replaced, though the
 * folder would allow it. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (f->path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  pd_document_set (doc, doc, "title", "Not saved", NULL);
  g_assert_false (pd_file_save (doc, f->path, NULL, NULL, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (pd_document_get_modified (doc));
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

/* The longest names the file system allows are saved: the temporary
 * file's name is no longer than the target's. */
static void
test_long_name (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);

  for (gsize length = 240; length <= 255; length += 15)
    {
      g_autofree char *name = g_strnfill (length, 'n');
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      memcpy (name + length - strlen (".pathway"), ".pathway", strlen (".pathway"));
      path = g_build_filename (f->dir, name, NULL);
      g_assert_true (pd_file_save (doc, path, NULL, NULL, &error));
      g_assert_no_error (error);
      /* And again, over the file. */
      g_assert_true (pd_file_save (doc, path, NULL, NULL, &error));
      g_assert_no_error (error);
      g_unlink (path);
    }
}

static void
test_symlink_kept (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autofree char *link = g_build_filename (f->dir, "link.pathway", NULL);

  g_assert_cmpint (symlink (f->path, link), ==, 0);
  pd_document_set (doc, doc, "title", "Through the link", NULL);
  g_assert_true (pd_file_save (doc, link, NULL, NULL, NULL));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  {
    g_autoptr(PdDocument) back = test_load (f->path);
    g_assert_cmpstr (pd_document_get_title (back), ==, "Through the link");
  }
}

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autoptr(GError) error = NULL;

  pd_document_set (doc, doc, "title", "Unsaved", NULL);
  g_assert_false (pd_file_save (doc, "/nonexistent-folder/x.pathway", NULL, NULL, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE);
  g_assert_true (pd_document_get_modified (doc));
}

/* A link in a sticky folder anyone may write to (such as /tmp) is
 * followed only when it is ours or the folder owner's, as the kernel's
 * protected_symlinks rule. */
static void
test_unsafe_link (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *shared = g_build_filename (f->dir, "shared", NULL);
  g_autofree char *link = g_build_filename (shared, "planted.pathway", NULL);
  g_autoptr(PdDocument) doc = test_load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const uid_t stranger = 54321;

  if (geteuid () != 0)
    {
      g_test_skip ("giving a link to someone else takes root");
      return;
    }
  g_assert_true (g_file_get_contents (f->path, &before, NULL, NULL));
  g_assert_cmpint (g_mkdir (shared, 0700), ==, 0);
  g_assert_cmpint (g_chmod (shared, 01777), ==, 0);
  g_assert_cmpint (symlink (f->path, link), ==, 0);
  g_assert_cmpint (lchown (link, stranger, stranger), ==, 0);
  pd_document_set (doc, doc, "title", "Through the link", NULL);
  g_assert_false (pd_file_save (doc, link, NULL, NULL, &error));
  g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_UNSAFE_LINK);
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  /* The folder's owner's link is followed... */
  g_assert_cmpint (chown (shared, stranger, stranger), ==, 0);
  g_assert_true (pd_file_save (doc, link, NULL, NULL, &error));
  g_assert_no_error (error);
  /* ...and so is our own, and one in a folder that is not sticky. */
  g_assert_cmpint (chown (shared, 0, 0), ==, 0);
  g_assert_cmpint (lchown (link, 0, 0), ==, 0);
  g_assert_true (pd_file_save (doc, link, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lchown (link, stranger, stranger), ==, 0);
  g_assert_cmpint (g_chmod (shared, 0777), ==, 0);
  g_assert_true (pd_file_save (doc, link, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_unlink (link);
  g_rmdir (shared);
}

/* Writing to a pipe (or a device such as /dev/null) writes through it: it
 * is not replaced by a file. */
static void
test_pipe_kept (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<pathway/>\n", 11);
  g_autoptr(GError) error = NULL;
  char received[32] = { 0 };
  struct stat st;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* A reader first, so that opening for writing does not wait. */
  fd = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_true (pd_file_replace (fifo, bytes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (fd, received, sizeof received - 1), ==, 11);
  g_assert_cmpstr (received, ==, "<pathway/>\n");
  close (fd);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (count_files (f->dir), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/file/save", test_save_and_reload);
  ADD ("/file/changed-on-disk", test_changed_on_disk);
  ADD ("/file/permissions", test_permissions_kept);
  ADD ("/file/new-file-mode", test_new_file_mode);
  ADD ("/file/strays", test_strays_removed);
  ADD ("/file/concurrent-saves", test_concurrent_saves);
  ADD ("/file/read-only", test_read_only);
  ADD ("/file/long-name", test_long_name);
  ADD ("/file/symlink", test_symlink_kept);
  ADD ("/file/unwritable-folder", test_unwritable_folder);
  ADD ("/file/unsafe-link", test_unsafe_link);
  ADD ("/file/pipe", test_pipe_kept);
  return g_test_run ();
}
