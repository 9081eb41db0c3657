/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <libxml/xmlwriter.h>

#include "pd-scene-text.h"
#include "pd-svg-writer-private.h"
#include "pd-xml-util.h"

#define SVG_NS "http://www.w3.org/2000/svg"

static void
number_attribute (xmlTextWriter *w,
                  const char    *name,
                  double         value)
{
  g_autofree char *text = pd_xml_format_number (value);

  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST text);
}

static void
colour_attributes (xmlTextWriter *w,
                   const char    *name,
                   const PdColor *colour)
{
  g_autofree char *hex = NULL;
  g_autofree char *opacity = NULL;

  if (colour->alpha <= 0)
    {
      xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST "none");
      return;
    }
  hex = pd_color_to_hex (colour);
  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST hex);
  if (colour->alpha < 1)
    {
      g_autofree char *attr = g_strconcat (name, "-opacity", NULL);
      number_attribute (w, attr, colour->alpha);
    }
}

/* @id after the prefix every id of the document starts with. */
static void
id_attribute (xmlTextWriter *w,
              const char    *name,
              const char    *prefix,
              const char    *id)
{
  g_autofree char *full = g_strconcat (prefix, id, NULL);

  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST full);
}

static void
hidden (xmlTextWriter *w)
{
  xmlTextWriterWriteAttribute (w, BAD_CAST "aria-hidden", BAD_CAST "true");
}

static void
element_with_text (xmlTextWriter *w,
                   const char    *name,
                   const char    *prefix,
                   const char    *id,
                   const char    *text)
{
  g_autofree char *clean = pd_text_clean (text);

  xmlTextWriterStartElement (w, BAD_CAST name);
  if (id)
    id_attribute (w, "id", prefix, id);
  xmlTextWriterWriteString (w, BAD_CAST clean);
  xmlTextWriterEndElement (w);
}

char *
pd_svg_id_prefix_from_name (const char *name)
{
  g_autofree char *base = g_path_get_basename (name ? name : "");
  char *dot = strrchr (base, '.');
  GString *prefix = g_string_new (NULL);

  if (dot && dot != base)
    *dot = '\0';
  for (const char *p = base; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (prefix, g_ascii_tolower (*p));
      else if (prefix->len > 0 && prefix->str[prefix->len - 1] != '-')
        g_string_append_c (prefix, '-');
    }
  /* An id starts with a letter, in HTML's CSS selectors too. */
  if (prefix->len == 0 || !g_ascii_isalpha (prefix->str[0]))
    g_string_prepend (prefix, "pathway-");
  if (prefix->str[prefix->len - 1] != '-')
    g_string_append_c (prefix, '-');
  return g_string_free (prefix, FALSE);
}

gboolean
pd_svg_id_prefix_is_valid (const char *prefix)
{
  g_return_val_if_fail (prefix != NULL, FALSE);

  if (!g_ascii_isalpha (prefix[0]))
    return FALSE;
  for (const char *p = prefix; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static void
write_path (xmlTextWriter *w,
            const PdShape *shape)
{
  g_autofree char *d = pd_path_to_svg (shape->path);

  xmlTextWriterStartElement (w, BAD_CAST "path");
  /* Drawing only: its group says what it is. */
  hidden (w);
  xmlTextWriterWriteAttribute (w, BAD_CAST "d", BAD_CAST d);
  colour_attributes (w, "fill", &shape->fill);
  if (shape->stroke.alpha > 0 && shape->line_width > 0)
    {
      colour_attributes (w, "stroke", &shape->stroke);
      number_attribute (w, "stroke-width", shape->line_width);
      xmlTextWriterWriteAttribute (w, BAD_CAST "stroke-linejoin", BAD_CAST "round");
      if (shape->dash[0] > 0)
        {
          g_autofree char *on = pd_xml_format_number (shape->dash[0]);
          g_autofree char *off = pd_xml_format_number (shape->dash[1]);
          g_autofree char *dash = g_strdup_printf ("%s %s", on, off);
          xmlTextWriterWriteAttribute (w, BAD_CAST "stroke-dasharray", BAD_CAST dash);
        }
    }
  xmlTextWriterEndElement (w);
}

static void
write_text (xmlTextWriter *w,
            const PdShape *shape,
            gboolean       named)
{
  g_autofree char *colour = pd_color_to_hex (&shape->color);

  if (shape->lines->len == 0)
    return;
  xmlTextWriterStartElement (w, BAD_CAST "text");
  /* A step's or a transition's words are in its name already, in full,
   * however its lines are cut. */
  if (named)
    hidden (w);
  number_attribute (w, "font-size", shape->font_size);
  if (shape->bold)
    xmlTextWriterWriteAttribute (w, BAD_CAST "font-weight", BAD_CAST "bold");
  xmlTextWriterWriteAttribute (w, BAD_CAST "fill", BAD_CAST colour);
  for (guint i = 0; i < shape->lines->len; i++)
    {
      const PdTextLine *line = g_ptr_array_index (shape->lines, i);

      xmlTextWriterStartElement (w, BAD_CAST "tspan");
      number_attribute (w, "x", line->x);
      number_attribute (w, "y", line->y);
      /* Scene text is clean: the layouter cleaned it. */
      xmlTextWriterWriteString (w, BAD_CAST line->text);
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
}

/* A step or a transition is one thing to a screen reader, named by its
 * <title>; the title block, the lanes and the key are groups of words. */
static void
write_group (xmlTextWriter      *w,
             const PdGroup      *group,
             const char         *prefix)
{
  gboolean symbol = group->kind == PD_GROUP_NODE || group->kind == PD_GROUP_EDGE;
  g_autofree char *title_id = g_strconcat ("title-", group->id, NULL);

  xmlTextWriterStartElement (w, BAD_CAST "g");
  /* Scene groups are clean: pd_group_new cleaned them. */
  id_attribute (w, "id", prefix, group->id);
  xmlTextWriterWriteAttribute (w, BAD_CAST "class", BAD_CAST group->css_class);
  xmlTextWriterWriteAttribute (w, BAD_CAST "role",
                               BAD_CAST (symbol ? "graphics-symbol" : "group"));
  id_attribute (w, "aria-labelledby", prefix, title_id);
  xmlTextWriterStartElement (w, BAD_CAST "title");
  id_attribute (w, "id", prefix, title_id);
  xmlTextWriterWriteString (w, BAD_CAST group->title);
  xmlTextWriterEndElement (w);
  for (guint s = 0; s < group->shapes->len; s++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, s);

      if (shape->type == PD_SHAPE_PATH)
        write_path (w, shape);
      else
        write_text (w, shape, symbol);
    }
  xmlTextWriterEndElement (w);
}

GBytes *
pd_svg_write (PdScene *scene)
{
  PdSvgOptions options = PD_SVG_OPTIONS_DEFAULT;

  return pd_svg_write_with_options (scene, &options);
}

GBytes *
pd_svg_write_with_options (PdScene            *scene,
                           const PdSvgOptions *options)
{
  xmlBuffer *buffer;
  xmlTextWriter *w;
  xmlChar *content;
  g_autofree char *view_box = NULL;
  g_autofree char *vx = pd_xml_format_number (scene->bounds.x);
  g_autofree char *vy = pd_xml_format_number (scene->bounds.y);
  g_autofree char *vw = pd_xml_format_number (scene->bounds.width);
  g_autofree char *vh = pd_xml_format_number (scene->bounds.height);
  const char *prefix;
  const char *lang;
  GBytes *bytes;
  int length;

  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  prefix = options->id_prefix ? options->id_prefix : "";
  lang = options->language ? options->language : "en";

  /* About 400 bytes a step or a transition: few reallocations. */
  buffer = xmlBufferCreateSize (4096 + 512 * (size_t) scene->groups->len);
  w = xmlNewTextWriterMemory (buffer, 0);

  view_box = g_strdup_printf ("%s %s %s %s", vx, vy, vw, vh);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  if (!options->inline_svg)
    xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (w, BAD_CAST "svg");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns", BAD_CAST SVG_NS);
  xmlTextWriterWriteAttribute (w, BAD_CAST "version", BAD_CAST "1.1");
  /* Both: HTML reads lang, XML readers xml:lang. */
  xmlTextWriterWriteAttribute (w, BAD_CAST "lang", BAD_CAST lang);
  xmlTextWriterWriteAttribute (w, BAD_CAST "xml:lang", BAD_CAST lang);
  xmlTextWriterWriteAttribute (w, BAD_CAST "width", BAD_CAST vw);
  xmlTextWriterWriteAttribute (w, BAD_CAST "height", BAD_CAST vh);
  xmlTextWriterWriteAttribute (w, BAD_CAST "viewBox", BAD_CAST view_box);
  /* Not role="img", whose parts a screen reader never reaches: a document
   * of graphics, its steps and transitions read one by one. */
  xmlTextWriterWriteAttribute (w, BAD_CAST "role", BAD_CAST "graphics-document");
  id_attribute (w, "aria-labelledby", prefix, "pathway-title");
  id_attribute (w, "aria-describedby", prefix, "pathway-desc");
  xmlTextWriterWriteAttribute (w, BAD_CAST "font-family", BAD_CAST scene->font_family);
  element_with_text (w, "title", prefix, "pathway-title", scene->title);
  element_with_text (w, "desc", prefix, "pathway-desc", scene->description);

  xmlTextWriterStartElement (w, BAD_CAST "rect");
  xmlTextWriterWriteAttribute (w, BAD_CAST "class", BAD_CAST "background");
  number_attribute (w, "x", scene->bounds.x);
  number_attribute (w, "y", scene->bounds.y);
  xmlTextWriterWriteAttribute (w, BAD_CAST "width", BAD_CAST vw);
  xmlTextWriterWriteAttribute (w, BAD_CAST "height", BAD_CAST vh);
  xmlTextWriterWriteAttribute (w, BAD_CAST "fill", BAD_CAST "#ffffff");
  hidden (w);
  xmlTextWriterEndElement (w);

  for (guint g = 0; g < scene->groups->len; g++)
    write_group (w, g_ptr_array_index (scene->groups, g), prefix);

  xmlTextWriterEndElement (w);
  xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);
  length = xmlBufferLength (buffer);
  content = xmlBufferDetach (buffer);
  bytes = g_bytes_new_with_free_func (content, (gsize) length, (GDestroyNotify) xmlFree, content);
  xmlBufferFree (buffer);
  return bytes;
}
