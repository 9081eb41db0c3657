/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-sim-random.h"

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

/* splitmix64: spreads any seed, 0 included, over a state that is never all
 * zero. */
static guint64
splitmix64 (guint64 *x)
{
  guint64 z = (*x += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

void
pd_sim_random_init (PdSimRandom *random,
                    guint64      seed)
{
  g_return_if_fail (random != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (random->s); i++)
    random->s[i] = splitmix64 (&seed);
}

guint64
pd_sim_random_next (PdSimRandom *random)
{
  guint64 *s = random->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

double
pd_sim_random_uniform (PdSimRandom *random)
{
  return (double) (pd_sim_random_next (random) >> 11) * 0x1.0p-53;
}

double
pd_sim_random_exponential (PdSimRandom *random,
                           double       rate)
{
  /* 1 - u is in (0, 1]: the logarithm is finite. */
  return -log1p (-pd_sim_random_uniform (random)) / rate;
}
