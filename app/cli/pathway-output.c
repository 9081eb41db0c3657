/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What commands write: standard output checked to the last byte, and
 * outputs that would destroy an input or each other refused before
 * anything is written. */
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pathway-cli.h"

/* Reported once, whether found by a write or when closing. */
static gboolean stdout_failed;
static gboolean stdout_closed;

static int
stdout_error (int saved)
{
  /* A write that failed before the close may have left no errno. */
  if (!stdout_failed && saved != 0)
    fprintf (stderr, _("pathway: error: cannot write to standard output: %s\n"),
             g_strerror (saved));
  else if (!stdout_failed)
    fprintf (stderr, _("pathway: error: cannot write to standard output\n"));
  stdout_failed = TRUE;
  return PD_EXIT_FAILED;
}

int
pd_cli_write_stdout (GBytes *bytes)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  errno = 0;
  if ((size > 0 && fwrite (data, 1, size, stdout) != size) || fflush (stdout) != 0)
    return stdout_error (errno);
  return PD_EXIT_OK;
}

int
pd_cli_close_stdout (int status)
{
  /* What printf() buffered is written only now: a full disk shows here. */
  gboolean pending = __fpending (stdout) > 0;
  gboolean failed = ferror (stdout) != 0;
  int saved;

  stdout_closed = TRUE;
  errno = 0;
  if (fclose (stdout) == 0 && !failed)
    return status;
  saved = errno;
  /* A closed standard output is an error only when something was to go there. */
  if (!failed && !pending && saved == EBADF)
    return status;
  stdout_error (saved);
  return status == PD_EXIT_OK ? PD_EXIT_FAILED : status;
}

/* @path made absolute with its links resolved as far as it exists; past
 * that, "." and ".." are taken as written, as they will be once the
 * missing folders are made (out/../in.pathway is in.pathway). */
static char *
resolve_path (const char *path)
{
  g_autofree char *absolute = g_get_current_dir ();
  g_auto(GStrv) parts = g_strsplit (path, G_DIR_SEPARATOR_S, -1);
  char *resolved = g_path_is_absolute (path) ? g_strdup (G_DIR_SEPARATOR_S)
                                             : realpath (absolute, NULL);

  if (resolved == NULL)
    resolved = g_steal_pointer (&absolute);
  for (guint i = 0; parts[i]; i++)
    {
      g_autofree char *joined = NULL;
      char *next;

      if (*parts[i] == '\0' || g_str_equal (parts[i], "."))
        continue;
      joined = g_build_filename (resolved, parts[i], NULL);
      next = realpath (joined, NULL);
      if (next == NULL && g_str_equal (parts[i], ".."))
        next = g_path_get_dirname (resolved);
      else if (next == NULL)
        next = g_steal_pointer (&joined);
      g_free (resolved);
      resolved = next;
    }
  return resolved;
}

/* What tells files apart: the device and inode of an existing file, else
 * the path it will have. */
static char *
file_identity (const char *path)
{
  g_autofree char *resolved = NULL;
  struct stat st;

  if (g_stat (path, &st) != 0)
    {
      resolved = resolve_path (path);
      if (g_stat (resolved, &st) != 0)
        return g_strconcat ("path ", resolved, NULL);
    }
  return g_strdup_printf ("inode %" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                          (guint64) st.st_dev, (guint64) st.st_ino);
}

static gboolean
is_stdout (const char *path)
{
  return path == NULL || g_str_equal (path, "-");
}

gboolean
pd_cli_check_outputs (const char         *command,
                      const char *const  *inputs,
                      guint               n_inputs,
                      const char *const  *outputs,
                      const char *const  *sources,
                      guint               n_outputs)
{
  g_autoptr(GHashTable) read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_inputs; i++)
    g_hash_table_insert (read, file_identity (inputs[i]), (gpointer) inputs[i]);
  for (guint i = 0; i < n_outputs; i++)
    {
      g_autofree char *identity = NULL;
      const char *input, *other;

      if (is_stdout (outputs[i]))
        continue;
      identity = file_identity (outputs[i]);
      input = g_hash_table_lookup (read, identity);
      if (input)
        {
          pd_cli_usage_error (command, _("the output “%s” is the input “%s”: writing it would "
                                         "destroy the input; write to another file"), outputs[i], input);
          return FALSE;
        }
      other = g_hash_table_lookup (written, identity);
      if (other)
        {
          pd_cli_usage_error (command, _("“%s” and “%s” would both be written to “%s”: give "
                                         "them different names or export them separately"),
                              other, sources[i], outputs[i]);
          return FALSE;
        }
      g_hash_table_insert (written, g_steal_pointer (&identity), (gpointer) sources[i]);
    }
  return TRUE;
}

/* GOption prints --help and calls exit() itself: its output is checked
 * on the way out. */
static void
close_stdout_at_exit (void)
{
  if (!stdout_closed && pd_cli_close_stdout (PD_EXIT_OK) != PD_EXIT_OK)
    _exit (PD_EXIT_FAILED);
}

void
pd_cli_watch_stdout (void)
{
  atexit (close_stdout_at_exit);
}
