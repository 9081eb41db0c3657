/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Agencies' lanes: a light band of each agency's colour behind its steps,
 * named at its start, so that who does what reads at a glance (and by
 * name, not colour alone). */
#include <glib/gi18n-lib.h>

#include "pd-agency.h"
#include "pd-geometry-private.h"
#include "pd-scene-private.h"
#include "pd-scene-style.h"

/* Room for a lane's name before its steps (across) or above them (down). */
#define LANE_LABEL_ACROSS 150.0
#define LANE_LABEL_DOWN 40.0
#define LANE_PAD 20.0

GPtrArray *
pd_scene_build_lanes (PdSceneBuilder *b,
                      const PdRect   *diagram)
{
  const PdSceneLaneStyle *look = &pd_scene_style ()->lane;
  GListModel *agencies = pd_document_get_agencies (b->document);
  GListModel *nodes = pd_document_get_nodes (b->document);
  GPtrArray *groups = g_ptr_array_new ();
  PdLanes lanes;

  g_object_get (b->document, "lanes", &lanes, NULL);
  if (lanes == PD_LANES_NONE)
    return groups;
  for (guint a = 0; a < g_list_model_get_n_items (agencies); a++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, a);
      const char *name = pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                     : pd_agency_get_id (agency);
      double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;
      g_autofree char *id = NULL;
      g_autofree char *css = NULL;
      g_autofree char *title = NULL;
      PdColor colour, fill, stroke;
      PdRect band, box;
      PdPath *path;
      PdGroup *group;
      PdShape *label;
      double height;

      for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

          if (g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) != 0)
            continue;
          box = pd_scene_node_rect (b, node);
          if (lanes == PD_LANES_ACROSS)
            {
              low = MIN (low, box.y);
              high = MAX (high, box.y + box.height);
            }
          else
            {
              low = MIN (low, box.x);
              high = MAX (high, box.x + box.width);
            }
        }
      if (low > high)
        continue;   /* an agency with no steps has no lane */
      band = lanes == PD_LANES_ACROSS
             ? (PdRect) { diagram->x - LANE_LABEL_ACROSS, low - LANE_PAD,
                          diagram->width + LANE_LABEL_ACROSS + LANE_PAD,
                          high - low + 2 * LANE_PAD }
             : (PdRect) { low - LANE_PAD, diagram->y - LANE_LABEL_DOWN,
                          high - low + 2 * LANE_PAD,
                          diagram->height + LANE_LABEL_DOWN + LANE_PAD };
      pd_color_parse (pd_agency_get_colour (agency), &colour);
      fill = pd_color_mix (&colour, &PD_COLOR_WHITE, look->fill_tint);
      stroke = pd_color_mix (&colour, &PD_COLOR_WHITE, look->stroke_tint);
      id = g_strdup_printf ("lane-%s", pd_agency_get_id (agency));
      css = g_strdup_printf ("lane agency-%s", pd_agency_get_id (agency));
      /* Translators: the name of an agency whose steps a band holds. */
      title = g_strdup_printf (_("Lane: %s"), name);
      group = pd_group_new (PD_GROUP_LANE, id, css, title);
      path = pd_path_new ();
      pd_path_rectangle (path, band.x, band.y, band.width, band.height);
      pd_group_add_shape (group, pd_shape_new_path (path, fill, stroke, look->width));
      /* The name in black on the light band: readable, and not colour alone. */
      label = pd_text_layouter_layout (b->text, name, pd_scene_style ()->key.font + 1, TRUE,
                                       PD_COLOR_BLACK, band.x + look->pad_x, band.y + look->pad_y,
                                       lanes == PD_LANES_ACROSS
                                       ? LANE_LABEL_ACROSS - 2 * look->pad_x
                                       : band.width - 2 * look->pad_x,
                                       2, PD_ALIGN_START, &height);
      pd_group_add_shape (group, label);
      group->bounds = band;
      g_ptr_array_add (groups, group);
    }
  return groups;
}
