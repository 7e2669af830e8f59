/**
 * Signs the console out after a stretch without use (GB/T 22239-2019 level 3 asks sessions to end on inactivity):
 * every pointer, key, input, wheel or touch event counts as use; a check every second calls onIdle once the time since
 * the last use reaches the timeout.
 */
export interface IdleWatch {
  touch(): void
  check(): boolean
  stop(): void
}

export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const

export function createIdleWatch(timeoutMs: () => number, onIdle: () => void, now: () => number = Date.now): IdleWatch {
  let last = now()
  let fired = false
  return {
    touch() {
      last = now()
    },
    /** True when it fired (once). */
    check() {
      if (!fired && now() - last >= timeoutMs()) {
        fired = true
        onIdle()
        return true
      }
      return false
    },
    stop() {
      fired = true
    },
  }
}

/** "15 分钟", "25 秒": how long the console waited, for the sign-in page's notice. */
export function idleDuration(seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} 分钟` : `${seconds} 秒`
}

export function idleMessage(seconds: number): string {
  return `已连续 ${idleDuration(seconds)}未操作，为保护个人信息已自动退出登录，请重新登录`
}
