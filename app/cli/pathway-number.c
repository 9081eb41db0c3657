/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers in options: plain decimal only, finite and in range. GOption's
 * own parsers take nan, inf, hexadecimal and octal, which pass range checks
 * written as comparisons. */
#include <math.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"

/* [+-]digits, then for a fraction [.digits][e[+-]digits]; nothing else. */
static gboolean
is_decimal (const char *text,
            gboolean    fraction)
{
  const char *p = text;
  gboolean digits = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (fraction && *p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits)
    return FALSE;
  if (fraction && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0';
}

gboolean
pd_cli_parse_double (const char *command,
                     const char *option,
                     const char *text,
                     double      min,
                     double      max,
                     gboolean    above_min,
                     double     *value)
{
  char low[G_ASCII_DTOSTR_BUF_SIZE], high[G_ASCII_DTOSTR_BUF_SIZE];
  double number;

  if (text == NULL)
    return TRUE;
  /* Junk is taken as NaN and 1e999 reads as infinity: isfinite() refuses both. */
  number = is_decimal (text, TRUE) ? g_ascii_strtod (text, NULL) : NAN;
  if (isfinite (number) && (above_min ? number > min : number >= min) && number <= max)
    {
      *value = number;
      return TRUE;
    }
  g_ascii_formatd (low, sizeof low, "%g", min);
  g_ascii_formatd (high, sizeof high, "%g", max);
  if (above_min)
    pd_cli_usage_error (command, _("%s must be a number above %s and at most %s, not “%s”"),
                        option, low, high, text);
  else
    pd_cli_usage_error (command, _("%s must be a number from %s to %s, not “%s”"), option, low,
                        high, text);
  return FALSE;
}

gboolean
pd_cli_parse_int (const char *command,
                  const char *option,
                  const char *text,
                  int         min,
                  int         max,
                  int        *value)
{
  gint64 number;

  if (text == NULL)
    return TRUE;
  /* Base 10 always: "010" is ten, not eight. */
  if (is_decimal (text, FALSE)
      && g_ascii_string_to_signed (text, 10, min, max, &number, NULL))
    {
      *value = (int) number;
      return TRUE;
    }
  pd_cli_usage_error (command, _("%s must be a whole number from %d to %d, not “%s”"), option,
                      min, max, text);
  return FALSE;
}
