/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-export.h"
#include "pd-painter-private.h"
#include "pd-file.h"
#include "pd-pages.h"
#include "pd-scene.h"
#include "pd-svg-writer-private.h"

static const char *extensions[] = { "svg", "png", "pdf" };

gboolean
pd_export_format_from_path (const char     *path,
                            PdExportFormat *format)
{
  const char *dot = path ? strrchr (path, '.') : NULL;

  if (dot == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
      {
        *format = (PdExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pd_export_format_extension (PdExportFormat format)
{
  g_return_val_if_fail (format <= PD_EXPORT_PDF, NULL);
  return extensions[format];
}

static GBytes *
render_pdf (PdScene               *scene,
            const PdExportOptions *options,
            GError               **error)
{
  double long_side, short_side;

  switch (options->page)
    {
    case PD_PAGE_A4:
      long_side = 841.89;
      short_side = 595.28;
      break;
    case PD_PAGE_A3:
      long_side = 1190.55;
      short_side = 841.89;
      break;
    case PD_PAGE_DIAGRAM:
    default:
      return pd_painter_render_pdf (scene, PD_PAGE_DIAGRAM, error);
    }
  /* Paper: at a readable size over several pages unless asked to fit. */
  if (options->portrait)
    return pd_pages_render_pdf (scene, short_side, long_side, options->fit, error);
  return pd_pages_render_pdf (scene, long_side, short_side, options->fit, error);
}

static GBytes *
render_svg (PdScene               *scene,
            const PdExportOptions *options)
{
  PdSvgOptions svg = PD_SVG_OPTIONS_DEFAULT;

  svg.id_prefix = options->id_prefix;
  svg.inline_svg = options->inline_svg;
  /* As the PDF's: a pathway's own texts are English, translations the
   * leaflet's. */
  svg.language = PD_PAINTER_DIAGRAM_LANGUAGE;
  return pd_svg_write_with_options (scene, &svg);
}

GBytes *
pd_export_render (PdDocument            *document,
                  PdExportFormat         format,
                  const PdExportOptions *options,
                  GError               **error)
{
  PdExportOptions defaults = PD_EXPORT_OPTIONS_DEFAULT;
  PdSceneOptions scene_options = PD_SCENE_OPTIONS_DEFAULT;
  g_autoptr(PdScene) scene = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  scene_options.details = options->details;
  scene_options.flow = options->flow;
  scene = pd_scene_new_with_options (document, &scene_options);
  switch (format)
    {
    case PD_EXPORT_SVG: return render_svg (scene, options);
    case PD_EXPORT_PNG: return pd_painter_render_png (scene, options->scale, error);
    case PD_EXPORT_PDF: return render_pdf (scene, options, error);
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
pd_export_to_file (PdDocument            *document,
                   const char            *path,
                   PdExportFormat         format,
                   const PdExportOptions *options,
                   GError               **error)
{
  g_autoptr(GBytes) bytes = pd_export_render (document, format, options, error);

  if (bytes == NULL)
    return FALSE;
  return pd_file_replace (path, bytes, NULL, NULL, error);
}
