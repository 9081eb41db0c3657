/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* Reading and writing .pathway files on disk.
 *
 * Loading reads the file itself, with a size cap, and refuses folders and
 * anything that is not a regular file, before the safe XML reader sees it.
 *
 * Saving never damages the file on disk: the document is written to a
 * temporary file in the same folder, flushed with fsync() and renamed over
 * the old one, so that a crash at any moment leaves the complete old or the
 * complete new file. The file's permissions are kept. An etag taken when the
 * file was loaded detects a file changed by someone else meanwhile
 * (PD_FILE_ERROR_CHANGED): nothing is overwritten then. Nor is a file
 * without write permission (PD_FILE_ERROR_READ_ONLY), nor a file reached
 * through a symbolic link someone else made in a sticky folder anyone may
 * write to, such as /tmp (PD_FILE_ERROR_UNSAFE_LINK). */

/* Returns the document ((transfer full) (nullable)), or NULL with every
 * problem in @diagnostics ((element-type PdDiagnostic) (nullable)) and the
 * first as @error. @etag: (out) (transfer full) (nullable) receives the
 * file's etag, for pd_file_save(). */
PdDocument *pd_file_load       (const char  *path,
                                char       **etag,
                                GPtrArray   *diagnostics,
                                GError     **error);

/* Reads a file's bytes as pd_file_load() does, without parsing them:
 * (transfer full) (nullable), NULL with @error set. */
GBytes     *pd_file_read_bytes (const char  *path,
                                char       **etag,
                                GError     **error);

/* Writes @document to @path. When @expected_etag is not NULL and the file
 * on disk no longer has it, fails with PD_FILE_ERROR_CHANGED. @new_etag
 * (out) (transfer full) (nullable) receives the etag of the written file. */
gboolean    pd_file_save       (PdDocument  *document,
                                const char  *path,
                                const char  *expected_etag,
                                char       **new_etag,
                                GError     **error);

/* Writes @bytes to @path the same safe way; @expected_etag and @new_etag
 * as for pd_file_save(). */
gboolean    pd_file_replace    (const char  *path,
                                GBytes      *bytes,
                                const char  *expected_etag,
                                char       **new_etag,
                                GError     **error);

/* The start of the names of @path's temporary files while it is saved
 * (after its links are followed): what a later save removes when an
 * interrupted one left it. Returns: (transfer full). */
char       *pd_file_temp_prefix (const char *path);

/* Writes all @length bytes of @data to @fd, again after an interrupted
 * write(); FALSE with errno set when it cannot. */
gboolean    pd_file_write_all  (int           fd,
                                const guint8 *data,
                                gsize         length);

/* The etag of the file at @path now, or NULL when it does not exist:
 * (transfer full) (nullable). */
char       *pd_file_get_etag   (const char  *path);

G_END_DECLS
