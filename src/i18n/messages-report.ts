/** Messages of the report formats and `explain`, merged into the one catalogue. */
export const REPORT_MESSAGES: Record<string, { vi: string; en: string }> = {};
