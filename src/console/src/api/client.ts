import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { AUTH_PATH, REFRESH_PATH, refreshSession, session } from './session'

export type ExpiredHandler = () => void

/**
 * Bearer token on every call; on a 401 one refresh and one retry. When the refresh itself is refused the session is
 * over: onExpired sends the user to the sign-in page with a message (never a blank screen) and the caller gets the 401.
 */
export function authMiddleware(onExpired: ExpiredHandler, fetchImpl: typeof fetch): Middleware {
  const originals = new Map<string, Request>()
  const isSessionCall = (url: string) => new URL(url, 'http://console').pathname.startsWith(AUTH_PATH)
  return {
    onRequest({ request, id }) {
      if (isSessionCall(request.url)) return request
      if (session.accessToken) request.headers.set('Authorization', `Bearer ${session.accessToken}`)
      // A body can be read once: keep an unread copy for the retry.
      originals.set(id, request.clone())
      return request
    },
    async onResponse({ response, id }) {
      const original = originals.get(id)
      originals.delete(id)
      if (response.status !== 401 || !original) return response
      if (!(await refreshSession(fetchImpl))) {
        onExpired()
        return response
      }
      original.headers.set('Authorization', `Bearer ${session.accessToken}`)
      return fetchImpl(original)
    },
    onError({ id }) {
      originals.delete(id)
    },
  }
}

export function createApi(onExpired: ExpiredHandler, fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {
  const client = createClient<paths>({ baseUrl: '', fetch: fetchImpl, credentials: 'same-origin' })
  client.use(authMiddleware(onExpired, fetchImpl))
  return client
}

export type Api = ReturnType<typeof createApi>
export { REFRESH_PATH }
