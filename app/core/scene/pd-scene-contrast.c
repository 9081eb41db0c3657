/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scene in high contrast, for whoever asked the system for it: every
 * line black and heavier, no pale tints (white instead), label grounds
 * solid, dark text black. The agencies' own colours stay, since each
 * carries its agency together with its letter. */
#include "pd-scene-private.h"
#include "pd-scene-style.h"

static gboolean
is_grey (const PdColor *color)
{
  double high = MAX (color->red, MAX (color->green, color->blue));
  double low = MIN (color->red, MIN (color->green, color->blue));

  return high - low < pd_scene_style ()->contrast.grey_spread;
}

static void
contrast_path (PdShape *shape)
{
  const PdSceneContrastStyle *look = &pd_scene_style ()->contrast;

  if (shape->stroke.alpha > 0)
    {
      shape->stroke = PD_COLOR_BLACK;
      shape->line_width = MAX (shape->line_width * look->widen, look->min_line);
    }
  if (shape->fill.alpha > 0)
    {
      /* Tints and paper become white. */
      if (pd_color_luminance (&shape->fill) > look->pale)
        shape->fill = PD_COLOR_WHITE;
      else if (is_grey (&shape->fill))
        shape->fill = PD_COLOR_BLACK;    /* arrowheads and marks */
      shape->fill.alpha = 1;
    }
}

static void
contrast_text (PdShape *shape)
{
  /* White words sit on an agency's colour; any other on white. */
  if (pd_color_luminance (&shape->color) < pd_scene_style ()->contrast.dark_text)
    shape->color = PD_COLOR_BLACK;
}

void
pd_scene_make_high_contrast (PdScene *scene)
{
  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      for (guint s = 0; s < group->shapes->len; s++)
        {
          PdShape *shape = g_ptr_array_index (group->shapes, s);

          if (shape->type == PD_SHAPE_PATH)
            contrast_path (shape);
          else
            contrast_text (shape);
        }
    }
}
