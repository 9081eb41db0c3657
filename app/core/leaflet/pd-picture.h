/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A step's own picture, read and checked: a PNG, JPEG or SVG file named
 * relative to the pathway's folder, which may come from anyone (a shared
 * folder, a downloaded pathway), so every limit below is kept before any
 * decoding, and what is kept is pixels, never the file's markup. */

/* Bytes a file may have: photos, and SVG text. */
#define PD_PICTURE_MAX_PHOTO_BYTES (16 * 1024 * 1024)
#define PD_PICTURE_MAX_SVG_BYTES (4 * 1024 * 1024)
/* Pixels a photo may have, read from its header before decoding; the
 * photos embedded in one SVG share PD_PICTURE_MAX_PIXELS. */
#define PD_PICTURE_MAX_SIDE 6000
#define PD_PICTURE_MAX_PIXELS (24 * 1000 * 1000)
/* Elements an SVG may draw, counting what <use> and other references
 * repeat; and how deep its elements may nest. */
#define PD_PICTURE_MAX_ELEMENTS 20000
#define PD_PICTURE_MAX_DEPTH 128

#define PD_PICTURE_ERROR (pd_picture_error_quark ())

typedef enum {
  PD_PICTURE_ERROR_NAME,          /* not a name inside the folder */
  PD_PICTURE_ERROR_NOT_FOUND,
  PD_PICTURE_ERROR_UNREADABLE,
  PD_PICTURE_ERROR_OUTSIDE,       /* a link leading out of the folder */
  PD_PICTURE_ERROR_NOT_A_FILE,    /* a folder, pipe, device, socket */
  PD_PICTURE_ERROR_TOO_LARGE,     /* bytes */
  PD_PICTURE_ERROR_NOT_A_PICTURE,
  PD_PICTURE_ERROR_TOO_MANY_PIXELS,
  PD_PICTURE_ERROR_CUT_SHORT,
  PD_PICTURE_ERROR_DAMAGED,
  PD_PICTURE_ERROR_UNSAFE,        /* an SVG that refers outside itself, or runs code */
  PD_PICTURE_ERROR_TOO_COMPLEX,   /* an SVG of too many elements */
} PdPictureError;

typedef enum {
  PD_PICTURE_PNG,
  PD_PICTURE_JPEG,
  PD_PICTURE_SVG,
} PdPictureKind;

typedef struct _PdPicture PdPicture;

GQuark         pd_picture_error_quark (void);


/* Reads picture @name from @folder with every check and turns it into
 * pixels, @pixels on its long side at most (the size it is drawn at, at
 * print resolution); a photo smaller than that keeps its own size.
 * Returns: (transfer full) (nullable), NULL with @error saying why, in
 * words that name @name. free accepts NULL. */
PdPicture     *pd_picture_load        (const char  *folder,
                                       const char  *name,
                                       int          pixels,
                                       GError     **error);
void           pd_picture_free        (PdPicture   *picture);
PdPictureKind  pd_picture_get_kind    (PdPicture   *picture);
/* The pixels, premultiplied ARGB32: (transfer none), owned by @picture. */
cairo_surface_t *pd_picture_get_surface (PdPicture *picture);
/* Draws @picture into the @size square at @x, @y: as large as fits, its
 * shape kept, centred. */
void           pd_picture_draw        (PdPicture   *picture,
                                       cairo_t     *cr,
                                       double       x,
                                       double       y,
                                       double       size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPicture, pd_picture_free)

G_END_DECLS
