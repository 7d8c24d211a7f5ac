/* fv-synthetic.h — synthetic registries of realistic size for benchmarks
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

char     *fv_synthetic_organisation_name (GRand       *rand,
                                          guint        index);
char     *fv_synthetic_orgnr             (guint        index);
gboolean  fv_synthetic_fill              (FvDatabase  *database,
                                          guint        n_organisations,
                                          GError     **error);

G_END_DECLS
