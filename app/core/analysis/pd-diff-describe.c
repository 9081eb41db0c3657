/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The changes between two versions of a pathway in words. */
#include <glib/gi18n-lib.h>

#include "pd-diff.h"

const char *
pd_diff_subject_to_string (PdDiffSubject subject)
{
  static const char *const names[] = { "pathway", "agency", "step", "transition", "comment" };

  g_return_val_if_fail ((guint) subject < G_N_ELEMENTS (names), NULL);
  return names[subject];
}

const char *
pd_diff_kind_to_string (PdDiffKind kind)
{
  static const char *const names[] = { "added", "removed", "changed", "moved" };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (names), NULL);
  return names[kind];
}

static void
append_value (GString    *out,
              const char *value,
              gboolean    quoted)
{
  if (value == NULL)
    g_string_append (out, _("none"));
  else if (quoted)
    g_string_append_printf (out, "“%s”", value);
  else
    g_string_append (out, value);
}

char *
pd_diff_field_describe (const PdDiffField *field)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (field != NULL, NULL);

  /* Property names read as words: "session-minutes" is "session minutes". */
  for (const char *p = field->field; *p; p++)
    g_string_append_c (out, *p == '-' ? ' ' : *p);
  if (field->lang)
    g_string_append_printf (out, " (%s)", field->lang);
  g_string_append_c (out, ' ');
  append_value (out, field->old_value, field->quoted);
  g_string_append (out, " → ");
  append_value (out, field->new_value, field->quoted);
  return g_string_free (out, FALSE);
}

/* The sentence of a change without details (added, removed). */
static char *
describe_whole (const PdDiffChange *change)
{
  const char *name = change->name ? change->name : change->id;
  gboolean added = change->kind == PD_DIFF_ADDED;

  switch (change->subject)
    {
    case PD_DIFF_AGENCY:
      return g_strdup_printf (added ? _("Agency “%s” added") : _("Agency “%s” removed"), name);
    case PD_DIFF_STEP:
      return g_strdup_printf (added ? _("Step “%s” added") : _("Step “%s” removed"), name);
    case PD_DIFF_TRANSITION:
      return g_strdup_printf (added ? _("Transition %s added") : _("Transition %s removed"),
                              name);
    case PD_DIFF_COMMENT:
      return g_strdup_printf (added ? _("Comment by %s added") : _("Comment by %s removed"),
                              name);
    case PD_DIFF_PATHWAY:
    default:
      return g_strdup (_("The pathway changed"));
    }
}

/* The sentence of a change with its @details. */
static char *
describe_fields (const PdDiffChange *change,
                 const char         *details)
{
  const char *name = change->name ? change->name : change->id;

  switch (change->subject)
    {
    case PD_DIFF_AGENCY:
      return g_strdup_printf (_("Agency “%s” changed: %s"), name, details);
    case PD_DIFF_STEP:
      if (change->kind == PD_DIFF_MOVED)
        return g_strdup_printf (_("Step “%s” moved: %s"), name, details);
      return g_strdup_printf (_("Step “%s” changed: %s"), name, details);
    case PD_DIFF_TRANSITION:
      return g_strdup_printf (_("Transition %s changed: %s"), name, details);
    case PD_DIFF_COMMENT:
      return g_strdup_printf (_("Comment by %s changed: %s"), name, details);
    case PD_DIFF_PATHWAY:
    default:
      return g_strdup_printf (_("The pathway changed: %s"), details);
    }
}

char *
pd_diff_change_describe (const PdDiffChange *change)
{
  g_autoptr(GString) details = g_string_new (NULL);

  g_return_val_if_fail (change != NULL, NULL);

  if (change->kind == PD_DIFF_ADDED || change->kind == PD_DIFF_REMOVED)
    return describe_whole (change);
  for (guint i = 0; i < change->fields->len; i++)
    {
      g_autofree char *field = pd_diff_field_describe (g_ptr_array_index (change->fields, i));

      if (i > 0)
        g_string_append (details, "; ");
      g_string_append (details, field);
    }
  return describe_fields (change, details->str);
}
