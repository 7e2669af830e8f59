// The disclosure sections as the officer's forms edit them, and their recorded revisions in words.
import { AGE_GROUPS, ageGroupLabel, permitKindLabel } from './filing'

export interface CapacityRow {
  ageGroup: string
  slots: number
  enrolled: number
  classes: number
}

export interface PermitRow {
  kind: string
  number: string
  issuedOn: string
  validUntil: string
}

type Content = Record<string, unknown>
const list = (content: Content | undefined, key: string) => (Array.isArray(content?.[key]) ? (content![key] as Content[]) : [])
const num = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0) || 0)

/** One form row per age group, filled from the latest capacity revision (zeros for a group it lacks). */
export function capacityRows(content: Content | undefined): CapacityRow[] {
  const groups = list(content, 'groups')
  return AGE_GROUPS.map((g) => {
    const found = groups.find((x) => x.ageGroup === g.code)
    return { ageGroup: g.code, slots: num(found?.slots), enrolled: num(found?.enrolled), classes: num(found?.classes) }
  })
}

/** The rows the service gets: the groups with any figure; their index in what is sent names them in errors[]. */
export function capacityToSend(rows: CapacityRow[]): CapacityRow[] {
  return rows.filter((r) => r.slots > 0 || r.enrolled > 0 || r.classes > 0)
}

/**
 * The service names a refused capacity field by its index in what was sent (`groups[1].slots`); the form shows it on
 * the row of that age group (`TODDLER.slots`).
 */
export function capacityErrorKey(field: string, sent: CapacityRow[]): string {
  const m = /^groups\[(\d+)]\.(\w+)$/.exec(field)
  if (!m) return field
  const row = sent[Number(m[1])]
  return row ? `${row.ageGroup}.${m[2]}` : field
}

/** What the national class size allows, said before saving: the fewest classes for the slots. */
export function classesNeeded(ageGroup: string, slots: number): number {
  const size = AGE_GROUPS.find((g) => g.code === ageGroup)?.classSize ?? 1
  return Math.ceil(slots / size)
}

/** The fewest carers the national ratio asks for this many children of the group. */
export function carersNeeded(ageGroup: string, enrolled: number): number {
  const per = AGE_GROUPS.find((g) => g.code === ageGroup)?.perCarer ?? 1
  return Math.ceil(enrolled / per)
}

/**
 * Carers per age group recorded in a revision: a staffing revision lists them under `carers`, a capacity revision
 * with each group under `groups` (as they stood when the capacity last changed).
 */
export function carersByGroup(content: Content | undefined): Record<string, number> {
  return Object.fromEntries([...list(content, 'groups'), ...list(content, 'carers')]
    .filter((g) => g.carers !== undefined).map((g) => [String(g.ageGroup), num(g.carers)]))
}

export function permitRows(content: Content | undefined): PermitRow[] {
  return list(content, 'permits').map((p) => ({
    kind: String(p.kind ?? ''), number: String(p.number ?? ''), issuedOn: String(p.issuedOn ?? ''),
    validUntil: p.validUntil ? String(p.validUntil) : '',
  }))
}

/** A revision's content in one line per item, for the history beside each form. */
export function revisionLines(section: string, content: Content | undefined): string[] {
  switch (section.toLowerCase()) {
    case 'capacity':
      return list(content, 'groups').map((g) => `${ageGroupLabel(String(g.ageGroup))}：托位 ${num(g.slots)}，在托 ${num(g.enrolled)}，${num(g.classes)} 个班`)
    case 'staffing': {
      const lines = list(content, 'carers').map((g) => `${ageGroupLabel(String(g.ageGroup))}保育人员 ${num(g.carers)} 名`)
      if (content?.healthStaff !== undefined) lines.push(`保健人员 ${num(content.healthStaff)} 名，保安 ${num(content.securityStaff)} 名`)
      if (content?.qualifiedShare !== undefined) {
        lines.push(`持证比例 ${Math.round(num(content.qualifiedShare) * 100)}%，健康证 ${Math.round(num(content.healthCertificateShare) * 100)}%`)
      }
      return lines
    }
    case 'permits':
      return list(content, 'permits').map((p) => `${permitKindLabel(String(p.kind))} ${p.number ?? ''}，${p.issuedOn ?? ''} 至 ${p.validUntil ?? '长期'}`)
    case 'safety':
      return [
        `提供餐食：${content?.mealsProvided ? '是' : '否'}`,
        `视频监控：${content?.cctvInstalled ? `有，录像保存 ${num(content?.cctvRetentionDays)} 天` : '无'}`,
        `专职保安在岗：${content?.securityOnSite ? '是' : '否'}`,
      ]
    default:
      return []
  }
}
