import type { LocationQuery } from 'vue-router'
import type { QueueFilter } from '../api/console'

export const PAGE_SIZE = 20

/** The queue's filters live in the address, so a reload, the back button and a shared link keep them. */
export function filterFromQuery(query: LocationQuery): QueueFilter {
  const text = (key: string) => (typeof query[key] === 'string' && query[key] !== '' ? (query[key] as string) : undefined)
  const flag = (key: string) => query[key] === 'true'
  const page = Number.parseInt(text('page') ?? '0', 10)
  return {
    status: text('status'),
    category: text('category'),
    division: text('division'),
    urgent: flag('urgent'),
    overdue: flag('overdue'),
    assignedToMe: flag('assignedToMe'),
    newInformation: flag('newInformation'),
    page: Number.isFinite(page) && page >= 0 ? page : 0,
    size: PAGE_SIZE,
  }
}

export function queryFromFilter(filter: QueueFilter): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of ['status', 'category', 'division'] as const) if (filter[key]) query[key] = filter[key]!
  for (const key of ['urgent', 'overdue', 'assignedToMe', 'newInformation'] as const) if (filter[key]) query[key] = 'true'
  if (filter.page > 0) query.page = String(filter.page)
  return query
}
