import { session } from '../api/session'

/** Whether the signed-in account holds any of the roles (the API refuses the rest anyway). */
export function hasRole(...codes: string[]): boolean {
  return session.account?.roles.some((r) => codes.includes(r.code)) ?? false
}

/** The first screen of an account: handlers their queue, supervisors the audit log, administrators the accounts, filing officers their filings. */
export function homeRoute(): string {
  if (hasRole('HANDLER') || !session.account) return 'queue'
  if (hasRole('SUPERVISOR')) return 'audit'
  if (hasRole('ADMIN')) return 'staff-accounts'
  if (hasRole('FILING_OFFICER')) return 'filings'
  return 'queue'
}

export const ROLE_LABELS: Record<string, string> = {
  HANDLER: '投诉处理人员',
  SUPERVISOR: '监管人员',
  FILING_OFFICER: '备案人员',
  ADMIN: '系统管理员',
}

export const HANDLER_ACTIONS: { code: string; label: string }[] = [
  { code: 'ACCEPT', label: '受理' },
  { code: 'REJECT', label: '不予受理' },
  { code: 'REQUEST_INFO', label: '要求补充材料' },
  { code: 'REPLY', label: '答复家长' },
  { code: 'RESOLVE', label: '办结' },
  { code: 'NOTE', label: '内部备注' },
  { code: 'ESCALATE', label: '上报监管人员' },
]
