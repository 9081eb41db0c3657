/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-capacity-private.h"
#include "pd-staff.h"

/* The workforce: roles by agency, staff in post, sums over pathways and
 * role names that look alike. */

static void
role_clear (gpointer data)
{
  PdCapacityRole *row = data;

  g_free (row->role);
  g_free (row->agency_id);
}

PdCapacity *
pd_capacity_alloc (void)
{
  PdCapacity *self = g_new0 (PdCapacity, 1);

  self->steps = g_array_new (FALSE, FALSE, sizeof (PdCapacityStep));
  self->work = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->flows = g_array_new (FALSE, FALSE, sizeof (PdCapacityFlow));
  self->step_index = g_hash_table_new (NULL, NULL);
  self->flow_index = g_hash_table_new (NULL, NULL);
  self->roles = g_array_new (FALSE, TRUE, sizeof (PdCapacityRole));
  g_array_set_clear_func (self->roles, role_clear);
  self->role_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->strings = g_string_chunk_new (256);
  return self;
}

void
pd_capacity_free (PdCapacity *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->document);
  g_array_unref (self->steps);
  g_ptr_array_unref (self->work);
  g_array_unref (self->flows);
  g_hash_table_unref (self->step_index);
  g_hash_table_unref (self->flow_index);
  g_array_unref (self->roles);
  g_hash_table_unref (self->role_index);
  g_string_chunk_free (self->strings);
  g_free (self);
}

char *
pd_capacity_fold_role (const char *role)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (role ? role : ""));
  return g_utf8_casefold (trimmed, -1);
}

static char *
role_key (const char *role,
          const char *agency_id)
{
  g_autofree char *folded = pd_capacity_fold_role (role);
  return g_strconcat (folded, "\n", agency_id ? agency_id : "", NULL);
}

static PdCapacityRole *
find_row (PdCapacity *self,
          const char *role,
          const char *agency_id)
{
  g_autofree char *key = role_key (role, agency_id);
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (self->role_index, key));

  return i ? &g_array_index (self->roles, PdCapacityRole, i - 1) : NULL;
}

PdCapacityRole *
pd_capacity_role_row (PdCapacity *self,
                      const char *role,
                      const char *agency_id)
{
  PdCapacityRole *row = find_row (self, role, agency_id);
  PdCapacityRole fresh = { 0, };

  if (row)
    return row;
  fresh.role = g_strstrip (g_strdup (role));
  fresh.agency_id = g_strdup (agency_id ? agency_id : "");
  g_array_append_val (self->roles, fresh);
  g_hash_table_insert (self->role_index, role_key (role, agency_id),
                       GUINT_TO_POINTER (self->roles->len));
  return &g_array_index (self->roles, PdCapacityRole, self->roles->len - 1);
}

/* A post with no agency is shared among its role's rows by the hours they
 * need (equally when none need any). */
static void
add_post_anywhere (PdCapacity   *self,
                   const PdPost *post)
{
  g_autofree char *folded = pd_capacity_fold_role (post->role);
  double hours = 0;
  guint n = 0;

  for (guint i = 0; i < self->roles->len; i++)
    {
      PdCapacityRole *row = &g_array_index (self->roles, PdCapacityRole, i);
      g_autofree char *other = pd_capacity_fold_role (row->role);

      if (strcmp (folded, other) == 0)
        {
          hours += row->hours;
          n++;
        }
    }
  if (n == 0)
    {
      PdCapacityRole *row = pd_capacity_role_row (self, post->role, "");
      row->has_in_post = TRUE;
      row->in_post += post->wte;
      return;
    }
  for (guint i = 0; i < self->roles->len; i++)
    {
      PdCapacityRole *row = &g_array_index (self->roles, PdCapacityRole, i);
      g_autofree char *other = pd_capacity_fold_role (row->role);

      if (strcmp (folded, other) != 0)
        continue;
      row->has_in_post = TRUE;
      row->in_post += post->wte * (hours > 0 ? row->hours / hours : 1.0 / n);
    }
}

void
pd_capacity_add_staffing (PdCapacity *self,
                          GPtrArray  *posts)
{
  for (guint i = 0; posts && i < posts->len; i++)
    {
      const PdPost *post = g_ptr_array_index (posts, i);

      if (post->agency_id && post->agency_id[0])
        {
          PdCapacityRole *row = pd_capacity_role_row (self, post->role, post->agency_id);
          row->has_in_post = TRUE;
          row->in_post += post->wte;
        }
      else
        add_post_anywhere (self, post);
    }
}

void
pd_capacity_finish_roles (PdCapacity *self,
                          gboolean    from_hours)
{
  PdCapacityTotals *totals = &self->totals;

  totals->in_post = totals->waiting_growth = 0;
  if (from_hours)
    {
      totals->wte = totals->hours / self->hours_per_wte;
      totals->unmet_wte = totals->unmet_hours / self->hours_per_wte;
    }
  for (guint i = 0; i < self->roles->len; i++)
    {
      PdCapacityRole *row = &g_array_index (self->roles, PdCapacityRole, i);

      if (from_hours)
        {
          row->wte = row->hours / self->hours_per_wte;
          row->unmet_wte = row->unmet_hours / self->hours_per_wte;
        }
      row->gap = row->wte - row->in_post;
      row->utilisation = row->in_post > 0 ? row->wte / row->in_post : 0;
      /* Fewer hours in post than needed: the people they cannot see join
       * the waiting list. */
      row->waiting_growth = row->has_in_post && row->in_post < row->wte
                            ? row->people * (1 - row->in_post / row->wte) : 0;
      totals->in_post += row->in_post;
      totals->waiting_growth += row->waiting_growth;
    }
}

static void
add_totals (PdCapacityTotals       *sum,
            const PdCapacityTotals *one)
{
  sum->arrivals += one->arrivals;
  sum->sessions += one->sessions;
  sum->hours += one->hours;
  sum->wte += one->wte;
  sum->unmet_people += one->unmet_people;
  sum->unmet_hours += one->unmet_hours;
  sum->unmet_wte += one->unmet_wte;
}

PdCapacity *
pd_capacity_sum (PdCapacity * const *capacities,
                 guint               n_capacities)
{
  PdCapacity *self = pd_capacity_alloc ();

  g_return_val_if_fail (capacities != NULL || n_capacities == 0, self);

  for (guint c = 0; c < n_capacities; c++)
    {
      PdCapacity *one = capacities[c];

      for (guint i = 0; i < one->roles->len; i++)
        {
          const PdCapacityRole *from = &g_array_index (one->roles, PdCapacityRole, i);
          PdCapacityRole *row = pd_capacity_role_row (self, from->role, from->agency_id);

          row->people += from->people;
          row->hours += from->hours;
          row->wte += from->wte;
          row->unmet_people += from->unmet_people;
          row->unmet_hours += from->unmet_hours;
          row->unmet_wte += from->unmet_wte;
          row->has_in_post |= from->has_in_post;
          row->in_post += from->in_post;
        }
      add_totals (&self->totals, &one->totals);
      self->hours_per_wte = one->hours_per_wte;
    }
  pd_capacity_finish_roles (self, FALSE);
  return self;
}

static guint
edit_distance (const gunichar *a,
               glong           la,
               const gunichar *b,
               glong           lb)
{
  g_autofree guint *row = g_new (guint, lb + 1);

  for (glong j = 0; j <= lb; j++)
    row[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1),
                        diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
          diagonal = above;
        }
    }
  return row[lb];
}

/* The words of @text, however many spaces part them. */
static char **
words (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; parts[i]; i++)
    if (parts[i][0])
      g_strv_builder_add (builder, parts[i]);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

/* @few's words (two or more) in order among @many's, with the same first and
 * last and one word put in between ("High-intensity CBT therapist"); not a
 * grade put before ("Senior … practitioner"), nor a role of its own made of
 * more ("Social prescribing link worker", "Social worker"). */
static gboolean
words_within (char **few,
              char **many)
{
  guint n_few = g_strv_length (few), n_many = g_strv_length (many), j = 0;

  if (n_few < 2 || n_many != n_few + 1)
    return FALSE;
  if (strcmp (few[0], many[0]) != 0 || strcmp (few[n_few - 1], many[n_many - 1]) != 0)
    return FALSE;
  for (guint i = 0; i < n_few; i++)
    {
      while (j < n_many && strcmp (few[i], many[j]) != 0)
        j++;
      if (j == n_many)
        return FALSE;
      j++;
    }
  return TRUE;
}

gboolean
pd_capacity_roles_nearly_match (const char *a,
                                const char *b)
{
  g_autofree char *fa = pd_capacity_fold_role (a);
  g_autofree char *fb = pd_capacity_fold_role (b);
  g_autofree gunichar *ua = NULL, *ub = NULL;
  g_auto(GStrv) wa = NULL, wb = NULL;
  glong la = 0, lb = 0;
  guint distance;

  if (fa[0] == '\0' || fb[0] == '\0' || strcmp (fa, fb) == 0)
    return FALSE;
  ua = g_utf8_to_ucs4_fast (fa, -1, &la);
  ub = g_utf8_to_ucs4_fast (fb, -1, &lb);
  /* A slip or two, no more than one in five letters: "Therapist", "Therapists". */
  distance = edit_distance (ua, la, ub, lb);
  if (distance <= 2 && distance * 5 <= (guint) MAX (la, lb))
    return TRUE;
  wa = words (fa);
  wb = words (fb);
  return words_within (wa, wb) || words_within (wb, wa);
}
