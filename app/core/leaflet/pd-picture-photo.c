/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Photos (PNG, JPEG): their size read from the header by hand, before
 * anything is decoded, so that a small file claiming a huge picture is
 * refused at once; their structure walked to the end, so that a file cut
 * short is said (libjpeg pads a short file with grey and calls it a
 * success); then decoded by gdk-pixbuf, shrunk while it loads. */
#include <math.h>
#include <string.h>
#include <zlib.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>

#include "pd-picture-private.h"

static const guchar png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

gboolean
pd_picture_is_png (const guchar *data,
                   gsize         length)
{
  return length >= sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0;
}

gboolean
pd_picture_is_jpeg (const guchar *data,
                    gsize         length)
{
  return length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;
}

static guint32
be32 (const guchar *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static guint
be16 (const guchar *p)
{
  return (guint) p[0] << 8 | p[1];
}

typedef struct {
  guint32 width, height;
  guint depth, colour, interlace;   /* PNG only */
  gboolean sized;         /* the header was found */
  gboolean complete;      /* the end marker was reached */
  const char *damage;     /* what is wrong with the structure, or NULL */
} Structure;

/* The chunks, IHDR first, up to IEND. */
static void
walk_png (const guchar *data,
          gsize         length,
          Structure    *s)
{
  gsize pos = sizeof png_signature;

  while (pos + 8 <= length)
    {
      guint32 size = be32 (data + pos);
      const guchar *type = data + pos + 4;

      if (size > G_MAXINT32)
        {
          s->damage = _("a chunk's length is impossible");
          return;
        }
      if (!s->sized)
        {
          if (memcmp (type, "IHDR", 4) != 0 || size != 13)
            {
              s->damage = _("it does not start with a header (IHDR)");
              return;
            }
          if (pos + 16 > length)
            return;
          s->width = be32 (data + pos + 8);
          s->height = be32 (data + pos + 12);
          if (pos + 8 + 13 <= length)
            {
              s->depth = data[pos + 16];
              s->colour = data[pos + 17];
              s->interlace = data[pos + 20];
            }
          s->sized = TRUE;
        }
      if (memcmp (type, "IEND", 4) == 0)
        {
          s->complete = TRUE;
          return;
        }
      pos += 12 + (gsize) size;
    }
}

/* Bytes of one row @width pixels wide, with its filter byte. */
static guint64
png_row (const Structure *s,
         guint64          width)
{
  static const guint channels[7] = { 1, 0, 3, 1, 2, 0, 4 };
  guint c = s->colour < G_N_ELEMENTS (channels) ? channels[s->colour] : 0;

  return width ? 1 + (width * c * s->depth + 7) / 8 : 0;
}

/* What the pixels inflate to, Adam7's seven passes or one. */
static guint64
png_raw_size (const Structure *s)
{
  static const guint passes[7][4] = { { 0, 0, 8, 8 }, { 4, 0, 8, 8 }, { 0, 4, 4, 8 },
                                      { 2, 0, 4, 4 }, { 0, 2, 2, 4 }, { 1, 0, 2, 2 },
                                      { 0, 1, 1, 2 } };
  guint64 total = 0;

  if (s->interlace == 0)
    return s->height * png_row (s, s->width);
  for (guint i = 0; i < G_N_ELEMENTS (passes); i++)
    {
      guint64 w = s->width > passes[i][0] ? (s->width - passes[i][0] + passes[i][2] - 1)
                                            / passes[i][2] : 0;
      guint64 h = s->height > passes[i][1] ? (s->height - passes[i][1] + passes[i][3] - 1)
                                             / passes[i][3] : 0;
      total += h ? h * png_row (s, w) : 0;
    }
  return total;
}

/* The pixels inflated, to nowhere, and counted: libpng takes broken or
 * missing pixel data for a blank picture and calls it a success. Called
 * once the size is known to be within the limits. */
static const char *
png_pixels_whole (const guchar    *data,
                  gsize            length,
                  const Structure *s)
{
  z_stream z = { 0 };
  guchar scratch[65536];
  int status = Z_OK;
  gsize pos = sizeof png_signature;

  if (png_row (s, 1) <= 1 || inflateInit (&z) != Z_OK)
    return _("its header is not one a PNG may have");
  while (pos + 12 <= length && status == Z_OK)
    {
      guint32 size = be32 (data + pos);

      if (memcmp (data + pos + 4, "IEND", 4) == 0)
        break;
      if (memcmp (data + pos + 4, "IDAT", 4) == 0)
        {
          z.next_in = (Bytef *) data + pos + 8;
          z.avail_in = size;
          while (z.avail_in > 0 && status == Z_OK)
            {
              z.next_out = scratch;
              z.avail_out = sizeof scratch;
              status = inflate (&z, Z_NO_FLUSH);
              if (status == Z_BUF_ERROR)
                status = Z_OK;
            }
        }
      pos += 12 + (gsize) size;
    }
  inflateEnd (&z);
  if (status != Z_OK && status != Z_STREAM_END)
    return _("its pixels cannot be unpacked");
  if (z.total_out != png_raw_size (s))
    return _("it holds fewer pixels than its header says");
  return NULL;
}

static gboolean
is_frame_marker (guint marker)
{
  /* SOF0 to SOF15, but for DHT, JPG and DAC, which share the range. */
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

/* The markers, up to EOI: the frame header (SOFn) gives the size; each
 * scan's entropy-coded data runs to the next marker. */
static void
walk_jpeg (const guchar *data,
           gsize         length,
           Structure    *s)
{
  gsize pos = 2;

  while (pos < length)
    {
      guint marker, size;

      if (data[pos] != 0xFF)
        {
          s->damage = _("a marker is missing");
          return;
        }
      while (pos < length && data[pos] == 0xFF)
        pos++;
      if (pos >= length)
        return;
      marker = data[pos++];
      if (marker == 0xD9)
        {
          s->complete = s->sized;
          if (!s->sized)
            s->damage = _("it has no frame header");
          return;
        }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
        continue;
      if (pos + 2 > length)
        return;
      size = be16 (data + pos);
      if (size < 2)
        {
          s->damage = _("a segment's length is impossible");
          return;
        }
      if (pos + size > length)
        return;
      if (is_frame_marker (marker) && !s->sized)
        {
          if (size < 8)
            {
              s->damage = _("its frame header is too short");
              return;
            }
          s->height = be16 (data + pos + 3);
          s->width = be16 (data + pos + 5);
          s->sized = TRUE;
        }
      pos += size;
      if (marker != 0xDA)
        continue;
      if (!s->sized)
        {
          s->damage = _("it has no frame header");
          return;
        }
      /* Entropy-coded data: 0xFF is followed by a stuffed zero, a restart
       * marker or fill; anything else is the next marker. */
      for (;;)
        {
          const guchar *ff = memchr (data + pos, 0xFF, length - pos);

          if (ff == NULL || (gsize) (ff - data) + 1 >= length)
            return;
          pos = ff - data;
          if (ff[1] == 0x00 || ff[1] == 0xFF || (ff[1] >= 0xD0 && ff[1] <= 0xD7))
            pos += ff[1] == 0xFF ? 1 : 2;
          else
            break;
        }
    }
}

gboolean
pd_picture_photo_size (const guchar *data,
                       gsize         length,
                       gboolean      jpeg,
                       const char   *name,
                       int          *width,
                       int          *height,
                       GError      **error)
{
  Structure s = { 0 };

  if (jpeg)
    walk_jpeg (data, length, &s);
  else
    walk_png (data, length, &s);
  if (s.damage == NULL && s.sized && (s.width == 0 || s.height == 0))
    s.damage = _("it has no size");
  if (s.damage)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED, _("%s is damaged: %s"),
                   name, s.damage);
      return FALSE;
    }
  /* Too many pixels is said before cut short: it is what matters. */
  if (s.sized && MAX (s.width, s.height) > PD_PICTURE_MAX_SIDE)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_TOO_MANY_PIXELS,
                   _("%s is %u × %u pixels, more than the limit of %d pixels a side"),
                   name, s.width, s.height, PD_PICTURE_MAX_SIDE);
      return FALSE;
    }
  if (s.sized && (guint64) s.width * s.height > PD_PICTURE_MAX_PIXELS)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_TOO_MANY_PIXELS,
                   _("%s is %u × %u pixels, more than the limit of %d million pixels"),
                   name, s.width, s.height, PD_PICTURE_MAX_PIXELS / 1000000);
      return FALSE;
    }
  if (!s.complete)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_CUT_SHORT, _("%s is cut short"),
                   name);
      return FALSE;
    }
  *width = (int) s.width;
  *height = (int) s.height;
  return TRUE;
}

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         data)
{
  int pixels = GPOINTER_TO_INT (data);
  double scale = (double) pixels / MAX (width, height);

  /* Only ever smaller: a small photo keeps its pixels. */
  if (scale < 1)
    gdk_pixbuf_loader_set_size (loader, MAX (1, (int) lround (width * scale)),
                                MAX (1, (int) lround (height * scale)));
}

static guint8
premultiply (guint8 colour,
             guint8 alpha)
{
  guint t = (guint) colour * alpha + 0x80;

  return (guint8) (((t >> 8) + t) >> 8);
}

/* @pixbuf as cairo's premultiplied native-endian ARGB32. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *in = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guchar *out;
  int out_stride;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS || channels < 3)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_flush (surface);
  out = cairo_image_surface_get_data (surface);
  out_stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      const guchar *p = in + (gsize) y * stride;
      guint32 *q = (guint32 *) (out + (gsize) y * out_stride);

      for (int x = 0; x < width; x++, p += channels)
        {
          guint8 a = channels == 4 ? p[3] : 0xFF;

          q[x] = (guint32) a << 24 | (guint32) premultiply (p[0], a) << 16
                 | (guint32) premultiply (p[1], a) << 8 | premultiply (p[2], a);
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

cairo_surface_t *
pd_picture_photo_load (const guchar *data,
                       gsize         length,
                       gboolean      jpeg,
                       const char   *name,
                       int           pixels,
                       GError      **error)
{
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), name);
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local = NULL;
  GdkPixbuf *pixbuf;
  cairo_surface_t *surface;
  int width, height;
  gboolean written;

  if (!pd_picture_photo_size (data, length, jpeg, quoted, &width, &height, error))
    return NULL;
  if (!jpeg)
    {
      Structure s = { 0 };
      const char *damage;

      walk_png (data, length, &s);
      if ((damage = png_pixels_whole (data, length, &s)) != NULL)
        {
          g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED, _("%s is damaged: %s"),
                       quoted, damage);
          return NULL;
        }
    }
  /* The kind the bytes say, never one gdk-pixbuf guesses. */
  loader = gdk_pixbuf_loader_new_with_type (jpeg ? "jpeg" : "png", &local);
  if (loader == NULL)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_UNREADABLE,
                   _("%s cannot be read: %s"), quoted, local->message);
      return NULL;
    }
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared),
                    GINT_TO_POINTER (pixels));
  written = gdk_pixbuf_loader_write (loader, data, length, &local);
  /* Closed either way, or the loader complains when it goes. */
  if (!gdk_pixbuf_loader_close (loader, written ? &local : NULL) || !written)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED, _("%s is damaged: %s"),
                   quoted, local ? local->message : _("it cannot be decoded"));
      return NULL;
    }
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED, _("%s is damaged: %s"),
                   quoted, _("it cannot be decoded"));
      return NULL;
    }
  surface = surface_from_pixbuf (pixbuf);
  if (surface == NULL)
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_UNREADABLE,
                 _("%s cannot be read: %s"), quoted, _("out of memory"));
  return surface;
}
