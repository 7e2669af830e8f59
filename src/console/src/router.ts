import { createRouter, createWebHistory, type Router } from 'vue-router'
import { onSessionExpired } from './api'
import { refreshSession, session } from './api/session'
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
    if (session.accessToken && Array.isArray(to.meta.roles) && !hasRole(...(to.meta.roles as string[]))) {
      return { name: homeRoute() }
    }
    if (to.meta.public || session.accessToken) return true
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
