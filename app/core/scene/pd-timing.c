/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long a step takes, in plain units, for the leaflet and the diagram. */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-timing.h"

gboolean
pd_timing_plain_duration (PdNode      *node,
                          guint       *amount,
                          PdPlainUnit *unit)
{
  double duration = pd_node_get_duration (node);
  guint whole;

  g_return_val_if_fail (PD_IS_NODE (node), FALSE);

  if (!(duration > 0))
    return FALSE;
  whole = (guint) MAX (round (duration), 1);
  switch (pd_node_get_duration_unit (node))
    {
    case PD_DURATION_UNIT_DAYS:
      /* "2 weeks" reads more easily than "14 days". */
      if (whole >= 7 && whole % 7 == 0)
        {
          *amount = whole / 7;
          *unit = PD_PLAIN_UNIT_WEEKS;
        }
      else
        {
          *amount = whole;
          *unit = PD_PLAIN_UNIT_DAYS;
        }
      break;
    case PD_DURATION_UNIT_MONTHS:
      /* "3 years" reads more easily than "36 months". */
      if (whole >= 24)
        {
          *amount = (guint) round (duration / 12);
          *unit = PD_PLAIN_UNIT_YEARS;
        }
      else
        {
          *amount = whole;
          *unit = PD_PLAIN_UNIT_MONTHS;
        }
      break;
    case PD_DURATION_UNIT_WEEKS:
    default:
      *amount = whole;
      *unit = PD_PLAIN_UNIT_WEEKS;
      break;
    }
  return TRUE;
}

static char *
describe_duration (guint       amount,
                   PdPlainUnit unit)
{
  switch (unit)
    {
    case PD_PLAIN_UNIT_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u day", "about %u days",
                                           amount), amount);
    case PD_PLAIN_UNIT_MONTHS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u month", "about %u months",
                                           amount), amount);
    case PD_PLAIN_UNIT_YEARS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u year", "about %u years",
                                           amount), amount);
    case PD_PLAIN_UNIT_WEEKS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u week", "about %u weeks",
                                           amount), amount);
    }
}

char *
pd_timing_describe_duration (PdNode *node)
{
  guint amount;
  PdPlainUnit unit;

  g_return_val_if_fail (PD_IS_NODE (node), NULL);

  if (!pd_timing_plain_duration (node, &amount, &unit))
    return NULL;
  return describe_duration (amount, unit);
}

char *
pd_timing_describe_short (PdNode *node)
{
  guint sessions, amount;
  PdPlainUnit unit;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PD_IS_NODE (node), NULL);

  sessions = pd_node_get_sessions (node);
  if (sessions > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session",
                                                          "%u sessions", sessions), sessions));
  if (pd_timing_plain_duration (node, &amount, &unit))
    g_ptr_array_add (parts, describe_duration (amount, unit));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
