/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `pathway check FOLDER`: a library's pathways each, and as a whole. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-library-check.h"

gboolean
pd_cli_is_library (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);

  return g_file_test (path, G_FILE_TEST_IS_DIR) || g_str_equal (name, PD_LIBRARY_FILE_NAME);
}

static guint
count (GPtrArray  *diagnostics,
       PdSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < diagnostics->len; i++)
    if (((PdDiagnostic *) g_ptr_array_index (diagnostics, i))->severity == severity)
      n++;
  return n;
}

int
pd_cli_check_library (const char *path,
                      gboolean    strict)
{
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = pd_library_load (folder, diagnostics, NULL, &error);
  guint errors, warnings;

  if (library == NULL)
    {
      if (diagnostics->len > 0)
        pd_cli_print_diagnostics (diagnostics);
      else
        fprintf (stderr, "%s\n", error->message);
      return PD_EXIT_FAILED;
    }
  pd_library_check_all (library, diagnostics);
  pd_cli_print_diagnostics (diagnostics);
  errors = count (diagnostics, PD_SEVERITY_ERROR);
  warnings = count (diagnostics, PD_SEVERITY_WARNING);
  printf (g_dngettext (GETTEXT_PACKAGE, "%s: a library of %u pathway, %u errors, %u warnings\n",
                       "%s: a library of %u pathways, %u errors, %u warnings\n",
                       pd_library_get_n_entries (library)),
          path, pd_library_get_n_entries (library), errors, warnings);
  return errors > 0 || (strict && warnings > 0) ? PD_EXIT_FAILED : PD_EXIT_OK;
}
