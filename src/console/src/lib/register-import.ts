import type { ImportRow } from '../api/filing-model'

export interface ReportCell {
  key: string
  value: string
  /** Why the import refused this cell; absent for a cell it accepted. */
  message?: string
}

/**
 * A rejected row as the report shows it: every cell of the row in the file's order, each refused one carrying its
 * message (a refused column left blank in the file is shown too, empty), and the errors that name no cell of the row
 * (the row as a whole, a rule's field such as groups[0].slots, or a fee or permit row of the nursery).
 */
export function reportCells(row: ImportRow): { cells: ReportCell[]; other: { column: string; message: string }[] } {
  const messages = new Map<string, string>()
  const other: { column: string; message: string }[] = []
  for (const e of row.errors) {
    if (e.column in row.cells || /^[a-z_]+$/.test(e.column) && e.column !== 'row') {
      messages.set(e.column, messages.has(e.column) ? `${messages.get(e.column)}；${e.message}` : e.message)
    } else {
      other.push(e)
    }
  }
  const cells: ReportCell[] = Object.entries(row.cells).map(([key, value]) => ({ key, value, message: messages.get(key) }))
  for (const [key, message] of messages) if (!(key in row.cells)) cells.push({ key, value: '', message })
  return { cells, other }
}
