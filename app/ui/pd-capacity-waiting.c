/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's Waiting section: the discrete-event simulation run
 * in a thread, on a copy of the pathway taken when Simulate is pressed, so
 * that edits meanwhile neither race the run nor change what it reads. */
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pd-capacity-sim.h"
#include "pd-capacity-text.h"
#include "pd-capacity-waiting-private.h"
#include "pd-window-private.h"

/* The least wait shown as more than none: a tenth of a day, rounded. */
#define SHOWN_DAY 0.05


G_DEFINE_FINAL_TYPE (PdCapacityWaiting, pd_capacity_waiting, GTK_TYPE_BOX)

typedef struct {
  PdDocument       *copy;
  PdCapacityOptions capacity_options;
  PdSimOptions      sim_options;
  PdCapacity       *capacity;
  PdCapacitySim    *sim;
} SimJob;

static void
sim_job_free (gpointer data)
{
  SimJob *job = data;

  g_clear_pointer (&job->sim, pd_capacity_sim_free);
  g_clear_pointer (&job->capacity, pd_capacity_free);
  g_clear_object (&job->copy);
  g_free (job);
}

static void
simulate_in_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  SimJob *job = data;
  GError *error = NULL;

  job->capacity = pd_capacity_new (job->copy, &job->capacity_options, &error);
  if (job->capacity)
    job->sim = pd_capacity_sim_run_cancellable (job->capacity, &job->sim_options, cancellable,
                                                &error);
  if (job->sim)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
set_state (PdCapacityWaiting *self,
           const char        *state)
{
  gboolean running = g_str_equal (state, "running");

  self->state = state;
  gtk_widget_set_sensitive (self->simulate, !running && self->document != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), running);
  gtk_spinner_set_spinning (self->spinner, running);
  gtk_widget_set_visible (self->cancel, running);
  gtk_widget_set_visible (GTK_WIDGET (self->results), g_str_equal (state, "results"));
  if (!g_str_equal (state, "results"))
    gtk_widget_set_visible (GTK_WIDGET (self->scale), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->message),
                          g_str_equal (state, "error") || running);
  if (!g_str_equal (state, "results") && !running)
    gtk_widget_set_visible (self->out_of_date, FALSE);
}

static void
clear_rows (PdCapacityWaiting *self)
{
  GtkWidget *row;

  g_clear_pointer (&self->shown_sim, pd_capacity_sim_free);
  g_clear_pointer (&self->shown_capacity, pd_capacity_free);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->results))))
    gtk_list_box_remove (self->results, row);
}

/* A step's queue at the end of each month, and the people at the top of
 * the line: the most at any step listed, so that lines compare. */
typedef struct {
  guint most;
  guint n_months;
  guint months[];
} QueueLine;

/* The queue drawn as a line from none at the bottom to the section's scale
 * at the top. */
static void
draw_queue (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  QueueLine *line = data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA colour;

  gtk_style_context_get_color (style, &colour);
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_set_line_width (cr, 1.5);
  /* Round joins: a mitred spike would stand above its month's figure. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < line->n_months; i++)
    cairo_line_to (cr, (width - 2.0) * i / MAX (line->n_months - 1, 1) + 1,
                   height - 1 - (height - 2.0) * line->months[i] / line->most);
  cairo_stroke (cr);
}

static GtkWidget *
queue_line (const guint *months,
            guint        n_months,
            guint        most)
{
  GtkWidget *area = gtk_drawing_area_new ();
  QueueLine *line = g_malloc (sizeof (QueueLine) + n_months * sizeof (guint));

  line->most = MAX (most, 1);
  line->n_months = n_months;
  memcpy (line->months, months, n_months * sizeof (guint));
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 72);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 24);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (area, _("People waiting, month by month"));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_queue, line, g_free);
  return area;
}

static void
add_row (PdCapacityWaiting *self,
         const char        *title,
         const char        *subtitle,
         const char        *spoken,
         GtkWidget         *suffix)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  g_object_set_data_full (G_OBJECT (row), "spoken", g_strdup (spoken), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  if (suffix)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  gtk_list_box_append (self->results, row);
}

static const char *
step_title (PdNode *node)
{
  const char *title = pd_node_get_title (node);

  return title && *title ? title : _("Untitled step");
}

static guint
waiting_at_end (PdCapacitySim *sim,
                guint          step)
{
  guint n_months = 0;
  const guint *queue = pd_capacity_sim_get_queue (sim, step, &n_months);

  return queue && n_months > 0 ? queue[n_months - 1] : 0;
}

static GtkWidget *
queue_of (PdCapacitySim *sim,
          guint          step,
          guint          most)
{
  guint n_months = 0;
  const guint *queue = pd_capacity_sim_get_queue (sim, step, &n_months);

  return queue && n_months > 1 ? queue_line (queue, n_months, most) : NULL;
}

/* Whether @step has a row of its own: someone waits there. */
static gboolean
has_row (PdCapacitySim *sim,
         guint          step)
{
  double p90 = pd_capacity_sim_get_p90_wait (sim, step);

  return pd_capacity_sim_get_has_queue (sim, step)
         && (p90 >= SHOWN_DAY || waiting_at_end (sim, step) > 0);
}

/* The most people waiting at any step with a line, any month: the top of
 * every line; 0 when no step has one. */
static guint
common_top (PdCapacitySim *sim)
{
  guint most = 0;

  for (guint i = 0; i < pd_capacity_sim_get_n_steps (sim); i++)
    {
      guint n_months = 0;
      const guint *queue = pd_capacity_sim_get_queue (sim, i, &n_months);

      for (guint m = 0; has_row (sim, i) && n_months > 1 && m < n_months; m++)
        most = MAX (most, queue[m]);
    }
  return most;
}

/* Says, under the list and to a screen reader, what the lines' top means. */
static void
show_scale (PdCapacityWaiting *self,
            guint              most)
{
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->scale), most > 0);
  if (most == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->results),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  count = pd_capacity_text_count (most);
  /* Translators: %s is a number of people, the top of every step's line
   * of its queue month by month. */
  text = g_strdup_printf (ngettext ("Queues drawn to one scale: top = %s person",
                                    "Queues drawn to one scale: top = %s people", most),
                          count);
  gtk_label_set_text (self->scale, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static char *
days_text (double days)
{
  /* To a tenth of a day, as pathway capacity --simulate writes it. */
  return isnan (days) ? g_strdup (_("none seen")) : g_strdup_printf ("%.1f", days);
}

/* One row for each step where someone waits, in reading order; the rest
 * named in one line. */
static void
show_results (PdCapacityWaiting *self,
              SimJob            *job)
{
  g_autoptr(GPtrArray) no_wait = g_ptr_array_new ();
  guint most = common_top (job->sim);

  clear_rows (self);
  for (guint i = 0; i < pd_capacity_sim_get_n_steps (job->sim); i++)
    {
      const char *title = step_title (pd_capacity_get_step (job->capacity, i)->node);
      double median = pd_capacity_sim_get_median_wait (job->sim, i);
      double p90 = pd_capacity_sim_get_p90_wait (job->sim, i);
      guint waiting = waiting_at_end (job->sim, i);
      g_autofree char *median_text = NULL;
      g_autofree char *p90_text = NULL;
      g_autofree char *waiting_text = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *spoken = NULL;

      if (!has_row (job->sim, i))
        {
          g_ptr_array_add (no_wait, (gpointer) title);
          continue;
        }
      median_text = days_text (median);
      p90_text = days_text (p90);
      waiting_text = pd_capacity_text_count (waiting);
      /* Translators: waits to the first session at a step, in days, and the
       * people still waiting when the simulation ends. */
      subtitle = g_strdup_printf (_("Median wait %s days, 90%% within %s days; %s waiting at "
                                    "the end"), median_text, p90_text, waiting_text);
      /* Translators: a step's title, then its waits as above. */
      spoken = g_strdup_printf (_("%s: %s"), title, subtitle);
      add_row (self, title, subtitle, spoken, queue_of (job->sim, i, most));
    }
  if (no_wait->len > 0)
    {
      g_autofree char *names = NULL;
      g_autofree char *spoken = NULL;

      g_ptr_array_add (no_wait, NULL);
      names = g_strjoinv (_(", "), (char **) no_wait->pdata);
      /* Translators: %s lists steps' titles. */
      spoken = g_strdup_printf (_("No one waits at: %s"), names);
      add_row (self, _("No Wait"), names, spoken, NULL);
    }
  show_scale (self, most);
  /* Kept for Export Tables. */
  self->shown_capacity = g_steal_pointer (&job->capacity);
  self->shown_sim = g_steal_pointer (&job->sim);
  set_state (self, "results");
}

static void
on_simulated (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  PdCapacityWaiting *self = PD_CAPACITY_WAITING (source);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->running--;
  /* A run cancelled or overtaken by another: its end is not shown. */
  if (cancellable != self->cancellable)
    {
      if (!g_task_propagate_boolean (G_TASK (result), &error)
          && g_error_matches (error, PD_CAPACITY_SIM_ERROR, PD_CAPACITY_SIM_ERROR_CANCELLED))
        self->stopped_early++;
      return;
    }
  g_clear_object (&self->cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: %s is why, as pathway capacity --simulate says it. */
      g_autofree char *text = g_strdup_printf (_("No waits: %s."), error->message);

      gtk_label_set_text (self->message, text);
      set_state (self, "error");
      return;
    }
  show_results (self, g_task_get_task_data (G_TASK (result)));
}

static void
read_sim_options (PdCapacityWaiting *self,
                  PdSimOptions      *options)
{
  options->years = (guint) gtk_spin_button_get_value_as_int (self->years);
  options->seed = (guint64) gtk_spin_button_get_value (self->seed);
  options->arrivals = adw_combo_row_get_selected (self->arrivals) == 1
                      ? PD_SIM_ARRIVALS_FIXED : PD_SIM_ARRIVALS_POISSON;
}

void
pd_capacity_waiting_simulate (PdCapacityWaiting *self)
{
  g_autoptr(GTask) task = NULL;
  SimJob *job;

  g_return_if_fail (PD_IS_CAPACITY_WAITING (self));

  if (self->document == NULL)
    return;
  pd_capacity_waiting_cancel (self);
  job = g_new0 (SimJob, 1);
  job->copy = pd_document_copy (self->document);
  job->capacity_options = self->options;
  read_sim_options (self, &job->sim_options);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_simulated, NULL);
  g_task_set_source_tag (task, pd_capacity_waiting_simulate);
  /* The run's own end, cancelled or not, rather than GTask's word for it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, sim_job_free);
  gtk_label_set_text (self->message, _("Simulating…"));
  gtk_widget_set_visible (self->out_of_date, FALSE);
  set_state (self, "running");
  self->running++;
  g_task_run_in_thread (task, simulate_in_thread);
}

void
pd_capacity_waiting_cancel (PdCapacityWaiting *self)
{
  g_return_if_fail (PD_IS_CAPACITY_WAITING (self));

  if (self->cancellable == NULL)
    return;
  /* The thread stops at its next look; its end is then ignored. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_state (self, "idle");
}

void
pd_capacity_waiting_set_source (PdCapacityWaiting       *self,
                                PdDocument              *document,
                                const PdCapacityOptions *options)
{
  PdCapacityOptions init = PD_CAPACITY_OPTIONS_INIT;

  g_return_if_fail (PD_IS_CAPACITY_WAITING (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  self->options = options ? *options : init;
  if (g_set_object (&self->document, document))
    {
      pd_capacity_waiting_cancel (self);
      clear_rows (self);
      set_state (self, "idle");
      return;
    }
  if (g_str_equal (self->state, "results") || g_str_equal (self->state, "running"))
    gtk_widget_set_visible (self->out_of_date, TRUE);
}

const char *
pd_capacity_waiting_get_state (PdCapacityWaiting *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_WAITING (self), NULL);
  return self->state;
}

gboolean
pd_capacity_waiting_get_out_of_date (PdCapacityWaiting *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_WAITING (self), FALSE);
  return gtk_widget_get_visible (self->out_of_date);
}

const char *
pd_capacity_waiting_get_error (PdCapacityWaiting *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_WAITING (self), NULL);
  return g_str_equal (self->state, "error") ? gtk_label_get_text (self->message) : NULL;
}

GStrv
pd_capacity_waiting_get_row_names (PdCapacityWaiting *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (PD_IS_CAPACITY_WAITING (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->results)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *name = g_object_get_data (G_OBJECT (row), "spoken");

      if (name)
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

/* The arrivals' choice, its position in the list, as the settings and the
 * command line name it. */
static gboolean
arrivals_from_name (GValue   *value,
                    GVariant *variant,
                    gpointer  data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "fixed") ? 1 : 0);
  return TRUE;
}

static GVariant *
arrivals_to_name (const GValue       *value,
                  const GVariantType *type,
                  gpointer            data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "fixed" : "poisson");
}

/* Years, seed and arrivals as last set, in this window and the next. */
static void
remember_options (PdCapacityWaiting *self)
{
  g_autoptr(GSettings) settings = pd_window_settings ();

  if (settings == NULL)
    return;
  g_settings_bind (settings, "simulation-years", self->years, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "simulation-seed", self->seed, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "simulation-arrivals", self->arrivals, "selected",
                                G_SETTINGS_BIND_DEFAULT, arrivals_from_name, arrivals_to_name,
                                NULL, NULL);
}

PdCapacitySim *
pd_capacity_waiting_get_results (PdCapacityWaiting  *self,
                                 PdCapacity        **capacity)
{
  g_return_val_if_fail (PD_IS_CAPACITY_WAITING (self), NULL);
  g_return_val_if_fail (capacity != NULL, NULL);

  *capacity = NULL;
  if (!g_str_equal (self->state, "results") || pd_capacity_waiting_get_out_of_date (self))
    return NULL;
  *capacity = self->shown_capacity;
  return self->shown_sim;
}

static void
pd_capacity_waiting_dispose (GObject *object)
{
  PdCapacityWaiting *self = PD_CAPACITY_WAITING (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_pointer (&self->shown_sim, pd_capacity_sim_free);
  g_clear_pointer (&self->shown_capacity, pd_capacity_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CAPACITY_WAITING);
  G_OBJECT_CLASS (pd_capacity_waiting_parent_class)->dispose (object);
}

static void
pd_capacity_waiting_class_init (PdCapacityWaitingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_capacity_waiting_dispose;
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/pathwaydesigner/Designer/pd-capacity-waiting.ui");
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, years);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, seed);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, arrivals);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, simulate);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, spinner);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, cancel);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, out_of_date);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, message);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, results);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityWaiting, scale);
  gtk_widget_class_bind_template_callback (widget_class, pd_capacity_waiting_simulate);
  gtk_widget_class_bind_template_callback (widget_class, pd_capacity_waiting_cancel);
}

static void
pd_capacity_waiting_init (PdCapacityWaiting *self)
{
  PdCapacityOptions init = PD_CAPACITY_OPTIONS_INIT;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->options = init;
  remember_options (self);
  set_state (self, "idle");
}
