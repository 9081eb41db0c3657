/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The title block above the diagram and the key below it: every agency with
 * its colour, letter and name; the shapes, lines and styles in use. */
#include <glib/gi18n-lib.h>

#include "pd-geometry-private.h"
#include "pd-scene-private.h"
#include "pd-scene-style.h"

static const char *
status_label (PdStatus status)
{
  switch (status)
    {
    case PD_STATUS_DRAFT: return _("Draft");
    case PD_STATUS_CONSULTATION: return _("Consultation");
    case PD_STATUS_APPROVED: return _("Approved");
    case PD_STATUS_RETIRED: return _("Retired");
    default: return NULL;
    }
}

static char *
subtitle (PdDocument *document)
{
  g_autoptr(GArray) clusters = NULL;
  g_autofree char *version = NULL, *review_by = NULL, *modified = NULL, *created = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  PdStatus status;

  g_object_get (document, "clusters", &clusters, "version", &version, "review-by", &review_by,
                "modified-date", &modified, "created-date", &created, "status", &status, NULL);
  if (clusters && clusters->len > 0)
    {
      GString *s = g_string_new (g_dngettext (GETTEXT_PACKAGE, "Care cluster", "Care clusters",
                                              clusters->len));
      for (guint i = 0; i < clusters->len; i++)
        g_string_append_printf (s, "%s%u", i == 0 ? " " : ", ", g_array_index (clusters, guint, i));
      g_ptr_array_add (parts, g_string_free (s, FALSE));
    }
  if (version)
    g_ptr_array_add (parts, g_strdup_printf (_("Version %s"), version));
  g_ptr_array_add (parts, g_strdup (status_label (status)));
  if (modified || created)
    {
      /* Dates as in the file (YYYY-MM-DD): the same in every language. */
      g_autofree char *date = g_strndup (modified ? modified : created, 10);
      g_ptr_array_add (parts, g_strdup_printf (_("Updated %s"), date));
    }
  if (review_by)
    g_ptr_array_add (parts, g_strdup_printf (_("Review by %s"), review_by));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* What each kind of line means, in words a reader of the diagram uses. */
static const char *
edge_kind_words (PdEdgeKind kind)
{
  switch (kind)
    {
    case PD_EDGE_KIND_TYPICAL: return _("Usual route");
    case PD_EDGE_KIND_ALTERNATIVE: return _("Other route");
    case PD_EDGE_KIND_STEP_UP: return _("Step up to more intensive care");
    case PD_EDGE_KIND_STEP_DOWN: return _("Step down to less intensive care");
    case PD_EDGE_KIND_RE_REFERRAL: return _("Back to an earlier step");
    default: return NULL;
    }
}

static void
shift_text (PdShape *text,
            double   dy)
{
  for (guint i = 0; i < text->lines->len; i++)
    ((PdTextLine *) g_ptr_array_index (text->lines, i))->y += dy;
}

PdGroup *
pd_scene_build_title_block (PdSceneBuilder *b,
                            const PdRect   *diagram)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;
  PdGroup *group = pd_group_new (PD_GROUP_TITLE_BLOCK, "title-block", "title-block",
                                 b->scene->title);
  g_autofree char *sub = subtitle (b->document);
  double width = MAX (diagram->width, look->min_width);
  double title_height = 0, sub_height = 0, top;
  PdShape *title, *line;

  title = pd_text_layouter_layout (b->text, b->scene->title, look->title_font, TRUE,
                                   pd_scene_style ()->text, diagram->x, 0, width,
                                   look->title_lines, PD_ALIGN_START, &title_height);
  line = pd_text_layouter_layout (b->text, sub, look->subtitle_font, FALSE,
                                  look->subtitle_colour, diagram->x, title_height + look->title_gap,
                                  width, look->title_lines, PD_ALIGN_START, &sub_height);
  top = diagram->y - look->title_above - (title_height + look->title_gap + sub_height);
  shift_text (title, top);
  shift_text (line, top);
  pd_group_add_shape (group, title);
  pd_group_add_shape (group, line);
  group->bounds = (PdRect) { diagram->x, top, width, title_height + look->title_gap + sub_height };
  return group;
}

/* Places items left to right, starting a new row when one would not fit. */
typedef struct {
  double left;
  double right;
  double x;
  double y;
  double row_height;
  double reached;     /* the right end of the widest row */
} Flow;

static void
flow_place (Flow   *flow,
            double  width,
            double  height,
            double *x,
            double *y)
{
  if (flow->x > flow->left && flow->x + width > flow->right)
    {
      flow->x = flow->left;
      flow->y += flow->row_height + pd_scene_style ()->key.row_gap;
      flow->row_height = 0;
    }
  *x = flow->x;
  *y = flow->y;
  flow->reached = MAX (flow->reached, flow->x + width);
  flow->x += width + pd_scene_style ()->key.item_gap;
  flow->row_height = MAX (flow->row_height, height);
}

static void
flow_new_row (Flow *flow)
{
  if (flow->x == flow->left)
    return;
  flow->x = flow->left;
  flow->y += flow->row_height + pd_scene_style ()->key.row_gap;
  flow->row_height = 0;
}

/* An icon and its words, as one item of the key. */
static void
add_item (PdSceneBuilder *b,
          PdGroup        *group,
          Flow           *flow,
          const char     *words,
          void          (*draw_icon) (PdSceneBuilder *b, PdGroup *group, double x, double y,
                                      gpointer data),
          gpointer        data)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;
  double text_width = MIN (pd_text_layouter_measure (b->text, words, look->font, FALSE),
                           look->max_words_width);
  double x, y;

  flow_place (flow, look->icon_width + look->icon_gap + text_width, look->icon_height, &x, &y);
  draw_icon (b, group, x, y, data);
  pd_group_add_shape (group, pd_text_layouter_layout (b->text, words, look->font, FALSE,
                                                      pd_scene_style ()->text,
                                                      x + look->icon_width + look->icon_gap,
                                                      y + 2, text_width + 1, 1, PD_ALIGN_START,
                                                      NULL));
}

static void
draw_agency (PdSceneBuilder *b,
             PdGroup        *group,
             double          x,
             double          y,
             gpointer        data)
{
  const PdSceneStyle *look = pd_scene_style ();
  double cx = x + look->key.icon_width / 2, cy = y + look->key.icon_height / 2;
  PdAgency *agency = data;
  PdColor fill;
  PdPath *box = pd_path_new ();
  PdPath *circle = pd_path_new ();

  pd_color_parse (pd_agency_get_colour (agency), &fill);
  pd_path_rounded_rect (box, x, y, look->key.icon_width, look->key.icon_height,
                        look->key.agency_radius);
  pd_group_add_shape (group, pd_shape_new_path (box, fill,
                                                pd_color_mix (&fill, &PD_COLOR_BLACK,
                                                              look->node.stroke_shade),
                                                look->key.agency_width));
  pd_path_circle (circle, cx, cy, look->node.badge_radius);
  pd_group_add_shape (group, pd_shape_new_path (circle, PD_COLOR_WHITE, look->text,
                                                look->node.badge_outline_width));
  pd_group_add_shape (group, pd_badge_new (b->text, cx, cy, pd_agency_get_cue (agency)));
}

static void
draw_kind (PdSceneBuilder *b,
           PdGroup        *group,
           double          x,
           double          y,
           gpointer        data)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;
  PdNodeKind kind = GPOINTER_TO_INT (data);

  pd_group_add_shape (group, pd_shape_new_path (pd_node_shape_path (kind, x, y, look->icon_width,
                                                                    look->icon_height),
                                                look->sample_fill, look->sample_stroke,
                                                look->sample_width));
}

static void
draw_edge_kind (PdSceneBuilder *b,
                PdGroup        *group,
                double          x,
                double          y,
                gpointer        data)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;

  pd_scene_build_edge_sample (b, group, GPOINTER_TO_INT (data), x, y + look->icon_height / 2,
                              x + look->icon_width, y + look->icon_height / 2);
}

static void
draw_availability (PdSceneBuilder *b,
                   PdGroup        *group,
                   double          x,
                   double          y,
                   gpointer        data)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;
  PdAvailability availability = GPOINTER_TO_INT (data);
  g_autoptr(PdNode) sample = pd_node_new ("sample", PD_NODE_KIND_INTERVENTION);
  PdNodeStyle style;
  PdShape *shape;

  g_object_set (sample, "availability", availability, NULL);
  style = pd_node_style (b->document, sample);
  if (availability == PD_AVAILABILITY_PLANNED)
    style.fill = look->planned_sample_fill;
  shape = pd_shape_new_path (pd_node_shape_path (PD_NODE_KIND_INTERVENTION, x, y,
                                                 look->icon_width, look->icon_height),
                             style.fill, look->sample_stroke, look->availability_width);
  shape->dash[0] = style.dash[0];
  shape->dash[1] = style.dash[1];
  pd_group_add_shape (group, shape);
}

/* A line widening from the thinnest to the widest people a year draw. */
static void
draw_flow_widths (PdSceneBuilder *b,
                  PdGroup        *group,
                  double          x,
                  double          y,
                  gpointer        data)
{
  const PdSceneStyle *look = pd_scene_style ();
  double cy = y + look->key.icon_height / 2;
  double thin = look->edge.flow_width[0] / 2, wide = look->edge.flow_width[1] / 2;
  PdPath *wedge = pd_path_new ();

  pd_path_move_to (wedge, x, cy - thin);
  pd_path_line_to (wedge, x + look->key.icon_width, cy - wide);
  pd_path_line_to (wedge, x + look->key.icon_width, cy + wide);
  pd_path_line_to (wedge, x, cy + thin);
  pd_path_close (wedge);
  pd_group_add_shape (group, pd_shape_new_path (wedge, look->edge.colour, PD_COLOR_NONE, 0));
}

/* The key with its heading's top left at (@x, @y), its items in rows
 * @width wide at most; @used: how wide its widest row came out. */
static PdGroup *
legend_at (PdSceneBuilder *b,
           double          x,
           double          y,
           double          width,
           double         *used)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;
  PdGroup *group = pd_group_new (PD_GROUP_LEGEND, "legend", "legend", _("Key"));
  GListModel *agencies = pd_document_get_agencies (b->document);
  Flow flow = { x, x + width, x, y, 0, x };
  double heading_height = 0;
  PdShape *heading;

  heading = pd_text_layouter_layout (b->text, _("Key"), look->font + 1, TRUE,
                                     pd_scene_style ()->text, x, flow.y,
                                     look->heading_width, 1, PD_ALIGN_START, &heading_height);
  pd_group_add_shape (group, heading);
  flow.y += heading_height + look->heading_gap;

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);

      if (g_hash_table_contains (b->agencies_used, pd_agency_get_id (agency)))
        add_item (b, group, &flow, pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                               : pd_agency_get_id (agency),
                  draw_agency, agency);
    }
  flow_new_row (&flow);
  for (int kind = 0; kind < PD_N_NODE_KINDS; kind++)
    if (g_hash_table_contains (b->node_kinds_used, GINT_TO_POINTER (kind + 1)))
      add_item (b, group, &flow, pd_node_kind_get_label (kind), draw_kind, GINT_TO_POINTER (kind));
  flow_new_row (&flow);
  for (int kind = 0; kind < PD_N_EDGE_KINDS; kind++)
    if (g_hash_table_contains (b->edge_kinds_used, GINT_TO_POINTER (kind + 1)))
      add_item (b, group, &flow, edge_kind_words (kind), draw_edge_kind, GINT_TO_POINTER (kind));
  /* In the words of the steps' tags and of Properties. */
  if (b->has_planned)
    add_item (b, group, &flow, pd_enum_get_label (PD_TYPE_AVAILABILITY, PD_AVAILABILITY_PLANNED),
              draw_availability, GINT_TO_POINTER (PD_AVAILABILITY_PLANNED));
  if (b->has_not_offered)
    add_item (b, group, &flow, pd_enum_get_label (PD_TYPE_AVAILABILITY,
                                                  PD_AVAILABILITY_NOT_OFFERED),
              draw_availability, GINT_TO_POINTER (PD_AVAILABILITY_NOT_OFFERED));
  if (b->options.flow && b->n_edges_built > 0)
    add_item (b, group, &flow, _("Line width: people a year"), draw_flow_widths, NULL);

  group->bounds = (PdRect) { x, y, width, flow.y + flow.row_height - y };
  *used = flow.reached - x;
  return group;
}

PdGroup *
pd_scene_build_legend (PdSceneBuilder *b,
                       const PdRect   *diagram)
{
  const PdSceneKeyStyle *look = &pd_scene_style ()->key;
  double width = MAX (diagram->width, look->min_width), used;
  PdGroup *below = legend_at (b, diagram->x, diagram->y + diagram->height + look->below, width,
                              &used);
  double widths[2] = { used, look->min_width };

  /* In free room of the diagram, where there is, it costs the page
   * nothing: as wide as below it, else as narrow as it is made. */
  for (guint i = 0; i < G_N_ELEMENTS (widths) && (i == 0 || widths[i] < widths[0]); i++)
    {
      double inset = look->inside_inset, w, x, y;
      PdGroup *trial = legend_at (b, 0, 0, widths[i], &w);
      double height = trial->bounds.height;
      PdGroup *inside;
      PdPath *box;

      pd_group_free (trial);
      if (!pd_scene_find_free_room (b->scene, diagram, w + 2 * inset, height + 2 * inset,
                                    look->inside_clear, &x, &y))
        continue;
      inside = legend_at (b, x + inset, y + inset, widths[i], &w);
      box = pd_path_new ();
      pd_path_rounded_rect (box, x, y, w + 2 * inset, height + 2 * inset, look->agency_radius);
      g_ptr_array_insert (inside->shapes, 0,
                          pd_shape_new_path (box, PD_COLOR_WHITE, look->inside_stroke,
                                             look->agency_width));
      inside->bounds = (PdRect) { x, y, w + 2 * inset, height + 2 * inset };
      pd_group_free (below);
      return inside;
    }
  return below;
}
