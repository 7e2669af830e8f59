import type { RouteRecordRaw } from 'vue-router'
import { session } from '../../api/session'

/** Whether the signed-in account may use the supervisor's screens (the API refuses everyone else anyway). */
export function isSupervisor(): boolean {
  return !!session.account?.roles.some((r) => r.code === 'SUPERVISOR')
}

const supervisorOnly = () => (isSupervisor() ? true : { name: 'queue' })

// Each screen is its own lazy chunk: ECharts and Leaflet load with the screens that draw them, never up front.
export const SUPERVISION_MENU: { name: string; label: string }[] = [
  { name: 'supervision-statistics', label: '投诉统计' },
  { name: 'supervision-map', label: '风险地图' },
  { name: 'supervision-risk', label: '风险排名与监管记录' },
  { name: 'supervision-draw', label: '双随机抽查' },
  { name: 'supervision-inspectors', label: '检查人员' },
]

export const supervisionRoutes: RouteRecordRaw[] = [
  { path: 'supervision/statistics', name: 'supervision-statistics', component: () => import('./StatisticsPage.vue') },
  { path: 'supervision/map', name: 'supervision-map', component: () => import('./RiskMap.vue') },
  { path: 'supervision/risk', name: 'supervision-risk', component: () => import('./RiskRanking.vue') },
  { path: 'supervision/nurseries/:id', name: 'supervision-nursery', component: () => import('./NurseryRecords.vue'), props: true },
  { path: 'supervision/draws', name: 'supervision-draw', component: () => import('./InspectionDraw.vue') },
  { path: 'supervision/inspectors', name: 'supervision-inspectors', component: () => import('./InspectorRoster.vue') },
].map((route) => ({ ...route, beforeEnter: supervisorOnly }) as RouteRecordRaw)
