/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tables as an OpenDocument spreadsheet, a sheet each: numbers as numbers
 * at full precision shown with their column's decimals, the headings in
 * bold and printed again at the top of every page, columns wide enough
 * for their headings and figures. Nothing about who made it or where. */
#include <math.h>
#include <string.h>

#include "pd-file.h"
#include "pd-table-private.h"
#include "pd-xml-util.h"
#include "pd-zip-private.h"

#define MIMETYPE "application/vnd.oasis.opendocument.spreadsheet"

/* Widths in centimetres of Liberation Sans at 10 pt: about 0.16 cm a
 * character, 0.18 in bold for headings, with room for the cell's padding. */
#define CM_PER_CHAR 0.16
#define CM_PER_BOLD_CHAR 0.18
#define CM_PADDING 0.3
#define MIN_COLUMN_CM 1.5
/* Wider headings wrap. */
#define MAX_COLUMN_CM 8.0

#define NAMESPACES \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" " \
  "office:version=\"1.3\""

/* @value as the sheet shows it: @decimals after the point, a half
 * rounded away from zero as spreadsheets do (printf rounds it to even). */
static char *
display_number (double value,
                guint  decimals)
{
  double scale = pow (10, decimals);
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 32];

  g_snprintf (format, sizeof format, "%%.%uf", decimals);
  /* Beyond 2^53 a double holds no fraction to round. */
  if (fabs (value * scale) < 9007199254740992.0)
    value = round (value * scale) / scale;
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/* The number of characters @cell shows at most on a line. */
static glong
cell_chars (const PdTable     *table,
            const PdTableCell *cell,
            guint              column)
{
  g_autofree char *shown = NULL;
  glong widest = 0;

  if (cell->kind == PD_TABLE_EMPTY)
    return 0;
  if (cell->kind == PD_TABLE_NUMBER)
    {
      shown = display_number (cell->number, table->decimals[column]);
      /* A thousands separator every three digits. */
      return (glong) strlen (shown) * 4 / 3;
    }
  for (const char *line = cell->text; line; line = strchr (line, '\n'))
    {
      const char *end;

      line += *line == '\n';
      end = strchr (line, '\n');
      widest = MAX (widest, g_utf8_strlen (line, end ? end - line : -1));
    }
  return widest;
}

static double
column_cm (const PdTable *table,
           guint          column)
{
  PdTableCell heading = { PD_TABLE_TEXT, table->headings[column], 0 };
  double cm = cell_chars (table, &heading, column) * CM_PER_BOLD_CHAR;

  for (guint row = 0; row < pd_table_get_n_rows (table); row++)
    cm = MAX (cm, cell_chars (table, pd_table_cell (table, row, column), column) * CM_PER_CHAR);
  return CLAMP (cm + CM_PADDING, MIN_COLUMN_CM, MAX_COLUMN_CM);
}

/* A number's display style and the cell style using it, for each number
 * of decimals up to @most. */
static void
append_number_styles (GString *out,
                      guint    most)
{
  for (guint d = 0; d <= most; d++)
    g_string_append_printf (out, "<number:number-style style:name=\"N%u\">"
                            "<number:number number:decimal-places=\"%u\" "
                            "number:min-decimal-places=\"%u\" number:min-integer-digits=\"1\" "
                            "number:grouping=\"true\"/></number:number-style>"
                            "<style:style style:name=\"Number%u\" style:family=\"table-cell\" "
                            "style:parent-style-name=\"Default\" "
                            "style:data-style-name=\"N%u\"/>", d, d, d, d, d);
}

static void
append_column_styles (GString       *out,
                      const PdTable *table,
                      guint          sheet)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      g_autofree char *cm = pd_xml_format_number (column_cm (table, i));

      g_string_append_printf (out, "<style:style style:name=\"co%u_%u\" "
                              "style:family=\"table-column\"><style:table-column-properties "
                              "fo:break-before=\"auto\" style:column-width=\"%scm\"/>"
                              "</style:style>", sheet, i, cm);
    }
}

/* A text as paragraphs, one a line: a line end in a paragraph is only a
 * space to a spreadsheet. */
static void
append_paragraphs (GString    *out,
                   const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_string_append (out, "<text:p>");
      pd_xml_append_escaped (out, lines[i], FALSE);
      g_string_append (out, "</text:p>");
    }
}

static void
append_cell (GString           *out,
             const PdTable     *table,
             const PdTableCell *cell,
             guint              column)
{
  g_autofree char *value = NULL;
  g_autofree char *shown = NULL;

  switch (cell->kind)
    {
    case PD_TABLE_TEXT:
      g_string_append (out, "<table:table-cell office:value-type=\"string\">");
      append_paragraphs (out, cell->text);
      g_string_append (out, "</table:table-cell>");
      break;
    case PD_TABLE_NUMBER:
      value = pd_table_format_number (cell->number);
      shown = display_number (cell->number, table->decimals[column]);
      g_string_append_printf (out, "<table:table-cell table:style-name=\"Number%u\" "
                              "office:value-type=\"float\" office:value=\"%s\">"
                              "<text:p>%s</text:p></table:table-cell>",
                              table->decimals[column], value, shown);
      break;
    case PD_TABLE_EMPTY:
    default:
      g_string_append (out, "<table:table-cell/>");
      break;
    }
}

/* A sheet's name as spreadsheets allow it: none of []*?:/\ nor an
 * apostrophe at either end, at most 31 characters, and not another
 * sheet's. */
static char *
sheet_name (const PdTable *table,
            guint          sheet,
            GHashTable    *used)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *unique;

  for (const char *p = table->title; *p && g_utf8_strlen (name->str, -1) < 31;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("[]*?:/\\", (int) c) != NULL))
        c = ' ';
      g_string_append_unichar (name, c);
    }
  base = g_strstrip (g_strdup (name->str));
  while (base[0] == '\'')
    memmove (base, base + 1, strlen (base));
  while (*base && base[strlen (base) - 1] == '\'')
    base[strlen (base) - 1] = '\0';
  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup_printf ("Sheet%u", sheet + 1);
    }
  unique = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (used, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s %u", base, n);
    }
  g_hash_table_add (used, unique);
  return g_strdup (unique);
}

/* Whether @column holds numbers: its first cell that is not empty does. */
static gboolean
numbers_column (const PdTable *table,
                guint          column)
{
  for (guint row = 0; row < pd_table_get_n_rows (table); row++)
    {
      const PdTableCell *cell = pd_table_cell (table, row, column);

      if (cell->kind != PD_TABLE_EMPTY)
        return cell->kind == PD_TABLE_NUMBER;
    }
  return FALSE;
}

static void
append_sheet (GString       *out,
              const PdTable *table,
              guint          sheet,
              GHashTable    *used)
{
  g_autofree char *name = sheet_name (table, sheet, used);

  g_string_append (out, "<table:table table:name=\"");
  pd_xml_append_escaped (out, name, TRUE);
  g_string_append (out, "\">");
  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (out, "<table:table-column table:style-name=\"co%u_%u\" "
                            "table:default-cell-style-name=\"Default\"/>", sheet, i);
  /* The headings' row is the header row, printed atop every page. */
  g_string_append (out, "<table:table-header-rows><table:table-row>");
  for (guint i = 0; i < table->n_columns; i++)
    {
      /* A heading stands over its numbers' end, as they do. */
      g_string_append_printf (out, "<table:table-cell table:style-name=\"%s\" "
                              "office:value-type=\"string\">",
                              numbers_column (table, i) ? "HeadingNumber" : "Heading");
      append_paragraphs (out, table->headings[i]);
      g_string_append (out, "</table:table-cell>");
    }
  g_string_append (out, "</table:table-row></table:table-header-rows>");
  for (guint row = 0; row < pd_table_get_n_rows (table); row++)
    {
      g_string_append (out, "<table:table-row>");
      for (guint i = 0; i < table->n_columns; i++)
        append_cell (out, table, pd_table_cell (table, row, i), i);
      g_string_append (out, "</table:table-row>");
    }
  g_string_append (out, "</table:table>");
}

static char *
content_xml (PdTable * const *tables,
             guint            n_tables)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  guint most = 0;

  for (guint t = 0; t < n_tables; t++)
    for (guint i = 0; i < tables[t]->n_columns; i++)
      most = MAX (most, tables[t]->decimals[i]);
  g_string_append (out, "<office:document-content " NAMESPACES "><office:automatic-styles>");
  append_number_styles (out, most);
  for (guint t = 0; t < n_tables; t++)
    append_column_styles (out, tables[t], t);
  g_string_append (out, "</office:automatic-styles><office:body><office:spreadsheet>");
  for (guint t = 0; t < n_tables; t++)
    append_sheet (out, tables[t], t, used);
  g_string_append (out, "</office:spreadsheet></office:body></office:document-content>\n");
  return g_string_free (out, FALSE);
}

static char *
styles_xml (void)
{
  return g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-styles " NAMESPACES "><office:font-face-decls>"
                   "<style:font-face style:name=\"Liberation Sans\" "
                   "svg:font-family=\"'Liberation Sans'\" style:font-family-generic=\"swiss\"/>"
                   "</office:font-face-decls><office:styles>"
                   "<style:style style:name=\"Default\" style:family=\"table-cell\">"
                   "<style:text-properties style:font-name=\"Liberation Sans\" "
                   "fo:font-size=\"10pt\"/></style:style>"
                   "<style:style style:name=\"Heading\" style:family=\"table-cell\" "
                   "style:parent-style-name=\"Default\"><style:table-cell-properties "
                   "fo:wrap-option=\"wrap\" style:vertical-align=\"bottom\"/>"
                   "<style:text-properties fo:font-weight=\"bold\" "
                   "style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/>"
                   "</style:style><style:style style:name=\"HeadingNumber\" "
                   "style:family=\"table-cell\" style:parent-style-name=\"Heading\">"
                   "<style:table-cell-properties style:text-align-source=\"fix\"/>"
                   "<style:paragraph-properties fo:text-align=\"end\"/></style:style>"
                   "</office:styles><office:automatic-styles>"
                   "<style:page-layout style:name=\"Page\"><style:page-layout-properties "
                   "fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" "
                   "style:print-orientation=\"landscape\" style:scale-to-X=\"1\" "
                   "style:scale-to-Y=\"0\" fo:margin-top=\"1.5cm\" "
                   "fo:margin-bottom=\"1.5cm\" fo:margin-left=\"1.5cm\" "
                   "fo:margin-right=\"1.5cm\"/></style:page-layout></office:automatic-styles>"
                   "<office:master-styles><style:master-page style:name=\"Default\" "
                   "style:page-layout-name=\"Page\"/></office:master-styles>"
                   "</office:document-styles>\n");
}

static char *
meta_xml (const PdTable *first)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out, "<office:document-meta "
                   "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                   "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
                   "<office:meta><meta:generator>Pathway Designer</meta:generator><dc:title>");
  pd_xml_append_escaped (out, first->title, FALSE);
  g_string_append (out, "</dc:title></office:meta></office:document-meta>\n");
  return g_string_free (out, FALSE);
}

static const char manifest_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
  "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
  "manifest:version=\"1.3\" manifest:media-type=\"" MIMETYPE "\"/>"
  "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
  "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
  "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
  "</manifest:manifest>\n";

GBytes *
pd_table_to_ods (PdTable * const  *tables,
                 guint             n_tables,
                 GError          **error)
{
  g_autofree char *content = NULL;
  g_autofree char *styles = styles_xml ();
  g_autofree char *meta = NULL;
  g_autoptr(PdZip) zip = NULL;

  g_return_val_if_fail (tables != NULL && n_tables > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  content = content_xml (tables, n_tables);
  meta = meta_xml (tables[0]);
  zip = pd_zip_new (error);
  if (zip == NULL)
    return NULL;
  /* The mimetype first and stored, so that it can be read at a fixed
   * place (OpenDocument 1.3, part 2, 3.3). */
  (void) (pd_zip_add_text (zip, "mimetype", MIMETYPE, TRUE)
          && pd_zip_add_text (zip, "META-INF/manifest.xml", manifest_xml, FALSE)
          && pd_zip_add_text (zip, "content.xml", content, FALSE)
          && pd_zip_add_text (zip, "styles.xml", styles, FALSE)
          && pd_zip_add_text (zip, "meta.xml", meta, FALSE));
  return pd_zip_finish (zip, error);
}

gboolean
pd_table_write_ods (PdTable * const  *tables,
                    guint             n_tables,
                    const char       *path,
                    GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = pd_table_to_ods (tables, n_tables, error);
  return bytes != NULL && pd_file_replace (path, bytes, NULL, NULL, error);
}
