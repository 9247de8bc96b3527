/** Messages of the rubric-author commands (rubric lint / test / impact), merged into the one catalogue. */
export const RUBRIC_CI_MESSAGES: Record<string, { vi: string; en: string }> = {};
