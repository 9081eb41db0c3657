/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Full Screen, and Present: the diagram alone, large, walked through one
 * step at a time with a caption a room can read. */
#include <glib/gi18n.h>

#include "pd-canvas-private.h"
#include "pd-edit.h"
#include "pd-journey.h"
#include "pd-present-comment.h"
#include "pd-presentation.h"
#include "pd-window-private.h"

/* At most this many ways out are offered by number (keys 1 to 9). */
#define MAX_WAYS 9

struct _PdPresent
{
  PdPresentation *presentation;
  int at;                       /* the step shown, in reading order */
  /* As the window was before, to come back to. */
  double zoom, scroll_x, scroll_y;
  GStrv selection;
  gboolean was_fullscreen;
  gboolean header_visible, side_visible;
  GPtrArray *hidden;            /* what stood beside the diagram, hidden */
  guint tick;
  int shown_width, shown_height, shown_caption;   /* where the step was placed */
};

static GtkWidget *
header_bar (PdWindow *self)
{
  return gtk_widget_get_first_child (adw_application_window_get_content (
    ADW_APPLICATION_WINDOW (self)));
}

/* The diagram with what lies over it; the caption joins them. */
static GtkWidget *
diagram_overlay (PdWindow *self)
{
  return gtk_widget_get_parent (GTK_WIDGET (self->scroller));
}

static GtkWidget *
side_pane (PdWindow *self)
{
  return self->side_pane;
}

gboolean
pd_window_is_presenting (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  return self->present != NULL;
}

GtkWidget *
pd_window_get_caption (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->caption;
}

GtkWidget *
pd_window_get_present_comment (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->present_comment;
}

static PdPresentComment *
comment_card (PdWindow *self)
{
  return PD_PRESENT_COMMENT (self->present_comment);
}

static PdNode *
current_step (PdWindow *self)
{
  PdPresentation *presentation = self->present->presentation;

  if (self->present->at < 0 || (guint) self->present->at >= presentation->steps->len)
    return NULL;
  return g_ptr_array_index (presentation->steps, self->present->at);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  PdAgency *agency = g_object_get_data (G_OBJECT (area), "agency");
  GdkRGBA colour = { 0.5, 0.5, 0.5, 1 };
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");
  int text_width, text_height;
  double luminance;

  if (agency == NULL)
    return;
  gdk_rgba_parse (&colour, pd_agency_get_colour (agency));
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_rectangle (cr, 2, 2, width - 4, height - 4);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 3);
  cairo_stroke (cr);
  /* The letter in black or white, whichever stands out on the colour. */
  luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue;
  if (luminance > 0.45)
    cairo_set_source_rgb (cr, 0, 0, 0);
  layout = pango_cairo_create_layout (cr);
  pango_font_description_set_absolute_size (font, height * 0.6 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, pd_agency_get_cue (agency), -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_move_to (cr, (width - text_width) / 2.0, (height - text_height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static GtkLabel *
caption_label (GtkWidget  *box,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text && *text);
}

static void
update_caption (PdWindow *self)
{
  PdNode *step = current_step (self);
  PdAgency *agency = NULL;
  const char *easy_read;
  g_autofree char *timing = NULL;
  g_autofree char *count = NULL;
  g_autofree char *comments = NULL;
  guint n_comments;
  g_autoptr(GPtrArray) ways = NULL;
  g_autoptr(GString) choices = g_string_new (NULL);

  if (step == NULL)
    return;
  if (pd_node_get_agency_id (step))
    agency = pd_document_get_agency (self->document, pd_node_get_agency_id (step));
  set_label (self->caption_title, pd_node_get_title (step));
  easy_read = pd_node_get_easy_read (step);
  set_label (self->caption_text, easy_read);
  /* Colour is never the only cue: the name and the letter go with it. */
  g_object_set_data_full (G_OBJECT (self->caption_swatch), "agency",
                          agency ? g_object_ref (agency) : NULL, g_object_unref);
  gtk_widget_set_visible (gtk_widget_get_parent (self->caption_swatch), agency != NULL);
  gtk_widget_queue_draw (self->caption_swatch);
  gtk_label_set_text (self->caption_agency, agency ? pd_agency_get_name (agency) : "");
  timing = pd_journey_describe_timing (step);
  set_label (self->caption_timing, timing);
  n_comments = pd_edit_count_open_comments (self->document, pd_node_get_id (step));
  if (n_comments)
    comments = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u comment", "%u comments",
                                             n_comments), n_comments);
  set_label (self->caption_comments, comments);

  ways = pd_presentation_ways_out (self->present->presentation, pd_node_get_id (step));
  /* One way on is what Next does; two or more are a choice. */
  for (guint i = 0; ways->len > 1 && i < MIN (ways->len, MAX_WAYS); i++)
    g_string_append_printf (choices, "%s%u %s", i ? "  ·  " : "", i + 1,
                            pd_presentation_way_name (self->present->presentation,
                                                      g_ptr_array_index (ways, i)));
  set_label (self->caption_ways, choices->str);
  /* TRANSLATORS: where the walk-through is: step 3 of 12. */
  count = g_strdup_printf (_("Step %d of %u"), self->present->at + 1,
                           self->present->presentation->steps->len);
  gtk_label_set_text (self->caption_count, count);
}

static void
show_step (PdWindow *self)
{
  PdNode *step = current_step (self);

  if (step == NULL)
    return;
  pd_selection_select (pd_canvas_get_selection (self->canvas), pd_node_get_id (step),
                       PD_SELECT_REPLACE);
  update_caption (self);
  /* The caption is measured before the step is placed above it. */
  self->present->shown_width = 0;
}

/* Each frame: when the view's size changed (full screen comes later than
 * asked for, the caption's height with each step), the step is placed
 * again. */
static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  PdWindow *self = data;
  PdNode *step;
  int width = gtk_widget_get_width (GTK_WIDGET (self->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (self->canvas));
  int caption = gtk_widget_get_height (self->caption) + gtk_widget_get_margin_bottom (
    self->caption);

  if (self->present == NULL)
    return G_SOURCE_REMOVE;
  step = current_step (self);
  if (step && (width != self->present->shown_width || height != self->present->shown_height
               || caption != self->present->shown_caption))
    {
      self->present->shown_width = width;
      self->present->shown_height = height;
      self->present->shown_caption = caption;
      pd_canvas_show_large (self->canvas, pd_node_get_id (step), caption);
    }
  return G_SOURCE_CONTINUE;
}

static void
go_to (PdWindow *self,
       int       at)
{
  int last = (int) self->present->presentation->steps->len - 1;

  if (at < 0 || at > last)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  self->present->at = at;
  show_step (self);
}

static void
choose_way (PdWindow *self,
            guint     number)
{
  PdNode *step = current_step (self);
  g_autoptr(GPtrArray) ways = NULL;

  if (step == NULL)
    return;
  ways = pd_presentation_ways_out (self->present->presentation, pd_node_get_id (step));
  if (number < 1 || number > MIN (ways->len, MAX_WAYS))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  go_to (self, pd_presentation_index_of (self->present->presentation,
                                         pd_edge_get_to_id (g_ptr_array_index (ways,
                                                                               number - 1))));
}

/* N: a comment on the step shown, from someone in the room. */
static void
take_comment (PdWindow *self)
{
  PdNode *step = current_step (self);
  graphene_rect_t caption;

  if (step == NULL)
    return;
  /* In the caption's place, as tall. */
  if (gtk_widget_compute_bounds (self->caption, self->caption, &caption))
    gtk_widget_set_size_request (self->present_comment, -1, (int) caption.size.height);
  pd_present_comment_start (comment_card (self), self->document, pd_node_get_id (step),
                            pd_node_get_title (step));
}

static void
on_comment_closed (PdWindow *self)
{
  if (self->present == NULL)
    return;
  update_caption (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
leave (PdWindow *self)
{
  struct _PdPresent *present = self->present;
  PdSelection *selection = pd_canvas_get_selection (self->canvas);

  if (present == NULL)
    return;
  pd_present_comment_cancel (comment_card (self));
  self->present = NULL;
  gtk_widget_remove_tick_callback (GTK_WIDGET (self->canvas), present->tick);
  gtk_widget_set_visible (self->caption, FALSE);
  gtk_widget_set_visible (header_bar (self), present->header_visible);
  for (guint i = 0; i < present->hidden->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (present->hidden, i), TRUE);
  gtk_widget_set_visible (side_pane (self), present->side_visible);
  gtk_widget_set_can_target (GTK_WIDGET (self->canvas), TRUE);
  pd_canvas_set_spotlight (self->canvas, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  if (!present->was_fullscreen)
    gtk_window_unfullscreen (GTK_WINDOW (self));
  if (present->selection[0])
    pd_selection_select_many (selection, (const char * const *) present->selection,
                              g_strv_length (present->selection), PD_SELECT_REPLACE);
  else
    pd_selection_clear (selection);
  pd_canvas_set_zoom (self->canvas, present->zoom);
  pd_canvas_scroll_to (self->canvas, present->scroll_x, present->scroll_y);
  pd_presentation_free (present->presentation);
  g_clear_pointer (&present->hidden, g_ptr_array_unref);
  g_strfreev (present->selection);
  g_free (present);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
present (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdSelection *selection = pd_canvas_get_selection (self->canvas);
  struct _PdPresent *present;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (self->present)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") != 0)
    return;
  if (pd_canvas_is_renaming (self->canvas))
    pd_canvas_finish_rename (self->canvas, TRUE);
  present = g_new0 (struct _PdPresent, 1);
  present->presentation = pd_presentation_new (self->document);
  if (present->presentation->steps->len == 0)
    {
      pd_presentation_free (present->presentation);
      g_free (present);
      pd_window_toast (self, _("There are no steps to present"));
      return;
    }
  present->zoom = pd_canvas_get_zoom (self->canvas);
  present->scroll_x = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (
    self->scroller));
  present->scroll_y = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
    self->scroller));
  for (guint i = 0; i < pd_selection_get_length (selection); i++)
    g_strv_builder_add (ids, pd_selection_get_id (selection, i));
  present->selection = g_strv_builder_end (ids);
  present->was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
  present->header_visible = gtk_widget_get_visible (header_bar (self));
  present->hidden = g_ptr_array_new_with_free_func (g_object_unref);
  present->side_visible = gtk_widget_get_visible (side_pane (self));
  self->present = present;
  pd_present_comment_forget (comment_card (self));

  gtk_widget_set_visible (header_bar (self), FALSE);
  /* The palette, and any bar open over the diagram (Find). */
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (
         diagram_overlay (self)));
       child; child = gtk_widget_get_next_sibling (child))
    if (child != diagram_overlay (self) && gtk_widget_get_visible (child))
      {
        g_ptr_array_add (present->hidden, g_object_ref (child));
        gtk_widget_set_visible (child, FALSE);
      }
  gtk_widget_set_visible (side_pane (self), FALSE);
  /* No edits while presenting: the pointer does nothing on the diagram
   * and the keys are the walk's (on_key_pressed). */
  gtk_widget_set_can_target (GTK_WIDGET (self->canvas), FALSE);
  pd_canvas_set_spotlight (self->canvas, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  gtk_widget_set_visible (self->caption, TRUE);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  present->tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->canvas), on_tick, self, NULL);
  go_to (self, 0);
}

/* While a comment is typed its keys are the entry's: all but the window's
 * shortcuts, which would edit or open what presenting hides. */
static gboolean
is_typing_key (guint           keyval,
               GdkModifierType state)
{
  static const guint editing[] = {
    GDK_KEY_a, GDK_KEY_c, GDK_KEY_v, GDK_KEY_x, GDK_KEY_Left, GDK_KEY_Right,
    GDK_KEY_BackSpace, GDK_KEY_Delete, GDK_KEY_Home, GDK_KEY_End,
  };

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    if (keyval == editing[i])
      return TRUE;
  return FALSE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdWindow              *self)
{
  if (self->present == NULL)
    return FALSE;
  if (pd_present_comment_is_open (comment_card (self)))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus && gtk_widget_is_ancestor (focus, self->present_comment))
        return !is_typing_key (keyval, state);
      /* Keys for the card go to it, never to the diagram behind. */
      pd_present_comment_focus (comment_card (self));
      return TRUE;
    }
  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
    case GDK_KEY_KP_Page_Down:
      go_to (self, self->present->at + 1);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
    case GDK_KEY_KP_Page_Up:
      go_to (self, self->present->at - 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      go_to (self, 0);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      go_to (self, (int) self->present->presentation->steps->len - 1);
      break;
    case GDK_KEY_Escape:
      leave (self);
      break;
    case GDK_KEY_n:
    case GDK_KEY_N:
      take_comment (self);
      break;
    case GDK_KEY_F11:
      return FALSE;
    default:
      if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
        choose_way (self, keyval - GDK_KEY_0);
      else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
        choose_way (self, keyval - GDK_KEY_KP_0);
      /* Any other key would edit, or open what presenting hides. */
      break;
    }
  return TRUE;
}

static void
present_key (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  guint keyval = g_variant_get_uint32 (parameter);

  on_key_pressed (NULL, keyval, 0, 0, self);
}

static GtkWidget *
build_caption (PdWindow *self)
{
  GtkWidget *caption = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 36);

  gtk_widget_add_css_class (caption, "presentation-caption");
  gtk_widget_set_valign (caption, GTK_ALIGN_END);
  gtk_widget_set_can_target (caption, FALSE);
  gtk_widget_set_visible (caption, FALSE);
  gtk_box_append (GTK_BOX (caption), top);
  self->caption_title = caption_label (top, "presentation-title");
  gtk_widget_set_hexpand (GTK_WIDGET (self->caption_title), TRUE);
  self->caption_comments = caption_label (top, "presentation-count");
  gtk_label_set_wrap (self->caption_comments, FALSE);
  gtk_widget_set_valign (GTK_WIDGET (self->caption_comments), GTK_ALIGN_START);
  self->caption_count = caption_label (top, "presentation-count");
  gtk_widget_set_valign (GTK_WIDGET (self->caption_count), GTK_ALIGN_START);
  self->caption_text = caption_label (caption, "presentation-text");
  gtk_box_append (GTK_BOX (caption), details);
  gtk_box_append (GTK_BOX (details), who);
  self->caption_swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->caption_swatch), 40);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->caption_swatch), 40);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->caption_swatch), draw_swatch, NULL,
                                  NULL);
  gtk_widget_set_valign (self->caption_swatch, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (who), self->caption_swatch);
  self->caption_agency = caption_label (who, "presentation-detail");
  self->caption_timing = caption_label (details, "presentation-detail");
  self->caption_ways = caption_label (caption, "presentation-ways");
  return caption;
}

void
pd_window_init_present (PdWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->caption = build_caption (self);
  gtk_overlay_add_overlay (GTK_OVERLAY (diagram_overlay (self)), self->caption);
  self->present_comment = pd_present_comment_new ();
  /* In the caption's place, whose step it names, leaving the step in sight. */
  gtk_widget_set_valign (self->present_comment, GTK_ALIGN_END);
  g_signal_connect_object (self->present_comment, "closed", G_CALLBACK (on_comment_closed), self,
                           G_CONNECT_SWAPPED);
  gtk_overlay_add_overlay (GTK_OVERLAY (diagram_overlay (self)), self->present_comment);
  /* Before the canvas's keys and the window's shortcuts. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
pd_window_dispose_present (PdWindow *self)
{
  struct _PdPresent *present = g_steal_pointer (&self->present);

  if (present == NULL)
    return;
  gtk_widget_remove_tick_callback (GTK_WIDGET (self->canvas), present->tick);
  pd_presentation_free (present->presentation);
  g_clear_pointer (&present->hidden, g_ptr_array_unref);
  g_strfreev (present->selection);
  g_free (present);
}

void
pd_window_class_init_present (GtkWidgetClass *widget_class)
{
  /* A toggle whose state is the window's own. */
  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  /* The walk's keys as an action, so that tests can press them. */
  gtk_widget_class_install_action (widget_class, "win.present-key", "u", present_key);
}
