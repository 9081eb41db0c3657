/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Phrases in the leaflet's language, not the user's. gettext translates
 * into the process's locale only, and switching it (setlocale, uselocale
 * with LANGUAGE) around a call races with the designer's background work.
 * So the compiled catalogues (.mo) are built into the program as a
 * GResource and read here: nothing to find on disk, the same whether run
 * from the build tree, installed or in the flatpak. Each catalogue is read
 * once, under a lock, and kept for the program's life. */
#include <string.h>

#include "pd-leaflet-gettext.h"
#include "pd-catalogues.h"
#include "pd-translations.h"

#define MO_MAGIC 0x950412deU

typedef struct {
  GBytes     *bytes;
  GHashTable *strings;    /* msgid (with context) → translation, both in @bytes */
  GHashTable *lengths;    /* msgid → the translation's length, all its forms */
  char       *plural;     /* the Plural-Forms expression, or NULL */
} Catalogue;

G_LOCK_DEFINE_STATIC (catalogues);
static GHashTable *catalogues;   /* resource name → Catalogue, or a NULL one */

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swap)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swap ? GUINT32_SWAP_LE_BE (word) : word;
}

/* A string of the table at @table, entry @i: within the data, and
 * NUL-terminated as msgfmt writes it; else NULL. */
static const char *
table_string (const guint8 *data,
              gsize         size,
              guint32       table,
              guint32       i,
              gboolean      swap,
              guint32      *length)
{
  guint64 entry = (guint64) table + (guint64) i * 8;
  guint32 offset;

  if (entry + 8 > size)
    return NULL;
  *length = read_word (data, (gsize) entry, swap);
  offset = read_word (data, (gsize) entry + 4, swap);
  if ((guint64) offset + *length >= size || data[offset + *length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

static char *
find_plural_expression (const char *header)
{
  const char *p = header ? strstr (header, "plural=") : NULL;
  const char *end;

  if (p == NULL)
    return NULL;
  p += strlen ("plural=");
  end = strpbrk (p, ";\n");
  return g_strndup (p, end ? (gsize) (end - p) : strlen (p));
}

static Catalogue *
catalogue_read (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  Catalogue *catalogue;
  guint32 count, originals, translations;
  gboolean swap;

  if (size < 28)
    return NULL;
  swap = read_word (data, 0, FALSE) != MO_MAGIC;
  if (read_word (data, 0, swap) != MO_MAGIC)
    return NULL;
  count = read_word (data, 8, swap);
  originals = read_word (data, 12, swap);
  translations = read_word (data, 16, swap);
  catalogue = g_new0 (Catalogue, 1);
  catalogue->bytes = g_bytes_ref (bytes);
  catalogue->strings = g_hash_table_new (g_str_hash, g_str_equal);
  catalogue->lengths = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < count; i++)
    {
      guint32 id_length, length;
      const char *id = table_string (data, size, originals, i, swap, &id_length);
      const char *text = table_string (data, size, translations, i, swap, &length);

      if (id == NULL || text == NULL)
        continue;
      if (*id == '\0')
        {
          catalogue->plural = find_plural_expression (text);
          continue;
        }
      /* A plural's original is "singular\0plural": keyed by the singular. */
      g_hash_table_insert (catalogue->strings, (gpointer) id, (gpointer) text);
      g_hash_table_insert (catalogue->lengths, (gpointer) id, GUINT_TO_POINTER (length));
    }
  return catalogue;
}

/* @lang's catalogue, read once: the resource "pl.mo", "pa_Arab.mo". */
static Catalogue *
catalogue_for (const char *lang)
{
  g_autofree char *tag = pd_language_tag_normalize (lang);
  Catalogue *catalogue = NULL;

  if (tag == NULL || pd_language_tag_is_default (tag))
    return NULL;
  G_LOCK (catalogues);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogues, tag, NULL, (gpointer *) &catalogue))
    {
      g_autofree char *name = g_strdup (tag);

      /* "pl-PL" reads "pl"; a script ("pa-Arab") never falls back to
       * another script's catalogue. */
      for (;;)
        {
          g_autofree char *path = NULL;
          g_autoptr(GBytes) bytes = NULL;
          char *hyphen;

          g_strdelimit (name, "-", '_');
          path = g_strdup_printf ("/org/pathwaydesigner/Designer/locale/%s.mo", name);
          bytes = g_resource_lookup_data (pd_catalogues_get_resource (), path, 0, NULL);
          if (bytes && (catalogue = catalogue_read (bytes)) != NULL)
            break;
          hyphen = strrchr (name, '_');
          if (hyphen == NULL || strlen (hyphen + 1) == 4)
            break;
          *hyphen = '\0';
        }
      g_hash_table_insert (catalogues, g_strdup (tag), catalogue);
    }
  G_UNLOCK (catalogues);
  return catalogue;
}

gboolean
pd_leaflet_has_catalogue (const char *lang)
{
  return catalogue_for (lang) != NULL;
}

const char *
pd_leaflet_gettext (const char *lang,
                    const char *msgid)
{
  Catalogue *catalogue = catalogue_for (lang);
  const char *text;

  g_return_val_if_fail (msgid != NULL, NULL);

  text = catalogue ? g_hash_table_lookup (catalogue->strings, msgid) : NULL;
  return text && *text ? text : msgid;
}

const char *
pd_leaflet_pgettext (const char *lang,
                     const char *context,
                     const char *msgid)
{
  Catalogue *catalogue = catalogue_for (lang);
  g_autofree char *key = NULL;
  const char *text;

  if (catalogue == NULL)
    return msgid;
  /* As msgfmt keys it: the context, EOT, the message. */
  key = g_strconcat (context, "\004", msgid, NULL);
  text = g_hash_table_lookup (catalogue->strings, key);
  return text && *text ? text : msgid;
}

/* The Plural-Forms expression, a C expression of n, evaluated as it is
 * read: ?:, ||, &&, comparisons, + - * / %, !, parentheses. */
typedef struct {
  const char *p;
  gulong      n;
  gboolean    bad;
} Plural;

static gulong plural_ternary (Plural *e);

static void
skip_spaces (Plural *e)
{
  while (g_ascii_isspace (*e->p))
    e->p++;
}

static gboolean
accept (Plural     *e,
        const char *token)
{
  skip_spaces (e);
  if (strncmp (e->p, token, strlen (token)) != 0)
    return FALSE;
  /* "<" is not the start of "<=", nor "!" of "!=". */
  if (strlen (token) == 1 && strchr ("<>!", *token) && e->p[1] == '=')
    return FALSE;
  e->p += strlen (token);
  return TRUE;
}

static gulong
plural_primary (Plural *e)
{
  skip_spaces (e);
  if (accept (e, "!"))
    return !plural_primary (e);
  if (accept (e, "("))
    {
      gulong value = plural_ternary (e);

      if (!accept (e, ")"))
        e->bad = TRUE;
      return value;
    }
  if (*e->p == 'n')
    {
      e->p++;
      return e->n;
    }
  if (g_ascii_isdigit (*e->p))
    {
      char *end;
      gulong value = strtoul (e->p, &end, 10);

      e->p = end;
      return value;
    }
  e->bad = TRUE;
  return 0;
}

static gulong
plural_product (Plural *e)
{
  gulong value = plural_primary (e);

  for (;;)
    {
      if (accept (e, "*"))
        value *= plural_primary (e);
      else if (accept (e, "/") || accept (e, "%"))
        {
          gboolean divide = e->p[-1] == '/';
          gulong by = plural_primary (e);

          if (by == 0)
            e->bad = TRUE;
          else
            value = divide ? value / by : value % by;
        }
      else
        return value;
    }
}

static gulong
plural_sum (Plural *e)
{
  gulong value = plural_product (e);

  for (;;)
    if (accept (e, "+"))
      value += plural_product (e);
    else if (accept (e, "-"))
      value -= plural_product (e);
    else
      return value;
}

static gulong
plural_comparison (Plural *e)
{
  gulong value = plural_sum (e);

  for (;;)
    if (accept (e, "<="))
      value = value <= plural_sum (e);
    else if (accept (e, ">="))
      value = value >= plural_sum (e);
    else if (accept (e, "<"))
      value = value < plural_sum (e);
    else if (accept (e, ">"))
      value = value > plural_sum (e);
    else
      return value;
}

static gulong
plural_equality (Plural *e)
{
  gulong value = plural_comparison (e);

  for (;;)
    if (accept (e, "=="))
      value = value == plural_comparison (e);
    else if (accept (e, "!="))
      value = value != plural_comparison (e);
    else
      return value;
}

static gulong
plural_and (Plural *e)
{
  gulong value = plural_equality (e);

  /* Both sides read, whatever the first gives: there are no side effects. */
  while (accept (e, "&&"))
    {
      gulong right = plural_equality (e);
      value = value && right;
    }
  return value;
}

static gulong
plural_or (Plural *e)
{
  gulong value = plural_and (e);

  while (accept (e, "||"))
    {
      gulong right = plural_and (e);
      value = value || right;
    }
  return value;
}

static gulong
plural_ternary (Plural *e)
{
  gulong condition = plural_or (e);
  gulong yes, no;

  if (!accept (e, "?"))
    return condition;
  yes = plural_ternary (e);
  if (!accept (e, ":"))
    e->bad = TRUE;
  no = plural_ternary (e);
  return condition ? yes : no;
}

const char *
pd_leaflet_ngettext (const char *lang,
                     const char *singular,
                     const char *plural,
                     gulong      n)
{
  Catalogue *catalogue = catalogue_for (lang);
  const char *text, *end;
  gulong form = n != 1;

  g_return_val_if_fail (singular != NULL && plural != NULL, NULL);

  text = catalogue ? g_hash_table_lookup (catalogue->strings, singular) : NULL;
  if (text == NULL || *text == '\0')
    return n == 1 ? singular : plural;
  end = text + GPOINTER_TO_UINT (g_hash_table_lookup (catalogue->lengths, singular));
  if (catalogue->plural)
    {
      Plural e = { catalogue->plural, n, FALSE };

      form = plural_ternary (&e);
      skip_spaces (&e);
      /* An expression not understood: the Germanic rule. */
      if (e.bad || *e.p != '\0')
        form = n != 1;
    }
  /* The forms follow one another, each ended by a NUL. */
  for (; form > 0 && text < end; form--)
    text += strlen (text) + 1;
  if (text >= end || *text == '\0')
    return n == 1 ? singular : plural;
  return text;
}
