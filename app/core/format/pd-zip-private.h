/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The zip packages of the OpenDocument files the core writes (the
 * leaflet's text, the tables' spreadsheets), made in memory with libzip,
 * whose entries carry no data descriptor or extra field: LibreOffice
 * refuses a "mimetype" entry with either. Every entry has the same fixed
 * time, so the same contents give the same bytes. */

typedef struct _PdZip PdZip;

/* An empty package: (transfer full) (nullable), NULL with @error set. */
PdZip   *pd_zip_new      (GError    **error);

/* Adds an entry @name holding @data ((transfer none): the package keeps a
 * reference until it is finished), stored as it is when @store, else
 * deflated. Returns FALSE when libzip refuses it; pd_zip_finish() then
 * says why. */
gboolean pd_zip_add      (PdZip      *zip,
                          const char *name,
                          GBytes     *data,
                          gboolean    store);

/* pd_zip_add() of a copy of the string @text, without its nul. */
gboolean pd_zip_add_text (PdZip      *zip,
                          const char *name,
                          const char *text,
                          gboolean    store);

/* The package's bytes ((transfer full) (nullable)), or NULL with @error
 * set when an entry was refused or the package could not be closed. No
 * entry may be added after. */
GBytes  *pd_zip_finish   (PdZip      *zip,
                          GError    **error);

void     pd_zip_free     (PdZip      *zip);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdZip, pd_zip_free)

G_END_DECLS
