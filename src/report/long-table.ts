import Table from "cli-table3";
import stringWidth from "string-width";
import { stripVTControlCharacters } from "node:util";

/**
 * cli-table3 lays a table out in time that grows with the square of its rows (6 columns: 1,000 rows
 * 0.2 s, 8,000 rows 4.7 s, measured), so a long table is drawn in pieces of this many rows with the
 * column widths cli-table3 would give the whole, and the pieces are joined into one table.
 */
const PIECE_ROWS = 500;

/** cli-table3's default padding, one space on either side of a cell. */
const PADDING = 2;

/** A table without spanning cells, and with `chars` of COMPACT (no line between rows); a cell may hold lines. */
export function longTable(options: Table.TableConstructorOptions, rows: string[][]): string {
  if (rows.length <= PIECE_ROWS) return drawn(options, rows);
  // Measured as cli-table3 measures a cell: its widest line, colours left out, by terminal columns.
  const head = options.head ?? [];
  const colWidths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => Math.max(...stripVTControlCharacters(row[i] ?? "").split("\n").map((line) => stringWidth(line))) + PADDING)));
  const pieces: string[] = [];
  for (let start = 0; start < rows.length; start += PIECE_ROWS) {
    const lines = drawn({ ...options, colWidths, head: start === 0 ? head : [] }, rows.slice(start, start + PIECE_ROWS)).split("\n");
    // The top border stays on the first piece only, the bottom one on the last.
    pieces.push(...lines.slice(start === 0 ? 0 : 1, start + PIECE_ROWS < rows.length ? -1 : undefined));
  }
  return pieces.join("\n");
}

function drawn(options: Table.TableConstructorOptions, rows: string[][]): string {
  const table = new Table(options);
  table.push(...rows);
  return table.toString();
}
