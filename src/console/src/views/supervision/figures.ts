// The statistics page's figures: for each, the chart's option and the table (header and rows) it is drawn from,
// so chart, table and CSV always show the same numbers.
import { CATEGORIES } from '../../lib/labels'
import type { ChartOption } from './echarts'
import type { Statistics } from './api'
import type { Cell } from './csv'

export interface Figure {
  name: string
  title: string
  note?: string
  header: string[]
  rows: Cell[][]
  option: ChartOption
}

const categoryLabel = (code: string) => CATEGORIES.find((c) => c.code === code)?.label ?? code

function bars(labels: string[], series: { name: string; values: (number | null)[] }[], line = false): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 48, right: 16, top: series.length > 1 ? 32 : 16, bottom: 56 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => (line
      ? { type: 'line' as const, name: s.name, data: s.values, connectNulls: true }
      : { type: 'bar' as const, name: s.name, data: s.values, barMaxWidth: 36 })),
  }
}

export function figures(stats: Statistics): Figure[] {
  const countyName = (code: string) => stats.divisions?.[code]?.name ?? code
  const byCategory = Object.entries(stats.byCategory ?? {})
  const byMonth = Object.entries(stats.byMonth ?? {})
  const byCounty = Object.entries(stats.byDivision ?? {})
  const overdue = Object.entries(stats.overdueByDivision ?? {})
  const medians = Object.entries(stats.mediansByMonth ?? {})
  const ratings = Object.entries(stats.byRating ?? {})
  const hours = (h: number | null | undefined) => (h === null || h === undefined ? '—' : `${h} 小时`)
  return [
    {
      name: 'category', title: '按投诉类别',
      header: ['类别', '投诉数'], rows: byCategory.map(([code, n]) => [categoryLabel(code), n]),
      option: bars(byCategory.map(([code]) => categoryLabel(code)), [{ name: '投诉数', values: byCategory.map(([, n]) => n) }]),
    },
    {
      name: 'month', title: '按月份',
      header: ['月份', '投诉数'], rows: byMonth.map(([month, n]) => [month, n]),
      option: bars(byMonth.map(([m]) => m), [{ name: '投诉数', values: byMonth.map(([, n]) => n) }]),
    },
    {
      name: 'county', title: '按区县',
      header: ['区县', '行政区划代码', '投诉数'], rows: byCounty.map(([code, n]) => [countyName(code), code, n]),
      option: bars(byCounty.map(([code]) => countyName(code)), [{ name: '投诉数', values: byCounty.map(([, n]) => n) }]),
    },
    {
      name: 'overdue', title: '当前逾期未办结', note: `合计 ${stats.overdue} 件`,
      header: ['区县', '行政区划代码', '逾期件数'], rows: overdue.map(([code, n]) => [countyName(code), code, n]),
      option: bars(overdue.map(([code]) => countyName(code)), [{ name: '逾期件数', values: overdue.map(([, n]) => n) }]),
    },
    {
      name: 'medians', title: '受理与办结用时中位数（小时）',
      note: `全期：受理 ${hours(stats.medianHoursToAccept)}，办结 ${hours(stats.medianHoursToResolve)}`,
      header: ['月份', '受理用时中位数（小时）', '办结用时中位数（小时）'],
      rows: medians.map(([month, m]) => [month, m.hoursToAccept ?? null, m.hoursToResolve ?? null]),
      option: bars(medians.map(([m]) => m), [
        { name: '受理', values: medians.map(([, m]) => m.hoursToAccept ?? null) },
        { name: '办结', values: medians.map(([, m]) => m.hoursToResolve ?? null) },
      ], true),
    },
    {
      name: 'satisfaction', title: '家长满意度（评分分布）',
      note: stats.averageRating ? `平均 ${stats.averageRating} 分，共 ${stats.ratings} 个评价` : '暂无评价',
      header: ['评分', '评价数'], rows: ratings.map(([rating, n]) => [`${rating} 分`, n]),
      option: bars(ratings.map(([rating]) => `${rating} 分`), [{ name: '评价数', values: ratings.map(([, n]) => n) }]),
    },
  ]
}
