/* fv-icnpo.c — the 14 ICNPO main groups as Frivillighetsregisteret uses them
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The categories themselves (1100 Kunst og kultur …) are rows of the table
 * icnpo_category; their main groups 1–14 have only a number there. The names
 * are the register's own, in English in the source and in the register's
 * Norwegian words in the nb and nn catalogues.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fv-icnpo.h"

static const char * const main_groups[FV_ICNPO_N_GROUPS] = {
  /* Translators: ICNPO main group 1; Frivillighetsregisteret: "Kultur og fritid" */
  N_("Culture and recreation"),
  /* Translators: ICNPO main group 2; Frivillighetsregisteret: "Utdanning og forskning" */
  N_("Education and research"),
  /* Translators: ICNPO main group 3; Frivillighetsregisteret: "Helse" */
  N_("Health"),
  /* Translators: ICNPO main group 4; Frivillighetsregisteret: "Sosiale tjenester" */
  N_("Social services"),
  /* Translators: ICNPO main group 5; Frivillighetsregisteret: "Natur, miljø og dyrevern" */
  N_("Environment and animal welfare"),
  /* Translators: ICNPO main group 6; Frivillighetsregisteret: "Lokalsamfunn og bolig" */
  N_("Community and housing"),
  /* Translators: ICNPO main group 7; Frivillighetsregisteret: "Politikk og interesse" */
  N_("Politics and advocacy"),
  /* Translators: ICNPO main group 8; Frivillighetsregisteret: "Stiftelser og frivillighetssentraler" */
  N_("Foundations and volunteer centres"),
  /* Translators: ICNPO main group 9; Frivillighetsregisteret: "Internasjonale organisasjoner" */
  N_("International organisations"),
  /* Translators: ICNPO main group 10; Frivillighetsregisteret: "Tros- og livssynsorganisasjoner" */
  N_("Religion and belief"),
  /* Translators: ICNPO main group 11; Frivillighetsregisteret: "Arbeidslivsorganisasjoner" */
  N_("Employers, trade and labour"),
  /* Translators: ICNPO main group 12; Frivillighetsregisteret: "Andre" */
  N_("Other organisations"),
  /* Translators: ICNPO main group 13; Frivillighetsregisteret: "Barne- og ungdomsorganisasjoner" */
  N_("Children and youth"),
  /* Translators: ICNPO main group 14; Frivillighetsregisteret: "Mangfold og inkludering" */
  N_("Diversity and inclusion"),
};

/* 1200 → 1, 10100 → 10; a main group number 1–14 is returned as it is; 0 otherwise. */
int
fv_icnpo_group_of_code (int code_or_group)
{
  int group = code_or_group >= 1000 ? code_or_group / 1000 : code_or_group;

  return group >= 1 && group <= FV_ICNPO_N_GROUPS ? group : 0;
}

/**
 * fv_icnpo_group_name:
 * @code_or_group: a main group 1–14 or a category code such as 1200
 *
 * Returns: (nullable): the main group's name in the user's language, or %NULL
 */
const char *
fv_icnpo_group_name (int code_or_group)
{
  int group = fv_icnpo_group_of_code (code_or_group);

  return group > 0 ? _(main_groups[group - 1]) : NULL;
}
