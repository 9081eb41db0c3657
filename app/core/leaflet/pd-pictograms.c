/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-pictogram-resources.h"
#include "pd-leaflet-gettext.h"
#include "pd-leaflet-private.h"
#include "pd-pictograms.h"

#define PREFIX "/org/pathwaydesigner/Designer/pictograms/"

static GPtrArray *names;   /* of interned strings, from index.tsv */
static GHashTable *descriptions;   /* name → what the picture shows, in English */

static void
load (void)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (pd_pictograms_get_resource (),
                                                    PREFIX "index.tsv", 0, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert (bytes != NULL);
  names = g_ptr_array_new ();
  descriptions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *tab = strchr (lines[i], '\t');

      if (lines[i][0] == '#' || tab == NULL)
        continue;
      *tab = '\0';
      g_ptr_array_add (names, (gpointer) g_intern_string (lines[i]));
      /* Name, OpenMoji code, OpenMoji's name for what it shows. */
      tab = strchr (tab + 1, '\t');
      if (tab && tab[1])
        g_hash_table_insert (descriptions, (gpointer) g_intern_string (lines[i]),
                             g_strdup (tab + 1));
    }
}

static void
ensure_loaded (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      load ();
      g_once_init_leave (&loaded, 1);
    }
}

guint
pd_pictograms_get_n_items (void)
{
  ensure_loaded ();
  return names->len;
}

const char *
pd_pictograms_get_name (guint index)
{
  ensure_loaded ();
  return index < names->len ? g_ptr_array_index (names, index) : NULL;
}

gboolean
pd_pictograms_has (const char *name)
{
  ensure_loaded ();
  return name && g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL);
}

const char *
pd_pictograms_get_description (const char *name)
{
  ensure_loaded ();
  return name ? g_hash_table_lookup (descriptions, name) : NULL;
}

GBytes *
pd_pictograms_get_svg (const char *name)
{
  g_autofree char *path = NULL;

  if (!pd_pictograms_has (name))
    return NULL;
  path = g_strconcat (PREFIX, name, ".svg", NULL);
  return g_resource_lookup_data (pd_pictograms_get_resource (), path, 0, NULL);
}

/* Words that suggest a picture, looked for in this order. */
static const struct { const char *picture; const char *words; } hints[] = {
  { "phone", "phone|call|ring" },
  { "medicine", "medicine|tablet|pill|antidepressant|clozapine|prescri" },
  { "hospital", "hospital|ward|inpatient" },
  { "family", "family|families|carer" },
  { "group", "group|together with others" },
  { "money", "money|benefit|debt|pay" },
  { "food", "food|eat|diet|cook" },
  { "exercise", "exercise|walk|activity|sport|gym" },
  { "work", "job|employ|volunteer|to work|at work" },
  { "school", "school|college|course|learn" },
  { "house", "home|house|housing" },
  { "nurse", "nurse" },
  { "doctor", "doctor|gp|psychiatrist" },
  { "waiting", "wait" },
  { "calendar", "appointment|meeting|date" },
  { "talking", "talk|therapy|counsel|listen" },
  { "letter", "letter|write|leaflet|read" },
  { "review", "review|check" },
};

static gboolean
mentions (const char *text,
          const char *words)
{
  g_auto(GStrv) alternatives = g_strsplit (words, "|", -1);

  for (guint i = 0; alternatives[i]; i++)
    {
      const char *at = text;

      /* At the start of a word: "pay" is not in "display". */
      while ((at = strstr (at, alternatives[i])) != NULL)
        {
          if (at == text || !g_ascii_isalpha (at[-1]))
            return TRUE;
          at++;
        }
    }
  return FALSE;
}

const char *
pd_pictograms_choose (PdNode *node)
{
  const char *own = pd_node_get_pictogram (node);
  g_autofree char *joined = NULL;
  g_autofree char *words = NULL;

  g_return_val_if_fail (PD_IS_NODE (node), "person");

  if (pd_pictograms_has (own))
    return g_intern_string (own);
  joined = g_strjoin (" ", pd_node_get_title (node) ? pd_node_get_title (node) : "",
                      pd_node_get_easy_read (node) ? pd_node_get_easy_read (node) : "", NULL);
  words = g_ascii_strdown (joined, -1);
  for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
    if (mentions (words, hints[i].words))
      return hints[i].picture;
  switch (pd_node_get_kind (node))
    {
    case PD_NODE_KIND_REFERRAL: return "letter";
    case PD_NODE_KIND_ASSESSMENT: return "question";
    case PD_NODE_KIND_DECISION: return "question";
    case PD_NODE_KIND_REVIEW: return "review";
    case PD_NODE_KIND_DISCHARGE: return "finish";
    case PD_NODE_KIND_INFORMATION: return "information";
    case PD_NODE_KIND_LINK: return "signpost";
    case PD_NODE_KIND_INTERVENTION:
    default: return "help";
    }
}

#define ATTRIBUTION N_("Pictures: OpenMoji, the open-source emoji and icon project " \
                         "(openmoji.org), licensed under CC BY-SA 4.0.")

const char *
pd_pictograms_attribution (void)
{
  return _(ATTRIBUTION);
}

const char *
pd_pictograms_attribution_for (const char *lang)
{
  return pd_leaflet_gettext (lang, ATTRIBUTION);
}
