/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"

G_BEGIN_DECLS

/* What a pathway needs in people, hours and staff, and what it cannot yet
 * offer. The model, pinned:
 *
 * Arrivals: the pathway's referrals a year enter, split evenly among its
 * referral steps that no transition leads to (else among all referral steps,
 * else at the first step in reading order); a step's own arrivals a year
 * join there as well.
 *
 * Flow: a transition carries its likelihood (percent) of the people at its
 * source; the ways out of a step with no likelihood share equally what the
 * given likelihoods leave of 100% (nothing when they reach 100%). Less than
 * 100% in all: the rest leave the pathway there; more: people take several
 * next steps alongside each other.
 *
 * People a year at a step = its arrivals + Σ share × people at the source
 * of each transition into it, solved exactly, so loops count people who
 * come round again. People flow on through planned and not-offered steps
 * as drawn; those arriving there are unmet need.
 *
 * Work: sessions a year = people × sessions ÷ group size; staff hours a
 * year = sessions a year × minutes ÷ 60 × staff per session, divided
 * among the step's roles by their shares (roles without one share equally
 * what the given shares leave of 100%). Whole-time equivalents (WTE) =
 * hours ÷ hours per WTE. Staff in post per role (and agency) gives the gap
 * (WTE needed − in post), utilisation (needed ÷ in post) and, where fewer
 * hours are in post than needed, the waiting list's growth in people a
 * year. A post with no agency counts for its role in every agency, shared
 * in proportion to the hours needed.
 *
 * Role names are one workforce when equal after trimming and case-folding. */

#define PD_CAPACITY_ERROR (pd_capacity_error_quark ())
typedef enum {
  PD_CAPACITY_ERROR_ENDLESS_LOOP,  /* a loop everyone goes round forever */
} PdCapacityError;

GQuark pd_capacity_error_quark (void);

/* What-if figures in place of the file's. */
typedef struct {
  double referrals;       /* referrals a year; < 0: the file's */
  double hours_per_wte;   /* clinical hours a year a WTE gives; <= 0: the file's */
} PdCapacityOptions;

#define PD_CAPACITY_OPTIONS_INIT { -1.0, 0.0 }

/* One role's part of a step's work. */
typedef struct {
  const char *role;       /* as written; "" for none */
  double      share;      /* 0–1 */
  double      hours;      /* staff hours a year */
} PdCapacityWork;

typedef struct {
  PdNode               *node;       /* (transfer none) */
  double                arrivals;   /* people a year who join here from outside */
  double                people;     /* people a year */
  double                sessions;   /* sessions a year */
  double                hours;      /* staff hours a year */
  gboolean              unmet;      /* planned or not offered */
  guint                 n_work;
  const PdCapacityWork *work;       /* (array length=n_work) the step's roles */
} PdCapacityStep;

typedef struct {
  PdEdge *edge;      /* (transfer none) */
  double  share;     /* of the people at its source, 0–1 (more when over 100%) */
  double  people;    /* people a year */
} PdCapacityFlow;

/* The work of one role in one agency. Roles match after trimming and
 * case-folding; @role is the first spelling met. */
typedef struct {
  char    *role;            /* "" for steps with no role */
  char    *agency_id;       /* "" for none */
  double   people;          /* people a year at its steps with hours (times its shares) */
  double   hours;           /* staff hours a year at offered steps */
  double   wte;
  double   unmet_people;
  double   unmet_hours;     /* at planned and not-offered steps */
  double   unmet_wte;
  gboolean has_in_post;     /* staffing entered for this role */
  double   in_post;         /* WTE in post */
  double   gap;             /* wte − in_post */
  double   utilisation;     /* wte ÷ in_post; 0 when none in post */
  double   waiting_growth;  /* people a year the waiting list grows by */
} PdCapacityRole;

typedef struct {
  double arrivals;       /* people a year entering */
  double sessions;
  double hours;          /* at offered steps */
  double wte;
  double unmet_people;   /* arrivals at planned and not-offered steps */
  double unmet_hours;
  double unmet_wte;
  double in_post;
  double waiting_growth;
} PdCapacityTotals;

typedef struct _PdCapacity PdCapacity;

/* Works out @document's figures. @options (nullable): NULL for the file's
 * own. Fails with PD_CAPACITY_ERROR_ENDLESS_LOOP naming the loop's steps and
 * the way back to give a likelihood below 100%.
 * Returns: (transfer full) (nullable). */
PdCapacity *pd_capacity_new (PdDocument              *document,
                             const PdCapacityOptions *options,
                             GError                 **error);
void        pd_capacity_free (PdCapacity *self);

/* Sums several pathways' roles into one workforce (hours, WTE and staff in
 * post added by role and agency). @capacities (array length=n_capacities).
 * Returns: (transfer full). */
PdCapacity *pd_capacity_sum (PdCapacity * const *capacities,
                             guint               n_capacities);

/* As pd_capacity_sum(), with @posts ((element-type PdPost) (nullable)),
 * a library's staff in post, in place of each pathway's own.
 * Returns: (transfer full). */
PdCapacity *pd_capacity_sum_with_staffing (PdCapacity * const *capacities,
                                           guint               n_capacities,
                                           GPtrArray          *posts);

PdDocument *pd_capacity_get_document (PdCapacity *self);  /* (transfer none) (nullable): NULL for a sum */
double      pd_capacity_get_hours_per_wte (PdCapacity *self);

/* The steps in reading order (none for a sum). */
guint                 pd_capacity_get_n_steps (PdCapacity *self);
const PdCapacityStep *pd_capacity_get_step    (PdCapacity *self,
                                               guint       index);
/* (nullable): NULL when @node is not in the pathway. */
const PdCapacityStep *pd_capacity_lookup_step (PdCapacity *self,
                                               PdNode     *node);

/* The transitions in reading order. */
guint                 pd_capacity_get_n_flows (PdCapacity *self);
const PdCapacityFlow *pd_capacity_get_flow    (PdCapacity *self,
                                               guint       index);
/* People a year along @edge; 0 when it is not in the pathway. */
double                pd_capacity_get_edge_people (PdCapacity *self,
                                                   PdEdge     *edge);

/* Role × agency, by role then agency as first met. */
guint                 pd_capacity_get_n_roles (PdCapacity *self);
const PdCapacityRole *pd_capacity_get_role    (PdCapacity *self,
                                               guint       index);

const PdCapacityTotals *pd_capacity_get_totals (PdCapacity *self);

/* The steps of the first loop everyone goes round forever, in reading
 * order, or NULL when there is none.
 * Returns: (transfer container) (element-type PdNode) (nullable). */
GPtrArray  *pd_capacity_find_endless_loop (PdDocument *document);

/* @role trimmed and case-folded, as roles are matched: (transfer full). */
char       *pd_capacity_fold_role (const char *role);
/* Whether two roles that do not match look like the same one spelt two
 * ways: close in spelling, or all the words of one among the other's
 * ("High-intensity therapist", "High-intensity CBT therapist"). */
gboolean    pd_capacity_roles_nearly_match (const char *a,
                                            const char *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdCapacity, pd_capacity_free)

G_END_DECLS
