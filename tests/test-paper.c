/* test-paper.c — paper sizes documents are laid out on
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-paper.h"

static void
test_sizes (void)
{
  double width, height;

  /* cairo and PDF viewers know A4 as 595.28 × 841.89 points. */
  fv_paper_get_size (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  fv_paper_get_size (FV_PAPER_A4, FV_ORIENTATION_LANDSCAPE, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 595.28, 0.01);

  /* The wheel is printed on A3. */
  fv_paper_get_size (FV_PAPER_A3, FV_ORIENTATION_PORTRAIT, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 1190.55, 0.01);

  g_assert_cmpfloat_with_epsilon (fv_paper_points_from_mm (25.4), 72.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paper/sizes", test_sizes);

  return g_test_run ();
}
