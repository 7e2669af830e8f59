import { describe, expect, it } from 'vitest'
import { toCsv } from '../src/views/supervision/csv'
import { figures } from '../src/views/supervision/figures'
import { band, componentText } from '../src/views/supervision/risk'
import type { Risk, Statistics } from '../src/views/supervision/api'

describe('CSV for Excel', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(['区县', '说明'], [['东湖区', '含,逗号'], ['西湖区', '引号"在内'], ['青山湖区', null]])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe('区县,说明\r\n东湖区,"含,逗号"\r\n西湖区,"引号""在内"\r\n青山湖区,\r\n')
  })
})

describe('statistics figures', () => {
  const stats = {
    division: '360100', from: '2026-01-01', to: '2026-12-06', total: 5,
    byCategory: { FEES_REFUNDS: 3, HYGIENE_FOOD: 2 }, byStatus: { SUBMITTED: 5 },
    byDivision: { '360102': 4, '360111': 1 }, byMonth: { '2026-11': 2, '2026-12': 3 },
    overdue: 1, overdueByDivision: { '360102': 1 }, medianHoursToAccept: 3.5, medianHoursToResolve: 40,
    mediansByMonth: { '2026-11': { hoursToAccept: 3.5, hoursToResolve: null } }, averageRating: 4, ratings: 1,
    byRating: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, substantiated: 1,
    divisions: { '360102': { code: '360102', name: '东湖区', fullName: '江西省南昌市东湖区' } },
  } as unknown as Statistics

  it('draws each figure from the same rows as its table', () => {
    const all = Object.fromEntries(figures(stats).map((f) => [f.name, f]))
    expect(Object.keys(all)).toEqual(['category', 'month', 'county', 'overdue', 'medians', 'satisfaction'])
    expect(all.category.rows).toEqual([['收费与退费', 3], ['卫生与饮食', 2]])
    expect(all.county.rows).toEqual([['东湖区', '360102', 4], ['360111', '360111', 1]])
    const series = all.satisfaction.option.series as { data: number[] }[]
    expect(series[0].data).toEqual([0, 0, 0, 1, 0])
    expect((all.medians.option.series as unknown[]).length).toBe(2)
  })
})

describe('risk', () => {
  it('names each component with what was counted', () => {
    const risk = {
      score: 11, components: [
        { factor: 'PENALTIES', value: 1, points: 4 },
        { factor: 'DAYS_SINCE_LAST_INSPECTION', value: null, points: 4 },
        { factor: 'BLACK_LIST', value: 0, points: 0 },
      ],
    } as unknown as Risk
    expect(componentText(risk, 'PENALTIES')).toBe('4 分（1 次）')
    expect(componentText(risk, 'DAYS_SINCE_LAST_INSPECTION')).toBe('4 分（从未检查）')
    expect(componentText(risk, 'BLACK_LIST')).toBe('0 分（否）')
    expect([band(12), band(5), band(0)]).toEqual(['high', 'medium', 'low'])
  })
})
