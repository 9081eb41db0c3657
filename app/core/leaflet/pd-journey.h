/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-agency.h"
#include "pd-document.h"
#include "pd-hard-words.h"
#include "pd-node.h"
#include "pd-readability.h"

G_BEGIN_DECLS

/* A pathway told as a journey a reader can follow: from the start along
 * the usual way to the end, each other way told under the step it leaves
 * (and its own other ways under it, a level deeper), a way that comes back
 * to a step told elsewhere said in words rather than told twice. Every
 * step reachable from the start is told once. The leaflet is made from it. */
typedef struct {
  PdNode   *node;
  PdAgency *agency;             /* who helps, or NULL */
  gboolean  alternative;        /* the first step of another way */
  guint     depth;              /* 0: the usual way; 1: another way; 2: a way off that… */
  gboolean  not_offered;        /* planned or not offered (when they are kept) */
  gboolean  missing_easy_read;  /* its easy-read text is not written yet */
  char     *text;               /* the easy-read text, or the title when missing; clean; in
                                 * the journey's language, else in English */
  gboolean  in_english;         /* a text of it is in English: it has none in the language */
  char     *timing;             /* "It may take about 6 weeks." or NULL */
  PdNode   *then;               /* where this way goes back to after this step, or NULL */
  GPtrArray *also;              /* of PdNode: other ways out to steps told elsewhere */
} PdJourneyStep;

typedef struct {
  gboolean    include_not_offered; /* keep steps that are planned or not offered */
  const char *language;            /* the texts' language tag: NULL or "en" for English */
} PdJourneyOptions;

typedef struct {
  GPtrArray *steps;     /* of PdJourneyStep, in reading order */
  GPtrArray *problems;  /* of PdDiagnostic: what the leaflet cannot say well */
  GPtrArray *left_out;  /* of PdDiagnostic (notes, object_id the step): steps not told, why */
  GPtrArray *words;     /* of const PdHardWord: the hard words its steps use, explained */
  char      *language;  /* its texts' language, normalised; NULL for English */
} PdJourney;

/* @file_name (nullable) places the problems (FILE:LINE:COL), NULL for
 * none. Returns: (transfer full); free accepts NULL. */
PdJourney *pd_journey_new  (PdDocument             *document,
                            const PdJourneyOptions *options,
                            const char             *file_name);
void       pd_journey_free (PdJourney              *journey);

/* "It may take about 6 weeks. You may have 8 meetings of about 50
 * minutes." from @node's timing, in whole plain units ("about 2 hours",
 * "about an hour and a half"): (transfer full) (nullable), NULL when it
 * has none. */
char      *pd_journey_describe_timing (PdNode *node);
/* The same in @lang's words (the program's catalogue for it):
 * (transfer full) (nullable). */
char      *pd_journey_describe_timing_for (PdNode     *node,
                                           const char *lang);

/* How easy @step's words are to read, without the hard words @journey
 * explains in "Words to know": (transfer full). */
PdReadability *pd_journey_step_readability (PdJourney     *journey,
                                            PdJourneyStep *step);
/* The title of @node as the leaflet prints it (clean, or its id):
 * (transfer full). */
char      *pd_journey_title (PdNode *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdJourney, pd_journey_free)

G_END_DECLS
