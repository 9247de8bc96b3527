/**
 * Agency types' labels in one line: separated by "; " when a label holds a comma of its own, else by ", ".
 * dti-cap-so's "Sở, ban, ngành cấp tỉnh" and "Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh", joined by
 * commas, read as four types.
 */
export function typeList(labels: string[]): string {
  return labels.join(labels.some((label) => label.includes(",")) ? "; " : ", ");
}
