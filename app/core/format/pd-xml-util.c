/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-xml-util.h"

void
pd_xml_append_number (GString *out,
                      double   value)
{
  gint64 hundredths;
  guint64 whole, fraction;

  if (!isfinite (value))
    value = 0;
  /* Whole hundredths, printed with integer arithmetic: exact, independent
   * of the locale, and fast for the many numbers of an SVG. */
  hundredths = (gint64) llround (CLAMP (value, -1e15, 1e15) * 100);
  whole = (guint64) ABS (hundredths) / 100;
  fraction = (guint64) ABS (hundredths) % 100;
  if (hundredths < 0)
    g_string_append_c (out, '-');
  {
    char digits[24];
    guint n = 0;

    do
      {
        digits[n++] = (char) ('0' + whole % 10);
        whole /= 10;
      }
    while (whole != 0);
    while (n > 0)
      g_string_append_c (out, digits[--n]);
  }
  if (fraction != 0)
    {
      g_string_append_c (out, '.');
      g_string_append_c (out, (char) ('0' + fraction / 10));
      if (fraction % 10 != 0)
        g_string_append_c (out, (char) ('0' + fraction % 10));
    }
}

char *
pd_xml_format_number (double value)
{
  GString *out = g_string_sized_new (16);

  pd_xml_append_number (out, value);
  return g_string_free (out, FALSE);
}

void
pd_xml_append_escaped (GString    *out,
                       const char *text,
                       gboolean    attribute)
{
  g_autofree char *made_valid = g_utf8_validate (text, -1, NULL) ? NULL
                                : g_utf8_make_valid (text, -1);
  const char *valid = made_valid ? made_valid : text;

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c;
      const char *run = p;

      /* Printable ASCII that needs no escaping, a run at a time. */
      while (*p >= 0x20 && *p < 0x7f && *p != '&' && *p != '<' && *p != '>' && *p != '"')
        p++;
      if (p > run)
        g_string_append_len (out, run, p - run);
      if (*p == '\0')
        break;
      c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"':
          g_string_append (out, attribute ? "&quot;" : "\"");
          break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '\n':
          g_string_append (out, attribute ? "&#10;" : "\n");
          break;
        case '\t':
          g_string_append (out, attribute ? "&#9;" : "\t");
          break;
        default:
          if ((c < 0x20) || (c >= 0xFFFE && c <= 0xFFFF) || (c >= 0xD800 && c <= 0xDFFF))
            break;
          g_string_append_unichar (out, c);
        }
    }
}
