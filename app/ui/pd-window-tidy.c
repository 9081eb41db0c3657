/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tidy: the layered layout with agency lanes, one undo step. A large
 * pathway, or any fitted to a page, is laid out in a thread, on a copy of
 * the document, while the window shows progress (after a moment) and a
 * Cancel button; a usual one at once. Also the
 * Arrange menu's settings for it (lanes, spacing) and Draw Transitions. */
#include <glib/gi18n.h>

#include "pd-enums.h"
#include "pd-layout.h"
#include "pd-people-flow.h"
#include "pd-window-private.h"

/* Pathways up to this many steps are tidied at once: it takes less than a
 * moment. */
#define TIDY_AT_ONCE_STEPS 300
/* Progress shows when a tidy has taken this long. */
#define PROGRESS_DELAY_MS 300

/* Room between steps, as the Arrange menu names it. */
/* Width over height of an A-series page, landscape. */
#define FIT_PAGE_ASPECT G_SQRT2

static const struct {
  const char *name;
  double      scale;
} spacings[] = {
  { "compact", 0.75 },
  { "usual", 1.0 },
  { "roomy", 1.5 },
};

void
pd_window_get_tidy_options (PdWindow        *self,
                            PdLayoutOptions *options)
{
  g_autoptr(GVariant) lanes = g_action_group_get_action_state (G_ACTION_GROUP (self),
                                                               "tidy-lanes");
  g_autoptr(GVariant) spacing = g_action_group_get_action_state (G_ACTION_GROUP (self),
                                                                 "tidy-spacing");
  g_autoptr(GVariant) details = g_action_group_get_action_state (G_ACTION_GROUP (self),
                                                                 "show-details");
  PdLayoutOptions defaults = PD_LAYOUT_OPTIONS_DEFAULT;

  *options = defaults;
  options->lanes = lanes == NULL || g_variant_get_boolean (lanes);
  /* Room for the details the diagram shows. */
  options->details = details && g_variant_get_boolean (details);
  for (guint i = 0; spacing && i < G_N_ELEMENTS (spacings); i++)
    if (g_str_equal (g_variant_get_string (spacing, NULL), spacings[i].name))
      {
        options->rank_gap *= spacings[i].scale;
        options->node_gap *= spacings[i].scale;
        options->lane_gap *= spacings[i].scale;
      }
}

typedef struct {
  PdDocument      *document;   /* the window's, when the tidy began */
  guint64          changes;    /* its history's count of changes then */
  PdDocument      *copy;       /* laid out in the thread */
  PdLayoutOptions  options;
  gboolean         flow;       /* room for people a year, worked out in the thread */
  PdLayoutOutcome  outcome;
} TidyJob;

/* A toast that stays until it is closed, time to reach its @button (for
 * @action) from the keyboard, its @text in full on two lines where the
 * window is narrow or the text large, rather than cut short. It gives
 * way to the next tidy's. */
static void
add_lasting_toast (PdWindow   *self,
                   const char *text,
                   const char *button,
                   const char *action)
{
  AdwToast *toast = adw_toast_new (text);
  GtkWidget *title = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 28);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  adw_toast_set_custom_title (toast, title);
  adw_toast_set_button_label (toast, button);
  adw_toast_set_action_name (toast, action);
  adw_toast_set_timeout (toast, 0);
  g_set_weak_pointer (&self->tidy_lanes_toast, toast);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Says what Tidy did, in a toast and to a screen reader on the diagram:
 * how many steps moved and how many transitions cross; or that the steps
 * stayed where they were, as a tidy would cross more; or that the lanes
 * cost crossings, with a button (and Shift+Ctrl+N) to tidy without them
 * instead. A fit to a page (@options' aspect) keeps its rows whatever
 * they cross: when it crosses more than the steps did where they stood,
 * it says how many they crossed, and in lanes offers to fit the page
 * without them (without lanes five of the six examples fitted cross
 * fewer, and all are drawn larger). */
static void
report_outcome (PdWindow              *self,
                const PdLayoutOptions *options,
                const PdLayoutOutcome *outcome)
{
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;
  gboolean fit_crosses_more = FALSE;

  /* What the last tidy said no longer holds, nor hides what this one says. */
  if (self->tidy_lanes_toast)
    adw_toast_dismiss (self->tidy_lanes_toast);
  if (outcome->kept)
    text = g_strdup (_("Tidy would cross more transitions: the steps stay where they are"));
  else if (outcome->lanes_added == 0)
    {
      g_autofree char *steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step moved",
                                                             "%u steps moved", outcome->moved),
                                                outcome->moved);
      g_autofree char *crossings = NULL;

      fit_crosses_more = options->aspect > 0 && outcome->after > outcome->before
                         && !outcome->before_more;
      if (fit_crosses_more)
        /* TRANSLATORS: "19 crossings, 4 before": a fit to a page's rows
         * cross more transitions than the steps did where they stood. */
        crossings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u crossing, %u before",
                                                  "%u crossings, %u before", outcome->after),
                                     outcome->after, outcome->before);
      else
        crossings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u crossing",
                                                  "%u crossings", outcome->after),
                                     outcome->after);

      /* TRANSLATORS: "Tidied: 3 steps moved, 4 crossings" */
      text = g_strdup_printf (_("Tidied: %s, %s"), steps, crossings);
    }
  if (text && fit_crosses_more && options->lanes)
    {
      add_lasting_toast (self, text, _("Fit Without Lanes"), "win.tidy-without-lanes");
      /* TRANSLATORS: after "Tidied: 22 steps moved, 19 crossings, 4 before" */
      spoken = g_strdup_printf ("%s. %s", text, _("Shift+Ctrl+N fits the page without lanes."));
      pd_canvas_announce (self->canvas, spoken);
      return;
    }
  if (text)
    {
      /* A sentence before what the diagram says of the pathway. */
      spoken = g_strconcat (text, ".", NULL);
      pd_window_toast (self, text);
      pd_canvas_announce (self->canvas, spoken);
      return;
    }
  if (outcome->without_lanes == G_MAXUINT)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Lanes add %u crossing",
                                         "Lanes add %u crossings",
                                         outcome->lanes_added),
                            outcome->lanes_added);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Lanes add %u crossing; Tidy without lanes gives %u",
                                         "Lanes add %u crossings; Tidy without lanes gives %u",
                                         outcome->lanes_added),
                            outcome->lanes_added, outcome->without_lanes);
  add_lasting_toast (self, text, _("Tidy Without Lanes"), "win.tidy-without-lanes");
  /* TRANSLATORS: after "Lanes add 9 crossings; Tidy without lanes gives 4" */
  spoken = g_strdup_printf ("%s. %s", text, _("Shift+Ctrl+N tidies without lanes."));
  pd_canvas_announce (self->canvas, spoken);
}

static void
tidy_job_free (gpointer data)
{
  TidyJob *job = data;

  g_clear_object (&job->document);
  g_clear_object (&job->copy);
  g_free (job);
}

static void
tidy_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  TidyJob *job = data;
  g_autoptr(PdSceneFlow) flow = job->flow ? pd_people_flow_new (job->copy, NULL) : NULL;

  job->options.flow = flow;
  pd_layout_tidy (job->copy, &job->options, &job->outcome);
  job->options.flow = NULL;
  g_task_return_pointer (task, g_steal_pointer (&job->copy), g_object_unref);
}

static void
show_progress (PdWindow *self,
               gboolean  shown)
{
  gtk_revealer_set_reveal_child (self->tidy_progress, shown);
  gtk_spinner_set_spinning (self->tidy_spinner, shown);
}

static gboolean
on_progress_delay (gpointer data)
{
  PdWindow *self = data;

  self->tidy_progress_source = 0;
  show_progress (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* The canvas, palette and side pane take no edits while a tidy runs; the
 * progress, over the canvas, stays live. */
static void
set_editable (PdWindow *self,
              gboolean  editable)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->scroller), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->palette), editable);
  gtk_widget_set_sensitive (self->side_pane, editable);
}

/* Back to editing: the progress goes, the canvas and panels return. */
static void
tidy_finished (PdWindow *self)
{
  g_clear_handle_id (&self->tidy_progress_source, g_source_remove);
  g_clear_object (&self->tidy_cancellable);
  show_progress (self, FALSE);
  set_editable (self, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tidy", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tidy-cancel", FALSE);
}

/* A tidy in lanes that moved steps (the pathway's history at @before
 * then): Tidy Without Lanes takes it back while nothing changed since,
 * so that it tidies the steps from where they stood, as a tidy without
 * lanes in the first place would (a fit to a page starts from them). */
static void
remember_lanes_tidy (PdWindow              *self,
                     const PdLayoutOptions *options,
                     guint64                before)
{
  guint64 now = pd_history_get_changes (pd_document_get_history (self->document));

  self->tidy_lanes_changes = options->lanes && now != before ? now : G_MAXUINT64;
}

static gboolean
still_the_same (PdWindow   *self,
                PdDocument *document,
                guint64     changes)
{
  return self->document == document
         && pd_history_get_changes (pd_document_get_history (document)) == changes;
}

static void
on_tidied (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  PdWindow *self = PD_WINDOW (source);
  TidyJob *job = g_task_get_task_data (G_TASK (result));
  /* Let go here, in the main thread, whichever thread frees the job. */
  g_autoptr(PdDocument) document = g_steal_pointer (&job->document);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDocument) copy = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled: the window went back to editing already. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tidy_finished (self);
  if (copy == NULL)
    {
      pd_window_toast (self, error->message);
      return;
    }
  /* Edited meanwhile (by a shortcut: the canvas was not editable): the
   * places were found for a pathway that is no longer there. */
  if (!still_the_same (self, document, job->changes))
    {
      pd_window_toast (self, _("The pathway changed while it was tidied: nothing was moved"));
      return;
    }
  if (!job->outcome.kept)
    pd_layout_apply_from (self->document, copy, &job->options);
  remember_lanes_tidy (self, &job->options, job->changes);
  pd_canvas_zoom_to_fit (self->canvas);
  report_outcome (self, &job->options, &job->outcome);
}

static void
tidy (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdLayoutOptions options;
  PdLayoutOutcome outcome;
  g_autoptr(GVariant) shown = g_action_group_get_action_state (G_ACTION_GROUP (self), "show-flow");
  gboolean flow = shown && g_variant_get_boolean (shown);
  guint n = g_list_model_get_n_items (pd_document_get_nodes (self->document));
  g_autoptr(GTask) task = NULL;
  g_autofree char *text = NULL;
  TidyJob *job;

  if (self->tidy_cancellable)
    return;
  pd_window_get_tidy_options (self, &options);
  self->tidy_target = "left-right";
  if (parameter && g_str_equal (g_variant_get_string (parameter, NULL), "top-bottom"))
    {
      options.direction = PD_LAYOUT_TOP_BOTTOM;
      self->tidy_target = "top-bottom";
    }
  /* Fit to Page: rows that fill an A4 or A3 page, landscape. */
  if (parameter && g_str_equal (g_variant_get_string (parameter, NULL), "fit-page"))
    {
      options.aspect = FIT_PAGE_ASPECT;
      self->tidy_target = "fit-page";
    }
  /* A fit to a page draws the layouts it weighs, a second's work even for
   * a small pathway: in the thread too, the window live meanwhile. */
  if (n <= TIDY_AT_ONCE_STEPS && options.aspect <= 0)
    {
      /* Room for people a year in the labels, when they are shown. */
      g_autoptr(PdSceneFlow) people = flow ? pd_people_flow_new (self->document, NULL) : NULL;
      guint64 before = pd_history_get_changes (pd_document_get_history (self->document));

      options.flow = people;
      pd_layout_tidy (self->document, &options, &outcome);
      remember_lanes_tidy (self, &options, before);
      pd_canvas_zoom_to_fit (self->canvas);
      report_outcome (self, &options, &outcome);
      return;
    }

  job = g_new0 (TidyJob, 1);
  job->document = g_object_ref (self->document);
  job->changes = pd_history_get_changes (pd_document_get_history (self->document));
  job->copy = pd_document_copy (self->document);
  job->options = options;
  job->flow = flow;
  self->tidy_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->tidy_cancellable, on_tidied, NULL);
  g_task_set_source_tag (task, tidy);
  g_task_set_task_data (task, job, tidy_job_free);
  /* The pathway stays as it is until the tidy is done or cancelled. */
  set_editable (self, FALSE);
  gtk_widget_action_set_enabled (widget, "win.tidy", FALSE);
  gtk_widget_action_set_enabled (widget, "win.tidy-cancel", TRUE);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tidying %'u step…", "Tidying %'u steps…", n),
                          n);
  gtk_label_set_text (self->tidy_label, text);
  self->tidy_progress_source = g_timeout_add (PROGRESS_DELAY_MS, on_progress_delay, self);
  g_task_run_in_thread (task, tidy_in_thread);
}

/* The toast's button, Arrange ▸ Tidy Without Lanes: the last tidy with
 * lanes taken back (when it is still the last change), lanes off in the Arrange
 * menu, and tidied again as it was (left to right, top to bottom or to
 * fit a page). */
static void
tidy_without_lanes (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdHistory *history = pd_document_get_history (self->document);

  if (self->tidy_cancellable)
    return;
  if (pd_history_get_changes (history) == self->tidy_lanes_changes)
    pd_document_undo (self->document);
  g_action_group_change_action_state (G_ACTION_GROUP (self), "tidy-lanes",
                                      g_variant_new_boolean (FALSE));
  gtk_widget_activate_action (widget, "win.tidy", "s", self->tidy_target);
}

static void
tidy_cancel (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (self->tidy_cancellable == NULL)
    return;
  /* The thread finishes on its own; its result is not used. */
  g_cancellable_cancel (self->tidy_cancellable);
  tidy_finished (self);
}

void
pd_window_dispose_tidy (PdWindow *self)
{
  if (self->tidy_cancellable)
    g_cancellable_cancel (self->tidy_cancellable);
  g_clear_handle_id (&self->tidy_progress_source, g_source_remove);
  g_clear_object (&self->tidy_cancellable);
  g_clear_weak_pointer (&self->tidy_lanes_toast);
}

static void
option_changed (GSimpleAction *action,
                GVariant      *state,
                gpointer       data)
{
  g_simple_action_set_state (action, state);
}

/* Draw Transitions (Arrange menu): the pathway's routing, one undo step. */
static void
routing_chosen (GSimpleAction *action,
                GVariant      *state,
                gpointer       data)
{
  PdWindow *self = data;
  int routing;

  if (self->document == NULL
      || !pd_enum_from_string (PD_TYPE_ROUTING, g_variant_get_string (state, NULL), &routing))
    return;
  /* The state follows the document (see routing_changed). */
  pd_document_set (self->document, G_OBJECT (self->document), "routing", routing, NULL);
}

static void
routing_changed (PdWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "routing");
  PdRouting routing;

  g_object_get (self->document, "routing", &routing, NULL);
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (pd_enum_to_string (PD_TYPE_ROUTING, routing)));
}

void
pd_window_set_document_tidy (PdWindow *self)
{
  routing_changed (self);
}

void
pd_window_init_tidy (PdWindow *self)
{
  static const GActionEntry entries[] = {
    { "tidy-lanes", NULL, NULL, "true", option_changed },
    { "tidy-spacing", NULL, "s", "'usual'", option_changed },
    { "routing", NULL, "s", "'direct'", routing_chosen },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tidy-cancel", FALSE);
  self->tidy_lanes_changes = G_MAXUINT64;
  self->tidy_target = "left-right";
  g_signal_group_connect_swapped (self->document_signals, "notify::routing",
                                  G_CALLBACK (routing_changed), self);
}

void
pd_window_class_init_tidy (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.tidy", "s", tidy);
  gtk_widget_class_install_action (widget_class, "win.tidy-cancel", NULL, tidy_cancel);
  gtk_widget_class_install_action (widget_class, "win.tidy-without-lanes", NULL,
                                   tidy_without_lanes);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, tidy_progress);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, tidy_spinner);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, tidy_label);
}
