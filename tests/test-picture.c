/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A step's own picture: each kind that is drawn, and each reason a file
 * is refused, the hostile files made here, small on disk, in a folder of
 * the test's own. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>
#include <zlib.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "pd-picture.h"

#define PIXELS 100

static char *folder;

static void
remove_tree (const char *path)
{
  GStatBuf info;

  if (g_lstat (path, &info) == 0 && S_ISDIR (info.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static char *
path_of (const char *name)
{
  return g_build_filename (folder, name, NULL);
}

static void
put (const char *name,
     const void *data,
     gsize       length)
{
  g_autofree char *path = path_of (name);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
}

static void
put_bytes (const char *name,
           GBytes     *bytes)
{
  put (name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
append_chunk (GByteArray *out,
              const char *type,
              const void *data,
              guint32     length)
{
  guint8 be[4] = { length >> 24, length >> 16, length >> 8, length };
  guint32 crc = crc32 (0, (const Bytef *) type, 4);

  crc = crc32 (crc, data, length);
  g_byte_array_append (out, be, 4);
  g_byte_array_append (out, (const guint8 *) type, 4);
  g_byte_array_append (out, data, length);
  be[0] = crc >> 24, be[1] = crc >> 16, be[2] = crc >> 8, be[3] = crc;
  g_byte_array_append (out, be, 4);
}

/* A PNG that says it is @width × @height: a valid header, a little
 * compressed data and the end. Never decoded: the header refuses it. */
static GBytes *
png_claiming (guint32 width,
              guint32 height)
{
  GByteArray *out = g_byte_array_new ();
  guint8 header[13] = { width >> 24, width >> 16, width >> 8, width,
                        height >> 24, height >> 16, height >> 8, height, 8, 2, 0, 0, 0 };
  guint8 zeros[4096] = { 0 }, packed[256];
  uLongf packed_length = sizeof packed;

  g_assert_cmpint (compress (packed, &packed_length, zeros, sizeof zeros), ==, Z_OK);
  g_byte_array_append (out, (const guint8 *) "\x89PNG\r\n\x1a\n", 8);
  append_chunk (out, "IHDR", header, sizeof header);
  append_chunk (out, "IDAT", packed, (guint32) packed_length);
  append_chunk (out, "IEND", "", 0);
  return g_byte_array_free_to_bytes (out);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A real @width × @height PNG of one colour. */
static GBytes *
png_of (int    width,
        int    height,
        double red,
        double green,
        double blue)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *out = g_byte_array_new ();

  cairo_set_source_rgb (cr, red, green, blue);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png, out), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

/* A real JPEG of one colour, with some detail so that it has a body. */
static GBytes *
jpeg_of (int width,
         int height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  gchar *buffer = NULL;
  gsize length = 0;

  gdk_pixbuf_fill (pixbuf, 0x20C040FF);
  for (int y = 0; y < height; y += 7)
    gdk_pixbuf_get_pixels (pixbuf)[y * gdk_pixbuf_get_rowstride (pixbuf)] = 0xFF;
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "jpeg", &error,
                                            "quality", "90", NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, length);
}

/* The colour at @x, @y as 0xAARRGGBB (premultiplied). */
static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *) (cairo_image_surface_get_data (surface)
                       + y * cairo_image_surface_get_stride (surface) + x * 4);
}

static PdPicture *
load_ok (const char *name)
{
  g_autoptr(GError) error = NULL;
  PdPicture *picture = pd_picture_load (folder, name, PIXELS, &error);

  g_assert_no_error (error);
  g_assert_nonnull (picture);
  return picture;
}

/* @name is refused with @code and a reason that holds @reason. */
static void
assert_refused (const char *name,
                int         code,
                const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdPicture) picture = pd_picture_load (folder, name, PIXELS, &error);

  g_assert_null (picture);
  g_assert_error (error, PD_PICTURE_ERROR, code);
  g_test_message ("%s: %s", name, error->message);
  if (strstr (error->message, reason) == NULL)
    g_error ("“%s” expected in “%s”", reason, error->message);
}

/* Photos are shrunk to the pixels asked for, their shape kept; a small
 * one keeps its own size; the kind is the bytes', whatever the name. */
static void
test_png (void)
{
  g_autoptr(GBytes) wide = png_of (800, 400, 1, 0, 0);
  g_autoptr(GBytes) small = png_of (37, 23, 0, 0, 1);
  g_autoptr(PdPicture) picture = NULL;
  g_autoptr(PdPicture) little = NULL;
  g_autoptr(PdPicture) misnamed = NULL;
  cairo_surface_t *out;
  cairo_t *cr;

  put_bytes ("wide.png", wide);
  put_bytes ("small.png", small);
  put_bytes ("really-a-png.svg", wide);
  picture = load_ok ("wide.png");
  g_assert_cmpint (pd_picture_get_kind (picture), ==, PD_PICTURE_PNG);
  g_assert_cmpint (cairo_image_surface_get_width (pd_picture_get_surface (picture)), ==, PIXELS);
  g_assert_cmpint (cairo_image_surface_get_height (pd_picture_get_surface (picture)), ==,
                   PIXELS / 2);
  g_assert_cmphex (pixel_at (pd_picture_get_surface (picture), 50, 25), ==, 0xFFFF0000);
  little = load_ok ("small.png");
  g_assert_cmpint (cairo_image_surface_get_width (pd_picture_get_surface (little)), ==, 37);
  misnamed = load_ok ("really-a-png.svg");
  g_assert_cmpint (pd_picture_get_kind (misnamed), ==, PD_PICTURE_PNG);

  /* Drawn into a square: as wide as the square, centred from top to bottom. */
  out = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 200);
  cr = cairo_create (out);
  pd_picture_draw (picture, cr, 0, 0, 200);
  cairo_destroy (cr);
  g_assert_cmphex (pixel_at (out, 100, 100), ==, 0xFFFF0000);
  g_assert_cmphex (pixel_at (out, 2, 100), ==, 0xFFFF0000);
  g_assert_cmphex (pixel_at (out, 100, 10), ==, 0);
  g_assert_cmphex (pixel_at (out, 100, 190), ==, 0);
  cairo_surface_destroy (out);
}

static void
test_jpeg (void)
{
  g_autoptr(GBytes) jpeg = jpeg_of (300, 600);
  g_autoptr(PdPicture) picture = NULL;
  guint32 middle;

  put_bytes ("photo.jpg", jpeg);
  picture = load_ok ("photo.jpg");
  g_assert_cmpint (pd_picture_get_kind (picture), ==, PD_PICTURE_JPEG);
  g_assert_cmpint (cairo_image_surface_get_height (pd_picture_get_surface (picture)), ==, PIXELS);
  g_assert_cmpint (cairo_image_surface_get_width (pd_picture_get_surface (picture)), ==,
                   PIXELS / 2);
  middle = pixel_at (pd_picture_get_surface (picture), 25, 50);
  /* Green, give or take what JPEG does to it. */
  g_assert_cmpuint (middle >> 24, ==, 0xFF);
  g_assert_cmpuint ((middle >> 8) & 0xFF, >, 0xA0);
  g_assert_cmpuint ((middle >> 16) & 0xFF, <, 0x60);
}

/* An SVG drawn in its own shape; references inside it, paint, styles and
 * a data: photo all still work. */
static void
test_svg (void)
{
  g_autoptr(GBytes) dot = png_of (4, 4, 0, 1, 0);
  g_autofree char *dot64 = g_base64_encode (g_bytes_get_data (dot, NULL), g_bytes_get_size (dot));
  g_autofree char *svg = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
    "width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">"
    "<style>.b { fill: url(#paint) }</style>"
    "<defs><linearGradient id=\"paint\"><stop offset=\"0\" stop-color=\"#00f\"/>"
    "<stop offset=\"1\" stop-color=\"#00f\"/></linearGradient>"
    "<rect id=\"r\" width=\"100\" height=\"100\"/></defs>"
    "<use xlink:href=\"#r\" class=\"b\"/><use href=\"#r\" x=\"100\" style=\"fill:url('#paint')\"/>"
    "<image x=\"90\" y=\"40\" width=\"20\" height=\"20\" href=\"data:image/png;base64,%s\"/>"
    "</svg>", dot64);
  g_autoptr(PdPicture) picture = NULL;
  cairo_surface_t *surface;

  put ("drawing.svg", svg, strlen (svg));
  picture = load_ok ("drawing.svg");
  g_assert_cmpint (pd_picture_get_kind (picture), ==, PD_PICTURE_SVG);
  surface = pd_picture_get_surface (picture);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, PIXELS);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, PIXELS / 2);
  g_assert_cmphex (pixel_at (surface, 10, 25), ==, 0xFF0000FF);
  g_assert_cmphex (pixel_at (surface, 90, 25), ==, 0xFF0000FF);
  g_assert_cmphex (pixel_at (surface, 50, 25), ==, 0xFF00FF00);
}

/* Names are file names: "#" and "%20" are letters, not a URL's parts. */
static void
test_names (void)
{
  g_autoptr(GBytes) png = png_of (10, 10, 1, 1, 0);
  g_autoptr(PdPicture) picture = NULL;
  g_autofree char *sub = path_of ("sub #dir");

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  put_bytes ("sub #dir/step #1%20done.png", png);
  picture = load_ok ("sub #dir/step #1%20done.png");
  assert_refused ("sub #dir/step #2%20done.png", PD_PICTURE_ERROR_NOT_FOUND, "is not found");
  assert_refused ("step.png#x", PD_PICTURE_ERROR_NOT_FOUND, "is not found");
  assert_refused ("../secret.png", PD_PICTURE_ERROR_NAME, "not a name inside");
  assert_refused ("sub #dir/../../secret.png", PD_PICTURE_ERROR_NAME, "not a name inside");
  assert_refused ("/etc/passwd", PD_PICTURE_ERROR_NAME, "not a name inside");
  assert_refused ("", PD_PICTURE_ERROR_NAME, "not a name inside");
  assert_refused ("file:secret.png", PD_PICTURE_ERROR_NAME, "not a name inside");
}

/* A link may point inside the folder, never out of it. */
static void
test_links (void)
{
  g_autoptr(GBytes) png = png_of (10, 10, 1, 1, 0);
  g_autofree char *outside = g_build_filename (g_get_tmp_dir (), "pd-picture-outside.png", NULL);
  g_autofree char *link_in = path_of ("in.png");
  g_autofree char *link_out = path_of ("out.png");
  g_autofree char *link_dir = path_of ("up");
  g_autoptr(PdPicture) picture = NULL;

  put_bytes ("real.png", png);
  g_assert_true (g_file_set_contents (outside, g_bytes_get_data (png, NULL),
                                      (gssize) g_bytes_get_size (png), NULL));
  g_assert_cmpint (symlink ("real.png", link_in), ==, 0);
  g_assert_cmpint (symlink (outside, link_out), ==, 0);
  g_assert_cmpint (symlink ("..", link_dir), ==, 0);
  picture = load_ok ("in.png");
  assert_refused ("out.png", PD_PICTURE_ERROR_OUTSIDE, "leads out of the pathway’s folder");
  assert_refused ("up/pd-picture-outside.png", PD_PICTURE_ERROR_OUTSIDE, "leads out");
  g_unlink (outside);
}

/* Things in the folder that are not files; a pipe is never waited on. */
static void
test_not_files (void)
{
  g_autofree char *dir = path_of ("folder.png");
  g_autofree char *fifo = path_of ("pipe.png");
  g_autofree char *device = path_of ("device.png");
  g_autofree char *socket_path = path_of ("socket.png");
  struct sockaddr_un address = { AF_UNIX };
  gint64 start = g_get_monotonic_time ();
  int fd;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  assert_refused ("folder.png", PD_PICTURE_ERROR_NOT_A_FILE, "is a folder, not a picture");
  assert_refused ("pipe.png", PD_PICTURE_ERROR_NOT_A_FILE, "is a pipe (FIFO)");
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  g_assert_cmpint (fd, >=, 0);
  g_strlcpy (address.sun_path, socket_path, sizeof address.sun_path);
  if (strlen (socket_path) < sizeof address.sun_path
      && bind (fd, (struct sockaddr *) &address, sizeof address) == 0)
    assert_refused ("socket.png", PD_PICTURE_ERROR_NOT_A_FILE, "is a socket");
  close (fd);

  /* A device node needs the right to make one. */
  if (mknod (device, S_IFCHR | 0644, makedev (1, 3)) == 0)
    assert_refused ("device.png", PD_PICTURE_ERROR_NOT_A_FILE, "is a device");
  else
    g_test_message ("no device node: %s", g_strerror (errno));
}

static void
test_unreadable (void)
{
  g_autoptr(GBytes) png = png_of (10, 10, 1, 1, 0);
  g_autofree char *path = path_of ("locked.png");

  if (geteuid () == 0)
    {
      g_test_skip ("everything is readable to root");
      return;
    }
  put_bytes ("locked.png", png);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  assert_refused ("locked.png", PD_PICTURE_ERROR_UNREADABLE, "cannot be read");
}

static void
test_sizes (void)
{
  g_autofree char *big = path_of ("big.png");
  g_autofree char *big_svg = path_of ("big.svg");
  GString *svg = g_string_new ("<svg xmlns=\"http://www.w3.org/2000/svg\">");
  FILE *file;

  /* Sparse: large to stat, nothing on disk. */
  file = fopen (big, "w");
  fwrite ("\x89PNG\r\n\x1a\n", 1, 8, file);
  g_assert_cmpint (ftruncate (fileno (file), PD_PICTURE_MAX_PHOTO_BYTES + 1), ==, 0);
  fclose (file);
  assert_refused ("big.png", PD_PICTURE_ERROR_TOO_LARGE, "larger than the limit of 16 MiB");

  /* SVG text has the smaller limit, however few its elements. */
  g_string_append_printf (svg, "<desc>%*s</desc></svg>", PD_PICTURE_MAX_SVG_BYTES, "");
  put ("big.svg", svg->str, svg->len);
  g_string_free (svg, TRUE);
  assert_refused ("big.svg", PD_PICTURE_ERROR_TOO_LARGE, "larger than the limit of 4 MiB");
  g_unlink (big);
  g_unlink (big_svg);

  put ("empty.png", "", 0);
  assert_refused ("empty.png", PD_PICTURE_ERROR_NOT_A_PICTURE, "is empty");
  put ("anim.png", "GIF89a\x01\x00\x01\x00", 10);
  assert_refused ("anim.png", PD_PICTURE_ERROR_NOT_A_PICTURE, "not a PNG, JPEG or SVG picture");
  put ("page.svg", "<html><body/></html>", 20);
  assert_refused ("page.svg", PD_PICTURE_ERROR_NOT_A_PICTURE, "not a PNG, JPEG or SVG picture");
}

/* Pixels are counted from the header, before anything is decoded: a
 * picture of 30,000² is refused as fast as a small one. */
static void
test_pixels (void)
{
  static const guint8 jpeg_huge[] = {
    0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x75, 0x30, 0x75, 0x30, 0x03, 0x01, 0x22, 0x00,
    0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9,
  };
  g_autoptr(GBytes) bomb = png_claiming (30000, 30000);
  g_autoptr(GBytes) wide = png_claiming (PD_PICTURE_MAX_SIDE + 1, 10);
  g_autoptr(GBytes) many = png_claiming (5000, 5000);
  g_autoptr(GBytes) most = png_claiming (PD_PICTURE_MAX_SIDE, 4000);
  gint64 start = g_get_monotonic_time ();

  put_bytes ("bomb.png", bomb);
  put_bytes ("wide.png", wide);
  put_bytes ("many.png", many);
  put_bytes ("most.png", most);
  put ("huge.jpg", jpeg_huge, sizeof jpeg_huge);
  assert_refused ("bomb.png", PD_PICTURE_ERROR_TOO_MANY_PIXELS, "30000 × 30000 pixels");
  assert_refused ("wide.png", PD_PICTURE_ERROR_TOO_MANY_PIXELS, "6000 pixels a side");
  assert_refused ("many.png", PD_PICTURE_ERROR_TOO_MANY_PIXELS, "24 million pixels");
  assert_refused ("huge.jpg", PD_PICTURE_ERROR_TOO_MANY_PIXELS, "30000 × 30000 pixels");
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  /* At the limits the size is let through: what is wrong is that it holds
   * too little data, which libpng would take for a blank picture. */
  assert_refused ("most.png", PD_PICTURE_ERROR_DAMAGED, "fewer pixels than its header says");
}

/* Cut short or damaged, said as such; libjpeg pads a short JPEG with grey
 * and gdk-pixbuf reports success, so the end is looked for first. */
static void
test_damage (void)
{
  g_autoptr(GBytes) png = png_of (64, 64, 1, 0, 0);
  g_autoptr(GBytes) jpeg = jpeg_of (256, 256);
  gsize png_length = g_bytes_get_size (png), jpeg_length = g_bytes_get_size (jpeg);
  g_autofree guint8 *bad = g_memdup2 (g_bytes_get_data (png, NULL), png_length);
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type ("jpeg", NULL);
  gboolean lenient;

  put ("short.png", g_bytes_get_data (png, NULL), png_length - 12);
  put ("half.png", g_bytes_get_data (png, NULL), png_length / 2);
  put ("short.jpg", g_bytes_get_data (jpeg, NULL), jpeg_length * 2 / 3);
  put ("noend.jpg", g_bytes_get_data (jpeg, NULL), jpeg_length - 2);
  /* The compressed pixels spoilt, their chunk's CRC made to match: only
   * the decoder can tell. */
  for (gsize pos = 8; pos + 12 <= png_length;)
    {
      guint32 size;

      /* Chunks start anywhere: read the length a byte at a time. */
      memcpy (&size, bad + pos, sizeof size);
      size = GUINT32_FROM_BE (size);

      if (memcmp (bad + pos + 4, "IDAT", 4) == 0)
        {
          guint32 crc;

          memset (bad + pos + 8, 0xFF, MIN (size, 16));
          crc = GUINT32_TO_BE (crc32 (0, bad + pos + 4, size + 4));
          memcpy (bad + pos + 8 + size, &crc, 4);
          break;
        }
      pos += 12 + size;
    }
  put ("bad.png", bad, png_length);
  /* A Huffman table's index out of range: libjpeg's own words say so. */
  {
    g_autofree guint8 *bogus = g_memdup2 (g_bytes_get_data (jpeg, NULL), jpeg_length);

    for (gsize i = 2; i + 4 < jpeg_length; i++)
      if (bogus[i] == 0xFF && bogus[i + 1] == 0xC4)
        {
          bogus[i + 4] = 0x1F;
          break;
        }
    put ("bogus.jpg", bogus, jpeg_length);
  }
  put ("headless.png", "\x89PNG\r\n\x1a\n\0\0\0\0IEND\xae\x42\x60\x82", 20);
  assert_refused ("short.png", PD_PICTURE_ERROR_CUT_SHORT, "is cut short");
  assert_refused ("half.png", PD_PICTURE_ERROR_CUT_SHORT, "is cut short");
  assert_refused ("short.jpg", PD_PICTURE_ERROR_CUT_SHORT, "is cut short");
  assert_refused ("noend.jpg", PD_PICTURE_ERROR_CUT_SHORT, "is cut short");
  assert_refused ("bad.png", PD_PICTURE_ERROR_DAMAGED, "is damaged: ");
  assert_refused ("headless.png", PD_PICTURE_ERROR_DAMAGED, "is damaged: ");
  assert_refused ("bogus.jpg", PD_PICTURE_ERROR_DAMAGED, "is damaged: ");

  lenient = gdk_pixbuf_loader_write (loader, g_bytes_get_data (jpeg, NULL), jpeg_length * 2 / 3,
                                     NULL)
            && gdk_pixbuf_loader_close (loader, NULL);
  g_test_message ("gdk-pixbuf %s a JPEG cut short", lenient ? "accepts" : "refuses");
}

typedef struct {
  const char *name;
  const char *svg;
  int         code;
  const char *reason;
} Hostile;

#define SVG_OPEN "<svg xmlns=\"http://www.w3.org/2000/svg\" " \
                 "xmlns:xlink=\"http://www.w3.org/1999/xlink\">"

static const Hostile hostile_svgs[] = {
  { "doctype", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" SVG_OPEN
    "<text>&x;</text></svg>", PD_PICTURE_ERROR_UNSAFE, "DOCTYPE" },
  { "xinclude-2001", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
    "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><text><xi:include href=\".git/config\" "
    "parse=\"text\"/></text></svg>", PD_PICTURE_ERROR_UNSAFE, "XInclude" },
  { "xinclude-2003", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>"
    "<include xmlns=\"http://www.w3.org/2003/XInclude\" href=\"secret\" parse=\"text\"/>"
    "</text></svg>", PD_PICTURE_ERROR_UNSAFE, "XInclude" },
  { "stylesheet", "<?xml-stylesheet href=\"secret.css\"?>" SVG_OPEN "</svg>",
    PD_PICTURE_ERROR_UNSAFE, "processing instruction (<?xml-stylesheet?>)" },
  { "instruction", SVG_OPEN "<g><?php echo 1 ?></g></svg>", PD_PICTURE_ERROR_UNSAFE,
    "processing instruction" },
  { "image-file", SVG_OPEN "<image href=\"secret.png\"/></svg>", PD_PICTURE_ERROR_UNSAFE,
    "refers to “secret.png”" },
  { "xlink-file", SVG_OPEN "<image xlink:href=\"file:///etc/passwd\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "refers to “file:///etc/passwd”" },
  { "other-href", SVG_OPEN "<a xmlns:o=\"urn:other\" o:href=\"https://example.org/\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "refers to “https://example.org/”" },
  { "use-file", SVG_OPEN "<use href=\"other.svg#a\"/></svg>", PD_PICTURE_ERROR_UNSAFE,
    "refers to “other.svg#a”" },
  { "data-svg", SVG_OPEN "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "not a PNG or JPEG photo" },
  { "data-mislabelled", SVG_OPEN "<image href=\"data:image/jpeg;base64,iVBORw0KGgo=\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "not of the kind it says" },
  { "data-escaped", SVG_OPEN "<image href=\"data:image/png;base64,%69VBORw0KGgo=\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "not plain base64" },
  { "fill-url", SVG_OPEN "<rect fill=\"url(other.svg#p)\"/></svg>", PD_PICTURE_ERROR_UNSAFE,
    "url(…)" },
  { "style-url", SVG_OPEN "<rect style=\"fill: URL( 'secret.svg#p' )\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "url(…)" },
  { "style-element-url", SVG_OPEN "<style>rect { filter: url(http://example.org/f) }</style>"
    "</svg>", PD_PICTURE_ERROR_UNSAFE, "url(…)" },
  { "import", SVG_OPEN "<style>@import \"secret.css\";</style></svg>", PD_PICTURE_ERROR_UNSAFE,
    "@import" },
  { "css-escape", SVG_OPEN "<rect style=\"fill:\\75rl(secret.svg)\"/></svg>",
    PD_PICTURE_ERROR_UNSAFE, "escape" },
  { "script", SVG_OPEN "<script>alert(1)</script></svg>", PD_PICTURE_ERROR_UNSAFE,
    "<script>" },
  { "foreign-object", SVG_OPEN "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p>"
    "</foreignObject></svg>", PD_PICTURE_ERROR_UNSAFE, "<foreignObject>" },
  { "xml-base", SVG_OPEN "<g xml:base=\"file:///etc/\"/></svg>", PD_PICTURE_ERROR_UNSAFE,
    "xml:base" },
  { "use-cycle", SVG_OPEN "<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g>"
    "</svg>", PD_PICTURE_ERROR_TOO_COMPLEX, "cycle" },
  { "damaged", SVG_OPEN "<g></svg>", PD_PICTURE_ERROR_DAMAGED, "is damaged" },
};

static void
test_hostile_svg (gconstpointer data)
{
  const Hostile *hostile = data;
  g_autofree char *name = g_strconcat (hostile->name, ".svg", NULL);

  folder = g_dir_make_tmp ("pd-picture-XXXXXX", NULL);
  put (name, hostile->svg, strlen (hostile->svg));
  assert_refused (name, hostile->code, hostile->reason);
  remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/* Bombs made of elements: many, nested, or repeated by references. Each
 * is refused quickly, the million before it is built. */
static void
test_svg_bombs (void)
{
  GString *million = g_string_new ("<svg xmlns=\"http://www.w3.org/2000/svg\">");
  GString *uses = g_string_new (SVG_OPEN "<defs><rect id=\"a0\" width=\"1\" height=\"1\"/>");
  GString *paint = g_string_new (SVG_OPEN "<pattern id=\"p\">");
  GString *deep = g_string_new ("<svg xmlns=\"http://www.w3.org/2000/svg\">");
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 1000000; i++)
    g_string_append (million, "<g/>");
  g_string_append (million, "</svg>");
  put ("million.svg", million->str, million->len);
  /* Ten of ten of ten… : 10^9 rectangles from a hundred elements. */
  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (uses, "<g id=\"a%u\">", i);
      for (guint k = 0; k < 10; k++)
        g_string_append_printf (uses, "<use xlink:href=\"#a%u\"/>", i - 1);
      g_string_append (uses, "</g>");
    }
  g_string_append (uses, "</defs><use xlink:href=\"#a9\"/></svg>");
  put ("uses.svg", uses->str, uses->len);
  /* A pattern of 200 painted on each of 200 shapes, through their group. */
  for (guint i = 0; i < 200; i++)
    g_string_append (paint, "<rect width=\"1\" height=\"1\"/>");
  g_string_append (paint, "</pattern><g fill=\"url(#p)\">");
  for (guint i = 0; i < 200; i++)
    g_string_append (paint, "<rect width=\"1\" height=\"1\"/>");
  g_string_append (paint, "</g></svg>");
  put ("paint.svg", paint->str, paint->len);
  for (guint i = 0; i <= PD_PICTURE_MAX_DEPTH; i++)
    g_string_append (deep, "<g>");
  put ("deep.svg", deep->str, deep->len);

  assert_refused ("million.svg", PD_PICTURE_ERROR_TOO_COMPLEX, "more than 20000 elements");
  assert_refused ("uses.svg", PD_PICTURE_ERROR_TOO_COMPLEX, "<use>");
  assert_refused ("paint.svg", PD_PICTURE_ERROR_TOO_COMPLEX, "more than 20000 elements");
  assert_refused ("deep.svg", PD_PICTURE_ERROR_TOO_COMPLEX, "nested deeper than 128");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_string_free (million, TRUE);
  g_string_free (uses, TRUE);
  g_string_free (paint, TRUE);
  g_string_free (deep, TRUE);
}

/* Photos inside an SVG are held to the same limits, and to one budget. */
static void
test_svg_photos (void)
{
  g_autoptr(GBytes) bomb = png_claiming (20000, 20000);
  g_autoptr(GBytes) part = png_claiming (5000, 4000);
  g_autofree char *bomb64 = g_base64_encode (g_bytes_get_data (bomb, NULL),
                                             g_bytes_get_size (bomb));
  g_autofree char *part64 = g_base64_encode (g_bytes_get_data (part, NULL),
                                             g_bytes_get_size (part));
  g_autofree char *one = g_strdup_printf (SVG_OPEN "<image href=\"data:image/png;base64,%s\"/>"
                                          "</svg>", bomb64);
  g_autofree char *two = g_strdup_printf (SVG_OPEN "<image href=\"data:image/png;base64,%s\"/>"
                                          "<image xlink:href=\"data:image/png;base64,%s\"/>"
                                          "</svg>", part64, part64);

  put ("one.svg", one, strlen (one));
  put ("two.svg", two, strlen (two));
  assert_refused ("one.svg", PD_PICTURE_ERROR_TOO_MANY_PIXELS, "a photo inside “one.svg”");
  assert_refused ("two.svg", PD_PICTURE_ERROR_TOO_MANY_PIXELS, "24 million pixels together");
}

static void
with_folder (gconstpointer data)
{
  GTestFunc func = (GTestFunc) data;

  folder = g_dir_make_tmp ("pd-picture-XXXXXX", NULL);
  g_assert_nonnull (folder);
  func ();
  remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

static void
add (const char *path,
     GTestFunc   func)
{
  g_test_add_data_func (path, (gconstpointer) func, with_folder);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add ("/picture/png", test_png);
  add ("/picture/jpeg", test_jpeg);
  add ("/picture/svg", test_svg);
  add ("/picture/names", test_names);
  add ("/picture/links", test_links);
  add ("/picture/not-files", test_not_files);
  add ("/picture/unreadable", test_unreadable);
  add ("/picture/sizes", test_sizes);
  add ("/picture/pixels", test_pixels);
  add ("/picture/damage", test_damage);
  add ("/picture/svg-bombs", test_svg_bombs);
  add ("/picture/svg-photos", test_svg_photos);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_svgs); i++)
    {
      g_autofree char *path = g_strconcat ("/picture/hostile-svg/", hostile_svgs[i].name, NULL);

      g_test_add_data_func_full (path, (gpointer) &hostile_svgs[i], test_hostile_svg, NULL);
    }
  return g_test_run ();
}
