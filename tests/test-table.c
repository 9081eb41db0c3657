/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include "pd-table.h"
#include "test-common.h"

static const char *const headings[] = { "Step", "Role", "People a year", "WTE" };

/* A table like the capacity's: steps, their role, people and staff. */
static PdTable *
capacity_table (const char *title)
{
  PdTable *table = pd_table_new (title, G_N_ELEMENTS (headings), headings);
  static const struct {
    const char *step;
    const char *role;
    double      people;
    double      wte;
  } rows[] = {
    { "Assessment", "Psychological wellbeing practitioner", 1200, 2.3456789 },
    { "Guided self-help, by phone", "PWP", 850.5, 0.1 },
    { "CBT \"step 3\"", "High-intensity therapist", 1.0 / 3, 12 },
  };

  pd_table_set_decimals (table, 2, 0);
  pd_table_set_decimals (table, 3, 1);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint row = pd_table_add_row (table);

      pd_table_set_text (table, row, 0, rows[i].step);
      pd_table_set_text (table, row, 1, rows[i].role);
      pd_table_set_number (table, row, 2, rows[i].people);
      pd_table_set_number (table, row, 3, rows[i].wte);
    }
  return table;
}

/* RFC 4180: commas, quotes and line ends quoted, quotes doubled; spaces
 * at either end quoted too; an empty cell is an empty field. */
static void
test_csv_quoting (void)
{
  const char *const names[] = { "a", "b", "c" };
  g_autoptr(PdTable) table = pd_table_new ("Quoting", 3, names);
  g_autofree char *csv = NULL;
  guint row;

  row = pd_table_add_row (table);
  pd_table_set_text (table, row, 0, "plain words");
  pd_table_set_text (table, row, 1, "one, two");
  pd_table_set_text (table, row, 2, "say \"yes\"");
  row = pd_table_add_row (table);
  pd_table_set_text (table, row, 0, "two\nlines");
  pd_table_set_text (table, row, 1, " leading");
  pd_table_set_text (table, row, 2, "trailing ");
  row = pd_table_add_row (table);
  pd_table_set_text (table, row, 1, "Ménière’s, 日本");
  pd_table_set_text (table, row, 2, "cr\rhere");
  csv = pd_table_to_csv (table);
  g_assert_cmpstr (csv, ==,
                   "a,b,c\n"
                   "plain words,\"one, two\",\"say \"\"yes\"\"\"\n"
                   "\"two\nlines\",\" leading\",\"trailing \"\n"
                   ",\"Ménière’s, 日本\",\"cr\rhere\"\n");
  /* UTF-8 with no byte order mark. */
  g_assert_cmpint ((guchar) csv[0], ==, 'a');
}

/* Numbers unrounded, in the fewest digits that read back the same, with
 * '.' whatever the locale; the figures are those of capacity_table(). */
static void
check_csv_numbers (void)
{
  g_autoptr(PdTable) table = capacity_table ("Numbers");
  const char *const names[] = { "n" };
  g_autoptr(PdTable) more = pd_table_new ("More", 1, names);
  const double values[] = { 0, -0.25, 1e-7, 123456789.125, 2.0 / 3, 1e21, -1234567.0 };
  g_autofree char *csv = pd_table_to_csv (table);
  g_autofree char *more_csv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpstr (csv, ==,
                   "Step,Role,People a year,WTE\n"
                   "Assessment,Psychological wellbeing practitioner,1200,2.3456789\n"
                   "\"Guided self-help, by phone\",PWP,850.5,0.1\n"
                   "\"CBT \"\"step 3\"\"\",High-intensity therapist,0.3333333333333333,12\n");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    pd_table_set_number (more, pd_table_add_row (more), 0, values[i]);
  more_csv = pd_table_to_csv (more);
  lines = g_strsplit (more_csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (values) + 2);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_assert_null (strchr (lines[i + 1], ','));
      g_assert_cmpfloat (g_ascii_strtod (lines[i + 1], NULL), ==, values[i]);
    }
  g_assert_cmpstr (lines[1], ==, "0");
  g_assert_cmpstr (lines[2], ==, "-0.25");
  g_assert_cmpstr (lines[4], ==, "123456789.125");
  g_assert_cmpstr (lines[7], ==, "-1234567");
}

static void
test_csv_numbers (void)
{
  check_csv_numbers ();
}

/* Where a German locale is installed, its decimal comma changes nothing. */
static void
test_csv_numbers_german (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }
  /* The locale took: printf would write a comma. */
  {
    g_autofree char *comma = g_strdup_printf ("%.1f", 0.5);
    g_assert_cmpstr (comma, ==, "0,5");
  }
  check_csv_numbers ();
  setlocale (LC_NUMERIC, old);
}

/* Text a spreadsheet would run as a formula is opened by an apostrophe
 * (OWASP); a negative number is still a number. */
static void
test_csv_injection (void)
{
  const char *const texts[] = { "=HYPERLINK(\"http://x\")", "+44 20", "-1", "@SUM(A1)",
                                "\tindented", "=1,2", "a=b", "-" };
  const char *const expected[] = { "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+44 20", "'-1",
                                   "'@SUM(A1)", "'\tindented", "\"'=1,2\"", "a=b", "'-" };
  const char *const names[] = { "=text", "number" };
  g_autoptr(PdTable) table = pd_table_new ("Injection", 2, names);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      guint row = pd_table_add_row (table);

      pd_table_set_text (table, row, 0, texts[i]);
      pd_table_set_number (table, row, 1, -1.5 * i);
    }
  csv = pd_table_to_csv (table);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "'=text,number");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *number = i == 0 ? g_strdup ("0") : g_strdup_printf ("-%g", 1.5 * i);
      g_autofree char *line = g_strdup_printf ("%s,%s", expected[i], number);

      g_assert_cmpstr (lines[i + 1], ==, line);
    }
}

/* Written to a path the safe way; a path that cannot be written is an
 * error that leaves nothing behind. */
static void
test_csv_file (void)
{
  g_autoptr(PdTable) table = capacity_table ("File");
  g_autofree char *dir = g_dir_make_tmp ("pathway-table-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "capacity.csv", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "capacity.csv", NULL);
  g_autofree char *expected = pd_table_to_csv (table);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "an older, longer file\nwith more lines\n", -1,
                                      NULL));
  g_assert_true (pd_table_write_csv (table, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_assert_false (pd_table_write_csv (table, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_unlink (path);
  g_rmdir (dir);
}

/* The parts of a zip package by name, checking the first is @first. */
static GHashTable *
unzip (GBytes     *package,
       const char *first)
{
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);
  zip_source_t *source = zip_source_buffer_create (g_bytes_get_data (package, NULL),
                                                   g_bytes_get_size (package), 0, NULL);
  zip_t *zip = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, NULL);

  g_assert_nonnull (zip);
  for (zip_int64_t i = 0; i < zip_get_num_entries (zip, 0); i++)
    {
      zip_stat_t stat;
      zip_file_t *file;
      char *buffer;

      g_assert_cmpint (zip_stat_index (zip, (zip_uint64_t) i, 0, &stat), ==, 0);
      if (i == 0)
        g_assert_cmpstr (stat.name, ==, first);
      buffer = g_malloc (stat.size + 1);
      file = zip_fopen_index (zip, (zip_uint64_t) i, 0);
      g_assert_cmpint (zip_fread (file, buffer, stat.size), ==, (zip_int64_t) stat.size);
      zip_fclose (file);
      buffer[stat.size] = '\0';
      g_hash_table_insert (parts, g_strdup (stat.name), g_bytes_new_take (buffer, stat.size));
    }
  zip_discard (zip);
  return parts;
}

static const char *
part (GHashTable *parts,
      const char *name)
{
  GBytes *bytes = g_hash_table_lookup (parts, name);

  g_assert_nonnull (bytes);
  return g_bytes_get_data (bytes, NULL);
}

/* The string value of @xpath in @doc's content: (transfer full). */
static char *
xpath_string (xmlXPathContextPtr context,
              const char        *xpath)
{
  g_autofree char *expression = g_strdup_printf ("string(%s)", xpath);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) expression, context);
  char *value;

  g_assert_nonnull (result);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  return value;
}

static void
assert_xpath (xmlXPathContextPtr context,
              const char        *xpath,
              const char        *expected)
{
  g_autofree char *value = xpath_string (context, xpath);

  g_assert_cmpstr (value, ==, expected);
}

static double
column_width_cm (xmlXPathContextPtr context,
                 guint              sheet,
                 guint              column)
{
  g_autofree char *xpath = g_strdup_printf ("//table:table[%u]/table:table-column[%u]"
                                            "/@table:style-name", sheet, column);
  g_autofree char *style = xpath_string (context, xpath);
  g_autofree char *width_xpath = g_strdup_printf ("//style:style[@style:name='%s']"
                                                  "/style:table-column-properties"
                                                  "/@style:column-width", style);
  g_autofree char *width = xpath_string (context, width_xpath);

  g_assert_true (g_str_has_suffix (width, "cm"));
  return g_ascii_strtod (width, NULL);
}

static void
check_ods (void)
{
  g_autoptr(PdTable) first = capacity_table ("Capacity: by step");
  g_autoptr(PdTable) second = capacity_table ("Capacity: by step");
  PdTable *tables[] = { first, second };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) ods = pd_table_to_ods (tables, 2, &error);
  g_autoptr(GHashTable) parts = NULL;
  const guint8 *bytes;
  const char *manifest;
  xmlDocPtr content;
  xmlXPathContextPtr context;

  g_assert_no_error (error);
  bytes = g_bytes_get_data (ods, NULL);
  /* "mimetype" first, stored (method 0), with no data descriptor (flag
   * bit 3) and no extra field, as OpenDocument requires. */
  g_assert_cmpmem (bytes, 4, "PK\x03\x04", 4);
  g_assert_cmpuint ((bytes[6] | bytes[7] << 8) & 0x8, ==, 0);
  g_assert_cmpuint (bytes[8] | bytes[9] << 8, ==, 0);
  g_assert_cmpuint (bytes[28] | bytes[29] << 8, ==, 0);
  g_assert_cmpmem (bytes + 30, 8, "mimetype", 8);
  g_assert_cmpmem (bytes + 38, 46, "application/vnd.oasis.opendocument.spreadsheet", 46);

  parts = unzip (ods, "mimetype");
  g_assert_cmpstr (part (parts, "mimetype"), ==, "application/vnd.oasis.opendocument.spreadsheet");
  manifest = part (parts, "META-INF/manifest.xml");
  g_assert_nonnull (strstr (manifest, "manifest:full-path=\"/\" manifest:version=\"1.3\" "
                                      "manifest:media-type=\"application/vnd.oasis."
                                      "opendocument.spreadsheet\""));
  for (const char *const *name = (const char *const[]) { "content.xml", "styles.xml",
                                                         "meta.xml", NULL }; *name; name++)
    {
      g_autofree char *entry = g_strdup_printf ("manifest:full-path=\"%s\"", *name);
      xmlDocPtr doc = xmlReadMemory (part (parts, *name), strlen (part (parts, *name)), *name,
                                     NULL, XML_PARSE_NONET);

      g_assert_nonnull (strstr (manifest, entry));
      g_assert_nonnull (doc);
      xmlFreeDoc (doc);
    }
  g_assert_nonnull (strstr (part (parts, "meta.xml"),
                            "<meta:generator>Pathway Designer</meta:generator>"
                            "<dc:title>Capacity: by step</dc:title>"));

  content = xmlReadMemory (part (parts, "content.xml"), strlen (part (parts, "content.xml")),
                           "content.xml", NULL, XML_PARSE_NONET);
  context = xmlXPathNewContext (content);
  xmlXPathRegisterNs (context, (const xmlChar *) "table",
                      (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
  xmlXPathRegisterNs (context, (const xmlChar *) "office",
                      (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
  xmlXPathRegisterNs (context, (const xmlChar *) "style",
                      (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (context, (const xmlChar *) "number",
                      (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");

  /* A sheet a table, names as spreadsheets allow them and each its own. */
  assert_xpath (context, "count(//table:table)", "2");
  assert_xpath (context, "//table:table[1]/@table:name", "Capacity  by step");
  assert_xpath (context, "//table:table[2]/@table:name", "Capacity  by step 2");
  /* The headings in the header row, in bold. */
  assert_xpath (context, "count(//table:table[1]/table:table-header-rows/table:table-row"
                         "/table:table-cell[starts-with(@table:style-name,'Heading')])", "4");
  /* A number's heading stands at its end, as the numbers do. */
  assert_xpath (context, "//table:table[1]/table:table-header-rows//table:table-cell[1]"
                         "/@table:style-name", "Heading");
  assert_xpath (context, "//table:table[1]/table:table-header-rows//table:table-cell[4]"
                         "/@table:style-name", "HeadingNumber");
  assert_xpath (context, "//table:table[1]/table:table-header-rows//table:table-cell[3]",
                "People a year");
  g_assert_nonnull (strstr (part (parts, "styles.xml"), "style:name=\"Heading\" "
                                                        "style:family=\"table-cell\""));
  g_assert_nonnull (strstr (part (parts, "styles.xml"), "fo:font-weight=\"bold\""));
  /* Text as text, numbers as numbers at full precision, shown with
   * their column's decimals. */
  assert_xpath (context, "count(//table:table[1]/table:table-row)", "3");
  assert_xpath (context, "//table:table[1]/table:table-row[3]/table:table-cell[1]"
                         "/@office:value-type", "string");
  assert_xpath (context, "//table:table[1]/table:table-row[3]/table:table-cell[1]",
                "CBT \"step 3\"");
  assert_xpath (context, "//table:table[1]/table:table-row[1]/table:table-cell[4]"
                         "/@office:value-type", "float");
  assert_xpath (context, "//table:table[1]/table:table-row[1]/table:table-cell[4]"
                         "/@office:value", "2.3456789");
  assert_xpath (context, "//table:table[1]/table:table-row[1]/table:table-cell[4]", "2.3");
  assert_xpath (context, "//table:table[1]/table:table-row[3]/table:table-cell[3]"
                         "/@office:value", "0.3333333333333333");
  assert_xpath (context, "//table:table[1]/table:table-row[2]/table:table-cell[3]", "851");
  {
    g_autofree char *style = xpath_string (context, "//table:table[1]/table:table-row[1]"
                                                    "/table:table-cell[4]/@table:style-name");
    g_autofree char *xpath = g_strdup_printf ("//number:number-style[@style:name=//style:style"
                                              "[@style:name='%s']/@style:data-style-name]"
                                              "/number:number/@number:decimal-places", style);

    assert_xpath (context, xpath, "1");
  }
  /* Columns as wide as their headings and figures: the long role wider
   * than the short heading "WTE", which is wide enough for its own. */
  g_assert_cmpfloat (column_width_cm (context, 1, 2), >, column_width_cm (context, 1, 4));
  g_assert_cmpfloat (column_width_cm (context, 1, 4), >=, 1.0);
  g_assert_cmpfloat (column_width_cm (context, 1, 3), >=, 0.18 * strlen ("People a year"));

  xmlXPathFreeContext (context);
  xmlFreeDoc (content);

  /* Nothing says who made it or where. */
  {
    GHashTableIter iter;
    gpointer name, data;

    g_hash_table_iter_init (&iter, parts);
    while (g_hash_table_iter_next (&iter, &name, &data))
      {
        g_assert_null (strstr (g_bytes_get_data (data, NULL), g_get_home_dir ()));
        g_assert_null (strstr (g_bytes_get_data (data, NULL), g_get_tmp_dir ()));
      }
  }
}

static void
test_ods_package (void)
{
  check_ods ();
}

static void
test_ods_german (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }
  check_ods ();
  setlocale (LC_NUMERIC, old);
}

static guint
count (const char *text,
       const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p; p = strstr (p + 1, word))
    n++;
  return n;
}

/* The rows of @csv as RFC 4180 reads them: (element-type GStrv). */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = csv; *p; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == ',' || *p == '\n'))
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\n')
            {
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
            }
        }
      else if (quoted || *p != '\r')
        g_string_append_c (field, *p);
    }
  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);
  return rows;
}

/* LibreOffice @tool's output ("csv" or "pdf") for @ods in @dir. */
static void
libreoffice_convert (const char *dir,
                     const char *ods,
                     const char *to)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  const char *argv[] = { soffice, profile, "--headless", "--convert-to", to, "--outdir", dir,
                         ods, NULL };
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                               NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static const struct {
  const char *text;
  double      number;
} lo_rows[] = {
  { "Assessment, by phone", 1200 },
  { "=High-intensity \"CBT\"", 1.0 / 3 },
  { "two\nlines", 123456.789 },
  { "Ménière’s", -0.1 },
};

/* Where LibreOffice Calc is installed, it opens the spreadsheet: each
 * sheet gives back its rows (text as text, not a formula; numbers to
 * the 15 digits it writes), and printed, the headings head every page
 * and every column fits across it. */
static void
test_ods_in_libreoffice (void)
{
  /* Wider than a page, had the columns not been fitted to its width. */
  const char *const names[] = { "Name", "People a year", "Role 1", "Role 2", "Role 3", "Role 4",
                                "Role 5", "Role 6", "WTE" };
  const char *role = "Psychological wellbeing practitioner";
  g_autoptr(PdTable) first = pd_table_new ("Rows", G_N_ELEMENTS (names), names);
  g_autoptr(PdTable) second = capacity_table ("Second");
  PdTable *tables[] = { first, second };
  g_autofree char *dir = g_dir_make_tmp ("pathway-ods-XXXXXX", NULL);
  g_autofree char *ods = g_build_filename (dir, "tables.ods", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "tables-Rows.csv", NULL);
  g_autofree char *second_path = g_build_filename (dir, "tables-Second.csv", NULL);
  g_autofree char *pdf = g_build_filename (dir, "tables.pdf", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *second_csv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages;
  guint n_pages;

  if (!test_have_program ("soffice") || !test_have_program ("localc"))
    {
      g_test_skip ("LibreOffice Calc is not installed");
      return;
    }
  for (guint i = 0; i < 60; i++)
    {
      guint row = pd_table_add_row (first);

      pd_table_set_text (first, row, 0, lo_rows[i % G_N_ELEMENTS (lo_rows)].text);
      pd_table_set_number (first, row, 1, lo_rows[i % G_N_ELEMENTS (lo_rows)].number * (i + 1));
      for (guint j = 2; j < 8; j++)
        pd_table_set_text (first, row, j, role);
      pd_table_set_number (first, row, 8, 0.1 * i);
    }
  g_assert_true (pd_table_write_ods (tables, 2, ods, &error));
  g_assert_no_error (error);

  /* Every sheet a file of its own, the values unformatted. */
  libreoffice_convert (dir, ods, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
                                 "false,false,false,-1");
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 61);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[i], ==, names[i]);
  for (guint i = 0; i < 60; i++)
    {
      char **fields = g_ptr_array_index (rows, i + 1);
      double people = lo_rows[i % G_N_ELEMENTS (lo_rows)].number * (i + 1);

      g_assert_cmpuint (g_strv_length (fields), ==, G_N_ELEMENTS (names));
      g_assert_cmpstr (fields[7], ==, role);
      g_assert_cmpstr (fields[0], ==, lo_rows[i % G_N_ELEMENTS (lo_rows)].text);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (fields[1], NULL), people,
                                      fabs (people) * 1e-14);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (fields[8], NULL), 0.1 * i, 1e-14);
    }
  g_assert_true (g_file_get_contents (second_path, &second_csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (second_csv, "Step,Role,People a year,WTE\n"
                                               "Assessment,Psychological wellbeing practitioner,"
                                               "1200,2.3456789\n"));

  libreoffice_convert (dir, ods, "pdf");
  text = test_run_tool ("pdftotext", pdf, "-");
  info = test_run_tool ("pdfinfo", pdf, NULL);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  n_pages = (guint) g_ascii_strtoull (pages + strlen ("Pages:") + strspn (pages + 6, " "),
                                      NULL, 10);
  /* The first sheet's 60 rows take two pages, the second sheet one. */
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (count (text, "People a year"), ==, n_pages);
  g_assert_cmpuint (count (text, "WTE"), ==, n_pages);
  g_assert_cmpuint (count (text, "Role 6"), ==, 2);

  for (const char *const *name = (const char *const[]) { ods, csv_path, second_path, pdf,
                                                         NULL }; *name; name++)
    g_unlink (*name);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table/csv/quoting", test_csv_quoting);
  g_test_add_func ("/table/csv/numbers", test_csv_numbers);
  g_test_add_func ("/table/csv/numbers-german", test_csv_numbers_german);
  g_test_add_func ("/table/csv/injection", test_csv_injection);
  g_test_add_func ("/table/csv/file", test_csv_file);
  g_test_add_func ("/table/ods/package", test_ods_package);
  g_test_add_func ("/table/ods/german", test_ods_german);
  g_test_add_func ("/table/ods/libreoffice", test_ods_in_libreoffice);
  return g_test_run ();
}
