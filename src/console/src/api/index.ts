import { createApi } from './client'
import { consoleApi } from './console'
import { EXPIRED_MESSAGE } from './session'

type Navigate = (message: string) => void
let navigateToSignIn: Navigate = () => {}

/** The router registers how to reach the sign-in page; the client calls it when a session cannot be renewed. */
export function onSessionExpired(navigate: Navigate): void {
  navigateToSignIn = navigate
}

/** The typed client itself, for the workspaces' own call sets (see admin.ts). */
export const client = createApi(() => navigateToSignIn(EXPIRED_MESSAGE))
export const api = consoleApi(client)
