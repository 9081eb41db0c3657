/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Steps in the scene: a shape for each kind, the agency's colour with text
 * that stays readable, the agency's letter on every step, and a visible
 * difference for steps that are planned or not offered. */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-geometry-private.h"
#include "pd-scene-private.h"
#include "pd-scene-style.h"
#include "pd-timing.h"

PdShape *
pd_shape_new_path (PdPath *path,
                   PdColor fill,
                   PdColor stroke,
                   double  line_width)
{
  PdShape *shape = g_new0 (PdShape, 1);

  shape->type = PD_SHAPE_PATH;
  shape->path = path;
  shape->fill = fill;
  shape->stroke = stroke;
  shape->line_width = line_width;
  return shape;
}

/* The better of dark and white text on @fill, the fill changed towards
 * black or white until the text reaches 4.5:1. */
static void
readable (PdColor *fill,
          PdColor *text)
{
  const PdSceneStyle *look = pd_scene_style ();

  for (int step = 0; step <= 20; step++)
    {
      double on_dark = pd_color_contrast (fill, &look->text);
      double on_white = pd_color_contrast (fill, &PD_COLOR_WHITE);

      *text = on_dark >= on_white ? look->text : PD_COLOR_WHITE;
      if (MAX (on_dark, on_white) >= look->node.min_contrast)
        return;
      *fill = pd_color_mix (fill, on_dark >= on_white ? &PD_COLOR_WHITE : &PD_COLOR_BLACK, 0.1);
    }
}

PdNodeStyle
pd_node_style (PdDocument *document,
               PdNode     *node)
{
  const PdSceneNodeStyle *look = &pd_scene_style ()->node;
  PdAgency *agency = pd_document_get_agency (document, pd_node_get_agency_id (node));
  PdNodeStyle style = { 0 };
  PdColor colour;

  if (agency == NULL || !pd_color_parse (pd_agency_get_colour (agency), &colour))
    colour = look->fallback_fill;

  switch (pd_node_get_availability (node))
    {
    case PD_AVAILABILITY_PLANNED:
      /* A pale tint with a dashed outline: there, but not yet. */
      style.fill = pd_color_mix (&colour, &PD_COLOR_WHITE, look->planned_tint);
      style.stroke = pd_color_mix (&colour, &PD_COLOR_BLACK, look->planned_stroke_shade);
      style.dash[0] = look->planned_dash[0];
      style.dash[1] = look->planned_dash[1];
      break;
    case PD_AVAILABILITY_NOT_OFFERED:
      style.fill = PD_COLOR_WHITE;
      style.stroke = look->not_offered_stroke;
      style.dash[0] = look->not_offered_dash[0];
      style.dash[1] = look->not_offered_dash[1];
      break;
    case PD_AVAILABILITY_OFFERED:
    default:
      style.fill = colour;
      style.stroke = pd_color_mix (&colour, &PD_COLOR_BLACK, look->stroke_shade);
      break;
    }
  readable (&style.fill, &style.text);
  return style;
}

PdPath *
pd_node_shape_path (PdNodeKind kind,
                    double x, double y, double w, double h)
{
  const PdSceneNodeStyle *look = &pd_scene_style ()->node;
  PdPath *path = pd_path_new ();
  double c;

  switch (kind)
    {
    case PD_NODE_KIND_REFERRAL:
    case PD_NODE_KIND_DISCHARGE:
      /* A pill: where a pathway starts and ends. */
      pd_path_rounded_rect (path, x, y, w, h, h / 2);
      break;
    case PD_NODE_KIND_DECISION:
      pd_path_move_to (path, x + w / 2, y);
      pd_path_line_to (path, x + w, y + h / 2);
      pd_path_line_to (path, x + w / 2, y + h);
      pd_path_line_to (path, x, y + h / 2);
      pd_path_close (path);
      break;
    case PD_NODE_KIND_ASSESSMENT:
      /* Cut corners. */
      c = MIN (look->cut_corner, MIN (w, h) / 4);
      pd_path_move_to (path, x + c, y);
      pd_path_line_to (path, x + w - c, y);
      pd_path_line_to (path, x + w, y + c);
      pd_path_line_to (path, x + w, y + h - c);
      pd_path_line_to (path, x + w - c, y + h);
      pd_path_line_to (path, x + c, y + h);
      pd_path_line_to (path, x, y + h - c);
      pd_path_line_to (path, x, y + c);
      pd_path_close (path);
      break;
    case PD_NODE_KIND_INFORMATION:
      /* A page with a wavy foot. */
      c = MIN (look->wave, h / 5);
      pd_path_move_to (path, x, y);
      pd_path_line_to (path, x + w, y);
      pd_path_line_to (path, x + w, y + h - c);
      pd_path_curve_to (path, x + w * 0.75, y + h - 2.2 * c, x + w * 0.5, y + h - 1.2 * c,
                        x + w * 0.5, y + h - c);
      pd_path_curve_to (path, x + w * 0.5, y + h - 0.8 * c, x + w * 0.25, y + h + 0.2 * c,
                        x, y + h - c);
      pd_path_close (path);
      break;
    case PD_NODE_KIND_LINK:
      /* An arrow-shaped tag pointing on to another pathway. */
      c = MIN (look->tag_point, w / 5);
      pd_path_move_to (path, x, y);
      pd_path_line_to (path, x + w - c, y);
      pd_path_line_to (path, x + w, y + h / 2);
      pd_path_line_to (path, x + w - c, y + h);
      pd_path_line_to (path, x, y + h);
      pd_path_close (path);
      break;
    case PD_NODE_KIND_REVIEW:
    case PD_NODE_KIND_INTERVENTION:
    default:
      pd_path_rounded_rect (path, x, y, w, h, look->corner_radius);
      break;
    }
  return path;
}

void
pd_node_border_point (PdNodeKind    kind,
                      const PdRect *rect,
                      double        tx,
                      double        ty,
                      double       *x,
                      double       *y)
{
  double w = rect->width, h = rect->height;
  double cx = rect->x + w / 2, cy = rect->y + h / 2;
  double dx = tx - cx, dy = ty - cy;
  double t;

  if (dx == 0 && dy == 0)
    {
      *x = cx;
      *y = cy;
      return;
    }
  if (kind == PD_NODE_KIND_DECISION)
    t = 1.0 / (fabs (dx) / (w / 2) + fabs (dy) / (h / 2));
  else
    t = MIN (dx != 0 ? (w / 2) / fabs (dx) : G_MAXDOUBLE, dy != 0 ? (h / 2) / fabs (dy) : G_MAXDOUBLE);
  *x = cx + dx * t;
  *y = cy + dy * t;
}

PdShape *
pd_badge_new (PdTextLayouter *text,
              double          cx,
              double          cy,
              const char     *cue)
{
  const PdSceneStyle *look = pd_scene_style ();
  PdShape *shape = pd_text_layouter_layout (text, cue ? cue : "?", look->node.tag_font, TRUE,
                                            look->text, cx - look->node.badge_radius, 0,
                                            2 * look->node.badge_radius, 1, PD_ALIGN_CENTER,
                                            NULL);
  /* Centre the line vertically on the badge. */
  PdTextLine *line = g_ptr_array_index (shape->lines, 0);
  line->y = cy + look->node.tag_font * 0.36;
  return shape;
}

static void
text_insets (PdNodeKind kind,
             double     w,
             double     h,
             double    *left,
             double    *right,
             double    *top,
             double    *bottom)
{
  const PdSceneNodeStyle *look = &pd_scene_style ()->node;

  *left = look->inset_left;
  *right = look->inset_right;
  *top = look->inset_top;
  *bottom = look->inset_bottom;
  switch (kind)
    {
    case PD_NODE_KIND_REFERRAL:
    case PD_NODE_KIND_DISCHARGE:
      *left = MAX (look->inset_left, h / 3);
      *right = h / 3;
      break;
    case PD_NODE_KIND_DECISION:
      *left = *right = w * 0.2;
      *top = *bottom = h * 0.14;
      break;
    case PD_NODE_KIND_INFORMATION:
      *bottom = look->information_inset_bottom;
      break;
    case PD_NODE_KIND_LINK:
      *right = look->link_inset_right;
      break;
    case PD_NODE_KIND_REVIEW:
      *right = look->review_inset_right;
      break;
    default:
      break;
    }
}

static char *
tag_text (PdSceneBuilder *b,
          PdNode         *node)
{
  GPtrArray *tags = g_ptr_array_new ();
  char *joined;

  /* In the words of the key and of Properties. */
  if (pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED)
    g_ptr_array_add (tags, (char *) pd_enum_get_label (PD_TYPE_AVAILABILITY,
                                                       pd_node_get_availability (node)));
  if (pd_node_get_provision (node) == PD_PROVISION_OPTIONAL)
    g_ptr_array_add (tags, (char *) pd_enum_get_label (PD_TYPE_PROVISION, PD_PROVISION_OPTIONAL));
  if (b->options.shared_services && pd_node_get_service (node) && *pd_node_get_service (node))
    /* Translators: a step using a service its library shares with other pathways. */
    g_ptr_array_add (tags, (char *) _("Shared"));
  g_ptr_array_add (tags, NULL);
  joined = tags->len > 1 ? g_strjoinv (" · ", (char **) tags->pdata) : NULL;
  g_ptr_array_free (tags, TRUE);
  return joined;
}

static GPtrArray *details_lines (PdSceneBuilder *b,
                                 PdNode         *node,
                                 double          width);
static gboolean   has_details   (PdSceneBuilder *b,
                                 PdNode         *node);

/* "1,250 people a year" when people a year are shown and @node has a
 * figure: (transfer full) (nullable). */
static char *
flow_line (PdSceneBuilder *b,
           PdNode         *node)
{
  double people;

  if (b->options.flow == NULL
      || !pd_scene_flow_get_step (b->options.flow, pd_node_get_id (node), &people))
    return NULL;
  return pd_scene_flow_describe_step (people);
}

/* What a screen reader says, and a browser shows on hover: the step's
 * words, its details (in full, when shown) included. */
static char *
node_title (PdSceneBuilder *b,
            PdNode         *node)
{
  PdAgency *agency = pd_document_get_agency (b->document, pd_node_get_agency_id (node));
  GString *s = g_string_new (pd_node_get_title (node) ? pd_node_get_title (node)
                                                      : pd_node_get_id (node));
  g_autofree char *tags = tag_text (b, node);

  g_string_append_printf (s, ". %s", pd_node_kind_get_label (pd_node_get_kind (node)));
  if (agency)
    g_string_append_printf (s, ", %s", pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                                   : pd_agency_get_id (agency));
  if (tags)
    g_string_append_printf (s, ", %s", tags);
  g_string_append_c (s, '.');
  if (has_details (b, node))
    {
      g_autoptr(GPtrArray) details = details_lines (b, node, G_MAXDOUBLE);

      for (guint i = 0; i < details->len; i++)
        g_string_append_printf (s, " %s.", (char *) g_ptr_array_index (details, i));
    }
  {
    g_autofree char *people = flow_line (b, node);

    if (people)
      g_string_append_printf (s, " %s.", people);
  }
  return g_string_free (s, FALSE);
}

/* A diamond's words keep this share of its height clear above and below
 * when it shows details, so that its longer block stays off its sides. */
#define DECISION_DETAILS_INSET 0.28

/* Moves @shape's lines down by @dy. */
static void
shape_move_down (PdShape *shape,
                 double   dy)
{
  for (guint i = 0; i < shape->lines->len; i++)
    ((PdTextLine *) g_ptr_array_index (shape->lines, i))->y += dy;
}

/* The lines of @node's details when they are shown: its sessions and
 * duration (on one line when they fit in @width, else a line each), then
 * its staff role. */
static GPtrArray *
details_lines (PdSceneBuilder *b,
               PdNode         *node,
               double          width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *timing = b->options.details ? pd_timing_describe_short (node) : NULL;
  g_autofree char *role = b->options.details && pd_node_get_staff_role (node)
                          ? g_strstrip (pd_text_clean (pd_node_get_staff_role (node))) : NULL;

  if (timing && pd_text_layouter_measure (b->text, timing, pd_scene_style ()->node.details_font,
                                          FALSE) > width)
    {
      g_auto(GStrv) parts = g_strsplit (timing, " · ", -1);

      for (guint i = 0; parts[i]; i++)
        g_ptr_array_add (lines, g_strdup (parts[i]));
    }
  else if (timing)
    g_ptr_array_add (lines, g_steal_pointer (&timing));
  if (role && *role)
    g_ptr_array_add (lines, g_steal_pointer (&role));
  return lines;
}

/* Whether @node shows more than its title and tags: its people a year,
 * or details asked for of which it has some. */
static gboolean
has_details (PdSceneBuilder *b,
             PdNode         *node)
{
  g_autofree char *timing = NULL;
  g_autofree char *role = NULL;

  if (b->options.flow && pd_scene_flow_get_step (b->options.flow, pd_node_get_id (node), NULL))
    return TRUE;
  if (!b->options.details)
    return FALSE;
  timing = pd_timing_describe_short (node);
  role = pd_node_get_staff_role (node) ? g_strstrip (g_strdup (pd_node_get_staff_role (node)))
                                       : NULL;
  return timing != NULL || (role && *role);
}

/* Lays out @node's words in a box @w wide and @h high at @x, the first
 * line's top at 0, adding the shapes to @shapes: the title (in as many
 * lines as its own box holds), its tags, and, when shown, its details.
 * Returns the height of them all. */
static double
lay_out_words (PdSceneBuilder *b,
               PdNode         *node,
               PdColor         colour,
               double          x,
               double          w,
               double          h,
               GPtrArray      *shapes)
{
  const PdSceneNodeStyle *look = &pd_scene_style ()->node;
  PdNodeKind kind = pd_node_get_kind (node);
  double own_h = pd_node_get_height (node);
  double title_line = look->font * look->title_line;
  double left, right, top, bottom, own_left, own_right, own_top, own_bottom, y, text_width;
  double text_height = 0;
  double tag_height = 0;
  g_autofree char *tags = tag_text (b, node);
  guint max_lines;

  text_insets (kind, w, h, &left, &right, &top, &bottom);
  text_insets (kind, w, own_h, &own_left, &own_right, &own_top, &own_bottom);
  if (kind == PD_NODE_KIND_DECISION && has_details (b, node))
    top = bottom = h * DECISION_DETAILS_INSET;
  if (tags)
    tag_height = look->tag_font * look->tag_line;
  max_lines = MAX (1, (guint) floor ((own_h - own_top - own_bottom - tag_height) / title_line));
  text_width = MAX (look->min_text_width, w - left - right);
  g_ptr_array_add (shapes, pd_text_layouter_layout (b->text, pd_node_get_title (node)
                                                             ? pd_node_get_title (node) : "",
                                                    look->font, FALSE, colour, x + left,
                                                    0, text_width, max_lines,
                                                    PD_ALIGN_CENTER, &text_height));
  y = text_height;
  if (tags)
    {
      g_ptr_array_add (shapes, pd_text_layouter_layout (b->text, tags, look->tag_font, TRUE,
                                                        colour, x + left, y + look->tag_gap,
                                                        text_width, 1, PD_ALIGN_CENTER, NULL));
      y += tag_height;
    }
  if (has_details (b, node))
    {
      g_autoptr(GPtrArray) details = details_lines (b, node, w - left - right);

      for (guint i = 0; i < details->len; i++)
        {
          double height = 0;

          g_ptr_array_add (shapes, pd_text_layouter_layout (b->text,
                                                            g_ptr_array_index (details, i),
                                                            look->details_font, FALSE,
                                                            colour, x + left,
                                                            y + look->details_gap, text_width,
                                                            2, PD_ALIGN_CENTER, &height));
          y += look->details_gap + height;
        }
    }
  {
    g_autofree char *people = flow_line (b, node);
    double height = 0;

    /* Bold, apart from the details: a figure, not a fact of the step. */
    if (people)
      {
        g_ptr_array_add (shapes, pd_text_layouter_layout (b->text, people, look->details_font,
                                                          TRUE, colour, x + left,
                                                          y + look->details_gap, text_width,
                                                          2, PD_ALIGN_CENTER, &height));
        y += look->details_gap + height;
      }
  }
  return y;
}

double
pd_scene_node_height (PdSceneBuilder *b,
                      PdNode         *node)
{
  double w = pd_node_get_width (node), h = pd_node_get_height (node);

  if (!has_details (b, node))
    return h;
  if (pd_node_get_kind (node) == PD_NODE_KIND_DECISION)
    {
      g_autoptr(GPtrArray) shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_shape_free);
      double block = lay_out_words (b, node, pd_scene_style ()->text, 0, w, h, shapes);

      /* Text in the middle of a diamond, clear of its sloping sides. */
      return MAX (h, ceil (block / (1 - 2 * DECISION_DETAILS_INSET)));
    }
  /* A pill's insets grow with its height: a few
   * rounds settle it. */
  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(GPtrArray) shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_shape_free);
      double left, right, top, bottom;
      double block = lay_out_words (b, node, pd_scene_style ()->text, 0, w, h, shapes);

      text_insets (pd_node_get_kind (node), w, h, &left, &right, &top, &bottom);
      if (top + block + bottom <= h + 0.01)
        break;
      h = ceil (top + block + bottom);
    }
  return h;
}

PdRect
pd_scene_node_rect (PdSceneBuilder *b,
                    PdNode         *node)
{
  PdRect rect = { pd_node_get_x (node), pd_node_get_y (node), pd_node_get_width (node),
                  pd_node_get_height (node) };
  PdRect *grown;

  if (!b->options.details && b->options.flow == NULL)
    return rect;
  grown = g_hash_table_lookup (b->node_rects, pd_node_get_id (node));
  if (grown == NULL)
    {
      grown = g_new (PdRect, 1);
      *grown = rect;
      grown->height = pd_scene_node_height (b, node);
      g_hash_table_insert (b->node_rects, g_strdup (pd_node_get_id (node)), grown);
    }
  return *grown;
}

PdGroup *
pd_scene_build_node (PdSceneBuilder *b,
                     PdNode         *node)
{
  const PdSceneNodeStyle *look = &pd_scene_style ()->node;
  PdNodeKind kind = pd_node_get_kind (node);
  PdAgency *agency = pd_document_get_agency (b->document, pd_node_get_agency_id (node));
  PdNodeStyle style = pd_node_style (b->document, node);
  PdRect box = pd_scene_node_rect (b, node);
  double x = box.x, y = box.y, w = box.width, h = box.height;
  double left, right, top, bottom, block;
  g_autofree char *id = g_strdup_printf ("step-%s", pd_node_get_id (node));
  g_autofree char *css = g_strdup_printf ("step kind-%s agency-%s %s %s",
                                          pd_enum_to_string (PD_TYPE_NODE_KIND, kind),
                                          agency ? pd_agency_get_id (agency) : "none",
                                          pd_enum_to_string (PD_TYPE_AVAILABILITY,
                                                             pd_node_get_availability (node)),
                                          pd_enum_to_string (PD_TYPE_PROVISION,
                                                             pd_node_get_provision (node)));
  g_autofree char *title = node_title (b, node);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  PdGroup *group = pd_group_new (PD_GROUP_NODE, id, css, title);
  PdShape *outline;

  group->object_id = g_strdup (pd_node_get_id (node));
  g_hash_table_add (b->node_kinds_used, GINT_TO_POINTER (kind + 1));
  if (agency)
    g_hash_table_add (b->agencies_used, (gpointer) pd_agency_get_id (agency));
  b->has_planned |= pd_node_get_availability (node) == PD_AVAILABILITY_PLANNED;
  b->has_not_offered |= pd_node_get_availability (node) == PD_AVAILABILITY_NOT_OFFERED;

  outline = pd_shape_new_path (pd_node_shape_path (kind, x, y, w, h), style.fill, style.stroke,
                               style.dash[0] > 0 ? look->dashed_outline_width
                                                 : look->outline_width);
  outline->dash[0] = style.dash[0];
  outline->dash[1] = style.dash[1];
  pd_group_add_shape (group, outline);
  if (kind == PD_NODE_KIND_REVIEW)
    {
      /* Bars at both sides: a review comes round again. */
      double bx = look->bar_inset_x, by = look->bar_inset_y;
      PdPath *bars = pd_path_new ();

      pd_path_move_to (bars, x + bx, y + by);
      pd_path_line_to (bars, x + bx, y + h - by);
      pd_path_move_to (bars, x + w - bx, y + by);
      pd_path_line_to (bars, x + w - bx, y + h - by);
      pd_group_add_shape (group, pd_shape_new_path (bars, PD_COLOR_NONE, style.stroke,
                                                    look->outline_width));
    }

  /* The title, tags and details, centred vertically as a block. */
  text_insets (kind, w, h, &left, &right, &top, &bottom);
  if (kind == PD_NODE_KIND_DECISION && has_details (b, node))
    top = bottom = h * DECISION_DETAILS_INSET;
  block = lay_out_words (b, node, style.text, x, w, h, words);
  for (guint i = 0; i < words->len; i++)
    {
      PdShape *shape = g_ptr_array_index (words, i);

      shape_move_down (shape, y + top + MAX (0, (h - top - bottom - block) / 2));
      pd_group_add_shape (group, shape);
    }

  /* The agency's letter, on every step: colour is never the only cue. */
  {
    /* A decision's corners are empty: its letter sits at the left point. */
    double cx = x + (kind == PD_NODE_KIND_DECISION ? look->decision_badge_inset
                                                   : look->badge_inset);
    double cy = y + (kind == PD_NODE_KIND_DECISION ? h / 2 : look->badge_inset);
    PdPath *circle = pd_path_new ();

    pd_path_circle (circle, cx, cy, look->badge_radius);
    pd_group_add_shape (group, pd_shape_new_path (circle, PD_COLOR_WHITE, pd_scene_style ()->text,
                                                  look->badge_outline_width));
    pd_group_add_shape (group, pd_badge_new (b->text, cx, cy,
                                             agency ? pd_agency_get_cue (agency) : "?"));
  }
  group->bounds = (PdRect) { x - 1, y - 1, w + 2, h + 2 };
  return group;
}
