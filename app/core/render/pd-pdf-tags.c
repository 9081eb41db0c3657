/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cairo 1.16 writes a structure element for each tag, in the order they
 * were begun (each before its children), but takes no attributes for them:
 * cairo_tag_begin (cr, "Figure", "alt='…'") is accepted and the text
 * dropped. So the elements are counted as they are begun, and those with
 * an alternative text get it afterwards, in an incremental update
 * (pd-pdf-language.c) that finds them as the n-th StructElem object of the
 * file. cairo 1.16 has no Artifact tag either: page furniture is left out
 * of the tree (unmarked) rather than marked as an artifact. */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-pdf-language-private.h"
#include "pd-pdf-tags-private.h"

typedef struct {
  char *alt;       /* or NULL */
  char *lang;      /* of @alt, or NULL */
} Element;

struct _PdPdfTags {
  GArray    *elements;   /* of Element, in the order begun */
  GPtrArray *open;       /* names of the elements begun and not ended */
};

static void
element_clear (Element *element)
{
  g_free (element->alt);
  g_free (element->lang);
}

PdPdfTags *
pd_pdf_tags_new (void)
{
  PdPdfTags *tags = g_new0 (PdPdfTags, 1);

  tags->elements = g_array_new (FALSE, TRUE, sizeof (Element));
  g_array_set_clear_func (tags->elements, (GDestroyNotify) element_clear);
  tags->open = g_ptr_array_new_with_free_func (g_free);
  return tags;
}

void
pd_pdf_tags_free (PdPdfTags *tags)
{
  if (tags == NULL)
    return;
  g_array_unref (tags->elements);
  g_ptr_array_unref (tags->open);
  g_free (tags);
}

static void
begin (PdPdfTags  *tags,
       cairo_t    *cr,
       const char *name,
       const char *alt,
       const char *lang)
{
  Element element = { g_strdup (alt), g_strdup (lang) };

  cairo_tag_begin (cr, name, NULL);
  g_array_append_val (tags->elements, element);
  g_ptr_array_add (tags->open, g_strdup (name));
}

void
pd_pdf_tags_begin (PdPdfTags  *tags,
                   cairo_t    *cr,
                   const char *name)
{
  if (tags)
    begin (tags, cr, name, NULL, NULL);
}

void
pd_pdf_tags_begin_described (PdPdfTags  *tags,
                             cairo_t    *cr,
                             const char *name,
                             const char *alt,
                             const char *lang)
{
  if (tags)
    begin (tags, cr, name, alt ? alt : "", lang);
}

void
pd_pdf_tags_begin_figure (PdPdfTags  *tags,
                          cairo_t    *cr,
                          const char *alt,
                          const char *lang)
{
  pd_pdf_tags_begin_described (tags, cr, "Figure", alt, lang);
}

void
pd_pdf_tags_end (PdPdfTags *tags,
                 cairo_t   *cr)
{
  if (tags == NULL)
    return;
  g_return_if_fail (tags->open->len > 0);
  cairo_tag_end (cr, g_ptr_array_index (tags->open, tags->open->len - 1));
  g_ptr_array_remove_index (tags->open, tags->open->len - 1);
}

const char *
pd_pdf_tags_current (PdPdfTags *tags)
{
  if (tags == NULL || tags->open->len == 0)
    return NULL;
  return g_ptr_array_index (tags->open, tags->open->len - 1);
}

/* The first @needle in the @size bytes at @data (which may hold NULs). */
static const char *
find (const char *data,
      gsize       size,
      const char *needle)
{
  gsize length = strlen (needle);

  for (gsize i = 0; i + length <= size; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, length) == 0)
      return data + i;
  return NULL;
}

/* The numbers of @pdf's structure elements, in the order they are written. */
static GArray *
struct_elements (GBytes *pdf)
{
  static const char marker[] = " 0 obj\n<< /Type /StructElem";
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *end = data + size;
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (const char *p = find (data, size, marker); p; p = find (p + 1, end - p - 1, marker))
    {
      const char *start = p;
      guint64 number;

      while (start > data && g_ascii_isdigit (start[-1]))
        start--;
      if (start == p || (start > data && start[-1] != '\n'))
        continue;
      number = g_ascii_strtoull (start, NULL, 10);
      g_array_append_val (numbers, number);
    }
  return numbers;
}

/* @text as a PDF text string: UTF-16BE with its byte order mark, in hex. */
static char *
text_string (const char *text)
{
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, NULL, NULL);
  GString *out = g_string_new ("<FEFF");

  for (guint i = 0; utf16 && utf16[i]; i++)
    g_string_append_printf (out, "%04X", utf16[i]);
  g_string_append_c (out, '>');
  return g_string_free (out, FALSE);
}

GBytes *
pd_pdf_tags_finish (PdPdfTags  *tags,
                    GBytes     *pdf,
                    const char *lang,
                    GError    **error)
{
  g_autofree char *lang_entry = pd_pdf_language_entry (lang);
  g_autofree char *catalogue = NULL;
  g_autoptr(GArray) numbers = NULL;
  g_autoptr(GArray) additions = g_array_new (FALSE, FALSE, sizeof (PdPdfAddition));
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);
  PdPdfAddition addition;

  g_return_val_if_fail (tags != NULL, NULL);
  g_return_val_if_fail (tags->open->len == 0, NULL);

  if (lang_entry == NULL)
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE,
                   _("cannot set the PDF’s language: “%s” is not a language tag"),
                   lang ? lang : "");
      return NULL;
    }
  /* The title (cairo writes it in /Info) in the title bar, not the file's
   * name (WCAG 2.4.2, PDF/UA). */
  catalogue = g_strdup_printf ("%s\n   /ViewerPreferences << /DisplayDocTitle true >>",
                               lang_entry);
  addition = (PdPdfAddition) { 0, catalogue };
  g_array_append_val (additions, addition);
  numbers = struct_elements (pdf);
  if (numbers->len != tags->elements->len)
    {
      g_set_error (error, PD_FILE_ERROR, PD_FILE_ERROR_WRITE,
                   _("cannot make the PDF: %u parts of its structure were drawn, %u written"),
                   tags->elements->len, numbers->len);
      return NULL;
    }
  for (guint i = 0; i < tags->elements->len; i++)
    {
      const Element *element = &g_array_index (tags->elements, Element, i);
      g_autofree char *alt = NULL;
      g_autofree char *alt_lang = NULL;

      if (element->alt == NULL)
        continue;
      alt = text_string (element->alt);
      alt_lang = element->lang ? pd_pdf_language_entry (element->lang) : NULL;
      g_ptr_array_add (entries, g_strdup_printf ("/Alt %s%s%s", alt, alt_lang ? " " : "",
                                                 alt_lang ? alt_lang : ""));
      addition = (PdPdfAddition) { g_array_index (numbers, guint64, i),
                                   g_ptr_array_index (entries, entries->len - 1) };
      g_array_append_val (additions, addition);
    }
  return pd_pdf_add_entries (pdf, (PdPdfAddition *) (void *) additions->data, additions->len,
                             error);
}
