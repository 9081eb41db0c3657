/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-link.h"

G_DEFINE_BOXED_TYPE (PdLink, pd_link, pd_link_copy, pd_link_free)
G_DEFINE_BOXED_TYPE (PdParticipant, pd_participant, pd_participant_copy, pd_participant_free)

PdLink *
pd_link_new (const char *title,
             const char *href)
{
  PdLink *link = g_new0 (PdLink, 1);

  link->title = g_strdup (title);
  link->href = g_strdup (href);
  return link;
}

PdLink *
pd_link_copy (const PdLink *link)
{
  return pd_link_new (link->title, link->href);
}

void
pd_link_free (PdLink *link)
{
  if (link == NULL)
    return;
  g_free (link->title);
  g_free (link->href);
  g_free (link);
}

PdParticipant *
pd_participant_new (const char *name,
                    const char *role)
{
  PdParticipant *participant = g_new0 (PdParticipant, 1);

  participant->name = g_strdup (name);
  participant->role = g_strdup (role);
  return participant;
}

PdParticipant *
pd_participant_copy (const PdParticipant *participant)
{
  return pd_participant_new (participant->name, participant->role);
}

void
pd_participant_free (PdParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->name);
  g_free (participant->role);
  g_free (participant);
}

GPtrArray *
pd_link_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pd_link_free);
}

GPtrArray *
pd_participant_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pd_participant_free);
}
