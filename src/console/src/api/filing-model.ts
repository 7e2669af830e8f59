// The shapes of the filing officer's answers (nursery, disclosure, fees and registerimport features of the service).
// The generated schema (schema.d.ts) types paths, parameters and bodies; answers are read as these types, as in model.ts.

export type FilingStatus = 'SUBMITTED' | 'FILED' | 'RETURNED' | 'REVOKED' | 'CLOSED'
export type FilingDecisionCode = 'FILE' | 'RETURN' | 'RESUBMIT' | 'REVOKE' | 'CLOSE'

export interface FilingSummary {
  id: string
  version: number
  name: string
  divisionCode: string
  status: FilingStatus
  filingNumber?: string | null
  submittedOn?: string | null
  reviewStartedOn?: string | null
  dueAt?: string | null
  overdue: boolean
  updatedAt: string
  receiptDueAt?: string | null
  returnDueAt?: string | null
  receiptWorkingDaysLeft?: number | null
  returnWorkingDaysLeft?: number | null
  materialsComplete: boolean
}

export interface AllowedDecision {
  decision: FilingDecisionCode
  label: string
  needsFilingNumber: boolean
  needsPublicReasons: boolean
}

export interface Filing {
  nurseryId: string
  version: number
  status: FilingStatus
  filingNumber?: string | null
  authority?: string | null
  submittedOn?: string | null
  reviewStartedOn?: string | null
  decidedOn?: string | null
  decisionReasons?: string | null
  receiptDueAt?: string | null
  returnDueAt?: string | null
  dueAt?: string | null
  deadlinesProvisional: boolean
  overdue: boolean
  materialsComplete: boolean
  receiptWorkingDaysLeft?: number | null
  returnWorkingDaysLeft?: number | null
  allowedDecisions: AllowedDecision[]
}

export interface ChecklistItem {
  requirement: string
  label: string
  acceptedKinds: string[]
  state: 'PRESENT' | 'MISSING' | 'EXPIRED'
  validUntil?: string | null
}

export interface Material {
  id: string
  kind: string
  documentNumber?: string | null
  issuedOn?: string | null
  validUntil?: string | null
  expired: boolean
  contentType: string
  sizeBytes: number
  sha256: string
  uploadedAt: string
  uploadedBy?: string | null
}

export interface FilingStep {
  from?: FilingStatus | null
  to: FilingStatus
  on: string
  reasons?: string | null
  recordedAt: string
}

export interface NurseryFacts {
  name: string
  operatorName: string
  creditCode: string
  registrationType: string
  operatingModel: string
  inclusive: boolean
  divisionCode: string
  address: string
  latitude: number
  longitude: number
  coordinateSystem?: string
  opensAt: string
  closesAt: string
  openDays: string[]
  contactPhone: string
  careTypes: string[]
  mealsProvided: boolean
  cctvInstalled: boolean
  cctvRetentionDays?: number | null
  securityOnSite: boolean
  safetyAsOf?: string | null
}

export interface AdminNursery {
  id: string
  version: number
  nursery: NurseryFacts
  filing: Filing
  checklist: ChecklistItem[]
  materials: Material[]
  history: FilingStep[]
  createdAt: string
  updatedAt: string
}

export interface DisclosureFlag {
  code: string
  field: string
  message: string
}

export interface Revision {
  nurseryId: string
  section: string
  revision: number
  asOf: string
  source: string
  recordedBy?: string | null
  recordedRole?: string | null
  recordedAt: string
  note?: string | null
  content: Record<string, unknown>
  flags: DisclosureFlag[]
}

export interface Fee {
  id: string
  careType: string
  ageGroup: string
  amountYuan: number
  mealFeeYuan?: number | null
  effectiveFrom: string
  state: 'IN_FORCE' | 'SCHEDULED' | 'REPLACED'
  guidePriceYuan?: number | null
  withinGuidePrice?: boolean | null
  recordedBy?: string | null
  recordedAt: string
  reason?: string | null
}

export interface GuidePrice {
  id: string
  divisionCode: string
  careType: string
  ageGroup: string
  amountYuan: number
  effectiveFrom: string
  state: 'IN_FORCE' | 'SCHEDULED' | 'REPLACED'
  recordedAt: string
  reason?: string | null
}

export interface InclusiveFlag {
  nurseryId: string
  nurseryName: string
  divisionCode: string
  careType: string
  ageGroup: string
  feeYuan: number
  feeEffectiveFrom: string
  guidePriceYuan: number
  guidePriceEffectiveFrom: string
  since: string
}

export interface InclusiveStatus {
  nurseryId: string
  inclusive: boolean
  revision: number
  aboveGuidePrice: InclusiveFlag[]
}

export interface ImportRow {
  sheet: string
  row: number
  filingNumber?: string | null
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED'
  errors: { column: string; message: string }[]
  cells: Record<string, string>
}

export interface ImportReport {
  dryRun: boolean
  created: number
  updated: number
  unchanged: number
  rejected: number
  rows: ImportRow[]
  /** Chinese header of each column key, as the template names them. */
  headers?: Record<string, string>
}
