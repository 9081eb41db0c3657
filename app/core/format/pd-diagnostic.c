/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>

#include "pd-diagnostic.h"

G_DEFINE_QUARK (pd-file-error-quark, pd_file_error)

PdDiagnostic *
pd_diagnostic_new (const char *file,
                   guint       line,
                   guint       column,
                   PdSeverity  severity,
                   const char *message)
{
  PdDiagnostic *d = g_new0 (PdDiagnostic, 1);

  d->file = g_strdup (file);
  d->line = line;
  d->column = column;
  d->severity = severity;
  d->message = g_strdup (message);
  return d;
}

void
pd_diagnostic_free (PdDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;
  g_free (diagnostic->file);
  g_free (diagnostic->message);
  g_free (diagnostic->object_id);
  g_free (diagnostic);
}

char *
pd_diagnostic_format (const PdDiagnostic *d)
{
  /* The words "error" and "warning" stay untranslated, as in compilers,
   * so that editors and scripts can read the lines (a "note" too). */
  const char *severity = d->severity == PD_SEVERITY_ERROR ? "error"
                         : d->severity == PD_SEVERITY_NOTE ? "note" : "warning";
  GString *s = g_string_new (d->file ? d->file : "-");

  if (d->line > 0)
    {
      g_string_append_printf (s, ":%u", d->line);
      if (d->column > 0)
        g_string_append_printf (s, ":%u", d->column);
    }
  g_string_append_printf (s, ": %s: %s", severity, d->message);
  return g_string_free (s, FALSE);
}

GPtrArray *
pd_diagnostics_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pd_diagnostic_free);
}

guint
pd_diagnostics_count_errors (GPtrArray *diagnostics)
{
  guint n = 0;

  for (guint i = 0; diagnostics && i < diagnostics->len; i++)
    if (((PdDiagnostic *) g_ptr_array_index (diagnostics, i))->severity == PD_SEVERITY_ERROR)
      n++;
  return n;
}
