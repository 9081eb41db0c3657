/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What poppler-utils read in a PDF, for the tests of PDF export and of
 * printing: pdfinfo's fields and the size of the smallest words. */
#pragma once

#include <string.h>

#include "test-common.h"

/* The value of "Name:   value" in pdfinfo's output @info. */
static inline char *
test_pdf_info_field (const char *info,
                     const char *name)
{
  g_autofree char *key = g_strdup_printf ("%s:", name);
  const char *found = strstr (info, key);
  const char *end;

  /* At the start of a line, as the field's name is. */
  while (found && found != info && found[-1] != '\n')
    found = strstr (found + 1, key);
  g_assert_nonnull (found);
  found += strlen (key);
  while (*found == ' ')
    found++;
  end = strchr (found, '\n');
  return g_strndup (found, end ? (gsize) (end - found) : strlen (found));
}

/* The field @name of the PDF @pdf, as pdfinfo gives it. */
static inline char *
test_pdf_field (const char *pdf,
                const char *name)
{
  g_autofree char *info = test_run_tool ("pdfinfo", pdf, NULL);

  return test_pdf_info_field (info, name);
}

/* The height of the smallest word on pages @first to the last, from
 * pdftotext -bbox (a word's box is its font's size high, or more). */
static inline double
test_pdf_smallest_word (const char *pdf,
                        int         first)
{
  g_autofree char *first_text = g_strdup_printf ("%d", first);
  const char *argv[] = { "pdftotext", "-bbox", "-f", first_text, pdf, "-", NULL };
  g_autofree char *html = test_run (argv);
  double smallest = G_MAXDOUBLE;
  guint words = 0;

  for (const char *word = strstr (html, "<word "); word; word = strstr (word + 1, "<word "))
    {
      const char *y_min = strstr (word, "yMin=\"");
      const char *y_max = strstr (word, "yMax=\"");
      double height;

      g_assert_nonnull (y_min);
      g_assert_nonnull (y_max);
      height = g_ascii_strtod (y_max + 6, NULL) - g_ascii_strtod (y_min + 6, NULL);
      smallest = MIN (smallest, height);
      words++;
    }
  g_assert_cmpuint (words, >, 0);
  return smallest;
}
