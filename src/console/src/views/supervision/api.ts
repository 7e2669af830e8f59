// The supervisor's calls, each answering the service's own types (generated from its OpenAPI document).
import { client as raw } from '../../api'
import { ApiError } from '../../api/console'
import type { Problem } from '../../api/model'
import type { components } from '../../api/schema'

type S = components['schemas']
/**
 * An answer as the service sends it: the generated schema marks response fields optional (the Java records do not
 * say "required"), but every field is present (absent only where the JSON omits nulls, handled where read).
 */
type Complete<T> = T extends (infer U)[] ? Complete<U>[] : T extends object ? { [K in keyof T]-?: Complete<T[K]> } : T
export type Statistics = Complete<S['AdminComplaintStatistics']>
export type Risk = Complete<S['AdminRisk']>
export type MapSettings = Complete<S['ConsoleMapSettings']>
export type Records = Complete<S['AdminSupervisionRecords']>
export type Inspector = Complete<S['AdminInspector']>
export type InspectorRecord = S['AdminInspectorRecord']
export type Draw = Complete<S['AdminDraw']>
export type DrawRequest = S['AdminDrawRequest']
export type Verification = Complete<S['AdminDrawVerification']>
export type InspectionRecord = S['AdminInspectionRecord']
export type PenaltyRecord = S['AdminPenaltyRecord']
export type AssessmentRecord = S['AdminQualityAssessmentRecord']
export type MisconductRecord = S['AdminMisconductRecord']
export type CreditRecord = S['AdminCreditEntryRecord']
export type PublicDraw = Complete<S['InspectionDraw']>
export type NurserySummary = Complete<S['AdminNurserySummary']>

/** The five kinds of supervision record, as their paths under /nurseries/{id}/ name them. */
export type RecordKind = 'inspections' | 'quality-assessments' | 'penalties' | 'misconduct' | 'credit-entries'

interface Answer {
  data?: unknown
  error?: unknown
  response: Response
}

function unwrap<T>(answer: Answer): T {
  if (!answer.response.ok) throw new ApiError(answer.response.status, (answer.error ?? {}) as Problem)
  return answer.data as T
}

export const supervision = {
  async statistics(division: string, from?: string, to?: string): Promise<Statistics> {
    const query = { division, ...(from ? { from } : {}), ...(to ? { to } : {}) }
    return unwrap(await raw.GET('/api/v1/admin/statistics/complaints', { params: { query } }))
  },
  async ranking(division: string, coord: 'wgs84' | 'gcj02' = 'wgs84'): Promise<Risk[]> {
    return unwrap(await raw.GET('/api/v1/admin/risk', { params: { query: { division, coord } } }))
  },
  async risk(id: string): Promise<Risk> {
    return unwrap(await raw.GET('/api/v1/admin/nurseries/{id}/risk', { params: { path: { id } } }))
  },
  async mapSettings(): Promise<MapSettings> {
    return unwrap(await raw.GET('/api/v1/admin/console/map-settings', {}))
  },
  async nurseries(division: string): Promise<NurserySummary[]> {
    return unwrap(await raw.GET('/api/v1/admin/nurseries', { params: { query: { division, status: 'FILED', size: '200' } } }))
  },
  async records(id: string): Promise<Records> {
    return unwrap(await raw.GET('/api/v1/admin/nurseries/{id}/supervision', { params: { path: { id } } }))
  },
  /** Appends a record (no recordId) or corrects one (with its id; the body then carries correctionReason). */
  async save(kind: RecordKind, nurseryId: string, body: object, recordId?: string): Promise<unknown> {
    // One generic writer for five near-identical operations; the body is the form's record type.
    const client = raw as unknown as {
      POST: (path: string, init: object) => Promise<Answer>
      PUT: (path: string, init: object) => Promise<Answer>
    }
    if (recordId) {
      return unwrap(await client.PUT(`/api/v1/admin/nurseries/{id}/${kind}/{recordId}`, {
        params: { path: { id: nurseryId, recordId } }, body,
      }))
    }
    return unwrap(await client.POST(`/api/v1/admin/nurseries/{id}/${kind}`, { params: { path: { id: nurseryId } }, body }))
  },
  async inspectors(division: string): Promise<Inspector[]> {
    return unwrap(await raw.GET('/api/v1/admin/inspectors', { params: { query: { division } } }))
  },
  async addInspector(record: InspectorRecord): Promise<Inspector> {
    return unwrap(await raw.POST('/api/v1/admin/inspectors', { body: record }))
  },
  async updateInspector(id: string, record: InspectorRecord): Promise<Inspector> {
    return unwrap(await raw.PUT('/api/v1/admin/inspectors/{id}', { params: { path: { id } }, body: record }))
  },
  async draw(request: DrawRequest): Promise<Draw> {
    return unwrap(await raw.POST('/api/v1/admin/inspection-draws', { body: request }))
  },
  async getDraw(id: string): Promise<Draw> {
    return unwrap(await raw.GET('/api/v1/admin/inspection-draws/{id}', { params: { path: { id } } }))
  },
  async verify(id: string): Promise<Verification> {
    return unwrap(await raw.POST('/api/v1/admin/inspection-draws/{id}/verification', { params: { path: { id } } }))
  },
  /** The cities or counties inside a division (the public register). */
  async children(parent: string): Promise<Complete<S['Division']>[]> {
    return unwrap(await raw.GET('/api/v1/divisions', { params: { query: { parent } } }))
  },
  /** The division's recent draws as the public sees them (ids and dates), to reopen one. */
  async draws(division: string): Promise<PublicDraw[]> {
    // A public answer the browser may cache: a draw just made must show at once.
    return unwrap(await raw.GET('/api/v1/inspection-draws', { params: { query: { division } }, cache: 'no-store' }))
  },
}
