import { createApi } from './client'
import { consoleApi } from './console'
import { filingApi } from './filing'
import { EXPIRED_MESSAGE } from './session'

type Navigate = (message: string) => void
let navigateToSignIn: Navigate = () => {}

/** The router registers how to reach the sign-in page; the client calls it when a session cannot be renewed. */
export function onSessionExpired(navigate: Navigate): void {
  navigateToSignIn = navigate
}

/** The generated client itself, for screens whose calls live next to them (views/supervision/api.ts). */
export const client = createApi(() => navigateToSignIn(EXPIRED_MESSAGE))
export const api = consoleApi(client)
export const filing = filingApi(client)
