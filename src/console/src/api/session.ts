import { reactive } from 'vue'
import type { Account, ConsoleSession } from './model'

export const SESSION_PATH = '/api/v1/admin/auth/session'
/** Sign-in, enrolment and session calls: never retried with a refresh, their 401 is an answer, not an expiry. */
export const AUTH_PATH = '/api/v1/admin/auth/'
export const REFRESH_PATH = '/api/v1/admin/auth/session/refresh'
export const EXPIRED_MESSAGE = '登录已过期，请重新登录'
/** Fifteen minutes by default (the service's nursery.identity.console-idle-timeout). */
const DEFAULT_IDLE_SECONDS = 900

/**
 * Who is signed in. The access token lives only here, in memory: page scripts never store it, so a reload starts
 * without one and asks the refresh endpoint (whose token is an HttpOnly cookie no script can read) for a new one.
 */
export const session = reactive({
  accessToken: null as string | null,
  account: null as Account | null,
  idleTimeoutSeconds: DEFAULT_IDLE_SECONDS,
})

export function adopt(answer: ConsoleSession): void {
  session.accessToken = answer.accessToken
  session.account = answer.account
  if (answer.idleTimeoutSeconds > 0) session.idleTimeoutSeconds = answer.idleTimeoutSeconds
}

export function forget(): void {
  session.accessToken = null
  session.account = null
}

/** The double-submit CSRF value: the readable console_csrf cookie, sent back as X-CSRF-Token. */
export function csrfToken(cookies: string = document.cookie): string {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === 'console_csrf') return decodeURIComponent(value.join('='))
  }
  return ''
}

let inFlight: Promise<boolean> | null = null

/**
 * Renews the session from the refresh cookie. Concurrent callers share one request, since the service rotates the
 * refresh token on every use and a second parallel refresh would present a token already spent.
 */
export function refreshSession(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<boolean> {
  if (!inFlight) {
    inFlight = (async () => {
      try {
        const response = await fetchImpl(REFRESH_PATH, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
        })
        if (!response.ok) {
          forget()
          return false
        }
        adopt((await response.json()) as ConsoleSession)
        return true
      } catch {
        return false
      } finally {
        inFlight = null
      }
    })()
  }
  return inFlight
}
