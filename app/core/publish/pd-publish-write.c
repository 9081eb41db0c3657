/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a site: each file only when its bytes change, so that an
 * unchanged file keeps its time and a web server its caches; every path
 * checked and opened below the site's folder without following a symbolic
 * link, so that no name and no link planted in the folder sends a write
 * outside it; and only files an earlier publish wrote ever removed. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-file.h"
#include "pd-publish-private.h"

/* The folders of a site; nothing is written deeper. */
static const char *const folders[] = { "pathways", "downloads", "services", NULL };

gboolean
pd_publish_path_is_valid (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL)
    return FALSE;
  parts = g_strsplit (path, "/", 3);
  if (parts[1] == NULL)
    return pd_publish_id_is_valid (parts[0]);
  return parts[2] == NULL && g_strv_contains (folders, parts[0])
         && pd_publish_id_is_valid (parts[1]);
}

/* What failed, in words: "cannot write “%s”" and its kind. */
typedef enum {
  CANNOT_MAKE,
  CANNOT_OPEN,
  CANNOT_WRITE,
} Failure;

static gboolean
set_errno_error (GError    **error,
                 int         saved,
                 Failure     failure,
                 const char *path)
{
  const char *why = g_strerror (saved);
  int code = g_io_error_from_errno (saved);

  switch (failure)
    {
    case CANNOT_MAKE:
      g_set_error (error, G_IO_ERROR, code, _("cannot make the folder “%s”: %s"), path, why);
      break;
    case CANNOT_OPEN:
      g_set_error (error, G_IO_ERROR, code,
                   _("cannot open the folder “%s” of the site (a link is not followed): %s"),
                   path, why);
      break;
    case CANNOT_WRITE:
    default:
      g_set_error (error, G_IO_ERROR, code, _("cannot write “%s”: %s"), path, why);
      break;
    }
  return FALSE;
}

/* The folder @name under @root, made if missing, opened without following
 * a link: -1 with @error set when it is a link or not a folder. */
static int
open_folder (int          root,
             const char  *name,
             GError     **error)
{
  int fd;

  if (mkdirat (root, name, 0755) != 0 && errno != EEXIST)
    {
      set_errno_error (error, errno, CANNOT_MAKE, name);
      return -1;
    }
  fd = openat (root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    set_errno_error (error, errno, CANNOT_OPEN, name);
  return fd;
}

/* Whether the regular file @name in @dir holds exactly @bytes. A link is
 * never read through: it counts as different and is replaced. */
static gboolean
same_bytes (int         dir,
            const char *name,
            GBytes     *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize done = 0;
  int fd = openat (dir, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || (gsize) st.st_size != size)
    {
      close (fd);
      return FALSE;
    }
  buffer = g_malloc (MAX (size, 1));
  while (done < size)
    {
      gssize n = read (fd, buffer + done, size - done);

      if (n <= 0)
        break;
      done += n;
    }
  close (fd);
  return done == size && memcmp (buffer, data, size) == 0;
}

/* @bytes into a new file in @dir, renamed over @name: a rename replaces a
 * link rather than writing where it points. */
static gboolean
replace_file (int          dir,
              const char  *name,
              GBytes      *bytes,
              GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *temporary = g_strdup_printf (".%s.new", name);
  int fd;

  unlinkat (dir, temporary, 0);
  fd = openat (dir, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0)
    return set_errno_error (error, errno, CANNOT_WRITE, name);
  if (!pd_file_write_all (fd, (const guint8 *) data, size))
    {
      int saved = errno;

      close (fd);
      unlinkat (dir, temporary, 0);
      return set_errno_error (error, saved, CANNOT_WRITE, name);
    }
  if (close (fd) != 0 || renameat (dir, temporary, dir, name) != 0)
    {
      int saved = errno;

      unlinkat (dir, temporary, 0);
      return set_errno_error (error, saved, CANNOT_WRITE, name);
    }
  return TRUE;
}

/* The folder of @path ("" for the top) opened, cached in @dirs. */
static int
folder_of (int          root,
           const char  *path,
           GHashTable  *dirs,
           const char **name,
           GError     **error)
{
  const char *slash = strchr (path, '/');
  g_autofree char *folder = NULL;
  gpointer fd;

  if (slash == NULL)
    {
      *name = path;
      return root;
    }
  *name = slash + 1;
  folder = g_strndup (path, slash - path);
  if (g_hash_table_lookup_extended (dirs, folder, NULL, &fd))
    return GPOINTER_TO_INT (fd);
  fd = GINT_TO_POINTER (open_folder (root, folder, error));
  if (GPOINTER_TO_INT (fd) >= 0)
    g_hash_table_insert (dirs, g_steal_pointer (&folder), fd);
  return GPOINTER_TO_INT (fd);
}

static gboolean
write_one (int               root,
           GHashTable       *dirs,
           const char       *path,
           GBytes           *bytes,
           PdPublishReport  *report,
           GError          **error)
{
  const char *name;
  int dir;

  if (!pd_publish_path_is_valid (path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” is not a name a site may have"), path);
      return FALSE;
    }
  dir = folder_of (root, path, dirs, &name, error);
  if (dir < 0)
    return FALSE;
  if (same_bytes (dir, name, bytes))
    {
      report->unchanged++;
      return TRUE;
    }
  if (!replace_file (dir, name, bytes, error))
    return FALSE;
  report->written++;
  return TRUE;
}

/* The paths the last publish's manifest lists, those that may be a site's:
 * (transfer full). */
static GPtrArray *
read_manifest (int root)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];
  gssize n;
  int fd = openat (root, PD_PUBLISH_MANIFEST, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  g_auto(GStrv) lines = NULL;

  if (fd < 0)
    return paths;
  /* A manifest is a list of names: a megabyte is far more than any. */
  while (text->len < 1024 * 1024 && (n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);
  lines = g_strsplit (text->str, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (pd_publish_path_is_valid (lines[i]))
      g_ptr_array_add (paths, g_strdup (lines[i]));
  return paths;
}

static void
remove_stale (int              root,
              GHashTable      *dirs,
              GPtrArray       *old,
              GHashTable      *current,
              PdPublishReport *report)
{
  for (guint i = 0; i < old->len; i++)
    {
      const char *path = g_ptr_array_index (old, i);
      const char *name;
      int dir;

      if (g_hash_table_contains (current, path))
        continue;
      dir = folder_of (root, path, dirs, &name, NULL);
      /* unlinkat() removes a link itself, never what it points to. */
      if (dir >= 0 && unlinkat (dir, name, 0) == 0)
        report->removed++;
    }
}

static void
close_folder (gpointer fd)
{
  close (GPOINTER_TO_INT (fd));
}

gboolean
pd_publish_write_files (const char       *site,
                        GPtrArray        *files,
                        PdPublishReport  *report,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(GHashTable) dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      close_folder);
  g_autoptr(GHashTable) current = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GString) manifest = g_string_new (NULL);
  g_autoptr(GBytes) manifest_bytes = NULL;
  gboolean ok = TRUE;
  int root;

  if (g_mkdir_with_parents (site, 0755) != 0)
    return set_errno_error (error, errno, CANNOT_MAKE, site);
  root = open (site, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root < 0)
    return set_errno_error (error, errno, CANNOT_OPEN, site);
  old = read_manifest (root);
  for (guint i = 0; ok && i < files->len; i++)
    {
      PdPublishFile *file = g_ptr_array_index (files, i);

      ok = !g_cancellable_set_error_if_cancelled (cancellable, error)
           && write_one (root, dirs, file->path, file->bytes, report, error);
      g_hash_table_add (current, file->path);
      g_string_append_printf (manifest, "%s\n", file->path);
    }
  if (ok)
    remove_stale (root, dirs, old, current, report);
  else
    /* Stopped part way: the files of the last publish stay listed too, so
     * that the next one still knows them as its own. */
    for (guint i = 0; i < old->len; i++)
      if (!g_hash_table_contains (current, g_ptr_array_index (old, i)))
        g_string_append_printf (manifest, "%s\n", (char *) g_ptr_array_index (old, i));
  manifest_bytes = g_string_free_to_bytes (g_steal_pointer (&manifest));
  if (!same_bytes (root, PD_PUBLISH_MANIFEST, manifest_bytes)
      && !replace_file (root, PD_PUBLISH_MANIFEST, manifest_bytes, ok ? error : NULL))
    ok = FALSE;
  g_hash_table_remove_all (dirs);
  close (root);
  return ok;
}
