/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-change.h"

G_DEFINE_BOXED_TYPE (PdChange, pd_change, pd_change_copy, pd_change_free)

PdChange *
pd_change_new (const char *date,
               const char *version,
               const char *author,
               const char *summary)
{
  PdChange *change = g_new0 (PdChange, 1);

  change->date = g_strdup (date);
  change->version = g_strdup (version);
  change->author = g_strdup (author);
  change->summary = g_strdup (summary);
  return change;
}

PdChange *
pd_change_copy (const PdChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return pd_change_new (change->date, change->version, change->author, change->summary);
}

void
pd_change_free (PdChange *change)
{
  if (change == NULL)
    return;
  g_free (change->date);
  g_free (change->version);
  g_free (change->author);
  g_free (change->summary);
  g_free (change);
}

gboolean
pd_change_equal (const PdChange *a,
                 const PdChange *b)
{
  return g_strcmp0 (a->date, b->date) == 0 && g_strcmp0 (a->version, b->version) == 0
         && g_strcmp0 (a->author, b->author) == 0 && g_strcmp0 (a->summary, b->summary) == 0;
}

GPtrArray *
pd_change_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pd_change_free);
}

GPtrArray *
pd_change_array_copy (GPtrArray *changes)
{
  GPtrArray *copy = pd_change_array_new ();

  for (guint i = 0; changes && i < changes->len; i++)
    g_ptr_array_add (copy, pd_change_copy (g_ptr_array_index (changes, i)));
  return copy;
}

const PdChange *
pd_change_array_get_latest (GPtrArray *changes)
{
  const PdChange *latest = NULL;

  for (guint i = 0; changes && i < changes->len; i++)
    {
      const PdChange *change = g_ptr_array_index (changes, i);

      /* ISO dates sort as text; an entry without one counts as oldest. */
      if (latest == NULL || g_strcmp0 (change->date, latest->date) >= 0)
        latest = change;
    }
  return latest;
}
