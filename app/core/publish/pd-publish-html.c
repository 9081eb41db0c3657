/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every page of a published site shares: the head, the way back to
 * the index, the stylesheet (for screens and for print), words escaped and
 * links only where they are safe to follow. */
#include <string.h>

#include "pd-leaflet-gettext.h"
#include "pd-publish-private.h"
#include "pd-scene-text.h"
#include "pd-xml-util.h"

/* NHS colours on white, each at least 4.5:1 against its background; a
 * focus ring a keyboard user sees on every link; no animation. */
const char pd_publish_stylesheet[] =
  "*{box-sizing:border-box}\n"
  "html{color:#212b32;background:#f0f4f5;line-height:1.5;"
  "font-family:\"Liberation Sans\",Arial,\"DejaVu Sans\",sans-serif}\n"
  "body{margin:0}\n"
  "a{color:#005eb8}\n"
  "a:visited{color:#330072}\n"
  "a:hover{color:#7c2855}\n"
  "a:focus{outline:3px solid #212b32;background:#ffeb3b;color:#212b32}\n"
  ".skip{position:absolute;left:-999rem}\n"
  ".skip:focus{position:static;display:block;padding:.5rem 1rem}\n"
  ".site{background:#005eb8;color:#fff;padding:.75rem 1.5rem}\n"
  ".site p{margin:0;font-weight:bold;font-size:1.2rem}\n"
  ".site a,.site a:visited{color:#fff;text-decoration:none}\n"
  ".site a:focus{color:#212b32}\n"
  "main{display:block;max-width:60rem;margin:0 auto;padding:1.5rem;background:#fff}\n"
  "h1{font-size:2rem;line-height:1.25;margin:0 0 1rem}\n"
  "h2{font-size:1.5rem;margin:2rem 0 .75rem;border-top:1px solid #d8dde0;padding-top:1rem}\n"
  "h3{font-size:1.2rem;margin:1.5rem 0 .5rem}\n"
  "h4{font-size:1rem;margin:1rem 0 .25rem}\n"
  ".status{display:inline-block;padding:0 .5rem;border:2px solid #212b32;font-weight:bold}\n"
  ".lead{font-size:1.15rem}\n"
  "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}\n"
  "dl.facts dt{font-weight:bold}\n"
  "dl.facts dd{margin:0}\n"
  "figure{margin:0;overflow-x:auto;border:1px solid #d8dde0;background:#fff}\n"
  "figure svg{display:block;max-width:none;height:auto}\n"
  "figcaption{padding:.5rem;font-size:.9rem}\n"
  ".journey,.journey ol{padding-inline-start:1.5rem}\n"
  ".journey li{margin:.25rem 0}\n"
  ".journey .others{list-style:none;border-inline-start:.25rem solid #d8dde0}\n"
  ".swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #212b32;"
  "vertical-align:-.15rem;margin-inline-end:.5rem}\n"
  ".step{border-inline-start:.4rem solid #d8dde0;padding-inline-start:1rem;margin:1rem 0}\n"
  ".clusters li{margin:.25rem 0}\n"
  ".note{font-size:.9rem;color:#4c6272}\n"
  "table.changes{border-collapse:collapse;width:100%}\n"
  "table.changes caption{text-align:start;font-weight:bold;padding:.25rem 0}\n"
  "table.changes th,table.changes td{text-align:start;vertical-align:top;"
  "padding:.4rem .5rem;border-bottom:1px solid #d8dde0}\n"
  "table.changes td:first-child{white-space:nowrap}\n"
  "footer{max-width:60rem;margin:0 auto;padding:1rem 1.5rem;font-size:.9rem}\n"
  "@media (max-width:40rem){main{padding:1rem}dl.facts{display:block}"
  "dl.facts dd{margin:0 0 .5rem}}\n"
  "@media print{html,main{background:none}.site,.skip,footer{display:none}"
  "main{max-width:none;padding:0}a{color:#000}"
  "a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";font-size:.8rem}"
  "h2,h3{break-after:avoid;page-break-after:avoid}"
  ".step,li,figure{break-inside:avoid;page-break-inside:avoid}"
  "figure{overflow:visible;border:0}figure svg{max-width:100%}}\n";

void
pd_publish_append_text (GString    *out,
                        const char *text)
{
  g_autofree char *clean = pd_text_clean (text ? text : "");

  pd_xml_append_escaped (out, clean, TRUE);
}

gboolean
pd_publish_href_is_safe (const char *href)
{
  if (href == NULL || *href == '\0')
    return FALSE;
  for (const char *p = href; *p; p++)
    if ((guchar) *p <= ' ' || *p == '\\' || *p == '"' || *p == '<' || *p == '>')
      return FALSE;
  if (g_str_has_prefix (href, "#"))
    return TRUE;
  return (g_ascii_strncasecmp (href, "https://", 8) == 0 && href[8] != '\0')
         || (g_ascii_strncasecmp (href, "http://", 7) == 0 && href[7] != '\0');
}

void
pd_publish_append_link (GString    *out,
                        const char *href,
                        const char *title,
                        const char *lang)
{
  const char *words = title && *title ? title : href;

  if (pd_publish_href_is_safe (href))
    {
      g_string_append (out, "<a href=\"");
      pd_xml_append_escaped (out, href, TRUE);
      g_string_append (out, "\">");
      pd_publish_append_text (out, words);
      g_string_append (out, "</a>");
      return;
    }
  /* A file on someone's disk or a scheme a browser should not follow from
   * a public page: named, not linked, and never copied into the site. */
  pd_publish_append_text (out, words);
  if (href && *href && g_strcmp0 (words, href) != 0)
    {
      g_string_append (out, " <span class=\"note\">(");
      pd_publish_append_text (out, pd_leaflet_gettext (lang, "not published online:"));
      g_string_append_c (out, ' ');
      pd_publish_append_text (out, href);
      g_string_append (out, ")</span>");
    }
}

const char *
pd_publish_status_label (PdStatus    status,
                         const char *lang)
{
  switch (status)
    {
    case PD_STATUS_DRAFT:
      return pd_leaflet_gettext (lang, "In progress");
    case PD_STATUS_CONSULTATION:
      return pd_leaflet_gettext (lang, "Out for consultation");
    case PD_STATUS_APPROVED:
      return pd_leaflet_gettext (lang, "Approved");
    case PD_STATUS_RETIRED:
    default:
      return pd_leaflet_gettext (lang, "No longer in use");
    }
}

void
pd_publish_html_begin (GString             *out,
                       const PdPublishSite *site,
                       const char          *title,
                       const char          *root)
{
  const char *lang = site->lang;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  pd_xml_append_escaped (out, lang, TRUE);
  /* Nothing runs and nothing is fetched from outside the site, whatever a
   * browser would allow. */
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, "
                        "initial-scale=1\">\n<meta name=\"generator\" "
                        "content=\"Pathway Designer\">\n<title>");
  pd_publish_append_text (out, title);
  g_string_append_printf (out, "</title>\n<link rel=\"stylesheet\" href=\"%sstyle.css\">\n"
                          "</head>\n<body>\n<a class=\"skip\" href=\"#main\">", root);
  pd_publish_append_text (out, pd_leaflet_gettext (lang, "Skip to the content"));
  g_string_append_printf (out, "</a>\n<header class=\"site\">\n<p><a href=\"%sindex.html\">",
                          root);
  pd_publish_append_text (out, site->title);
  g_string_append (out, "</a></p>\n</header>\n<main id=\"main\">\n");
}

void
pd_publish_html_end (GString             *out,
                     const PdPublishSite *site,
                     const char          *root)
{
  const char *lang = site->lang;

  g_string_append (out, "</main>\n<footer>\n<p>");
  pd_publish_append_text (out, pd_leaflet_gettext (lang, "Published with Pathway Designer."));
  g_string_append_printf (out, " <a href=\"%sindex.html\">", root);
  pd_publish_append_text (out, pd_leaflet_gettext (lang, "All care pathways"));
  g_string_append (out, "</a></p>\n</footer>\n</body>\n</html>\n");
}

PdPublishFile *
pd_publish_file_new (const char *path,
                     GString    *text)
{
  PdPublishFile *file = g_new0 (PdPublishFile, 1);

  file->path = g_strdup (path);
  file->bytes = g_string_free_to_bytes (text);
  return file;
}

void
pd_publish_file_free (PdPublishFile *file)
{
  if (file == NULL)
    return;
  g_free (file->path);
  g_bytes_unref (file->bytes);
  g_free (file);
}
