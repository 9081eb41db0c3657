/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-xml-parse.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

#define TEMP_INFIX ".pd-save-"

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

/* Removes temporary files left by a save that was interrupted. */
static void
remove_strays (const char *dir,
               const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (".", base, TEMP_INFIX, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && strlen (name) == strlen (prefix) + 6)
      {
        g_autofree char *stray = g_build_filename (dir, name, NULL);
        g_unlink (stray);
      }
}

static gboolean
write_all (int           fd,
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

gboolean
pd_file_replace (const char  *path,
                 GBytes      *bytes,
                 const char  *expected_etag,
                 char       **new_etag,
                 GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  struct stat st;
  gboolean exists;
  gsize length;
  const guint8 *data;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  /* Save through a symbolic link to the file it points at. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);
  exists = g_stat (target, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      set_error (error, PD_FILE_ERROR_WRITE, path, _("this is a folder"));
      return FALSE;
    }
  /* A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as
   * it is: replacing it with a file would break it for everyone. */
  if (exists && (S_ISCHR (st.st_mode) || S_ISFIFO (st.st_mode)))
    {
      gsize size;
      const guint8 *bytes_data = g_bytes_get_data (bytes, &size);
      gboolean written;

      fd = g_open (target, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
      if (fd < 0)
        {
          int saved = errno;
          set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                     g_strerror (saved));
          return FALSE;
        }
      written = write_all (fd, bytes_data, size);
      if (close (fd) != 0 || !written)
        {
          set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                     g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      set_error (error, PD_FILE_ERROR_WRITE, path, _("this is not a regular file"));
      return FALSE;
    }
  if (exists && expected_etag != NULL)
    {
      g_autofree char *etag = etag_from_stat (&st);

      if (g_strcmp0 (etag, expected_etag) != 0)
        {
          set_error (error, PD_FILE_ERROR_CHANGED, path,
                     _("the file was changed on disk since it was opened; "
                       "it was not overwritten"));
          return FALSE;
        }
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  remove_strays (dir, base);
  temp = g_strconcat (dir, G_DIR_SEPARATOR_S, ".", base, TEMP_INFIX, "XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot create a file in %s: %s"), dir,
                 g_strerror (saved));
      return FALSE;
    }
  if (exists)
    {
      /* Keep who may read and write the file. */
      if (fchown (fd, st.st_uid, st.st_gid) != 0)
        { /* Only root may give files away; the mode is what matters. */ }
      fchmod (fd, st.st_mode & 07777);
    }
  else
    {
      /* g_mkstemp_full() makes 0600 files: give a new one the usual mode. */
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }

  data = g_bytes_get_data (bytes, &length);
  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                 g_strerror (saved));
      close (fd);
      g_unlink (temp);
      return FALSE;
    }
  if (close (fd) != 0 || g_rename (temp, target) != 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, path, _("cannot write the file: %s"),
                 g_strerror (saved));
      g_unlink (temp);
      return FALSE;
    }
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
