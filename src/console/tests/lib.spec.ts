import { describe, expect, it } from 'vitest'
import type { ReplyTemplate } from '../src/api/model'
import { filterFromQuery, queryFromFilter } from '../src/lib/queue-filter'
import { templatesFor } from '../src/lib/templates'
import { beijingTime } from '../src/lib/time'

describe('Beijing time', () => {
  it('shows an instant in Asia/Shanghai whatever the offset it comes with', () => {
    expect(beijingTime('2026-12-11T16:00:00+08:00')).toBe('2026-12-11 16:00')
    expect(beijingTime('2026-12-11T17:30:00Z')).toBe('2026-12-12 01:30')
    expect(beijingTime(null)).toBe('')
  })
})

describe('queue filters in the address', () => {
  it('round-trip, leaving out what is not set', () => {
    const filter = filterFromQuery({ status: 'SUBMITTED', urgent: 'true', overdue: 'false', page: '2' })
    expect(filter).toMatchObject({ status: 'SUBMITTED', urgent: true, overdue: false, assignedToMe: false, page: 2, size: 20 })
    expect(queryFromFilter(filter)).toEqual({ status: 'SUBMITTED', urgent: 'true', page: '2' })
  })

  it('ignore a page that is not a number', () => {
    expect(filterFromQuery({ page: 'x' }).page).toBe(0)
    expect(filterFromQuery({ page: '-3' }).page).toBe(0)
  })
})

describe('reply templates', () => {
  const t = (id: string, action: string, category: string | null): ReplyTemplate => ({
    id, action: { code: action, label: action }, category: category ? { code: category, label: category } : null,
    title: id, text: `${id} text`, version: 1,
  })

  it('offers those of the action, the complaint category first, then the general ones', () => {
    const absent = { ...t('absent', 'REPLY', null), category: undefined }
    const all = [t('general', 'REPLY', null), t('fees', 'REPLY', 'FEES_REFUNDS'), t('food', 'REPLY', 'HYGIENE_FOOD'), t('close', 'RESOLVE', null), absent]
    expect(templatesFor(all, 'REPLY', 'FEES_REFUNDS').map((x) => x.id)).toEqual(['fees', 'general', 'absent'])
    expect(templatesFor(all, 'RESOLVE', 'FEES_REFUNDS').map((x) => x.id)).toEqual(['close'])
  })
})

describe('the console idle timeout', () => {
  it('fires once when nothing happened for the timeout, and a use starts the wait again', async () => {
    const { createIdleWatch, idleMessage } = await import('../src/lib/idle')
    let now = 0
    let fired = 0
    const watch = createIdleWatch(() => 900_000, () => { fired++ }, () => now)
    now = 899_000
    expect(watch.check()).toBe(false)
    watch.touch()
    now = 899_000 + 899_000
    expect(watch.check()).toBe(false)
    now += 1_000
    expect(watch.check()).toBe(true)
    now += 60_000
    expect(watch.check()).toBe(false)
    expect(fired).toBe(1)
    expect(idleMessage(900)).toBe('已连续 15 分钟未操作，为保护个人信息已自动退出登录，请重新登录')
    expect(idleMessage(25)).toContain('25 秒未操作')
  })
})
