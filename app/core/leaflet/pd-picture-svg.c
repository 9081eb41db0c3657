/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SVG pictures: parsed by the project's own safe parser, every element and
 * attribute looked at (nothing may refer outside the picture, run code or
 * pull in other files), the elements counted as drawn (what <use> and
 * other references repeat), then the tree that was checked, written out
 * again, rendered once by librsvg with no base file, so it can load
 * nothing else. What is kept is pixels. */
#include <string.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>

#include "pd-diagnostic.h"
#include "pd-picture-private.h"
#include "pd-xml-parse.h"

#define SVG_NS "http://www.w3.org/2000/svg"
#define XINCLUDE_NS_2001 "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NS_2003 "http://www.w3.org/2003/XInclude"
/* Recursion while counting: tree depth and references together. */
#define MAX_LEVELS 1024
/* A mark in the sizes table: this element is being counted. */
#define COUNTING G_MAXUINT64

typedef struct {
  const char *name;
  GError    **error;
  GHashTable *ids;          /* id → GPtrArray of xmlNode, all that bear it */
  GHashTable *own;          /* xmlNode → elements in its subtree, itself included */
  GHashTable *sizes;        /* xmlNode → elements it draws, references expanded */
  guint64     photo_pixels; /* of data: photos, all together */
} Check;

static gboolean
refuse (Check      *check,
        int         code,
        const char *what)
{
  if (*check->error == NULL)
    g_set_error (check->error, PD_PICTURE_ERROR, code, _("“%s” is refused: %s"), check->name,
                 what);
  return FALSE;
}

static gboolean
is_id_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* "#id" with an id's characters only: a place in this picture. */
static gboolean
is_fragment (const char *value,
             gsize       length)
{
  if (length < 2 || value[0] != '#')
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!is_id_char (value[i]))
      return FALSE;
  return TRUE;
}

/* A data: photo, whose bytes are checked as a photo file's are. */
static gboolean
check_data_uri (Check      *check,
                const char *value)
{
  static const char *const prefixes[] = { "data:image/png;base64,", "data:image/jpeg;base64," };
  g_autofree char *inside = g_strdup_printf (_("a photo inside “%s”"), check->name);
  g_autofree guchar *bytes = NULL;
  const char *payload = NULL;
  gboolean jpeg = FALSE;
  gsize length;
  int width, height;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (value, prefixes[i]))
      {
        payload = value + strlen (prefixes[i]);
        jpeg = i == 1;
      }
  if (payload == NULL)
    return refuse (check, PD_PICTURE_ERROR_UNSAFE,
                   _("it holds a data: address that is not a PNG or JPEG photo"));
  /* Plain base64 only, read the same way by every decoder. */
  for (const char *p = payload; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=' && !g_ascii_isspace (*p))
      return refuse (check, PD_PICTURE_ERROR_UNSAFE,
                     _("it holds a data: address that is not plain base64"));
  bytes = g_base64_decode (payload, &length);
  if (!(jpeg ? pd_picture_is_jpeg (bytes, length) : pd_picture_is_png (bytes, length)))
    return refuse (check, PD_PICTURE_ERROR_UNSAFE,
                   _("it holds a data: photo whose bytes are not of the kind it says"));
  if (!pd_picture_photo_size (bytes, length, jpeg, inside, &width, &height, check->error))
    return FALSE;
  check->photo_pixels += (guint64) width * height;
  if (check->photo_pixels > PD_PICTURE_MAX_PIXELS)
    {
      g_autofree char *what = g_strdup_printf (
        _("its photos have more than %d million pixels together"),
        PD_PICTURE_MAX_PIXELS / 1000000);
      return refuse (check, PD_PICTURE_ERROR_TOO_MANY_PIXELS, what);
    }
  return TRUE;
}

static gboolean
check_href (Check      *check,
            const char *value)
{
  g_autofree char *what = NULL;

  if (is_fragment (value, strlen (value)))
    return TRUE;
  if (g_str_has_prefix (value, "data:"))
    return check_data_uri (check, value);
  what = g_strdup_printf (_("it refers to “%.200s”, outside itself"), value);
  return refuse (check, PD_PICTURE_ERROR_UNSAFE, what);
}

/* Calls @found for the id of each url(#id) in @text; FALSE at a url() that
 * is not a place in this picture. CSS functions ignore case; "url (" is no
 * function, but it costs nothing to look at it too. */
static gboolean
each_url (const char *text,
          gboolean  (*found) (const char *id, gsize length, gpointer data),
          gpointer    data)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (const char *p = lower; (p = strstr (p, "url")) != NULL; p += 3)
    {
      const char *q = p + 3, *end;
      char quote = 0;

      while (g_ascii_isspace (*q))
        q++;
      if (*q != '(')
        continue;
      q++;
      while (g_ascii_isspace (*q))
        q++;
      if (*q == '"' || *q == '\'')
        quote = *q++;
      for (end = q; *end && *end != ')' && *end != quote && !g_ascii_isspace (*end); end++)
        ;
      if (!is_fragment (q, end - q))
        return FALSE;
      /* Ids keep their case: read from @text, at the same offset. */
      if (found && !found (text + (q - lower) + 1, end - q - 1, data))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_css (Check      *check,
           const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  if (strstr (lower, "@import"))
    return refuse (check, PD_PICTURE_ERROR_UNSAFE, _("its CSS holds @import"));
  /* An escape could spell url( or @import in other letters. */
  if (strchr (text, '\\'))
    return refuse (check, PD_PICTURE_ERROR_UNSAFE, _("its CSS holds an escape (\\)"));
  if (!each_url (text, NULL, NULL))
    return refuse (check, PD_PICTURE_ERROR_UNSAFE,
                   _("its CSS holds url(…) that is not a place in the picture"));
  return TRUE;
}

static char *
attribute_value (xmlAttr *attribute)
{
  xmlChar *value = xmlNodeListGetString (attribute->doc, attribute->children, 1);
  char *copy = g_strdup (value ? (const char *) value : "");

  xmlFree (value);
  return copy;
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
check_attributes (Check   *check,
                  xmlNode *node)
{
  for (xmlAttr *a = node->properties; a; a = a->next)
    {
      g_autofree char *value = attribute_value (a);
      const char *ns = a->ns ? (const char *) a->ns->href : NULL;

      if (g_str_equal (a->name, "href") && !check_href (check, value))
        return FALSE;
      if (ns && g_str_equal (ns, (const char *) XML_XML_NAMESPACE) && g_str_equal (a->name, "base"))
        return refuse (check, PD_PICTURE_ERROR_UNSAFE, _("it sets xml:base"));
      if (g_str_equal (a->name, "style") && !check_css (check, value))
        return FALSE;
      if (!each_url (value, NULL, NULL))
        return refuse (check, PD_PICTURE_ERROR_UNSAFE,
                       _("it holds url(…) that is not a place in the picture"));
      if (g_str_equal (a->name, "id") && ns == NULL)
        {
          GPtrArray *bearers = g_hash_table_lookup (check->ids, value);

          if (bearers == NULL)
            {
              bearers = g_ptr_array_new ();
              g_hash_table_insert (check->ids, g_steal_pointer (&value), bearers);
            }
          g_ptr_array_add (bearers, node);
        }
    }
  return TRUE;
}

/* Refuses what may refer outside the picture or run code, and counts the
 * elements of each subtree into check->own (@count, the element's). */
static gboolean
check_node (Check   *check,
            xmlNode *node,
            guint   *count)
{
  const char *ns = node->ns ? (const char *) node->ns->href : "";
  guint own = 1;

  if (g_str_equal (ns, XINCLUDE_NS_2001) || g_str_equal (ns, XINCLUDE_NS_2003))
    return refuse (check, PD_PICTURE_ERROR_UNSAFE, _("it holds an XInclude element"));
  if (is_named (node, "script") || is_named (node, "foreignObject"))
    {
      g_autofree char *what = g_strdup_printf (_("it holds <%s>"), node->name);
      return refuse (check, PD_PICTURE_ERROR_UNSAFE, what);
    }
  if (is_named (node, "style"))
    {
      g_autofree char *text = (char *) xmlNodeGetContent (node);

      if (text && !check_css (check, text))
        return FALSE;
    }
  if (!check_attributes (check, node))
    return FALSE;
  for (xmlNode *child = node->children; child; child = child->next)
    {
      guint n = 0;

      if (child->type == XML_PI_NODE)
        {
          g_autofree char *what = g_strdup_printf (_("it holds a processing instruction (<?%s?>)"),
                                                   child->name);
          return refuse (check, PD_PICTURE_ERROR_UNSAFE, what);
        }
      if (child->type == XML_ENTITY_REF_NODE)
        return refuse (check, PD_PICTURE_ERROR_UNSAFE, _("it holds an entity"));
      if (child->type == XML_ELEMENT_NODE && !check_node (check, child, &n))
        return FALSE;
      own += n;
    }
  g_hash_table_insert (check->own, node, GUINT_TO_POINTER (own));
  *count = own;
  return TRUE;
}

static guint64 expanded_size (Check *check, xmlNode *node, guint level);

typedef struct {
  Check   *check;
  xmlNode *node;
  guint    level;
  guint64  total;
  gboolean inherited;     /* the reference applies to every element below */
} Refs;

static gboolean
add_reference (const char *id,
               gsize       length,
               gpointer    data)
{
  Refs *refs = data;
  g_autofree char *key = g_strndup (id, length);
  GPtrArray *bearers = g_hash_table_lookup (refs->check->ids, key);
  guint64 times = refs->inherited ? GPOINTER_TO_UINT (g_hash_table_lookup (refs->check->own,
                                                                            refs->node)) : 1;

  for (guint i = 0; bearers && i < bearers->len; i++)
    {
      xmlNode *target = g_ptr_array_index (bearers, i);
      guint64 size;

      /* A gradient is paint, drawn as no element. */
      if (is_named (target, "linearGradient") || is_named (target, "radialGradient"))
        continue;
      size = expanded_size (refs->check, target, refs->level + 1);
      if (size == 0)
        return FALSE;
      refs->total += size * times;
      if (refs->total > PD_PICTURE_MAX_ELEMENTS)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_inherited (const xmlChar *name)
{
  /* Paint and markers pass down to every element of a group. */
  return g_str_equal (name, "fill") || g_str_equal (name, "stroke")
         || g_str_has_prefix ((const char *) name, "marker") || g_str_equal (name, "style");
}

static gboolean
too_many (Check *check)
{
  g_autofree char *what = g_strdup_printf (
    _("it draws more than %d elements (counting what <use> and other references repeat)"),
    PD_PICTURE_MAX_ELEMENTS);

  return refuse (check, PD_PICTURE_ERROR_TOO_COMPLEX, what);
}

/* The elements @node draws, each reference counted as the elements it
 * stands for, each size worked out once; 0 once refused. */
static guint64
expanded_size (Check   *check,
               xmlNode *node,
               guint    level)
{
  gpointer known = NULL;
  Refs refs = { check, node, level, 1, FALSE };

  if (g_hash_table_lookup_extended (check->sizes, node, NULL, &known))
    {
      if (*(guint64 *) known == COUNTING)
        {
          refuse (check, PD_PICTURE_ERROR_TOO_COMPLEX, _("it holds a reference cycle"));
          return 0;
        }
      return *(guint64 *) known;
    }
  if (level > MAX_LEVELS)
    {
      refuse (check, PD_PICTURE_ERROR_TOO_COMPLEX, _("its references nest too deep"));
      return 0;
    }
  g_hash_table_insert (check->sizes, node, g_memdup2 (&(guint64) { COUNTING }, sizeof (guint64)));
  for (xmlAttr *a = node->properties; a; a = a->next)
    {
      g_autofree char *value = attribute_value (a);

      refs.inherited = is_inherited (a->name);
      if (g_str_equal (a->name, "href") && is_fragment (value, strlen (value)))
        {
          if (!add_reference (value + 1, strlen (value) - 1, &refs))
            break;
        }
      else if (!each_url (value, add_reference, &refs))
        break;
    }
  for (xmlNode *child = node->children; child && refs.total <= PD_PICTURE_MAX_ELEMENTS; child =
         child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        guint64 size = expanded_size (check, child, level + 1);

        if (size == 0)
          return 0;
        refs.total += size;
      }
  if (*check->error)
    return 0;
  if (refs.total > PD_PICTURE_MAX_ELEMENTS)
    {
      too_many (check);
      return 0;
    }
  g_hash_table_insert (check->sizes, node, g_memdup2 (&refs.total, sizeof (guint64)));
  return refs.total;
}

/* The parser's refusal as a reason: what it refuses for safety is unsafe,
 * what is too big too complex, the rest damage. */
static void
set_parse_error (GError    **error,
                 const char *name,
                 GPtrArray  *diagnostics)
{
  PdDiagnostic *first = diagnostics->len ? g_ptr_array_index (diagnostics, 0) : NULL;
  const char *message = first ? first->message : _("it is not well-formed XML");
  g_autofree char *elements = g_strdup_printf (_("there are more than %u elements"),
                                               PD_PICTURE_MAX_ELEMENTS);
  g_autofree char *depth = g_strdup_printf (_("elements are nested deeper than %u levels"),
                                            PD_PICTURE_MAX_DEPTH);
  const char *unsafe[] = { _("a DOCTYPE declaration is not allowed in pictures"),
                           _("entity declarations are not allowed in pictures"),
                           _("XInclude is not allowed in pictures") };

  for (guint i = 0; i < G_N_ELEMENTS (unsafe); i++)
    if (g_str_equal (message, unsafe[i]))
      {
        g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_UNSAFE, _("“%s” is refused: %s"),
                     name, message);
        return;
      }
  if (g_str_equal (message, elements) || g_str_equal (message, depth))
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_TOO_COMPLEX, _("“%s” is refused: %s"),
                 name, message);
  else if (first && first->line > 0)
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED,
                 _("“%s” is damaged: %s (line %u)"), name, message, first->line);
  else
    g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED, _("“%s” is damaged: %s"),
                 name, message);
}

/* The checks on the whole document; the tree librsvg will be given. */
static gboolean
check_document (xmlDoc      *doc,
                const char  *name,
                GError     **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  Check check = { name, error };
  guint count = 0;
  gboolean ok;

  for (xmlNode *n = doc->children; n; n = n->next)
    if (n->type == XML_PI_NODE)
      {
        g_autofree char *what = g_strdup_printf (_("it holds a processing instruction (<?%s?>)"),
                                                 n->name);
        return refuse (&check, PD_PICTURE_ERROR_UNSAFE, what);
      }
  if (root == NULL || !g_str_equal (root->name, "svg") || root->ns == NULL
      || !g_str_equal (root->ns->href, SVG_NS))
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_NOT_A_PICTURE,
                   _("“%s” is not a PNG, JPEG or SVG picture"), name);
      return FALSE;
    }
  check.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_ptr_array_unref);
  check.own = g_hash_table_new (NULL, NULL);
  check.sizes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ok = check_node (&check, root, &count) && expanded_size (&check, root, 0) > 0;
  g_hash_table_unref (check.ids);
  g_hash_table_unref (check.own);
  g_hash_table_unref (check.sizes);
  return ok;
}

/* The surface's size: @pixels on the long side, the picture's shape. */
static void
surface_size (RsvgHandle *handle,
              int         pixels,
              int        *width,
              int        *height)
{
  gboolean has_width, has_height, has_box;
  RsvgLength w, h;
  RsvgRectangle box;
  double iw = 0, ih = 0;

  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &iw, &ih))
    {
      rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &w, &has_height, &h, &has_box,
                                            &box);
      if (has_box)
        {
          iw = box.width;
          ih = box.height;
        }
    }
  *width = *height = pixels;
  if (iw > 0 && ih > 0 && iw > ih)
    *height = MAX (1, (int) (pixels * ih / iw + 0.5));
  else if (iw > 0 && ih > 0)
    *width = MAX (1, (int) (pixels * iw / ih + 0.5));
}

cairo_surface_t *
pd_picture_svg_load (const char  *data,
                     gsize        length,
                     const char  *name,
                     int          pixels,
                     GError     **error)
{
  static const PdXmlLimits limits = { PD_PICTURE_MAX_DEPTH, PD_PICTURE_MAX_ELEMENTS, TRUE };
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pd_diagnostic_free);
  g_autoptr(PdXmlParsed) parsed = pd_xml_parse_limited (data, length, name, &limits,
                                                        diagnostics);
  g_autoptr(GError) local = NULL;
  g_autoptr(GObject) handle = NULL;
  RsvgRectangle viewport = { 0 };
  xmlChar *checked = NULL;
  int checked_length = 0, width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean drawn;

  if (parsed == NULL)
    {
      set_parse_error (error, name, diagnostics);
      return NULL;
    }
  if (!check_document (pd_xml_parsed_get_doc (parsed), name, error))
    return NULL;
  /* The tree that was checked, in UTF-8 whatever the file declared: what
   * librsvg reads is exactly what was looked at. No base file: nothing
   * else can be loaded. */
  xmlDocDumpMemoryEnc (pd_xml_parsed_get_doc (parsed), &checked, &checked_length, "UTF-8");
  if (checked)
    handle = G_OBJECT (rsvg_handle_new_from_data (checked, checked_length, &local));
  xmlFree (checked);
  if (handle == NULL)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED, _("“%s” is damaged: %s"),
                   name, local ? local->message : _("it cannot be read as SVG"));
      return NULL;
    }
  surface_size (RSVG_HANDLE (handle), pixels, &width, &height);
  viewport.width = width;
  viewport.height = height;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  drawn = rsvg_handle_render_document (RSVG_HANDLE (handle), cr, &viewport, &local);
  cairo_destroy (cr);
  if (!drawn || cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PD_PICTURE_ERROR, PD_PICTURE_ERROR_DAMAGED,
                   _("“%s” cannot be drawn: %s"), name,
                   local ? local->message
                         : cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}
