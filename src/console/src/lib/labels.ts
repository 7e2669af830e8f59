// Chinese names of the codes the console filters on before any answer has brought their labels.

export const STATUSES: { code: string; label: string }[] = [
  { code: 'SUBMITTED', label: '待受理' },
  { code: 'ACCEPTED', label: '办理中' },
  { code: 'INFO_REQUESTED', label: '待家长补充' },
  { code: 'ESCALATED', label: '已上报' },
  { code: 'RESOLVED', label: '已办结' },
  { code: 'REJECTED', label: '不予受理' },
]

export const CATEGORIES: { code: string; label: string }[] = [
  { code: 'SAFETY_INJURY', label: '安全事故或伤害' },
  { code: 'SUSPECTED_ABUSE', label: '疑似虐待' },
  { code: 'HYGIENE_FOOD', label: '卫生与饮食' },
  { code: 'HEALTH_CHECKS', label: '健康检查与疾病防控' },
  { code: 'FEES_REFUNDS', label: '收费与退费' },
  { code: 'UNFILED_OPERATION', label: '未备案或无证经营' },
  { code: 'STAFF_QUALIFICATIONS', label: '人员资质' },
  { code: 'FALSE_ADVERTISING', label: '虚假宣传' },
  { code: 'OTHER', label: '其他' },
]

export const FINDINGS: { code: string; label: string }[] = [
  { code: 'SUBSTANTIATED', label: '属实' },
  { code: 'PARTLY_SUBSTANTIATED', label: '部分属实' },
  { code: 'NOT_SUBSTANTIATED', label: '不属实' },
]
