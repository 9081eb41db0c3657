/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The text and JSON reports of `pathway capacity`. */
#include <glib/gi18n.h>

#include "pathway-capacity.h"
#include "pd-json.h"

/* ---- Text: columns a person reads ---- */

#define NAME_WIDTH 34
#define AGENCY_WIDTH 14
#define NUMBER_WIDTH 15

void
pd_capacity_append_cell (GString    *out,
                         const char *text,
                         guint       width,
                         gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *cut = NULL;

  if (length > (glong) width)
    {
      cut = g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (text, width - 1) - text),
                             text);
      text = cut;
      length = width;
    }
  if (!right)
    g_string_append (out, text);
  for (glong i = length; i < (glong) width; i++)
    g_string_append_c (out, ' ');
  if (right)
    g_string_append (out, text);
  g_string_append_c (out, ' ');
}

static void
number (GString *out,
        int      decimals,
        double   value)
{
  g_autofree char *text = g_strdup_printf ("%.*f", decimals, value);
  pd_capacity_append_cell (out, text, NUMBER_WIDTH, TRUE);
}

void
pd_capacity_end_line (GString *out)
{
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

static const char *
role_name (const char *role)
{
  return role[0] ? role : _("(no role)");
}

static const char *
step_name (PdNode *node)
{
  return pd_node_get_title (node) ? pd_node_get_title (node) : pd_node_get_id (node);
}

static void
write_steps (GString    *out,
             PdCapacity *capacity)
{
  g_string_append (out, "  ");
  pd_capacity_append_cell (out, _("Step"), NAME_WIDTH, FALSE);
  pd_capacity_append_cell (out, _("people a year"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("sessions a year"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("hours a year"), NUMBER_WIDTH, TRUE);
  pd_capacity_end_line (out);
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

      if (step->unmet)
        continue;
      g_string_append (out, "  ");
      pd_capacity_append_cell (out, step_name (step->node), NAME_WIDTH, FALSE);
      number (out, 1, step->people);
      number (out, 1, step->sessions);
      number (out, 1, step->hours);
      pd_capacity_end_line (out);
    }
}

static void
write_unmet (GString    *out,
             PdCapacity *capacity)
{
  double hours_per_wte = pd_capacity_get_hours_per_wte (capacity);
  gboolean any = FALSE;

  g_string_append_printf (out, "\n  %s\n", _("Unmet need (planned and not-offered steps)"));
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

      if (!step->unmet)
        continue;
      if (!any)
        {
          g_string_append (out, "  ");
          pd_capacity_append_cell (out, _("Step"), NAME_WIDTH, FALSE);
          pd_capacity_append_cell (out, _("people a year"), NUMBER_WIDTH, TRUE);
          pd_capacity_append_cell (out, _("hours a year"), NUMBER_WIDTH, TRUE);
          pd_capacity_append_cell (out, _("WTE"), NUMBER_WIDTH, TRUE);
          pd_capacity_end_line (out);
          any = TRUE;
        }
      g_string_append (out, "  ");
      pd_capacity_append_cell (out, step_name (step->node), NAME_WIDTH, FALSE);
      number (out, 1, step->people);
      number (out, 1, step->hours);
      number (out, 2, step->hours / hours_per_wte);
      pd_capacity_end_line (out);
    }
  if (!any)
    g_string_append_printf (out, "  %s\n", _("None: every step is offered."));
}

static void
write_roles (GString    *out,
             PdCapacity *capacity)
{
  g_string_append (out, "  ");
  pd_capacity_append_cell (out, _("Role"), NAME_WIDTH, FALSE);
  pd_capacity_append_cell (out, _("Agency"), AGENCY_WIDTH, FALSE);
  pd_capacity_append_cell (out, _("hours a year"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("WTE"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("unmet WTE"), NUMBER_WIDTH, TRUE);
  pd_capacity_end_line (out);
  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    {
      const PdCapacityRole *row = pd_capacity_get_role (capacity, i);

      g_string_append (out, "  ");
      pd_capacity_append_cell (out, role_name (row->role), NAME_WIDTH, FALSE);
      pd_capacity_append_cell (out, row->agency_id, AGENCY_WIDTH, FALSE);
      number (out, 1, row->hours);
      number (out, 2, row->wte);
      number (out, 2, row->unmet_wte);
      pd_capacity_end_line (out);
    }
}

static void
write_staffing (GString    *out,
                PdCapacity *capacity)
{
  gboolean any = FALSE;

  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    any |= pd_capacity_get_role (capacity, i)->has_in_post;
  if (!any)
    return;
  g_string_append_printf (out, "\n  %s\n  ", _("Staffing against staff in post"));
  pd_capacity_append_cell (out, _("Role"), NAME_WIDTH, FALSE);
  pd_capacity_append_cell (out, _("Agency"), AGENCY_WIDTH, FALSE);
  pd_capacity_append_cell (out, _("WTE in post"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("gap WTE"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("utilisation"), NUMBER_WIDTH, TRUE);
  pd_capacity_append_cell (out, _("waiting +/year"), NUMBER_WIDTH, TRUE);
  pd_capacity_end_line (out);
  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    {
      const PdCapacityRole *row = pd_capacity_get_role (capacity, i);
      g_autofree char *gap = NULL, *busy = NULL;

      if (!row->has_in_post)
        continue;
      g_string_append (out, "  ");
      pd_capacity_append_cell (out, role_name (row->role), NAME_WIDTH, FALSE);
      pd_capacity_append_cell (out, row->agency_id, AGENCY_WIDTH, FALSE);
      number (out, 2, row->in_post);
      gap = g_strdup_printf ("%+.2f", row->gap);
      pd_capacity_append_cell (out, gap, NUMBER_WIDTH, TRUE);
      busy = row->in_post > 0 ? g_strdup_printf ("%.0f%%", row->utilisation * 100)
                              : g_strdup ("—");
      pd_capacity_append_cell (out, busy, NUMBER_WIDTH, TRUE);
      number (out, 1, row->waiting_growth);
      pd_capacity_end_line (out);
    }
  g_string_append_printf (out, "  %s\n",
                          _("(waiting +/year: people a year the waiting list grows by where "
                            "fewer hours are in post than needed)"));
}

static void
write_totals (GString    *out,
              PdCapacity *capacity)
{
  const PdCapacityTotals *totals = pd_capacity_get_totals (capacity);

  g_string_append_printf (out, "\n  ");
  g_string_append_printf (out, _("Total: %.1f hours a year, %.2f WTE; unmet need: %.1f people "
                                 "a year, %.1f hours a year, %.2f WTE"),
                          totals->hours, totals->wte, totals->unmet_people,
                          totals->unmet_hours, totals->unmet_wte);
  g_string_append_c (out, '\n');
}

void
pd_capacity_write_text (GString                *out,
                        const PdCapacityReport *reports,
                        guint                   n_reports,
                        PdCapacity             *sum)
{
  for (guint r = 0; r < n_reports; r++)
    {
      PdCapacity *capacity = reports[r].capacity;
      PdDocument *document = pd_capacity_get_document (capacity);
      const char *title = pd_document_get_title (document);

      if (r > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s (%s)\n  ", title && *title ? title : reports[r].file,
                              reports[r].file);
      g_string_append_printf (out, _("%.1f people a year arrive; %.1f clinical hours a year "
                                     "make one WTE"),
                              pd_capacity_get_totals (capacity)->arrivals,
                              pd_capacity_get_hours_per_wte (capacity));
      g_string_append (out, "\n\n");
      write_steps (out, capacity);
      g_string_append_c (out, '\n');
      write_roles (out, capacity);
      write_unmet (out, capacity);
      write_staffing (out, capacity);
      write_totals (out, capacity);
    }
  if (n_reports < 2)
    return;
  g_string_append_printf (out, "\n%s\n", _("All pathways, one workforce"));
  write_roles (out, sum);
  write_staffing (out, sum);
  write_totals (out, sum);
}

/* ---- JSON ---- */

static void
json_member (GString    *out,
             const char *name,
             double      value,
             gboolean    last)
{
  g_string_append_printf (out, "\"%s\": ", name);
  pd_capacity_append_number (out, value);
  g_string_append (out, last ? "" : ", ");
}

static void
json_roles (GString    *out,
            PdCapacity *capacity)
{
  g_string_append (out, "\"roles\": [");
  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    {
      const PdCapacityRole *row = pd_capacity_get_role (capacity, i);

      g_string_append (out, i ? ",\n      { \"role\": " : "\n      { \"role\": ");
      pd_json_append_string (out, row->role);
      g_string_append (out, ", \"agency\": ");
      pd_json_append_string (out, row->agency_id);
      g_string_append (out, ", ");
      json_member (out, "people_per_year", row->people, FALSE);
      json_member (out, "staff_hours_per_year", row->hours, FALSE);
      json_member (out, "wte", row->wte, FALSE);
      json_member (out, "unmet_people_per_year", row->unmet_people, FALSE);
      json_member (out, "unmet_staff_hours_per_year", row->unmet_hours, FALSE);
      json_member (out, "unmet_wte", row->unmet_wte, !row->has_in_post);
      if (row->has_in_post)
        {
          json_member (out, "wte_in_post", row->in_post, FALSE);
          json_member (out, "gap_wte", row->gap, FALSE);
          json_member (out, "utilisation", row->utilisation, FALSE);
          json_member (out, "waiting_growth_per_year", row->waiting_growth, TRUE);
        }
      g_string_append (out, " }");
    }
  g_string_append (out, " ]");
}

static void
json_totals (GString    *out,
             PdCapacity *capacity)
{
  const PdCapacityTotals *t = pd_capacity_get_totals (capacity);

  g_string_append (out, "\"totals\": { ");
  json_member (out, "arrivals_per_year", t->arrivals, FALSE);
  json_member (out, "sessions_per_year", t->sessions, FALSE);
  json_member (out, "staff_hours_per_year", t->hours, FALSE);
  json_member (out, "wte", t->wte, FALSE);
  json_member (out, "unmet_people_per_year", t->unmet_people, FALSE);
  json_member (out, "unmet_staff_hours_per_year", t->unmet_hours, FALSE);
  json_member (out, "unmet_wte", t->unmet_wte, FALSE);
  json_member (out, "wte_in_post", t->in_post, FALSE);
  json_member (out, "waiting_growth_per_year", t->waiting_growth, TRUE);
  g_string_append (out, " }");
}

static void
json_step (GString              *out,
           const PdCapacityStep *step)
{
  g_string_append (out, "{ \"id\": ");
  pd_json_append_string (out, pd_node_get_id (step->node));
  g_string_append (out, ", \"title\": ");
  pd_json_append_string (out, pd_node_get_title (step->node));
  g_string_append (out, ", \"agency\": ");
  pd_json_append_string (out, pd_node_get_agency_id (step->node));
  g_string_append (out, ", \"availability\": ");
  pd_json_append_string (out, pd_enum_to_string (PD_TYPE_AVAILABILITY,
                                                 pd_node_get_availability (step->node)));
  g_string_append (out, ", ");
  json_member (out, "arrivals_per_year", step->arrivals, FALSE);
  json_member (out, "people_per_year", step->people, FALSE);
  json_member (out, "sessions_per_year", step->sessions, FALSE);
  json_member (out, "staff_hours_per_year", step->hours, FALSE);
  g_string_append_printf (out, "\"unmet\": %s, \"roles\": [", step->unmet ? "true" : "false");
  for (guint w = 0; w < step->n_work; w++)
    {
      g_string_append (out, w ? ", { \"role\": " : " { \"role\": ");
      pd_json_append_string (out, step->work[w].role);
      g_string_append (out, ", ");
      json_member (out, "share", step->work[w].share, FALSE);
      json_member (out, "staff_hours_per_year", step->work[w].hours, TRUE);
      g_string_append (out, " }");
    }
  g_string_append (out, " ] }");
}

static void
json_pathway (GString                *out,
              const PdCapacityReport *report)
{
  PdCapacity *capacity = report->capacity;

  g_string_append (out, "    { \"file\": ");
  pd_json_append_string (out, report->file);
  g_string_append (out, ", \"title\": ");
  pd_json_append_string (out, pd_document_get_title (pd_capacity_get_document (capacity)));
  g_string_append (out, ", ");
  json_member (out, "hours_per_wte", pd_capacity_get_hours_per_wte (capacity), FALSE);
  g_string_append (out, "\n      \"steps\": [");
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      g_string_append (out, i ? ",\n        " : "\n        ");
      json_step (out, pd_capacity_get_step (capacity, i));
    }
  g_string_append (out, " ],\n      \"transitions\": [");
  for (guint i = 0; i < pd_capacity_get_n_flows (capacity); i++)
    {
      const PdCapacityFlow *flow = pd_capacity_get_flow (capacity, i);

      g_string_append (out, i ? ",\n        { \"id\": " : "\n        { \"id\": ");
      pd_json_append_string (out, pd_edge_get_id (flow->edge));
      g_string_append (out, ", \"from\": ");
      pd_json_append_string (out, pd_edge_get_from_id (flow->edge));
      g_string_append (out, ", \"to\": ");
      pd_json_append_string (out, pd_edge_get_to_id (flow->edge));
      g_string_append (out, ", ");
      json_member (out, "share", flow->share, FALSE);
      json_member (out, "people_per_year", flow->people, TRUE);
      g_string_append (out, " }");
    }
  g_string_append (out, " ],\n      ");
  json_roles (out, capacity);
  g_string_append (out, ",\n      ");
  json_totals (out, capacity);
  g_string_append (out, " }");
}

void
pd_capacity_write_json (GString                *out,
                        const PdCapacityReport *reports,
                        guint                   n_reports,
                        PdCapacity             *sum)
{
  g_string_append (out, "{\n  \"pathways\": [\n");
  for (guint r = 0; r < n_reports; r++)
    {
      json_pathway (out, &reports[r]);
      g_string_append (out, r + 1 < n_reports ? ",\n" : "\n");
    }
  g_string_append (out, "  ],\n  ");
  json_roles (out, sum);
  g_string_append (out, ",\n  ");
  json_totals (out, sum);
  g_string_append (out, "\n}\n");
}
