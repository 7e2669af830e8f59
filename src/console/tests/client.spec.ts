import { beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../src/api/client'
import { consoleApi } from '../src/api/console'
import { csrfToken, forget, session } from '../src/api/session'

interface Seen {
  method: string
  path: string
  authorization: string | null
  csrf: string | null
  body: string
}

/** A fake service: answers in order, records what it was asked. */
function fakeService(answers: ((request: Request) => Response)[]) {
  const seen: Seen[] = []
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://console.test'), init)
    seen.push({
      method: request.method,
      path: new URL(request.url, 'http://console.test').pathname + new URL(request.url, 'http://console.test').search,
      authorization: request.headers.get('Authorization'),
      csrf: request.headers.get('X-CSRF-Token'),
      body: request.body ? await request.clone().text() : '',
    })
    const answer = answers.shift()
    if (!answer) throw new Error(`unexpected call ${request.method} ${request.url}`)
    return answer(request)
  }) as typeof fetch
  return { seen, fetchImpl }
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } })

const sessionAnswer = (token: string) => ({
  accessToken: token, expiresIn: 900,
  account: { id: 'a1', username: 'demo-handler', displayName: '张三', roles: [{ code: 'HANDLER', label: '投诉处理人员' }], divisions: [] },
})

describe('the console client', () => {
  beforeEach(() => {
    forget()
    document.cookie = 'console_csrf=csrf-1; path=/'
  })

  it('sends the bearer token it holds in memory', async () => {
    session.accessToken = 'token-1'
    const { seen, fetchImpl } = fakeService([json(200, { items: [], total: 0, page: 0, size: 20 })])
    const api = consoleApi(createApi(() => {}, fetchImpl))
    await api.queue({ page: 0, size: 20, urgent: true, status: 'SUBMITTED' })
    expect(seen[0].authorization).toBe('Bearer token-1')
    expect(seen[0].path).toBe('/api/v1/admin/complaints?page=0&size=20&status=SUBMITTED&urgent=true')
  })

  it('on a 401 refreshes once with the CSRF header, then retries the same action with the new token', async () => {
    session.accessToken = 'expired'
    const { seen, fetchImpl } = fakeService([
      json(401, { status: 401, title: 'Unauthorized' }),
      json(200, sessionAnswer('fresh')),
      json(200, { id: 'c1', version: 4 }),
    ])
    let expired = false
    const api = consoleApi(createApi(() => { expired = true }, fetchImpl))
    const answer = await api.act('c1', { action: 'NOTE', version: 3, text: '已电话核实' })
    expect(answer.version).toBe(4)
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/v1/admin/complaints/c1/actions',
      'POST /api/v1/admin/auth/session/refresh',
      'POST /api/v1/admin/complaints/c1/actions',
    ])
    expect(seen[1].csrf).toBe('csrf-1')
    expect(seen[2].authorization).toBe('Bearer fresh')
    expect(JSON.parse(seen[2].body)).toEqual({ action: 'NOTE', version: 3, text: '已电话核实' })
    expect(session.accessToken).toBe('fresh')
    expect(expired).toBe(false)
  })

  it('when the refresh is refused too, forgets the session and reports it expired', async () => {
    session.accessToken = 'expired'
    const { seen, fetchImpl } = fakeService([
      json(401, { status: 401 }),
      json(401, { status: 401, detail: '登录已过期，请重新登录' }),
    ])
    let expired = 0
    const api = consoleApi(createApi(() => { expired++ }, fetchImpl))
    await expect(api.complaint('c1')).rejects.toMatchObject({ status: 401 })
    expect(seen).toHaveLength(2)
    expect(expired).toBe(1)
    expect(session.accessToken).toBeNull()
  })

  it('signs in without a bearer token and keeps the access token only in memory', async () => {
    const { seen, fetchImpl } = fakeService([json(200, sessionAnswer('new-token'))])
    const api = consoleApi(createApi(() => {}, fetchImpl))
    await api.signIn('demo-handler', 'secret')
    expect(seen[0].authorization).toBeNull()
    expect(JSON.parse(seen[0].body)).toEqual({ username: 'demo-handler', password: 'secret', code: null })
    expect(session.accessToken).toBe('new-token')
    expect(session.account?.roles[0].label).toBe('投诉处理人员')
    expect(JSON.stringify(localStorage)).not.toContain('new-token')
    expect(JSON.stringify(sessionStorage)).not.toContain('new-token')
  })

  it('a wrong password is a 401 for the sign-in page, not a refresh', async () => {
    const { seen, fetchImpl } = fakeService([json(401, { status: 401, detail: 'wrong' })])
    const api = consoleApi(createApi(() => { throw new Error('not expired') }, fetchImpl))
    await expect(api.signIn('x', 'y')).rejects.toMatchObject({ status: 401 })
    expect(seen).toHaveLength(1)
  })

  it('a right password without the second factor is a step of the sign-in, not an expiry', async () => {
    const { seen, fetchImpl } = fakeService([
      json(401, { status: 401, type: 'https://nursery-directory.cn/problems/second-factor-required' }),
      json(200, sessionAnswer('two-factors')),
    ])
    const api = consoleApi(createApi(() => { throw new Error('not expired') }, fetchImpl))
    await expect(api.signIn('demo-handler', 'secret')).rejects.toMatchObject({ secondFactorRequired: true, enrolmentRequired: false })
    await api.signIn('demo-handler', 'secret', '492039')
    expect(JSON.parse(seen[1].body)).toEqual({ username: 'demo-handler', password: 'secret', code: '492039' })
    expect(session.accessToken).toBe('two-factors')
    expect(seen).toHaveLength(2)
  })

  it('an account without an authenticator enrols it: the secret, then the first code, never a refresh', async () => {
    const { seen, fetchImpl } = fakeService([
      json(401, { status: 401, type: 'https://nursery-directory.cn/problems/second-factor-enrolment-required' }),
      json(200, { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x:y?secret=JBSWY3DPEHPK3PXP', issuer: 'x', accountName: 'y', digits: 6, period: 30 }),
      json(200, { ...sessionAnswer('enrolled'), idleTimeoutSeconds: 600, recoveryCodes: ['7KQ4M-XH2PD'] }),
    ])
    const api = consoleApi(createApi(() => { throw new Error('not expired') }, fetchImpl))
    await expect(api.signIn('new', 'pw')).rejects.toMatchObject({ enrolmentRequired: true })
    expect((await api.startEnrolment('new', 'pw')).secret).toBe('JBSWY3DPEHPK3PXP')
    const answer = await api.confirmEnrolment('new', 'pw', '123456')
    expect(answer.recoveryCodes).toEqual(['7KQ4M-XH2PD'])
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/admin/auth/session', '/api/v1/admin/auth/enrolment', '/api/v1/admin/auth/session/enrolment'])
    expect(session.idleTimeoutSeconds).toBe(600)
  })

  it('a 409 is reported as a conflict', async () => {
    session.accessToken = 't'
    const { fetchImpl } = fakeService([json(409, { status: 409, type: 'https://tuoyu.example/problems/conflict' })])
    const api = consoleApi(createApi(() => {}, fetchImpl))
    await expect(api.act('c1', { action: 'ACCEPT', version: 1 })).rejects.toMatchObject({ conflict: true })
  })

  it('reads the CSRF cookie among others', () => {
    expect(csrfToken('a=1; console_csrf=abc%3D; b=2')).toBe('abc=')
    expect(csrfToken('a=1')).toBe('')
  })
})
