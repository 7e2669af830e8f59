// Pure helpers of the filing officer's screens: deadlines in working days, expiry highlighting, disclosure flags and
// rule breaches in words. Kept out of the components so Vitest can check them (tests/filing.spec.ts).
import type { DisclosureFlag } from '../api/filing-model'
import type { Problem } from '../api/model'

export type Tone = 'danger' | 'warning' | 'success' | 'info'

/** Days before a document's or permit's expiry it is shown as expiring (the service flags permits 60 days ahead). */
export const EXPIRY_WARNING_DAYS = 60

/** Today in China (Asia/Shanghai), as yyyy-mm-dd, whatever the browser's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/** Calendar days from one yyyy-mm-dd to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

export interface Highlight {
  tone: Tone
  text: string
}

/**
 * A deadline given as working days left (the service counts today and the due day; negative: working days overdue).
 * The due day itself reads 今日到期; a deadline passed over a weekend (0 working days since) still reads overdue.
 */
export function workingDaysHighlight(left: number | null | undefined, overdue = false): Highlight | null {
  if (left === null || left === undefined) return null
  if (left < 0) return { tone: 'danger', text: `已超期 ${-left} 个工作日` }
  if (overdue || left === 0) return { tone: 'danger', text: '已超期' }
  if (left === 1) return { tone: 'danger', text: '今日到期' }
  if (left <= 2) return { tone: 'warning', text: `剩余 ${left} 个工作日` }
  return { tone: 'info', text: `剩余 ${left} 个工作日` }
}

/**
 * How a validity date reads today: expired (red), expiring within EXPIRY_WARNING_DAYS (amber), valid, or open-ended.
 */
export function expiryHighlight(validUntil: string | null | undefined, today: string = chinaToday()): Highlight {
  if (!validUntil) return { tone: 'info', text: '长期有效' }
  const left = daysBetween(today, validUntil)
  if (left < 0) return { tone: 'danger', text: `已于 ${validUntil} 过期` }
  if (left === 0) return { tone: 'danger', text: `今日到期（${validUntil}）` }
  if (left <= EXPIRY_WARNING_DAYS) return { tone: 'warning', text: `${left} 天后到期（${validUntil}）` }
  return { tone: 'success', text: `有效期至 ${validUntil}` }
}

export const AGE_GROUPS: { code: string; label: string; perCarer: number; classSize: number }[] = [
  { code: 'INFANT', label: '乳儿班', perCarer: 3, classSize: 10 },
  { code: 'TODDLER', label: '托小班', perCarer: 5, classSize: 15 },
  { code: 'PRESCHOOL', label: '托大班', perCarer: 7, classSize: 20 },
  { code: 'MIXED', label: '混合班', perCarer: 5, classSize: 18 },
]

export function ageGroupLabel(code: string): string {
  return AGE_GROUPS.find((g) => g.code === code)?.label ?? code
}

/**
 * A flag the service raised on a revision (accepted, but short of a standard), worded by the service in the console's
 * language; this adds what the officer must know besides: whether the flag will show publicly. Carers below the ratio
 * are shown on the nursery page and its search card, an expired permit as expired.
 */
export function flagText(flag: DisclosureFlag): { text: string; isPublic: boolean } {
  if (flag.code === 'CARER_RATIO_BELOW_STANDARD') {
    return { text: `${flag.message}。此警示将在机构公示页和搜索结果中公开显示。`, isPublic: true }
  }
  if (flag.code === 'PERMIT_EXPIRED') return { text: `${flag.message}，公示页将显示为已过期`, isPublic: true }
  if (flag.code === 'PERMIT_EXPIRES_SOON') return { text: `${flag.message}，请提醒机构及时换证`, isPublic: false }
  return { text: flag.message, isPublic: false }
}

/**
 * A refused revision's messages by the form field they concern (the problem's errors[].field, e.g.
 * `groups[1].slots`), with the problem's detail under '' when no field is named, so each breach can be shown next
 * to its field.
 */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const e of problem?.errors ?? []) errors[e.field] = errors[e.field] ? `${errors[e.field]}；${e.message}` : e.message
  if (problem?.detail) errors[''] = problem.detail
  return errors
}

export const FILING_STATUSES: { code: string; label: string }[] = [
  { code: 'SUBMITTED', label: '待决定' },
  { code: 'FILED', label: '已备案' },
  { code: 'RETURNED', label: '已退回' },
  { code: 'REVOKED', label: '已撤销' },
  { code: 'CLOSED', label: '已注销' },
]

export function filingStatusLabel(code: string | null | undefined): string {
  if (!code) return '—'
  return { SUBMITTED: '已提交（待决定）', FILED: '已备案', RETURNED: '已退回', REVOKED: '已撤销', CLOSED: '已注销' }[code] ?? code
}

export const MATERIAL_KINDS: { code: string; label: string }[] = [
  { code: 'BUSINESS_LICENCE', label: '营业执照' },
  { code: 'LEGAL_PERSON_CERTIFICATE', label: '法人登记证书' },
  { code: 'PREMISES_PROOF', label: '场地证明' },
  { code: 'STAFF_QUALIFICATIONS', label: '工作人员资格证书' },
  { code: 'STAFF_HEALTH_CERTIFICATES', label: '工作人员健康合格证明' },
  { code: 'HEALTH_EVALUATION', label: '托幼机构卫生评价报告' },
  { code: 'FIRE_SAFETY', label: '消防安全检查合格证明' },
  { code: 'FILING_FORM', label: '备案书' },
  { code: 'COMMITMENT_LETTER', label: '承诺书' },
  { code: 'FOOD_BUSINESS_LICENCE', label: '食品经营许可证' },
]

export const materialKindLabel = (code: string) => MATERIAL_KINDS.find((k) => k.code === code)?.label ?? code

export const PERMIT_KINDS: { code: string; label: string }[] = [
  { code: 'BUSINESS_LICENCE', label: '营业执照' },
  { code: 'LEGAL_PERSON_CERTIFICATE', label: '事业单位法人证书或民办非企业单位登记证书' },
  { code: 'PREMISES_PROOF', label: '场地证明' },
  { code: 'FIRE_SAFETY', label: '消防安全检查合格证明' },
  { code: 'HEALTH_EVALUATION', label: '托幼机构卫生评价报告' },
  { code: 'FOOD_BUSINESS_LICENCE', label: '食品经营许可证' },
]

export const permitKindLabel = (code: string) => PERMIT_KINDS.find((k) => k.code === code)?.label ?? code

export const CARE_TYPES: { code: string; label: string }[] = [
  { code: 'FULL_DAY', label: '全日托' },
  { code: 'HALF_DAY', label: '半日托' },
  { code: 'HOURLY', label: '计时托' },
  { code: 'TEMPORARY', label: '临时托' },
]

export const careTypeLabel = (code: string) => CARE_TYPES.find((k) => k.code === code)?.label ?? code

/** What a fee amount is charged per, as the service's FeeUnit: month, hour or day. */
export const feeUnit = (careType: string) => (careType === 'HOURLY' ? '元/小时' : careType === 'TEMPORARY' ? '元/天' : '元/月')

export const REGISTRATION_TYPES = [
  { code: 'PUBLIC_INSTITUTION', label: '事业单位' },
  { code: 'SOCIAL_ORGANIZATION', label: '社会服务机构' },
  { code: 'ENTERPRISE', label: '企业' },
]

export const OPERATING_MODELS = [
  { code: 'PUBLIC', label: '公办' },
  { code: 'PUBLIC_PRIVATE', label: '公建民营' },
  { code: 'PRIVATE_AIDED', label: '民办公助' },
  { code: 'PRIVATE', label: '民办' },
  { code: 'EMPLOYER', label: '单位办' },
  { code: 'COMMUNITY', label: '社区嵌入式' },
  { code: 'KINDERGARTEN', label: '幼儿园托班' },
]

export const WEEKDAYS = [
  { code: 'MONDAY', label: '周一' },
  { code: 'TUESDAY', label: '周二' },
  { code: 'WEDNESDAY', label: '周三' },
  { code: 'THURSDAY', label: '周四' },
  { code: 'FRIDAY', label: '周五' },
  { code: 'SATURDAY', label: '周六' },
  { code: 'SUNDAY', label: '周日' },
]

export const REVISION_SOURCES = [
  { code: 'NURSERY_SUBMISSION', label: '机构报送' },
  { code: 'INSPECTION_VISIT', label: '现场核查' },
  { code: 'OFFICER_CORRECTION', label: '工作人员更正' },
  { code: 'BULK_IMPORT', label: '名册导入' },
]

export const revisionSourceLabel = (code: string) => REVISION_SOURCES.find((s) => s.code === code)?.label ?? code

export const PRICE_STATES: Record<string, { label: string; tone: Tone }> = {
  IN_FORCE: { label: '执行中', tone: 'success' },
  SCHEDULED: { label: '待生效', tone: 'warning' },
  REPLACED: { label: '已替换', tone: 'info' },
}

export const IMPORT_OUTCOMES: Record<string, { label: string; tone: Tone }> = {
  CREATED: { label: '新增', tone: 'success' },
  UPDATED: { label: '更新', tone: 'success' },
  UNCHANGED: { label: '无变化', tone: 'info' },
  REJECTED: { label: '拒绝', tone: 'danger' },
}

/** The last day of a deadline due at 24:00 China time (the instant is the next day's 00:00): yyyy-mm-dd. */
export function dueDay(iso: string | null | undefined): string {
  if (!iso) return ''
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  return chinaToday(new Date(at.getTime() - 1))
}

/** A division code named from the signed-in officer's districts when it is one of them. */
export function divisionName(code: string, divisions: { code: string; name: string }[] | undefined): string {
  return divisions?.find((d) => d.code === code)?.name ?? code
}
