import { session } from '../../api/session'

/** The first division of the signed-in supervisor: what every supervision screen opens on. */
export function firstDivision(): string {
  return session.account?.divisions[0]?.code ?? ''
}

/** A refused call's message for a toast, in Chinese as the service writes it. */
export function problemText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
