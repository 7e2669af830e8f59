// Times are shown in Beijing time whatever the browser's zone: handlers and the parents' receipts must agree.
const FORMAT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

/** "2026-12-11 16:00" in Asia/Shanghai; empty for a missing time. */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = Object.fromEntries(FORMAT.formatToParts(date).map((p) => [p.type, p.value]))
  const hour = parts.hour === '24' ? '00' : parts.hour
  return `${parts.year}-${parts.month}-${parts.day} ${hour}:${parts.minute}`
}

/** A deadline as people say it: one due at midnight is "2037-01-05 24:00", the end of the last day, not the next day. */
export function beijingDeadline(iso: string | null | undefined): string {
  const shown = beijingTime(iso)
  if (!iso || !shown.endsWith(' 00:00')) return shown
  return `${beijingTime(new Date(Date.parse(iso) - 60_000).toISOString()).slice(0, 10)} 24:00`
}
