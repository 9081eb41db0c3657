/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-painter.h"
#include "pd-scene-flow.h"

G_BEGIN_DECLS

typedef enum {
  PD_EXPORT_SVG,
  PD_EXPORT_PNG,
  PD_EXPORT_PDF,
} PdExportFormat;

typedef struct {
  double     scale;   /* PNG only; 1 is 96 dpi */
  PdPageSize page;    /* PDF only */
  /* PDF on A4 or A3 only: portrait rather than landscape, and the whole
   * diagram on one page rather than tiles at a readable size. */
  gboolean   portrait;
  gboolean   fit;
  /* Each step's duration, sessions and staff role under its title. */
  gboolean   details;
  /* SVG only: before every id and reference to one (NULL: none), and
   * without the XML declaration, to paste into a web page. */
  const char *id_prefix;
  gboolean   inline_svg;
  /* People a year on each step and transition (PdSceneOptions.flow),
   * filled by the caller from the capacity model; NULL: not shown.
   * (transfer none). */
  const PdSceneFlow *flow;
} PdExportOptions;

#define PD_EXPORT_OPTIONS_DEFAULT \
  ((PdExportOptions) { 1.0, PD_PAGE_DIAGRAM, FALSE, FALSE, FALSE, NULL, FALSE, NULL })

/* The format a file name asks for by its extension (case ignored);
 * @format: (out). */
gboolean pd_export_format_from_path (const char     *path,
                                     PdExportFormat *format);
/* "svg", "png" or "pdf": (transfer none). */
const char *pd_export_format_extension (PdExportFormat format);

/* The bytes of @document drawn as @format: (transfer full) (nullable),
 * NULL with @error set. @options: (nullable), the defaults. */
GBytes  *pd_export_render  (PdDocument            *document,
                            PdExportFormat         format,
                            const PdExportOptions *options,
                            GError               **error);
/* Renders and writes to @path with the same safe saving as documents: a
 * failed export never leaves a damaged file. @options: (nullable), the
 * defaults. */
gboolean pd_export_to_file (PdDocument            *document,
                            const char            *path,
                            PdExportFormat         format,
                            const PdExportOptions *options,
                            GError               **error);

G_END_DECLS
