// The shapes of the console API's answers, as the contract of issue #15 defines them (docs in the README, "Console").
// The generated schema (schema.d.ts) types paths, parameters and bodies; answers are read as these types.
import type { components } from './schema'

export interface Term {
  code: string
  label: string
}

export interface Division {
  code: string
  name: string
  fullName?: string
}

export interface Account {
  id: string
  username: string
  displayName: string | null
  roles: Term[]
  divisions: Division[]
}

export interface ConsoleSession {
  accessToken: string
  expiresIn: number
  account: Account
  /** Seconds without use after which the console signs out. */
  idleTimeoutSeconds: number
  /** Only right after enrolling an authenticator app: shown this once. */
  recoveryCodes?: string[] | null
}

/** A new authenticator secret, as text and as the otpauth:// URI of its QR code. */
export interface StaffEnrolment {
  secret: string
  otpauthUri: string
  issuer: string
  accountName: string
  digits: number
  period: number
}

export interface Deadline {
  kind: Term
  dueAt?: string | null
  overdue: boolean
  workingDaysLeft?: number | null
  hoursLeft?: number | null
  /** The holiday arrangement of a year the deadline spans is not published yet. */
  provisional?: boolean | null
  label: string
}

export interface Person {
  id: string
  name: string
  username?: string
}

export interface AdminComplaintRow {
  id: string
  trackingNumber: string
  version: number
  nurseryId: string | null
  nurseryName: string
  county: { code: string; name: string }
  category: Term
  status: Term
  urgent: boolean
  summary: string
  submittedAt: string
  deadline: Deadline
  newInformation: boolean
  assignee: Person | null
}

export interface AdminComplaintPage {
  items: AdminComplaintRow[]
  total: number
  page: number
  size: number
}

export interface ComplaintCounts {
  byStatus: Record<string, number>
  open: number
  urgent: number
  overdue: number
  assignedToMe: number
  newInformation: number
  byCategory: Record<string, number>
  byCounty: { county: Division; count: number }[]
}

export interface AllowedAction {
  action: Term
  needsText: boolean
  parentSees: boolean
  supervisorOnly?: boolean
}

export interface HistoryEntry {
  at: string
  actor: { role: Term; name?: string | null }
  action: Term
  status: Term
  publicText?: string | null
  internalText?: string | null
  newInformation?: boolean
}

export interface NurseryRecord {
  filingStatus?: Term | null
  filingNumber?: string | null
  filedOn?: string | null
  inspections: { id: string; inspectedOn: string; kind: Term; result: Term }[]
  penalties: { id: string; decidedOn: string; decisionNumber?: string | null; sanction?: string | null }[]
  blackListed?: boolean
  substantiatedComplaints: number
}

export interface RelatedComplaint {
  id: string
  trackingNumber: string
  category: Term
  status: Term
  submittedAt: string
}

export interface AdminComplaint {
  id: string
  trackingNumber: string
  version: number
  nurseryId: string | null
  nurseryName: string
  facilityAddress: string | null
  county: { code: string; name: string }
  category: Term
  status: Term
  urgent: boolean
  assignee: Person | null
  description: string
  incidentDate: string | null
  contactPhone: string | null
  submittedAt: string
  deadline: Deadline
  newInformation: boolean
  finding: Term | null
  linkedInspectionId: string | null
  linkedPenaltyId: string | null
  rating: number | null
  photos: { id: string; url: string }[]
  allowedActions: AllowedAction[]
  related: RelatedComplaint[]
  nurseryRecord: NurseryRecord | null
  history: HistoryEntry[]
}

export interface Assignee {
  id: string
  name: string
  username: string
}

export interface ReplyTemplate {
  id: string
  /** Absent (or null): fits every category. */
  category?: Term | null
  action: Term
  title: string
  text: string
  version: number
}

/** What an action sends: the service's own request type, generated from its OpenAPI document. */
export type ActionRequest = components['schemas']['AdminComplaintAction']

/** application/problem+json (RFC 9457), as every error of the service. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: { field: string; message: string }[]
}
