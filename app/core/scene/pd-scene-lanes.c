/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Agencies' lanes: a light band of each agency's colour behind its steps,
 * named at its start, so that who does what reads at a glance (and by
 * name, not colour alone). */
#include <glib/gi18n-lib.h>

#include "pd-agency.h"
#include "pd-geometry-private.h"
#include "pd-scene-private.h"
#include "pd-scene-style.h"

/* Room for a lane's name before its steps (across), at most, or above
 * them (down). */
#define LANE_LABEL_ACROSS 150.0
#define LANE_LABEL_DOWN 40.0
#define LANE_PAD 20.0

/* A step's extent across the lanes: [low, high). */
typedef struct {
  double      low, high;
  const char *agency;
} Extent;

static int
by_low (gconstpointer a,
        gconstpointer b)
{
  const Extent *x = a, *y = b;

  return (x->low > y->low) - (x->low < y->low);
}

/* Every step's extent across the lanes, lowest first. */
static GArray *
step_extents (PdSceneBuilder *b,
              PdLanes         lanes)
{
  GListModel *nodes = pd_document_get_nodes (b->document);
  GArray *extents = g_array_new (FALSE, FALSE, sizeof (Extent));

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      PdRect box = pd_scene_node_rect (b, node);
      Extent e = { lanes == PD_LANES_ACROSS ? box.y : box.x,
                   lanes == PD_LANES_ACROSS ? box.y + box.height : box.x + box.width,
                   pd_node_get_agency_id (node) };

      g_array_append_val (extents, e);
    }
  g_array_sort (extents, by_low);
  return extents;
}

/* Whether a step of another agency than @agency lies wholly between
 * @low and @high: then @agency's steps on either side are in two rows of
 * a wrapped layout, each with a band of its own. */
static gboolean
other_between (const GArray *extents,
               const char   *agency,
               double        low,
               double        high)
{
  for (guint i = 0; i < extents->len; i++)
    {
      const Extent *e = &g_array_index (extents, Extent, i);

      if (e->low >= low && e->high <= high && g_strcmp0 (e->agency, agency) != 0)
        return TRUE;
    }
  return FALSE;
}

static const char *
lane_name (PdAgency *agency)
{
  return pd_agency_get_name (agency) ? pd_agency_get_name (agency) : pd_agency_get_id (agency);
}

/* How wide @name is at its narrowest in two lines at most, cut between
 * words. */
static double
two_lines_width (PdSceneBuilder *b,
                 const char     *name)
{
  double font = pd_scene_style ()->key.font + 1;
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  double best = pd_text_layouter_measure (b->text, name, font, TRUE);

  for (guint k = 1; k < n; k++)
    {
      g_autofree char *first = NULL, *rest = NULL;
      char *cut = words[k];

      words[k] = NULL;
      first = g_strjoinv (" ", words);
      words[k] = cut;
      rest = g_strjoinv (" ", words + k);
      best = MIN (best, MAX (pd_text_layouter_measure (b->text, first, font, TRUE),
                             pd_text_layouter_measure (b->text, rest, font, TRUE)));
    }
  return best;
}

/* The room before the steps for the names of the lanes drawn, across:
 * as wide as the widest of them in two lines, LANE_LABEL_ACROSS at most. */
static double
label_room (PdSceneBuilder *b,
            const GArray   *extents)
{
  GListModel *agencies = pd_document_get_agencies (b->document);
  const PdSceneLaneStyle *look = &pd_scene_style ()->lane;
  double room = 0;

  for (guint a = 0; a < g_list_model_get_n_items (agencies); a++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, a);
      gboolean drawn = FALSE;

      for (guint i = 0; i < extents->len && !drawn; i++)
        drawn = g_strcmp0 (g_array_index (extents, Extent, i).agency,
                           pd_agency_get_id (agency)) == 0;
      if (drawn)
        room = MAX (room, two_lines_width (b, lane_name (agency)) + 2 * look->pad_x + 2);
    }
  return MIN (room, LANE_LABEL_ACROSS);
}

/* A band for @agency from @low to @high, @room before the steps for its
 * name across; @part counts its bands from 0. */
static PdGroup *
lane_band (PdSceneBuilder *b,
           PdAgency       *agency,
           PdLanes         lanes,
           const PdRect   *diagram,
           double          room,
           double          low,
           double          high,
           guint           part)
{
  const PdSceneLaneStyle *look = &pd_scene_style ()->lane;
  const char *name = lane_name (agency);
  g_autofree char *id = NULL;
  g_autofree char *css = NULL;
  g_autofree char *title = NULL;
  PdColor colour, fill, stroke;
  PdRect band;
  PdPath *path;
  PdGroup *group;
  PdShape *label;
  double height;

  band = lanes == PD_LANES_ACROSS
         ? (PdRect) { diagram->x - room, low - LANE_PAD,
                      diagram->width + room + LANE_PAD,
                      high - low + 2 * LANE_PAD }
         : (PdRect) { low - LANE_PAD, diagram->y - LANE_LABEL_DOWN,
                      high - low + 2 * LANE_PAD,
                      diagram->height + LANE_LABEL_DOWN + LANE_PAD };
  pd_color_parse (pd_agency_get_colour (agency), &colour);
  fill = pd_color_mix (&colour, &PD_COLOR_WHITE, look->fill_tint);
  stroke = pd_color_mix (&colour, &PD_COLOR_WHITE, look->stroke_tint);
  id = part == 0 ? g_strdup_printf ("lane-%s", pd_agency_get_id (agency))
                 : g_strdup_printf ("lane-%s-%u", pd_agency_get_id (agency), part + 1);
  css = g_strdup_printf ("lane agency-%s", pd_agency_get_id (agency));
  /* Translators: the name of an agency whose steps a band holds. */
  title = g_strdup_printf (_("Lane: %s"), name);
  group = pd_group_new (PD_GROUP_LANE, id, css, title);
  path = pd_path_new ();
  pd_path_rectangle (path, band.x, band.y, band.width, band.height);
  pd_group_add_shape (group, pd_shape_new_path (path, fill, stroke, look->width));
  /* The name in black on the light band: readable, and not colour alone;
   * on each of its bands, so that every row of a wrapped layout says it. */
  label = pd_text_layouter_layout (b->text, name, pd_scene_style ()->key.font + 1, TRUE,
                                   PD_COLOR_BLACK, band.x + look->pad_x, band.y + look->pad_y,
                                   lanes == PD_LANES_ACROSS
                                   ? room - 2 * look->pad_x
                                   : band.width - 2 * look->pad_x,
                                   2, PD_ALIGN_START, &height);
  pd_group_add_shape (group, label);
  group->bounds = band;
  return group;
}

GPtrArray *
pd_scene_build_lanes (PdSceneBuilder *b,
                      const PdRect   *diagram)
{
  GListModel *agencies = pd_document_get_agencies (b->document);
  GPtrArray *groups = g_ptr_array_new ();
  g_autoptr(GArray) extents = NULL;
  PdLanes lanes;
  double room;

  g_object_get (b->document, "lanes", &lanes, NULL);
  if (lanes == PD_LANES_NONE)
    return groups;
  extents = step_extents (b, lanes);
  room = label_room (b, extents);
  for (guint a = 0; a < g_list_model_get_n_items (agencies); a++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, a);
      const char *id = pd_agency_get_id (agency);
      double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;
      guint part = 0;

      /* An agency with no steps has no lane; its steps' extents in order,
       * a band cut wherever another agency's step comes between. */
      for (guint i = 0; i < extents->len; i++)
        {
          const Extent *e = &g_array_index (extents, Extent, i);

          if (g_strcmp0 (e->agency, id) != 0)
            continue;
          if (low <= high && other_between (extents, id, high, e->low))
            {
              g_ptr_array_add (groups, lane_band (b, agency, lanes, diagram, room, low, high,
                                                  part++));
              low = G_MAXDOUBLE;
              high = -G_MAXDOUBLE;
            }
          low = MIN (low, e->low);
          high = MAX (high, e->high);
        }
      if (low <= high)
        g_ptr_array_add (groups, lane_band (b, agency, lanes, diagram, room, low, high, part));
    }
  return groups;
}
