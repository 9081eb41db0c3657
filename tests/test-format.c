/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "pd-diagnostic.h"
#include "pd-document-private.h"
#include "pd-foreign.h"
#include "pd-xml-reader.h"
#include "test-common.h"

static PdDocument *
read_string (const char *xml,
             GPtrArray  *diagnostics)
{
  return pd_xml_read (xml, strlen (xml), "test.pathway", diagnostics);
}

static void
test_examples_round_trip (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(PdDocument) doc = NULL;
  g_autofree char *written = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  doc = test_load (path);
  written = test_write (doc);
  /* The examples are kept in canonical form: load then save changes no byte. */
  g_assert_cmpstr (written, ==, contents);
}

static void
test_examples_content (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  GListModel *nodes = pd_document_get_nodes (doc);
  GListModel *agencies = pd_document_get_agencies (doc);
  guint n = g_list_model_get_n_items (nodes);
  g_autofree char *summary = NULL;

  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpuint (n, <=, 40);
  g_assert_cmpuint (g_list_model_get_n_items (agencies), >=, 3);
  g_object_get (doc, "summary", &summary, NULL);
  g_assert_nonnull (strstr (summary, "illustrative"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      GPtrArray *evidence = pd_node_get_evidence (node);

      g_assert_nonnull (pd_node_get_easy_read (node));
      g_assert_nonnull (pd_node_get_agency_id (node));
      for (guint e = 0; evidence && e < evidence->len; e++)
        g_assert_true (g_str_has_prefix (((PdLink *) g_ptr_array_index (evidence, e))->href,
                                         "https://www.nice.org.uk/"));
    }
}

#define FOREIGN_DOC \
  "<?xml version=\"1.0\"?>\n" \
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" xmlns:v=\"urn:example:vendor\" " \
  "xmlns:w=\"urn:example:other\" format-version=\"1\" id=\"p\" v:build=\"7\">\n" \
  "  <v:settings theme=\"dark\"><v:grid size=\"8\">on</v:grid></v:settings>\n" \
  "  <title>Foreign</title>\n" \
  "  <agencies>\n" \
  "    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\" w:code=\"RX1\"><name>NHS</name>" \
  "<w:contract ref=\"A&amp;B\"/></agency>\n" \
  "  </agencies>\n" \
  "  <nodes>\n" \
  "    <node id=\"a\" kind=\"referral\" agency=\"nhs\" x=\"0\" y=\"0\" v:locked=\"true\">" \
  "<title>A</title><w:note xml:lang=\"en\">keep <b xmlns=\"urn:x\">me</b></w:note></node>\n" \
  "    <node id=\"b\" kind=\"discharge\" agency=\"nhs\" x=\"200.5\" y=\"0\"><title>B</title></node>\n" \
  "  </nodes>\n" \
  "  <edges>\n" \
  "    <edge id=\"e\" from=\"a\" to=\"b\" v:style=\"bold\"><v:waypoint x=\"1\"/></edge>\n" \
  "  </edges>\n" \
  "</pathway>\n"

static void
test_foreign_survives (void)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (FOREIGN_DOC, diagnostics);
  g_autoptr(PdDocument) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_nonnull (doc);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  first = test_write (doc);
  {
    const char *pieces[] = {
      "v:build=\"7\"", "<v:settings xmlns:v=\"urn:example:vendor\" theme=\"dark\">"
      "<v:grid size=\"8\">on</v:grid></v:settings>",
      "w:code=\"RX1\"", "ref=\"A&amp;B\"", "v:locked=\"true\"", "xml:lang=\"en\"",
      "<b xmlns=\"urn:x\">me</b>", "v:style=\"bold\"", "<v:waypoint", "x=\"200.5\"",
      "xmlns:v=\"urn:example:vendor\"", "xmlns:w=\"urn:example:other\"",
    };
    for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
      if (strstr (first, pieces[i]) == NULL)
        g_error ("“%s” lost in:\n%s", pieces[i], first);
  }

  /* The written form is canonical: reading and writing it again is stable. */
  again = read_string (first, diagnostics);
  g_assert_nonnull (again);
  second = test_write (again);
  g_assert_cmpstr (first, ==, second);
}

static void
test_text_round_trip (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(PdNode) node = pd_node_new ("n1", PD_NODE_KIND_INTERVENTION);
  g_autoptr(PdDocument) back = NULL;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autofree char *xml = NULL;
  PdNode *read;
  const char *tricky = "  <b>&amp; \"quotes\" 'apostrophes'\n\tline\r\nCRLF — ünïcødé 🙂 ]]> ";

  g_object_set (node, "title", tricky, "description", tricky, "staff-role", tricky,
                "x", 12.345, "y", -0.004, NULL);
  g_object_set (doc, "title", tricky, NULL);
  pd_document_add_node (doc, node);
  xml = test_write (doc);
  back = read_string (xml, diagnostics);
  g_assert_nonnull (back);
  read = pd_document_get_node (back, "n1");
  g_assert_cmpstr (pd_node_get_title (read), ==, tricky);
  g_assert_cmpstr (pd_node_get_description (read), ==, tricky);
  g_assert_cmpstr (pd_node_get_staff_role (read), ==, tricky);
  g_assert_cmpstr (pd_document_get_title (back), ==, tricky);
  /* Numbers keep two decimals; there is no "-0". */
  g_assert_cmpfloat (pd_node_get_x (read), ==, 12.35);
  g_assert_cmpfloat (pd_node_get_y (read), ==, 0);
  g_assert_null (strstr (xml, "\"-0\""));
}

static void
test_control_characters_stripped (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(PdNode) node = pd_node_new ("n1", PD_NODE_KIND_INTERVENTION);
  g_autoptr(PdDocument) back = NULL;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autofree char *xml = NULL;

  g_object_set (node, "title", "bell\x07 null-ish\x01 escape\x1b ok", NULL);
  g_object_set (doc, "title", "bad \xC3\x28 utf8", NULL);
  pd_document_add_node (doc, node);
  xml = test_write (doc);
  g_assert_true (g_utf8_validate (xml, -1, NULL));
  back = read_string (xml, diagnostics);
  g_assert_nonnull (back);
  g_assert_cmpstr (pd_node_get_title (pd_document_get_node (back, "n1")), ==,
                   "bell null-ish escape ok");
}

static void
test_deterministic (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) a = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdDocument) b = test_load (g_ptr_array_index (paths, 0));
  g_autofree char *x = test_write (a);
  g_autofree char *y = test_write (b);
  g_autofree char *z = test_write (a);

  g_assert_cmpstr (x, ==, y);
  g_assert_cmpstr (x, ==, z);
}

static void
test_locale_independent (void)
{
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "de_DE", NULL };
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(PdNode) node = pd_node_new ("n1", PD_NODE_KIND_INTERVENTION);
  g_autofree char *xml = NULL;
  const char *set = NULL;

  for (guint i = 0; locales[i] && !set; i++)
    set = setlocale (LC_NUMERIC, locales[i]);
  if (set == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  g_object_set (node, "x", 10.5, "duration", 2.25, NULL);
  pd_document_add_node (doc, node);
  xml = test_write (doc);
  setlocale (LC_NUMERIC, "C");
  g_assert_nonnull (strstr (xml, "x=\"10.5\""));
  g_assert_nonnull (strstr (xml, "duration=\"2.25\""));
}

static void
test_error_position (void)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n"
    "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"1\" id=\"p\">\n"
    "  <title>T</title>\n"
    "  <agencies/>\n"
    "  <nodes>\n"
    "    <node id=\"a\" kind=\"referral\" x=\"0\" y=\"0\"><title>A</title></node>\n"
    "  </nodes>\n"
    "  <edges>\n"
    "    <edge id=\"e1\" from=\"a\"\n"
    "          to=\"missing\"/>\n"
    "  </edges>\n"
    "</pathway>\n";
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (xml, diagnostics);
  PdDiagnostic *d;
  g_autofree char *line = NULL;

  g_assert_null (doc);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  d = g_ptr_array_index (diagnostics, 0);
  /* Where the element starts, though its tag ends a line further. */
  g_assert_cmpuint (d->line, ==, 9);
  g_assert_cmpuint (d->column, ==, 5);
  line = pd_diagnostic_format (d);
  g_assert_true (g_str_has_prefix (line, "test.pathway:9:5: error: "));
  g_assert_nonnull (strstr (line, "missing"));
}

static void
test_syntax_error_position (void)
{
  const char *xml = "<?xml version=\"1.0\"?>\n<pathway>\n  <title>x</titel>\n</pathway>\n";
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (xml, diagnostics);
  PdDiagnostic *d;

  g_assert_null (doc);
  g_assert_cmpuint (diagnostics->len, >=, 1);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpuint (d->line, ==, 3);
  g_assert_cmpuint (d->column, >, 0);
}

static void
test_schema_errors_have_positions (void)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n"
    "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"1\" id=\"p\">\n"
    "  <title>T</title>\n"
    "  <agencies/>\n"
    "  <nodes>\n"
    "    <node id=\"a\" kind=\"referral\" x=\"0\" y=\"0\" colour=\"red\"><title>A</title></node>\n"
    "  </nodes>\n"
    "  <edges/>\n"
    "</pathway>\n";
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (xml, diagnostics);
  PdDiagnostic *d;

  g_assert_null (doc);
  g_assert_cmpuint (diagnostics->len, >=, 1);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpuint (d->line, ==, 6);
  g_assert_cmpuint (d->column, ==, 5);
  g_assert_nonnull (strstr (d->message, "colour"));
}

static void
test_source_positions (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = test_load (g_ptr_array_index (paths, 0));
  g_autoptr(PdNode) node = g_list_model_get_item (pd_document_get_nodes (doc), 0);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint line, column;

  g_assert_true (pd_document_get_source_position (doc, pd_node_get_id (node), &line, &column));
  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 0), &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[line - 1] + column - 1, "<node"));
}

/* Any line and column are kept as they are, however large: nothing is
 * packed into the bits of a pointer. */
static void
test_source_positions_large (void)
{
  g_autoptr(PdDocument) doc = pd_document_new ();
  static const guint cases[][2] = {
    { 1, 1 }, { 256, 3 }, { 70000, 17 }, { 16777216, 2 }, { 12, 16777217 },
    { G_MAXUINT32, G_MAXUINT32 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      guint line = 0, column = 0;

      pd_document_set_source_position (doc, id, cases[i][0], cases[i][1]);
      g_assert_true (pd_document_get_source_position (doc, id, &line, &column));
      g_assert_cmpuint (line, ==, cases[i][0]);
      g_assert_cmpuint (column, ==, cases[i][1]);
    }
  g_assert_false (pd_document_get_source_position (doc, "elsewhere", &(guint) { 0 },
                                                   &(guint) { 0 }));
}

/* Canonical: the English text first, then one per language by tag. */
#define TRANSLATED_DOC \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<!-- Translations drafted by machine, to be checked. -->\n" \
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"2\" id=\"p\" " \
  "status=\"draft\">\n" \
  "  <title>Talking therapies</title>\n" \
  "  <title xml:lang=\"gu\">વાતચીત થેરાપી</title>\n" \
  "  <title xml:lang=\"pl\">Terapie rozmową</title>\n" \
  "  <summary xml:lang=\"ur\">بات چیت والی تھراپی</summary>\n" \
  "  <agencies>\n" \
  "    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\">\n" \
  "      <name>NHS trust</name>\n" \
  "      <name xml:lang=\"pa-Arab\">این ایچ ایس</name>\n" \
  "      <short-name>NHS</short-name>\n" \
  "    </agency>\n" \
  "  </agencies>\n" \
  "  <nodes>\n" \
  "    <node id=\"a\" kind=\"assessment\" agency=\"nhs\" x=\"0\" y=\"0\">\n" \
  "      <title>Initial assessment</title>\n" \
  "      <title xml:lang=\"pl\">Wstępna ocena</title>\n" \
  "      <title xml:lang=\"ur\">پہلی جانچ</title>\n" \
  "      <description>Not translated.</description>\n" \
  "      <easy-read pictogram=\"talking\">A worker talks with you.</easy-read>\n" \
  "      <easy-read xml:lang=\"pl\">Pracownik rozmawia z tobą &amp; słucha.</easy-read>\n" \
  "    </node>\n" \
  "  </nodes>\n" \
  "  <edges/>\n" \
  "</pathway>\n"

static void
test_translations_round_trip (void)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (TRANSLATED_DOC, diagnostics);
  g_autofree char *written = NULL;
  g_auto(GStrv) languages = NULL;
  PdNode *node;

  g_assert_nonnull (doc);
  node = pd_document_get_node (doc, "a");
  g_assert_cmpstr (pd_node_get_title (node), ==, "Initial assessment");
  g_assert_cmpstr (pd_node_get_title_for (node, "pl"), ==, "Wstępna ocena");
  g_assert_cmpstr (pd_node_get_title_for (node, "UR"), ==, "پہلی جانچ");
  g_assert_null (pd_node_get_title_for (node, "gu"));
  g_assert_cmpstr (pd_node_get_easy_read_for (node, "pl"), ==, "Pracownik rozmawia z tobą & słucha.");
  g_assert_null (pd_node_get_easy_read_for (node, "ur"));
  g_assert_cmpstr (pd_document_get_title_for (doc, "gu"), ==, "વાતચીત થેરાપી");
  g_assert_cmpstr (pd_document_get_summary_for (doc, "ur"), ==, "بات چیت والی تھراپی");
  g_assert_null (pd_document_get_summary_for (doc, NULL));
  g_assert_cmpstr (pd_agency_get_name_for (pd_document_get_agency (doc, "nhs"), "pa-arab"), ==,
                   "این ایچ ایس");
  languages = pd_document_get_languages (doc);
  {
    g_autofree char *joined = g_strjoinv (" ", languages);
    g_assert_cmpstr (joined, ==, "gu pa-Arab pl ur");
  }

  written = test_write (doc);
  g_assert_cmpstr (written, ==, TRANSLATED_DOC);
}

/* Written out of order and in other cases, they come back in the canonical
 * order; a file without translations stays in format version 1, which
 * older programs read. */
static void
test_translations_order_and_version (void)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autofree char *shuffled = g_strdup (TRANSLATED_DOC);
  g_autoptr(PdDocument) doc = NULL;
  g_autoptr(PdDocument) plain = pd_document_new_default ();
  g_autofree char *written = NULL;
  g_autofree char *plain_written = NULL;
  char *pl = strstr (shuffled, "      <title xml:lang=\"pl\">");
  char *ur = strstr (shuffled, "      <title xml:lang=\"ur\">");

  /* Same lengths: swap the two lines' languages and texts. */
  {
    g_autofree char *line_pl = g_strndup (pl, strchr (pl, '\n') - pl + 1);
    g_autofree char *line_ur = g_strndup (ur, strchr (ur, '\n') - ur + 1);
    g_autofree char *both = g_strconcat (line_ur, line_pl, NULL);
    memcpy (pl, both, strlen (both));
  }
  memcpy (strstr (shuffled, "xml:lang=\"pa-Arab\""), "xml:lang=\"PA-ARAB\"", 18);
  doc = read_string (shuffled, diagnostics);
  g_assert_nonnull (doc);
  written = test_write (doc);
  g_assert_cmpstr (written, ==, TRANSLATED_DOC);

  plain_written = test_write (plain);
  g_assert_nonnull (strstr (plain_written, " format-version=\"1\" "));
}

static void
test_translations_refused (void)
{
  const struct { const char *from, *to, *message; guint line; } cases[] = {
    { "<title xml:lang=\"pl\">Wstępna", "<title xml:lang=\"p_l\">Wstępna",
      "xml:lang=\"p_l\" is not a language tag", 18 },
    { "<title xml:lang=\"ur\">", "<title xml:lang=\"PL\">",
      "<title> is given more than once in the language “pl”", 19 },
    { "<title xml:lang=\"gu\">", "<title xml:lang=\"en\">", "gives the English text again", 5 },
    { "<name xml:lang=\"pa-Arab\">", "<name xml:lang=\"a-bcdef\">", "is not a language tag", 11 },
    { "  <agencies>", "  <summary>A</summary>\n  <summary>B</summary>\n  <agencies>",
      "<summary> is given more than once in English", 9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
      g_autoptr(GString) xml = g_string_new (TRANSLATED_DOC);
      g_autoptr(PdDocument) doc = NULL;
      PdDiagnostic *d;

      g_assert_cmpuint (g_string_replace (xml, cases[i].from, cases[i].to, 1), ==, 1);
      doc = read_string (xml->str, diagnostics);
      g_assert_null (doc);
      g_assert_cmpuint (diagnostics->len, >=, 1);
      d = g_ptr_array_index (diagnostics, 0);
      if (strstr (d->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” lacks “%s”", i, d->message, cases[i].message);
      g_assert_cmpuint (d->line, ==, cases[i].line);
    }
}

/* Every value of every enumeration the format stores, in the order the
 * schema (pathways-xml/pathway.rng) lists them: the registered nicks are
 * those values, and each is read back into the value it names and written
 * out again unchanged. */
typedef struct {
  const char *element;
  const char *attribute;
  GType (*enum_type) (void);
  const char *nicks[9];   /* NULL-terminated */
} EnumAttribute;

static const EnumAttribute enum_attributes[] = {
  { "pathway", "status", pd_status_get_type,
    { "draft", "consultation", "approved", "retired" } },
  { "pathway", "lanes", pd_lanes_get_type, { "none", "across", "down" } },
  { "pathway", "routing", pd_routing_get_type, { "direct", "orthogonal", "smooth" } },
  { "agency", "pattern", pd_pattern_get_type,
    { "none", "diagonal", "dots", "crosshatch", "horizontal", "vertical" } },
  { "node", "kind", pd_node_kind_get_type,
    { "referral", "assessment", "intervention", "decision", "review", "discharge",
      "information", "link" } },
  { "node", "availability", pd_availability_get_type, { "offered", "planned", "not-offered" } },
  { "node", "provision", pd_provision_get_type, { "standard", "optional" } },
  { "timing", "duration-unit", pd_duration_unit_get_type, { "days", "weeks", "months" } },
  { "edge", "kind", pd_edge_kind_get_type,
    { "typical", "alternative", "step-up", "step-down", "re-referral" } },
};

#define ENUM_DOC \
  "<?xml version=\"1.0\"?>\n" \
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"1\" id=\"p\"" \
  " status=\"draft\" lanes=\"none\" routing=\"direct\">\n" \
  "  <title>Enums</title>\n" \
  "  <agencies>\n" \
  "    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\" pattern=\"none\">" \
  "<name>NHS</name></agency>\n" \
  "  </agencies>\n" \
  "  <nodes>\n" \
  "    <node id=\"a\" kind=\"referral\" availability=\"offered\" provision=\"standard\"" \
  " agency=\"nhs\" x=\"0\" y=\"0\"><title>A</title>" \
  "<timing duration=\"2\" duration-unit=\"days\"/></node>\n" \
  "    <node id=\"b\" kind=\"discharge\" agency=\"nhs\" x=\"200\" y=\"0\">" \
  "<title>B</title></node>\n" \
  "  </nodes>\n" \
  "  <edges>\n" \
  "    <edge id=\"e\" from=\"a\" to=\"b\" kind=\"typical\"/>\n" \
  "  </edges>\n" \
  "</pathway>\n"

/* Sets @attribute of the first @element in @xml to @nick. */
static void
set_attribute (GString    *xml,
               const char *element,
               const char *attribute,
               const char *nick)
{
  g_autofree char *tag = g_strdup_printf ("<%s ", element);
  g_autofree char *needle = g_strdup_printf (" %s=\"", attribute);
  const char *start = strstr (xml->str, tag);
  const char *value;
  gsize pos;

  g_assert_nonnull (start);
  value = strstr (start, needle);
  g_assert_nonnull (value);
  pos = value + strlen (needle) - xml->str;
  g_string_erase (xml, pos, strchr (xml->str + pos, '"') - (xml->str + pos));
  g_string_insert (xml, pos, nick);
}

/* The value of @attribute as the document read holds it. */
static int
get_attribute (PdDocument *doc,
               const char *element,
               const char *attribute)
{
  g_autoptr(GObject) object = NULL;
  int value = -1;

  if (g_str_equal (element, "pathway"))
    object = g_object_ref (G_OBJECT (doc));
  else if (g_str_equal (element, "agency"))
    object = g_list_model_get_item (pd_document_get_agencies (doc), 0);
  else if (g_str_equal (element, "edge"))
    object = g_list_model_get_item (pd_document_get_edges (doc), 0);
  else   /* a node's own, or its timing's */
    object = g_list_model_get_item (pd_document_get_nodes (doc), 0);
  g_object_get (object, attribute, &value, NULL);
  return value;
}

/* The data of capacity planning: written in format version 3, in this
 * canonical form, and read back into the model. */
#define CAPACITY_DOC \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<pathway xmlns=\"https://pathwaydesigner.org/ns/pathway\" format-version=\"3\" id=\"p\" " \
  "status=\"draft\" referrals-per-year=\"1200\" hours-per-wte=\"1100.5\">\n" \
  "  <title>Talking therapies</title>\n" \
  "  <staffing>\n" \
  "    <post role=\"Psychological wellbeing practitioner\" agency=\"nhs\" wte=\"6.5\"/>\n" \
  "    <post role=\"Senior practitioner\" wte=\"0.8\"/>\n" \
  "  </staffing>\n" \
  "  <agencies>\n" \
  "    <agency id=\"nhs\" colour=\"#005EB8\" cue=\"N\">\n" \
  "      <name>NHS trust</name>\n" \
  "    </agency>\n" \
  "  </agencies>\n" \
  "  <nodes>\n" \
  "    <node id=\"g\" kind=\"intervention\" agency=\"nhs\" x=\"0\" y=\"0\" arrivals-per-year=\"40.5\">\n" \
  "      <title>Psychoeducation group</title>\n" \
  "      <timing sessions=\"6\" session-minutes=\"120\" group-size=\"10\" staff-per-session=\"2\"/>\n" \
  "      <staff role=\"Psychological wellbeing practitioner\" share=\"75\">Groups</staff>\n" \
  "      <staff role=\"Senior practitioner\" share=\"25\">Supervision</staff>\n" \
  "      <staff role=\"Peer support worker\"></staff>\n" \
  "    </node>\n" \
  "  </nodes>\n" \
  "  <edges/>\n" \
  "</pathway>\n"

static void
test_capacity_round_trip (void)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(PdDocument) doc = read_string (CAPACITY_DOC, diagnostics);
  g_autoptr(PdDocument) plain = pd_document_new_default ();
  g_autofree char *written = NULL;
  PdNode *node;
  GPtrArray *more, *staffing;
  PdPost *post;
  PdStaff *staff;

  g_assert_nonnull (doc);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpuint (pd_document_get_referrals_per_year (doc), ==, 1200);
  g_assert_cmpfloat (pd_document_get_hours_per_wte (doc), ==, 1100.5);
  g_assert_cmpfloat (pd_document_get_hours_per_wte (plain), ==, 1012.5);
  staffing = pd_document_get_staffing (doc);
  g_assert_cmpuint (staffing->len, ==, 2);
  post = g_ptr_array_index (staffing, 0);
  g_assert_cmpstr (post->agency_id, ==, "nhs");
  g_assert_cmpfloat (post->wte, ==, 6.5);
  post = g_ptr_array_index (staffing, 1);
  g_assert_null (post->agency_id);
  g_assert_cmpfloat (post->wte, ==, 0.8);

  node = pd_document_get_node (doc, "g");
  g_assert_cmpfloat (pd_node_get_arrivals_per_year (node), ==, 40.5);
  g_assert_cmpuint (pd_node_get_group_size (node), ==, 10);
  g_assert_cmpfloat (pd_node_get_staff_per_session (node), ==, 2);
  g_assert_cmpstr (pd_node_get_staff_role (node), ==, "Psychological wellbeing practitioner");
  g_assert_cmpfloat (pd_node_get_staff_share (node), ==, 75);
  more = pd_node_get_more_staff (node);
  g_assert_cmpuint (more->len, ==, 2);
  staff = g_ptr_array_index (more, 0);
  g_assert_cmpstr (staff->role, ==, "Senior practitioner");
  g_assert_cmpstr (staff->skills, ==, "Supervision");
  g_assert_cmpfloat (staff->share, ==, 25);
  staff = g_ptr_array_index (more, 1);
  g_assert_cmpfloat (staff->share, ==, PD_STAFF_SHARE_UNSET);

  written = test_write (doc);
  g_assert_cmpstr (written, ==, CAPACITY_DOC);

  /* Unset, they read as one person, one member of staff, no arrivals. */
  node = pd_node_new ("n", PD_NODE_KIND_INTERVENTION);
  g_assert_cmpuint (pd_node_get_group_size (node), ==, 1);
  g_assert_cmpfloat (pd_node_get_staff_per_session (node), ==, 1);
  g_assert_cmpfloat (pd_node_get_arrivals_per_year (node), ==, 0);
  g_assert_cmpfloat (pd_node_get_staff_share (node), ==, PD_STAFF_SHARE_UNSET);
  g_object_unref (node);
}

/* Each piece of capacity data alone makes the file version 3; without any
 * it stays in the version older programs read. */
static void
test_capacity_version (void)
{
  const char *sets[][2] = {
    { "arrivals-per-year", "5" }, { "group-size", "8" }, { "staff-per-session", "2" },
    { "staff-share", "50" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      g_autoptr(PdDocument) doc = pd_document_new_default ();
      g_autoptr(PdNode) node = pd_node_new ("n", PD_NODE_KIND_INTERVENTION);
      g_autofree char *before = NULL, *after = NULL;
      GValue value = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), sets[i][0]);

      pd_document_add_node (doc, node);
      before = test_write (doc);
      g_assert_nonnull (strstr (before, " format-version=\"1\" "));
      g_value_init (&value, pspec->value_type);
      if (pspec->value_type == G_TYPE_UINT)
        g_value_set_uint (&value, atoi (sets[i][1]));
      else
        g_value_set_double (&value, g_ascii_strtod (sets[i][1], NULL));
      pd_document_set_value (doc, node, sets[i][0], &value);
      after = test_write (doc);
      g_assert_nonnull (strstr (after, " format-version=\"3\" "));
      g_value_unset (&value);
    }
}

/* Out of range or pointing nowhere: an error at the element. */
static void
test_capacity_refused (void)
{
  const struct { const char *from, *to, *message; } cases[] = {
    { "wte=\"6.5\"", "wte=\"-1\"", "wte" },
    { "share=\"75\"", "share=\"175\"", "share" },
    { "group-size=\"10\"", "group-size=\"0\"", "group-size" },
    { "hours-per-wte=\"1100.5\"", "hours-per-wte=\"0\"", "hours-per-wte" },
    { "staff-per-session=\"2\"", "staff-per-session=\"two\"", "staff-per-session" },
    { "agency=\"nhs\" wte", "agency=\"nowhere\" wte", "nowhere" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
      g_autoptr(GString) xml = g_string_new (CAPACITY_DOC);
      g_autoptr(PdDocument) doc = NULL;
      gboolean found = FALSE;

      g_assert_cmpuint (g_string_replace (xml, cases[i].from, cases[i].to, 1), ==, 1);
      doc = read_string (xml->str, diagnostics);
      for (guint d = 0; d < diagnostics->len; d++)
        {
          PdDiagnostic *diagnostic = g_ptr_array_index (diagnostics, d);
          if (strstr (diagnostic->message, cases[i].message) && diagnostic->line > 1)
            found = TRUE;
        }
      if (!found)
        g_error ("case %u: no error naming %s", i, cases[i].message);
    }
}

static void
test_enum_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (enum_attributes); i++)
    {
      const EnumAttribute *a = &enum_attributes[i];
      g_autoptr(GEnumClass) klass = g_type_class_ref (a->enum_type ());
      guint n = g_strv_length ((char **) a->nicks);

      g_assert_cmpuint (klass->n_values, ==, n);
      for (guint v = 0; v < n; v++)
        {
          g_autoptr(GString) xml = g_string_new (ENUM_DOC);
          g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
          g_autoptr(PdDocument) doc = NULL;
          g_autoptr(PdDocument) again = NULL;
          g_autofree char *written = NULL;

          g_assert_cmpint (klass->values[v].value, ==, v);
          g_assert_cmpstr (klass->values[v].value_nick, ==, a->nicks[v]);
          g_assert_cmpstr (pd_enum_to_string (a->enum_type (), v), ==, a->nicks[v]);

          set_attribute (xml, a->element, a->attribute, a->nicks[v]);
          doc = read_string (xml->str, diagnostics);
          g_assert_nonnull (doc);
          g_assert_cmpint (get_attribute (doc, a->element, a->attribute), ==, v);

          written = test_write (doc);
          again = read_string (written, diagnostics);
          g_assert_nonnull (again);
          g_assert_cmpint (get_attribute (again, a->element, a->attribute), ==, v);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_add_per_example ("/format/examples/round-trip", test_examples_round_trip);
  test_add_per_example ("/format/examples/content", test_examples_content);
  g_test_add_func ("/format/enum-values", test_enum_values);
  g_test_add_func ("/format/foreign", test_foreign_survives);
  g_test_add_func ("/format/text-round-trip", test_text_round_trip);
  g_test_add_func ("/format/control-characters", test_control_characters_stripped);
  g_test_add_func ("/format/deterministic", test_deterministic);
  g_test_add_func ("/format/locale", test_locale_independent);
  g_test_add_func ("/format/position/reference", test_error_position);
  g_test_add_func ("/format/position/syntax", test_syntax_error_position);
  g_test_add_func ("/format/position/large", test_source_positions_large);
  g_test_add_func ("/format/position/schema", test_schema_errors_have_positions);
  g_test_add_func ("/format/position/source", test_source_positions);
  g_test_add_func ("/format/translations/round-trip", test_translations_round_trip);
  g_test_add_func ("/format/translations/order", test_translations_order_and_version);
  g_test_add_func ("/format/translations/refused", test_translations_refused);
  g_test_add_func ("/format/capacity/round-trip", test_capacity_round_trip);
  g_test_add_func ("/format/capacity/version", test_capacity_version);
  g_test_add_func ("/format/capacity/refused", test_capacity_refused);
  return g_test_run ();
}
