import type { Risk } from './api'

/** The factors of a risk score in the order RiskScore lists them, with the unit their value is counted in. */
export const FACTORS: { code: string; label: string; unit: string }[] = [
  { code: 'SUBSTANTIATED_COMPLAINTS', label: '属实投诉', unit: '件' },
  { code: 'PENALTIES', label: '行政处罚', unit: '次' },
  { code: 'EXPIRED_PERMITS', label: '过期证照', unit: '项' },
  { code: 'RATIO_BREACHES', label: '配比不达标班型', unit: '个' },
  { code: 'DAYS_SINCE_LAST_INSPECTION', label: '距上次检查', unit: '天' },
  { code: 'BLACK_LIST', label: '黑名单', unit: '' },
]

/** "8 分（2 次）": a component's points and what was counted. */
export function componentText(risk: Risk, factor: string): string {
  const c = risk.components.find((x) => x.factor === factor)
  if (!c) return '—'
  const unit = FACTORS.find((f) => f.code === factor)?.unit ?? ''
  let counted: string
  if (factor === 'BLACK_LIST') counted = c.value ? '在列' : '否'
  else if (factor === 'DAYS_SINCE_LAST_INSPECTION' && (c.value === null || c.value === undefined)) counted = '从未检查'
  else counted = `${c.value ?? 0} ${unit}`
  return `${c.points} 分（${counted}）`
}

/** Risk bands of the map's colours: the thresholds are points of the score. */
export const BANDS: { name: string; label: string; from: number }[] = [
  { name: 'high', label: '高风险（≥ 10 分）', from: 10 },
  { name: 'medium', label: '中风险（5–10 分）', from: 5 },
  { name: 'low', label: '低风险（< 5 分）', from: 0 },
]

export function band(score: number): string {
  return BANDS.find((b) => score >= b.from)!.name
}
