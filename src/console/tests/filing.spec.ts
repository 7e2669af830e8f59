import { describe, expect, it } from 'vitest'
import type { ImportRow } from '../src/api/filing-model'
import {
  capacityErrorKey, capacityRows, capacityToSend, carersByGroup, carersNeeded, classesNeeded, revisionLines,
} from '../src/lib/disclosure'
import { chinaToday, daysBetween, dueDay, expiryHighlight, fieldErrors, flagText, workingDaysHighlight } from '../src/lib/filing'
import { reportCells } from '../src/lib/register-import'

describe('deadlines in working days', () => {
  it('read as working days left, the due day as due today, and overdue in working days', () => {
    expect(workingDaysHighlight(5)).toEqual({ tone: 'info', text: '剩余 5 个工作日' })
    expect(workingDaysHighlight(2)).toEqual({ tone: 'warning', text: '剩余 2 个工作日' })
    expect(workingDaysHighlight(1)).toEqual({ tone: 'danger', text: '今日到期' })
    expect(workingDaysHighlight(-3)).toEqual({ tone: 'danger', text: '已超期 3 个工作日' })
    expect(workingDaysHighlight(null)).toBeNull()
  })

  it('say overdue when the deadline passed over a weekend, with no working day since', () => {
    expect(workingDaysHighlight(0, true)).toEqual({ tone: 'danger', text: '已超期' })
  })

  it('name the last day of a deadline due at 24:00 China time, not the next midnight', () => {
    expect(dueDay('2026-12-11T16:00:00Z')).toBe('2026-12-11')
    expect(dueDay('2026-12-12T00:00:00+08:00')).toBe('2026-12-11')
    expect(dueDay(null)).toBe('')
  })

  it('take today in China whatever the browser zone', () => {
    expect(chinaToday(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07')
    expect(daysBetween('2026-12-31', '2027-01-02')).toBe(2)
  })
})

describe('expiry dates', () => {
  const today = '2026-12-06'
  it('are red once passed or on the day, amber within 60 days, plain otherwise', () => {
    expect(expiryHighlight('2026-12-05', today)).toEqual({ tone: 'danger', text: '已于 2026-12-05 过期' })
    expect(expiryHighlight('2026-12-06', today).tone).toBe('danger')
    expect(expiryHighlight('2027-02-04', today)).toEqual({ tone: 'warning', text: '60 天后到期（2027-02-04）' })
    expect(expiryHighlight('2027-02-05', today)).toEqual({ tone: 'success', text: '有效期至 2027-02-05' })
    expect(expiryHighlight(null, today)).toEqual({ tone: 'info', text: '长期有效' })
  })
})

describe('disclosure flags and breaches', () => {
  it('show the wording of the service for carers below the standard and say the warning is public', () => {
    const flag = flagText({ code: 'CARER_RATIO_BELOW_STANDARD', field: 'carers[INFANT]',
      message: '乳儿班保育人员不足国家标准：在托 10 人至少需要 4 名保育人员（1:3），现有 3 名' })
    expect(flag.isPublic).toBe(true)
    expect(flag.text).toContain('乳儿班保育人员不足国家标准：在托 10 人至少需要 4 名保育人员（1:3），现有 3 名')
    expect(flag.text).toContain('公开显示')
    expect(flagText({ code: 'PERMIT_EXPIRED', field: 'permits[FIRE_SAFETY]', message: '消防安全检查合格证明（X1）已于 2026-01-01 过期' }))
      .toEqual({ text: '消防安全检查合格证明（X1）已于 2026-01-01 过期，公示页将显示为已过期', isPublic: true })
  })

  it('put each refused capacity field on the row of its age group', () => {
    const rows = capacityRows({ groups: [{ ageGroup: 'TODDLER', slots: 40, enrolled: 30, classes: 2, carers: 6 }] })
    expect(rows.map((r) => r.ageGroup)).toEqual(['INFANT', 'TODDLER', 'PRESCHOOL', 'MIXED'])
    rows[0].slots = 12
    rows[0].classes = 1
    const sent = capacityToSend(rows)
    expect(sent.map((r) => r.ageGroup)).toEqual(['INFANT', 'TODDLER'])
    expect(capacityErrorKey('groups[1].slots', sent)).toBe('TODDLER.slots')
    expect(capacityErrorKey('groups[0].enrolled', sent)).toBe('INFANT.enrolled')
    expect(capacityErrorKey('asOf', sent)).toBe('asOf')
  })

  it('tell the fewest classes and carers the national standard asks for', () => {
    expect(classesNeeded('TODDLER', 40)).toBe(3)
    expect(classesNeeded('INFANT', 10)).toBe(1)
    expect(carersNeeded('INFANT', 10)).toBe(4)
    expect(carersNeeded('PRESCHOOL', 21)).toBe(3)
  })

  it('read carers from a staffing revision over those a capacity revision recorded', () => {
    const capacity = { groups: [{ ageGroup: 'TODDLER', carers: 6 }, { ageGroup: 'INFANT', carers: 2 }] }
    const staffing = { carers: [{ ageGroup: 'TODDLER', carers: 8 }] }
    expect({ ...carersByGroup(capacity), ...carersByGroup(staffing) }).toEqual({ TODDLER: 8, INFANT: 2 })
  })

  it('map a problem to its fields, the detail under the empty key', () => {
    expect(fieldErrors({ detail: '提供餐食需要今天有效的食品经营许可证', errors: [{ field: 'mealsProvided', message: '需要许可证' }] }))
      .toEqual({ '': '提供餐食需要今天有效的食品经营许可证', mealsProvided: '需要许可证' })
  })

  it('say a revision in one line per item', () => {
    expect(revisionLines('CAPACITY', { groups: [{ ageGroup: 'TODDLER', slots: 30, enrolled: 24, classes: 2 }] }))
      .toEqual(['托小班：托位 30，在托 24，2 个班'])
    expect(revisionLines('safety', { mealsProvided: true, cctvInstalled: true, cctvRetentionDays: 90, securityOnSite: false }))
      .toEqual(['提供餐食：是', '视频监控：有，录像保存 90 天', '专职保安在岗：否'])
  })
})

describe('the import report', () => {
  it('marks each refused cell of a row, keeps refused blank cells, and lists the errors naming no cell', () => {
    const row: ImportRow = {
      sheet: 'nurseries', row: 3, filingNumber: 'X1', outcome: 'REJECTED', cells: { name: '甲', longitude: '东经102度' },
      errors: [
        { column: 'longitude', message: 'is not a number' },
        { column: 'contact_phone', message: 'is required' },
        { column: 'row', message: 'The capacity section breaks the national standard.' },
        { column: 'groups[0].slots', message: 'too many' },
      ],
    }
    const { cells, other } = reportCells(row)
    expect(cells).toEqual([
      { key: 'name', value: '甲', message: undefined },
      { key: 'longitude', value: '东经102度', message: 'is not a number' },
      { key: 'contact_phone', value: '', message: 'is required' },
    ])
    expect(other.map((e) => e.column)).toEqual(['row', 'groups[0].slots'])
  })
})
