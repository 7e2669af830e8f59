import type { Api } from './client'
import { ApiError } from './console'
import type { Problem } from './model'
import type {
  AdminNursery, Fee, Filing, FilingDecisionCode, FilingStatus, FilingSummary, GuidePrice, ImportReport, InclusiveFlag,
  InclusiveStatus, Material, NurseryFacts, Revision,
} from './filing-model'

interface Answer {
  data?: unknown
  error?: unknown
  response: Response
}

function unwrap<T>(answer: Answer): T {
  if (!answer.response.ok) throw new ApiError(answer.response.status, (answer.error ?? {}) as Problem)
  return answer.data as T
}

export const SECTIONS = ['capacity', 'staffing', 'permits', 'safety'] as const
export type Section = (typeof SECTIONS)[number]

export interface FilingQueueFilter {
  status?: FilingStatus
  overdue?: boolean
  division?: string
  page: number
  size: number
}

export interface DecisionRequest {
  decision: FilingDecisionCode
  filingNumber?: string
  reasons?: string
  version?: number
}

export interface MaterialUpload {
  kind: string
  file: Blob
  fileName: string
  documentNumber?: string
  issuedOn?: string
  validUntil?: string
}

export interface FeeEntry {
  careType: string
  ageGroup: string
  amountYuan: number
  mealFeeYuan?: number | null
  effectiveFrom: string
  reason?: string
}

/** A downloaded file: its content and the name the service gave it. */
export interface Download {
  blob: Blob
  fileName: string
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (encoded) return decodeURIComponent(encoded[1])
  const plain = /filename="([^"]+)"/i.exec(disposition)
  return plain ? plain[1] : fallback
}

/** The filing officer's calls, each answering the contract's model or throwing ApiError. */
export function filingApi(api: Api) {
  return {
    async queue(filter: FilingQueueFilter): Promise<FilingSummary[]> {
      const query: Record<string, string> = { page: String(filter.page), size: String(filter.size) }
      if (filter.status) query.status = filter.status
      if (filter.overdue) query.overdue = 'true'
      if (filter.division) query.division = filter.division
      return unwrap(await api.GET('/api/v1/admin/nurseries', { params: { query } }))
    },
    async nursery(id: string): Promise<AdminNursery> {
      return unwrap(await api.GET('/api/v1/admin/nurseries/{id}', { params: { path: { id } } }))
    },
    async register(nursery: NurseryFacts, filing: { authority: string; submittedOn: string }): Promise<AdminNursery> {
      return unwrap(await api.POST('/api/v1/admin/nurseries', { body: { nursery, filing } as never }))
    },
    async decide(id: string, request: DecisionRequest): Promise<Filing> {
      return unwrap(await api.POST('/api/v1/admin/nurseries/{id}/filing/decisions', {
        params: { path: { id } }, body: request as never,
      }))
    },
    async upload(id: string, upload: MaterialUpload): Promise<Material> {
      const form = new FormData()
      form.append('kind', upload.kind)
      if (upload.documentNumber) form.append('documentNumber', upload.documentNumber)
      if (upload.issuedOn) form.append('issuedOn', upload.issuedOn)
      if (upload.validUntil) form.append('validUntil', upload.validUntil)
      form.append('file', upload.file, upload.fileName)
      return unwrap(await api.POST('/api/v1/admin/nurseries/{id}/filing/materials', {
        params: { path: { id } }, body: form as never,
      }))
    },
    /** A filing document with the bearer token (an <a href> could not send it). */
    async material(id: string, materialId: string): Promise<Download> {
      const answer = await api.GET('/api/v1/admin/nurseries/{id}/filing/materials/{materialId}', {
        params: { path: { id, materialId } }, parseAs: 'blob',
      })
      return { blob: unwrap<Blob>(answer), fileName: fileNameOf(answer.response, 'material') }
    },
    async history(id: string, section: Section): Promise<Revision[]> {
      return unwrap(await api.GET('/api/v1/admin/nurseries/{id}/disclosure/{section}/history', {
        params: { path: { id, section } },
      }))
    },
    async revise(id: string, section: Section, body: Record<string, unknown>): Promise<Revision> {
      const params = { params: { path: { id } }, body: body as never }
      switch (section) {
        case 'capacity': return unwrap(await api.PUT('/api/v1/admin/nurseries/{id}/disclosure/capacity', params))
        case 'staffing': return unwrap(await api.PUT('/api/v1/admin/nurseries/{id}/disclosure/staffing', params))
        case 'permits': return unwrap(await api.PUT('/api/v1/admin/nurseries/{id}/disclosure/permits', params))
        case 'safety': return unwrap(await api.PUT('/api/v1/admin/nurseries/{id}/disclosure/safety', params))
      }
    },
    async fees(id: string): Promise<Fee[]> {
      return unwrap(await api.GET('/api/v1/admin/nurseries/{id}/fees', { params: { path: { id } } }))
    },
    async scheduleFee(id: string, entry: FeeEntry): Promise<Fee> {
      return unwrap(await api.POST('/api/v1/admin/nurseries/{id}/fees', { params: { path: { id } }, body: entry as never }))
    },
    async guidePrices(division: string): Promise<GuidePrice[]> {
      return unwrap(await api.GET('/api/v1/admin/guide-prices', { params: { query: { division } } }))
    },
    async inclusiveFlags(): Promise<InclusiveFlag[]> {
      return unwrap(await api.GET('/api/v1/admin/inclusive-flags'))
    },
    async setInclusive(id: string, inclusive: boolean, note: string): Promise<InclusiveStatus> {
      return unwrap(await api.PUT('/api/v1/admin/nurseries/{id}/inclusive', {
        params: { path: { id } }, body: { inclusive, source: 'OFFICER_CORRECTION', note } as never,
      }))
    },
    async importRegister(file: Blob, fileName: string, dryRun: boolean): Promise<ImportReport> {
      const form = new FormData()
      form.append('file', file, fileName)
      return unwrap(await api.POST('/api/v1/admin/imports/register', {
        params: { query: { dryRun } }, body: form as never,
      }))
    },
    async template(): Promise<Download> {
      const answer = await api.GET('/api/v1/admin/imports/register/template', { parseAs: 'blob' })
      return { blob: unwrap<Blob>(answer), fileName: fileNameOf(answer.response, 'register-template.xlsx') }
    },
  }
}

export type FilingApi = ReturnType<typeof filingApi>

/** Hands a downloaded file to the browser as a download. */
export function saveDownload(download: Download): void {
  const url = URL.createObjectURL(download.blob)
  const link = document.createElement('a')
  link.href = url
  link.download = download.fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
