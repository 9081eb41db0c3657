/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The JSON strings every report writes. */
#include "pd-json.h"

typedef struct {
  const char *text;
  const char *json;
} Escape;

static const Escape escapes[] = {
  { NULL, "null" },
  { "", "\"\"" },
  { "Talking therapies", "\"Talking therapies\"" },
  { "say \"hello\"", "\"say \\\"hello\\\"\"" },
  { "C:\\path\\", "\"C:\\\\path\\\\\"" },
  { "two\nlines\r\n", "\"two\\u000alines\\u000d\\u000a\"" },
  { "\t\x01\x1f", "\"\\u0009\\u0001\\u001f\"" },
  /* Space and DEL need no escape in JSON. */
  { " \x7f", "\" \x7f\"" },
  /* U+2028 and U+2029 are allowed in JSON strings; non-ASCII stays UTF-8. */
  { "a\xe2\x80\xa8" "b\xe2\x80\xa9", "\"a\xe2\x80\xa8" "b\xe2\x80\xa9\"" },
  { "Caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x99\x82", "\"Caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x99\x82\"" },
  /* A stray byte swallows nothing after it: the quote is still escaped. */
  { "\xff\"", "\"\xff\\\"\"" },
  { "\xc3\"", "\"\xc3\\\"\"" },
};

static void
test_escape (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (escapes); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      pd_json_append_string (out, escapes[i].text);
      g_assert_cmpstr (out->str, ==, escapes[i].json);
    }
}

static void
test_appends (void)
{
  g_autoptr(GString) out = g_string_new ("[");

  pd_json_append_string (out, "a");
  g_string_append (out, ", ");
  pd_json_append_string (out, NULL);
  g_string_append_c (out, ']');
  g_assert_cmpstr (out->str, ==, "[\"a\", null]");
}

/* Every control character is escaped, and nothing else below 0x80 but the
 * quote and the backslash. */
static void
test_every_ascii (void)
{
  for (int c = 1; c < 0x80; c++)
    {
      char text[2] = { (char) c, '\0' };
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *expected = NULL;

      pd_json_append_string (out, text);
      if (c < 0x20)
        expected = g_strdup_printf ("\"\\u%04x\"", c);
      else if (c == '"' || c == '\\')
        expected = g_strdup_printf ("\"\\%c\"", c);
      else
        expected = g_strdup_printf ("\"%c\"", c);
      g_assert_cmpstr (out->str, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/escape", test_escape);
  g_test_add_func ("/json/appends", test_appends);
  g_test_add_func ("/json/every-ascii", test_every_ascii);
  return g_test_run ();
}
