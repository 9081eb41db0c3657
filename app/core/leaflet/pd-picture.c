/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A step's own picture: the file opened by the program itself, only inside
 * the pathway's folder and only when it is an ordinary file of bounded
 * size, its kind told by its first bytes, then turned into pixels. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "pd-leaflet-private.h"
#include "pd-picture-private.h"

struct _PdPicture
{
  PdPictureKind kind;
  cairo_surface_t *surface;
};

G_DEFINE_QUARK (pd-picture-error-quark, pd_picture_error)

gboolean
pd_picture_is_folder_name (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || g_path_is_absolute (name) || strchr (name, '\\')
      || strchr (name, ':'))
    return FALSE;
  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i] == '\0' || g_str_equal (parts[i], ".."))
      return FALSE;
  return TRUE;
}

static gboolean
is_inside (const char *real,
           const char *real_folder)
{
  g_autofree char *prefix = g_str_has_suffix (real_folder, G_DIR_SEPARATOR_S)
                            ? g_strdup (real_folder)
                            : g_strconcat (real_folder, G_DIR_SEPARATOR_S, NULL);

  return g_str_has_prefix (real, prefix);
}

/* FALSE, saying why, unless @mode is an ordinary file's. */
static gboolean
is_ordinary (mode_t       mode,
             const char  *name,
             GError     **error)
{
  if (S_ISREG (mode))
    return TRUE;
  if (S_ISDIR (mode))
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_FILE,
                 _("“%s” is a folder, not a picture"), name);
  else if (S_ISFIFO (mode))
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_FILE,
                 _("“%s” is a pipe (FIFO), not a picture"), name);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_FILE,
                 _("“%s” is a device, not a picture"), name);
  else if (S_ISSOCK (mode))
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_FILE,
                 _("“%s” is a socket, not a picture"), name);
  else
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_FILE,
                 _("“%s” is not an ordinary file"), name);
  return FALSE;
}

static void
set_errno_error (GError     **error,
                 int          saved,
                 const char  *name)
{
  if (saved == ENOENT || saved == ENOTDIR)
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_FOUND,
                 _("“%s” is not found in the pathway’s folder"), name);
  else
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_UNREADABLE,
                 _("“%s” cannot be read: %s"), name, g_strerror (saved));
}

/* Opens @name in @folder for reading, or says why not. Never follows a
 * link out of the folder, never waits on a pipe or a device. */
static int
open_inside (const char  *folder,
             const char  *name,
             struct stat *info,
             GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;
  g_autofree char *real_folder = NULL;
  g_autofree char *proc = NULL;
  g_autofree char *opened = NULL;
  int fd;

  if (folder == NULL || !pd_picture_is_folder_name (name))
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NAME,
                   _("“%s” is not a name inside the pathway’s folder"), name ? name : "");
      return -1;
    }
  real_folder = realpath (folder, NULL);
  path = g_build_filename (folder, name, NULL);
  real = real_folder ? realpath (path, NULL) : NULL;
  if (real == NULL)
    {
      set_errno_error (error, errno, name);
      return -1;
    }
  if (!is_inside (real, real_folder))
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_OUTSIDE,
                   _("“%s” leads out of the pathway’s folder"), name);
      return -1;
    }
  /* Told before opening, so that a pipe or a device is never opened. */
  if (lstat (real, info) != 0)
    {
      set_errno_error (error, errno, name);
      return -1;
    }
  if (!is_ordinary (info->st_mode, name, error))
    return -1;
  fd = open (real, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0)
    {
      set_errno_error (error, errno, name);
      return -1;
    }
  /* What was opened, should the folder have changed since it was looked at. */
  proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  opened = g_file_read_link (proc, NULL);
  if (fstat (fd, info) != 0 || (opened && !is_inside (opened, real_folder)))
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_OUTSIDE,
                   _("“%s” leads out of the pathway’s folder"), name);
      close (fd);
      return -1;
    }
  if (!is_ordinary (info->st_mode, name, error))
    {
      close (fd);
      return -1;
    }
  return fd;
}

static void
set_too_large (GError    **error,
               const char *name,
               int         limit)
{
  g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_TOO_LARGE,
               _("“%s” is larger than the limit of %d MiB for such a picture"), name,
               limit / (1024 * 1024));
}

/* The whole of @name, at most PD_PICTURE_MAX_PHOTO_BYTES. */
static GBytes *
read_inside (const char  *folder,
             const char  *name,
             GError     **error)
{
  struct stat info;
  g_autoptr(GByteArray) data = NULL;
  int fd = open_inside (folder, name, &info, error);

  if (fd < 0)
    return NULL;
  if (info.st_size > PD_PICTURE_MAX_PHOTO_BYTES)
    {
      set_too_large (error, name, PD_PICTURE_MAX_PHOTO_BYTES);
      close (fd);
      return NULL;
    }
  data = g_byte_array_sized_new ((guint) info.st_size + 1);
  /* Up to one byte past the limit: the file may be growing. */
  while (data->len <= PD_PICTURE_MAX_PHOTO_BYTES)
    {
      guint8 buffer[65536];
      ssize_t got = read (fd, buffer, sizeof buffer);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          set_errno_error (error, errno, name);
          close (fd);
          return NULL;
        }
      if (got == 0)
        break;
      g_byte_array_append (data, buffer, (guint) got);
    }
  close (fd);
  if (data->len > PD_PICTURE_MAX_PHOTO_BYTES)
    {
      set_too_large (error, name, PD_PICTURE_MAX_PHOTO_BYTES);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* XML text: a '<' first, after a byte order mark and white space. */
static gboolean
is_markup (const guchar *data,
           gsize         length)
{
  gsize i = 0;

  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i < length && data[i] == '<';
}

PdPicture *
pd_picture_load (const char  *folder,
                 const char  *name,
                 int          pixels,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PdPicture) picture = g_new0 (PdPicture, 1);
  const guchar *data;
  gsize length;

  g_return_val_if_fail (pixels > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_inside (folder, name, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_PICTURE,
                   _("“%s” is empty"), name);
      return NULL;
    }
  /* The bytes say what it is; the name may be wrong. */
  if (pd_picture_is_png (data, length) || pd_picture_is_jpeg (data, length))
    {
      picture->kind = pd_picture_is_png (data, length) ? PD_PICTURE_PNG : PD_PICTURE_JPEG;
      picture->surface = pd_picture_photo_load (data, length, picture->kind == PD_PICTURE_JPEG,
                                                name, pixels, error);
    }
  else if (is_markup (data, length))
    {
      if (length > PD_PICTURE_MAX_SVG_BYTES)
        {
          set_too_large (error, name, PD_PICTURE_MAX_SVG_BYTES);
          return NULL;
        }
      picture->kind = PD_PICTURE_SVG;
      picture->surface = pd_picture_svg_load ((const char *) data, length, name, pixels, error);
    }
  else
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_PICTURE,
                 _("“%s” is not a PNG, JPEG or SVG picture"), name);
  if (picture->surface == NULL)
    return NULL;
  return g_steal_pointer (&picture);
}

void
pd_picture_free (PdPicture *picture)
{
  if (picture == NULL)
    return;
  g_clear_pointer (&picture->surface, cairo_surface_destroy);
  g_free (picture);
}

PdPictureKind
pd_picture_get_kind (PdPicture *picture)
{
  return picture->kind;
}

cairo_surface_t *
pd_picture_get_surface (PdPicture *picture)
{
  return picture->surface;
}

void
pd_picture_draw (PdPicture *picture,
                 cairo_t   *cr,
                 double     x,
                 double     y,
                 double     size)
{
  int width = cairo_image_surface_get_width (picture->surface);
  int height = cairo_image_surface_get_height (picture->surface);
  double scale = size / MAX (width, height);

  g_return_if_fail (width > 0 && height > 0);

  /* As preserveAspectRatio="xMidYMid meet" would. */
  cairo_save (cr);
  cairo_translate (cr, x + (size - width * scale) / 2, y + (size - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, picture->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}
