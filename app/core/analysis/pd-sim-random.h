/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The simulation's own random numbers: xoshiro256** (Blackman and Vigna,
 * 2018, https://prng.di.unimi.it/), its state filled from the seed by
 * splitmix64 as its authors advise. Not g_random or rand(): the same seed
 * gives the same numbers on every machine and with every GLib. */
typedef struct {
  guint64 s[4];
} PdSimRandom;

void    pd_sim_random_init        (PdSimRandom *random,
                                   guint64      seed);
guint64 pd_sim_random_next        (PdSimRandom *random);
/* A double in [0, 1), from the top 53 bits. */
double  pd_sim_random_uniform     (PdSimRandom *random);
/* A gap between arrivals at @rate a unit of time: exponential, mean
 * 1 / @rate (@rate > 0). */
double  pd_sim_random_exponential (PdSimRandom *random,
                                   double       rate);

G_END_DECLS
