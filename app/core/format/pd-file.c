/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-xml-parse.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

/* Temporary files are named .pd-save-HASH-XXXXXX, HASH a digest of the
 * target's name: short whatever the target's length, so that a name the file
 * system allows (up to NAME_MAX) can be saved, yet each file's leftovers are
 * told from another's. */
#define TEMP_PREFIX ".pd-save-"
#define TEMP_RANDOM "XXXXXX"
/* Links followed before giving up, as the kernel's own limit. */
#define MAX_LINKS 40

static char *
etag_from_stat (const struct stat *st)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%09ld-%" G_GINT64_FORMAT "-%" G_GUINT64_FORMAT,
                          (gint64) st->st_mtim.tv_sec, (long) st->st_mtim.tv_nsec,
                          (gint64) st->st_size, (guint64) st->st_ino);
}

char *
pd_file_get_etag (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    return NULL;
  return etag_from_stat (&st);
}

static void G_GNUC_PRINTF (4, 5)
set_error (GError    **error,
           int         code,
           const char *path,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PD_FILE_ERROR, code, "%s: error: %s", path, message);
}

GBytes *
pd_file_read_bytes (const char  *path,
                    char       **etag,
                    GError     **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize length = 0;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_READ, path, _("cannot open the file: %s"),
                 g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode) || !S_ISREG (st.st_mode))
    {
      set_error (error, PD_FILE_ERROR_READ, path, S_ISDIR (st.st_mode)
                 ? _("this is a folder, not a pathway file")
                 : _("this is not a regular file"));
      close (fd);
      return NULL;
    }
  if (st.st_size > PD_MAX_FILE_SIZE)
    {
      set_error (error, PD_FILE_ERROR_TOO_LARGE, path,
                 _("the file is larger than the limit of %d MiB"),
                 PD_MAX_FILE_SIZE / (1024 * 1024));
      close (fd);
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

  /* Read at most one byte past the cap: the file may be growing. */
  data = g_malloc ((gsize) st.st_size + 1);
  while (length < (gsize) st.st_size + 1)
    {
      gssize n = read (fd, data + length, (gsize) st.st_size + 1 - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          set_error (error, PD_FILE_ERROR_READ, path, _("cannot read the file: %s"),
                     g_strerror (saved));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }
  if (length > (gsize) st.st_size)
    {
      set_error (error, PD_FILE_ERROR_READ, path, _("the file changed while it was read"));
      close (fd);
      return NULL;
    }
  if (etag)
    *etag = etag_from_stat (&st);
  close (fd);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

PdDocument *
pd_file_load (const char  *path,
              char       **etag,
              GPtrArray   *diagnostics,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) own_diagnostics = NULL;
  g_autofree char *file_etag = NULL;
  PdDocument *document;

  g_return_val_if_fail (path != NULL, NULL);

  if (diagnostics == NULL)
    diagnostics = own_diagnostics = pd_diagnostics_new ();
  bytes = pd_file_read_bytes (path, &file_etag, error);
  if (bytes == NULL)
    return NULL;
  document = pd_xml_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), path,
                          diagnostics);
  if (document == NULL)
    {
      for (guint i = 0; i < diagnostics->len; i++)
        {
          PdDiagnostic *d = g_ptr_array_index (diagnostics, i);

          if (d->severity == PD_SEVERITY_ERROR)
            {
              g_autofree char *message = pd_diagnostic_format (d);
              g_set_error_literal (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID, message);
              break;
            }
        }
      return NULL;
    }
  if (etag)
    *etag = g_steal_pointer (&file_etag);
  return document;
}

char *
pd_file_temp_prefix (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  guint32 hash = 2166136261u;

  /* FNV-1a: the same on every platform and in every version. */
  for (const guchar *c = (const guchar *) base; *c; c++)
    hash = (hash ^ *c) * 16777619u;
  return g_strdup_printf (TEMP_PREFIX "%08x-", hash);
}

/* Removes temporary files left by a save that was interrupted. A save holds
 * a lock on its temporary file until it has been renamed: one that can be
 * locked is a leftover, one that cannot belongs to a save under way (in this
 * or another process) and is left alone. Only our own files are removed. */
static void
remove_strays (const char *dir,
               const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *stray = NULL;
      struct stat st, now;
      int fd;

      if (!g_str_has_prefix (name, prefix)
          || strlen (name) != strlen (prefix) + strlen (TEMP_RANDOM))
        continue;
      stray = g_build_filename (dir, name, NULL);
      fd = g_open (stray, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK, 0);
      if (fd < 0)
        continue;
      /* Still the file that was locked: not renamed away and made anew. */
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid ()
          && flock (fd, LOCK_EX | LOCK_NB) == 0 && g_lstat (stray, &now) == 0
          && now.st_dev == st.st_dev && now.st_ino == st.st_ino)
        g_unlink (stray);
      close (fd);
    }
}

/* Makes and locks a temporary file in @dir; its path in @temp. A cleanup
 * in another process may remove the file between its making and its
 * locking: then another is made. */
static int
make_temp (const char  *dir,
           const char  *prefix,
           char       **temp)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      struct stat st, now;
      int fd;

      g_free (*temp);
      *temp = g_strconcat (dir, G_DIR_SEPARATOR_S, prefix, TEMP_RANDOM, NULL);
      fd = g_mkstemp_full (*temp, O_RDWR | O_CLOEXEC, 0600);
      if (fd < 0)
        return -1;
      if (flock (fd, LOCK_EX) == 0 && fstat (fd, &st) == 0 && g_lstat (*temp, &now) == 0
          && now.st_dev == st.st_dev && now.st_ino == st.st_ino)
        return fd;
      close (fd);
    }
  errno = EEXIST;
  return -1;
}

/* Whether @st, the file at @path, may not be written: no write permission
 * at all (as editors do, even for root), or none for us. */
static gboolean
is_read_only (const char        *path,
              const struct stat *st)
{
  return (st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || access (path, W_OK) != 0;
}

/* The kernel's protected_symlinks rule, which realpath() does not apply: a
 * link in a sticky folder anyone may write to (such as /tmp) is followed
 * only when it is ours or the folder owner's, since anyone else may have
 * put it there to make us overwrite a file of their choice. Each link of a
 * chain is checked. */
static gboolean
links_are_safe (const char  *path,
                GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_LINKS; hops++)
    {
      g_autofree char *dir = g_path_get_dirname (current);
      g_autofree char *next = NULL;
      struct stat link_st, dir_st;

      if (g_lstat (current, &link_st) != 0 || !S_ISLNK (link_st.st_mode))
        return TRUE;
      if (g_stat (dir, &dir_st) == 0 && (dir_st.st_mode & S_ISVTX) && (dir_st.st_mode & S_IWOTH)
          && link_st.st_uid != geteuid () && link_st.st_uid != dir_st.st_uid)
        {
          set_error (error, PD_FILE_ERROR_UNSAFE_LINK, path,
                     _("%s is a symbolic link someone else made in a shared folder: it is "
                       "not followed"), current);
          return FALSE;
        }
      next = g_file_read_link (current, NULL);
      if (next == NULL)
        return TRUE;
      if (!g_path_is_absolute (next))
        {
          char *joined = g_build_filename (dir, next, NULL);
          g_free (next);
          next = joined;
        }
      g_free (current);
      current = g_steal_pointer (&next);
    }
  /* A loop: realpath() and the save report it. */
  return TRUE;
}

gboolean
pd_file_write_all (int           fd,
                   const guint8 *data,
                   gsize         length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return TRUE;
}

static void
sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Writes to a device or a pipe (/dev/null, /dev/stdout, a FIFO) as it is:
 * replacing it with a file would break it for everyone. */
static gboolean
write_through (const char  *path,
               const char  *target,
               GBytes      *bytes,
               GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gboolean written;
  int fd = g_open (target, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);

  if (fd < 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                 g_strerror (saved));
      return FALSE;
    }
  written = pd_file_write_all (fd, data, size);
  if (close (fd) != 0 || !written)
    {
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                 g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Whether the file at @target (stat in @st when @exists) may be
 * replaced by a save of @path: not a folder or other special file, not
 * read-only, not changed on disk since @expected_etag. */
static gboolean
may_replace (const char        *path,
             const char        *target,
             const struct stat *st,
             gboolean           exists,
             const char        *expected_etag,
             GError           **error)
{
  if (!exists)
    return TRUE;
  if (S_ISDIR (st->st_mode))
    {
      set_error (error, PD_FILE_ERROR_WRITE, path, _("this is a folder"));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      set_error (error, PD_FILE_ERROR_WRITE, path, _("this is not a regular file"));
      return FALSE;
    }
  /* The rename would replace it all the same: refuse, as editors do. */
  if (is_read_only (target, st))
    {
      set_error (error, PD_FILE_ERROR_READ_ONLY, path,
                 _("the file is read-only; it was not overwritten"));
      return FALSE;
    }
  if (expected_etag != NULL)
    {
      g_autofree char *etag = etag_from_stat (st);

      if (g_strcmp0 (etag, expected_etag) != 0)
        {
          set_error (error, PD_FILE_ERROR_CHANGED, path,
                     _("the file was changed on disk since it was opened; "
                       "it was not overwritten"));
          return FALSE;
        }
    }
  return TRUE;
}

/* Gives the temporary file @fd the owner and mode of the file it
 * replaces (@st, when @exists), or a new file's usual mode. */
static void
give_mode (int                fd,
           const struct stat *st,
           gboolean           exists)
{
  if (exists)
    {
      /* Keep who may read and write the file. */
      if (fchown (fd, st->st_uid, st->st_gid) != 0)
        { /* Only root may give files away; the mode is what matters. */ }
      fchmod (fd, st->st_mode & 07777);
    }
  else
    {
      /* g_mkstemp_full() makes 0600 files: give a new one the usual mode. */
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }
}

/* Writes @bytes to the temporary file @fd named @temp, flushes it to
 * disk and renames it over @target; removes it on failure. */
static gboolean
write_and_rename (const char  *path,
                  const char  *target,
                  int          fd,
                  const char  *temp,
                  GBytes      *bytes,
                  GError     **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  /* The lock lives as long as one descriptor of the file is open: a second
   * one keeps it from the close, which reports late write errors, to the
   * rename, so that no cleanup takes the finished file meanwhile. */
  int lock = dup (fd);

  if (lock < 0 || !pd_file_write_all (fd, data, length) || fsync (fd) != 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                 g_strerror (saved));
      close (fd);
      if (lock >= 0)
        close (lock);
      g_unlink (temp);
      return FALSE;
    }
  if (close (fd) != 0 || g_rename (temp, target) != 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                 g_strerror (saved));
      g_unlink (temp);
      close (lock);
      return FALSE;
    }
  close (lock);
  return TRUE;
}

gboolean
pd_file_replace (const char  *path,
                 GBytes      *bytes,
                 const char  *expected_etag,
                 char       **new_etag,
                 GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp = NULL;
  struct stat st;
  gboolean exists;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  /* Save through a symbolic link to the file it points at, unless someone
   * else may have planted the link. */
  if (!links_are_safe (path, error))
    return FALSE;
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);
  exists = g_stat (target, &st) == 0;
  if (exists && (S_ISCHR (st.st_mode) || S_ISFIFO (st.st_mode)))
    return write_through (path, target, bytes, error);
  if (!may_replace (path, target, &st, exists, expected_etag, error))
    return FALSE;

  dir = g_path_get_dirname (target);
  prefix = pd_file_temp_prefix (target);
  remove_strays (dir, prefix);
  fd = make_temp (dir, prefix, &temp);
  if (fd < 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot create a file in %s: %s"), dir,
                 g_strerror (saved));
      return FALSE;
    }
  give_mode (fd, &st, exists);
  if (!write_and_rename (path, target, fd, temp, bytes, error))
    return FALSE;
  sync_folder (dir);
  if (new_etag)
    *new_etag = pd_file_get_etag (target);
  return TRUE;
}

gboolean
pd_file_save (PdDocument  *document,
              const char  *path,
              const char  *expected_etag,
              char       **new_etag,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), FALSE);

  bytes = pd_xml_write (document);
  if (!pd_file_replace (path, bytes, expected_etag, new_etag, error))
    return FALSE;
  pd_document_mark_saved (document);
  return TRUE;
}
