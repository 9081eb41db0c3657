/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-agency.h"
#include "pd-document.h"
#include "pd-node.h"

G_BEGIN_DECLS

/* A pathway told as a journey a reader can follow: from the start along
 * the usual way to the end, with the other ways described where the way
 * branches ("You might…"). The leaflet is made from it. */
typedef struct {
  PdNode   *node;
  PdAgency *agency;             /* who helps, or NULL */
  gboolean  alternative;        /* one of the ways the step before may lead */
  gboolean  not_offered;        /* planned or not offered (when they are kept) */
  gboolean  missing_easy_read;  /* its easy-read text is not written yet */
  char     *text;               /* the easy-read text, or the title when missing */
  char     *timing;             /* "It may take about 6 weeks." or NULL */
} PdJourneyStep;

typedef struct {
  gboolean include_not_offered; /* keep steps that are planned or not offered */
} PdJourneyOptions;

typedef struct {
  GPtrArray *steps;     /* of PdJourneyStep, in reading order */
  GPtrArray *problems;  /* of PdDiagnostic: what the leaflet cannot say well */
} PdJourney;

/* @file_name places the problems (FILE:LINE:COL), NULL for none. */
PdJourney *pd_journey_new  (PdDocument             *document,
                            const PdJourneyOptions *options,
                            const char             *file_name);
void       pd_journey_free (PdJourney              *journey);

/* "It may take about 6 weeks. You may have 8 meetings of about 50
 * minutes." from @node's timing; NULL when it has none. */
char      *pd_journey_describe_timing (PdNode *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdJourney, pd_journey_free)

G_END_DECLS
