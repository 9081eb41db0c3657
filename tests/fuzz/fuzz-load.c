/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: the loader, the model builder, the checks and the writer.
 * Built with libFuzzer by `make fuzz`; replayed over the corpus by
 * `make test` (fuzz-replay.c). */
#include <stdint.h>
#include <string.h>

#include "pd-check.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = pd_xml_read ((const char *) data, size, "fuzz.pathway",
                                           diagnostics);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(PdDocument) again = NULL;
  g_autoptr(GBytes) rewritten = NULL;

  if (doc == NULL)
    {
      /* A refused input always says why. */
      g_assert (pd_diagnostics_count_errors (diagnostics) > 0);
      return 0;
    }
  pd_check_document (doc, "fuzz.pathway", diagnostics);

  /* Whatever was accepted is written as a file that reads back the same. */
  written = pd_xml_write (doc);
  g_ptr_array_set_size (diagnostics, 0);
  again = pd_xml_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                       "rewritten.pathway", diagnostics);
  g_assert (again != NULL);
  rewritten = pd_xml_write (again);
  g_assert (g_bytes_equal (written, rewritten));
  return 0;
}
