/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PNG written with libpng a strip at a time: a diagram of thousands of
 * steps becomes a picture of hundreds of megapixels, which cairo would
 * otherwise hold whole (a gigabyte) before writing it. */
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <png.h>
#include <setjmp.h>

#include "pd-diagnostic.h"
#include "pd-png-private.h"

static void
append (png_structp png,
        png_bytep   data,
        png_size_t  length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
flush (png_structp png)
{
}

static void
on_error (png_structp     png,
          png_const_charp message)
{
  GError **error = png_get_error_ptr (png);

  if (error && *error == NULL)
    g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("cannot make the PNG: %s"),
                 message);
  png_longjmp (png, 1);
}

static void
on_warning (png_structp     png,
            png_const_charp message)
{
}

/* Everything libpng may jump out of, apart from the caller's locals. */
typedef struct {
  png_structp      png;
  png_infop        info;
  cairo_surface_t *strip;
  guchar          *row;
} Writer;

static gboolean
write_rows (Writer         *w,
            guint           width,
            guint           height,
            guint           strip_rows,
            PdPngDrawStrip  draw,
            gpointer        data)
{
  if (setjmp (png_jmpbuf (w->png)))
    return FALSE;
  png_set_IHDR (w->png, w->info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (w->png, w->info);
  for (guint first = 0; first < height; first += strip_rows)
    {
      guint rows = MIN (strip_rows, height - first);
      int stride = cairo_image_surface_get_stride (w->strip);
      const guchar *pixels;
      cairo_t *cr = cairo_create (w->strip);

      /* Opaque: what is not drawn is white. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_rectangle (cr, 0, 0, width, rows);
      cairo_clip (cr);
      cairo_translate (cr, 0, -(double) first);
      draw (cr, first, rows, data);
      cairo_destroy (cr);
      cairo_surface_flush (w->strip);
      pixels = cairo_image_surface_get_data (w->strip);
      for (guint y = 0; y < rows; y++)
        {
          const guint32 *in = (const guint32 *) (pixels + (gsize) y * stride);

          /* Cairo's pixels are 0xXXRRGGBB words in the machine's order. */
          for (guint x = 0; x < width; x++)
            {
              w->row[3 * x] = (in[x] >> 16) & 0xff;
              w->row[3 * x + 1] = (in[x] >> 8) & 0xff;
              w->row[3 * x + 2] = in[x] & 0xff;
            }
          png_write_row (w->png, w->row);
        }
    }
  png_write_end (w->png, w->info);
  return TRUE;
}

GBytes *
pd_png_write_strips (guint            width,
                     guint            height,
                     guint            strip_rows,
                     PdPngDrawStrip   draw,
                     gpointer         data,
                     GError         **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  Writer w = { 0 };
  gboolean written;

  g_return_val_if_fail (width > 0 && height > 0 && strip_rows > 0, NULL);
  g_return_val_if_fail (draw != NULL, NULL);

  w.strip = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width,
                                        (int) MIN (strip_rows, height));
  if (cairo_surface_status (w.strip) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("cannot make the PNG: %s"),
                   cairo_status_to_string (cairo_surface_status (w.strip)));
      cairo_surface_destroy (w.strip);
      return NULL;
    }
  w.row = g_malloc ((gsize) width * 3);
  w.png = png_create_write_struct (PNG_LIBPNG_VER_STRING, error, on_error, on_warning);
  w.info = w.png ? png_create_info_struct (w.png) : NULL;
  if (w.info)
    {
      png_set_write_fn (w.png, out, append, flush);
      written = write_rows (&w, width, height, strip_rows, draw, data);
    }
  else
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("cannot make the PNG: %s"),
                   g_strerror (ENOMEM));
      written = FALSE;
    }
  png_destroy_write_struct (&w.png, &w.info);
  g_free (w.row);
  cairo_surface_destroy (w.strip);
  if (!written)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
