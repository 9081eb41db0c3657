/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libxml/xmlwriter.h>

#include "pd-scene-text.h"
#include "pd-svg-writer.h"
#include "pd-xml-writer.h"

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

static void
element_with_text (xmlTextWriter *w,
                   const char    *name,
                   const char    *id,
                   const char    *text)
{
  g_autofree char *clean = pd_text_clean (text);

  xmlTextWriterStartElement (w, BAD_CAST name);
  if (id)
    xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST id);
  xmlTextWriterWriteString (w, BAD_CAST clean);
  xmlTextWriterEndElement (w);
}

static void
write_path (xmlTextWriter *w,
            const PdShape *shape)
{
  g_autofree char *d = pd_path_to_svg (shape->path);

  xmlTextWriterStartElement (w, BAD_CAST "path");
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
            const PdShape *shape)
{
  g_autofree char *colour = pd_color_to_hex (&shape->color);

  if (shape->lines->len == 0)
    return;
  xmlTextWriterStartElement (w, BAD_CAST "text");
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

GBytes *
pd_svg_write (PdScene *scene)
{
  xmlBuffer *buffer;
  xmlTextWriter *w;
  xmlChar *content;
  g_autofree char *view_box = NULL;
  g_autofree char *vx = pd_xml_format_number (scene->bounds.x);
  g_autofree char *vy = pd_xml_format_number (scene->bounds.y);
  g_autofree char *vw = pd_xml_format_number (scene->bounds.width);
  g_autofree char *vh = pd_xml_format_number (scene->bounds.height);
  GBytes *bytes;
  int length;

  g_return_val_if_fail (scene != NULL, NULL);

  /* About 400 bytes a step or a transition: few reallocations. */
  buffer = xmlBufferCreateSize (4096 + 512 * (size_t) scene->groups->len);
  w = xmlNewTextWriterMemory (buffer, 0);

  view_box = g_strdup_printf ("%s %s %s %s", vx, vy, vw, vh);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (w, BAD_CAST "svg");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns", BAD_CAST SVG_NS);
  xmlTextWriterWriteAttribute (w, BAD_CAST "version", BAD_CAST "1.1");
  xmlTextWriterWriteAttribute (w, BAD_CAST "width", BAD_CAST vw);
  xmlTextWriterWriteAttribute (w, BAD_CAST "height", BAD_CAST vh);
  xmlTextWriterWriteAttribute (w, BAD_CAST "viewBox", BAD_CAST view_box);
  xmlTextWriterWriteAttribute (w, BAD_CAST "role", BAD_CAST "img");
  xmlTextWriterWriteAttribute (w, BAD_CAST "aria-labelledby",
                               BAD_CAST "pathway-title pathway-desc");
  xmlTextWriterWriteAttribute (w, BAD_CAST "font-family", BAD_CAST scene->font_family);
  element_with_text (w, "title", "pathway-title", scene->title);
  element_with_text (w, "desc", "pathway-desc", scene->description);

  xmlTextWriterStartElement (w, BAD_CAST "rect");
  xmlTextWriterWriteAttribute (w, BAD_CAST "class", BAD_CAST "background");
  number_attribute (w, "x", scene->bounds.x);
  number_attribute (w, "y", scene->bounds.y);
  xmlTextWriterWriteAttribute (w, BAD_CAST "width", BAD_CAST vw);
  xmlTextWriterWriteAttribute (w, BAD_CAST "height", BAD_CAST vh);
  xmlTextWriterWriteAttribute (w, BAD_CAST "fill", BAD_CAST "#ffffff");
  xmlTextWriterEndElement (w);

  for (guint g = 0; g < scene->groups->len; g++)
    {
      const PdGroup *group = g_ptr_array_index (scene->groups, g);

      xmlTextWriterStartElement (w, BAD_CAST "g");
      /* Scene groups are clean: pd_group_new cleaned them. */
      xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST group->id);
      xmlTextWriterWriteAttribute (w, BAD_CAST "class", BAD_CAST group->css_class);
      xmlTextWriterStartElement (w, BAD_CAST "title");
      xmlTextWriterWriteString (w, BAD_CAST group->title);
      xmlTextWriterEndElement (w);
      for (guint s = 0; s < group->shapes->len; s++)
        {
          const PdShape *shape = g_ptr_array_index (group->shapes, s);

          if (shape->type == PD_SHAPE_PATH)
            write_path (w, shape);
          else
            write_text (w, shape);
        }
      xmlTextWriterEndElement (w);
    }

  xmlTextWriterEndElement (w);
  xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);
  length = xmlBufferLength (buffer);
  content = xmlBufferDetach (buffer);
  bytes = g_bytes_new_with_free_func (content, (gsize) length, (GDestroyNotify) xmlFree, content);
  xmlBufferFree (buffer);
  return bytes;
}
