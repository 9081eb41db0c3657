/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes library.xml back from the model: the organisation, agencies,
 * staff in post, services and publishing settings, in the order and
 * layout of the examples' library.xml, and saves it without ever writing
 * through a symbolic link. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-file.h"
#include "pd-library-private.h"
#include "pd-xml-util.h"

#define TEMP_NAME ".library.xml-XXXXXX"

/* The shortest decimal that reads back as @value, never with an exponent
 * (xsd:decimal has none): wte="0.125" stays so, and 71.8 is not written
 * 71.799999999999997. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 32];

  for (int decimals = 0; decimals <= 17; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

static void
attr (GString    *out,
      const char *name,
      const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, " %s=\"", name);
  pd_xml_append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
attr_number (GString    *out,
             const char *name,
             double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_number (out, value);
  g_string_append_c (out, '"');
}

/* <name>text</name> on a line of its own, when @text is given. */
static void
text_element (GString    *out,
              int         indent,
              const char *name,
              const char *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, "%*s<%s>", indent, "", name);
  pd_xml_append_escaped (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
write_agencies (GString   *out,
                PdLibrary *self)
{
  if (self->agencies->len == 0)
    return;
  g_string_append (out, "  <agencies>\n");
  for (guint i = 0; i < self->agencies->len; i++)
    {
      PdAgency *agency = g_ptr_array_index (self->agencies, i);
      PdPattern pattern = pd_agency_get_pattern (agency);

      g_string_append (out, "    <agency");
      attr (out, "id", pd_agency_get_id (agency));
      attr (out, "colour", pd_agency_get_colour (agency));
      attr (out, "cue", pd_agency_get_cue (agency));
      if (pattern != PD_PATTERN_NONE)
        attr (out, "pattern", pd_enum_to_string (PD_TYPE_PATTERN, pattern));
      g_string_append (out, ">\n");
      text_element (out, 6, "name", pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                                : "");
      text_element (out, 6, "short-name", pd_agency_get_short_name (agency));
      g_string_append (out, "    </agency>\n");
    }
  g_string_append (out, "  </agencies>\n");
}

static void
write_staffing (GString   *out,
                PdLibrary *self)
{
  if (self->posts->len == 0 && self->hours_per_wte <= 0)
    return;
  g_string_append (out, "  <staffing");
  if (self->hours_per_wte > 0)
    attr_number (out, "hours-per-wte", self->hours_per_wte);
  if (self->posts->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  for (guint i = 0; i < self->posts->len; i++)
    {
      PdPost *post = g_ptr_array_index (self->posts, i);

      g_string_append (out, "    <post");
      attr (out, "role", post->role ? post->role : "");
      attr (out, "agency", post->agency_id);
      attr_number (out, "wte", post->wte);
      g_string_append (out, "/>\n");
    }
  g_string_append (out, "  </staffing>\n");
}

static gboolean
has_timing (PdService *service)
{
  return service->duration > 0 || service->sessions > 0 || service->session_minutes > 0
         || service->duration_unit != PD_DURATION_UNIT_WEEKS;
}

static void
write_service (GString   *out,
               PdService *service)
{
  g_string_append (out, "    <service");
  attr (out, "id", service->id);
  attr (out, "kind", pd_enum_to_string (PD_TYPE_NODE_KIND, service->kind));
  attr (out, "agency", service->agency_id);
  g_string_append (out, ">\n");
  text_element (out, 6, "title", service->title ? service->title : "");
  text_element (out, 6, "description", service->description);
  if (has_timing (service))
    {
      g_string_append (out, "      <timing");
      if (service->duration > 0)
        attr_number (out, "duration", service->duration);
      attr (out, "duration-unit",
            pd_enum_to_string (PD_TYPE_DURATION_UNIT, service->duration_unit));
      if (service->sessions > 0)
        g_string_append_printf (out, " sessions=\"%u\"", service->sessions);
      if (service->session_minutes > 0)
        g_string_append_printf (out, " session-minutes=\"%u\"", service->session_minutes);
      g_string_append (out, "/>\n");
    }
  /* Skills without a role cannot be written: the role is the element's
   * one required attribute (pd_library_save_service() refuses them). */
  if (service->staff_role)
    {
      g_string_append (out, "      <staff");
      attr (out, "role", service->staff_role);
      if (service->staff_skills && *service->staff_skills)
        {
          g_string_append_c (out, '>');
          pd_xml_append_escaped (out, service->staff_skills, FALSE);
          g_string_append (out, "</staff>\n");
        }
      else
        g_string_append (out, "/>\n");
    }
  for (guint i = 0; service->evidence && i < service->evidence->len; i++)
    {
      PdLink *link = g_ptr_array_index (service->evidence, i);

      g_string_append (out, "      <evidence");
      attr (out, "href", link->href && *link->href ? link->href : NULL);
      g_string_append_c (out, '>');
      pd_xml_append_escaped (out, link->title ? link->title : "", FALSE);
      g_string_append (out, "</evidence>\n");
    }
  g_string_append (out, "    </service>\n");
}

static void
write_publishing (GString   *out,
                  PdLibrary *self)
{
  if (!self->site_title && !self->base_url && !self->language
      && !(self->super_class_order && self->super_class_order[0]))
    return;
  g_string_append (out, "  <publishing>\n");
  text_element (out, 4, "site-title", self->site_title);
  text_element (out, 4, "base-url", self->base_url);
  text_element (out, 4, "language", self->language);
  if (self->super_class_order && self->super_class_order[0])
    {
      g_string_append (out, "    <super-class-order>\n");
      for (guint i = 0; self->super_class_order[i]; i++)
        {
          g_string_append (out, "      <super-class");
          attr (out, "id", self->super_class_order[i]);
          g_string_append (out, "/>\n");
        }
      g_string_append (out, "    </super-class-order>\n");
    }
  g_string_append (out, "  </publishing>\n");
}

GBytes *
pd_library_write_xml (PdLibrary *self)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (PD_IS_LIBRARY (self), NULL);

  /* A comment read from a file cannot hold "--": written back as it was. */
  for (guint i = 0; self->comments && self->comments[i]; i++)
    if (strstr (self->comments[i], "--") == NULL)
      g_string_append_printf (out, "<!--%s-->\n", self->comments[i]);
  g_string_append_printf (out, "<library xmlns=\"%s\" format-version=\"%d\">\n",
                          PD_LIBRARY_NAMESPACE, PD_LIBRARY_FORMAT_VERSION);
  text_element (out, 2, "name", self->name);
  write_agencies (out, self);
  write_staffing (out, self);
  if (self->services->len > 0)
    {
      g_string_append (out, "  <services>\n");
      for (guint i = 0; i < self->services->len; i++)
        write_service (out, g_ptr_array_index (self->services, i));
      g_string_append (out, "  </services>\n");
    }
  write_publishing (out, self);
  g_string_append (out, "</library>\n");
  return g_string_free_to_bytes (out);
}

/* Saving */

static void G_GNUC_PRINTF (4, 5)
set_error (GError    **error,
           int         code,
           PdLibrary  *self,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PD_FILE_ERROR, code, "%s: error: %s", self->display_name, message);
}

/* Whether @bytes load again: the schema and the reader's checks, so that
 * a save never leaves a library that cannot be opened. */
static gboolean
loads_again (PdLibrary  *self,
             GBytes     *bytes,
             GError    **error)
{
  g_autoptr(PdLibrary) scratch = g_object_new (PD_TYPE_LIBRARY, NULL);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (pd_library_read_xml (scratch, data, length, self->display_name, diagnostics))
    return TRUE;
  for (guint i = 0; i < diagnostics->len; i++)
    {
      PdDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->severity == PD_SEVERITY_ERROR)
        {
          set_error (error, PD_FILE_ERROR_INVALID, self,
                     _("the library would not load again (%s); it was not written"),
                     d->message);
          return FALSE;
        }
    }
  set_error (error, PD_FILE_ERROR_INVALID, self,
             _("the library would not load again; it was not written"));
  return FALSE;
}

/* Whether library.xml (@st, when @exists) may be replaced. */
static gboolean
may_replace (PdLibrary          *self,
             int                 dir,
             const struct stat  *st,
             gboolean            exists,
             GError            **error)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *etag = NULL;

  if (!exists)
    {
      if (self->etag == NULL)
        return TRUE;
      set_error (error, PD_FILE_ERROR_CHANGED, self,
                 _("the file was removed since the library was opened; it was not written"));
      return FALSE;
    }
  if (S_ISLNK (st->st_mode))
    {
      set_error (error, PD_FILE_ERROR_UNSAFE_LINK, self,
                 _("the file is a symbolic link, which is not written through; it was not "
                   "overwritten"));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      set_error (error, PD_FILE_ERROR_WRITE, self, _("this is not a regular file"));
      return FALSE;
    }
  if ((st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0
      || faccessat (dir, PD_LIBRARY_FILE_NAME, W_OK, 0) != 0)
    {
      set_error (error, PD_FILE_ERROR_READ_ONLY, self,
                 _("the file is read-only; it was not overwritten"));
      return FALSE;
    }
  etag = pd_file_get_etag (path);
  if (self->etag && g_strcmp0 (etag, self->etag) != 0)
    {
      set_error (error, PD_FILE_ERROR_CHANGED, self,
                 _("the file was changed on disk since the library was opened; it was not "
                   "overwritten"));
      return FALSE;
    }
  return TRUE;
}

/* The temporary file in the folder, written, flushed and renamed over
 * library.xml. A rename replaces the name itself: even a link put there
 * meanwhile is replaced, never written through. */
static gboolean
write_and_rename (PdLibrary          *self,
                  int                 dir,
                  const char         *folder,
                  const struct stat  *st,
                  gboolean            exists,
                  GBytes             *bytes,
                  GError            **error)
{
  g_autofree char *temp = g_build_filename (folder, TEMP_NAME, NULL);
  g_autofree char *base = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  int fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  int saved;

  if (fd < 0)
    {
      saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, self, _("cannot create a file in %s: %s"), folder,
                 g_strerror (saved));
      return FALSE;
    }
  if (exists)
    fchmod (fd, st->st_mode & 0777);
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }
  base = g_path_get_basename (temp);
  if (pd_file_write_all (fd, data, length) && fsync (fd) == 0 && close (fd) == 0
      && renameat (dir, base, dir, PD_LIBRARY_FILE_NAME) == 0)
    {
      fsync (dir);
      return TRUE;
    }
  saved = errno;
  set_error (error, PD_FILE_ERROR_WRITE, self, _("cannot write the file: %s"),
             g_strerror (saved));
  g_unlink (temp);
  return FALSE;
}

gboolean
pd_library_save (PdLibrary  *self,
                 GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  struct stat st;
  gboolean exists;
  gboolean ok;
  int dir;

  g_return_val_if_fail (PD_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->file == NULL)
    {
      set_error (error, PD_FILE_ERROR_WRITE, self,
                 _("the folder has no library.xml to write the library to"));
      return FALSE;
    }
  bytes = pd_library_write_xml (self);
  if (!loads_again (self, bytes, error))
    return FALSE;
  folder = g_file_get_path (self->folder);
  dir = folder ? g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0) : -1;
  if (folder == NULL)
    {
      set_error (error, PD_FILE_ERROR_WRITE, self,
                 _("the library’s folder is not a local folder; it was not written"));
      return FALSE;
    }
  if (dir < 0)
    {
      int saved = errno;
      set_error (error, PD_FILE_ERROR_WRITE, self, _("cannot open the folder %s: %s"), folder,
                 g_strerror (saved));
      return FALSE;
    }
  exists = fstatat (dir, PD_LIBRARY_FILE_NAME, &st, AT_SYMLINK_NOFOLLOW) == 0;
  ok = may_replace (self, dir, &st, exists, error)
       && write_and_rename (self, dir, folder, &st, exists, bytes, error);
  close (dir);
  if (ok)
    {
      path = g_file_get_path (self->file);
      g_free (self->etag);
      self->etag = pd_file_get_etag (path);
    }
  return ok;
}
