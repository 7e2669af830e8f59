import type { RouteRecordRaw } from 'vue-router'

/**
 * The supervisors' and administrators' screens of issue #16, part 2 (audit log, holiday arrangement, reply
 * templates, staff accounts, search index). meta.roles: the router sends anyone else to their own first screen, and
 * the frame offers the menu entry only to these roles; the API refuses the others anyway.
 */
export const adminRoutes: RouteRecordRaw[] = [
  { path: 'audit', name: 'audit', component: () => import('../audit/AuditLog.vue'), meta: { roles: ['SUPERVISOR'] } },
  { path: 'admin/calendar', name: 'calendar', component: () => import('./HolidayArrangement.vue'), meta: { roles: ['SUPERVISOR', 'ADMIN'] } },
  { path: 'admin/reply-templates', name: 'reply-templates', component: () => import('./ReplyTemplates.vue'), meta: { roles: ['SUPERVISOR'] } },
  { path: 'admin/accounts', name: 'staff-accounts', component: () => import('./StaffAccounts.vue'), meta: { roles: ['ADMIN'] } },
  { path: 'admin/search', name: 'search-index', component: () => import('./SearchIndex.vue'), meta: { roles: ['ADMIN'] } },
]

/** The frame's menu entries of these screens, in order. */
export const adminMenu: { name: string; label: string; roles: string[] }[] = [
  { name: 'audit', label: '审计日志', roles: ['SUPERVISOR'] },
  { name: 'calendar', label: '节假日安排', roles: ['SUPERVISOR', 'ADMIN'] },
  { name: 'reply-templates', label: '答复模板', roles: ['SUPERVISOR'] },
  { name: 'staff-accounts', label: '账号管理', roles: ['ADMIN'] },
  { name: 'search-index', label: '搜索索引', roles: ['ADMIN'] },
]
