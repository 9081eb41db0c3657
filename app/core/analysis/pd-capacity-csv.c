/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers and text as `pathway capacity` writes them in CSV and JSON. */
#include <string.h>

#include "pd-capacity-csv.h"

void
pd_capacity_append_number (GString *out,
                           double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *point;

  /* 15 digits: all a double holds without the noise of the last ones. */
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  point = strchr (buffer, '.');
  if (strchr (buffer, 'e') || strchr (buffer, 'n') || point == NULL || strlen (point + 1) < 3)
    g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  g_string_append (out, buffer);
}

/* A field quoted when it holds a comma, a quote or a line break. A text
 * that a spreadsheet would take for a formula (a step titled "=HYPERLINK(…)"
 * in a hostile file) is written after an apostrophe, as pd-table does. */
void
pd_capacity_append_csv_field (GString    *out,
                              const char *text)
{
  g_autofree char *guarded = NULL;

  if (text == NULL)
    text = "";
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    text = guarded = g_strconcat ("'", text, NULL);
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}
