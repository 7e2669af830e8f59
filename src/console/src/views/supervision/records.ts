// The five kinds of supervision record: their Chinese names, form fields, table columns and empty forms.
import type { RecordKind } from './api'

export type FieldType = 'date' | 'text' | 'textarea' | 'select' | 'inspectors'

export interface Field {
  key: string
  label: string
  type: FieldType
  required?: boolean
  options?: { value: string; label: string }[]
}

export interface KindSpec {
  kind: RecordKind
  label: string
  fields: Field[]
}

export const INSPECTION_KINDS = [
  { value: 'ROUTINE', label: '日常检查' }, { value: 'RANDOM', label: '双随机抽查' }, { value: 'COMPLAINT_DRIVEN', label: '投诉核查' },
]
export const INSPECTION_RESULTS = [
  { value: 'PASSED', label: '合格' }, { value: 'RECTIFICATION_REQUIRED', label: '责令整改' }, { value: 'FAILED', label: '不合格' },
]
const GRADES = [
  { value: 'EXCELLENT', label: '优秀' }, { value: 'GOOD', label: '良好' }, { value: 'QUALIFIED', label: '合格' },
  { value: 'UNQUALIFIED', label: '不合格' },
]
const LISTS = [{ value: 'RED', label: '红名单' }, { value: 'BLACK', label: '黑名单' }]

export const KINDS: KindSpec[] = [
  {
    kind: 'inspections', label: '监督检查', fields: [
      { key: 'inspectedOn', label: '检查日期', type: 'date', required: true },
      { key: 'kind', label: '检查类型', type: 'select', required: true, options: INSPECTION_KINDS },
      { key: 'result', label: '检查结果', type: 'select', required: true, options: INSPECTION_RESULTS },
      { key: 'findings', label: '检查发现（公开）', type: 'textarea' },
      { key: 'inspectorIds', label: '检查人员', type: 'inspectors', required: true },
    ],
  },
  {
    kind: 'quality-assessments', label: '质量评估', fields: [
      { key: 'assessedOn', label: '评估日期', type: 'date', required: true },
      { key: 'grade', label: '评估等级', type: 'select', required: true, options: GRADES },
    ],
  },
  {
    kind: 'penalties', label: '行政处罚', fields: [
      { key: 'decidedOn', label: '处罚日期', type: 'date', required: true },
      { key: 'decisionNumber', label: '决定书文号', type: 'text', required: true },
      { key: 'authority', label: '处罚机关', type: 'text', required: true },
      { key: 'violation', label: '违法事实', type: 'textarea', required: true },
      { key: 'sanction', label: '处罚内容', type: 'textarea', required: true },
    ],
  },
  {
    kind: 'misconduct', label: '不良执业行为', fields: [
      { key: 'recordedOn', label: '记录日期', type: 'date', required: true },
      { key: 'description', label: '行为描述', type: 'textarea', required: true },
    ],
  },
  {
    kind: 'credit-entries', label: '红黑名单', fields: [
      { key: 'list', label: '名单', type: 'select', required: true, options: LISTS },
      { key: 'listedOn', label: '列入日期', type: 'date', required: true },
      { key: 'removedOn', label: '移出日期', type: 'date' },
      { key: 'reason', label: '理由（公开）', type: 'textarea', required: true },
    ],
  },
]

export function spec(kind: RecordKind): KindSpec {
  return KINDS.find((k) => k.kind === kind)!
}

/** The text a cell shows: an option's label for a code, inspectors' names, or the value. */
export function cellText(field: Field, row: Record<string, unknown>): string {
  if (field.type === 'inspectors') {
    return ((row.inspectors as { name: string }[] | undefined) ?? []).map((i) => i.name).join('、')
  }
  const value = row[field.key]
  if (value === null || value === undefined || value === '') return '—'
  return field.options?.find((o) => o.value === value)?.label ?? String(value)
}

/** Today in Beijing, as yyyy-MM-dd: what a new record's required dates start at. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

/** The form of a record to correct (its values), or of a new one (empty, required dates today). */
export function formOf(kind: KindSpec, row?: Record<string, unknown>): Record<string, unknown> {
  const form: Record<string, unknown> = {}
  for (const f of kind.fields) {
    if (f.type === 'inspectors') form.inspectorIds = ((row?.inspectors as { id: string }[] | undefined) ?? []).map((i) => i.id)
    else if (!row && f.type === 'date' && f.required) form[f.key] = today()
    else form[f.key] = row?.[f.key] ?? null
  }
  return form
}
