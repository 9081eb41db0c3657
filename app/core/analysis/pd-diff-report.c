/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reports of `pathway diff`: text, JSON and a web page. */
#include <glib/gi18n-lib.h>

#include "pd-diff-report.h"
#include "pd-json.h"
#include "pd-xml-util.h"

static gboolean
is_moved (const PdDiffChange *change)
{
  return change->kind == PD_DIFF_MOVED;
}

/* ---- Text ---- */

static void
append_lines (GString   *out,
              GPtrArray *changes,
              gboolean   moved)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const PdDiffChange *change = g_ptr_array_index (changes, i);
      g_autofree char *line = NULL;

      if (is_moved (change) != moved)
        continue;
      line = pd_diff_change_describe (change);
      g_string_append_printf (out, "%s\n", line);
    }
}

GBytes *
pd_diff_report_text (GPtrArray  *changes,
                     const char *old_name,
                     const char *new_name)
{
  GString *out = g_string_new (NULL);
  gboolean any_moved = FALSE;

  g_return_val_if_fail (changes != NULL, NULL);

  if (changes->len == 0)
    g_string_append_printf (out, "%s\n", _("No differences."));
  append_lines (out, changes, FALSE);
  for (guint i = 0; i < changes->len; i++)
    any_moved |= is_moved (g_ptr_array_index (changes, i));
  if (any_moved)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s\n", _("Moved only:"));
      append_lines (out, changes, TRUE);
    }
  return g_string_free_to_bytes (out);
}

/* ---- JSON ---- */

static void
append_json_member (GString    *out,
                    const char *name,
                    const char *value,
                    gboolean    last)
{
  g_string_append_printf (out, "\"%s\": ", name);
  pd_json_append_string (out, value);
  g_string_append (out, last ? "" : ", ");
}

static void
append_json_change (GString            *out,
                    const PdDiffChange *change)
{
  g_autofree char *description = pd_diff_change_describe (change);

  g_string_append (out, "    { ");
  append_json_member (out, "subject", pd_diff_subject_to_string (change->subject), FALSE);
  append_json_member (out, "change", pd_diff_kind_to_string (change->kind), FALSE);
  append_json_member (out, "id", change->id, FALSE);
  append_json_member (out, "old_id", change->old_id, FALSE);
  append_json_member (out, "name", change->name, FALSE);
  append_json_member (out, "description", description, FALSE);
  g_string_append (out, "\"fields\": [");
  for (guint i = 0; i < change->fields->len; i++)
    {
      const PdDiffField *field = g_ptr_array_index (change->fields, i);

      g_string_append (out, i ? ",\n        { " : "\n        { ");
      append_json_member (out, "field", field->field, FALSE);
      append_json_member (out, "lang", field->lang, FALSE);
      append_json_member (out, "old", field->old_value, FALSE);
      append_json_member (out, "new", field->new_value, TRUE);
      g_string_append (out, " }");
    }
  g_string_append (out, change->fields->len ? " ] }" : "] }");
}

GBytes *
pd_diff_report_json (GPtrArray  *changes,
                     const char *old_name,
                     const char *new_name)
{
  GString *out = g_string_new ("{\n  ");

  g_return_val_if_fail (changes != NULL, NULL);

  append_json_member (out, "old", old_name, FALSE);
  append_json_member (out, "new", new_name, FALSE);
  g_string_append_printf (out, "\"equal\": %s,\n  \"changes\": [",
                          changes->len ? "false" : "true");
  for (guint i = 0; i < changes->len; i++)
    {
      g_string_append (out, i ? ",\n" : "\n");
      append_json_change (out, g_ptr_array_index (changes, i));
    }
  g_string_append (out, changes->len ? "\n  ]\n}\n" : "]\n}\n");
  return g_string_free_to_bytes (out);
}

/* ---- HTML ---- */

static void
append_text (GString    *out,
             const char *text)
{
  pd_xml_append_escaped (out, text ? text : "", FALSE);
}

static const char *
heading (PdDiffSubject subject,
         gboolean      moved)
{
  static const char *const headings[] = {
    N_("The pathway"), N_("Agencies"), N_("Steps"), N_("Transitions"), N_("Comments"),
  };

  return moved ? _("Steps moved only") : _(headings[subject]);
}

static const char *
kind_label (PdDiffKind kind)
{
  static const char *const labels[] = {
    N_("Added"), N_("Removed"), N_("Changed"), N_("Moved only"),
  };

  return _(labels[kind]);
}

static void
append_value_cell (GString    *out,
                   const char *element,
                   const char *value)
{
  g_string_append (out, "<td>");
  if (value == NULL)
    {
      g_string_append_printf (out, "<span class=\"none\">%s</span></td>", _("none"));
      return;
    }
  g_string_append_printf (out, "<%s>", element);
  append_text (out, value);
  g_string_append_printf (out, "</%s></td>", element);
}

/* One row a field; the name and the kind of change span them. */
static void
append_html_change (GString            *out,
                    const PdDiffChange *change)
{
  guint rows = MAX (change->fields->len, 1);

  g_string_append_printf (out, "<tr><th scope=\"row\" rowspan=\"%u\">", rows);
  append_text (out, change->name ? change->name : _("Pathway"));
  g_string_append_printf (out, "</th><td rowspan=\"%u\" class=\"%s\">%s</td>", rows,
                          pd_diff_kind_to_string (change->kind), kind_label (change->kind));
  if (change->fields->len == 0)
    g_string_append (out, "<td></td><td></td><td></td></tr>\n");
  for (guint i = 0; i < change->fields->len; i++)
    {
      const PdDiffField *field = g_ptr_array_index (change->fields, i);

      if (i > 0)
        g_string_append (out, "<tr>");
      g_string_append (out, "<td>");
      append_text (out, field->field);
      if (field->lang)
        {
          g_string_append (out, " (");
          append_text (out, field->lang);
          g_string_append (out, ")");
        }
      g_string_append (out, "</td>");
      append_value_cell (out, "del", field->old_value);
      append_value_cell (out, "ins", field->new_value);
      g_string_append (out, "</tr>\n");
    }
}

static void
append_html_section (GString       *out,
                     GPtrArray     *changes,
                     PdDiffSubject  subject,
                     gboolean       moved)
{
  gboolean any = FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      const PdDiffChange *change = g_ptr_array_index (changes, i);

      if (change->subject != subject || is_moved (change) != moved)
        continue;
      if (!any)
        {
          g_string_append (out, "<h2>");
          append_text (out, heading (subject, moved));
          g_string_append_printf (out, "</h2>\n<table>\n<thead><tr>"
                                  "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                                  "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                                  "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                                  _("Name"), _("Change"), _("Field"), _("Before"), _("After"));
          any = TRUE;
        }
      append_html_change (out, change);
    }
  if (any)
    g_string_append (out, "</tbody>\n</table>\n");
}

GBytes *
pd_diff_report_html (GPtrArray  *changes,
                     const char *old_name,
                     const char *new_name)
{
  GString *out = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf (_("Changes from %s to %s"), old_name, new_name);

  g_return_val_if_fail (changes != NULL, NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                        "<head>\n<meta charset=\"utf-8\"/>\n<title>");
  append_text (out, title);
  /* Before and after differ by their column and by the words, the line
   * through or under them only adds to that. */
  g_string_append (out, "</title>\n<style>\n"
                        "body { font-family: sans-serif; margin: 2em; line-height: 1.4; }\n"
                        "table { border-collapse: collapse; margin-bottom: 2em; }\n"
                        "th, td { border: 1px solid #767676; padding: 0.3em 0.6em; "
                        "text-align: left; vertical-align: top; }\n"
                        "del { background: #fde2e1; } ins { background: #dff5e1; }\n"
                        ".none { font-style: italic; }\n"
                        "</style>\n</head>\n<body>\n<main>\n<h1>");
  append_text (out, title);
  g_string_append (out, "</h1>\n");
  if (changes->len == 0)
    g_string_append_printf (out, "<p>%s</p>\n", _("No differences."));
  for (PdDiffSubject s = PD_DIFF_PATHWAY; s <= PD_DIFF_COMMENT; s++)
    append_html_section (out, changes, s, FALSE);
  append_html_section (out, changes, PD_DIFF_STEP, TRUE);
  g_string_append (out, "</main>\n</body>\n</html>\n");
  return g_string_free_to_bytes (out);
}
