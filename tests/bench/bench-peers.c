/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the inputs of the export benchmark's peers from one pathway file:
 * bench-peers IN.pathway OUT.dot OUT.dia. The DOT file is for
 * `neato -n2` (fixed positions in points), the .dia file is uncompressed
 * Dia XML with one "Flowchart - Box" per step and one connected
 * "Standard - Line" per transition. One pathway unit is one point in DOT
 * and 1/20 cm in Dia, so all three SVGs draw the same geometry at the
 * same scale (Graphviz moves the origin to the drawing's corner).
 * The input is trusted generated output: it is parsed, not validated. */
#include <stdio.h>
#include <string.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define PD_NS "https://pathwaydesigner.org/ns/pathway"
#define DEFAULT_WIDTH 160.0
#define DEFAULT_HEIGHT 72.0
#define DEFAULT_FILL "#d8e5e5"
#define DIA_SCALE 20.0          /* pathway units per cm */
#define STEP_FONT 13.0
#define LABEL_FONT 11.0
#define DIA_TEXT_EM 0.8           /* Dia font size per text height */

typedef struct
{
  char *id;
  char *title;
  const char *fill;             /* owned by the agency table */
  double x, y, w, h;
} Step;

typedef struct
{
  guint from, to;
  char *label;
} Transition;

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL
         && strcmp ((const char *) node->ns->href, PD_NS) == 0
         && strcmp ((const char *) node->name, name) == 0;
}

/* Attribute as a GLib string (NULL when absent). */
static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static double
prop_double (xmlNode    *node,
             const char *name,
             double      fallback)
{
  g_autofree char *value = prop (node, name);

  return value ? g_ascii_strtod (value, NULL) : fallback;
}

/* Text of the first child element NAME (NULL when absent). */
static char *
child_text (xmlNode    *node,
            const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (is_element (c, name))
      {
        xmlChar *text = xmlNodeGetContent (c);
        char *copy = g_strdup ((const char *) text);

        xmlFree (text);
        return copy;
      }
  return NULL;
}

static void
step_clear (gpointer data)
{
  Step *s = data;

  g_free (s->id);
  g_free (s->title);
}

static void
transition_clear (gpointer data)
{
  g_free (((Transition *) data)->label);
}

/* Where the segment from the centre of S towards (tx, ty) leaves S. */
static void
clip_to_box (const Step *s,
             double      tx,
             double      ty,
             double     *px,
             double     *py)
{
  double cx = s->x + s->w / 2, cy = s->y + s->h / 2;
  double dx = tx - cx, dy = ty - cy, t = 1;

  if (ABS (dx) > 1e-9)
    t = MIN (t, s->w / 2 / ABS (dx));
  if (ABS (dy) > 1e-9)
    t = MIN (t, s->h / 2 / ABS (dy));
  *px = cx + dx * t;
  *py = cy + dy * t;
}

/* DOT string body: quotes and backslashes escaped, newlines as \n. */
static char *
dot_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
write_dot (FILE    *f,
           GArray  *steps,
           GArray  *transitions)
{
  fprintf (f, "digraph \"pathway\" {\n"
           "  graph [splines=false, outputorder=edgesfirst];\n"
           "  node [shape=box, fixedsize=true, style=filled, fillcolor=\"%s\","
           " fontname=\"Liberation Sans\", fontsize=%g];\n"
           "  edge [fontname=\"Liberation Sans\", fontsize=%g];\n",
           DEFAULT_FILL, STEP_FONT, LABEL_FONT);
  for (guint i = 0; i < steps->len; i++)
    {
      Step *s = &g_array_index (steps, Step, i);
      g_autofree char *id = dot_escape (s->id);
      g_autofree char *title = dot_escape (s->title ? s->title : "");

      /* DOT's y axis points up: negate it to keep the drawing upright. */
      fprintf (f, "  \"%s\" [pos=\"%.2f,%.2f!\", width=%.4f, height=%.4f,"
               " label=\"%s\"", id, s->x + s->w / 2, -(s->y + s->h / 2),
               s->w / 72, s->h / 72, title);
      if (s->fill)
        fprintf (f, ", fillcolor=\"%s\", fontcolor=\"#ffffff\"", s->fill);
      fputs ("];\n", f);
    }
  for (guint i = 0; i < transitions->len; i++)
    {
      Transition *t = &g_array_index (transitions, Transition, i);
      g_autofree char *from = dot_escape (g_array_index (steps, Step, t->from).id);
      g_autofree char *to = dot_escape (g_array_index (steps, Step, t->to).id);

      fprintf (f, "  \"%s\" -> \"%s\"", from, to);
      if (t->label)
        {
          g_autofree char *label = dot_escape (t->label);

          fprintf (f, " [label=\"%s\"]", label);
        }
      fputs (";\n", f);
    }
  fputs ("}\n", f);
}

/* Dia colours are #rrggbb; an agency colour is already in that form. */
static void
dia_text (FILE       *f,
          const char *text,
          double      height,
          double      x,
          double      y,
          const char *colour)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  fprintf (f, "      <dia:attribute name=\"text\"><dia:composite type=\"text\">\n"
           "        <dia:attribute name=\"string\"><dia:string>#%s#</dia:string></dia:attribute>\n"
           "        <dia:attribute name=\"font\"><dia:font family=\"Liberation Sans\" style=\"0\" name=\"Helvetica\"/></dia:attribute>\n"
           "        <dia:attribute name=\"height\"><dia:real val=\"%.4f\"/></dia:attribute>\n"
           "        <dia:attribute name=\"pos\"><dia:point val=\"%.4f,%.4f\"/></dia:attribute>\n"
           "        <dia:attribute name=\"color\"><dia:color val=\"%s\"/></dia:attribute>\n"
           "        <dia:attribute name=\"alignment\"><dia:enum val=\"1\"/></dia:attribute>\n"
           "      </dia:composite></dia:attribute>\n",
           escaped, height, x, y, colour);
}

static void
write_dia (FILE   *f,
           GArray *steps,
           GArray *transitions)
{
  const double k = 1 / DIA_SCALE;
  guint next_id = steps->len;

  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<dia:diagram xmlns:dia=\"http://www.lysator.liu.se/~alla/dia/\">\n"
         "  <dia:layer name=\"Background\" visible=\"true\" active=\"true\">\n", f);
  /* Steps are objects O0..On-1, so a transition can name its ends. */
  for (guint i = 0; i < steps->len; i++)
    {
      Step *s = &g_array_index (steps, Step, i);
      double x = s->x * k, y = s->y * k, w = s->w * k, h = s->h * k;

      fprintf (f, "    <dia:object type=\"Flowchart - Box\" version=\"0\" id=\"O%u\">\n"
               "      <dia:attribute name=\"obj_pos\"><dia:point val=\"%.4f,%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"obj_bb\"><dia:rectangle val=\"%.4f,%.4f;%.4f,%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"elem_corner\"><dia:point val=\"%.4f,%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"elem_width\"><dia:real val=\"%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"elem_height\"><dia:real val=\"%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"border_width\"><dia:real val=\"0.07\"/></dia:attribute>\n"
               "      <dia:attribute name=\"inner_color\"><dia:color val=\"%s\"/></dia:attribute>\n"
               "      <dia:attribute name=\"show_background\"><dia:boolean val=\"true\"/></dia:attribute>\n"
               "      <dia:attribute name=\"corner_radius\"><dia:real val=\"0\"/></dia:attribute>\n"
               "      <dia:attribute name=\"padding\"><dia:real val=\"0.1\"/></dia:attribute>\n",
               i, x, y, x, y, x + w, y + h, x, y, w, h,
               s->fill ? s->fill : DEFAULT_FILL);
      dia_text (f, s->title ? s->title : "", STEP_FONT * k / DIA_TEXT_EM, x + w / 2,
                y + h / 2 + 0.35 * STEP_FONT * k,
                s->fill ? "#ffffff" : "#000000");
      fputs ("    </dia:object>\n", f);
    }
  for (guint i = 0; i < transitions->len; i++)
    {
      Transition *t = &g_array_index (transitions, Transition, i);
      Step *a = &g_array_index (steps, Step, t->from);
      Step *b = &g_array_index (steps, Step, t->to);
      double x0, y0, x1, y1;

      /* Ends on the box borders, as Dia would put them; connected to the
       * boxes' centre points (number 16 of a Flowchart - Box). */
      clip_to_box (a, b->x + b->w / 2, b->y + b->h / 2, &x0, &y0);
      clip_to_box (b, a->x + a->w / 2, a->y + a->h / 2, &x1, &y1);
      x0 *= k, y0 *= k, x1 *= k, y1 *= k;
      fprintf (f, "    <dia:object type=\"Standard - Line\" version=\"0\" id=\"O%u\">\n"
               "      <dia:attribute name=\"obj_pos\"><dia:point val=\"%.4f,%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"obj_bb\"><dia:rectangle val=\"%.4f,%.4f;%.4f,%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"conn_endpoints\"><dia:point val=\"%.4f,%.4f\"/><dia:point val=\"%.4f,%.4f\"/></dia:attribute>\n"
               "      <dia:attribute name=\"numcp\"><dia:int val=\"1\"/></dia:attribute>\n"
               "      <dia:attribute name=\"line_width\"><dia:real val=\"0.08\"/></dia:attribute>\n"
               "      <dia:attribute name=\"end_arrow\"><dia:enum val=\"3\"/></dia:attribute>\n"
               "      <dia:attribute name=\"end_arrow_length\"><dia:real val=\"0.5\"/></dia:attribute>\n"
               "      <dia:attribute name=\"end_arrow_width\"><dia:real val=\"0.5\"/></dia:attribute>\n"
               "      <dia:connections>\n"
               "        <dia:connection handle=\"0\" to=\"O%u\" connection=\"16\"/>\n"
               "        <dia:connection handle=\"1\" to=\"O%u\" connection=\"16\"/>\n"
               "      </dia:connections>\n"
               "    </dia:object>\n",
               next_id++, x0, y0, MIN (x0, x1), MIN (y0, y1), MAX (x0, x1),
               MAX (y0, y1), x0, y0, x1, y1, t->from, t->to);
      if (t->label)
        {
          double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;

          /* Dia lines carry no text: a label is a Standard - Text. */
          fprintf (f, "    <dia:object type=\"Standard - Text\" version=\"1\" id=\"O%u\">\n"
                   "      <dia:attribute name=\"obj_pos\"><dia:point val=\"%.4f,%.4f\"/></dia:attribute>\n",
                   next_id++, mx, my);
          dia_text (f, t->label, LABEL_FONT * k / DIA_TEXT_EM, mx, my, "#000000");
          fputs ("    </dia:object>\n", f);
        }
    }
  fputs ("  </dia:layer>\n</dia:diagram>\n", f);
}

static gboolean
write_file (const char *path,
            void      (*write) (FILE *, GArray *, GArray *),
            GArray     *steps,
            GArray     *transitions)
{
  FILE *f = fopen (path, "w");

  if (f == NULL)
    {
      g_printerr ("bench-peers: cannot write %s\n", path);
      return FALSE;
    }
  write (f, steps, transitions);
  if (fclose (f) != 0)
    {
      g_printerr ("bench-peers: cannot write %s\n", path);
      return FALSE;
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_autoptr(GArray) transitions = g_array_new (FALSE, TRUE, sizeof (Transition));
  g_autoptr(GHashTable) colours = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                         g_free, g_free);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  xmlDoc *doc;
  xmlNode *root;
  int status = 0;

  if (argc != 4)
    {
      g_printerr ("usage: bench-peers IN.pathway OUT.dot OUT.dia\n");
      return 2;
    }
  g_array_set_clear_func (steps, step_clear);
  g_array_set_clear_func (transitions, transition_clear);
  doc = xmlReadFile (argv[1], NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || !is_element (root, "pathway"))
    {
      g_printerr ("bench-peers: %s is not a pathway file\n", argv[1]);
      xmlFreeDoc (doc);
      return 1;
    }

  /* Agencies first: a step's fill is its agency's colour. */
  for (xmlNode *sec = root->children; sec; sec = sec->next)
    if (is_element (sec, "agencies"))
      for (xmlNode *a = sec->children; a; a = a->next)
        if (is_element (a, "agency"))
          g_hash_table_replace (colours, prop (a, "id"), prop (a, "colour"));
  for (xmlNode *sec = root->children; sec; sec = sec->next)
    if (is_element (sec, "nodes"))
      for (xmlNode *n = sec->children; n; n = n->next)
        if (is_element (n, "node"))
          {
            g_autofree char *agency = prop (n, "agency");
            Step s = {
              .id = prop (n, "id"),
              .title = child_text (n, "title"),
              .fill = agency ? g_hash_table_lookup (colours, agency) : NULL,
              .x = prop_double (n, "x", 0),
              .y = prop_double (n, "y", 0),
              .w = prop_double (n, "width", DEFAULT_WIDTH),
              .h = prop_double (n, "height", DEFAULT_HEIGHT),
            };

            g_array_append_val (steps, s);
          }
  /* Ids are stored in the steps array, which no longer grows. */
  for (guint i = 0; i < steps->len; i++)
    g_hash_table_insert (index, g_array_index (steps, Step, i).id,
                         GUINT_TO_POINTER (i + 1));
  for (xmlNode *sec = root->children; sec; sec = sec->next)
    if (is_element (sec, "edges"))
      for (xmlNode *e = sec->children; e; e = e->next)
        if (is_element (e, "edge"))
          {
            g_autofree char *from = prop (e, "from");
            g_autofree char *to = prop (e, "to");
            guint a = from ? GPOINTER_TO_UINT (g_hash_table_lookup (index, from)) : 0;
            guint b = to ? GPOINTER_TO_UINT (g_hash_table_lookup (index, to)) : 0;
            Transition t = { a - 1, b - 1, NULL };

            if (a == 0 || b == 0)
              continue;         /* dangling edge: skipped */
            t.label = child_text (e, "label");
            g_array_append_val (transitions, t);
          }
  xmlFreeDoc (doc);

  if (!write_file (argv[2], write_dot, steps, transitions)
      || !write_file (argv[3], write_dia, steps, transitions))
    status = 1;
  return status;
}
