/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Capacity panel's lists and words, made from the figures shown. */
#include <glib/gi18n.h>

#include "pd-agency.h"
#include "pd-capacity-panel-private.h"
#include "pd-capacity-text.h"

/* The list's @index-th row, made when the list is shorter: the rows stay
 * while the pathway keeps its number of steps, and with them the focus. */
static AdwActionRow *
row_at (GtkListBox *list,
        guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);

  if (row == NULL)
    {
      row = GTK_LIST_BOX_ROW (adw_action_row_new ());
      gtk_list_box_append (list, GTK_WIDGET (row));
    }
  return ADW_ACTION_ROW (row);
}

static void
trim_rows (GtkListBox *list,
           guint       n_rows)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, (int) n_rows)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
  gtk_widget_set_visible (GTK_WIDGET (list), n_rows > 0);
}

/* Shown as plain text, and said as @spoken. */
static void
set_row (AdwActionRow *row,
         const char   *title,
         const char   *subtitle,
         const char   *spoken,
         const char   *step_id)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (row, escaped_subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), step_id != NULL);
  g_object_set_data_full (G_OBJECT (row), "step-id", g_strdup (step_id), g_free);
  g_object_set_data_full (G_OBJECT (row), "spoken", g_strdup (spoken), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
}

static const char *
step_title (const PdCapacityStep *step)
{
  const char *title = pd_node_get_title (step->node);

  return title && *title ? title : _("Untitled step");
}

static const char *
availability_label (PdNode *node)
{
  return pd_node_get_availability (node) == PD_AVAILABILITY_PLANNED ? _("Planned")
                                                                     : _("Not offered");
}

void
pd_capacity_panel_fill_people (PdCapacityPanel *self)
{
  double per_wte = pd_capacity_get_hours_per_wte (self->capacity);
  guint n = pd_capacity_get_n_steps (self->capacity);

  for (guint i = 0; i < n; i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (self->capacity, i);
      g_autofree char *people = pd_capacity_text_count (step->people);
      g_autofree char *sessions = pd_capacity_text_count (step->sessions);
      g_autofree char *hours = pd_capacity_text_count (step->hours);
      g_autofree char *wte = pd_capacity_text_wte (step->hours / per_wte);
      g_autofree char *subtitle = NULL;
      /* Translators: a step, its people a year, staff hours a year and WTE. */
      g_autofree char *spoken = g_strdup_printf (_("%s: %s people a year, %s staff hours, %s WTE"),
                                                 step_title (step), people, hours, wte);

      if (step->sessions > 0)
        /* Translators: people a year, sessions a year and staff hours a year at a step. */
        subtitle = g_strdup_printf (_("%s people · %s sessions · %s staff hours"), people,
                                    sessions, hours);
      else
        /* Translators: people a year at a step with no sessions. */
        subtitle = g_strdup_printf (_("%s people"), people);
      if (step->unmet)
        {
          g_autofree char *more = g_strdup_printf ("%s, %s", spoken,
                                                   availability_label (step->node));
          g_free (spoken);
          spoken = g_steal_pointer (&more);
        }
      set_row (row_at (self->people_list, i), step_title (step), subtitle, spoken,
               pd_node_get_id (step->node));
    }
  trim_rows (self->people_list, n);
}

/* The agency @id of the pathway, or of the first of the library's that
 * has one so called. */
static PdAgency *
find_agency (PdCapacityPanel *self,
             const char      *id)
{
  PdAgency *agency = *id && self->document ? pd_document_get_agency (self->document, id) : NULL;

  for (guint i = 0; *id && agency == NULL && self->library
       && i < pd_library_get_n_entries (self->library); i++)
    {
      PdDocument *document = pd_library_entry_get_document (pd_library_get_entry (self->library,
                                                                                  i));
      agency = document ? pd_document_get_agency (document, id) : NULL;
    }
  return agency;
}

static char *
role_title (PdCapacityPanel      *self,
            const PdCapacityRole *role)
{
  PdAgency *agency = find_agency (self, role->agency_id);
  const char *name = *role->role ? role->role : _("No role given");

  if (agency == NULL)
    return g_strdup (name);
  /* Translators: a role and the agency it works for. */
  return g_strdup_printf (_("%s · %s"), name, pd_agency_get_name (agency));
}

/* Hours and WTE; against staff in post where it is given; the waiting
 * list where staff are short; the rest of the need. One line each. */
static char *
role_figures (const PdCapacityRole *role)
{
  GString *text = g_string_new (NULL);
  g_autofree char *hours = pd_capacity_text_count (role->hours);
  g_autofree char *wte = pd_capacity_text_wte (role->wte);

  /* Translators: staff hours a year and whole-time equivalents of a role. */
  g_string_append_printf (text, _("%s hours a year, %s WTE"), hours, wte);
  if (role->has_in_post)
    {
      g_autofree char *in_post = pd_capacity_text_wte (role->in_post);
      g_autofree char *gap = pd_capacity_text_wte (ABS (role->gap));

      g_string_append_c (text, '\n');
      if (role->gap > 0)
        /* Translators: WTE in post, WTE short, and needed as a percentage of those in post. */
        g_string_append_printf (text, _("%s in post, %s short, %.0f%% of those in post"),
                                in_post, gap, role->utilisation * 100);
      else
        g_string_append_printf (text, _("%s in post, %s spare, %.0f%% of those in post"),
                                in_post, gap, role->utilisation * 100);
    }
  if (role->waiting_growth > 0)
    {
      g_autofree char *growth = pd_capacity_text_count (role->waiting_growth);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("The waiting list grows by %s people a year"), growth);
    }
  if (role->unmet_wte > 0)
    {
      g_autofree char *unmet = pd_capacity_text_wte (role->unmet_wte);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s WTE more to offer the steps not offered yet"), unmet);
    }
  return g_string_free (text, FALSE);
}

/* One bar a role, its agencies added together. */
static GArray *
chart_bars (PdCapacity *capacity)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (PdCapacityBar));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    {
      const PdCapacityRole *role = pd_capacity_get_role (capacity, i);
      char *key = pd_capacity_fold_role (role->role);
      gpointer at;
      PdCapacityBar *bar;

      if (role->wte <= 0 && !role->has_in_post)
        {
          g_free (key);
          continue;
        }
      if (!g_hash_table_lookup_extended (index, key, NULL, &at))
        {
          PdCapacityBar fresh = { *role->role ? role->role : _("No role given"), 0, 0, FALSE };

          at = GUINT_TO_POINTER (bars->len);
          g_array_append_val (bars, fresh);
          g_hash_table_insert (index, key, at);
        }
      else
        g_free (key);
      bar = &g_array_index (bars, PdCapacityBar, GPOINTER_TO_UINT (at));
      bar->needed += role->wte;
      bar->in_post += role->in_post;
      bar->has_in_post |= role->has_in_post;
    }
  return bars;
}

/* The whole pathway's staff, over the chart. */
static void
describe_staff (PdCapacityPanel *self)
{
  const PdCapacityTotals *totals = pd_capacity_get_totals (self->capacity);
  g_autofree char *hours = pd_capacity_text_count (totals->hours);
  g_autofree char *wte = pd_capacity_text_wte (totals->wte);
  g_autofree char *in_post = pd_capacity_text_wte (totals->in_post);
  g_autofree char *text = NULL;

  if (totals->hours <= 0)
    text = NULL;
  else if (totals->in_post > 0)
    /* Translators: staff hours a year, WTE needed, WTE in post. */
    text = g_strdup_printf (_("%s staff hours a year at the steps offered: %s WTE, with %s in "
                              "post."), hours, wte, in_post);
  else
    /* Translators: staff hours a year, WTE needed. */
    text = g_strdup_printf (_("%s staff hours a year at the steps offered: %s WTE. No staff in "
                              "post given for the pathway."), hours, wte);
  adw_preferences_group_set_description (self->staff_group, text);
}

void
pd_capacity_panel_fill_staff (PdCapacityPanel *self)
{
  pd_capacity_panel_fill_roles (self, self->capacity, self->chart, self->staff_list);
  describe_staff (self);
}

void
pd_capacity_panel_fill_roles (PdCapacityPanel *self,
                              PdCapacity      *capacity,
                              PdCapacityChart *chart,
                              GtkListBox      *list)
{
  g_autoptr(GArray) bars = chart_bars (capacity);
  guint n = pd_capacity_get_n_roles (capacity);
  guint shown = 0;

  pd_capacity_chart_set_bars (chart, (PdCapacityBar *) (gpointer) bars->data, bars->len);
  for (guint i = 0; i < n; i++)
    {
      const PdCapacityRole *role = pd_capacity_get_role (capacity, i);
      g_autofree char *title = NULL;
      g_autofree char *figures = NULL;
      g_autofree char *spoken = NULL;
      g_auto(GStrv) lines = NULL;

      if (role->hours <= 0 && role->unmet_hours <= 0 && !role->has_in_post)
        continue;
      title = role_title (self, role);
      figures = role_figures (role);
      lines = g_strsplit (figures, "\n", -1);
      {
        g_autofree char *joined = g_strjoinv (", ", lines);
        spoken = g_strdup_printf ("%s: %s", title, joined);
      }
      set_row (row_at (list, shown++), title, figures, spoken, NULL);
    }
  trim_rows (list, shown);
}

static void
describe_unmet (PdCapacityPanel *self,
                double           planned,
                double           not_offered)
{
  const PdCapacityTotals *totals = pd_capacity_get_totals (self->capacity);
  g_autofree char *planned_text = pd_capacity_text_count (planned);
  g_autofree char *not_offered_text = pd_capacity_text_count (not_offered);
  g_autofree char *hours = pd_capacity_text_count (totals->unmet_hours);
  g_autofree char *wte = pd_capacity_text_wte (totals->unmet_wte);
  g_autofree char *text = NULL;

  if (planned <= 0 && not_offered <= 0)
    text = g_strdup (_("Everyone reaches steps offered now."));
  else if (not_offered <= 0)
    /* Translators: people a year at planned steps, and the staff hours and
     * WTE that offering them would take. */
    text = g_strdup_printf (_("Planned: %s people a year. Offering them would take %s staff "
                              "hours a year, %s WTE."), planned_text, hours, wte);
  else if (planned <= 0)
    /* Translators: people a year at steps not offered, and the staff hours
     * and WTE that offering them would take. */
    text = g_strdup_printf (_("Not offered: %s people a year. Offering them would take %s "
                              "staff hours a year, %s WTE."), not_offered_text, hours, wte);
  else
    /* Translators: people a year at planned steps, at steps not offered,
     * and the staff hours and WTE that offering them would take. */
    text = g_strdup_printf (_("Planned: %s people a year. Not offered: %s people a year. "
                              "Offering them would take %s staff hours a year, %s WTE."),
                            planned_text, not_offered_text, hours, wte);
  adw_preferences_group_set_description (self->unmet_group, text);
}

void
pd_capacity_panel_fill_unmet (PdCapacityPanel *self)
{
  double per_wte = pd_capacity_get_hours_per_wte (self->capacity);
  double planned = 0, not_offered = 0;
  guint shown = 0;

  for (guint i = 0; i < pd_capacity_get_n_steps (self->capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (self->capacity, i);
      const char *availability;
      g_autofree char *people = NULL, *hours = NULL, *wte = NULL;
      g_autofree char *subtitle = NULL, *spoken = NULL;

      if (!step->unmet || step->people <= 0)
        continue;
      if (pd_node_get_availability (step->node) == PD_AVAILABILITY_PLANNED)
        planned += step->people;
      else
        not_offered += step->people;
      availability = availability_label (step->node);
      people = pd_capacity_text_count (step->people);
      hours = pd_capacity_text_count (step->hours);
      wte = pd_capacity_text_wte (step->hours / per_wte);
      /* Translators: planned or not offered, people a year, staff hours, WTE. */
      subtitle = g_strdup_printf (_("%s · %s people a year · %s staff hours · %s WTE"),
                                  availability, people, hours, wte);
      spoken = g_strdup_printf (_("%s: %s, %s people a year, %s staff hours, %s WTE"),
                                step_title (step), availability, people, hours, wte);
      set_row (row_at (self->unmet_list, shown++), step_title (step), subtitle, spoken,
               pd_node_get_id (step->node));
    }
  trim_rows (self->unmet_list, shown);
  describe_unmet (self, planned, not_offered);
}

static char *
hours_per_wte_text (PdCapacityPanel *self)
{
  double given = 0;
  double hours = pd_capacity_get_hours_per_wte (self->capacity);
  g_autofree char *figure = g_strdup_printf ("%'g", hours);

  g_object_get (self->document, "hours-per-wte", &given, NULL);
  if (given > 0)
    /* Translators: clinical hours a year. */
    return g_strdup_printf (_("One whole-time equivalent (WTE) gives %s clinical hours a year, "
                              "as the pathway says."), figure);
  /* Translators: clinical hours a year, then how they are made. */
  return g_strdup_printf (_("One whole-time equivalent (WTE) gives %s clinical hours a year: "
                            "37.5 hours a week × 45 working weeks × 60%% of the time with the "
                            "people seen. The pathway can give its own figure."), figure);
}

static char *
referrals_text (PdCapacityPanel *self)
{
  guint file = pd_document_get_referrals_per_year (self->document);
  g_autofree char *given = pd_capacity_text_count (file);
  g_autofree char *tried = pd_capacity_text_count (gtk_spin_button_get_value (self->referrals));

  if (self->what_if)
    /* Translators: the number tried, then the pathway's own. */
    return g_strdup_printf (_("What if %s referrals came a year? The pathway says %s."),
                            tried, given);
  return g_strdup_printf (_("%s referrals a year, as the pathway says."), given);
}

void
pd_capacity_panel_fill_assumptions (PdCapacityPanel *self)
{
  const PdCapacityTotals *totals = pd_capacity_get_totals (self->capacity);
  g_autofree char *per_wte = hours_per_wte_text (self);
  g_autofree char *referrals = referrals_text (self);
  g_autofree char *arrivals = pd_capacity_text_count (totals->arrivals);
  g_autofree char *text = NULL;

  /* Translators: what the referrals are, then people a year arriving in all,
   * then how the figures are made, then what a WTE is. */
  text = g_strdup_printf (_("%s Referrals start at the pathway’s first steps; with any people "
                            "who join part-way, %s people a year arrive.\n\n"
                            "Each transition takes its likelihood of the people at its step; "
                            "ways on with none share what is left equally. Ways on adding up "
                            "to more than 100%% offer several steps at once; at a step marked "
                            "as where the offers come back together those people are counted "
                            "once, as though those offered the less common steps are among "
                            "those offered the more common ones. Sessions a year are "
                            "people × sessions ÷ group size; staff hours are sessions × "
                            "minutes ÷ 60 × staff at each session.\n\n%s"),
                          referrals, arrivals, per_wte);
  gtk_label_set_text (self->assumptions, text);
}
