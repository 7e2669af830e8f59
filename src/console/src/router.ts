import { createRouter, createWebHistory, type Router } from 'vue-router'
import { onSessionExpired } from './api'
import { refreshSession, session } from './api/session'
import { supervisionRoutes } from './views/supervision/routes'
import { adminRoutes } from './views/admin/routes'
import { hasRole, homeRoute } from './lib/roles'

export function createConsoleRouter(): Router {
  const router = createRouter({
    history: createWebHistory('/console/'),
    routes: [
      { path: '/sign-in', name: 'sign-in', component: () => import('./views/SignIn.vue'), meta: { public: true } },
      {
        path: '/',
        component: () => import('./views/ConsoleFrame.vue'),
        children: [
          { path: '', redirect: () => ({ name: homeRoute() }) },
          { path: 'complaints', name: 'queue', component: () => import('./views/ComplaintQueue.vue') },
          { path: 'complaints/:id', name: 'complaint', component: () => import('./views/ComplaintPage.vue'), props: true },
          // The filing officer's workspace (issue #16, part 2).
          { path: 'filings', name: 'filings', component: () => import('./views/filing/FilingQueue.vue'), meta: { role: 'FILING_OFFICER' } },
          { path: 'filings/new', name: 'filing-new', component: () => import('./views/filing/NurseryRegistration.vue'), meta: { role: 'FILING_OFFICER' } },
          { path: 'filings/:id', name: 'filing', component: () => import('./views/filing/NurseryFiling.vue'), props: true, meta: { role: 'FILING_OFFICER' } },
          { path: 'register-import', name: 'register-import', component: () => import('./views/filing/RegisterImport.vue'), meta: { role: 'FILING_OFFICER' } },
          ...supervisionRoutes,
          ...adminRoutes,
        ],
      },
      { path: '/:rest(.*)*', redirect: { name: 'queue' } },
    ],
  })

  // A reload loses the in-memory access token: restore the session from the refresh cookie before any page that
  // needs it, and only then decide whether to show the sign-in page.
  let restored = false
  router.beforeEach(async (to) => {
    if (!session.accessToken && !restored) {
      restored = true
      await refreshSession()
    }
    if (to.meta.public) return true
    if (session.accessToken) {
      // A workspace is offered only to its roles (the API refuses the others anyway); the complaint queue sends a
      // filing officer who handles no complaints to the filings instead.
      const roles = session.account?.roles.map((r) => r.code) ?? []
      if (to.meta.role && !roles.includes(to.meta.role as string)) return { name: homeRoute() }
      if (Array.isArray(to.meta.roles) && !hasRole(...(to.meta.roles as string[]))) return { name: homeRoute() }
      if (to.name === 'queue' && !roles.includes('HANDLER') && !roles.includes('SUPERVISOR') && roles.includes('FILING_OFFICER')) {
        return { name: 'filings' }
      }
      return true
    }
    // '/' redirects to a first screen chosen by role, unknown before sign-in: come back to '/', not to that guess.
    const wanted = to.redirectedFrom?.fullPath === '/' ? '/' : to.fullPath
    return { name: 'sign-in', query: wanted !== '/' ? { redirect: wanted } : {} }
  })

  onSessionExpired((message) => {
    const current = router.currentRoute.value
    if (current.name === 'sign-in') return
    void router.push({ name: 'sign-in', query: { message, redirect: current.fullPath } })
  })
  return router
}
