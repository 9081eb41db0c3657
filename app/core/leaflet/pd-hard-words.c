/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-format-resources.h"
#include "pd-hard-words.h"

#define LIST_PATH "/org/pathwaydesigner/Designer/format/hard-words.tsv"

static GArray *words;          /* of PdHardWord, the strings interned */

static void
load (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;

  words = g_array_new (FALSE, FALSE, sizeof (PdHardWord));
  bytes = g_resource_lookup_data (pd_format_get_resource (), LIST_PATH, 0, NULL);
  g_assert (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      PdHardWord word;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert (g_strv_length (fields) == 3);
      word.term = g_intern_string (fields[0]);
      word.plain = g_intern_string (fields[1]);
      word.explanation = g_intern_string (fields[2]);
      g_array_append_val (words, word);
    }
}

static gboolean
all_capitals (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

const PdHardWord *
pd_hard_words_lookup (const char *term)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      load ();
      g_once_init_leave (&loaded, 1);
    }
  for (guint i = 0; term && i < words->len; i++)
    {
      const PdHardWord *word = &g_array_index (words, PdHardWord, i);

      /* "GP" is an abbreviation; "gp" in a web address is not. */
      if (all_capitals (word->term) ? strcmp (word->term, term) == 0
                                    : g_ascii_strcasecmp (word->term, term) == 0)
        return word;
    }
  return NULL;
}

guint
pd_hard_words_get_n_items (void)
{
  pd_hard_words_lookup (NULL);
  return words->len;
}
