import { afterEach, describe, expect, it } from 'vitest'
import { session } from '../src/api/session'
import { hasRole, homeRoute } from '../src/lib/roles'
import { beijingDeadline } from '../src/lib/time'
import { adminMenu, adminRoutes } from '../src/views/admin/routes'

const signedIn = (...roles: string[]) => {
  session.account = { id: 'a', username: 'u', displayName: null, roles: roles.map((code) => ({ code, label: code })), divisions: [] }
}

describe('part 2 menu and first screens', () => {
  afterEach(() => { session.account = null })

  it('offers each role only its own entries and sends it to its first screen', () => {
    signedIn('SUPERVISOR')
    expect(adminMenu.filter((m) => hasRole(...m.roles)).map((m) => m.name)).toEqual(['audit', 'calendar', 'reply-templates'])
    expect(homeRoute()).toBe('audit')
    signedIn('ADMIN')
    expect(adminMenu.filter((m) => hasRole(...m.roles)).map((m) => m.name)).toEqual(['calendar', 'staff-accounts', 'search-index'])
    expect(homeRoute()).toBe('staff-accounts')
    signedIn('HANDLER', 'SUPERVISOR')
    expect(homeRoute()).toBe('queue')
  })

  it('guards every route with the roles its menu entry names', () => {
    for (const item of adminMenu) {
      expect(adminRoutes.find((r) => r.name === item.name)?.meta?.roles).toEqual(item.roles)
    }
  })
})

describe('deadlines', () => {
  it('says a deadline at midnight as the end of the day before', () => {
    expect(beijingDeadline('2037-10-11T00:00:00+08:00')).toBe('2037-10-10 24:00')
    expect(beijingDeadline('2037-10-10T16:00:00Z')).toBe('2037-10-10 24:00')
    expect(beijingDeadline('2037-10-10T15:30:00+08:00')).toBe('2037-10-10 15:30')
    expect(beijingDeadline(null)).toBe('')
  })
})
