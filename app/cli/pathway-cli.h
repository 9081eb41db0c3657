/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pd-document.h"

G_BEGIN_DECLS

/* Exit statuses of every command. */
enum {
  PD_EXIT_OK = 0,
  PD_EXIT_FAILED = 1,    /* invalid input, or a check failed */
  PD_EXIT_USAGE = 2,
};

int  pd_cli_validate  (int argc, char **argv);
int  pd_cli_check     (int argc, char **argv);
int  pd_cli_normalize (int argc, char **argv);
int  pd_cli_generate  (int argc, char **argv);
int  pd_cli_export    (int argc, char **argv);
int  pd_cli_leaflet   (int argc, char **argv);
int  pd_cli_layout    (int argc, char **argv);
int  pd_cli_capacity  (int argc, char **argv);
int  pd_cli_diff      (int argc, char **argv);
int  pd_cli_publish   (int argc, char **argv);

/* Prints "pathway COMMAND: message" and a hint to use --help; returns
 * PD_EXIT_USAGE. */
int  pd_cli_usage_error (const char *command,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);
/* Parses @entries; on failure prints the error and returns FALSE. */
gboolean pd_cli_parse (const char   *command,
                       const char   *parameters,
                       const char   *summary,
                       GOptionEntry *entries,
                       int          *argc,
                       char       ***argv);
void pd_cli_print_diagnostics (GPtrArray *diagnostics);
/* Whether `check` takes @path for a library: a folder, or a library.xml. */
gboolean pd_cli_is_library (const char *path);
/* Checks the library of @path, printing what it finds; an exit status,
 * a failure on warnings too when @strict. */
int      pd_cli_check_library (const char *path,
                               gboolean    strict);
/* Loads @path, printing every problem; NULL when it is not valid. */
PdDocument *pd_cli_load (const char *path);
/* Writes @document to @output (NULL or "-": standard output); an exit
 * status. */
int         pd_cli_write_document (PdDocument *document,
                                   const char *output);

/* Writes @bytes to standard output and flushes it; on failure prints why
 * and returns PD_EXIT_FAILED. */
int      pd_cli_write_stdout  (GBytes     *bytes);
/* Closes standard output at the end of a command: a write that failed, or
 * only fails now, turns @status into a failure. */
int      pd_cli_close_stdout  (int         status);
/* Has standard output closed and checked at exit() too, for commands
 * ended by a library (GOption's --help). */
void     pd_cli_watch_stdout  (void);
/* Before anything is written: FALSE, after a usage error, when one of
 * @outputs (NULL or "-": standard output) is one of @inputs (the same
 * file by any name: a link, another path) or two outputs are one file.
 * @sources[i] is the input @outputs[i] is made from. */
gboolean pd_cli_check_outputs (const char        *command,
                               const char *const *inputs,
                               guint              n_inputs,
                               const char *const *outputs,
                               const char *const *sources,
                               guint              n_outputs);

/* Parse the value @text of @option (NULL: not given, @value kept) as a
 * plain decimal number in range, above @min when @above_min; anything
 * else (nan, inf, hexadecimal, junk) is a usage error, printed, and FALSE. */
gboolean pd_cli_parse_double (const char *command,
                              const char *option,
                              const char *text,
                              double      min,
                              double      max,
                              gboolean    above_min,
                              double     *value);
gboolean pd_cli_parse_int    (const char *command,
                              const char *option,
                              const char *text,
                              int         min,
                              int         max,
                              int        *value);

G_END_DECLS
