/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The table itself and its CSV; the spreadsheet is in pd-table-ods.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pd-file.h"
#include "pd-table-private.h"

#define DEFAULT_DECIMALS 2

static void
clear_cell (PdTableCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
  cell->kind = PD_TABLE_EMPTY;
}

PdTable *
pd_table_new (const char         *title,
              guint               n_columns,
              const char * const *headings)
{
  PdTable *self;

  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (headings != NULL, NULL);

  self = g_new0 (PdTable, 1);
  self->title = g_utf8_make_valid (title ? title : "", -1);
  self->n_columns = n_columns;
  self->headings = g_new0 (char *, n_columns + 1);
  self->decimals = g_new (guint, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      self->headings[i] = g_utf8_make_valid (headings[i] ? headings[i] : "", -1);
      self->decimals[i] = DEFAULT_DECIMALS;
    }
  self->cells = g_array_new (FALSE, TRUE, sizeof (PdTableCell));
  g_array_set_clear_func (self->cells, (GDestroyNotify) clear_cell);
  return self;
}

void
pd_table_free (PdTable *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_strfreev (self->headings);
  g_free (self->decimals);
  g_array_unref (self->cells);
  g_free (self);
}

const char *
pd_table_get_title (const PdTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

guint
pd_table_get_n_columns (const PdTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

guint
pd_table_get_n_rows (const PdTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->cells->len / self->n_columns;
}

void
pd_table_set_decimals (PdTable *self,
                       guint    column,
                       guint    decimals)
{
  g_return_if_fail (self != NULL && column < self->n_columns);

  /* A double has no more than 17 significant digits to show. */
  self->decimals[column] = MIN (decimals, 15);
}

guint
pd_table_add_row (PdTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  g_array_set_size (self->cells, self->cells->len + self->n_columns);
  return pd_table_get_n_rows (self) - 1;
}

const PdTableCell *
pd_table_cell (const PdTable *self,
               guint          row,
               guint          column)
{
  g_assert (column < self->n_columns && row < pd_table_get_n_rows (self));

  return &g_array_index (self->cells, PdTableCell, row * self->n_columns + column);
}

static PdTableCell *
cleared_cell (PdTable *self,
              guint    row,
              guint    column)
{
  PdTableCell *cell = (PdTableCell *) pd_table_cell (self, row, column);

  clear_cell (cell);
  return cell;
}

void
pd_table_set_text (PdTable    *self,
                   guint       row,
                   guint       column,
                   const char *text)
{
  PdTableCell *cell;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row < pd_table_get_n_rows (self) && column < self->n_columns);

  cell = cleared_cell (self, row, column);
  if (text == NULL)
    return;
  cell->kind = PD_TABLE_TEXT;
  cell->text = g_utf8_make_valid (text, -1);
}

void
pd_table_set_number (PdTable *self,
                     guint    row,
                     guint    column,
                     double   value)
{
  PdTableCell *cell;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row < pd_table_get_n_rows (self) && column < self->n_columns);
  g_return_if_fail (isfinite (value));

  cell = cleared_cell (self, row, column);
  cell->kind = PD_TABLE_NUMBER;
  cell->number = value;
}

char *
pd_table_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0)
    return g_strdup ("0");
  /* Never rounded: 15 significant digits where they read back the same
   * (0.1, not 0.10000000000000001), more where they do not. */
  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

/* OWASP's guard against formula injection: text a spreadsheet would take
 * for a formula (=, +, - or @ first, or a tab or carriage return that
 * some strip before them) is opened by an apostrophe, which shows it as
 * text. Numbers are written as numbers, never guarded. */
static gboolean
needs_guard (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

/* RFC 4180: a field holding a comma, a quote or a line end is quoted,
 * its quotes doubled; so is one with a space or tab at either end, which
 * some readers would trim. */
static void
append_csv_text (GString    *out,
                 const char *text)
{
  g_autofree char *guarded = needs_guard (text) ? g_strconcat ("'", text, NULL) : NULL;
  const char *field = guarded ? guarded : text;
  gsize length = strlen (field);
  gboolean quote = strpbrk (field, ",\"\r\n") != NULL
                   || (length > 0 && (g_ascii_isspace (field[0])
                                      || g_ascii_isspace (field[length - 1])));

  if (!quote)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_csv_cell (GString           *out,
                 const PdTableCell *cell)
{
  g_autofree char *number = NULL;

  switch (cell->kind)
    {
    case PD_TABLE_TEXT:
      append_csv_text (out, cell->text);
      break;
    case PD_TABLE_NUMBER:
      number = pd_table_format_number (cell->number);
      g_string_append (out, number);
      break;
    case PD_TABLE_EMPTY:
    default:
      break;
    }
}

char *
pd_table_to_csv (const PdTable *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  /* Lines end in '\n', not RFC 4180's "\r\n": every spreadsheet reads
   * both, and the command line's tools (grep, diff, a shell's read) and
   * the other outputs of pathway end lines so. */
  for (guint i = 0; i < self->n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_csv_text (out, self->headings[i]);
    }
  g_string_append_c (out, '\n');
  for (guint row = 0; row < pd_table_get_n_rows (self); row++)
    {
      for (guint i = 0; i < self->n_columns; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_csv_cell (out, pd_table_cell (self, row, i));
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

gboolean
pd_table_write_csv (const PdTable  *self,
                    const char     *path,
                    GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *csv;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = pd_table_to_csv (self);
  bytes = g_bytes_new_take (csv, strlen (csv));
  return pd_file_replace (path, bytes, NULL, NULL, error);
}
