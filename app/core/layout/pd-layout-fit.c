/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How well a layout fits a page, as drawn: the scene built for the steps
 * at their places and measured. A fit weighs the same places many times
 * over (each way of cutting the rows in every layout the tidy makes, and
 * the warm tries, most of which come out alike), and building the scene
 * is nearly all its work: within one tidy each drawing's size is kept,
 * by the places it was drawn for, and looked up rather than drawn again.
 * The memo belongs to the thread that tidies (the designer tidies in a
 * worker thread), and lives as long as the tidy. */
#include <string.h>

#include "pd-layout-private.h"
#include "pd-scene.h"

/* A crossing costs this share of the scale: a layout drawn a little
 * larger but crossing many more lines is not worth it. */
#define CROSSING_COST 0.01

typedef struct {
  double width, height;
} Drawn;

static GPrivate memo_key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);
static gboolean memo_off;
static gint scenes_drawn;

guint
pd_layout_fit_scenes_drawn (void)
{
  return (guint) g_atomic_int_get (&scenes_drawn);
}

void
pd_layout_fit_memo_disable (gboolean disable)
{
  memo_off = disable;
}

gboolean
pd_layout_fit_remember (void)
{
  if (g_private_get (&memo_key) != NULL)
    return FALSE;
  g_private_set (&memo_key, g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                   (GDestroyNotify) g_bytes_unref, g_free));
  return TRUE;
}

void
pd_layout_fit_forget (gboolean started)
{
  if (started)
    g_private_replace (&memo_key, NULL);
}

/* What the drawing of @places depends on, beside the document's content
 * (the same throughout a tidy): the lanes drawn and each step's place. */
static GBytes *
memo_key_for (GArray                *places,
              const PdLayoutOptions *options)
{
  GByteArray *key = g_byte_array_sized_new (places->len * 24 + 8);
  guint8 lanes[2] = { options->lanes != FALSE, options->direction };

  g_byte_array_append (key, lanes, sizeof lanes);
  for (guint i = 0; i < places->len; i++)
    {
      PdLayoutPlace *place = &g_array_index (places, PdLayoutPlace, i);

      /* The id with its end, so that no two lists read alike. */
      g_byte_array_append (key, (const guint8 *) place->id, strlen (place->id) + 1);
      g_byte_array_append (key, (const guint8 *) &place->x, sizeof place->x);
      g_byte_array_append (key, (const guint8 *) &place->y, sizeof place->y);
    }
  return g_byte_array_free_to_bytes (key);
}

/* The size @document is drawn at with its steps at @places. */
static Drawn
draw (PdDocument            *document,
      GArray                *places,
      const PdLayoutOptions *options)
{
  g_autoptr(PdDocument) copy = pd_document_copy (document);
  g_autoptr(PdScene) scene = NULL;

  g_atomic_int_inc (&scenes_drawn);
  pd_layout_apply_places (copy, places, options);
  scene = pd_scene_new_from_document (copy);
  return (Drawn) { scene->bounds.width, scene->bounds.height };
}

double
pd_layout_fit_score (PdDocument            *document,
                     GArray                *places,
                     guint                  crossings,
                     const PdLayoutOptions *options)
{
  GHashTable *memo = memo_off ? NULL : g_private_get (&memo_key);
  g_autoptr(GBytes) key = NULL;
  Drawn drawn, *known = NULL;
  double scale;

  if (memo)
    {
      key = memo_key_for (places, options);
      known = g_hash_table_lookup (memo, key);
    }
  if (known)
    drawn = *known;
  else
    {
      drawn = draw (document, places, options);
      if (memo)
        g_hash_table_insert (memo, g_steal_pointer (&key), g_memdup2 (&drawn, sizeof drawn));
    }
  scale = MIN (options->aspect / drawn.width, 1 / drawn.height);
  return scale * MAX (1 - CROSSING_COST * crossings, CROSSING_COST);
}
