import type { Api } from './client'
import { ApiError } from './console'
import { csrfToken } from './session'
import type { components } from './schema'
import type { Problem } from './model'

type Schemas = components['schemas']
export type AuditPage = Schemas['AdminAuditPage']
export type AuditEntry = Schemas['AdminAuditEntry']
export type AuditPerson = Schemas['AdminAuditPerson']
export type AuditVerification = Schemas['AdminAuditVerification']
export type RevealAlert = Schemas['AdminRevealAlert']
export type CalendarYear = Schemas['AdminCalendarYear']
export type DayChange = Schemas['AdminCalendarDayChange']
export type HolidayArrangement = Schemas['AdminHolidayArrangement']
export type StaffAccount = Schemas['AdminAccount']
export type AccountCreate = Schemas['AdminAccountCreate']
export type RebuildReport = Schemas['AdminRebuildReport']
export type ReplyTemplate = Schemas['AdminReplyTemplate']
export type ReplyTemplateRecord = Schemas['AdminReplyTemplateRecord']

interface Answer {
  data?: unknown
  error?: unknown
  response: Response
}

function unwrap<T>(answer: Answer): T {
  if (!answer.response.ok) throw new ApiError(answer.response.status, (answer.error ?? {}) as Problem)
  return answer.data as T
}

export interface AuditFilter {
  person?: string
  complaint?: string
  nursery?: string
  from?: string
  to?: string
  page: number
  size: number
}

/** The calls of the supervisors' and administrators' screens (audit log, calendar, accounts, index, templates). */
export function adminApi(api: Api) {
  const csrf = () => ({ 'X-CSRF-Token': csrfToken() })
  return {
    async auditPage(filter: AuditFilter): Promise<AuditPage> {
      const query: Record<string, string> = { page: String(filter.page), size: String(filter.size) }
      for (const key of ['person', 'complaint', 'nursery', 'from', 'to'] as const) if (filter[key]) query[key] = filter[key]!
      return unwrap(await api.GET('/api/v1/admin/audit', { params: { query } }))
    },
    async auditVerification(): Promise<AuditVerification> {
      return unwrap(await api.GET('/api/v1/admin/audit/verification'))
    },
    async revealAlerts(): Promise<RevealAlert[]> {
      return unwrap(await api.GET('/api/v1/admin/complaints/contact-reveal-alerts'))
    },
    async auditPeople(): Promise<AuditPerson[]> {
      return unwrap(await api.GET('/api/v1/admin/audit/people'))
    },
    async calendarYear(year: number): Promise<CalendarYear> {
      return unwrap(await api.GET('/api/v1/admin/calendar/arrangements/{year}', { params: { path: { year: String(year) } } }))
    },
    async loadCalendar(year: number, arrangement: HolidayArrangement, dryRun: boolean): Promise<CalendarYear> {
      return unwrap(await api.PUT('/api/v1/admin/calendar/arrangements/{year}', {
        params: { path: { year: String(year) }, query: dryRun ? { dryRun: 'true' } : {} }, body: arrangement,
      }))
    },
    async accounts(): Promise<StaffAccount[]> {
      return unwrap(await api.GET('/api/v1/admin/accounts'))
    },
    async createAccount(account: AccountCreate): Promise<StaffAccount> {
      return unwrap(await api.POST('/api/v1/admin/accounts', { body: account, headers: csrf() }))
    },
    async setEnabled(id: string, enabled: boolean): Promise<StaffAccount> {
      const path = enabled ? '/api/v1/admin/accounts/{id}/enable' : '/api/v1/admin/accounts/{id}/disable'
      return unwrap(await api.POST(path, { params: { path: { id } }, headers: csrf() }))
    },
    async resetPassword(id: string, password: string): Promise<StaffAccount> {
      return unwrap(await api.POST('/api/v1/admin/accounts/{id}/password', {
        params: { path: { id } }, body: { password }, headers: csrf(),
      }))
    },
    /** A lost phone: the account enrols a new authenticator app at its next sign-in. */
    async resetSecondFactor(id: string): Promise<StaffAccount> {
      return unwrap(await api.POST('/api/v1/admin/accounts/{id}/second-factor/reset', { params: { path: { id } }, headers: csrf() }))
    },
    async changeRoles(id: string, roles: AccountCreate['roles']): Promise<StaffAccount> {
      return unwrap(await api.PUT('/api/v1/admin/accounts/{id}/roles', { params: { path: { id } }, body: { roles }, headers: csrf() }))
    },
    async changeDivisions(id: string, divisions: string[]): Promise<StaffAccount> {
      return unwrap(await api.PUT('/api/v1/admin/accounts/{id}/divisions', {
        params: { path: { id } }, body: { divisions }, headers: csrf(),
      }))
    },
    async rebuildIndex(): Promise<RebuildReport> {
      return unwrap(await api.POST('/api/v1/admin/search/rebuild', { headers: csrf() }))
    },
    async dropSearchCache(): Promise<void> {
      unwrap(await api.DELETE('/api/v1/admin/search/cache', { headers: csrf() }))
    },
    async replyTemplates(): Promise<ReplyTemplate[]> {
      return unwrap(await api.GET('/api/v1/admin/reply-templates', { params: { query: {} } }))
    },
    async saveReplyTemplate(id: string | null, record: ReplyTemplateRecord): Promise<ReplyTemplate> {
      return id
        ? unwrap(await api.PUT('/api/v1/admin/reply-templates/{id}', { params: { path: { id } }, body: record, headers: csrf() }))
        : unwrap(await api.POST('/api/v1/admin/reply-templates', { body: record, headers: csrf() }))
    },
    async deleteReplyTemplate(id: string): Promise<void> {
      unwrap(await api.DELETE('/api/v1/admin/reply-templates/{id}', { params: { path: { id } }, headers: csrf() }))
    },
  }
}

export type AdminApi = ReturnType<typeof adminApi>
