/**
 * LibreOffice shows a sheet's filter buttons only where the workbook names the filtered range, as Excel does
 * when it saves a filter (the sheet-local name _xlnm._FilterDatabase): the <autoFilter> element alone, which is
 * all exceljs writes, was ignored there (LibreOffice bug 118592), and the Ranking and Verification sheets, said to
 * have a filter, had none. Excel reads the workbook the same with or without the name.
 */

type WorkbookWriterClass = typeof import("exceljs").stream.xlsx.WorkbookWriter;
type Filter = { from: { row: number; column: number }; to: { row: number; column: number } };
type Sheet = { name: string; autoFilter?: Filter | string | null };
type DefinedName = { name: string; ranges: string[]; localSheetId?: number };

/** The workbook writer that names each sheet's filter (set as from/to, before the sheet is committed). */
export function filterNamedWriter(Base: WorkbookWriterClass): WorkbookWriterClass {
  return class extends Base {
    override addWorkbook(): Promise<void> {
      const self = this as unknown as { _worksheets?: (Sheet | undefined)[]; _definedNames?: { model: DefinedName[] } };
      const names = self._definedNames;
      // The sheets in the workbook's order, as exceljs numbers them for localSheetId (its print titles' names too).
      const filters = (self._worksheets ?? []).filter((ws): ws is Sheet => ws !== undefined).flatMap((ws, index): DefinedName[] => {
        const f = ws.autoFilter;
        if (f === null || f === undefined || typeof f === "string") return [];
        return [{ name: "_xlnm._FilterDatabase", localSheetId: index, ranges: [`'${ws.name.replace(/'/g, "''")}'!${cell(f.from)}:${cell(f.to)}`] }];
      });
      if (names === undefined || filters.length === 0) return super.addWorkbook();
      // The workbook's part is made from the names as addWorkbook is called: given them for that call only.
      self._definedNames = { model: [...names.model, ...filters] };
      try {
        return super.addWorkbook();
      } finally {
        self._definedNames = names;
      }
    }
  };
}

/** An absolute cell address ($AA$12) of a 1-based row and column. */
function cell({ row, column }: { row: number; column: number }): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `$${letters}$${row}`;
}
