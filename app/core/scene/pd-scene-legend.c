/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The title block above the diagram and the key below it: every agency with
 * its colour, letter and name; the shapes, lines and styles in use. */
#include <glib/gi18n-lib.h>

#include "pd-scene-private.h"

#define TEXT_COLOUR ((PdColor) { 0.067, 0.067, 0.067, 1 })
#define ITEM_GAP 22.0
#define ROW_GAP 10.0
#define ICON_WIDTH 34.0
#define ICON_HEIGHT 20.0

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
  PdGroup *group = pd_group_new (PD_GROUP_TITLE_BLOCK, "title-block", "title-block",
                                 b->scene->title);
  g_autofree char *sub = subtitle (b->document);
  double width = MAX (diagram->width, 480);
  double title_height = 0, sub_height = 0, top;
  PdShape *title, *line;

  title = pd_text_layouter_layout (b->text, b->scene->title, PD_SCENE_TITLE_FONT, TRUE,
                                   TEXT_COLOUR, diagram->x, 0, width, 3, PD_ALIGN_START,
                                   &title_height);
  line = pd_text_layouter_layout (b->text, sub, PD_SCENE_SUBTITLE_FONT, FALSE,
                                  (PdColor) { 0.27, 0.27, 0.27, 1 }, diagram->x,
                                  title_height + 4, width, 3, PD_ALIGN_START, &sub_height);
  top = diagram->y - 24 - (title_height + 4 + sub_height);
  shift_text (title, top);
  shift_text (line, top);
  pd_group_add_shape (group, title);
  pd_group_add_shape (group, line);
  group->bounds = (PdRect) { diagram->x, top, width, title_height + 4 + sub_height };
  return group;
}

/* Places items left to right, starting a new row when one would not fit. */
typedef struct {
  double left;
  double right;
  double x;
  double y;
  double row_height;
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
      flow->y += flow->row_height + ROW_GAP;
      flow->row_height = 0;
    }
  *x = flow->x;
  *y = flow->y;
  flow->x += width + ITEM_GAP;
  flow->row_height = MAX (flow->row_height, height);
}

static void
flow_new_row (Flow *flow)
{
  if (flow->x == flow->left)
    return;
  flow->x = flow->left;
  flow->y += flow->row_height + ROW_GAP;
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
  double text_width = MIN (pd_text_layouter_measure (b->text, words, PD_SCENE_LEGEND_FONT, FALSE),
                           260);
  double x, y;

  flow_place (flow, ICON_WIDTH + 8 + text_width, ICON_HEIGHT, &x, &y);
  draw_icon (b, group, x, y, data);
  pd_group_add_shape (group, pd_text_layouter_layout (b->text, words, PD_SCENE_LEGEND_FONT,
                                                      FALSE, TEXT_COLOUR, x + ICON_WIDTH + 8,
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
  PdAgency *agency = data;
  PdColor fill;
  PdPath *box = pd_path_new ();
  PdPath *circle = pd_path_new ();

  pd_color_parse (pd_agency_get_colour (agency), &fill);
  pd_path_rounded_rect (box, x, y, ICON_WIDTH, ICON_HEIGHT, 4);
  pd_group_add_shape (group, pd_shape_new_path (box, fill,
                                                pd_color_mix (&fill, &PD_COLOR_BLACK, 0.35), 1));
  pd_path_circle (circle, x + ICON_WIDTH / 2, y + ICON_HEIGHT / 2, PD_SCENE_BADGE_RADIUS);
  pd_group_add_shape (group, pd_shape_new_path (circle, PD_COLOR_WHITE, TEXT_COLOUR, 1));
  pd_group_add_shape (group, pd_badge_new (b->text, x + ICON_WIDTH / 2, y + ICON_HEIGHT / 2,
                                           pd_agency_get_cue (agency)));
}

static void
draw_kind (PdSceneBuilder *b,
           PdGroup        *group,
           double          x,
           double          y,
           gpointer        data)
{
  PdNodeKind kind = GPOINTER_TO_INT (data);

  pd_group_add_shape (group, pd_shape_new_path (pd_node_shape_path (kind, x, y, ICON_WIDTH,
                                                                    ICON_HEIGHT),
                                                (PdColor) { 0.93, 0.93, 0.93, 1 },
                                                (PdColor) { 0.3, 0.3, 0.3, 1 }, 1.2));
}

static void
draw_edge_kind (PdSceneBuilder *b,
                PdGroup        *group,
                double          x,
                double          y,
                gpointer        data)
{
  pd_scene_build_edge_sample (b, group, GPOINTER_TO_INT (data), x, y + ICON_HEIGHT / 2,
                              x + ICON_WIDTH, y + ICON_HEIGHT / 2);
}

static void
draw_availability (PdSceneBuilder *b,
                   PdGroup        *group,
                   double          x,
                   double          y,
                   gpointer        data)
{
  PdAvailability availability = GPOINTER_TO_INT (data);
  g_autoptr(PdNode) sample = pd_node_new ("sample", PD_NODE_KIND_INTERVENTION);
  PdNodeStyle style;
  PdShape *shape;

  g_object_set (sample, "availability", availability, NULL);
  style = pd_node_style (b->document, sample);
  if (availability == PD_AVAILABILITY_PLANNED)
    style.fill = (PdColor) { 0.9, 0.9, 0.9, 1 };
  shape = pd_shape_new_path (pd_node_shape_path (PD_NODE_KIND_INTERVENTION, x, y, ICON_WIDTH,
                                                 ICON_HEIGHT), style.fill,
                             (PdColor) { 0.3, 0.3, 0.3, 1 }, 1.4);
  shape->dash[0] = style.dash[0];
  shape->dash[1] = style.dash[1];
  pd_group_add_shape (group, shape);
}

PdGroup *
pd_scene_build_legend (PdSceneBuilder *b,
                       const PdRect   *diagram)
{
  PdGroup *group = pd_group_new (PD_GROUP_LEGEND, "legend", "legend", _("Key"));
  GListModel *agencies = pd_document_get_agencies (b->document);
  Flow flow = { diagram->x, diagram->x + MAX (diagram->width, 480), diagram->x, 0, 0 };
  double heading_height = 0;
  PdShape *heading;

  flow.y = diagram->y + diagram->height + 28;
  heading = pd_text_layouter_layout (b->text, _("Key"), PD_SCENE_LEGEND_FONT + 1, TRUE,
                                     TEXT_COLOUR, diagram->x, flow.y, 200, 1, PD_ALIGN_START,
                                     &heading_height);
  pd_group_add_shape (group, heading);
  flow.y += heading_height + 6;

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

  group->bounds = (PdRect) { diagram->x, diagram->y + diagram->height + 28, flow.right - flow.left,
                             flow.y + flow.row_height - (diagram->y + diagram->height + 28) };
  return group;
}
