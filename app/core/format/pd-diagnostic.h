/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PD_SEVERITY_WARNING,
  PD_SEVERITY_ERROR,
  PD_SEVERITY_NOTE,       /* worth knowing, never a failure */
} PdSeverity;

/* A finding about a file, at a place in it where one is known (line and
 * column count from 1; 0 when unknown). */
typedef struct {
  char      *file;
  guint      line;
  guint      column;
  PdSeverity severity;
  char      *message;
  char      *object_id;   /* the node or edge it is about, or NULL */
} PdDiagnostic;

/* Returns: (transfer full), the strings copied; @file (nullable). free
 * accepts NULL. */
PdDiagnostic *pd_diagnostic_new    (const char *file,
                                    guint       line,
                                    guint       column,
                                    PdSeverity  severity,
                                    const char *message);
void          pd_diagnostic_free   (PdDiagnostic *diagnostic);
/* "FILE:LINE:COL: error: message", as compilers print them:
 * (transfer full). */
char         *pd_diagnostic_format (const PdDiagnostic *diagnostic);

/* A list of diagnostics, in the order they were found: (transfer full)
 * (element-type PdDiagnostic), empty, freeing its elements. */
GPtrArray    *pd_diagnostics_new         (void);
guint         pd_diagnostics_count_errors (GPtrArray *diagnostics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdDiagnostic, pd_diagnostic_free)

/* Errors of loading and saving pathway files. The message of such a GError
 * is a formatted diagnostic. */
#define PD_FILE_ERROR (pd_file_error_quark ())
typedef enum {
  PD_FILE_ERROR_READ,          /* cannot be read: missing, unreadable, a folder */
  PD_FILE_ERROR_TOO_LARGE,
  PD_FILE_ERROR_EMPTY,
  PD_FILE_ERROR_COMPRESSED,
  PD_FILE_ERROR_SYNTAX,        /* not well-formed XML, bad encoding */
  PD_FILE_ERROR_FORBIDDEN,     /* DOCTYPE, entities, XInclude, too deep */
  PD_FILE_ERROR_NOT_PATHWAY,   /* another kind of XML document */
  PD_FILE_ERROR_VERSION,       /* written by a newer version */
  PD_FILE_ERROR_INVALID,       /* against the schema or the model's rules */
  PD_FILE_ERROR_CHANGED,       /* changed on disk since it was loaded */
  PD_FILE_ERROR_WRITE,
  PD_FILE_ERROR_READ_ONLY,     /* saving over a file nobody may write */
  PD_FILE_ERROR_UNSAFE_LINK,   /* a link someone else put in a shared folder */
} PdFileError;

GQuark pd_file_error_quark (void);

G_END_DECLS
