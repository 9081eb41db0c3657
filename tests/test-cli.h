/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running the built `pathway` command ($PATHWAY_CLI) in tests. */
#pragma once

#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "test-common.h"

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static inline void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static inline void
run (Run        *r,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PATHWAY_CLI"));
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &r->out, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}

static inline char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, (gpointer) g_getenv ("PATHWAY_SOURCE_DIR"));
  va_start (args, first);
  for (const char *p = first; p; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

/* Runs `pathway ARGS…` with its standard output going to @stdout_path
 * (such as /dev/full); its standard error in r->err. */
static inline void
run_to (Run        *r,
        const char *stdout_path,
        const char *first,
        ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) err = g_string_new (NULL);
  int out = g_open (stdout_path, O_WRONLY | O_CLOEXEC, 0);
  int err_fd = -1;
  va_list args;
  int wait_status;
  GPid pid;
  char buffer[4096];
  gssize n;

  g_assert_cmpint (out, >=, 0);
  g_ptr_array_add (argv, (gpointer) g_getenv ("PATHWAY_CLI"));
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_async_with_pipes_and_fds (NULL, (const char *const *) argv->pdata, NULL,
                                                   G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, -1,
                                                   out, -1, NULL, NULL, 0, &pid, NULL, NULL,
                                                   &err_fd, &error));
  g_assert_no_error (error);
  close (out);
  while ((n = read (err_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (err, buffer, n);
  close (err_fd);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
  r->out = NULL;
  r->err = g_string_free (g_steal_pointer (&err), FALSE);
}
