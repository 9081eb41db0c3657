/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Back and Forward: the pathways a window showed before a link step or the
 * Library page took it to another, each with its selected step, zoom and
 * scroll position, as a web browser keeps the pages it came through. */
#include <glib/gi18n.h>

#include "pd-canvas-private.h"
#include "pd-window-private.h"

/* Enough for any walk through a library, and a bound on memory. */
#define MAX_PLACES 50

struct _PdWindowPlace {
  char *path;
  char *step_id;   /* nullable */
  double zoom;
  double scroll_x, scroll_y;
};

static void
place_free (gpointer data)
{
  PdWindowPlace *place = data;

  g_free (place->path);
  g_free (place->step_id);
  g_free (place);
}

/* Where the window is now, or NULL for a pathway that has no file. */
static PdWindowPlace *
place_here (PdWindow *self)
{
  PdSelection *selection = pd_canvas_get_selection (self->canvas);
  PdWindowPlace *place;

  if (self->path == NULL || self->blank)
    return NULL;
  place = g_new0 (PdWindowPlace, 1);
  place->path = g_strdup (self->path);
  place->step_id = g_strdup (pd_selection_get_last (selection));
  place->zoom = pd_canvas_get_zoom (self->canvas);
  place->scroll_x = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (self->scroller));
  place->scroll_y = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
  return place;
}

static void
push (GQueue *places,
      PdWindowPlace  *place)
{
  g_queue_push_head (places, place);
  while (g_queue_get_length (places) > MAX_PLACES)
    place_free (g_queue_pop_tail (places));
}

static void
update_actions (PdWindow *self)
{
  gboolean back = !g_queue_is_empty (&self->back_places);
  gboolean forward = !g_queue_is_empty (&self->forward_places);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-forward", forward);
  /* Shown once there is somewhere to go: most pathways are never left. */
  gtk_widget_set_visible (self->history_buttons, back || forward);
}

PdWindowPlace *
pd_window_history_here (PdWindow *self)
{
  return place_here (self);
}

void
pd_window_history_left (PdWindow *self,
                        PdWindowPlace    *place)
{
  if (place == NULL)
    return;
  if (g_strcmp0 (place->path, self->path) == 0)
    {
      place_free (place);
      return;
    }
  push (&self->back_places, place);
  g_queue_clear_full (&self->forward_places, place_free);
  update_actions (self);
}

void
pd_window_history_free_place (PdWindowPlace *place)
{
  if (place)
    place_free (place);
}

/* The zoom and scroll position @place was left at, once the pathway is
 * laid out at its size. */
static void
restore_view (PdWindow *self,
              PdWindowPlace    *place)
{
  pd_canvas_set_zoom (self->canvas, place->zoom);
  pd_canvas_scroll_to (self->canvas, place->scroll_x, place->scroll_y);
}

/* One place back (@from the back places) or forward. */
static void
go (PdWindow *self,
    GQueue   *from,
    GQueue   *to)
{
  PdWindowPlace *place = g_queue_pop_head (from);
  PdWindowPlace *here;

  if (place == NULL)
    return;
  here = place_here (self);
  if (!pd_window_show_path (self, place->path, place->step_id))
    {
      /* Gone or broken since: the toast said why; the place is dropped. */
      pd_window_history_free_place (here);
      place_free (place);
      update_actions (self);
      return;
    }
  restore_view (self, place);
  place_free (place);
  if (here)
    push (to, here);
  update_actions (self);
}

typedef struct {
  PdWindow *window;
  gboolean back;
} Pending;

static void
pending_free (gpointer  data,
              GClosure *closure)
{
  Pending *pending = data;

  g_object_unref (pending->window);
  g_free (pending);
}

static void
go_now (PdWindow *self,
        gboolean  back)
{
  if (back)
    go (self, &self->back_places, &self->forward_places);
  else
    go (self, &self->forward_places, &self->back_places);
}

static void
on_save_response (AdwMessageDialog *dialog,
                  const char       *response,
                  Pending          *pending)
{
  /* Saving that needs the user (a name, a conflict) leaves the pathway
   * shown, as opening from the library does. */
  if (g_str_equal (response, "discard")
      || (g_str_equal (response, "save") && pd_window_save (pending->window)))
    go_now (pending->window, pending->back);
}

static void
go_asking (PdWindow *self,
           gboolean  back)
{
  Pending *pending;
  GtkWidget *dialog;

  if (!pd_document_get_modified (self->document))
    {
      go_now (self, back);
      return;
    }
  pending = g_new0 (Pending, 1);
  pending->window = g_object_ref (self);
  pending->back = back;
  dialog = pd_save_changes_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                       _("The pathway has changes that are not saved. "
                                         "Save them before opening another pathway?"),
                                       _("_Discard"), _("_Save"));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_save_response), pending,
                         pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
go_back (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  go_asking (PD_WINDOW (widget), TRUE);
}

static void
go_forward (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  go_asking (PD_WINDOW (widget), FALSE);
}

/* Alt+Left, Alt+Right: where there is no place that way, the diagram's
 * walk had nowhere to go either, and says so. */
static gboolean
go_by_key (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  PdWindow *self = PD_WINDOW (widget);
  gboolean back = g_variant_get_boolean (args);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!g_queue_is_empty (back ? &self->back_places : &self->forward_places))
    {
      go_asking (self, back);
      return TRUE;
    }
  if (focus == GTK_WIDGET (self->canvas))
    {
      gtk_widget_error_bell (focus);
      return TRUE;
    }
  return FALSE;
}

/* The mouse's back and forward buttons, as in a web browser. */
static void
on_side_button (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                PdWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-forward", NULL);
}

void
pd_window_init_history (PdWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_queue_init (&self->back_places);
  g_queue_init (&self->forward_places);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_side_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  update_actions (self);
}

void
pd_window_dispose_history (PdWindow *self)
{
  g_queue_clear_full (&self->back_places, place_free);
  g_queue_clear_full (&self->forward_places, place_free);
}

guint
pd_window_get_n_places (PdWindow *self,
                        gboolean  back)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), 0);
  return g_queue_get_length (back ? &self->back_places : &self->forward_places);
}

void
pd_window_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PdWindow, history_buttons);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "win.go-forward", NULL, go_forward);
  /* After the focused widget's own keys: on the diagram, Alt+Left and
   * Alt+Right walk its transitions, and come here only from a step with
   * none that way. Ctrl+[ and Ctrl+] go back and forward from anywhere. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, go_by_key, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, go_by_key, "b",
                                FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK,
                                       "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK,
                                       "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.go-forward", NULL);
}
