/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <string.h>
#include <zip.h>

#include "pd-diagnostic.h"
#include "pd-zip-private.h"

/* A fixed time: the same contents give the same file. */
#define ENTRY_TIME 1262304000

struct _PdZip {
  zip_source_t *buffer;
  zip_t        *zip;
  zip_error_t   error;
  /* libzip reads the entries' data at zip_close: it stays alive till then. */
  GPtrArray    *data;
  gboolean      failed;
};

static void
set_error (PdZip   *self,
           GError **error)
{
  g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE, _("cannot make the document: %s"),
               zip_error_strerror (&self->error));
}

PdZip *
pd_zip_new (GError **error)
{
  PdZip *self = g_new0 (PdZip, 1);

  zip_error_init (&self->error);
  self->data = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->buffer = zip_source_buffer_create (NULL, 0, 0, &self->error);
  if (self->buffer)
    {
      /* Kept past zip_close, to read what was written. */
      zip_source_keep (self->buffer);
      self->zip = zip_open_from_source (self->buffer, ZIP_TRUNCATE, &self->error);
    }
  if (self->zip == NULL)
    {
      set_error (self, error);
      pd_zip_free (self);
      return NULL;
    }
  return self;
}

gboolean
pd_zip_add (PdZip      *self,
            const char *name,
            GBytes     *data,
            gboolean    store)
{
  zip_source_t *source;
  zip_int64_t index;
  gsize length;
  gconstpointer bytes;

  g_return_val_if_fail (self != NULL && self->zip != NULL, FALSE);
  g_return_val_if_fail (name != NULL && data != NULL, FALSE);

  bytes = g_bytes_get_data (data, &length);
  g_ptr_array_add (self->data, g_bytes_ref (data));
  source = zip_source_buffer (self->zip, bytes, length, 0);
  if (source == NULL)
    return !(self->failed = TRUE);
  index = zip_file_add (self->zip, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      return !(self->failed = TRUE);
    }
  if (zip_set_file_compression (self->zip, (zip_uint64_t) index,
                                store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) != 0
      || zip_file_set_mtime (self->zip, (zip_uint64_t) index, ENTRY_TIME, 0) != 0)
    return !(self->failed = TRUE);
  return TRUE;
}

gboolean
pd_zip_add_text (PdZip      *self,
                 const char *name,
                 const char *text,
                 gboolean    store)
{
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  data = g_bytes_new (text, strlen (text));
  return pd_zip_add (self, name, data, store);
}

/* The bytes written into @buffer. */
static GBytes *
read_buffer (zip_source_t *buffer)
{
  zip_int64_t size;
  char *data;

  if (zip_source_open (buffer) < 0)
    return NULL;
  zip_source_seek (buffer, 0, SEEK_END);
  size = zip_source_tell (buffer);
  zip_source_seek (buffer, 0, SEEK_SET);
  data = g_malloc ((gsize) MAX (size, 1));
  if (size < 0 || zip_source_read (buffer, data, (zip_uint64_t) size) != size)
    {
      g_free (data);
      zip_source_close (buffer);
      return NULL;
    }
  zip_source_close (buffer);
  return g_bytes_new_take (data, (gsize) size);
}

GBytes *
pd_zip_finish (PdZip   *self,
               GError **error)
{
  GBytes *bytes = NULL;

  g_return_val_if_fail (self != NULL && self->zip != NULL, NULL);

  if (self->failed || zip_close (self->zip) != 0)
    {
      zip_error_set (&self->error, zip_error_code_zip (zip_get_error (self->zip)), 0);
      zip_discard (self->zip);
      self->zip = NULL;
      set_error (self, error);
      return NULL;
    }
  self->zip = NULL;
  bytes = read_buffer (self->buffer);
  if (bytes == NULL)
    set_error (self, error);
  return bytes;
}

void
pd_zip_free (PdZip *self)
{
  if (self == NULL)
    return;
  if (self->zip)
    zip_discard (self->zip);
  if (self->buffer)
    zip_source_free (self->buffer);
  zip_error_fini (&self->error);
  g_ptr_array_unref (self->data);
  g_free (self);
}
