/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cairo 1.16 sets a PDF's title and author but not its language. PDF
 * allows a file to be updated by appending (ISO 32000-1, 7.5.6): a new
 * version of the catalogue with /Lang, a cross-reference section for it
 * alone and a trailer pointing back at the old one. Readers take the
 * newest version; nothing cairo wrote is rewritten or moved. The same
 * way adds what cairo cannot say to other objects (pd-pdf-tags.c). */
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-pdf-language-private.h"
#include "pd-translations.h"

/* The last occurrence of @needle in the @size bytes at @data, or NULL. */
static const char *
find_last (const char *data,
           gsize       size,
           const char *needle)
{
  gsize length = strlen (needle);

  for (gsize i = size >= length ? size - length + 1 : 0; i > 0; i--)
    if (memcmp (data + i - 1, needle, length) == 0)
      return data + i - 1;
  return NULL;
}

/* The number after @key in the trailer (from @from to @end), or FALSE. */
static gboolean
read_number (const char *from,
             const char *end,
             const char *key,
             guint64    *number,
             guint64    *generation)
{
  g_autofree char *text = g_strndup (from, end - from);
  const char *p = strstr (text, key);
  char *after;

  if (p == NULL)
    return FALSE;
  p += strlen (key);
  *number = g_ascii_strtoull (p, &after, 10);
  if (after == p)
    return FALSE;
  if (generation)
    *generation = g_ascii_strtoull (after, NULL, 10);
  return TRUE;
}

/* The end of the dictionary that starts at @p ("<<"): just after its
 * ">>", nested dictionaries and (strings) skipped; NULL past @end. */
static const char *
dictionary_end (const char *p,
                const char *end)
{
  int depth = 0;

  while (p + 1 < end)
    {
      if (p[0] == '(')
        {
          int parens = 0;

          for (; p < end; p++)
            {
              if (*p == '\\')
                p++;
              else if (*p == '(')
                parens++;
              else if (*p == ')' && --parens == 0)
                break;
            }
          p++;
        }
      else if (p[0] == '<' && p[1] == '<')
        {
          depth++;
          p += 2;
        }
      else if (p[0] == '>' && p[1] == '>')
        {
          p += 2;
          if (--depth == 0)
            return p;
        }
      else
        p++;
    }
  return NULL;
}

/* Where each of @wanted's objects (numbers of generation @generation, or
 * 0 for all but @root, which has @root_generation) begins in its newest
 * version ("N G obj" at a line's start) in the @size bytes at @data: one
 * pass, however many objects are wanted. */
static GHashTable *
find_objects (const char *data,
              gsize       size,
              GHashTable *wanted,
              guint64     root,
              guint64     root_generation)
{
  GHashTable *found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (const char *p = memchr (data, '\n', size); p; p = memchr (p + 1, '\n', data + size - p - 1))
    {
      const char *digits = p + 1, *end = data + size;
      guint64 number = 0, generation = 0;
      const char *q = digits;

      while (q < end && g_ascii_isdigit (*q))
        number = number * 10 + (guint64) (*q++ - '0');
      if (q == digits || q + 1 >= end || *q != ' ' || !g_ascii_isdigit (q[1])
          || !g_hash_table_contains (wanted, &number))
        continue;
      for (q++; q < end && g_ascii_isdigit (*q); q++)
        generation = generation * 10 + (guint64) (*q - '0');
      if (generation != (number == root ? root_generation : 0)
          || (gsize) (end - q) < 4 || memcmp (q, " obj", 4) != 0)
        continue;
      g_hash_table_insert (found, g_memdup2 (&number, sizeof number), (gpointer) p);
    }
  return found;
}

static int
compare_additions (gconstpointer a,
                   gconstpointer b)
{
  const PdPdfAddition *x = a, *y = b;

  return x->number < y->number ? -1 : x->number > y->number;
}

GBytes *
pd_pdf_add_entries (GBytes              *pdf,
                    const PdPdfAddition *additions,
                    guint                n_additions,
                    GError             **error)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *startxref, *trailer;
  guint64 root, root_generation = 0, objects, info = 0, info_generation = 0, previous;
  gboolean has_info;
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GHashTable) found = NULL;
  GString *out;
  gsize xref;

  startxref = data ? find_last (data, size, "startxref") : NULL;
  trailer = startxref ? find_last (data, startxref - data, "trailer") : NULL;
  if (trailer == NULL
      || !read_number (trailer, startxref, "/Root", &root, &root_generation)
      || !read_number (trailer, startxref, "/Size", &objects, NULL)
      || !read_number (startxref, data + size, "startxref", &previous, NULL))
    goto bad;
  has_info = read_number (trailer, startxref, "/Info", &info, &info_generation);
  sorted = g_array_new (FALSE, FALSE, sizeof (PdPdfAddition));
  for (guint i = 0; i < n_additions; i++)
    {
      PdPdfAddition addition = additions[i];

      if (addition.number == 0)
        addition.number = root;
      g_array_append_val (sorted, addition);
    }
  /* Cross-reference subsections in the order of their numbers. */
  g_array_sort (sorted, compare_additions);
  wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < sorted->len; i++)
    g_hash_table_add (wanted, &g_array_index (sorted, PdPdfAddition, i).number);
  found = find_objects (data, (gsize) (trailer - data), wanted, root, root_generation);

  out = g_string_new_len (data, (gssize) size);
  if (out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; i < sorted->len; i++)
    {
      const PdPdfAddition *addition = &g_array_index (sorted, PdPdfAddition, i);
      guint64 generation = addition->number == root ? root_generation : 0;
      const char *object = g_hash_table_lookup (found, &addition->number);
      const char *open, *close;

      open = object ? strstr (object, "<<") : NULL;
      if (open == NULL || open >= trailer || (close = dictionary_end (open, trailer)) == NULL)
        {
          g_string_free (out, TRUE);
          goto bad;
        }
      g_array_append_val (offsets, out->len);
      g_string_append_printf (out, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " obj\n",
                              addition->number, generation);
      /* The old dictionary without its closing ">>", then the additions. */
      g_string_append_len (out, open, close - 2 - open);
      g_string_append_printf (out, "   %s\n>>\nendobj\n", addition->entries);
    }
  xref = out->len;
  g_string_append (out, "xref\n");
  for (guint i = 0; i < sorted->len; i++)
    {
      const PdPdfAddition *addition = &g_array_index (sorted, PdPdfAddition, i);

      /* Each entry exactly 20 bytes, as the format requires. */
      g_string_append_printf (out, "%" G_GUINT64_FORMAT " 1\n%010" G_GSIZE_FORMAT " %05"
                              G_GUINT64_FORMAT " n \n", addition->number,
                              g_array_index (offsets, gsize, i),
                              addition->number == root ? root_generation : 0);
    }
  g_string_append_printf (out, "trailer\n<< /Size %" G_GUINT64_FORMAT "\n   /Root %"
                          G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " R\n", objects, root,
                          root_generation);
  if (has_info)
    g_string_append_printf (out, "   /Info %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " R\n",
                            info, info_generation);
  g_string_append_printf (out, "   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n%" G_GSIZE_FORMAT
                          "\n%%%%EOF\n", previous, xref);
  return g_string_free_to_bytes (out);

bad:
  g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE,
               _("cannot finish the PDF: its catalogue or structure cannot be found"));
  return NULL;
}

char *
pd_pdf_language_entry (const char *lang)
{
  g_autofree char *tag = pd_language_tag_normalize (lang);

  return tag ? g_strdup_printf ("/Lang (%s)", tag) : NULL;
}
