/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-staff.h"

G_DEFINE_BOXED_TYPE (PdStaff, pd_staff, pd_staff_copy, pd_staff_free)
G_DEFINE_BOXED_TYPE (PdPost, pd_post, pd_post_copy, pd_post_free)

PdStaff *
pd_staff_new (const char *role,
              const char *skills,
              double      share)
{
  PdStaff *staff = g_new0 (PdStaff, 1);

  staff->role = g_strdup (role);
  staff->skills = g_strdup (skills);
  staff->share = share;
  return staff;
}

PdStaff *
pd_staff_copy (const PdStaff *staff)
{
  return pd_staff_new (staff->role, staff->skills, staff->share);
}

void
pd_staff_free (PdStaff *staff)
{
  if (staff == NULL)
    return;
  g_free (staff->role);
  g_free (staff->skills);
  g_free (staff);
}

PdPost *
pd_post_new (const char *role,
             const char *agency_id,
             double      wte)
{
  PdPost *post = g_new0 (PdPost, 1);

  post->role = g_strdup (role);
  post->agency_id = g_strdup (agency_id);
  post->wte = wte;
  return post;
}

PdPost *
pd_post_copy (const PdPost *post)
{
  return pd_post_new (post->role, post->agency_id, post->wte);
}

void
pd_post_free (PdPost *post)
{
  if (post == NULL)
    return;
  g_free (post->role);
  g_free (post->agency_id);
  g_free (post);
}

GPtrArray *
pd_staff_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pd_staff_free);
}

GPtrArray *
pd_post_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pd_post_free);
}
