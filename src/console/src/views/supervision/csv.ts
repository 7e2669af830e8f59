// Tables as CSV files people open in Excel: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark, without
// which Excel on Chinese Windows reads the file as GBK and shows the Chinese headers garbled.

export type Cell = string | number | null | undefined

export function toCsv(header: string[], rows: Cell[][]): string {
  const quote = (cell: Cell) => {
    const text = cell === null || cell === undefined ? '' : String(cell)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return '\uFEFF' + [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
}

/** Offers the CSV as a download (a blob: link; the console's CSP allows no data: navigation). */
export function downloadCsv(fileName: string, header: string[], rows: Cell[][]): void {
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
