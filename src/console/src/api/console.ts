import type { Api } from './client'
import { adopt, csrfToken, forget } from './session'
import type {
  ActionRequest, AdminComplaint, AdminComplaintPage, Assignee, ComplaintCounts, ConsoleSession, Problem, ReplyTemplate,
  StaffEnrolment, Term,
} from './model'
import type { components } from './schema'

type RevealReason = components['schemas']['RevealReason']

/** A refused call: its HTTP status and problem details. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
  }

  get conflict(): boolean {
    return this.status === 409
  }

  /** The right password, and the authenticator app's code is still to come. */
  get secondFactorRequired(): boolean {
    return this.status === 401 && (this.problem.type ?? '').endsWith('/second-factor-required')
  }

  /** The right password, and the account has no authenticator app yet. */
  get enrolmentRequired(): boolean {
    return this.status === 401 && (this.problem.type ?? '').endsWith('/second-factor-enrolment-required')
  }
}

interface Answer {
  data?: unknown
  error?: unknown
  response: Response
}

function unwrap<T>(answer: Answer): T {
  if (!answer.response.ok) throw new ApiError(answer.response.status, (answer.error ?? {}) as Problem)
  return answer.data as T
}

export interface QueueFilter {
  status?: string
  category?: string
  division?: string
  urgent?: boolean
  overdue?: boolean
  assignedToMe?: boolean
  newInformation?: boolean
  page: number
  size: number
}

/** Query values as the service reads them: text, and only the filters that are set. */
export function queueQuery(filter: QueueFilter): Record<string, string> {
  const query: Record<string, string> = { page: String(filter.page), size: String(filter.size) }
  for (const key of ['status', 'category', 'division'] as const) if (filter[key]) query[key] = filter[key]!
  for (const key of ['urgent', 'overdue', 'assignedToMe', 'newInformation'] as const) if (filter[key]) query[key] = 'true'
  return query
}

/** The console's calls, each answering the contract's model or throwing ApiError. */
export function consoleApi(api: Api) {
  const csrf = () => ({ 'X-CSRF-Token': csrfToken() })
  return {
    /** Password, then (second call) the app's code: the first call answers ApiError.secondFactorRequired. */
    async signIn(username: string, password: string, code?: string): Promise<ConsoleSession> {
      const answer = unwrap<ConsoleSession>(await api.POST('/api/v1/admin/auth/session', {
        body: { username, password, code: code ?? null },
      }))
      adopt(answer)
      return answer
    },
    async startEnrolment(username: string, password: string): Promise<StaffEnrolment> {
      return unwrap(await api.POST('/api/v1/admin/auth/enrolment', { body: { username, password } }))
    },
    /** The app's first code confirms the enrolment and signs in; the answer carries the recovery codes once. */
    async confirmEnrolment(username: string, password: string, code: string): Promise<ConsoleSession> {
      const answer = unwrap<ConsoleSession>(await api.POST('/api/v1/admin/auth/session/enrolment', {
        body: { username, password, code },
      }))
      adopt(answer)
      return answer
    },
    async signOut(): Promise<void> {
      try {
        await api.DELETE('/api/v1/admin/auth/session', { headers: csrf() })
      } finally {
        forget()
      }
    },
    async queue(filter: QueueFilter): Promise<AdminComplaintPage> {
      return unwrap(await api.GET('/api/v1/admin/complaints', { params: { query: queueQuery(filter) } }))
    },
    async counts(division?: string): Promise<ComplaintCounts> {
      const query = division ? { division } : {}
      return unwrap(await api.GET('/api/v1/admin/complaints/counts', { params: { query } }))
    },
    async complaint(id: string): Promise<AdminComplaint> {
      return unwrap(await api.GET('/api/v1/admin/complaints/{id}', { params: { path: { id } } }))
    },
    async act(id: string, request: ActionRequest): Promise<AdminComplaint> {
      return unwrap(await api.POST('/api/v1/admin/complaints/{id}/actions', {
        params: { path: { id } }, body: request,
      }))
    },
    async reveal(id: string, reasonCode: string, reason: string): Promise<string> {
      const answer = unwrap<{ contactPhone: string }>(await api.POST('/api/v1/admin/complaints/{id}/contact-reveal', {
        params: { path: { id } }, body: { reasonCode: reasonCode as RevealReason, reason },
      }))
      return answer.contactPhone
    },
    async revealReasons(): Promise<Term[]> {
      return unwrap(await api.GET('/api/v1/admin/complaints/contact-reveal-reasons'))
    },
    /** A supervisor re-opens a closed complaint's number to handlers, with a reason. */
    async reopenContactAccess(id: string, reason: string): Promise<{ expiresAt: string }> {
      return unwrap(await api.POST('/api/v1/admin/complaints/{id}/contact-access', { params: { path: { id } }, body: { reason } }))
    },
    async assignees(id: string): Promise<Assignee[]> {
      return unwrap(await api.GET('/api/v1/admin/complaints/{id}/assignees', { params: { path: { id } } }))
    },
    async templates(category?: string): Promise<ReplyTemplate[]> {
      const query = category ? { category } : {}
      return unwrap(await api.GET('/api/v1/admin/reply-templates', { params: { query } }))
    },
    /** A photo as a blob: URL; photos need the bearer token, which an <img src> could not send. */
    async photoUrl(id: string, photoId: string): Promise<string> {
      const answer = await api.GET('/api/v1/admin/complaints/{id}/photos/{photoId}', {
        params: { path: { id, photoId } }, parseAs: 'blob',
      })
      return URL.createObjectURL(unwrap<Blob>(answer))
    },
  }
}

export type ConsoleApi = ReturnType<typeof consoleApi>
